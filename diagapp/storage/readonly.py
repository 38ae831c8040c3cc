"""Read-only SQLite connections whatever the path holds (# ? % & ' " spaces, accents).

SQLite reads `file:` URIs: an unescaped `#` ends the path (the rest is a fragment), `?`
starts the query and `%20` is decoded, so `Projet #1/db.sqlite` would open `Projet `.
Every read-only connection goes through here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def read_only_uri(path: Path) -> str:
    """The percent-escaped `file:` URI that opens `path` read-only."""
    return Path(path).expanduser().absolute().as_uri() + "?mode=ro"


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot write `path`, nor obey functions in its schema."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=check_same_thread)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.Error:
        conn.close()
        raise
    return conn
