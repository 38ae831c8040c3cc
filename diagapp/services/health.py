"""Check a database, list its backups, recover from the newest verified one, back up."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from diagapp.domain.errors import DiagappError, explain_errno
from diagapp.storage import backups
from diagapp.storage.database import Database, diagnose

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

    @property
    def ok(self) -> bool:
        return self.exists and self.problem is None


@dataclass(frozen=True)
class Recovery:
    damaged_copy: Path | None  # None when the file itself had disappeared
    restored_from: backups.Backup | None  # None: nothing to restore, a fresh database starts


def check(path: Path) -> HealthReport:
    path = path.expanduser().resolve()
    exists = path.exists()
    kept = tuple(backups.list_backups(path))
    # A file gone while its backups remain is damage too: --repair brings it back.
    problem = diagnose(path) if exists or kept else None
    return HealthReport(path, exists, problem, kept)


def _aside_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.{stamp}.damaged")


def recover(path: Path) -> Recovery:
    """Keep the damaged file aside (`.damaged`) and put the newest verified backup in place.

    Raises DiagappError when there is no verified backup: the damaged file then stays where
    it is, untouched, so that nothing is lost.
    """
    path = path.expanduser().resolve()
    good = backups.newest_verified(path)
    if good is None:
        raise DiagappError(
            f"Aucune sauvegarde vérifiée n'existe pour {path} : le fichier est laissé tel quel. "
            "Conservez-le et demandez de l'aide."
        )
    aside = _aside_name(path) if path.exists() else None
    tmp = path.with_name(path.name + ".restoring")
    try:
        # The copy is made first: a crash at any moment leaves either the damaged file or
        # the restored one in place, and the backup itself is never moved.
        shutil.copyfile(good.path, tmp)
        if aside is not None:
            path.replace(aside)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                if aside is None:
                    side.unlink()
                else:
                    side.replace(aside.with_name(aside.name + suffix))
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DiagappError(
            f"Restauration impossible : {explain_errno(exc)}. Rien n'a été supprimé."
        ) from None
    return Recovery(aside, good)


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
