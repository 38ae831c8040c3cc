"""One app instance per database: an OS-level lock on a file beside it.

The lock is held by the open file descriptor, so the OS releases it when the process dies,
however it dies: a stale lock from a crashed run (or a reused PID) never blocks the user.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import IO

from diagapp.domain.errors import DiagappError, explain_errno


class DatabaseLocked(DiagappError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"La base de données {path} est déjà ouverte dans une autre fenêtre de diagapp. "
            "Utilisez cette fenêtre-là, ou fermez-la avant de rouvrir la base."
        )


class DatabaseLock:
    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path, self._handle = path, handle

    def release(self) -> None:
        if self._handle.closed:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> DatabaseLock:
    """Take the lock or raise DatabaseLocked (another live process holds it)."""
    path = lock_path(db_path.expanduser().resolve())
    try:
        handle = path.open("a+", encoding="utf-8")
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise DiagappError(
                f"Le dossier de {db_path.name} est en lecture seule : copiez la base dans un "
                "dossier où vous pouvez écrire, puis ouvrez cette copie."
            ) from None
        if exc.errno == errno.ENOSPC:
            raise DiagappError(
                "Le disque est plein : libérez de la place puis réessayez."
            ) from None
        raise DiagappError(f"Impossible de verrouiller {db_path} : {explain_errno(exc)}.") from None
    try:
        _lock(handle)
    except OSError:
        handle.close()
        raise DatabaseLocked(db_path) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return DatabaseLock(path, handle)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
