"""Open the database the window works on: lock, check, migrate, back up.

The UI imports this, never diagapp.storage, so ORM rows never reach a widget.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from diagapp.services import health
from diagapp.storage import lock
from diagapp.storage.database import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    open_database,
)
from diagapp.storage.lock import DatabaseLocked

__all__ = [
    "Database",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseLocked",
    "DatabaseTooNew",
    "Workspace",
    "open_workspace",
]


@dataclass
class Workspace:
    db: Database
    lock: lock.DatabaseLock
    recovered: health.Recovery | None = None  # set when a damaged file was replaced at open

    def close(self) -> None:
        self.db.close()
        self.lock.release()


def open_workspace(path: Path, *, recover: bool = True) -> Workspace:
    """Lock and open `path`. A damaged file is set aside and the newest verified backup
    restored when `recover` is true (the Recovery says from when); DiagappError otherwise."""
    held = lock.acquire(path)
    try:
        recovered = None
        try:
            db = open_database(path)
        except DatabaseDamaged:
            if not recover:
                raise
            recovered = health.recover(path)
            db = open_database(path)
        return Workspace(db, held, recovered)
    except BaseException:
        held.release()
        raise


def fresh_demo_copy(target: Path) -> Path:
    """A new demo database at `target` (replacing an older demo copy)."""
    from diagapp.services.demo import write_demo

    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.rmtree(target.with_name(target.name + ".backups"), ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_demo(target)
    return target
