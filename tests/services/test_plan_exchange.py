"""The feuille de route travels in the JSON file: round trip, merge by uid (newer wins),
and a damaged action refused with a French message before anything is written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diagapp.domain import plan
from diagapp.domain.errors import DataFileError
from diagapp.domain.plan import Owner
from diagapp.services import assessments, exchange
from diagapp.services import plan as plans
from diagapp.storage.database import Database, open_database


def _with_plan(db: Database) -> tuple[int, int]:
    dynamic = assessments.list_dynamics(db)[0]
    earlier, latest = dynamic.assessments[-2].id, dynamic.assessments[-1].id
    person = assessments.load_assessment(db, latest).participants[0]
    first = plans.add_action(
        db,
        assessment_id=earlier,
        title="Trouver un local",
        status=plan.IN_PROGRESS,
        item_ids=["ressort.besoin_territoire"],
    )
    added = plans.add_action(
        db,
        assessment_id=latest,
        title="Écrire la charte d'évaluation",
        owner=Owner(plan.OWNER_PARTICIPANT, participant_id=person.id),
        target_date=dt.date(2027, 6, 30),
        budget_eur=900.0,
        resource_key="sales",
        private_note="entre nous",
    )
    return first, added


def test_actions_round_trip_through_the_json_file(
    db: Database, demo_path: Path, tmp_path: Path
) -> None:
    demo = open_database(demo_path)
    try:
        _, added = _with_plan(demo)
        path = exchange.export_json(demo, tmp_path / "demo.json")
        want = plans.action(demo, action_id=added)
    finally:
        demo.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    listed = [a for d in data["dynamics"] for x in d["assessments"] for a in x["plan_actions"]]
    assert {a["title"] for a in listed} >= {"Trouver un local", "Écrire la charte d'évaluation"}
    report = exchange.import_file(db, path)
    assert report.actions >= 2
    again = exchange.export_json(db, tmp_path / "again.json")
    assert again.read_bytes() == path.read_bytes()
    latest = assessments.latest_assessment(db)
    got = next(a for a in plans.actions(db, assessment_id=latest) if a.title == want.title)
    assert (got.owner_label, got.target_date, got.budget_eur, got.private_note) == (
        want.owner_label,
        want.target_date,
        900.0,
        "entre nous",
    )


def test_a_newer_action_from_another_laptop_wins_and_twice_changes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    demo = open_database(demo_path)
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        _, added = _with_plan(demo)
        exchange.import_file(laptop, exchange.export_json(demo, tmp_path / "a.json"))
        latest = assessments.latest_assessment(laptop)
        uid_action = next(
            a
            for a in plans.actions(laptop, assessment_id=latest)
            if a.title == "Écrire la charte d'évaluation"
        )
        plans.update_action(laptop, action_id=uid_action.id, status=plan.DONE, outcome="Votée.")
        back = exchange.export_json(laptop, tmp_path / "back.json")
        first = exchange.import_file(demo, back)
        assert first.actions == 1
        assert plans.action(demo, action_id=added).status == plan.DONE
        assert exchange.import_file(demo, back).actions == 0
    finally:
        demo.close()
        laptop.close()


def test_a_damaged_action_is_refused_before_anything_is_written(
    demo_path: Path, db: Database, tmp_path: Path
) -> None:
    demo = open_database(demo_path)
    try:
        _with_plan(demo)
        path = exchange.export_json(demo, tmp_path / "demo.json")
    finally:
        demo.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    action = next(a for d in data["dynamics"] for x in d["assessments"] for a in x["plan_actions"])
    action["status"] = "dropped"
    action["status_note"] = ""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataFileError, match="raison de l'abandon"):
        exchange.import_file(db, path)
    assert assessments.list_dynamics(db) == []
