"""Scores checked against values computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain import scoring
from diagapp.domain.model import Answer, Assessment, Participant
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import catalog


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return catalog.questionnaire(1)


def make(q: Questionnaire, answers: list[Answer]) -> Assessment:
    people = (
        Participant(1, "Ana", "Habitants"),
        Participant(2, "Bruno", "Habitants"),
        Participant(3, "Chloé", "Collectivités"),
    )
    return Assessment(
        1, 1, "D", "A", dt.date(2026, 1, 1), q.version, participants=people, answers=tuple(answers)
    )


def test_item_dispersion_and_consensus(q: Questionnaire) -> None:
    item = q.dimensions[0].items[0].id
    a = make(q, [Answer(item, 1, 0), Answer(item, 2, 3), Answer(item, 3, 2), Answer(item, None, 2)])
    result = scoring.item_result(a, item)
    assert result.values == (0, 3, 2)
    assert result.mean == pytest.approx(5 / 3)
    assert result.spread == 3
    # population std of (0, 3, 2): mean 5/3, variance (25/9 + 16/9 + 1/9) / 3 = 42/27
    assert result.stdev == pytest.approx((42 / 27) ** 0.5)
    assert result.consensus == 2
    assert result.strong_disagreement


def test_agreement_is_not_flagged(q: Questionnaire) -> None:
    item = q.dimensions[0].items[0].id
    a = make(q, [Answer(item, 1, 2), Answer(item, 2, 2), Answer(item, 3, 1)])
    assert not scoring.item_result(a, item).strong_disagreement


def test_dimension_mean_excludes_not_applicable_and_shows_coverage(q: Questionnaire) -> None:
    dim = q.dimensions[1]  # énergie: 10 items, some may be "non concerné"
    items = [i.id for i in dim.items]
    na_item = next(i.id for i in dim.items if i.not_applicable)
    answers = [Answer(items[0], None, 3), Answer(items[1], None, 1), Answer(items[2], None, 2)]
    answers.append(Answer(na_item, None, None, not_applicable=True))
    score = scoring.consensus_scores(make(q, answers), q)[dim.id]
    assert score.mean == pytest.approx(2.0)  # (3 + 1 + 2) / 3
    assert score.answered == 3
    assert score.not_applicable == 1
    assert score.applicable == 9
    assert score.coverage == pytest.approx(3 / 9)


def test_participant_college_and_team_scores(q: Questionnaire) -> None:
    dim = q.dimensions[0]
    i1, i2 = dim.items[0].id, dim.items[1].id
    a = make(
        q,
        [
            Answer(i1, 1, 1),
            Answer(i2, 1, 3),  # Ana: mean 2
            Answer(i1, 2, 3),
            Answer(i2, 2, 3),  # Bruno: mean 3
            Answer(i1, 3, 0),  # Chloé: mean 0 (one item)
        ],
    )
    assert scoring.participant_scores(a, q, 1)[dim.id].mean == pytest.approx(2.0)
    colleges = scoring.college_scores(a, q)
    # Habitants: item1 mean (1+3)/2 = 2, item2 mean 3 → dimension 2.5
    assert colleges["Habitants"][dim.id].mean == pytest.approx(2.5)
    assert colleges["Collectivités"][dim.id].mean == pytest.approx(0.0)
    # Team: item1 (1+3+0)/3 = 4/3, item2 3 → (4/3 + 3) / 2
    assert scoring.team_scores(a, q)[dim.id].mean == pytest.approx((4 / 3 + 3) / 2)
    assert scoring.consensus_scores(a, q)[dim.id].mean is None


def test_overall_and_progress(q: Questionnaire) -> None:
    i1 = q.dimensions[0].items[0].id
    i5 = q.dimensions[4].items[0].id
    a = make(q, [Answer(i1, None, 3), Answer(i5, None, 1), Answer(i1, 1, 2)])
    assert scoring.overall(scoring.consensus_scores(a, q)) == pytest.approx(2.0)
    assert scoring.participant_progress(a, q, 1) == (1, len(q.items))


def test_disagreements_are_listed_strongest_first(q: Questionnaire) -> None:
    i1, i2, i3 = (i.id for i in q.dimensions[2].items[:3])
    a = make(
        q,
        [
            Answer(i1, 1, 0),
            Answer(i1, 2, 3),
            Answer(i2, 1, 1),
            Answer(i2, 2, 3),
            Answer(i3, 1, 2),
            Answer(i3, 2, 2),
        ],
    )
    ranked = scoring.disagreements(scoring.item_results(a, q))
    assert [r.item_id for r in ranked[:3]] == [i1, i2, i3]
    assert [r.item_id for r in scoring.disagreements(scoring.item_results(a, q), True)] == [i1, i2]


def test_an_unassessed_dimension_is_absent_not_zero(q: Questionnaire) -> None:
    """5 items of 50 decided in two dimensions: the others have no score, the overall figure
    is the mean of the two assessed ones and says it rests on 5 items and 2 dimensions."""
    first, second = q.dimensions[0].items, q.dimensions[1].items
    answers = [Answer(i.id, None, 2) for i in first[:3]] + [
        Answer(i.id, None, 1) for i in second[:2]
    ]
    scores = scoring.consensus_scores(make(q, answers), q)
    assert [s.mean for s in scores.values()] == [2.0, 1.0, None, None, None]
    assert scoring.overall(scores) == pytest.approx(1.5)
    basis = scoring.basis(scores)
    assert (basis.items, basis.total, basis.dimensions, basis.dimension_count) == (5, 50, 2, 5)
    assert basis.partial


def test_a_complete_diagnostic_is_not_partial(q: Questionnaire) -> None:
    answers = [Answer(i.id, None, 2) for i in q.items]
    basis = scoring.basis(scoring.consensus_scores(make(q, answers), q))
    assert (basis.items, basis.dimensions, basis.partial) == (50, 5, False)
