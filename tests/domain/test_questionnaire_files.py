"""Invariants on every shipped questionnaire file (as qutebrowser checks its configdata)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diagapp.domain.questionnaire import MATURITY_VALUES, Questionnaire
from diagapp.domain.questionnaire_loader import load_questionnaire, version_folders
from diagapp.paths import questionnaires_dir

REPORT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "000_d0cbea24b0b91578.txt"
FOLDERS = version_folders(questionnaires_dir())


@pytest.fixture(params=FOLDERS, ids=[f.name for f in FOLDERS])
def questionnaire(request: pytest.FixtureRequest) -> Questionnaire:
    return load_questionnaire(request.param)


def test_at_least_one_version_is_shipped() -> None:
    assert [f.name for f in FOLDERS][:1] == ["v1"]


def test_five_dimensions_in_the_reports_order(questionnaire: Questionnaire) -> None:
    assert [d.id for d in questionnaire.dimensions] == [
        "ressort",
        "energie",
        "robustesse",
        "impact",
        "systeme",
    ]
    assert [d.number for d in questionnaire.dimensions] == [1, 2, 3, 4, 5]


def test_each_dimension_has_at_least_eight_items(questionnaire: Questionnaire) -> None:
    counts = {d.id: len(d.items) for d in questionnaire.dimensions}
    assert all(n >= 8 for n in counts.values()), counts
    assert sum(counts.values()) >= 40


def test_ids_are_unique_across_items_and_fields(questionnaire: Questionnaire) -> None:
    ids = [i.id for i in questionnaire.items] + [f.id for f in questionnaire.fields]
    assert len(ids) == len(set(ids))


def test_every_item_has_a_complete_anchored_scale_in_both_languages(
    questionnaire: Questionnaire,
) -> None:
    for item in questionnaire.items:
        assert tuple(level.value for level in item.levels) == MATURITY_VALUES, item.id
        descriptions = [level.text.fr for level in item.levels]
        # Anchored in words: each level says something different, not just a number.
        assert len(set(descriptions)) == 4, item.id
        assert all(len(d) >= 20 for d in descriptions), item.id
        assert all(len(level.text.en) >= 15 for level in item.levels), item.id
        assert item.label.fr != item.label.en, item.id
        assert item.help.fr and item.help.en, item.id


def test_every_item_and_field_cites_the_report(questionnaire: Questionnaire) -> None:
    for entry in [*questionnaire.items, *questionnaire.fields]:
        start, end = entry.source.lines
        assert 1 <= start <= end <= 1923, entry.id
        assert entry.source.section.strip(), entry.id


@pytest.mark.skipif(not REPORT.exists(), reason="the report is not beside the checkout")
def test_cited_lines_hold_text_of_the_report(questionnaire: Questionnaire) -> None:
    lines = REPORT.read_text(encoding="utf-8").split("\n")
    for entry in [*questionnaire.items, *questionnaire.fields]:
        start, end = entry.source.lines
        cited = " ".join(lines[start - 1 : end]).strip()
        assert len(cited) > 20, f"{entry.id} cites empty lines {start}-{end}"


def test_identity_card_covers_the_design(questionnaire: Questionnaire) -> None:
    ids = {f.id for f in questionnaire.field_section("identity").fields}
    for wanted in (
        "identity.type",
        "identity.territory",
        "identity.scale",
        "identity.year_founded",
        "identity.origin",
        "identity.cooperation_logic",
        "identity.raison_detre",
        "identity.phase",
        "identity.transitions",
    ):
        assert wanted in ids
    types = {o.value for o in questionnaire.field("identity.type").options}
    assert {"ptce", "tiers_lieu", "monnaie_locale", "tepos", "tzcld", "pat", "autre"} <= types
    origins = {o.value for o in questionnaire.field("identity.origin").options}
    assert {"collectivites", "societe_civile", "hybride"} <= origins
    # From v2 a State scheme is an origin of its own (l.425), not « collectivités ».
    assert origins - {"collectivites", "societe_civile", "hybride"} <= {"etat"}
    assert ("etat" in origins) == (questionnaire.version >= 2)


def test_governance_has_the_four_variables_and_several_statuses(
    questionnaire: Questionnaire,
) -> None:
    gov = questionnaire.field_section("governance")
    kinds = {f.id: f.kind for f in gov.fields}
    assert kinds["governance.economic_model"] in ("text", "longtext")
    assert kinds["governance.debate"] == "scale"
    assert kinds["governance.legal_statuses"] == "multichoice"
    statuses = {o.value for o in questionnaire.field("governance.legal_statuses").options}
    assert {"association_1901", "scic", "sas", "sem", "none_collectivite"} <= statuses
    if questionnaire.version == 1:
        assert kinds["governance.origin_actors"] == "choice"
        assert kinds["governance.inhabitants"] == "scale"
        inhabitants = questionnaire.field("governance.inhabitants")
        assert inhabitants.levels[0].text.fr.startswith("Néant")
        assert inhabitants.levels[3].text.fr.startswith("+++")
    else:  # asked once (issue 13): the identity card's origin, the grid's item
        assert questionnaire.field("identity.origin").kind == "choice"
        item = questionnaire.item("energie.implication_habitants")
        assert len(item.levels) == 4 and "l.1009" in item.help.fr
        assert not {"governance.origin_actors", "governance.inhabitants"} & set(kinds)


def test_funding_uses_the_canonical_resource_keys(questionnaire: Questionnaire) -> None:
    assert set(questionnaire.funding.keys) == {
        "public_subsidies",
        "private_grants_patronage",
        "sales",
        "membership_fees",
        "revenue_levy",
        "crowdfunding",
        "loans",
        "in_kind",
        "equity_contributions",
    }
    assert [t.fr for t in questionnaire.funding.intensity] == ["Néant", "+", "++", "+++"]


def test_french_uses_narrow_spaces_before_double_punctuation(
    questionnaire: Questionnaire,
) -> None:
    wide = re.compile(r"[^\s\u202f\u00a0][:;?!](?:\s|$)")
    offenders = [
        i.id
        for i in questionnaire.items
        for text in (i.label.fr, i.help.fr, *(lv.text.fr for lv in i.levels))
        if wide.search(text.replace("http:", "").replace("https:", ""))
    ]
    assert offenders == []
