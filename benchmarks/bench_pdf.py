"""Time the monograph PDF (and its email draft) on the demo and on a large history.

    python benchmarks/bench_pdf.py [--runs 5] [--years 20 --participants 40] [--skip-large]

Writes the demo (3 years × 9 participants) and a large demo in a temporary folder, then
times each export `runs` times in this process (fonts and modules already loaded after the
first run, as in the window) and prints min and median in seconds, the page count and the
size. The last line times one cold `diagapp export pdf` process, imports included.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from diagapp.services import assessments, demo, reporting
from diagapp.storage.database import Database, open_database


def _times(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _report(name: str, times: list[float], pdf: Path) -> None:
    data = pdf.read_bytes()
    pages = len(PdfReader(io.BytesIO(data)).pages)
    print(
        f"{name:<46} min {min(times):5.2f} s  median {statistics.median(times):5.2f} s  "
        f"{pages:3d} pages  {len(data) / 1024:6.0f} KiB"
    )


def _cases(db: Database, root: Path, label: str, runs: int) -> None:
    ids = assessments.history(db, dynamic_id=1)
    latest = ids[-1]
    out = root / f"{label}.pdf"

    def pdf(**options: object) -> Callable[[], object]:
        return lambda: reporting.export_pdf(db, assessment_id=latest, out=out, **options)  # type: ignore[arg-type]

    reporting.export_pdf(db, assessment_id=latest, out=out)  # warm-up: imports, fonts
    cases: list[tuple[str, Callable[[], object]]] = [
        (f"{label}: pdf fr", pdf(lang="fr")),
        (f"{label}: pdf en", pdf(lang="en")),
        (f"{label}: pdf fr anonymised", pdf(anonymize=True)),
        (f"{label}: pdf fr + evolution ({len(ids)} years)", pdf(compare=ids[:-1])),
        (f"{label}: pdf fr, summary only", pdf(sections="cover,summary")),
    ]
    for name, action in cases:
        _report(name, _times(action, runs), out)
    eml = root / f"{label}.eml"
    times = _times(
        lambda: reporting.export_email(
            db, assessment_id=latest, to="financeur@region.fr", out=eml, pdf_out=out
        ),
        runs,
    )
    _report(f"{label}: email draft + pdf", times, out)
    data_times = _times(lambda: reporting.monograph(db, assessment_id=latest), runs)
    print(f"{label + ': data only (no layout)':<46} median {statistics.median(data_times):5.2f} s")


def _cold(path: Path, root: Path) -> None:
    out = root / "cold.pdf"
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "diagapp.cli",
            "export",
            "pdf",
            "--db",
            str(path),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    print(f"{'cold process: diagapp export pdf (demo)':<46} {time.perf_counter() - start:5.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        small = root / "demo.sqlite"
        demo.write_demo(small)
        db = open_database(small, backup=False)
        try:
            _cases(db, root, "demo 3×9", args.runs)
        finally:
            db.close()
        if not args.skip_large:
            large = root / "large.sqlite"
            demo.write_demo(large, years=args.years, participants=args.participants)
            db = open_database(large, backup=False)
            try:
                _cases(db, root, f"large {args.years}×{args.participants}", max(1, args.runs // 2))
            finally:
                db.close()
        _cold(small, root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
