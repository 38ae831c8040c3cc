"""Writing the demo: the bundled one (3 years, 9 participants, made at each `diagapp --demo`)
and the large one benchmarks measure at (20 years × 40 participants × the questionnaire).

    python benchmarks/bench_demo.py [--workdir DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from common import PARTICIPANTS, YEARS, emit, remove, timed, workdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir")
    folder = workdir(parser.parse_args().workdir)
    from diagapp.services import catalog
    from diagapp.services.demo import write_demo

    catalog.questionnaire()  # loading the questionnaire is start-up, not demo writing
    small = folder / "demo-small.sqlite"
    large = folder / "demo-large.sqlite"
    figures = {}
    for name, path, years, people in (
        ("small_3y_9p_s", small, 3, 9),
        (f"large_{YEARS}y_{PARTICIPANTS}p_s", large, YEARS, PARTICIPANTS),
    ):
        remove(path)

        def write(path: Path = path, years: int = years, people: int = people) -> None:
            write_demo(path, years=years, participants=people)

        figures[name] = round(timed(write)[0], 2)
    conn = sqlite3.connect(large)
    rows = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    conn.close()
    figures["large_answers"] = rows
    figures["large_file_mb"] = round(large.stat().st_size / 2**20, 1)
    emit("demo", figures)


if __name__ == "__main__":
    main()
