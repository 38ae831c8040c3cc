"""The network's pool (issue 16), on SQLite and on a real PostgreSQL: merging is idempotent
and all-or-nothing per file, a withdrawal erases everything, the benchmark's statistics are
right and no group below the minimum is published."""

from __future__ import annotations

import json
import random
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from diagapp.domain.scoring import LOW_COVERAGE
from diagapp.domain.territory import region_of
from diagapp.services.network import benchmark, merge, pool, stats, synthetic

STAMP = "2027-02-01T00:00:00+00:00"


def _documents(n: int, years: int = 3, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [synthetic.synthetic_document(rng, i, years, 2026) for i in range(n)]


def _write(folder: Path, documents: list[dict[str, Any]]) -> list[Path]:
    paths = []
    for n, d in enumerate(documents):
        path = folder / f"partage-{n}.json"
        path.write_text(json.dumps(d), encoding="utf-8")
        paths.append(path)
    return paths


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {
            t.name: sorted(tuple(r) for r in conn.execute(select(t)))
            for t in pool.metadata.sorted_tables
        }


def _add(engine: Engine, paths: list[Path]) -> list[merge.Outcome]:
    return merge.add_files(engine, paths, received_at=STAMP)


def test_readding_a_file_changes_nothing(pool_engine: Engine, tmp_path: Path) -> None:
    paths = _write(tmp_path, _documents(4))
    assert {o.status for o in _add(pool_engine, paths)} == {merge.ADDED}
    before = _snapshot(pool_engine)
    again = merge.add_files(pool_engine, paths, received_at="2030-01-01T00:00:00+00:00")
    assert {o.status for o in again} == {merge.UNCHANGED}
    assert _snapshot(pool_engine) == before


def test_next_years_file_replaces_this_years_and_an_older_one_is_ignored(
    pool_engine: Engine, tmp_path: Path
) -> None:
    (old,) = _documents(1, years=2)
    new = json.loads(json.dumps(old))
    new["generated_at"] = "2028-01-15T00:00:00+00:00"
    new["years"].append({**new["years"][-1], "year": 2027})
    old_path, new_path = tmp_path / "old.json", tmp_path / "new.json"
    old_path.write_text(json.dumps(old), encoding="utf-8")
    new_path.write_text(json.dumps(new), encoding="utf-8")
    assert _add(pool_engine, [old_path])[0].status == merge.ADDED
    assert _add(pool_engine, [new_path])[0].status == merge.UPDATED
    after = _snapshot(pool_engine)
    assert _add(pool_engine, [old_path])[0].status == merge.UNCHANGED
    assert _snapshot(pool_engine) == after
    years = [r[2] for r in after[pool.assessments.name]]
    assert sorted(years) == [2025, 2026, 2027]


def test_withdrawal_removes_everything_and_an_old_copy_cannot_bring_it_back(
    pool_engine: Engine, tmp_path: Path
) -> None:
    stay, leave = _documents(2)
    paths = _write(tmp_path, [stay])
    _add(pool_engine, paths)
    alone = _snapshot(pool_engine)
    leave_path = tmp_path / "leave.json"
    leave_path.write_text(json.dumps(leave), encoding="utf-8")
    _add(pool_engine, [leave_path])
    withdrawal = {k: leave[k] for k in ("format", "format_version", "pseudonym", "token")}
    withdrawal |= {"kind": "withdrawal", "generated_at": "2027-06-01T00:00:00+00:00"}
    w_path = tmp_path / "retrait.json"
    w_path.write_text(json.dumps(withdrawal), encoding="utf-8")
    (outcome,) = merge.add_files(pool_engine, [w_path], received_at=STAMP, withdraw_only=True)
    assert outcome.status == merge.WITHDRAWN
    after = _snapshot(pool_engine)
    tombstones = after.pop(pool.withdrawn.name)
    assert len(tombstones) == 1 and leave["token"] not in str(tombstones)
    assert leave["pseudonym"] not in json.dumps(after, default=str)
    alone.pop(pool.withdrawn.name)
    assert after == alone
    assert _add(pool_engine, [leave_path])[0].status == merge.REFUSED


def test_a_refused_file_is_one_clear_line_and_writes_nothing(
    pool_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, other = _documents(2)
    paths = _write(tmp_path, [good])
    _add(pool_engine, paths)
    before = _snapshot(pool_engine)
    forged = {**other, "pseudonym": good["pseudonym"]}  # someone else's id, another key
    named = json.loads(json.dumps(other))
    named["typology"]["type"] = "Tiers-lieu de Jean Dupont"
    bad = [tmp_path / "x.json", tmp_path / "forged.json", tmp_path / "named.json"]
    bad[0].write_text("{pas du json", encoding="utf-8")
    bad[1].write_text(json.dumps(forged), encoding="utf-8")
    bad[2].write_text(json.dumps(named), encoding="utf-8")
    outcomes = _add(pool_engine, bad)
    assert [o.status for o in outcomes] == [merge.REFUSED] * 3
    assert "illisible" in outcomes[0].message
    assert "clé ne correspond pas" in outcomes[1].message
    assert "typologie" in outcomes[2].message
    assert all("\n" not in o.message for o in outcomes)
    assert _snapshot(pool_engine) == before

    # a failure half-way through a file's insert leaves nothing of it
    real_insert = merge.insert_documents

    def half(conn: Any, documents: Any, received_at: str) -> None:
        conn.execute(pool.dynamics.insert(), merge.rows_of(documents, received_at)["pool_dynamics"])
        raise RuntimeError("disque plein au milieu")

    monkeypatch.setattr(merge, "insert_documents", half)
    path = tmp_path / "other.json"
    path.write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(RuntimeError):
        _add(pool_engine, [path])
    assert _snapshot(pool_engine) == before
    monkeypatch.setattr(merge, "insert_documents", real_insert)
    assert _add(pool_engine, [path])[0].status == merge.ADDED


def _expected(documents: list[dict[str, Any]]) -> dict[tuple[str, str, str], list[float]]:
    """Per (grouping, value, metric): the values, computed in Python from the files."""
    out: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for d in documents:
        counted = [y for y in d["years"] if y["coverage"] >= LOW_COVERAGE]
        if not counted:
            continue
        y = max(counted, key=lambda y: y["year"])
        t = {**d["typology"], "region": region_of(d["typology"]["departement"])}
        for grouping, columns in stats.GROUPINGS:
            if any(t[c] is None for c in columns):
                continue
            value = stats.SEPARATOR.join(t[c] for c in columns)
            for dim, s in y["dimensions"].items():
                if s["score"] is not None:
                    out[grouping, value, f"dimension:{dim}"].append(s["score"])
            for item, level in y["levels"].items():
                if level != "na":
                    out[grouping, value, f"item:{item}"].append(float(level))
    return out


def test_benchmark_statistics_and_suppression_hold_for_every_group(
    pool_engine: Engine, tmp_path: Path
) -> None:
    documents = _documents(60)
    with pool_engine.begin() as conn:
        merge.insert_documents(conn, documents, STAMP)
    k = 6
    result = benchmark.benchmark(pool_engine, generated_at=STAMP, min_group=k)
    expected = _expected(documents)
    published = {
        (g["grouping"], stats.SEPARATOR.join(g["criteria"].values())): g for g in result["groups"]
    }
    suppressed = {
        (s["grouping"], stats.SEPARATOR.join(s["criteria"].values())) for s in result["suppressed"]
    }
    assert published and suppressed
    for key, group in published.items():
        assert group["n"] >= k
        for metric, m in group["metrics"].items():
            values = expected[(*key, metric)]
            assert m["n"] == len(values) >= k
            q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
            assert (m["q1"], m["median"], m["q3"]) == pytest.approx((q1, median, q3), abs=1e-3)
            assert sum(m["distribution"]) == len(values)
    for key in suppressed:
        dynamics = {len(v) for (g, val, _m), v in expected.items() if (g, val) == key}
        assert max(dynamics, default=0) < k
    text = json.dumps(result)
    for d in documents:
        assert d["pseudonym"] not in text and d["token"] not in text


def test_postgresql_percentiles_equal_the_portable_ones(pool_engine: Engine) -> None:
    if pool_engine.dialect.name != "postgresql":
        pytest.skip("the ordered-set aggregates are PostgreSQL's")
    with pool_engine.begin() as conn:
        merge.insert_documents(conn, _documents(30), STAMP)
    _sizes, ordered = stats.compute(pool_engine, ordered_set=True)
    _sizes, portable = stats.compute(pool_engine, ordered_set=False)
    key = lambda r: (r["grouping"], r["value"], r["metric"])  # noqa: E731
    a = {key(r): (r["n"], r["q1"], r["median"], r["q3"]) for r in ordered}
    b = {key(r): (r["n"], r["q1"], r["median"], r["q3"]) for r in portable}
    assert a.keys() == b.keys()
    for k in a:
        assert a[k] == pytest.approx(b[k], abs=1e-9)


def test_items_of_an_older_questionnaire_count_under_their_current_id(
    pool_engine: Engine,
) -> None:
    documents = _documents(8, years=1)
    for d in documents:
        for y in d["years"]:
            y["questionnaire_version"] = 1
            y["levels"] = {k: v for k, v in y["levels"].items() if k in _v1_items()}
    with pool_engine.begin() as conn:
        merge.insert_documents(conn, documents, STAMP)
    result = benchmark.benchmark(pool_engine, generated_at=STAMP, min_group=5)
    everyone = next(g for g in result["groups"] if g["grouping"] == "all")
    assert "item:ressort.besoin_territoire" in everyone["metrics"]
    with pool_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(pool.item_map)) > 0


def _v1_items() -> set[str]:
    from diagapp.services import catalog

    return {i.id for i in catalog.questionnaire(1).items}


def test_network_commands_end_to_end(pool_url: str, tmp_path: Path, run_diagapp: Any) -> None:
    assert run_diagapp("network", "init", "--url", pool_url).returncode == 0
    demo = run_diagapp("network", "demo", "--url", pool_url, "--dynamics", "40", "--years", "2")
    assert demo.returncode == 0, demo.stderr
    good = _write(tmp_path, _documents(1, seed=99))[0]
    broken = tmp_path / "abime.json"
    broken.write_text('{"format": "diagapp-share"}', encoding="utf-8")
    added = run_diagapp("network", "add", "--url", pool_url, str(good), str(broken))
    assert added.returncode == 4
    assert "ajouté" in added.stdout
    assert added.stderr.count("\n") == 1 and "abime.json : REFUSÉ" in added.stderr
    out = tmp_path / "referentiel.json"
    made = run_diagapp(
        "network", "benchmark", "--url", pool_url, "--out", str(out), "--min-group", "5"
    )
    assert made.returncode == 0, made.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "diagapp-benchmark" and data["dynamics_counted"] >= 30
    stats_run = run_diagapp("network", "stats", "--url", pool_url)
    assert "Dynamiques dans le pool : 41" in stats_run.stdout
    nowhere = run_diagapp("network", "stats", "--url", "mysql://x@y/z")
    assert nowhere.returncode == 1 and "PostgreSQL et SQLite" in nowhere.stderr
