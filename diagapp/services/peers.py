"""The network's benchmark file on the dynamic's side: checked, kept in the database, and read
back as where an assessment stands among its peers (« Au regard du réseau »)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from diagapp.domain import standing
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.share_format import EMAIL
from diagapp.services import catalog
from diagapp.services.clock import now
from diagapp.storage.database import Database
from diagapp.storage.schema import NetworkBenchmarkRow

FORMAT = "diagapp-benchmark"
FORMAT_VERSION = 1
MAX_BYTES = 20 * 1024 * 1024
QUARTILE_KEYS = ("n", "q1", "median", "q3", "distribution")


class BenchmarkFileError(DiagappError):
    pass


@dataclass(frozen=True)
class Imported:
    groups: int
    generated_at: str


def _fail(what: str) -> BenchmarkFileError:
    return BenchmarkFileError(f"Référentiel du réseau refusé : {what}.")


def _short_text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 100 and value.isprintable()


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 3


def check_benchmark(data: Any) -> dict[str, Any]:
    """`data` when it is a benchmark file this diagapp can show; BenchmarkFileError else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("ce n'est pas un référentiel diagapp")
    if data.get("format_version") != FORMAT_VERSION:
        raise _fail("version de format inconnue")
    if not _short_text(data.get("generated_at")):
        raise _fail("date de création illisible")
    groups, helpers = data.get("groups"), data.get("helpers")
    if not isinstance(groups, list) or not isinstance(helpers, list):
        raise _fail("groupes ou entraide manquants")
    for g in groups:
        if not isinstance(g, dict) or not _short_text(g.get("grouping")):
            raise _fail("un groupe est illisible")
        criteria, metrics = g.get("criteria"), g.get("metrics")
        if not isinstance(criteria, dict) or not all(
            _short_text(k) and _short_text(v) for k, v in criteria.items()
        ):
            raise _fail("critères d'un groupe illisibles")
        if not isinstance(g.get("n"), int) or not isinstance(metrics, dict):
            raise _fail("un groupe sans taille ou sans statistiques")
        for key, m in metrics.items():
            ok = (
                _short_text(key)
                and isinstance(m, dict)
                and isinstance(m.get("n"), int)
                and all(_number(m.get(q)) for q in ("q1", "median", "q3"))
            )
            if not ok:
                raise _fail(f"statistique illisible ({str(key)[:40]})")
    for h in helpers:
        if (
            not isinstance(h, dict)
            or not isinstance(h.get("contact"), str)
            or not EMAIL.fullmatch(h["contact"])
            or not isinstance(h.get("items"), list)
            or not all(_short_text(i) for i in h["items"])
        ):
            raise _fail("une entrée d'entraide est illisible")
    return data


def import_benchmark(db: Database, path: Path) -> Imported:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _fail("fichier trop volumineux")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise DiagappError(f"Le fichier {path} n'existe pas.") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, BenchmarkFileError):
            raise
        raise _fail(f"fichier illisible ({type(exc).__name__})") from None
    check_benchmark(data)
    with db.session() as s:
        s.add(
            NetworkBenchmarkRow(
                generated_at=data["generated_at"],
                imported_at=now(),
                body_json=json.dumps(data, ensure_ascii=False),
            )
        )
    return Imported(len(data["groups"]), data["generated_at"])


def latest_benchmark(db: Database) -> dict[str, Any] | None:
    """The last imported benchmark file, or None."""
    with db.reading() as s:
        body = s.scalar(
            select(NetworkBenchmarkRow.body_json).order_by(
                NetworkBenchmarkRow.imported_at.desc(), NetworkBenchmarkRow.id.desc()
            )
        )
    return None if body is None else json.loads(body)


def standing_of(db: Database, assessment: Assessment) -> standing.Standing | None:
    """Where the assessment stands among its peers, or None without a fitting benchmark."""
    data = latest_benchmark(db)
    if data is None:
        return None
    return standing.standing(
        data, assessment, catalog.questionnaire(assessment.questionnaire_version)
    )
