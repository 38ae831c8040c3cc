"""A damaged database is detected at open, never opened empty, set aside, and the newest
verified backup is restored with its date — through the window's way in (open_workspace)
and through `diagapp check --repair`."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diagapp.cli import EXIT_DAMAGED, main
from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, exchange, health
from diagapp.services.workspace import open_workspace
from diagapp.storage import backups
from diagapp.storage.database import DatabaseDamaged, diagnose, open_database

PAGE = 4096


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncate_last_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-PAGE])


def _garbage_pages(path: Path) -> None:
    """Random bytes over three whole pages in the second half of the file."""
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    pages = len(data) // PAGE
    for page in (pages // 2, pages // 2 + 3, pages - 2):
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


def _quiet_index_mismatch(path: Path) -> None:
    """One character of an indexed value changed in its table row only: the b-tree stays
    well formed, so PRAGMA quick_check passes; only a full integrity_check notices."""
    conn = sqlite3.connect(path)
    uid, name = conn.execute("SELECT uid, name FROM participants ORDER BY id LIMIT 1").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = 0
    while True:
        at = data.index(uid.encode(), start)
        if name.encode() in data[at : at + 64]:  # the table row (the index entry has no name)
            break
        start = at + 1
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    path.write_bytes(bytes(data))


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + b"rapport d'activit\xc3\xa9 " * 500)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _empty_with_orphan_wal(path: Path) -> None:
    path.write_bytes(b"")
    _side(path, "-wal").write_bytes(random.Random(3).randbytes(3 * PAGE))


def _gone(path: Path) -> None:
    path.unlink()


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated in half": _truncate_half,
    "last page cut off": _truncate_last_page,
    "garbage pages": _garbage_pages,
    "index mismatch quick_check misses": _quiet_index_mismatch,
    "zeroed header": _zero_header,
    "not an SQLite file": _not_sqlite,
    "empty file": _empty,
    "empty file with an orphan -wal": _empty_with_orphan_wal,
    "file gone, backups left": _gone,
}


def _export(path: Path) -> dict[str, Any]:
    db = open_database(path, backup=False)
    try:
        return exchange.export_data(db)
    finally:
        db.close()


@pytest.fixture
def saved(demo_path: Path) -> tuple[Path, dict[str, Any]]:
    """The demo after a day of work: opened (a verified backup is taken), then more answers
    typed after that backup. Returns the path and what the backup holds."""
    db = open_database(demo_path)
    try:
        aid = assessments.latest_assessment(db)
        answers.record_answer(
            db, assessment_id=aid, participant_id=None, item_id="systeme.resilience", value=3
        )
    finally:
        db.close()
    newest = backups.list_backups(demo_path)[0]
    return demo_path, _export(newest.path)


def _damage(path: Path, kind: str) -> None:
    for suffix in ("-wal", "-shm"):  # the app closed cleanly before the damage
        _side(path, suffix).unlink(missing_ok=True)
    DAMAGES[kind](path)


def _snapshot(path: Path) -> dict[str, bytes]:
    """The database and its -wal as bytes (SQLite's read-only check may add an empty -wal
    and a -shm index: they hold no data)."""
    found = {}
    for p in path.parent.iterdir():
        if p.is_file() and p.name.startswith(path.name) and not p.name.endswith("-shm"):
            data = p.read_bytes()
            if data or not p.name.endswith("-wal"):
                found[p.name] = data
    return found


@pytest.mark.parametrize("kind", DAMAGES)
def test_damage_is_detected_and_the_file_left_as_it_is(
    saved: tuple[Path, dict[str, Any]], kind: str
) -> None:
    path, _ = saved
    _damage(path, kind)
    before = _snapshot(path)
    assert diagnose(path) is not None
    with pytest.raises(DatabaseDamaged, match="endommagée"):
        open_database(path)
    assert _snapshot(path) == before  # not opened, not "repaired", not emptied


def test_the_subtle_damage_really_escapes_quick_check(saved: tuple[Path, dict[str, Any]]) -> None:
    path, _ = saved
    _damage(path, "index mismatch quick_check misses")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert "intégrité" in (diagnose(path) or "")


@pytest.mark.parametrize("kind", DAMAGES)
def test_the_window_restores_the_newest_verified_backup(
    saved: tuple[Path, dict[str, Any]], kind: str
) -> None:
    path, in_backup = saved
    _damage(path, kind)
    damaged = path.read_bytes() if path.exists() else None
    workspace = open_workspace(path)
    try:
        recovery = workspace.recovered
        assert recovery is not None and recovery.restored_from is not None
        assert recovery.restored_from.taken_at.year >= 2024  # the date the window shows
        if damaged is None:
            assert recovery.damaged_copy is None
        else:
            assert recovery.damaged_copy is not None
            assert recovery.damaged_copy.name.endswith(".damaged")
            assert recovery.damaged_copy.read_bytes() == damaged  # kept aside, as it was
        assert exchange.export_data(workspace.db) == in_backup
    finally:
        workspace.close()
    assert diagnose(path) is None


@pytest.mark.parametrize("kind", ["garbage pages", "empty file with an orphan -wal"])
def test_check_reports_damage_and_repair_restores(
    saved: tuple[Path, dict[str, Any]], kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, in_backup = saved
    _damage(path, kind)
    assert main(["check", "--db", str(path)]) == EXIT_DAMAGED
    out = capsys.readouterr()
    assert "ENDOMMAGÉE" in out.out and "--repair" in out.err
    assert re.search(r"Sauvegardes \(\d+\)", out.out)
    assert main(["check", "--db", str(path), "--repair"]) == 0
    out = capsys.readouterr()
    assert re.search(r"Restauré depuis la sauvegarde du \d\d/\d\d/\d{4}", out.out)
    assert list(path.parent.glob("*.damaged"))
    assert main(["check", "--db", str(path)]) == 0
    assert _export(path) == in_backup


def test_a_damaged_newest_backup_is_skipped(saved: tuple[Path, dict[str, Any]]) -> None:
    path, _ = saved
    older = backups.list_backups(path)[0]
    db = open_database(path)  # a second, newer backup…
    db.close()
    newest = backups.list_backups(path)[0]
    assert newest.taken_at > older.taken_at
    _truncate_half(newest.path)  # …that is itself damaged
    _damage(path, "garbage pages")
    recovery = health.recover(path)
    assert recovery.restored_from is not None
    assert recovery.restored_from.path == older.path


def test_without_a_verified_backup_nothing_is_touched(demo_path: Path) -> None:
    shutil.rmtree(backups.backup_dir(demo_path), ignore_errors=True)
    _damage(demo_path, "garbage pages")
    before = demo_path.read_bytes()
    with pytest.raises(DiagappError, match="Aucune sauvegarde vérifiée"):
        open_workspace(demo_path)
    assert demo_path.read_bytes() == before
    assert not list(demo_path.parent.glob("*.damaged"))


def test_a_new_empty_file_without_history_is_a_new_database(tmp_path: Path) -> None:
    """The other side of "empty file": with no backup and no -wal there is nothing to lose."""
    path = tmp_path / "new.sqlite"
    path.write_bytes(b"")
    db = open_database(path)
    try:
        assert assessments.list_dynamics(db) == []
    finally:
        db.close()
