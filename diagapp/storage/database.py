"""Open, check, migrate and back up the SQLite database; hand out sessions."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

from diagapp.domain.errors import DiagappError, explain_errno
from diagapp.storage import backups
from diagapp.storage.migrations import SCHEMA_VERSION, migrate, schema_problem, schema_version
from diagapp.storage.readonly import connect_read_only, read_once

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(DiagappError):
    """The database cannot be used as it is (damaged, too new, unreadable…)."""


class DatabaseDamaged(DatabaseError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"La base de données {path} est endommagée ({detail}).")


class DatabaseRefused(DatabaseError):
    """Not damaged, but not a file diagapp will use: another program's, or altered."""

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(f"La base de données {path} ne peut pas être utilisée : {reason}.")


IS_A_FOLDER = "c'est un dossier, pas un fichier de base de données"


class DatabaseTooNew(DatabaseError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            f"La base de données {path} vient d'une version plus récente de diagapp "
            f"(schéma {version}, celle-ci connaît le {SCHEMA_VERSION}) : mettez diagapp à jour. "
            "Le fichier n'a pas été modifié."
        )


def repair_marker(path: Path) -> Path:
    """Present while a repair sets the damaged files aside: the repair is unfinished."""
    return path.with_name(path.name + ".repairing")


def diagnose(path: Path) -> str | None:
    """What is wrong with the file at `path`, in French, or None when it looks sound."""
    if repair_marker(path).exists():
        return "une réparation a été interrompue ; relancez-la pour la terminer"
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return "fichier absent" + (
            " alors que des sauvegardes existent" if backups.list_backups(path) else ""
        )
    except OSError as exc:
        return f"lecture impossible : {explain_errno(exc)}"
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
        _roll_back_hot_journal(path)
        conn = connect_read_only(path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _environmental(exc):  # a full disk or a locked file is no reason to restore
            raise DatabaseError(_explain(path, exc)) from None
        return f"SQLite refuse de la lire : {exc}"
    if rows != [("ok",)]:
        return "contrôle d'intégrité en échec : " + "; ".join(str(r[0]) for r in rows[:3])
    return None


def refusal(path: Path) -> str | None:
    """Why diagapp will not use the file at `path` although it is not damaged, or None:
    a folder, another program's SQLite file, one from a newer diagapp, foreign triggers."""
    if path.is_dir():
        return IS_A_FOLDER
    try:
        if path.stat().st_size == 0:
            return None
        conn = connect_read_only(path)
        try:
            version = schema_version(conn)
            if version > SCHEMA_VERSION:
                return (
                    f"elle vient d'une version plus récente de diagapp (schéma {version}, "
                    f"celle-ci connaît le {SCHEMA_VERSION}) : mettez diagapp à jour"
                )
            return schema_problem(conn)
        finally:
            conn.close()
    except (OSError, sqlite3.Error):  # damage, told by diagnose
        return None


def _roll_back_hot_journal(path: Path) -> None:
    """A rollback journal left by a crash (a DELETE-mode file killed mid-write) must be
    played back before anything reads the file; a read-only connection cannot do it and
    reports "readonly". A read-write connection's first read does it, as SQLite intends."""
    if path.with_name(path.name + "-journal").exists():
        read_once(path)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The driver must not open transactions itself: _on_begin does (SQLAlchemy's recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA trusted_schema = OFF")  # no function a foreign schema names runs
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a power cut loses nothing that was reported as saved.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _on_connect_generated(dbapi_connection: sqlite3.Connection, record: object) -> None:
    """For a file the program generates in one go (the demo): a crash only means making it
    again, so commits need not wait for the disk."""
    _on_connect(dbapi_connection, record)
    dbapi_connection.execute("PRAGMA synchronous = OFF")


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    for pragma in ("foreign_keys = ON", "busy_timeout = 5000", "query_only = ON"):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _on_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock at once. A deferred transaction that reads and then
    # writes fails at once with SQLITE_BUSY when another connection wrote in between (the
    # busy timeout cannot help it); an immediate one waits its turn instead.
    mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


BEGIN_OPTION = "diagapp_begin"


class Database:
    """One open database file. `with db.session() as s:` commits on success."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = threading.RLock()
        self._readers = sessionmaker(
            engine.execution_options(**{BEGIN_OPTION: "DEFERRED"}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction (committed on success). Environment failures — locked,
        read-only, full disk, damaged file — come out as DatabaseError with a clear message."""
        # Writers of this process take turns here rather than in SQLite's busy handler, which
        # sleeps in steps up to 100 ms: with room mode's phones writing, the window's own saves
        # were starved for over a second (benchmarks/bench_room.py).
        with self._writers, self._translated(), self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read-only snapshot that never takes the write lock: a long export or
        comparison in a background job does not make the window's saves wait."""
        with self._translated(), self._readers.begin() as session:
            yield session

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except sqlalchemy.exc.OperationalError as exc:
            raise DatabaseError(_explain(self.path, exc.orig or exc, writing=True)) from exc
        except sqlalchemy.exc.DatabaseError as exc:
            text = str(exc.orig)
            if "malformed" in text or "not a database" in text:
                raise DatabaseDamaged(self.path, text) from exc
            raise

    def backup(self, reason: str = "auto") -> backups.Backup:
        return backups.take_backup(self.path, reason)

    def close(self) -> None:
        self.engine.dispose()


def _create_engine(path: Path, durable: bool = True) -> Engine:
    # URL.create takes the path as it is: in "sqlite:///…" a "?" or "#" would be parsed.
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    event.listen(engine, "connect", _on_connect if durable else _on_connect_generated)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_database(
    path: Path, backup: bool = True, *, durable: bool = True, read_only: bool = False
) -> Database:
    """Open (creating if absent) and migrate; back up first. Raises DatabaseError.

    `durable=False` is only for a file generated in one go (the demo): commits do not wait
    for the disk, so a power cut may lose them. `read_only=True` is for the commands that
    only read: nothing is created, migrated, backed up or written beside the file (an
    older schema is migrated in memory)."""
    path = path.expanduser().resolve()
    if path.is_dir():
        raise DatabaseRefused(path, IS_A_FOLDER)
    if read_only and not path.exists():
        raise DatabaseError(f"La base de données {path} n'existe pas.")
    # A missing or empty file is a new database only when nothing says it once held data:
    # with a -wal beside it or backups of it, it is a damaged one and must not open empty.
    new = (
        not read_only
        and (not path.exists() or path.stat().st_size == 0)
        and not (_has_wal(path) or backups.list_backups(path) or repair_marker(path).exists())
    )
    if new:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError as exc:
            raise DatabaseError(
                f"Impossible de créer la base de données {path} : {explain_errno(exc)}."
            ) from None
    else:
        problem = diagnose(path)
        if problem:
            raise DatabaseDamaged(path, problem)
    try:
        if not new:
            _refuse_foreign(path)
        if read_only:
            return _open_read_only(path)
        raw = sqlite3.connect(path)
        raw.execute("PRAGMA trusted_schema = OFF")
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
    except sqlite3.Error as exc:  # locked, read-only, full disk, a backup failing its check
        raise DatabaseError(_explain(path, exc)) from None
    except OSError as exc:  # the backup beside it could not be written
        raise DatabaseError(_explain(path, _os_error_text(exc))) from None
    return Database(path, _create_engine(path, durable))


def _refuse_foreign(path: Path) -> None:
    """Read the version and schema without writing: a newer app's file, another program's
    or one with foreign triggers stays byte for byte as it was."""
    conn = connect_read_only(path)
    try:
        version = schema_version(conn)
        problem = schema_problem(conn)
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(path, version)
    if problem:
        raise DatabaseRefused(path, problem)


def _open_read_only(path: Path) -> Database:
    conn = connect_read_only(path)
    try:
        current = schema_version(conn) == SCHEMA_VERSION
        if not current:  # an older file: read through a migrated copy in memory
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            conn.backup(memory)
            memory.execute("PRAGMA trusted_schema = OFF")
            migrate(memory)
    finally:
        conn.close()
    if current:
        engine = create_engine(
            "sqlite://",
            creator=lambda: connect_read_only(path, check_same_thread=False),
            poolclass=QueuePool,
        )
    else:
        engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    # A read-only connection cannot take the write lock that BEGIN IMMEDIATE asks for.
    return Database(path, engine.execution_options(**{BEGIN_OPTION: "DEFERRED"}), read_only=True)


def _has_wal(path: Path) -> bool:
    return path.with_name(path.name + "-wal").exists()


SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def _os_error_text(exc: OSError) -> Exception:
    """An OSError in the words _explain recognises (strerror is in the system's language)."""
    if exc.errno == errno.ENOSPC:
        return Exception("disk full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Exception("read-only")
    return Exception(exc.strerror or str(exc))


def _environmental(exc: sqlite3.Error) -> bool:
    """True for errors of the surroundings (I/O, full disk, lock, permissions), False for a
    file that is itself damaged."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return isinstance(exc, sqlite3.OperationalError)
    return code & 0xFF not in (SQLITE_CORRUPT, SQLITE_NOTADB)


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def _explain(path: Path, exc: BaseException, writing: bool = False) -> str:
    text = str(exc)
    if "I/O" in text and _disk_full(path):
        text = "disk full"
    if "unable to open" in text and not os.access(path.parent, os.W_OK):
        text = "read-only"
    if "readonly" in text or "read-only" in text:
        return f"La base de données {path} est en lecture seule : copiez-la dans un dossier où vous pouvez écrire."
    if "locked" in text or "busy" in text:
        return f"La base de données {path} est utilisée par un autre programme : fermez-le puis réessayez."
    if "disk" in text and "full" in text:
        if writing:
            return "Le disque est plein : libérez de la place puis réessayez. La dernière modification n'a pas été enregistrée ; les précédentes sont intactes."
        return (
            "Le disque est plein : libérez de la place puis rouvrez la base. Rien n'a été modifié."
        )
    if writing:
        return f"La base de données {path} n'a pas pu être modifiée ({text}) : la dernière modification n'a pas été enregistrée."
    return f"La base de données {path} ne peut pas être ouverte ({text})."
