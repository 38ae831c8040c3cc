"""The reread's rules on the team's objectives (issue 17), one at a time on the crafted,
consistent dynamic of test_reread: each test breaks one objective and expects one finding."""

from __future__ import annotations

import datetime as dt
from typing import Any

import test_reread
from test_reread import _rules_found

from diagapp.services import objectives, reread
from diagapp.storage.database import Database

# test_reread's crafted, consistent dynamic (its fixtures, used here under the same names)
crafted_master = test_reread.crafted_master
crafted = test_reread.crafted
Crafted = tuple[Database, int, int]
SOUND: dict[str, Any] = {
    "unit": "repas",
    "baseline": 1_000,
    "baseline_year": 2024,
    "target": 5_000,
    "target_date": dt.date(2027, 12, 31),
    "reached": 3_200,
}


def _objective(db: Database, aid: int, **changes: Any) -> str:
    """A sound objective with `changes`; returns its uid (the finding's subject)."""
    oid = objectives.add_objective(
        db, assessment_id=aid, title="Repas locaux servis", **(SOUND | changes)
    )
    return next(o.uid for o in objectives.list_objectives(db, assessment_id=aid) if o.id == oid)


def test_sound_objectives_raise_nothing(crafted: Crafted) -> None:
    db, _, aid = crafted
    _objective(db, aid)
    _objective(db, aid, reached=5_200, comment="")  # reached, a little beyond
    assert _rules_found(db, aid) == {}


def test_an_objective_with_no_reached_value(crafted: Crafted) -> None:
    db, _, aid = crafted
    uid = _objective(db, aid, reached=None)
    assert _rules_found(db, aid) == {"objectives.no_reached_value": [uid]}
    (finding,) = reread.findings(db, assessment_id=aid)
    assert "Repas locaux servis" in finding.detail.fr and "2026" in finding.detail.fr
    assert finding.serious  # « à corriger »: counted until fixed or accepted


def test_an_objective_without_baseline_or_target(crafted: Crafted) -> None:
    db, _, aid = crafted
    uid = _objective(db, aid, baseline=None, baseline_year=None)
    other = _objective(db, aid, target=None, target_date=None)
    assert _rules_found(db, aid) == {"objectives.no_baseline_or_target": [uid, other]}


def test_a_reached_value_far_beyond_the_target_without_comment(crafted: Crafted) -> None:
    db, _, aid = crafted
    uid = _objective(db, aid, reached=50_000)  # ten times the target: a typo, or a story
    assert _rules_found(db, aid) == {"objectives.reached_far_beyond_target": [uid]}
    oid = objectives.list_objectives(db, assessment_id=aid)[0].id
    objectives.update_objective(
        db, objective_id=oid, comment="Le marché de la cuisine centrale a tout changé."
    )
    assert _rules_found(db, aid) == {}


def test_a_missed_objective_without_comment(crafted: Crafted) -> None:
    db, _, aid = crafted
    uid = _objective(db, aid, target_date=dt.date(2026, 3, 31))  # before the 2026 workshop
    assert _rules_found(db, aid) == {"objectives.missed_without_comment": [uid]}
