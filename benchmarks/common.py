"""Shared helpers for the benchmark scripts: the machine, the large demo, timings, memory."""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEARS, PARTICIPANTS = 20, 40  # the scale DESIGN.md and issue 7 measure at


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "system": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def workdir(path: str | None = None) -> Path:
    folder = Path(path or os.environ.get("DIAGAPP_BENCH_DIR", "/tmp/diagapp-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DIAGAPP_HOME", str(folder / "home"))
    return folder


def big_demo(folder: Path, years: int = YEARS, participants: int = PARTICIPANTS) -> Path:
    """The large demo (built once per folder and kept: building it is itself measured by
    bench_demo.py)."""
    master = folder / f"demo-{years}y-{participants}p.sqlite"
    if not master.exists():
        from diagapp.services.demo import write_demo

        partial = folder / "building.sqlite"
        for leftover in folder.glob("building.sqlite*"):
            leftover.unlink()
        write_demo(partial, years=years, participants=participants)
        partial.replace(master)
    return master


def remove(path: Path) -> None:
    """A database file and everything beside it (-wal, -shm, .lock, backups)."""
    for leftover in path.parent.glob(path.name + "*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


def fresh_copy(master: Path, name: str) -> Path:
    """A private copy to work on (no backups folder, no -wal)."""
    target = master.with_name(name)
    remove(target)
    shutil.copyfile(master, target)
    return target


def timed(fn: Callable[[], Any], repeat: int = 1) -> list[float]:
    """Wall-clock seconds of each run."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 50) * 1000, 2),
        "p99_ms": round(percentile(values, 99) * 1000, 2),
        "max_ms": round(max(values) * 1000, 2),
        "mean_ms": round(statistics.fmean(values) * 1000, 2),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def emit(name: str, figures: dict[str, Any]) -> None:
    """Print the figures for a human, and as one JSON line for run_all.py."""
    figures = {**figures, "peak_rss_mb": peak_rss_mb()}
    for key, value in figures.items():
        print(f"  {name}.{key} = {value}")
    print("RESULT " + json.dumps({"bench": name, **figures}, ensure_ascii=False), flush=True)
