"""JSON export and merge-import between laptops."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diagapp.domain.errors import DataFileError
from diagapp.services import answers, assessments, exchange
from diagapp.storage.database import Database, open_database


def test_the_demo_round_trips_unchanged(demo_db: Database, tmp_path: Path) -> None:
    first = exchange.export_json(demo_db, tmp_path / "demo.json")
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        exchange.import_file(empty, first)
        second = exchange.export_json(empty, tmp_path / "again.json")
    finally:
        empty.close()
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert len(data["dynamics"][0]["assessments"]) == 3


def test_importing_twice_changes_nothing(demo_db: Database, tmp_path: Path) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    report = exchange.import_file(demo_db, path)
    assert (report.dynamics, report.assessments, report.participants, report.answers) == (
        0,
        0,
        0,
        0,
    )
    assert exchange.export_json(demo_db, tmp_path / "after.json").read_bytes() == path.read_bytes()


def test_answers_from_another_laptop_are_merged(demo_db: Database, tmp_path: Path) -> None:
    aid = assessments.latest_assessment(demo_db)
    shared = exchange.export_json(demo_db, tmp_path / "shared.json")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        exchange.import_file(laptop, shared)
        pid = answers.add_participant(
            laptop, assessment_id=aid, name="Absente du jour", college="Habitants"
        )
        answers.record_answer(
            laptop,
            assessment_id=aid,
            participant_id=pid,
            item_id="impact.promesse_definie",
            value=3,
        )
        back = exchange.export_json(laptop, tmp_path / "back.json")
    finally:
        laptop.close()
    report = exchange.import_file(demo_db, back)
    assert (report.participants, report.answers) == (1, 1)
    a = assessments.load_assessment(demo_db, aid)
    assert "Absente du jour" in [p.name for p in a.participants]


def _damage(path: Path, change: str) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    a = data["dynamics"][0]["assessments"][0]
    if change == "level":
        a["answers"][0]["value"] = 9
    elif change == "item":
        a["consensus"][0]["item_id"] = "ressort.nexiste_pas"
    elif change == "version":
        a["questionnaire_version"] = 99
    elif change == "format":
        data["format"] = "autre-chose"
    out = path.with_name(f"bad-{change}.json")
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("level", "hors de l'échelle"),
        ("item", "élément inconnu"),
        ("version", "v99"),
        ("format", "pas un export"),
    ],
)
def test_a_broken_file_changes_nothing_and_says_why(
    demo_db: Database, tmp_path: Path, change: str, message: str
) -> None:
    empty = open_database(tmp_path / "target.sqlite")
    path = _damage(exchange.export_json(demo_db, tmp_path / "demo.json"), change)
    try:
        with pytest.raises(DataFileError, match=message):
            exchange.import_file(empty, path)
        assert assessments.list_dynamics(empty) == []
    finally:
        empty.close()


def test_truncated_and_binary_files(tmp_path: Path, db: Database) -> None:
    truncated = tmp_path / "t.json"
    truncated.write_text('{"format": "diagapp-export", "dynam', encoding="utf-8")
    with pytest.raises(DataFileError, match="JSON invalide"):
        exchange.import_file(db, truncated)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xff")
    with pytest.raises(DataFileError, match="UTF-8"):
        exchange.import_file(db, binary)
    with pytest.raises(DataFileError, match="introuvable"):
        exchange.import_file(db, tmp_path / "absent.json")
