"""The reread before sending, one rule at a time on a crafted database (issue 17).

The crafted dynamic is consistent (nothing found); each test breaks one thing a team could
break and expects that rule's finding, so removing a rule from questionnaires/reread.yaml
makes its test fail.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from diagapp.domain.reread_checks import CHECKS, stated_counts
from diagapp.services import answers, assessments, catalog, reread
from diagapp.storage.database import Database, open_database

STORY = "Cinq structures fondatrices coopèrent depuis 2019 autour d'une légumerie partagée."


def _fill(db: Database, aid: int, status: str) -> None:
    pid = answers.add_participant(db, assessment_id=aid, name="Ana", college="Habitants")
    for item in catalog.questionnaire().items:
        for who in (pid, None):
            answers.record_answer(
                db, assessment_id=aid, participant_id=who, item_id=item.id, value=2
            )
    fields = {
        "identity.type": "ptce",
        "identity.structures_count": 5,
        "identity.story": STORY,
        "governance.sieg": "non",
    }
    for field_id, value in fields.items():
        answers.set_field(db, assessment_id=aid, field_id=field_id, value=value)
    sid = answers.add_structure(db, assessment_id=aid, name="Association", legal_status="")
    for resource, amount in (("public_subsidies", 50_000.0), ("sales", 60_000.0)):
        answers.set_funding_cell(
            db, structure_id=sid, resource=resource, intensity=2, amount_eur=amount
        )
    assessments.set_status(db, assessment_id=aid, status=status)


@pytest.fixture(scope="module")
def crafted_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reread") / "crafted.sqlite"
    db = open_database(path, backup=False)
    try:
        dynamic = assessments.create_dynamic(db, name="Dynamique cohérente")
        for year in (2025, 2026):
            aid = assessments.create_assessment(
                db, dynamic_id=dynamic, date=dt.date(year, 6, 1), label=f"Atelier {year}"
            )
            _fill(db, aid, "done")
    finally:
        db.close()
    return path


@pytest.fixture
def crafted(crafted_master: Path, tmp_path: Path) -> Iterator[tuple[Database, int, int]]:
    """(db, last year's assessment, this year's assessment)."""
    path = tmp_path / "crafted.sqlite"
    shutil.copyfile(crafted_master, path)
    db = open_database(path, backup=False)
    first, second = assessments.history(db, dynamic_id=1)
    yield db, first, second
    db.close()


def _rules_found(db: Database, aid: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in reread.findings(db, assessment_id=aid):
        found.setdefault(f.rule.id, []).append(f.subject)
    return found


def _consensus(db: Database, aid: int, item_id: str, value: int | None, evidence: str = "") -> None:
    answers.record_answer(
        db, assessment_id=aid, participant_id=None, item_id=item_id, value=value, evidence=evidence
    )


def test_the_crafted_dynamic_is_consistent(crafted: tuple[Database, int, int]) -> None:
    db, first, second = crafted
    assert _rules_found(db, first) == {}
    assert _rules_found(db, second) == {}


def test_top_level_without_evidence(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    _consensus(db, aid, "systeme.transition_multidimensionnelle", 3)
    _consensus(db, aid, "energie.ressources_propres", 3, "Ventes : 60 k€ en 2026.")
    assert _rules_found(db, aid) == {
        "evidence.top_without_evidence": ["systeme.transition_multidimensionnelle"]
    }


def test_two_levels_up_in_a_year_without_new_evidence(crafted: tuple[Database, int, int]) -> None:
    db, first, aid = crafted
    for item_id in ("robustesse.garder_des_traces", "impact.promesse_definie"):
        _consensus(db, first, item_id, 0, "Rien d'écrit.")
    _consensus(db, aid, "robustesse.garder_des_traces", 2, "Rien d'écrit.")
    _consensus(db, aid, "impact.promesse_definie", 2, "Cinq objectifs écrits en mars.")
    found = _rules_found(db, aid)
    assert found == {"evidence.rise_without_new_evidence": ["robustesse.garder_des_traces"]}


def test_a_whole_dimension_at_the_top(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    for item in catalog.questionnaire().dimension("ressort").items:
        _consensus(db, aid, item.id, 3, "Preuve écrite.")
    found = _rules_found(db, aid)
    assert found == {"scores.dimension_at_maximum": ["ressort"]}


def test_member_count_against_the_story(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    story = "Aujourd'hui, une trentaine de structures coopèrent."
    answers.set_field(db, assessment_id=aid, field_id="identity.story", value=story)
    assert _rules_found(db, aid) == {"contradiction.member_count": ["identity.structures_count"]}
    answers.set_field(db, assessment_id=aid, field_id="identity.structures_count", value=28)
    assert _rules_found(db, aid) == {}


def test_stated_counts_read_french_numbers() -> None:
    nouns = ("structures", "membres")
    assert stated_counts("Aujourd'hui, une trentaine de structures coopèrent.", nouns) == [30]
    assert stated_counts("Deux structures : l'association et la SCIC.", nouns) == [2]
    assert stated_counts("34 membres, quarante emplois perdus.", nouns) == [34]


def test_funding_called_lasting_that_ends_this_year(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    ending = "Le poste de coordination dépend d'un financement régional qui s'arrête fin 2026."
    _consensus(db, aid, "energie.animation_financee", 2, ending)
    found = _rules_found(db, aid)
    assert found == {"contradiction.funding_secured_but_ending": ["energie.animation_financee"]}
    _consensus(db, aid, "energie.animation_financee", 1, ending)
    assert _rules_found(db, aid) == {}


def test_funding_called_lasting_while_a_funding_line_ends_this_year(
    crafted: tuple[Database, int, int],
) -> None:
    """The rule reads the funding lines' end dates, with no sentence saying it."""
    from diagapp.domain.model import FundingLine
    from diagapp.services import finances

    db, _, aid = crafted
    _consensus(db, aid, "energie.animation_financee", 2, "Poste financé sur trois ans.")
    assert _rules_found(db, aid) == {}
    next_year = FundingLine("Région", "coordination", 45_000, dt.date(2027, 6, 30))
    loan = FundingLine("France Active", "prêt", 50_000, dt.date(2026, 12, 31), kind="pret")
    finances.set_funding_lines(db, assessment_id=aid, lines=[next_year, loan])
    assert _rules_found(db, aid) == {}  # ends next year; a loan coming to term is no income
    this_year = FundingLine("Région", "coordination", 45_000, dt.date(2026, 12, 31))
    finances.set_funding_lines(db, assessment_id=aid, lines=[this_year, loan])
    found = reread.findings(db, assessment_id=aid)
    assert [(f.rule.id, f.subject) for f in found] == [
        ("contradiction.funding_secured_but_ending", "energie.animation_financee")
    ]
    assert "Région — coordination : fin le 12/2026" in found[0].detail.fr


def test_de_minimis_under_control_while_the_alert_fires(
    crafted: tuple[Database, int, int],
) -> None:
    db, _, aid = crafted
    item = "energie.financements_toutes_echelles"
    structure = assessments.load_assessment(db, aid).structures[0].id
    answers.set_funding_cell(
        db, structure_id=structure, resource="public_subsidies", intensity=3, amount_eur=350_000
    )
    answers.set_funding_cell(
        db, structure_id=structure, resource="sales", intensity=3, amount_eur=300_000
    )
    assert _rules_found(db, aid) == {"contradiction.de_minimis": [item]}
    _consensus(db, aid, item, 1)
    assert _rules_found(db, aid) == {}


def test_own_resources_more_than_half_against_the_matrix(
    crafted: tuple[Database, int, int],
) -> None:
    db, _, aid = crafted
    claim = "Nos ressources propres représentent désormais plus de la moitié du budget."
    _consensus(db, aid, "energie.ressources_propres", 2, claim)
    assert _rules_found(db, aid) == {}  # 60 k€ of sales out of 110 k€: true
    structure = assessments.load_assessment(db, aid).structures[0].id
    answers.set_funding_cell(
        db, structure_id=structure, resource="public_subsidies", intensity=3, amount_eur=150_000
    )
    found = _rules_found(db, aid)
    assert found == {"contradiction.own_resources_share": ["energie.ressources_propres"]}


def test_unsettled_consensus(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    _consensus(db, aid, "systeme.resilience", None)
    assert _rules_found(db, aid) == {"completeness.unsettled_consensus": [""]}
    report = reread.reread(db, assessment_id=aid)
    assert "5.10" in report.findings[0].detail


def test_empty_sections(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    answers.set_field(db, assessment_id=aid, field_id="identity.story", value="")
    for item in catalog.questionnaire().dimension("impact").items:
        for who in (None, assessments.load_assessment(db, aid).participants[0].id):
            answers.record_answer(
                db, assessment_id=aid, participant_id=who, item_id=item.id, value=None
            )
    assert _rules_found(db, aid) == {"completeness.empty_sections": ["impact", "identity.story"]}


def test_draft_state(crafted: tuple[Database, int, int]) -> None:
    db, _, aid = crafted
    assessments.set_status(db, assessment_id=aid, status="draft")
    assert _rules_found(db, aid) == {"completeness.draft": [""]}


def test_every_check_is_used_by_a_rule_that_points_at_real_items_and_fields() -> None:
    rules = reread.load_rules()
    assert {r.check for r in rules} == set(CHECKS)
    q = catalog.questionnaire()
    for rule in rules:
        p = rule.params
        items = list(p.get("items", ())) + ([p["item"]] if "item" in p else [])
        assert all(q.has_item(i) for i in items), rule.id
        fields = list(p.get("fields", ())) + list(p.get("texts", ()))
        fields += [p["field"]] if "field" in p else []
        assert all(q.has_field(f) for f in fields), rule.id
        assert rule.title.fr != rule.title.en and rule.advice.fr and rule.advice.en


def test_a_finding_the_team_accepts_is_no_longer_serious(
    crafted: tuple[Database, int, int],
) -> None:
    db, _, aid = crafted
    _consensus(db, aid, "impact.effets_quantitatifs", 3)
    report = reread.reread(db, assessment_id=aid)
    assert [f.rule_id for f in report.serious] == ["evidence.top_without_evidence"]
    reread.accept(
        db,
        assessment_id=aid,
        rule_id="evidence.top_without_evidence",
        subject="impact.effets_quantitatifs",
        note="Chiffres de l'observatoire, à joindre.",
    )
    report = reread.reread(db, assessment_id=aid)
    assert report.serious == ()
    assert report.findings[0].accepted
    assert report.findings[0].note == "Chiffres de l'observatoire, à joindre."
    reread.withdraw(
        db,
        assessment_id=aid,
        rule_id="evidence.top_without_evidence",
        subject="impact.effets_quantitatifs",
    )
    assert len(reread.reread(db, assessment_id=aid).serious) == 1


def test_the_demo_latest_year_has_nothing_to_fix(demo_db: Database) -> None:
    """The demo tells one story: members, funding end, de minimis, evidence agree."""
    latest = assessments.latest_assessment(demo_db)
    report = reread.reread(demo_db, assessment_id=latest)
    assert report.serious == (), [f.detail for f in report.serious]
    assert {f.severity for f in report.findings} <= {"a_verifier"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"check": "draft_state"}, "« id » manque"),
        ({"id": "a.b", "check": "nope"}, "vérification inconnue « nope »"),
        ({"id": "a.b", "check": "draft_state", "severity": "grave"}, "a_corriger ou a_verifier"),
        (
            {"id": "a.b", "check": "draft_state", "severity": "a_verifier", "title": {"fr": "x"}},
            "« fr » et « en »",
        ),
        ({"id": "a.b", "when": 1}, "clé inconnue « when »"),
    ],
)
def test_a_malformed_rule_is_refused_with_a_french_message(
    entry: dict[str, object], message: str
) -> None:
    from diagapp.domain.reread import RereadRulesError, parse_rules

    with pytest.raises(RereadRulesError, match=message):
        parse_rules({"rules": [entry]})
