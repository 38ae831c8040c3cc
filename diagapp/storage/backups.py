"""Verified, rotated copies of the database through the SQLite backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

KEEP = 12  # newest verified copies kept per database


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
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        except ValueError:
            continue
        found.append(Backup(path, stamp, path.stat().st_size, reason))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take_backup(db_path: Path, reason: str = "open", keep: int = KEEP) -> Backup:
    """Copy the live database (WAL included) to a new file, verify it, rotate old copies.

    Raises OSError or sqlite3.Error; the caller decides whether that stops the user.
    """
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now()
    target = folder / f"{reason}@{now:%Y%m%d-%H%M%S-%f}.sqlite"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    if not verify(partial):
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError("la copie de sauvegarde ne passe pas la vérification")
    partial.replace(target)
    for old in list_backups(db_path)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Backup(target, now, target.stat().st_size, reason)


def newest_verified(db_path: Path) -> Backup | None:
    return next((b for b in list_backups(db_path) if verify(b.path)), None)
