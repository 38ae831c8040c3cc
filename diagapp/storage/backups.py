"""Verified, rotated copies of the database through the SQLite backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from diagapp.storage.readonly import connect_read_only

# Retention (Anki and Firefox keep tiers the same way): the KEEP newest copies, plus the
# newest copy of each of the last KEEP_DAILY days and KEEP_MONTHLY months that have one.
# A damage or a mistake noticed a week or a season later still finds a copy from before
# it, and the folder never holds more than KEEP + KEEP_DAILY + KEEP_MONTHLY copies.
KEEP = 12
KEEP_DAILY = 7
KEEP_MONTHLY = 6
STALE_PARTIAL_SECONDS = 3600  # a half-written copy older than this was left by a crash

# The wall clock that names copies and drives retention; tests set another one.
clock: Callable[[], dt.datetime] = dt.datetime.now


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    size: int
    reason: str = ""


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.name}.backups"


def verify(path: Path) -> bool:
    """True when `path` is an SQLite file that passes integrity_check."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(db_path)
    found = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        reason, _, stamp_text = path.stem.partition("@")
        try:
            stamp = dt.datetime.strptime(stamp_text, "%Y%m%d-%H%M%S-%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, stamp, size, reason))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_delete(kept: list[Backup], keep: int = KEEP) -> list[Backup]:
    """The copies beyond the retention tiers (`kept` newest first)."""
    keep_paths = {b.path for b in kept[:keep]}
    days: list[dt.date] = []
    months: list[tuple[int, int]] = []
    for b in kept:
        day, month = b.taken_at.date(), (b.taken_at.year, b.taken_at.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep_paths.add(b.path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.append(month)
            keep_paths.add(b.path)
    return [b for b in kept if b.path not in keep_paths]


def _remove_stale_partials(folder: Path) -> None:
    limit = time.time() - STALE_PARTIAL_SECONDS
    for path in folder.glob("*.partial*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def take_backup(db_path: Path, reason: str = "open", keep: int = KEEP) -> Backup:
    """Copy the live database (WAL included) to a new file, verify it, rotate old copies.

    Raises OSError or sqlite3.Error; the caller decides whether that stops the user.
    """
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(folder)
    now = clock()
    target = folder / f"{reason}@{now:%Y%m%d-%H%M%S-%f}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        source = connect_read_only(db_path)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # The copy is a single self-contained file: no -wal/-shm beside it, ever.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        if not verify(partial):
            raise sqlite3.DatabaseError("la copie de sauvegarde ne passe pas la vérification")
        partial.replace(target)
    finally:
        for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
    for old in to_delete(list_backups(db_path), keep):
        if old.path == target:  # a clock set back makes it the "oldest": keep it anyway
            continue
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Backup(target, now, target.stat().st_size, reason)


def content_stamp(path: Path) -> str:
    """A digest of what the file holds that changes with every write diagapp makes: every
    row carries updated_at, or its change touches its assessment's. Raises sqlite3.Error."""
    conn = connect_read_only(path)
    try:
        digest = hashlib.sha1(usedforsecurity=False)
        digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            stamp = "updated_at" if "updated_at" in columns else "NULL"
            digest.update(table.encode())
            for row in conn.execute(f'SELECT rowid, {stamp} FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def newest_verified(db_path: Path) -> Backup | None:
    return next((b for b in list_backups(db_path) if verify(b.path)), None)
