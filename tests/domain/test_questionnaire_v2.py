"""Questionnaire v2: what changed from v1, checked against the report (issue 13).

The invariants every version obeys are in test_questionnaire_files.py; these tests say what
v2 asks that v1 did not, where « non concerné » is offered, and that every v1 item has a
place in v2 through the shipped mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import latest_version, load_version
from diagapp.domain.version_mapping import DROPPED, NEW, load_mapping
from diagapp.paths import questionnaires_dir

ROOT = questionnaires_dir()
REPORT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "000_d0cbea24b0b91578.txt"

# What the report names and the v1 grid missed: item -> lines the item must cite.
ADDED = {
    "robustesse.freins_cooperation": (230, 238),  # interconnaissance, silos, cost, rivalry, power
    "robustesse.ancrage_territorial": (169, 171),  # « Comment s'ancre-t-elle sur le territoire ? »
    "impact.evaluation_cooperation_gouvernance": (343, 343),  # and the governance, l.1324
    "energie.ressources_humaines_competences": (718, 730),  # skills beyond animation
    "energie.relations_services_etat": (423, 435),  # « Et l'État dans tout ça ? »
    "systeme.dimension_humaine": (114, 114),  # the « humaine » dimension, l.1090, l.1348
}
# Every dynamic has effects (l.195; prematurity is an obstacle, l.1248); handover must be
# thought of from the outset (l.1061): no « non concerné » there.
ALWAYS_CONCERNED = (
    "impact.effets_quantitatifs",
    "impact.effets_qualitatifs",
    "impact.effets_negatifs",
    "robustesse.passage_de_relais",
)


@pytest.fixture(scope="module")
def v1() -> Questionnaire:
    return load_version(ROOT, 1)


@pytest.fixture(scope="module")
def v2() -> Questionnaire:
    return load_version(ROOT, 2)


def _texts(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for key, value in node.items() if key not in ("id", "key") for t in _texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


def _shipped_texts(version: int) -> list[str]:
    folder = ROOT / f"v{version}"
    return [
        t
        for p in sorted(folder.glob("*.yaml"))
        for t in _texts(yaml.safe_load(p.read_text("utf-8")))
    ]


def test_new_assessments_use_questionnaire_v2() -> None:
    assert latest_version(ROOT) == 2


def test_the_mapping_gives_every_v1_item_a_place_in_v2(v1: Questionnaire, v2: Questionnaire):
    mapping = load_mapping(ROOT, 1, 2)
    v2_ids = {i.id for i in v2.items}
    for item in v1.items:
        if item.id in mapping.dropped:
            continue
        targets = (
            {item.id}
            if item.id in v2_ids
            else {mapping.renamed.get(item.id), *mapping.split.get(item.id, ())}
        )
        assert targets & v2_ids, f"{item.id} has no place in v2"
        for target in targets & v2_ids:
            origin, how = mapping.origin(target)
            assert origin == item.id and how not in (NEW, DROPPED), target


def test_the_new_items_are_new_in_the_mapping_and_cite_the_report(v2: Questionnaire):
    mapping = load_mapping(ROOT, 1, 2)
    for item_id, (start, end) in ADDED.items():
        item = v2.item(item_id)
        assert mapping.origin(item_id) == (None, NEW)
        assert item.source.lines == (start, end) or list(item.source.lines) == [start, end]
        assert not item.not_applicable, item_id
        assert len({level.text.fr for level in item.levels}) == 4, item_id


def test_the_obstacles_item_names_the_five_obstacles_of_the_report(v2: Questionnaire):
    label = v2.item("robustesse.freins_cooperation").label.fr
    for word in ("méconnaissance", "cloisonnements", "coût", "rivalités", "pouvoir"):
        assert word in label


def test_the_evaluation_item_covers_the_cooperation_and_the_governance(v2: Questionnaire):
    help_fr = v2.item("impact.evaluation_cooperation_gouvernance").help.fr
    assert "(l.343)" in help_fr and "(l.1324)" in help_fr


def test_the_human_dimension_is_named(v2: Questionnaire):
    assert "humaine" in v2.item("systeme.transition_multidimensionnelle").label.fr
    assert "human" in v2.item("systeme.transition_multidimensionnelle").label.en
    help_fr = v2.item("systeme.dimension_humaine").help.fr
    assert all(f"l.{n}" in help_fr for n in (114, 1090, 1348))


@pytest.mark.parametrize("item_id", ALWAYS_CONCERNED)
def test_not_applicable_is_not_offered_where_the_report_excludes_it(
    v1: Questionnaire, v2: Questionnaire, item_id: str
):
    assert v1.item(item_id).not_applicable  # v1 offered it
    item = v2.item(item_id)
    assert not item.not_applicable
    assert "non concern" not in item.help.fr and "not applicable" not in item.help.en


def test_peer_learning_is_asked_once(v2: Questionnaire):
    """energie.ingenierie_de_soutien used to ask about peers and visits too, the very thing
    systeme.cooperation_interterritoriale asks (l.1160, l.1212-1219)."""
    support = v2.item("energie.ingenierie_de_soutien")
    words = [support.label.fr, *(level.text.fr for level in support.levels)]
    assert not any(
        w in text for text in words for w in ("pairs", "visites apprenantes", "autres types")
    )
    peers = v2.item("systeme.cooperation_interterritoriale")
    assert "pairs" in peers.label.fr


def test_the_debate_scale_rates_the_douaisis_pat_as_the_report_does(v2: Questionnaire):
    """The PAT is « l'unique décideur » (l.483) and rated ++ (l.1033): the ++ anchor
    describes it, the Néant anchor does not."""
    levels = v2.field("governance.debate").levels
    assert "un seul acteur décide" not in levels[0].text.fr
    assert levels[2].text.fr.startswith("++") and "PAT du Douaisis" in levels[2].text.fr
    assert "l. 483" in levels[2].text.fr and "l. 1033" in levels[2].text.fr


@pytest.mark.parametrize(
    "calque", ["attainment surface", "patronage", "qu'il a aidé à", "qu'il a aidé "]
)
def test_v2_texts_are_free_of_the_flagged_wordings(calque: str):
    offenders = [t for t in _shipped_texts(2) if calque in t]
    assert offenders == []


@pytest.mark.parametrize("calque", ["attainment surface", "patronage"])
def test_the_catalog_english_is_free_of_the_calques(calque: str):
    """Sentences only: ids and keys such as private_grants_patronage are not English."""
    data = yaml.safe_load((ROOT / "recommendations.yaml").read_text(encoding="utf-8"))
    offenders = [t for t in _texts(data) if " " in t and calque in t]
    assert offenders == []


@pytest.mark.skipif(not REPORT.exists(), reason="the report is not beside the checkout")
def test_the_new_items_cite_lines_that_say_what_they_ask(v2: Questionnaire):
    lines = REPORT.read_text(encoding="utf-8").split("\n")
    said = {
        "robustesse.freins_cooperation": "perte de pouvoir",
        "robustesse.ancrage_territorial": "ancre",
        "impact.evaluation_cooperation_gouvernance": "Évaluer régulièrement la coopération",
        "energie.ressources_humaines_competences": "ressources humaines",
        "energie.relations_services_etat": "services déconcentrés de l'État",
        "systeme.dimension_humaine": "humaine",
    }
    for item_id, words in said.items():
        start, end = v2.item(item_id).source.lines
        assert words in "\n".join(lines[start - 1 : end]), item_id


def test_a_state_scheme_is_an_origin_of_its_own_and_not_told_about_local_authorities(
    v2: Questionnaire,
) -> None:
    """A pôle de compétitivité can now say it was born of a State scheme (l.425): it is not
    told about electoral terms, nor to reconcile with local authorities as a dynamic born
    of civil society would be (l.405-409)."""
    from test_recommendations_triggers import make

    from diagapp.domain.recommendations import evaluate
    from diagapp.domain.recommendations_loader import load_catalog

    assert v2.field("identity.origin").option("etat") is not None
    cat = load_catalog(ROOT / "recommendations.yaml", v2)
    low_support = {"energie.soutien_pouvoirs_publics": 0}

    def triggered(origin: str) -> set[str]:
        fields = {"identity.origin": origin, "governance.origin_actors": "pouvoirs_publics"}
        evaluation = evaluate(cat, make(low_support, fields=fields), v2)
        return {r.id for r in evaluation.triggered}

    state = triggered("etat")
    assert not {"pouvoirs_publics.rapprochement", "gouvernance.continuite_mandats"} & state
    assert "pouvoirs_publics.rapprochement" in triggered("societe_civile")


# v1 asked each of these twice; v2 keeps the first and drops the second (issue 13).
ASKED_ONCE = {
    # The §1.2 typology (l.366-425) says what the table's « pouvoirs publics » leaves open:
    # local authorities or a State scheme; the table's column follows from it.
    "identity.origin": "governance.origin_actors",
    # The five dimensions' grid asks it of every participant (l.167); the table's third
    # variable (l.1009) is the team's consensus on it.
    "energie.implication_habitants": "governance.inhabitants",
}


def _asks(q: Questionnaire, question_id: str) -> bool:
    return q.has_item(question_id) or q.has_field(question_id)


@pytest.mark.parametrize(("kept", "dropped"), ASKED_ONCE.items())
def test_each_thing_is_asked_once(
    v1: Questionnaire, v2: Questionnaire, kept: str, dropped: str
) -> None:
    assert _asks(v1, kept) and _asks(v1, dropped)  # v1 asked it twice
    assert _asks(v2, kept) and not _asks(v2, dropped)
    merge = load_mapping(ROOT, 1, 2).merged[dropped]
    assert merge.into == kept


def test_a_v1_origin_feeds_the_kept_question_where_it_is_unambiguous(v2: Questionnaire) -> None:
    merge = load_mapping(ROOT, 1, 2).merged["governance.origin_actors"]
    assert merge.values == {
        "societe_civile": "societe_civile",
        "societe_civile_et_pouvoirs_publics": "hybride",
    }  # « pouvoirs publics »: local authorities or the State (l.425), asked again
    assert all(v2.field("identity.origin").option(v) for v in merge.values.values())


def test_item_counts_per_dimension_in_v2(v2: Questionnaire) -> None:
    counts = {d.id: len(d.items) for d in v2.dimensions}
    assert counts == {"ressort": 10, "energie": 12, "robustesse": 12, "impact": 11, "systeme": 11}
    assert sum(counts.values()) == 56
    assert len(v2.field_section("governance").fields) == 10
