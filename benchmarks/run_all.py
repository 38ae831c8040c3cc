"""Run every benchmark, each in its own process, and compare with the aims of issue 7.

    python benchmarks/run_all.py [--workdir DIR] [--skip startup,...] [--json OUT]

Prints a Markdown table for benchmarks/README.md and writes benchmarks/last_results.json
(the machine, the date, every figure). The large demo is built once in the work folder
(default /tmp/diagapp-bench) and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from common import ROOT, machine, workdir

HERE = Path(__file__).resolve().parent
BENCHES = [
    "bench_demo",
    "bench_save",
    "bench_open",
    "bench_exchange",
    "bench_report",
    "bench_memory",
    "startup",
]

# (bench, figure, aim, unit, what): a figure above its aim is marked.
AIMS = [
    ("save", "answer_p50_ms", None, "ms", "answer save, median"),
    ("save", "answer_p99_ms", 20, "ms", "answer save, 99th percentile"),
    ("open", "open_dynamic_s", 0.5, "s", "open a dynamic (lock, check, backup, load)"),
    ("open", "compare_20_years_s", 0.5, "s", "20-year comparison (20 assessments)"),
    ("exchange", "json_export_s", 8, "s", "JSON export, whole database"),
    ("exchange", "json_import_new_s", 8, "s", "JSON import into an empty database"),
    ("exchange", "json_import_again_s", 8, "s", "JSON import, everything already there"),
    ("exchange", "xlsx_export_s", 8, "s", "xlsx export"),
    ("exchange", "csv_export_s", 8, "s", "csv export"),
    ("report", "demo_s", 1.5, "s", "PDF of the demo"),
    ("report", "large_compare_20y_s", 8, "s", "PDF with the 20-year comparison"),
    ("memory", "worst_peak_mb", 300, "MB", "peak memory, worst operation"),
    ("startup", "demo_vs_bare", 3, "×", "`diagapp --demo` window shown vs bare window"),
    ("startup", "demo_ready_vs_bare", None, "×", "`diagapp --demo` start page ready vs bare"),
    ("startup", "large_vs_bare", None, "×", "window on the 20-year database vs bare"),
    ("startup", "large_ready_vs_bare", None, "×", "20-year database ready vs bare"),
    ("demo", "large_20y_40p_s", None, "s", "write the 20 × 40 demo"),
]


def run(bench: str, folder: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIAGAPP_BENCH_DIR": str(folder)}
    done = subprocess.run(
        [sys.executable, str(HERE / f"{bench}.py")], capture_output=True, text=True, env=env
    )
    sys.stdout.write(done.stdout.replace("RESULT ", "  json: ") if done.returncode else "")
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise SystemExit(f"{bench} failed:\n{done.stderr[-2000:]}")


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = ["| measure | at 20 y × 40 p | aim |", "|---|---|---|"]
    for bench, key, aim, unit, what in AIMS:
        value = results.get(bench, {}).get(key)
        if value is None:
            continue
        mark = "" if aim is None or value <= aim else " **over**"
        lines.append(f"| {what} | {value} {unit}{mark} | {f'≤ {aim} {unit}' if aim else ''} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir")
    parser.add_argument("--skip", default="")
    parser.add_argument("--json", type=Path, default=HERE / "last_results.json")
    args = parser.parse_args()
    folder = workdir(args.workdir)
    skip = set(filter(None, args.skip.split(",")))
    results = {}
    for bench in BENCHES:
        if bench in skip:
            continue
        print(f"{bench}…", flush=True)
        result = run(bench, folder)
        results[result.pop("bench")] = result
    report = {
        "date": dt.datetime.now().isoformat(timespec="minutes"),
        "machine": machine(),
        "results": results,
    }
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(report["machine"], ensure_ascii=False))
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
