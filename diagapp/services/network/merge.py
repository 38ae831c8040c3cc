"""Merging share and withdrawal files into the pool: one transaction per file, idempotent.

A file is checked as a whole before anything is written (diagapp.domain.share_check); a later
file of the same dynamic replaces its earlier one, an older or the same file changes nothing;
a file whose key does not match the pseudonym's is refused; a withdrawal erases everything the
dynamic shared and keeps only the hash of its key, so an old copy cannot bring it back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from diagapp.domain.errors import DiagappError
from diagapp.domain.share_check import read_share
from diagapp.domain.share_format import KIND_WITHDRAWAL, ShareFileError
from diagapp.domain.territory import region_of
from diagapp.services.network import pool
from diagapp.services.share import shipped_questionnaires

MAX_FILE_BYTES = 20 * 1024 * 1024

ADDED, UPDATED, UNCHANGED, WITHDRAWN, REFUSED = (
    "added",
    "updated",
    "unchanged",
    "withdrawn",
    "refused",
)


@dataclass(frozen=True)
class Outcome:
    file: str
    status: str
    message: str  # French, one line


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _utc(stamp: str) -> str:
    when = dt.datetime.fromisoformat(stamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def rows_of(documents: Iterable[Mapping[str, Any]], received_at: str) -> dict[str, list[Any]]:
    """The pool rows of share documents, by table name; assessment ids are filled in later
    (each year's rows carry its (pseudonym, year) under "_key")."""
    out: dict[str, list[Any]] = {
        t.name: [] for t in (pool.dynamics, pool.assessments, *pool.CHILDREN)
    }
    for d in documents:
        t = d["typology"]
        out[pool.dynamics.name].append(
            {
                "pseudonym": d["pseudonym"],
                "token_hash": token_hash(d["token"]),
                "generated_at": _utc(d["generated_at"]),
                "received_at": received_at,
                **{k: t[k] for k in ("type", "phase", "origin", "scale", "departement")},
                "region": region_of(t["departement"]),
                "founded": t["founded"],
                "structures": t["structures"],
                "animation_fte": t["animation_fte"],
                "legal_forms": ",".join(t["legal_forms"]),
                "contact": d["contact"],
                "helping": ",".join(d["helping"]),
            }
        )
        for y in d["years"]:
            key = (d["pseudonym"], y["year"])
            out[pool.assessments.name].append(
                {
                    "pseudonym": d["pseudonym"],
                    "year": y["year"],
                    "questionnaire_version": y["questionnaire_version"],
                    "status": y["status"],
                    "coverage": y["coverage"],
                }
            )
            for item_id, level in y["levels"].items():
                na = level == "na"
                out[pool.levels.name].append(
                    {
                        "_key": key,
                        "item_id": item_id,
                        "level": None if na else level,
                        "not_applicable": na,
                    }
                )
            for dim, s in y["dimensions"].items():
                out[pool.dimension_scores.name].append(
                    {
                        "_key": key,
                        "dimension_id": dim,
                        "score": s["score"],
                        "coverage": s["coverage"],
                    }
                )
            for variable, value in y["governance"].items():
                out[pool.governance.name].append(
                    {"_key": key, "variable": variable, "value": json.dumps(value)}
                )
            for resource, r in y["funding"]["resources"].items():
                out[pool.funding.name].append(
                    {
                        "_key": key,
                        "resource": resource,
                        "intensity": r["intensity"],
                        "share": r["share"],
                    }
                )
    return out


def insert_documents(
    conn: Connection, documents: Sequence[Mapping[str, Any]], received_at: str
) -> None:
    """Insert share documents whose pseudonyms are not in the pool (bulk, for many files)."""
    rows = rows_of(documents, received_at)
    conn.execute(insert(pool.dynamics), rows[pool.dynamics.name])
    conn.execute(insert(pool.assessments), rows[pool.assessments.name])
    pseudonyms = [d["pseudonym"] for d in documents]
    ids = {
        (p, y): i
        for i, p, y in conn.execute(
            select(
                pool.assessments.c.id, pool.assessments.c.pseudonym, pool.assessments.c.year
            ).where(pool.assessments.c.pseudonym.in_(pseudonyms))
        )
    }
    for table in pool.CHILDREN:
        batch = [
            {"assessment_id": ids[r["_key"]], **{k: v for k, v in r.items() if k != "_key"}}
            for r in rows[table.name]
        ]
        if batch:
            conn.execute(insert(table), batch)


def _erase(conn: Connection, pseudonym: str) -> None:
    ids = select(pool.assessments.c.id).where(pool.assessments.c.pseudonym == pseudonym)
    for table in pool.CHILDREN:  # explicit: a pool's SQLite may lack foreign key enforcement
        conn.execute(delete(table).where(table.c.assessment_id.in_(ids)))
    conn.execute(delete(pool.assessments).where(pool.assessments.c.pseudonym == pseudonym))
    conn.execute(delete(pool.dynamics).where(pool.dynamics.c.pseudonym == pseudonym))


def _merge(conn: Connection, document: Mapping[str, Any], received_at: str) -> tuple[str, str]:
    key = token_hash(document["token"])
    if conn.scalar(select(pool.withdrawn.c.token_hash).where(pool.withdrawn.c.token_hash == key)):
        return REFUSED, "cette dynamique s'est retirée du réseau : le fichier est ignoré"
    found = conn.execute(
        select(pool.dynamics.c.token_hash, pool.dynamics.c.generated_at).where(
            pool.dynamics.c.pseudonym == document["pseudonym"]
        )
    ).first()
    if found is not None and found.token_hash != key:
        return REFUSED, "la clé ne correspond pas à celle de cette dynamique dans le pool"
    if document["kind"] == KIND_WITHDRAWAL:
        _erase(conn, document["pseudonym"])
        conn.execute(insert(pool.withdrawn), [{"token_hash": key, "withdrawn_at": received_at}])
        return WITHDRAWN, "retrait : tout ce que cette dynamique avait partagé est effacé"
    stamp = _utc(document["generated_at"])
    if found is not None and found.generated_at >= stamp:
        return UNCHANGED, "déjà dans le pool (ce fichier ou un plus récent) : rien ne change"
    if found is not None:
        _erase(conn, document["pseudonym"])
    insert_documents(conn, [document], received_at)
    years = ", ".join(str(y["year"]) for y in document["years"])
    return (UPDATED if found else ADDED), f"{'mis à jour' if found else 'ajouté'} (années {years})"


def read_file(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ShareFileError("fichier trop volumineux pour un fichier de partage")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, ShareFileError):
            raise
        raise ShareFileError(f"illisible ({type(exc).__name__})") from None
    return read_share(data, shipped_questionnaires())


def add_files(
    engine: Engine, paths: Sequence[Path], *, received_at: str, withdraw_only: bool = False
) -> list[Outcome]:
    """Merge each file in its own transaction; a refused file leaves the pool untouched."""
    pool.require_pool(engine)
    outcomes = []
    for path in paths:
        try:
            document = read_file(path)
            if withdraw_only and document["kind"] != KIND_WITHDRAWAL:
                raise ShareFileError("ce n'est pas un fichier de retrait")
            with engine.begin() as conn:
                status, message = _merge(conn, document, received_at)  # refusals write nothing
        except ShareFileError as exc:
            status, message = REFUSED, str(exc)
        except SQLAlchemyError as exc:
            status, message = REFUSED, str(pool.connection_error(exc))
        except DiagappError as exc:
            status, message = REFUSED, str(exc)
        outcomes.append(Outcome(str(path), status, message))
    return outcomes
