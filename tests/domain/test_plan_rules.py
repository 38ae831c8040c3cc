"""The « feuille de route » rules: statuses, lateness, grouping and what next year carries."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain import plan
from diagapp.domain.plan import Action, PlanError
from diagapp.services import catalog


def _action(n: int, status: str = plan.TO_START, **kw: object) -> Action:
    return Action(id=n, assessment_id=1, title=f"Action {n}", status=status, **kw)  # type: ignore[arg-type]


def test_only_open_actions_are_carried_into_next_year() -> None:
    actions = [
        _action(1, plan.TO_START),
        _action(2, plan.IN_PROGRESS),
        _action(3, plan.DONE),
        _action(4, plan.DROPPED, status_note="Plus de local."),
    ]
    assert [a.id for a in plan.carried(actions)] == [1, 2]
    assert plan.counts(actions) == {"to_start": 1, "in_progress": 1, "done": 1, "dropped": 1}


def test_statuses_have_french_words_and_a_dropped_action_says_why() -> None:
    assert [plan.status_label(s) for s in plan.STATUSES] == [
        "à lancer",
        "en cours",
        "fait",
        "abandonné",
    ]
    assert plan.status_label(plan.DONE, "en") == "done"
    with pytest.raises(PlanError, match="raison de l'abandon"):
        plan.check_status(plan.DROPPED, "  ")
    with pytest.raises(PlanError, match="Statut d'action inconnu « finished »"):
        plan.check_status("finished", "")
    plan.check_status(plan.DROPPED, "Le partenaire s'est retiré.")


def test_an_open_action_past_its_date_is_late_on_the_given_day() -> None:
    due = dt.date(2026, 6, 30)
    assert _action(1, target_date=due).is_late(dt.date(2026, 7, 1))
    assert not _action(1, target_date=due).is_late(dt.date(2026, 6, 30))
    assert not _action(1, plan.DONE, target_date=due).is_late(dt.date(2027, 1, 1))
    assert not _action(1).is_late(dt.date(2030, 1, 1))  # no date, never late


def test_targets_follow_the_questionnaire() -> None:
    q = catalog.questionnaire()
    first = q.dimensions[0]
    dim, items = plan.check_targets(q, "", [first.items[0].id, first.items[0].id])
    assert dim == first.id and items == (first.items[0].id,)
    with pytest.raises(PlanError, match="appartient à la dimension"):
        plan.check_targets(q, q.dimensions[1].id, [first.items[0].id])
    with pytest.raises(PlanError, match="Item inconnu"):
        plan.check_targets(q, "", ["nope.nothing"])
    with pytest.raises(PlanError, match="Dimension inconnue"):
        plan.check_targets(q, "nulle_part", [])


def test_grouping_by_dimension_and_by_date() -> None:
    q = catalog.questionnaire()
    d1, d2 = q.dimensions[1].id, q.dimensions[0].id
    a = _action(1, dimension_id=d1, target_date=dt.date(2026, 9, 1))
    b = _action(2, dimension_id=d2)
    c = _action(3, dimension_id=d1, target_date=dt.date(2026, 3, 1))
    d = _action(4)
    groups = plan.by_dimension([a, b, c, d], q)
    assert [(k, [x.id for x in v]) for k, v in groups] == [(d2, [2]), (d1, [3, 1]), ("", [4])]
    assert [x.id for x in plan.by_date([a, b, c, d])] == [3, 1, 2, 4]


def test_budget_and_resource_are_checked() -> None:
    with pytest.raises(PlanError, match="positif ou nul"):
        plan.check_budget(-5, "", ["sales"])
    with pytest.raises(PlanError, match="Ressource de financement inconnue"):
        plan.check_budget(10, "lottery", ["sales"])
    plan.check_budget(None, "sales", ["sales"])


def test_dates_and_budgets_are_read_as_a_french_team_types_them() -> None:
    assert plan.parse_date("30/06/2026") == dt.date(2026, 6, 30)
    assert plan.parse_date("1/9/26") == dt.date(2026, 9, 1)
    assert plan.parse_date("2026-06-30") == dt.date(2026, 6, 30)
    assert plan.parse_date("  ") is None
    with pytest.raises(PlanError, match="JJ/MM/AAAA"):
        plan.parse_date("31/02/2026")
    assert plan.parse_budget("1 500,50 €") == 1500.5
    assert plan.parse_budget("") is None
    with pytest.raises(PlanError, match="Budget illisible"):
        plan.parse_budget("beaucoup")
    with pytest.raises(PlanError, match="positif"):
        plan.parse_budget("-3")
