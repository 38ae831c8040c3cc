"""Atomic file writing: a temporary file beside the target, fsync, then rename."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import shutil
import stat
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from diagapp.domain.errors import DiagappError, explain_errno


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


class ReadRefused(DiagappError):
    """A file that cannot be read as a document; the message is a short French reason."""


def check_zip_directory(
    data: bytes, *, max_total: int, max_ratio: float, max_entries: int = 1000
) -> None:
    """Refuse a zip (an .xlsx) whose directory announces more than `max_total` bytes once
    unpacked, a member packed more than `max_ratio` times, or too many members: a « zip bomb »
    of a few megabytes took gigabytes of memory to open. Python's zipfile never unpacks more
    than a member's announced size, so the directory is enough to bound what is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip at all: the reader says so in its own words
    if len(members) > max_entries:
        raise ReadRefused(f"archive anormale ({len(members)} fichiers internes)")
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > 1_000_000 and member.file_size / packed > max_ratio:
            raise ReadRefused(
                f"archive anormale : {member.filename[:60]} se décompresse "
                f"{member.file_size // packed} fois (bombe de décompression ?)"
            )
    if total > max_total:
        raise ReadRefused(
            f"archive anormale : {total // 1_000_000} Mo une fois décompressée, "
            f"{max_total // 1_000_000} Mo au plus"
        )


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. A FIFO (which would block), a
    device (/dev/zero never ends) or a folder is refused before it is opened."""
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        raise ReadRefused("fichier introuvable") from None
    except OSError as exc:
        raise ReadRefused(f"lecture impossible ({explain_errno(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadRefused("c'est un dossier, pas un fichier")
    if not stat.S_ISREG(info.st_mode):
        raise ReadRefused("ce n'est pas un fichier ordinaire (périphérique, tube…)")
    if info.st_size > limit:
        raise ReadRefused("fichier trop volumineux")
    chunks: list[bytes] = []
    size = 0
    try:
        with Path(path).open("rb") as handle:
            while size <= limit:  # in pieces: read(limit) would reserve `limit` bytes at once
                chunk = handle.read(min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except OSError as exc:
        raise ReadRefused(f"lecture impossible ({explain_errno(exc)})") from None
    if size > limit:
        raise ReadRefused("fichier trop volumineux")
    return b"".join(chunks)


def explain_os_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"Le disque est plein : {path} n'a pas pu être écrit. Libérez de la place puis réessayez."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Écriture refusée dans {path.parent} (dossier en lecture seule ?). Choisissez un autre dossier."
    if exc.errno == errno.ENOENT:
        return f"Le dossier {path.parent} n'existe pas."
    if exc.errno == errno.EISDIR:
        return f"{path} est un dossier, pas un fichier."
    if exc.errno == errno.EBUSY and not path.name:
        return "Aucun fichier à écrire : le chemin est vide."
    return f"Impossible d'écrire {path} : {explain_errno(exc)}."


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that a failure never leaves a half file or a lost old one."""
    path = Path(path)
    if not path.name:  # "" or a path ending in "/.."
        raise WriteError("Aucun fichier à écrire : le chemin est vide ou désigne un dossier.")
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None  # absent (the usual case) or unreachable: the write below says why
    if mode is not None and stat.S_ISDIR(mode):
        raise WriteError(f"{path} est un dossier : indiquez un nom de fichier.")
    if mode is not None and not stat.S_ISREG(mode):  # a device or a FIFO is not replaced
        raise WriteError(f"{path} n'est pas un fichier ordinaire : choisissez un autre nom.")
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
