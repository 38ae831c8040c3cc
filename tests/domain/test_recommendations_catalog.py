"""Invariants on the shipped recommendation catalog, and malformed catalogs refused clearly."""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import latest_version, load_version
from diagapp.domain.recommendations import AUDIENCES, AllOf, AnyOf, Catalog, Trigger
from diagapp.domain.recommendations_loader import CatalogError, load_catalog, parse_catalog
from diagapp.paths import questionnaires_dir

REPORT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "000_d0cbea24b0b91578.txt"
CATALOG_FILE = questionnaires_dir() / "recommendations.yaml"
ANNEX1 = (1406, 1494)
ANNEX1_AUDIENCES = {
    "Propositions à l'attention des dynamiques": "dynamic",
    "Propositions à l'attention des partenaires financeurs": "funders",
    "Propositions à l'attention des pouvoirs publics": "public_authorities",
    "Propositions à l'attention du législateur": "legislator",
}


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return load_version(questionnaires_dir(), latest_version(questionnaires_dir()))


@pytest.fixture(scope="module")
def cat(q: Questionnaire) -> Catalog:
    return load_catalog(CATALOG_FILE, q)


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))


def report_lines() -> list[str]:
    if not REPORT.exists():
        pytest.skip("the report is not beside the repository (../shared/reference)")
    return REPORT.read_text(encoding="utf-8").split("\n")


def annex1_proposals() -> list[tuple[int, str, str]]:
    """(line, audience, text) of every proposal of Annex 1, parsed from the report."""
    lines = report_lines()
    audience = ""
    found = []
    for number in range(ANNEX1[0], ANNEX1[1] + 1):
        line = lines[number - 1]
        audience = ANNEX1_AUDIENCES.get(line.strip(), audience)
        if line.startswith("- "):  # sub-bullets (" - ") belong to the proposal above
            found.append((number, audience, line[2:].replace("*", "").strip()))
    return found


# --- the shipped catalog ---------------------------------------------------------------------


def test_the_catalog_is_big_enough_and_speaks_to_every_audience(cat: Catalog) -> None:
    assert len(cat.entries) >= 40
    assert set(Counter(e.audience for e in cat.entries)) == set(AUDIENCES)


def test_every_part_the_issue_names_is_covered(cat: Catalog) -> None:
    """Levers of §1.1, §1.3, §1.4, §1.5, transmission §1.6, tools of ch. 2 and Annex 4."""
    spans = {
        "cooperation": (318, 353),
        "habitants": (562, 627),
        "entrepreneuriat": (699, 746),
        "modele_economique": (750, 966),
        "gouvernance": (968, 1069),
        "outils": (1127, 1229),
        "evaluation": (1233, 1326),
        "referentiel": (1770, 1898),
    }
    for group, (start, end) in spans.items():
        entries = [e for e in cat.entries if e.group == group]
        assert len(entries) >= 5, group
        for e in entries:
            assert start <= e.source.lines[0] <= end, (e.id, e.source.lines)
    transmission = [e for e in cat.entries if 1055 <= e.source.lines[0] <= 1069]
    assert len(transmission) >= 3


def test_there_are_exactly_33_annex1_entries_6_17_6_4(cat: Catalog) -> None:
    annex = Counter(e.audience for e in cat.entries if e.annex1)
    assert annex == {"dynamic": 6, "funders": 17, "public_authorities": 6, "legislator": 4}


def test_every_annex1_proposal_of_the_report_is_in_the_catalog_with_its_lines(cat: Catalog) -> None:
    proposals = annex1_proposals()
    assert len(proposals) == 33
    by_line = {e.source.lines[0]: e for e in cat.entries if e.annex1}
    assert sorted(by_line) == [line for line, _, _ in proposals]
    for line, audience, text in proposals:
        e = by_line[line]
        assert e.audience == audience, (e.id, line)
        assert e.source.section.startswith("Annexe 1"), e.id
        # Faithful: the entry quotes the proposal's opening words.
        assert text[:40] in e.text.fr, (e.id, text[:40])


def test_cited_lines_exist_and_are_not_blank(cat: Catalog) -> None:
    lines = report_lines()
    for e in cat.entries:
        for source in (e.source, *e.also):
            start, end = source.lines
            assert end <= len(lines)
            assert lines[start - 1].strip(), (e.id, source.lines)


def test_quotes_in_french_texts_are_balanced(cat: Catalog) -> None:
    for e in cat.entries:
        for text in (e.title.fr, e.text.fr):
            assert text.count("«") == text.count("»"), e.id


def test_texts_cite_report_lines_that_exist(cat: Catalog) -> None:
    for e in cat.entries:
        for match in re.finditer(r"l\. (\d+)", e.text.fr + e.text.en):
            assert 1 <= int(match.group(1)) <= 1923, e.id


def _leaves(trigger: Trigger) -> list[Any]:
    if isinstance(trigger, AllOf | AnyOf):
        return [leaf for part in trigger.parts for leaf in _leaves(part)]
    return [trigger]


def test_every_trigger_refers_to_items_fields_options_that_exist(
    cat: Catalog, q: Questionnaire
) -> None:
    dimensions = {d.id for d in q.dimensions}
    for e in cat.entries:
        for leaf in _leaves(e.when):
            if leaf.kind == "item":
                assert q.has_item(leaf.subject), (e.id, leaf.subject)
            elif leaf.kind == "field":
                field = q.field(leaf.subject)
                values = leaf.value if isinstance(leaf.value, tuple) else (leaf.value,)
                if field.options and leaf.op != "empty":
                    assert all(field.option(v) for v in values), (e.id, leaf)
            elif leaf.kind == "resource":
                assert leaf.subject in q.funding.keys, e.id
            elif leaf.kind == "dimension":
                assert leaf.subject in dimensions, e.id
        assert all(q.has_item(i) for i in e.target.items), e.id


def test_every_entry_can_be_triggered_by_something_the_team_answers(cat: Catalog) -> None:
    """No entry is always on: `always` is allowed by the format but none is that general."""
    for e in cat.entries:
        assert not any(leaf.kind == "always" for leaf in _leaves(e.when)), e.id
        assert any(leaf.in_why for leaf in _leaves(e.when)), e.id


def test_ids_follow_their_group(cat: Catalog) -> None:
    for e in cat.entries:
        prefix = e.id.split(".")[0]
        expected = "a1" if e.annex1 else {"modele_economique": "modele"}.get(e.group, e.group)
        assert prefix == expected, e.id


# --- malformed catalogs ----------------------------------------------------------------------


def _first_entry(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["entries"][0]


def _set(path: str | int, value: Any) -> Any:
    def apply(data: dict[str, Any]) -> None:
        target = _first_entry(data)
        if isinstance(path, int):
            target[path] = value
            return
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[keys[-1]] = value

    return apply


BROKEN = [
    (
        "unknown item",
        _set("when", {"item": "energie.nope", "consensus_at_most": 1}),
        "élément inconnu du questionnaire 'energie.nope'",
    ),
    (
        "unknown field",
        _set("when", {"field": "identity.nope", "is": "x"}),
        "champ inconnu du questionnaire 'identity.nope'",
    ),
    (
        "unknown option",
        _set("when", {"field": "identity.origin", "is": "martiens"}),
        "option inconnue 'martiens' pour identity.origin",
    ),
    (
        "unknown phase",
        _set("when", {"phase": "adolescence"}),
        "option inconnue 'adolescence' pour identity.phase",
    ),
    (
        "unknown indicator",
        _set("when", {"funding": "bonheur", "at_least": 1}),
        "indicateur inconnu 'bonheur'",
    ),
    (
        "share above 1",
        _set("when", {"funding": "public_dependence", "at_least": 70}),
        "valeur hors bornes",
    ),
    (
        "unknown resource",
        _set("when", {"resource": "loto", "intensity_at_least": 1}),
        "ressource inconnue 'loto'",
    ),
    (
        "unknown dimension",
        _set("when", {"dimension": "bonheur", "score_at_most": 1}),
        "dimension inconnue 'bonheur'",
    ),
    (
        "operator of another kind",
        _set("when", {"field": "identity.origin", "includes": "hybride"}),
        "un opérateur parmi is, is_not, in, not_in, empty",
    ),
    (
        "two operators",
        _set(
            "when",
            {
                "item": "energie.implication_habitants",
                "consensus_at_most": 1,
                "consensus_at_least": 0,
            },
        ),
        "un opérateur parmi",
    ),
    (
        "typo in an operator",
        _set("when", {"item": "energie.implication_habitants", "consensus_atmost": 1}),
        "(trouvé : consensus_atmost)",
    ),
    (
        "level out of scale",
        _set("when", {"item": "energie.implication_habitants", "consensus_at_most": 4}),
        "niveau entier de 0 à 3",
    ),
    (
        "two subjects",
        _set(
            "when",
            {"item": "energie.implication_habitants", "field": "identity.origin", "is": "hybride"},
        ),
        "une seule chose",
    ),
    (
        "all mixed with a condition",
        _set("when", {"all": [{"always": True}], "phase": "emergence_structuration"}),
        "doit être seul",
    ),
    ("empty any", _set("when", {"any": []}), "« any » attend une liste de conditions"),
    (
        "bad if_unknown",
        _set(
            "when",
            {"item": "energie.implication_habitants", "consensus_at_most": 1, "if_unknown": "oui"},
        ),
        "if_unknown",
    ),
    (
        "missing English",
        _set("title", {"fr": "Titre"}),
        "« title » : texte « en » manquant ou vide",
    ),
    ("unknown audience", _set("audience", "citizens"), "audience inconnue 'citizens'"),
    ("unknown group", _set("group", "divers"), "groupe inconnu 'divers'"),
    ("emphasis out of range", _set("emphasis", 5), "« emphasis » vaut 1, 2 ou 3"),
    (
        "lines out of the report",
        _set("source", {"section": "x", "lines": [10, 5000]}),
        "« lines » doit être [début, fin]",
    ),
    (
        "target on an unknown item",
        _set("addresses", {"items": ["energie.nope"], "level": 2}),
        "« addresses » : élément inconnu",
    ),
    (
        "target without level",
        _set("addresses", {"items": ["energie.implication_habitants"]}),
        "« addresses »",
    ),
    ("typo in a key", _set("wehn", {"always": True}), "champ inconnu « wehn »"),
    ("bad id", _set("id", "Pas Un Id"), "identifiant invalide 'Pas Un Id'"),
    # Odd types where names are expected: a clear refusal, never a TypeError.
    (
        "list as indicator",
        _set("when", {"funding": ["x"], "at_least": 1}),
        "indicateur inconnu ['x']",
    ),
    (
        "list as dimension",
        _set("when", {"dimension": ["x"], "score_at_most": 1}),
        "dimension inconnue",
    ),
    (
        "list as resource",
        _set("when", {"resource": ["x"], "intensity_at_most": 1}),
        "ressource inconnue",
    ),
    ("dict as group", _set("group", {"a": 1}), "groupe inconnu"),
    ("list as audience", _set("audience", ["dynamic"]), "audience inconnue"),
    ("number as a key", _set(3, "x"), "champ inconnu « 3 »"),
    ("list as target field", _set("addresses", {"field": ["x"], "level": 2}), "« addresses »"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_a_broken_entry_is_refused_naming_file_entry_and_problem(
    raw: dict[str, Any], q: Questionnaire, mutate: Any, expected: str
) -> None:
    data = copy.deepcopy(raw)
    entry_id = _first_entry(data)["id"]
    mutate(data)
    with pytest.raises(CatalogError) as info:
        parse_catalog(data, "recommendations.yaml", q)
    message = str(info.value)
    assert message.startswith("Fichier invalide : recommendations.yaml — entrée")
    assert expected in message, message
    if "identifiant" not in expected:
        assert f"« {entry_id} »" in message


def test_a_duplicate_id_is_refused(raw: dict[str, Any], q: Questionnaire) -> None:
    data = copy.deepcopy(raw)
    data["entries"].append(copy.deepcopy(data["entries"][0]))
    with pytest.raises(CatalogError, match="identifiant en double"):
        parse_catalog(data, "recommendations.yaml", q)


def test_an_unknown_short_name_is_refused(raw: dict[str, Any], q: Questionnaire) -> None:
    data = copy.deepcopy(raw)
    data["short_names"]["energie.nope"] = {"fr": "x", "en": "y"}
    with pytest.raises(
        CatalogError, match=re.escape("short_names « energie.nope » : élément ou champ inconnu")
    ):
        parse_catalog(data, "recommendations.yaml", q)


def test_a_file_that_is_not_yaml_is_refused(tmp_path: Path, q: Questionnaire) -> None:
    path = tmp_path / "recommendations.yaml"
    path.write_text("entries:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"recommendations.yaml — ligne \d+ : YAML invalide"):
        load_catalog(path, q)


def test_a_missing_file_is_refused(tmp_path: Path, q: Questionnaire) -> None:
    with pytest.raises(CatalogError, match="fichier introuvable"):
        load_catalog(tmp_path / "recommendations.yaml", q)


def test_an_empty_catalog_is_refused(q: Questionnaire) -> None:
    with pytest.raises(CatalogError, match="« entries » manquante ou vide"):
        parse_catalog({"version": 1, "entries": []}, "recommendations.yaml", q)
