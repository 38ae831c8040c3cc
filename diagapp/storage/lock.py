"""One app instance per database: an OS-level lock on a file beside it.

The lock is held by the open file descriptor, so the OS releases it when the process dies,
however it dies: a stale lock from a crashed run (or a reused PID) never blocks the user.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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
        """Remove the lock file, then let go of it: a clean quit leaves nothing beside the
        database. (Whoever opened the file meanwhile sees it is no longer the one at this
        path and tries again: see acquire.)"""
        if self._handle.closed:
            return
        if sys.platform != "win32":  # Windows cannot remove an open file: it stays there
            with contextlib.suppress(OSError):
                if _same_file(self.path, self._handle):
                    self.path.unlink()
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
    for _attempt in range(20):
        handle = _open_lock_file(path, db_path)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DatabaseLocked(db_path) from None
        if _same_file(path, handle):
            break
        # The holder removed the file between our open and our lock: lock the new one.
        handle.close()
    else:
        raise DatabaseLocked(db_path)
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return DatabaseLock(path, handle)


def _open_lock_file(path: Path, db_path: Path) -> IO[str]:
    """Open the lock file without following a link: a symbolic link planted at DB.lock
    must not make us truncate and write whatever it points to."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o644)
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
        if exc.errno == errno.ELOOP:
            raise _not_a_lock_file(path) from None
        raise DiagappError(f"Impossible de verrouiller {db_path} : {explain_errno(exc)}.") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise _not_a_lock_file(path)
    return os.fdopen(fd, "r+", encoding="utf-8")


def _not_a_lock_file(path: Path) -> DiagappError:
    return DiagappError(
        f"{path} n'est pas un fichier ordinaire (lien symbolique ou autre) : diagapp refuse "
        "de s'en servir comme verrou. Supprimez-le puis réessayez."
    )


def _same_file(path: Path, handle: IO[str]) -> bool:
    try:
        on_disk = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(handle.fileno())
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


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
