"""The PDF monograph: the bundled demo's latest assessment, and the large demo's latest
assessment with its 20-year comparison (the « évolution » section).

    python benchmarks/bench_report.py [--repeat 3] [--workdir DIR]

(benchmarks/bench_pdf.py, by the PDF's author, times more variants: languages, anonymised, email.)

Aim: the demo ≤ 1.5 s; the 20-year one within the 8 s of the large exports.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

from common import big_demo, emit, fresh_copy, remove, timed, workdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir")
    args = parser.parse_args()
    folder = workdir(args.workdir)
    from diagapp.services import assessments, catalog, compare, reporting
    from diagapp.services.demo import write_demo
    from diagapp.storage.database import open_database

    catalog.questionnaire()
    small = folder / "pdf-demo.sqlite"
    remove(small)
    write_demo(small)
    large = fresh_copy(big_demo(folder), "pdf-large.sqlite")
    figures: dict[str, float] = {}
    for name, path, option in (("demo", small, ""), ("large_compare_20y", large, "all")):
        db = open_database(path)
        aid = assessments.latest_assessment(db)
        others = (
            compare.resolve_compare_option(db, assessment_id=aid, option=option) if option else []
        )
        out = folder / f"{name}.pdf"

        def export(
            db: Any = db, aid: int = aid, others: list[int] = others, out: Path = out
        ) -> None:
            reporting.export_pdf(db, assessment_id=aid, out=out, compare=others)

        runs = timed(export, args.repeat)
        figures[f"{name}_first_s"] = round(runs[0], 2)  # includes loading fonts and reportlab
        figures[f"{name}_s"] = round(statistics.median(runs), 2)
        figures[f"{name}_kib"] = round(out.stat().st_size / 1024)
        db.close()
    emit("report", figures)


if __name__ == "__main__":
    main()
