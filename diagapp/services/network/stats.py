"""The pool's benchmark, computed in the database (SQLAlchemy Core on PostgreSQL and SQLite).

Each dynamic counts once per group, with its latest year whose coverage reaches the
completeness threshold; items of every questionnaire version are counted under their current
id through the mappings (pool_item_map). Quartiles are PostgreSQL's `percentile_cont`
ordered-set aggregate; SQLite has none, so the same continuous percentile is computed from
row numbers (`_portable_quantile`). Groups smaller than the minimum are suppressed.
"""

from __future__ import annotations

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
    text,
    tuple_,
    union_all,
)
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import CTE, Subquery

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
WORK_MEM = "128MB"  # PostgreSQL's memory per sort for the benchmark's transaction only


def _text(value: str) -> ColumnElement[str]:
    return literal_column(f"'{value}'", String)  # our own constants only


def latest_counted(threshold: float, postgres: bool = False) -> CTE | Subquery:
    """Each dynamic's latest assessment complete enough to count. PostgreSQL: DISTINCT ON in
    a subquery, which it estimates right (one row per dynamic, the versions' statistics);
    with a CTE, or a max() per dynamic joined back, it guessed 1 % of the rows and chose
    560,000 index loops over the levels (13 s instead of 1)."""
    a = pool.assessments
    if postgres:
        return (
            select(a.c.id, a.c.pseudonym, a.c.questionnaire_version)
            .where(a.c.coverage >= threshold)
            .ext(distinct_on(a.c.pseudonym))
            .order_by(a.c.pseudonym, a.c.year.desc())
            .subquery("latest")
        )
    newest = (
        select(a.c.pseudonym, func.max(a.c.year).label("year"))
        .where(a.c.coverage >= threshold)
        .group_by(a.c.pseudonym)
        .subquery("newest")
    )
    return (
        select(a.c.id, a.c.pseudonym, a.c.questionnaire_version)
        .select_from(
            a.join(newest, and_(a.c.pseudonym == newest.c.pseudonym, a.c.year == newest.c.year))
        )
        .cte("latest")  # computed once, however many parts of the query read it
    )


def members(latest: CTE | Subquery) -> Subquery:
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


def values(latest: CTE | Subquery) -> Subquery:
    """(assessment, metric, value): dimension scores and item levels under current ids."""
    ds, lv, m = pool.dimension_scores, pool.levels, pool.item_map
    dims = (
        select(
            ds.c.assessment_id.label("aid"),
            latest.c.pseudonym,
            (_text("dimension:") + ds.c.dimension_id).label("metric"),
            cast(ds.c.score, Float).label("v"),
        )
        .select_from(ds.join(latest, latest.c.id == ds.c.assessment_id))
        .where(ds.c.score.is_not(None))
    )
    items = (
        select(
            lv.c.assessment_id.label("aid"),
            latest.c.pseudonym,
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


def _postgres_quartiles(v: ColumnElement[float]) -> ColumnElement[Any]:
    """The three quartiles from one sort: percentile_cont over an array of fractions."""
    fractions = ", ".join(repr(p) for _name, p in QUARTILES)
    return func.percentile_cont(literal_column(f"ARRAY[{fractions}]::float8[]")).within_group(v)


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


def _grouping_sets_query(threshold: float) -> Select[Any]:
    """PostgreSQL: every grouping at once with GROUPING SETS over the values (one sort per
    rollup chain of 600,000 rows at 10,000 dynamics, not one of five times as many rows), the
    quartiles from one ordered-set aggregate each. `grouping()` says which set a row is."""
    latest = latest_counted(threshold, postgres=True)
    val, d = values(latest), pool.dynamics
    base = (
        select(d.c.type, d.c.phase, d.c.region, val.c.metric, val.c.v)
        .select_from(val.join(d, d.c.pseudonym == val.c.pseudonym))
        .subquery("base")
    )
    columns = {name: base.c[name] for name in ("type", "phase", "region")}
    sets = [tuple_(*(columns[c] for c in cols), base.c.metric) for _g, cols in GROUPINGS]
    return select(
        *columns.values(),
        base.c.metric,
        func.grouping(*columns.values()).label("grouping_bits"),
        func.count().label("n"),
        _postgres_quartiles(base.c.v).label("quartiles"),
        *_bins(base.c.v),
    ).group_by(func.grouping_sets(*sets))


def _grouping_of(bits: int) -> str:
    """The grouping a row of `_grouping_sets_query` belongs to (a bit set = column absent)."""
    for grouping, cols in GROUPINGS:
        absent = sum(
            1 << (2 - n) for n, c in enumerate(("type", "phase", "region")) if c not in cols
        )
        if absent == bits:
            return grouping
    raise ValueError(bits)  # pragma: no cover


def _from_grouping_sets(row: dict[str, Any]) -> dict[str, Any] | None:
    grouping = _grouping_of(row.pop("grouping_bits"))
    said = {c: row.pop(c) for c in ("type", "phase", "region")}
    parts = [said[c] for c in dict(GROUPINGS)[grouping]]
    if any(p is None for p in parts):
        return None  # dynamics that did not say (e.g. no département): in no such group
    return {**row, "grouping": grouping, "value": SEPARATOR.join(parts)}


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
        return select(
            *keys,
            func.count().label("n"),
            _postgres_quartiles(joined.c.v).label("quartiles"),
            *_bins(joined.c.v),
        ).group_by(*keys)
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
) -> tuple[dict[tuple[str, str], int], list[dict[str, Any]]]:
    """(dynamics per group, statistic rows). `ordered_set` defaults to the dialect's best."""
    postgres = engine.dialect.name == "postgresql"
    use_ordered = postgres if ordered_set is None else ordered_set
    with engine.begin() as conn:
        if postgres:
            # the sorts of 10,000 dynamics fit in memory rather than on disk
            conn.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
            # joins in the written order (levels by assessment, then the item map): planned
            # freely, PostgreSQL joined the item map first and probed the levels 560,000
            # times (13 s instead of 1 s at 10,000 dynamics)
            conn.execute(text("SET LOCAL join_collapse_limit = 1"))
        sizes: dict[tuple[str, str], int] = {
            (g, v): n for g, v, n in conn.execute(group_sizes_query(threshold))
        }
        rows: list[dict[str, Any]] = []
        query = (
            _grouping_sets_query(threshold) if use_ordered else statistics_query(threshold, False)
        )
        for r in conn.execute(query):
            row: dict[str, Any] | None = dict(r._mapping)
            if use_ordered:
                assert row is not None
                row.update(zip((n for n, _p in QUARTILES), row.pop("quartiles"), strict=True))
                row = _from_grouping_sets(row)
            if row is not None:
                rows.append(row)
    return sizes, rows
