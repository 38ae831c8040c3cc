"""Peak memory of each heavy operation at 20 years × 40 participants, each in its own fresh
process (the kernel's ru_maxrss for that process: imports included).

    python benchmarks/bench_memory.py [--workdir DIR]

Aim: ≤ 300 MB for each.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from common import ROOT, big_demo, emit, fresh_copy, remove, workdir

PRELUDE = """
import sys
from pathlib import Path
from diagapp.storage.database import open_database
from diagapp.services import assessments, compare, exchange, reporting, tabular
db_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
"""

CASES = {
    "compare_20_years": """
db = open_database(db_path)
ids = assessments.history(db, dynamic_id=assessments.list_dynamics(db)[0].id)
compare.compare(db, assessment_ids=ids)
""",
    "json_export": """
db = open_database(db_path)
exchange.export_json(db, folder / "memory.json")
""",
    "json_import": """
target = folder / "memory-import.sqlite"
db = open_database(target)
exchange.import_file(db, folder / "memory.json")
""",
    "xlsx_export": """
db = open_database(db_path)
tabular.export_xlsx(db, folder / "memory.xlsx")
""",
    "pdf_compare_20_years": """
db = open_database(db_path)
aid = assessments.latest_assessment(db)
others = compare.resolve_compare_option(db, assessment_id=aid, option="all")
reporting.export_pdf(db, assessment_id=aid, out=folder / "memory.pdf", compare=others)
""",
}


def peak_mb(code: str, env: dict[str, str], *args: str) -> float:
    proc = subprocess.Popen([sys.executable, "-c", PRELUDE + code, *args], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{code.strip()[:60]}… failed ({proc.returncode})")
    return round(usage.ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir")
    folder = workdir(parser.parse_args().workdir)
    path = fresh_copy(big_demo(folder), "memory.sqlite")
    remove(folder / "memory-import.sqlite")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    figures = {
        f"{name}_peak_mb": peak_mb(code, env, str(path), str(folder))
        for name, code in CASES.items()
    }
    figures["worst_peak_mb"] = max(figures.values())
    emit("memory", figures)


if __name__ == "__main__":
    main()
