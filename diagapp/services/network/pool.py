"""The network's pool of share files: its tables (SQLAlchemy Core, PostgreSQL or SQLite) and
the map of every shipped questionnaire's items onto the current one.

Only the network's own machine opens a pool; the desktop never connects to any server.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from diagapp.domain.errors import DiagappError
from diagapp.domain.version_mapping import load_chain, trace_back
from diagapp.paths import questionnaires_dir
from diagapp.services import catalog

POOL_VERSION = "1"

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
meta = Table(
    "pool_meta", metadata, Column("key", String(40), primary_key=True), Column("value", Text)
)
dynamics = Table(
    "pool_dynamics",
    metadata,
    Column("pseudonym", String(32), primary_key=True),
    Column("token_hash", String(64), nullable=False),
    Column("generated_at", String(40), nullable=False),  # ISO UTC: orders the files
    Column("received_at", String(40), nullable=False),
    Column("type", String(60)),
    Column("phase", String(60)),
    Column("origin", String(60)),
    Column("scale", String(60)),
    Column("departement", String(3)),
    Column("region", String(40)),
    Column("founded", Integer),
    Column("structures", String(10)),
    Column("animation_fte", String(10)),
    Column("legal_forms", Text, nullable=False),  # comma-separated option values
    Column("contact", String(254)),
    Column("helping", Text, nullable=False),  # comma-separated item ids
)
assessments = Table(
    "pool_assessments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "pseudonym",
        String(32),
        ForeignKey("pool_dynamics.pseudonym", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("year", Integer, nullable=False),
    Column("questionnaire_version", Integer, nullable=False),
    Column("status", String(10), nullable=False),
    Column("coverage", Float, nullable=False),
    UniqueConstraint("pseudonym", "year"),
)


def _child(name: str, key: str, *columns: Column[Any]) -> Table:
    return Table(
        name,
        metadata,
        Column(
            "assessment_id",
            Integer,
            ForeignKey("pool_assessments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(key, String(100), primary_key=True),
        *columns,
    )


levels = _child(
    "pool_levels",
    "item_id",
    Column("level", Integer),
    Column("not_applicable", Boolean, nullable=False),
)
dimension_scores = _child(
    "pool_dimensions",
    "dimension_id",
    Column("score", Float),
    Column("coverage", Float, nullable=False),
)
governance = _child("pool_governance", "variable", Column("value", String(100), nullable=False))
funding = _child(
    "pool_funding",
    "resource",
    Column("intensity", Integer, nullable=False),
    Column("share", String(10)),
)
item_map = Table(
    "pool_item_map",
    metadata,
    Column("questionnaire_version", Integer, primary_key=True),
    Column("item_id", String(100), primary_key=True),
    Column("current_item_id", String(100), primary_key=True),
)
withdrawn = Table(
    "pool_withdrawn",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("withdrawn_at", String(40), nullable=False),
)
Index("ix_pool_assessments_pseudonym", assessments.c.pseudonym)
Index("ix_pool_dynamics_contact", dynamics.c.contact)

CHILDREN = (levels, dimension_scores, governance, funding)


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def open_pool(url: str) -> Engine:
    """An engine on the pool at `url` (postgresql://… or sqlite:///…); a French message when
    the address cannot be used."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DiagappError(
            f"Adresse de base invalide : « {url[:80]} » (ex. postgresql://reseau@serveur/pool "
            "ou sqlite:///pool.sqlite)."
        ) from None
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.get_backend_name() != "sqlite":
        raise DiagappError("Seules les bases PostgreSQL et SQLite sont prises en charge.")
    try:
        engine = create_engine(parsed)
    except (ArgumentError, ImportError) as exc:
        raise DiagappError(f"Adresse de base inutilisable : {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def connection_error(exc: SQLAlchemyError) -> DiagappError:
    """A database failure in French, with the driver's first line (no traceback)."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
    return DiagappError(f"La base du réseau a refusé l'opération : {detail}")


@cache
def item_map_rows() -> tuple[tuple[int, str, str], ...]:
    """(version, item id, current item id) for every item of every shipped version that
    still has a place in the current questionnaire (questionnaires/mappings/)."""
    current = catalog.current_version()
    newest = catalog.questionnaire(current)
    rows = []
    for version in range(1, current + 1):
        chain = load_chain(questionnaires_dir(), version, current)
        older = catalog.questionnaire(version)
        for item in newest.items:
            old_id, _steps = trace_back(chain, item.id, current, version)
            if old_id is not None and older.has_item(old_id):
                rows.append((version, old_id, item.id))
    return tuple(rows)


def init_pool(engine: Engine) -> bool:
    """Create the pool's tables when missing; refresh the item map. True when created."""
    try:
        created = not inspect(engine).has_table(dynamics.name)
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(delete(meta))
            conn.execute(insert(meta), [{"key": "pool_version", "value": POOL_VERSION}])
            conn.execute(delete(item_map))
            conn.execute(
                insert(item_map),
                [
                    {"questionnaire_version": v, "item_id": i, "current_item_id": c}
                    for v, i, c in item_map_rows()
                ],
            )
            if engine.dialect.name == "postgresql":  # fresh statistics for the benchmark's plan
                conn.execute(text(f"ANALYZE {item_map.name}"))
    except SQLAlchemyError as exc:
        raise connection_error(exc) from None
    return created


def require_pool(engine: Engine) -> None:
    try:
        present = inspect(engine).has_table(dynamics.name)
    except SQLAlchemyError as exc:
        raise connection_error(exc) from None
    if not present:
        raise DiagappError(
            "Cette base ne contient pas de pool : créez-le d'abord avec « diagapp network init »."
        )
