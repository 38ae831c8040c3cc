"""The pool's benchmark, computed in the database (SQLAlchemy Core on PostgreSQL and SQLite).

Each dynamic counts once per group, with its latest year whose coverage reaches the
completeness threshold; items of every questionnaire version are counted under their current
id through the mappings (pool_item_map). Quartiles are PostgreSQL's `percentile_cont`
ordered-set aggregate; SQLite has none, so the same continuous percentile is computed from
row numbers (`_portable_quantile`). Groups smaller than the minimum are suppressed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine as _Engine
from sqlalchemy import (
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Subquery

from diagapp.domain.scoring import LOW_COVERAGE
from diagapp.services.network import pool

FORMAT = "diagapp-benchmark"
FORMAT_VERSION = 1
QUARTILES = (("q1", 0.25), ("median", 0.5), ("q3", 0.75))
# (grouping, the dynamics' columns that define it)
GROUPINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("all", ()),
    ("type", ("type",)),
    ("phase", ("phase",)),
    ("type_phase", ("type", "phase")),
    ("region", ("region",)),
)
SEPARATOR = "|"


def _text(value: str) -> ColumnElement[str]:
    return literal_column(f"'{value}'", String)  # our own constants only


def latest_counted(threshold: float) -> Subquery:
    """Each dynamic's latest assessment complete enough to count."""
    a = pool.assessments
    ranked = (
        select(
            a.c.id,
            a.c.pseudonym,
            a.c.questionnaire_version,
            func.row_number()
            .over(partition_by=a.c.pseudonym, order_by=a.c.year.desc())
            .label("rn"),
        )
        .where(a.c.coverage >= threshold)
        .subquery("ranked")
    )
    return (
        select(ranked.c.id, ranked.c.pseudonym, ranked.c.questionnaire_version)
        .where(ranked.c.rn == 1)
        .subquery("latest")
    )


def members(latest: Subquery) -> Subquery:
    """(assessment, grouping, group value) for every group a counted dynamic belongs to."""
    d = pool.dynamics
    parts = []
    for grouping, columns in GROUPINGS:
        value: ColumnElement[str] = _text("")
        for n, name in enumerate(columns):
            part = d.c[name]
            value = part if n == 0 else value + _text(SEPARATOR) + part
        query = select(
            latest.c.id.label("aid"), _text(grouping).label("grouping"), value.label("value")
        ).select_from(latest.join(d, d.c.pseudonym == latest.c.pseudonym))
        for name in columns:
            query = query.where(d.c[name].is_not(None))
        parts.append(query)
    return union_all(*parts).subquery("members")


def values(latest: Subquery) -> Subquery:
    """(assessment, metric, value): dimension scores and item levels under current ids."""
    ds, lv, m = pool.dimension_scores, pool.levels, pool.item_map
    dims = (
        select(
            ds.c.assessment_id.label("aid"),
            (_text("dimension:") + ds.c.dimension_id).label("metric"),
            cast(ds.c.score, Float).label("v"),
        )
        .select_from(ds.join(latest, latest.c.id == ds.c.assessment_id))
        .where(ds.c.score.is_not(None))
    )
    items = (
        select(
            lv.c.assessment_id.label("aid"),
            (_text("item:") + m.c.current_item_id).label("metric"),
            cast(lv.c.level, Float).label("v"),
        )
        .select_from(
            lv.join(latest, latest.c.id == lv.c.assessment_id).join(
                m,
                and_(
                    m.c.questionnaire_version == latest.c.questionnaire_version,
                    m.c.item_id == lv.c.item_id,
                ),
            )
        )
        .where(lv.c.level.is_not(None))
    )
    return union_all(dims, items).subquery("vals")


def _bins(v: ColumnElement[float]) -> list[Any]:
    """How many values fall nearest each level 0..3 (no floor/round: portable)."""
    edges = [(None, 0.5), (0.5, 1.5), (1.5, 2.5), (2.5, None)]
    out = []
    for n, (low, high) in enumerate(edges):
        conds = []
        if low is not None:
            conds.append(v >= low)
        if high is not None:
            conds.append(v < high)
        out.append(func.sum(case((and_(*conds), 1), else_=0)).label(f"d{n}"))
    return out


def _postgres_quantile(v: ColumnElement[float], p: float) -> ColumnElement[float]:
    return func.percentile_cont(p).within_group(v)


def _portable_quantile(
    v: ColumnElement[float], rn: ColumnElement[int], n: ColumnElement[int], p: float
) -> ColumnElement[float]:
    """percentile_cont(p) from 0-based row numbers: the values at floor(pos) and the next,
    interpolated, where pos = p·(n-1); written without floor() (SQLite may lack it)."""
    pos = (n - 1) * literal_column(repr(p), Float)
    return func.sum(
        case(
            (and_(rn <= pos, pos < rn + 1), v * (1 - (pos - rn))),
            (and_(rn - 1 <= pos, pos < rn), v * (pos - rn + 1)),
            else_=0.0,
        )
    )


def statistics_query(threshold: float, ordered_set: bool) -> Select[Any]:
    """Per (grouping, group value, metric): n, quartiles and the distribution over levels."""
    latest = latest_counted(threshold)
    mem, val = members(latest), values(latest)
    joined = (
        select(mem.c.grouping, mem.c.value, val.c.metric, val.c.v)
        .select_from(mem.join(val, mem.c.aid == val.c.aid))
        .subquery("joined")
    )
    keys = (joined.c.grouping, joined.c.value, joined.c.metric)
    if ordered_set:
        quartiles = [_postgres_quantile(joined.c.v, p).label(name) for name, p in QUARTILES]
        return select(*keys, func.count().label("n"), *quartiles, *_bins(joined.c.v)).group_by(
            *keys
        )
    ranked = select(
        *keys,
        joined.c.v,
        (func.row_number().over(partition_by=keys, order_by=joined.c.v) - 1).label("rn"),
        func.count().over(partition_by=keys).label("n"),
    ).subquery("ranked")
    rkeys = (ranked.c.grouping, ranked.c.value, ranked.c.metric)
    quartiles = [
        _portable_quantile(ranked.c.v, ranked.c.rn, ranked.c.n, p).label(name)
        for name, p in QUARTILES
    ]
    return select(
        *rkeys, cast(func.max(ranked.c.n), Integer).label("n"), *quartiles, *_bins(ranked.c.v)
    ).group_by(*rkeys)


def group_sizes_query(threshold: float) -> Select[Any]:
    mem = members(latest_counted(threshold))
    return select(
        mem.c.grouping, mem.c.value, func.count(func.distinct(mem.c.aid)).label("n")
    ).group_by(mem.c.grouping, mem.c.value)


def compute(
    engine: _Engine, *, threshold: float = LOW_COVERAGE, ordered_set: bool | None = None
) -> tuple[dict[tuple[str, str], int], list[Mapping[str, Any]]]:
    """(dynamics per group, statistic rows). `ordered_set` defaults to the dialect's best."""
    use_ordered = engine.dialect.name == "postgresql" if ordered_set is None else ordered_set
    with engine.connect() as conn:
        sizes: dict[tuple[str, str], int] = {
            (g, v): n for g, v, n in conn.execute(group_sizes_query(threshold))
        }
        rows: list[Mapping[str, Any]] = [
            dict(r._mapping) for r in conn.execute(statistics_query(threshold, use_ordered))
        ]
    return sizes, rows
