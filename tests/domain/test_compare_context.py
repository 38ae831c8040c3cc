"""Team-level answers in words, and what became of the recommendations accepted earlier."""

from __future__ import annotations

import pytest

from diagapp.domain.compare import Decision
from diagapp.domain.compare_context import follow_recommendations, show_value
from diagapp.domain.text import Text
from diagapp.services import catalog


@pytest.mark.parametrize(
    ("field_id", "value", "shown"),
    [
        ("governance.inhabitants", 2, "++"),
        ("governance.debate", 0, "Néant"),
        ("governance.two_structures", True, "Oui"),
        ("identity.animation_fte", 2.5, "2,5"),
        ("identity.transitions", ["economique", "sociale"], "Économique, Sociale"),
        ("governance.sieg", "a_verifier", "À vérifier"),
        ("governance.sieg", None, "non renseigné"),
    ],
)
def test_values_are_said_in_words(field_id: str, value: object, shown: str) -> None:
    field = catalog.questionnaire(1).field(field_id)
    assert show_value(field, value).fr == shown


def test_outcomes_of_last_years_decisions() -> None:
    last_year = {
        "a": Decision("accepted", "on s'y met"),
        "b": Decision("accepted"),
        "c": Decision("accepted"),
        "d": Decision("set_aside"),
    }
    this_year = {"b": Decision("accepted"), "c": Decision("set_aside")}
    follow = follow_recommendations(
        [(last_year, None), (this_year, frozenset({"b", "c", "d"}))], {"a": Text("A", "A")}
    )
    assert [(f.recommendation_id, f.outcome) for f in follow] == [
        ("a", "resolved"),  # no longer triggered
        ("b", "renewed"),
        ("c", "set_aside"),
    ]
    assert follow[0].title == Text("A", "A") and follow[0].note == "on s'y met"
    unknown = follow_recommendations([(last_year, None), ({}, None)], {})
    assert {f.outcome for f in unknown} == {"unknown"}
    assert unknown[0].outcome_text("en") == "No follow-up recorded."
