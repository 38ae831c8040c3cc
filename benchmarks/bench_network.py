"""The network's pool at scale (issue 16): filling it, `network add` throughput, and
`network benchmark` time and peak memory, on PostgreSQL and SQLite, from 1,000 to 10,000
synthetic dynamics × 10 years.

    python benchmarks/bench_network.py [--sizes 1000,10000] [--years 10] [--files 200]
                                       [--backends postgresql,sqlite] [--workdir DIR]

PostgreSQL is a throwaway cluster with the server's default settings (fsync on), started in
the work folder as an unprivileged user (tests/services/network/pg_cluster.py). The benchmark
runs in a fresh process each time: its peak memory is the client's (the server's own memory
is not counted). Not part of run_all.py: it takes minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import ROOT, emit, machine, workdir

sys.path.insert(0, str(ROOT / "tests" / "services" / "network"))

BENCHMARK_CHILD = """
import json, sys, time
from diagapp.services.network import benchmark, pool
engine = pool.open_pool(sys.argv[1])
start = time.perf_counter()
data = benchmark.benchmark(engine, generated_at="2027-02-01T00:00:00+00:00", min_group=5)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(data, f)
seconds = time.perf_counter() - start
# VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork and exec
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"seconds": seconds, "peak_mib": int(hwm.split()[1]) / 1024,
                  "groups": len(data["groups"]), "suppressed": len(data["suppressed"])}))
"""


def _size(engine: Any, url: str) -> float:
    from sqlalchemy import text

    if url.startswith("sqlite"):
        return Path(url.removeprefix("sqlite:///")).stat().st_size / 2**20
    with engine.connect() as conn:
        return conn.execute(text("SELECT pg_database_size(current_database())")).scalar() / 2**20


def _rows(engine: Any) -> int:
    from sqlalchemy import func, select

    from diagapp.services.network import pool

    with engine.connect() as conn:
        return sum(
            conn.scalar(select(func.count()).select_from(t)) or 0
            for t in (pool.dynamics, pool.assessments, *pool.CHILDREN)
        )


def measure(url: str, label: str, dynamics: int, years: int, files: int, folder: Path) -> None:
    from diagapp.services.network import merge, pool, synthetic

    engine = pool.open_pool(url)
    pool.init_pool(engine)
    start = time.perf_counter()
    synthetic.fill(engine, dynamics=dynamics, years=years, seed=16)
    fill_s = time.perf_counter() - start
    rows = _rows(engine)

    share_dir = folder / f"share-files-{years}y"
    share_dir.mkdir(exist_ok=True)
    rng = random.Random(99)
    paths = []
    for n in range(files):
        path = share_dir / f"partage-{n}.json"
        path.write_text(json.dumps(synthetic.synthetic_document(rng, n, years, 2026)))
        paths.append(path)
    start = time.perf_counter()
    outcomes = merge.add_files(engine, paths, received_at="2027-02-01T00:00:00+00:00")
    add_s = time.perf_counter() - start
    assert all(o.status == merge.ADDED for o in outcomes), outcomes[:3]
    start = time.perf_counter()
    merge.add_files(engine, paths, received_at="2027-02-02T00:00:00+00:00")
    readd_s = time.perf_counter() - start

    child = subprocess.run(
        [sys.executable, "-c", BENCHMARK_CHILD, url, str(folder / f"benchmark-{label}.json")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    bench = json.loads(child.stdout.strip().splitlines()[-1])
    emit(
        f"network_{label}_{dynamics}x{years}",
        {
            "backend": label,
            "dynamics": dynamics + files,
            "years": years,
            "rows": rows,
            "fill_s": round(fill_s, 1),
            "fill_rows_per_s": round(rows / fill_s),
            "add_files": files,
            "add_files_per_s": round(files / add_s, 1),
            "readd_unchanged_files_per_s": round(files / readd_s, 1),
            "benchmark_s": round(bench["seconds"], 2),
            "benchmark_peak_mib": round(bench["peak_mib"], 1),
            "groups_published": bench["groups"],
            "groups_suppressed": bench["suppressed"],
            "database_mib": round(_size(engine, url), 1),
        },
    )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--backends", default="postgresql,sqlite")
    args = parser.parse_args()
    folder = workdir(args.workdir) / "network"
    folder.mkdir(exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = args.backends.split(",")
    print(json.dumps(machine()))
    if "postgresql" in backends:
        import pg_cluster

        with pg_cluster.cluster(fast=False) as cluster:
            for n in sizes:
                url = pg_cluster.create_database(cluster, f"pool_{n}")
                measure(url, "postgresql", n, args.years, args.files, folder)
    if "sqlite" in backends:
        for n in sizes:
            path = folder / f"pool-{n}.sqlite"
            path.unlink(missing_ok=True)
            measure(f"sqlite:///{path}", "sqlite", n, args.years, args.files, folder)


if __name__ == "__main__":
    main()
