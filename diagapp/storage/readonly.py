"""Read-only SQLite connections whatever the path holds (# ? % & ' " spaces, accents).

SQLite reads `file:` URIs: an unescaped `#` ends the path (the rest is a fragment), `?`
starts the query and `%20` is decoded, so `Projet #1/db.sqlite` would open `Projet `.
Every read-only connection goes through here.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def read_only_uri(path: Path) -> str:
    """The percent-escaped `file:` URI that opens `path` read-only."""
    return Path(path).expanduser().absolute().as_uri() + "?mode=ro"


class _ReadOnlyConnection(sqlite3.Connection):
    # Set when this connection's opening created the -wal/-shm of a WAL-mode file.
    tidy: Path | None = None

    def close(self) -> None:
        super().close()
        if self.tidy is not None and _wal(self.tidy).exists():
            _settle(self.tidy)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _settle(path: Path) -> None:
    """A read-only connection to a WAL-mode file creates its -wal and -shm and cannot
    remove them. A read-write connection's close does, when it is the file's last one
    (SQLite decides, under its own lock: a window that opened it meanwhile keeps them).
    The WAL holds nothing, so the database file itself is not written."""
    with contextlib.suppress(sqlite3.Error):
        read_once(path)


def read_once(path: Path) -> None:
    """Open `path` read-write, read its schema, close. SQLite then plays back a hot
    rollback journal, or, as the file's last connection, removes an empty -wal and -shm.
    Raises sqlite3.Error."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot write `path`, nor obey functions in its schema."""
    path = Path(path).expanduser().absolute()
    had_wal = _wal(path).exists()
    conn = sqlite3.connect(
        read_only_uri(path),
        uri=True,
        check_same_thread=check_same_thread,
        factory=_ReadOnlyConnection,
    )
    if not had_wal:
        conn.tidy = path
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.Error:
        conn.close()
        raise
    return conn
