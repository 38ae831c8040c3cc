"""The benchmark file the network sends back to its dynamics, and the pool's summary.

k-anonymity: a group of fewer dynamics than the minimum is left out and listed as
suppressed, and so is any statistic resting on fewer values. The file carries no pseudonymous
id; the only thing that points at a dynamic is an opted-in helper's own contact.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from diagapp.domain.errors import DiagappError
from diagapp.domain.scoring import LOW_COVERAGE
from diagapp.services.network import pool, stats

DEFAULT_MIN_GROUP = 5


def _criteria(grouping: str, value: str) -> dict[str, str]:
    columns = dict(stats.GROUPINGS)[grouping]
    return dict(zip(columns, value.split(stats.SEPARATOR), strict=True)) if columns else {}


def _helpers(engine: Engine) -> list[dict[str, Any]]:
    """Opted-in helpers, their items under the current questionnaire's ids."""
    forward: dict[tuple[int, str], list[str]] = {}
    for version, old, new in pool.item_map_rows():
        forward.setdefault((version, old), []).append(new)
    d, a = pool.dynamics, pool.assessments
    newest = (
        select(a.c.pseudonym, func.max(a.c.year).label("year")).group_by(a.c.pseudonym).subquery()
    )
    query = (
        select(d.c.contact, d.c.type, d.c.phase, d.c.helping, a.c.questionnaire_version)
        .select_from(
            d.join(newest, newest.c.pseudonym == d.c.pseudonym).join(
                a, (a.c.pseudonym == newest.c.pseudonym) & (a.c.year == newest.c.year)
            )
        )
        .where(d.c.contact.is_not(None), d.c.helping != "")
        .order_by(d.c.contact)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        {
            "contact": contact,
            "type": kind,
            "phase": phase,
            "items": sorted({n for i in helping.split(",") for n in forward.get((version, i), ())}),
        }
        for contact, kind, phase, helping, version in rows
    ]


def benchmark(
    engine: Engine,
    *,
    generated_at: str,
    min_group: int = DEFAULT_MIN_GROUP,
    threshold: float = LOW_COVERAGE,
) -> dict[str, Any]:
    if min_group < 2:
        raise DiagappError("La taille minimale d'un groupe doit être d'au moins 2 dynamiques.")
    pool.require_pool(engine)
    pool.init_pool(engine)  # the item map follows this diagapp's questionnaires
    try:
        sizes, rows = stats.compute(engine, threshold=threshold)
        helpers = _helpers(engine)
    except SQLAlchemyError as exc:
        raise pool.connection_error(exc) from None
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    suppressed = []
    for (grouping, value), n in sorted(sizes.items()):
        if n < min_group:
            suppressed.append(
                {
                    "grouping": grouping,
                    "criteria": _criteria(grouping, value),
                    "reason": f"moins de {min_group} dynamiques",
                }
            )
            continue
        groups[grouping, value] = {
            "grouping": grouping,
            "criteria": _criteria(grouping, value),
            "n": n,
            "metrics": {},
            "suppressed_metrics": 0,
        }
    for r in rows:
        group = groups.get((r["grouping"], r["value"]))
        if group is None:
            continue
        if r["n"] < min_group:
            group["suppressed_metrics"] += 1
            continue
        group["metrics"][r["metric"]] = {
            "n": int(r["n"]),
            **{name: round(float(r[name]), 3) for name, _p in stats.QUARTILES},
            "distribution": [int(r[f"d{k}"]) for k in range(4)],
        }
    counted = sizes.get(("all", ""), 0)
    return {
        "format": stats.FORMAT,
        "format_version": stats.FORMAT_VERSION,
        "generated_at": generated_at,
        "questionnaire_version": max(v for v, _i, _c in pool.item_map_rows()),
        "min_group": min_group,
        "completeness": threshold,
        "dynamics_counted": counted if counted >= min_group else None,
        "groups": list(groups.values()),
        "suppressed": suppressed,
        "helpers": helpers,
    }


def summary(engine: Engine) -> dict[str, Any]:
    """What the pool holds: dynamics, assessments by year, dynamics by type."""
    pool.require_pool(engine)
    d, a = pool.dynamics, pool.assessments
    try:
        with engine.connect() as conn:
            dynamics = conn.scalar(select(func.count()).select_from(d)) or 0
            by_year: dict[int, int] = dict(
                conn.execute(
                    select(a.c.year, func.count()).group_by(a.c.year).order_by(a.c.year)
                ).all()
            )
            by_type: Counter[str] = Counter(
                dict(conn.execute(select(d.c.type, func.count()).group_by(d.c.type)).all())
            )
            withdrawn = conn.scalar(select(func.count()).select_from(pool.withdrawn)) or 0
            helpers = (
                conn.scalar(select(func.count()).select_from(d).where(d.c.contact.is_not(None)))
                or 0
            )
    except SQLAlchemyError as exc:
        raise pool.connection_error(exc) from None
    return {
        "dynamics": dynamics,
        "assessments_by_year": by_year,
        "dynamics_by_type": {str(k): v for k, v in by_type.most_common()},
        "withdrawn": withdrawn,
        "helpers": helpers,
    }
