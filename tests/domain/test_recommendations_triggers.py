"""The trigger language, one condition kind at a time, and the ranking of what gets triggered."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diagapp.domain.model import Answer, Assessment, FundingCell, Participant, Structure
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import load_version
from diagapp.domain.recommendations import Catalog, Evaluation, evaluate
from diagapp.domain.recommendations_loader import parse_catalog
from diagapp.paths import questionnaires_dir


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return load_version(questionnaires_dir(), 1)


def entry(when: Any, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "test.one",
        "group": "habitants",
        "audience": "dynamic",
        "title": {"fr": "Titre", "en": "Title"},
        "text": {"fr": "Texte", "en": "Text"},
        "source": {"section": "1.3", "lines": [562, 627]},
        "emphasis": 2,
        "addresses": {"items": ["energie.implication_habitants"], "level": 2},
        "when": when,
    }
    data.update(overrides)
    return data


def catalog(q: Questionnaire, *entries: dict[str, Any], short: bool = True) -> Catalog:
    names = {
        "energie.implication_habitants": {
            "fr": "Implication des habitants",
            "en": "Involvement of inhabitants",
        }
    }
    data = {"version": 1, "entries": list(entries), "short_names": names if short else {}}
    return parse_catalog(data, "test.yaml", q)


def make(
    consensus: dict[str, int | None] | None = None,
    answers: dict[str, list[int]] | None = None,
    fields: dict[str, Any] | None = None,
    structures: list[dict[str, tuple[int, float | None]]] | None = None,
    not_applicable: tuple[str, ...] = (),
    date: dt.date = dt.date(2026, 6, 1),
    dynamic_id: int = 1,
) -> Assessment:
    rows: list[Answer] = []
    for item_id, value in (consensus or {}).items():
        rows.append(Answer(item_id, None, value))
    for item_id in not_applicable:
        rows.append(Answer(item_id, None, None, not_applicable=True))
    people = max((len(v) for v in (answers or {}).values()), default=0)
    for item_id, values in (answers or {}).items():
        rows += [Answer(item_id, n + 1, v) for n, v in enumerate(values)]
    return Assessment(
        id=1,
        dynamic_id=dynamic_id,
        dynamic_name="Test",
        label="Test",
        date=date,
        questionnaire_version=1,
        participants=tuple(Participant(n + 1, f"P{n + 1}", "Habitants") for n in range(people)),
        answers=tuple(rows),
        fields=fields or {},
        structures=tuple(
            Structure(
                n + 1, f"S{n + 1}", cells=tuple(FundingCell(k, i, a) for k, (i, a) in s.items())
            )
            for n, s in enumerate(structures or [])
        ),
    )


def run(q: Questionnaire, when: Any, assessment: Assessment) -> Evaluation:
    return evaluate(catalog(q, entry(when)), assessment, q)


def triggered(q: Questionnaire, when: Any, assessment: Assessment) -> bool:
    return run(q, when, assessment).results[0].triggered


def why(q: Questionnaire, when: Any, assessment: Assessment, lang: str = "fr") -> list[str]:
    return [r.text.get(lang) for r in run(q, when, assessment).results[0].reasons]


# --- items -----------------------------------------------------------------------------------

HABITANTS_NEANT = {"item": "energie.implication_habitants", "consensus_at_most": 0}


def test_consensus_at_most_triggers_and_says_why_in_words(q: Questionnaire) -> None:
    a = make({"energie.implication_habitants": 0})
    assert triggered(q, HABITANTS_NEANT, a)
    assert why(q, HABITANTS_NEANT, a) == ["Implication des habitants : consensus 0 — Absent"]
    assert why(q, HABITANTS_NEANT, a, "en") == ["Involvement of inhabitants: consensus 0 — Absent"]


def test_consensus_above_the_threshold_does_not_trigger(q: Questionnaire) -> None:
    assert not triggered(q, HABITANTS_NEANT, make({"energie.implication_habitants": 1}))


def test_consensus_at_least(q: Questionnaire) -> None:
    when = {"item": "ressort.impulsion_leaders", "consensus_at_least": 3}
    assert triggered(q, when, make({"ressort.impulsion_leaders": 3}))
    assert not triggered(q, when, make({"ressort.impulsion_leaders": 2}))


def test_an_item_without_consensus_is_unknown_and_not_met_unless_told(q: Questionnaire) -> None:
    empty = make()
    assert not triggered(q, HABITANTS_NEANT, empty)
    assert triggered(q, {**HABITANTS_NEANT, "if_unknown": "met"}, empty)
    assert why(q, {**HABITANTS_NEANT, "if_unknown": "met"}, empty) == []


def test_non_concerne_never_meets_a_condition(q: Questionnaire) -> None:
    na = make(not_applicable=("energie.implication_habitants",))
    assert not triggered(q, {**HABITANTS_NEANT, "if_unknown": "met"}, na)


def test_the_short_name_falls_back_to_the_items_label(q: Questionnaire) -> None:
    a = make({"energie.implication_habitants": 0})
    reasons = evaluate(catalog(q, entry(HABITANTS_NEANT), short=False), a, q).results[0].reasons
    assert reasons[0].text.fr.startswith("Les habitants sont associés de façon véritable")
    assert reasons[0].text.fr.endswith(": consensus 0 — Absent")


def test_mean_of_participants(q: Questionnaire) -> None:
    when = {"item": "energie.implication_habitants", "mean_at_most": 1.5}
    a = make(answers={"energie.implication_habitants": [0, 1, 2, 1]})
    assert triggered(q, when, a)
    assert why(q, when, a) == ["Implication des habitants : moyenne des participants 1"]
    assert not triggered(q, when, make(answers={"energie.implication_habitants": [2, 2]}))


def test_disagreement_between_participants(q: Questionnaire) -> None:
    when = {"item": "energie.implication_habitants", "disagreement_at_least": 2}
    split = make(answers={"energie.implication_habitants": [0, 3, 1]})
    assert triggered(q, when, split)
    assert "de 0 à 3 (écart de 3 niveaux)" in why(q, when, split)[0]
    assert not triggered(q, when, make(answers={"energie.implication_habitants": [1, 2, 2]}))
    # One participant alone cannot disagree with anybody.
    assert not triggered(q, when, make(answers={"energie.implication_habitants": [3]}))


# --- fields ----------------------------------------------------------------------------------


def test_choice_field_is_is_not_and_in(q: Questionnaire) -> None:
    a = make(fields={"identity.origin": "collectivites"})
    assert triggered(q, {"field": "identity.origin", "is": "collectivites"}, a)
    assert not triggered(q, {"field": "identity.origin", "is_not": "collectivites"}, a)
    assert triggered(q, {"field": "identity.origin", "in": ["hybride", "collectivites"]}, a)
    assert why(q, {"field": "identity.origin", "is": "collectivites"}, a) == [
        "Origine de la dynamique : Initiée et portée par les collectivités territoriales"
    ]


def test_multichoice_includes_includes_any_and_excludes(q: Questionnaire) -> None:
    a = make(fields={"governance.legal_statuses": ["none_collectivite"]})
    field = "governance.legal_statuses"
    assert triggered(q, {"field": field, "includes": "none_collectivite"}, a)
    assert triggered(q, {"field": field, "includes_any": ["scic", "none_collectivite"]}, a)
    assert not triggered(q, {"field": field, "excludes": "none_collectivite"}, a)
    assert triggered(q, {"field": field, "excludes": "scic"}, a)
    assert why(q, {"field": field, "excludes": "scic"}, a)[0].endswith(
        "sans « Société coopérative d'intérêt collectif (SCIC) »"
    )


def test_scale_field_uses_the_short_level_name(q: Questionnaire) -> None:
    when = {"field": "governance.debate", "at_most": 0}
    a = make(fields={"governance.debate": 0})
    assert triggered(q, when, a)
    assert why(q, when, a) == [
        "Place accordée au débat et degré de partage de la prise de décision : Néant"
    ]
    assert not triggered(q, when, make(fields={"governance.debate": 2}))


def test_number_and_bool_fields(q: Questionnaire) -> None:
    assert triggered(
        q,
        {"field": "identity.animation_fte", "at_most": 0.5},
        make(fields={"identity.animation_fte": 0}),
    )
    assert not triggered(
        q,
        {"field": "identity.animation_fte", "at_most": 0.5},
        make(fields={"identity.animation_fte": 2.5}),
    )
    assert triggered(
        q,
        {"field": "governance.two_structures", "is": True},
        make(fields={"governance.two_structures": True}),
    )


def test_empty_field(q: Questionnaire) -> None:
    when = {"field": "identity.story", "empty": True}
    assert triggered(q, when, make())
    assert not triggered(q, when, make(fields={"identity.story": "Tout part de la scierie."}))


def test_phase_shorthand(q: Questionnaire) -> None:
    when = {"phase": "emergence_structuration"}
    assert triggered(q, when, make(fields={"identity.phase": "emergence_structuration"}))
    assert not triggered(q, when, make(fields={"identity.phase": "consolidation_faire_systeme"}))
    assert not triggered(q, when, make())


# --- funding ---------------------------------------------------------------------------------

SUBSIDISED = [{"public_subsidies": (3, 90_000.0), "sales": (1, 10_000.0)}]


def test_public_dependence_from_amounts(q: Questionnaire) -> None:
    when = {"funding": "public_dependence", "at_least": 0.7}
    a = make(structures=SUBSIDISED)
    assert triggered(q, when, a)
    assert why(q, when, a) == [
        "Part des subventions publiques dans les recettes d'exploitation : 90\u00a0%"
    ]
    balanced = make(structures=[{"public_subsidies": (2, 50_000.0), "sales": (2, 50_000.0)}])
    assert not triggered(q, when, balanced)


def test_funding_without_a_matrix_is_unknown(q: Questionnaire) -> None:
    assert not triggered(q, {"funding": "public_dependence", "at_least": 0.7}, make())
    assert not triggered(q, {"resource": "equity_contributions", "intensity_at_most": 0}, make())


def test_resource_intensity(q: Questionnaire) -> None:
    when = {"resource": "equity_contributions", "intensity_at_most": 0}
    a = make(structures=SUBSIDISED)
    assert triggered(q, when, a)
    assert why(q, when, a) == ["Apports en fonds propres : Néant"]
    with_equity = make(structures=[{**SUBSIDISED[0], "equity_contributions": (1, 5_000.0)}])
    assert not triggered(q, when, with_equity)


def test_de_minimis_alert_counts_public_aid_over_three_years(q: Questionnaire) -> None:
    from diagapp.domain.funding import indicators

    def year(y: int) -> Assessment:
        return make(structures=[{"public_subsidies": (3, 110_000.0)}], date=dt.date(y, 6, 1))

    current = year(2026)
    history = [year(2024), year(2025)]
    ind = indicators(current, q.funding, history)
    cat = catalog(q, entry({"funding": "de_minimis_alerts", "at_least": 1}))
    # 330 k€ > 300 k€, the ceiling in force in 2026 (questionnaires/law.yaml)
    assert evaluate(cat, current, q, ind).results[0].triggered
    assert not evaluate(cat, current, q).results[0].triggered  # this year alone: 110 k€


def test_volunteering_hours_not_typed_are_unknown_not_zero(q: Questionnaire) -> None:
    when = {"funding": "volunteering_hours", "at_most": 0}
    assert not triggered(q, when, make(structures=SUBSIDISED))


# --- dimensions, always, combinations ----------------------------------------------------------

IMPACT_ITEMS = [i.id for i in load_version(questionnaires_dir(), 1).dimension("impact").items]


def test_dimension_score(q: Questionnaire) -> None:
    when = {"dimension": "impact", "score_at_most": 1.0}
    low = make({i: 0 for i in IMPACT_ITEMS[:5]} | {i: 1 for i in IMPACT_ITEMS[5:]})
    assert triggered(q, when, low)
    assert why(q, when, low) == [
        "L'impact sur le territoire et son évaluation : score consensuel 0,5 sur 3"
    ]
    assert not triggered(q, when, make({i: 2 for i in IMPACT_ITEMS}))


def test_dimension_disagreement_names_the_most_debated_item(q: Questionnaire) -> None:
    when = {"dimension": "impact", "disagreement_at_least": 3}
    a = make(answers={"impact.promesse_definie": [0, 3], "impact.moyens_evaluation": [1, 2]})
    assert triggered(q, when, a)
    reason = why(q, when, a)[0]
    assert reason.startswith("L'impact sur le territoire et son évaluation : écart de 3 niveaux")
    assert "sur « Ce qui compte a été défini dès la conception du projet" in reason


def test_always(q: Questionnaire) -> None:
    assert triggered(q, {"always": True}, make())
    assert why(q, {"always": True}, make())[0].startswith("Recommandation générale du rapport")


def test_all_needs_every_part_and_any_one_of_them(q: Questionnaire) -> None:
    a = make({"energie.implication_habitants": 0}, fields={"identity.origin": "hybride"})
    collectivite = {"field": "identity.origin", "is": "collectivites"}
    assert not triggered(q, {"all": [HABITANTS_NEANT, collectivite]}, a)
    assert triggered(q, {"any": [HABITANTS_NEANT, collectivite]}, a)
    assert why(q, {"any": [HABITANTS_NEANT, collectivite]}, a) == [
        "Implication des habitants : consensus 0 — Absent"
    ]
    nested = {
        "all": [
            HABITANTS_NEANT,
            {"any": [collectivite, {"field": "identity.origin", "is": "hybride"}]},
        ]
    }
    assert triggered(q, nested, a)
    assert len(why(q, nested, a)) == 2


def test_a_guard_holds_but_stays_out_of_the_why(q: Questionnaire) -> None:
    guard = {"field": "governance.legal_statuses", "excludes": "none_collectivite", "in_why": False}
    a = make({"energie.implication_habitants": 0}, fields={"governance.legal_statuses": ["scic"]})
    assert why(q, {"all": [guard, HABITANTS_NEANT]}, a) == [
        "Implication des habitants : consensus 0 — Absent"
    ]


# --- ranking ---------------------------------------------------------------------------------


def test_score_is_gap_times_emphasis(q: Questionnaire) -> None:
    a = make({"energie.implication_habitants": 0})
    result = evaluate(catalog(q, entry(HABITANTS_NEANT, emphasis=3)), a, q).results[0]
    assert (result.current_level, result.gap, result.score) == (0, 2, 6)


def test_unknown_level_counts_as_one_level_and_reached_target_as_half(q: Questionnaire) -> None:
    origin = {"field": "identity.origin", "is": "collectivites"}
    unknown = evaluate(
        catalog(q, entry(origin)), make(fields={"identity.origin": "collectivites"}), q
    )
    assert (unknown.results[0].gap, unknown.results[0].score) == (1.0, 2.0)
    reached = make(
        {"energie.implication_habitants": 3}, fields={"identity.origin": "collectivites"}
    )
    result = evaluate(catalog(q, entry(origin)), reached, q).results[0]
    assert (result.gap, result.score) == (0.0, 1.0)


def test_not_triggered_scores_zero_and_comes_last(q: Questionnaire) -> None:
    a = make({"energie.implication_habitants": 0, "ressort.recit_fondateur": 3})
    cat = catalog(
        q,
        entry({"item": "ressort.recit_fondateur", "consensus_at_most": 1}, id="test.recit"),
        entry(HABITANTS_NEANT, id="test.habitants"),
    )
    results = evaluate(cat, a, q).results
    assert [(r.id, r.triggered, r.score) for r in results] == [
        ("test.habitants", True, 4.0),
        ("test.recit", False, 0.0),
    ]


def test_at_most_five_highlighted_and_two_per_part_of_the_report(q: Questionnaire) -> None:
    groups = ["habitants"] * 4 + ["cooperation"] * 3 + ["outils"] * 2
    entries = [
        entry(HABITANTS_NEANT, id=f"test.e{n}", group=g, emphasis=3 - n % 3)
        for n, g in enumerate(groups)
    ]
    entries.append(entry(HABITANTS_NEANT, id="test.funder", audience="funders", emphasis=3))
    evaluation = evaluate(catalog(q, *entries), make({"energie.implication_habitants": 0}), q)
    shown = evaluation.highlighted
    assert len(shown) == 5
    assert max(sum(1 for r in shown if r.recommendation.group == g) for g in set(groups)) == 2
    assert len(shown) + len(evaluation.further) == len(groups)
    assert [r.id for r in evaluation.for_funders] == ["test.funder"]
    assert "test.funder" not in {r.id for r in shown}
