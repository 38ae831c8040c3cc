"""Time the spreadsheet exports, the comparison and a participant form on a demo database.

    python benchmarks/exports.py [--years 3 --participants 9] [--runs 3]

Writes the demo once in a temporary folder, then times each operation `runs` times and
prints the median (seconds) and the size of what was written.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diagapp.services import assessments, compare, demo, forms, forms_import, tabular
from diagapp.storage.database import open_database


def _median(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--participants", type=int, default=9)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        demo.write_demo(root / "demo.sqlite", years=args.years, participants=args.participants)
        db = open_database(root / "demo.sqlite", backup=False)
        try:
            ids = assessments.history(db, dynamic_id=1)
            first = assessments.load_assessment(db, ids[-1]).participants[0].id
            form = root / "form.xlsx"
            cases: list[tuple[str, Callable[[], object], Path | None]] = [
                ("export xlsx", lambda: tabular.export_xlsx(db, root / "x.xlsx"), root / "x.xlsx"),
                ("export csv", lambda: tabular.export_csv(db, root / "x.csv"), root / "x.csv"),
                (
                    f"compare {len(ids)} assessments",
                    lambda: compare.compare(db, assessment_ids=ids),
                    None,
                ),
                ("compare last two", lambda: compare.compare(db, assessment_ids=ids[-2:]), None),
                (
                    "form export",
                    lambda: forms.export_form(
                        db, assessment_id=ids[-1], participant=first, path=form
                    ),
                    form,
                ),
                ("form import (unchanged)", lambda: forms_import.import_form(db, form), None),
            ]
            print(f"demo: {args.years} years × {args.participants} participants, {args.runs} runs")
            for name, action, output in cases:
                seconds = _median(action, args.runs)
                size = f"  {output.stat().st_size / 1024:,.0f} KiB" if output else ""
                print(f"  {name:<28} {seconds:6.2f} s{size}")
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
