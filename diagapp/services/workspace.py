"""Open the database the window works on: lock, check, migrate, back up.

The UI imports this, never diagapp.storage, so ORM rows never reach a widget.
"""

from __future__ import annotations

import hashlib
import marshal
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import CodeType, ModuleType

from diagapp.domain.errors import explain_errno
from diagapp.services import files, health
from diagapp.storage import lock
from diagapp.storage.database import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    open_database,
)
from diagapp.storage.lock import DatabaseLocked
from diagapp.storage.readonly import connect_read_only

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
    try:
        path.expanduser().parent.mkdir(parents=True, exist_ok=True)  # the very first start
    except OSError as exc:
        raise DatabaseError(
            f"Impossible de créer le dossier de {path} : {explain_errno(exc)}."
        ) from None
    held = lock.acquire(path)
    files.remove_stale_temporaries(path.expanduser().resolve().parent)
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


def open_fresh_demo(target: Path) -> Workspace:
    """Lock `target`, put a fresh demo there and open it (`diagapp --demo`).

    The lock comes first: a second window never rewrites a demo that another one is using.
    The demo is written once into a master copy beside `target` (seconds: every answer is
    a transaction) and each launch copies it (milliseconds).
    """
    target = target.expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    held = lock.acquire(target)
    try:
        master = _demo_master(target.parent)
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.rmtree(target.with_name(target.name + ".backups"), ignore_errors=True)
        _sqlite_copy(master, target)
        return Workspace(open_database(target), held)
    except OSError as exc:
        held.release()
        raise DatabaseError(
            f"Impossible de préparer la démo dans {target.parent} : {explain_errno(exc)}."
        ) from None
    except BaseException:
        held.release()
        raise


def _demo_master(folder: Path) -> Path:
    """The demo written once per version of the app and of the demo's own code."""
    from diagapp import __version__
    from diagapp.services import demo, demo_content

    digest = hashlib.sha256(__version__.encode())
    for module in (demo, demo_content):
        digest.update(_module_fingerprint(module))
    master = folder / f"demo-master-{digest.hexdigest()[:12]}.sqlite"
    if master.exists():
        return master
    for old in folder.glob("demo-master-*"):
        old.unlink(missing_ok=True)
    partial = folder / f"{master.stem}.partial"
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    fresh_demo_copy(partial)
    shutil.rmtree(partial.with_name(partial.name + ".backups"), ignore_errors=True)
    _sqlite_copy(partial, master)  # one self-contained file, whatever the journal mode
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    return master


def _module_fingerprint(module: ModuleType) -> bytes:
    """The module's source, or its compiled code in a PyInstaller bundle (no .py files there)."""
    source = Path(str(module.__file__))
    if source.is_file():
        return source.read_bytes()
    get_code = getattr(module.__loader__, "get_code", None)  # PyInstaller's PyiFrozenLoader
    code = get_code(module.__name__) if get_code is not None else None
    return marshal.dumps(code) if isinstance(code, CodeType) else b""


def _sqlite_copy(source: Path, target: Path) -> None:
    tmp = target.with_name(target.name + ".copying")
    tmp.unlink(missing_ok=True)
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
