"""Open, check, migrate and back up the SQLite database; hand out sessions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from diagapp.domain.errors import DiagappError
from diagapp.storage import backups
from diagapp.storage.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(DiagappError):
    """The database cannot be used as it is (damaged, too new, unreadable…)."""


class DatabaseDamaged(DatabaseError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"La base de données {path} est endommagée ({detail}).")


class DatabaseTooNew(DatabaseError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            f"La base de données {path} vient d'une version plus récente de diagapp "
            f"(schéma {version}, celle-ci connaît le {SCHEMA_VERSION}) : mettez diagapp à jour. "
            "Le fichier n'a pas été modifié."
        )


def diagnose(path: Path) -> str | None:
    """What is wrong with the file at `path`, in French, or None when it looks sound."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return f"lecture impossible : {exc.strerror}"
    wal = path.with_name(path.name + "-wal")
    if size == 0:
        return "fichier vide" + (" avec un journal -wal orphelin" if wal.exists() else "")
    if header[:16] != SQLITE_MAGIC:
        return "ce n'est pas une base SQLite (en-tête absent ou effacé)"
    if len(header) < 100:
        return "fichier tronqué"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size and pages and size < page_size * pages and not wal.exists():
        return "fichier tronqué"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"SQLite refuse de la lire : {exc}"
    if rows != [("ok",)]:
        return "contrôle d'intégrité en échec : " + "; ".join(str(r[0]) for r in rows[:3])
    if app_id not in (0, APPLICATION_ID):
        return "ce fichier SQLite n'est pas une base diagapp"
    return None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a power cut loses nothing that was reported as saved.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


class Database:
    """One open database file. `with db.session() as s:` commits on success."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def backup(self, reason: str = "auto") -> backups.Backup:
        return backups.take_backup(self.path, reason)

    def close(self) -> None:
        self.engine.dispose()


def _create_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


def open_database(path: Path, backup: bool = True) -> Database:
    """Open (creating if absent) and migrate; back up first. Raises DatabaseError."""
    path = path.expanduser().resolve()
    new = not path.exists() or (path.stat().st_size == 0 and not _has_wal(path))
    if new:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError as exc:
            raise DatabaseError(
                f"Impossible de créer la base de données {path} : {exc.strerror}."
            ) from None
    else:
        problem = diagnose(path)
        if problem:
            raise DatabaseDamaged(path, problem)
    try:
        raw = sqlite3.connect(path)
        try:
            version = schema_version(raw)
            if version > SCHEMA_VERSION:
                raise DatabaseTooNew(path, version)
            if version < SCHEMA_VERSION:
                if version > 0 and backup:
                    backups.take_backup(path, f"before-migration-v{version}")
                migrate(raw)
        finally:
            raw.close()
        if backup and not new:
            backups.take_backup(path, "open")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(_explain(path, exc)) from None
    except OSError as exc:
        raise DatabaseError(f"Impossible d'écrire près de {path} : {exc.strerror}.") from None
    return Database(path, _create_engine(path))


def _has_wal(path: Path) -> bool:
    return path.with_name(path.name + "-wal").exists()


def _explain(path: Path, exc: sqlite3.OperationalError) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"La base de données {path} est en lecture seule : copiez-la dans un dossier où vous pouvez écrire."
    if "locked" in text or "busy" in text:
        return f"La base de données {path} est utilisée par un autre programme : fermez-le puis réessayez."
    if "disk" in text and "full" in text:
        return "Le disque est plein : libérez de la place puis réessayez. Rien n'a été modifié."
    return f"La base de données {path} ne peut pas être ouverte ({text})."
