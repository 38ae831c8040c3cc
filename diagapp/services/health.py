"""Check a database, list its backups, and recover from the newest verified one."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from diagapp.domain.errors import DiagappError
from diagapp.storage import backups
from diagapp.storage.database import diagnose


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
    damaged_copy: Path
    restored_from: backups.Backup | None  # None: nothing to restore, a fresh database starts


def check(path: Path) -> HealthReport:
    path = path.expanduser().resolve()
    exists = path.exists()
    problem = diagnose(path) if exists else None
    return HealthReport(path, exists, problem, tuple(backups.list_backups(path)))


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
    aside = _aside_name(path)
    try:
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(aside.with_name(aside.name + suffix))
        tmp = path.with_name(path.name + ".restoring")
        shutil.copyfile(good.path, tmp)
        tmp.replace(path)
    except OSError as exc:
        raise DiagappError(
            f"Restauration impossible : {exc.strerror}. Rien n'a été supprimé."
        ) from None
    return Recovery(aside, good)
