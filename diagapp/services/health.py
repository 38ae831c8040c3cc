"""Check a database, list its backups, recover from the newest verified one, back up."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from diagapp.domain.errors import DiagappError, explain_errno
from diagapp.services.files import write_atomic
from diagapp.storage import backups
from diagapp.storage.database import Database, diagnose, refusal, repair_marker

# While the window is open, a copy is taken when the data changed and the newest copy is
# older than this (the window calls periodic_backup from a timer, and once when closing).
BACKUP_EVERY = dt.timedelta(minutes=10)


class BackupFailed(DiagappError):
    pass


@dataclass(frozen=True)
class HealthReport:
    path: Path
    exists: bool
    problem: str | None
    backups: tuple[backups.Backup, ...]
    refused: str | None = None  # not damaged, but not for diagapp: no repair applies

    @property
    def ok(self) -> bool:
        return self.exists and self.problem is None and self.refused is None


@dataclass(frozen=True)
class Recovery:
    damaged_copy: Path | None  # None when the file itself had disappeared
    restored_from: backups.Backup | None  # None: nothing to restore, a fresh database starts


def check(path: Path) -> HealthReport:
    path = path.expanduser().resolve()
    exists = path.exists()
    kept = tuple(backups.list_backups(path))
    refused = refusal(path) if exists else None
    # A file gone while its backups remain is damage too: --repair brings it back.
    problem = diagnose(path) if (exists or kept) and not refused else None
    return HealthReport(path, exists, problem, kept, refused)


def _aside_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{stamp}.damaged")
    n = 1
    while any(_side(aside, s).exists() for s in SIDES):  # two repairs in the same second
        n += 1
        aside = path.with_name(f"{path.name}.{stamp}-{n}.damaged")
    return aside


SIDES = ("", "-wal", "-shm")  # the database file and the two SQLite files that go with it


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def recover(path: Path) -> Recovery:
    """Keep the damaged file aside (`.damaged`, with its -wal and -shm) and put the newest
    verified backup in place.

    Raises DiagappError when there is no verified backup: the damaged file then stays where
    it is, untouched, so that nothing is lost. Restartable at every step: a marker beside
    the database names the place the files are set aside to, so a repair killed half-way
    and run again moves what is left to the same place and never deletes anything.
    """
    path = path.expanduser().resolve()
    good = backups.newest_verified(path)
    if good is None:
        raise DiagappError(
            f"Aucune sauvegarde vérifiée n'existe pour {path} : le fichier est laissé tel quel. "
            "Conservez-le et demandez de l'aide."
        )
    marker = repair_marker(path)
    tmp = path.with_name(path.name + ".restoring")
    try:
        aside = _pending_aside(marker)
        if aside is None and any(_side(path, s).exists() for s in SIDES):
            aside = _aside_name(path)
        # The copy is made first: a crash at any moment leaves either the damaged file or
        # the restored one in place, and the backup itself is never moved.
        shutil.copyfile(good.path, tmp)
        _fsync(tmp)
        if aside is not None:
            write_atomic(marker, aside.name.encode("utf-8"))
            for suffix in SIDES:
                _set_aside(_side(path, suffix), _side(aside, suffix), main=not suffix)
        tmp.replace(path)
        _fsync(path.parent)
        marker.unlink(missing_ok=True)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DiagappError(
            f"Restauration impossible : {explain_errno(exc)}. Rien n'a été supprimé."
        ) from None
    return Recovery(aside if aside is not None and aside.exists() else None, good)


def _pending_aside(marker: Path) -> Path | None:
    """Where an interrupted repair was setting the files aside, if one was."""
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    # Only a bare name in the same folder: the marker never sends files elsewhere.
    return marker.with_name(name) if name and Path(name).name == name else None


def _set_aside(source: Path, target: Path, *, main: bool) -> None:
    if not source.exists():
        return
    if main and target.exists():
        # The interrupted run set the damaged file aside already: what stands at `source`
        # now is its restored copy, about to be replaced by a fresh one.
        return
    n = 1
    while target.exists():  # never overwrite what an earlier step kept
        n += 1
        target = target.with_name(f"{target.name}.{n}")
    source.replace(target)


def _fsync(path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - directories cannot be opened there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def periodic_backup(db: Database, *, every: dt.timedelta = BACKUP_EVERY) -> backups.Backup | None:
    """Take a verified copy when the newest copy is at least `every` old and the data
    changed since it; return the copy, or None when none was needed.

    The window calls this from a timer (every minute is fine: nothing is read until a copy
    is due) and with `every=timedelta(0)` when it closes. Raises BackupFailed, a clear
    message the window can show without interrupting the workshop.
    """
    try:
        kept = backups.list_backups(db.path)
        newest = kept[0] if kept else None
        if newest is not None and (
            dt.datetime.now() - newest.taken_at < every
            or backups.content_stamp(db.path) == _stamp_or_none(newest.path)
        ):
            return None
        return backups.take_backup(db.path, "periodic")
    except (OSError, sqlite3.Error) as exc:
        detail = explain_errno(exc) if isinstance(exc, OSError) else "base SQLite en erreur"
        raise BackupFailed(
            f"La sauvegarde automatique de {db.path.name} a échoué ({detail}). "
            "Vos réponses restent enregistrées ; vérifiez la place libre sur le disque."
        ) from None


def _stamp_or_none(path: Path) -> str | None:
    try:
        return backups.content_stamp(path)
    except sqlite3.Error:  # an unreadable copy: take a new one
        return None
