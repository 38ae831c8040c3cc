"""Atomic file writing: a temporary file beside the target, fsync, then rename."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diagapp.domain.errors import DiagappError


class WriteError(DiagappError):
    pass


# A temporary file or folder is stale when it is older than this and the process that
# made it (its PID is in its name) is gone: an export killed with kill -9 left it.
STALE_AFTER_SECONDS = 3600
XLSX_SCRATCH = ".diagapp-xlsx-"
# mkstemp's random part is 8 characters; older versions wrote no PID.
_TEMPORARY = re.compile(r"^\..+\.(?:(\d+)-)?[a-z0-9_]{8}\.tmp$")
_SCRATCH = re.compile(rf"^{re.escape(XLSX_SCRATCH)}(?:(\d+)-)?[a-z0-9_]{{8}}$")

# The wall clock that ages temporaries; tests set another one.
clock: Callable[[], float] = time.time


def temporary_prefix(kind: str) -> str:
    """The start of a temporary name: what it is for, then our PID."""
    return f"{kind}{os.getpid()}-"


def remove_stale_temporaries(folder: Path) -> None:
    """Remove what an export killed half-way left in `folder` (never a live one's)."""
    limit = clock() - STALE_AFTER_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _TEMPORARY.match(entry.name) or _SCRATCH.match(entry.name)
        if match is None:
            continue
        with contextlib.suppress(OSError):
            if entry.stat(follow_symlinks=False).st_mtime >= limit or _alive(match.group(1)):
                continue
            if _SCRATCH.match(entry.name) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            elif entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)


def _alive(pid_text: str | None) -> bool:
    if pid_text is None or sys.platform == "win32":  # no PID to ask about: age decides
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # exists but not ours to signal, or cannot tell: keep it
    return True


def explain_os_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"Le disque est plein : {path} n'a pas pu être écrit. Libérez de la place puis réessayez."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Écriture refusée dans {path.parent} (dossier en lecture seule ?). Choisissez un autre dossier."
    if exc.errno == errno.ENOENT:
        return f"Le dossier {path.parent} n'existe pas."
    if exc.errno == errno.EISDIR:
        return f"{path} est un dossier, pas un fichier."
    return f"Impossible d'écrire {path} : {exc.strerror or exc}."


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that a failure never leaves a half file or a lost old one."""
    path = Path(path)
    tmp_name = ""
    remove_stale_temporaries(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=temporary_prefix(f".{path.name}."), suffix=".tmp", dir=path.parent
        )
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; exports are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise WriteError(explain_os_error(path, exc)) from None
    return path
