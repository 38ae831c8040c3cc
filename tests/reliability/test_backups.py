"""Backups: verified copies through the SQLite backup API, taken on open, before a migration,
an import or a restore, and while the window is open when data changed; bounded retention;
listed by `diagapp check`."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from diagapp.cli import main
from diagapp.services import answers, assessments, exchange, health
from diagapp.storage import backups
from diagapp.storage.database import Database, open_database

ITEM = "ressort.besoin_territoire"


def _consensus(path: Path, item: str = ITEM) -> int | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT value FROM consensus WHERE item_id = ? ORDER BY assessment_id DESC", (item,)
        ).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _record(db: Database, value: int) -> None:
    aid = assessments.latest_assessment(db)
    answers.record_answer(db, assessment_id=aid, participant_id=None, item_id=ITEM, value=value)


def test_a_backup_is_a_complete_single_file_even_while_the_wal_holds_the_data(
    demo_db: Database,
) -> None:
    _record(demo_db, 0)  # committed to the -wal, not yet to the main file
    copy = demo_db.backup("test")
    assert backups.verify(copy.path)
    assert _consensus(copy.path) == 0
    leftovers = [p.name for p in copy.path.parent.iterdir() if not p.name.endswith(".sqlite")]
    assert leftovers == []  # no -wal, -shm or half-written copy beside the backups


def test_open_import_and_restore_each_leave_a_copy_from_before(
    demo_path: Path, tmp_path: Path
) -> None:
    db = open_database(demo_path)
    try:
        assert [b.reason for b in backups.list_backups(demo_path)] == ["open"]
        exported = exchange.export_json(db, tmp_path / "other-laptop.json")
        _record(db, 1)
        exchange.import_file(db, exported)
        before_import = backups.list_backups(demo_path)[0]
        assert before_import.reason == "before-import"
        assert _consensus(before_import.path) == 1
    finally:
        db.close()
    demo_path.write_bytes(b"")  # damaged: restored from the newest verified copy
    recovery = health.recover(demo_path)
    assert recovery.restored_from is not None
    assert recovery.damaged_copy is not None and recovery.damaged_copy.exists()
    assert _consensus(demo_path) == 1


def test_periodic_backup_only_when_data_changed_and_due(demo_db: Database) -> None:
    assert health.periodic_backup(demo_db) is None  # opening just took one
    zero = dt.timedelta(0)
    assert health.periodic_backup(demo_db, every=zero) is None  # nothing changed since
    _record(demo_db, 2)
    assert health.periodic_backup(demo_db) is None  # changed, but the last copy is recent
    taken = health.periodic_backup(demo_db, every=zero)
    assert taken is not None and taken.reason == "periodic"
    assert backups.verify(taken.path) and _consensus(taken.path) == 2
    assert health.periodic_backup(demo_db, every=zero) is None
    aid = assessments.latest_assessment(demo_db)
    assessments.delete_assessment(demo_db, assessment_id=aid)  # a deletion is a change too
    assert health.periodic_backup(demo_db, every=zero) is not None


def test_a_failing_periodic_backup_is_a_clear_message_and_loses_nothing(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _record(demo_db, 1)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups, "take_backup", full_disk)
    with pytest.raises(health.BackupFailed, match="sauvegarde automatique"):
        health.periodic_backup(demo_db, every=dt.timedelta(0))
    assert _consensus(demo_db.path) == 1


def _fake_backup(db_path: Path, when: dt.datetime) -> None:
    """Retention goes by the names only: a stand-in file keeps the test light."""
    folder = backups.backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    (folder / f"open@{when:%Y%m%d-%H%M%S-%f}.sqlite").write_bytes(b"copy")


@pytest.mark.parametrize(
    "today",
    [
        dt.datetime(2026, 12, 6, 10, 30),
        dt.datetime(2026, 3, 1, 0, 5),
        dt.datetime(2026, 1, 15, 12, 0),
        dt.datetime(2026, 7, 31, 23, 55),
        dt.datetime(2028, 2, 29, 9, 0),
    ],
    ids=lambda d: f"{d:%Y-%m-%d}",
)
def test_retention_keeps_recent_daily_and_monthly_copies_and_stays_bounded(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, today: dt.datetime
) -> None:
    monkeypatch.setattr(backups, "clock", lambda: today)
    # A year of a team's use: a copy every 12 hours.
    stamps = [today - dt.timedelta(hours=12 * i) for i in range(1, 2 * 365)]
    for when in stamps:
        _fake_backup(demo_path, when)
    db = open_database(demo_path)  # takes a copy and rotates
    db.close()
    kept = backups.list_backups(demo_path)
    assert len(kept) <= backups.KEEP + backups.KEEP_DAILY + backups.KEEP_MONTHLY
    days = {b.taken_at.date() for b in kept}
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    last_days = {(today - dt.timedelta(days=i)).date() for i in range(backups.KEEP_DAILY)}
    assert last_days <= days  # one a day for the last week…
    month_index = today.year * 12 + today.month - 1
    last_months = {divmod(month_index - i, 12) for i in range(backups.KEEP_MONTHLY)}
    assert {(y, m + 1) for y, m in last_months} == months  # …and one a month for half a year
    assert kept[0].reason == "open" and kept[0].taken_at == today


def test_check_lists_the_backups_with_their_date(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(3):
        open_database(demo_path).close()
    assert main(["check", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "Sauvegardes (3)" in out
    for b in backups.list_backups(demo_path):
        assert b.path.name in out and f"{b.taken_at:%d/%m/%Y}" in out


def test_a_clock_set_back_still_opens_and_keeps_the_copy_just_taken(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The machine's clock is a year behind the newest copies (a dead CMOS battery, a
    laptop reset): the fresh copy sorts as the oldest, and rotation must not remove it."""
    today = dt.datetime(2026, 12, 6, 10, 30)
    monkeypatch.setattr(backups, "clock", lambda: today)
    for i in range(1, 2 * 365):  # a year of copies, every 12 hours, all "in the future"
        _fake_backup(demo_path, today + dt.timedelta(days=30, hours=12 * i))
    for _ in range(2):
        db = open_database(demo_path)  # raised FileNotFoundError: the copy was rotated away
        db.close()
    fresh = [b for b in backups.list_backups(demo_path) if b.taken_at == today]
    assert len(fresh) == 1 and backups.verify(fresh[0].path)
    assert _consensus(fresh[0].path) == _consensus(demo_path)
