"""For each of the report's 18 dynamics, the engine's five first recommendations agree with what
the report says about it: nothing it contradicts, and the path it describes where it gives one.

What the report says is data, with its lines: reference_dynamics_report.yaml beside this file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import REPORT_LINES
from diagapp.domain.recommendations import (
    HIGHLIGHTED,
    Catalog,
    Evaluation,
    Result,
    evaluate_reference,
)
from diagapp.domain.references import ReferenceDynamic, load_references
from diagapp.paths import questionnaires_dir

ROOT = questionnaires_dir()
REFERENCES = load_references(ROOT / "references.yaml")
SAYS: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "reference_dynamics_report.yaml").read_text(encoding="utf-8")
)["dynamics"]
LOCAL_AUTHORITY_ORIGIN = "Initiée et portée par les collectivités territoriales"
# Advice that only makes sense for a dynamic led by local authorities (l.394, l.1061, l.1782).
LOCAL_AUTHORITY_ADVICE = {
    "gouvernance.continuite_mandats",
    "referentiel.budget_participatif",
    "gouvernance.scic_ouverture",
}
INHABITANT_TARGETS = {"energie.implication_habitants"}


def ref(ref_id: str) -> ReferenceDynamic:
    return next(r for r in REFERENCES if r.id == ref_id)


def top_five(evaluation: Evaluation) -> tuple[Result, ...]:
    return evaluation.highlighted[:HIGHLIGHTED]


def reasons(results: tuple[Result, ...]) -> list[str]:
    return [reason.text.fr for r in results for reason in r.reasons]


def test_the_table_covers_the_18_dynamics_and_cites_the_report(cat: Catalog) -> None:
    assert set(SAYS) == {r.id for r in REFERENCES}
    for ref_id, says in SAYS.items():
        for entry in says["not_advised"] + says["path"]:
            assert entry["id"] in cat, (ref_id, entry["id"])
            start, end = entry["lines"]
            assert 1 <= start <= end <= REPORT_LINES, (ref_id, entry)
            assert entry["why"].strip(), (ref_id, entry)
        assert isinstance(says["local_authority"], bool)
    # The report names six dynamics initiated and led by local authorities (l.372).
    assert sum(s["local_authority"] for s in SAYS.values()) == 6


@pytest.mark.parametrize("ref_id", sorted(SAYS))
def test_the_five_first_do_not_contradict_the_report(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    says = SAYS[ref_id]
    evaluation = evaluate_reference(cat, ref(ref_id), q)
    shown = {r.id: r for r in top_five(evaluation)}
    wrong = [
        f"{e['id']} (l. {e['lines'][0]}: {e['why']})"
        for e in says["not_advised"]
        if e["id"] in shown
    ]
    assert not wrong, f"{ref_id}: the report says otherwise about {wrong}"
    if says.get("vocation") == "pooling":  # l.516, l.1342
        pushed = [
            r.id
            for r in shown.values()
            if r.recommendation.group == "habitants"
            or INHABITANT_TARGETS & set(r.recommendation.target.items)
        ]
        assert not pushed, f"{ref_id} pools economic structures (l.516): {pushed}"


@pytest.mark.parametrize("ref_id", sorted(SAYS))
def test_the_report_s_own_path_is_found(cat: Catalog, q: Questionnaire, ref_id: str) -> None:
    evaluation = evaluate_reference(cat, ref(ref_id), q)
    where = {
        "highlighted": {r.id for r in top_five(evaluation)},
        "advocacy": {r.id for r in evaluation.advocacy},
    }
    missing = [
        f"{e['id']} (l. {e['lines'][0]}: {e['why']})"
        for e in SAYS[ref_id]["path"]
        if e["id"] not in where[e["in"]]
    ]
    assert not missing, f"{ref_id}: the report's own path is not found: {missing}"


@pytest.mark.parametrize("ref_id", sorted(SAYS))
def test_no_advice_rests_on_what_the_report_does_not_give(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    evaluation = evaluate_reference(cat, ref(ref_id), q)
    said = reasons(evaluation.triggered)
    # The resource table has no « fonds propres » column (l.811-812): unknown, not Néant.
    assert not [s for s in said if "fonds propres" in s.lower()], ref_id
    # The table gives intensities, not shares: no « 50 % » drawn from +/++/+++.
    assert not [s for s in said if "%" in s], ref_id
    for result in evaluation.triggered:
        assert result.reasons, f"{ref_id}: {result.id} triggered without a known reason"
    # Intensities are cited as the report's table.
    assert all(
        s.endswith("(tableau du rapport)")
        for r in evaluation.triggered
        for reason in r.reasons
        if reason.kind == "resource"
        for s in [reason.text.fr]
    )


@pytest.mark.parametrize("ref_id", sorted(SAYS))
def test_local_authorities_only_where_the_report_puts_them(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    """« Pouvoirs publics » in the tables is wider than the six collectivités-led dynamics
    (l.372): the Pôles Mer are a State scheme (l.425), Euralens is not among the six."""
    if SAYS[ref_id]["local_authority"]:
        return
    evaluation = evaluate_reference(cat, ref(ref_id), q)
    assert LOCAL_AUTHORITY_ORIGIN not in " ".join(reasons(evaluation.triggered))
    assert not LOCAL_AUTHORITY_ADVICE & {r.id for r in evaluation.triggered}, ref_id
