"""The database: WAL and foreign keys, answers committed at once, versioned schema, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diagapp.services import answers, assessments
from diagapp.storage import backups
from diagapp.storage.database import (
    Database,
    DatabaseDamaged,
    DatabaseTooNew,
    open_database,
)
from diagapp.storage.migrations import SCHEMA_VERSION, STEP_1


def test_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION


def test_an_answer_is_committed_as_soon_as_it_is_recorded(db: Database) -> None:
    dynamic = assessments.create_dynamic(db, name="Tiers-lieu")
    aid = assessments.create_assessment(
        db, dynamic_id=dynamic, date=__import__("datetime").date(2026, 3, 1)
    )
    pid = answers.add_participant(db, assessment_id=aid, name="Léa", college="Habitants")
    answers.record_answer(
        db, assessment_id=aid, participant_id=pid, item_id="ressort.besoin_territoire", value=2
    )
    # Another connection (another process, after a crash) sees it without any "save".
    other = sqlite3.connect(db.path)
    try:
        rows = other.execute("SELECT item_id, value FROM answers").fetchall()
    finally:
        other.close()
    assert rows == [("ressort.besoin_territoire", 2)]


def _v1_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    for statement in STEP_1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO dynamics VALUES (1, 'u1', 'Eusko', 't', 't')")
    conn.execute(
        "INSERT INTO assessments VALUES (1, 'a1', 1, 'Atelier 2019', '2019-10-01', 1, 'done', NULL, 't', 't')"
    )
    conn.execute(
        "INSERT INTO participants VALUES (1, 'p1', 1, 'Xebax', '', 'Associations', 0, 't')"
    )
    conn.execute(
        "INSERT INTO answers VALUES (1, 1, 1, 'ressort.besoin_territoire', 3, 0, 'preuve', '', '', 't')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_an_older_schema_is_upgraded_with_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _v1_database(path)
    db = open_database(path)
    try:
        a = assessments.load_assessment(db, 1)
    finally:
        db.close()
    assert a.dynamic_name == "Eusko"
    assert [(x.item_id, x.value, x.evidence, x.to_review) for x in a.answers] == [
        ("ressort.besoin_territoire", 3, "preuve", False)
    ]
    kept = backups.list_backups(path)
    assert any(b.reason == "before-migration-v1" for b in kept)


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="plus récente"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"Ceci n'est pas une base", "pas une base SQLite"),
        (b"\x00" * 4096, "pas une base SQLite"),
    ],
)
def test_a_damaged_file_is_refused(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseDamaged, match=why):
        open_database(path)
    assert path.read_bytes() == content


def test_a_truncated_database_is_detected(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseDamaged):
        open_database(demo_path)


def test_each_open_takes_a_verified_backup_and_rotation_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    open_database(path).close()  # creation: nothing to back up yet
    for _ in range(backups.KEEP + 3):
        open_database(path).close()
    kept = backups.list_backups(path)
    assert len(kept) == backups.KEEP
    assert all(backups.verify(b.path) for b in kept)
    assert kept[0].taken_at >= kept[-1].taken_at
