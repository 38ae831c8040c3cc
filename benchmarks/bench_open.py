"""Opening at 20 years × 40 participants: the window's way in (lock, damage check,
verified backup, list of dynamics, latest assessment as domain data), one assessment
alone, and the 20-year comparison (services.compare.compare over every assessment).

    python benchmarks/bench_open.py [--repeat 5] [--workdir DIR]

Aim: opening a dynamic and its comparison view ≤ 0.5 s each (median of the runs). Also the
cost of a verified backup and of the window's periodic "is a backup due?" check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
from collections.abc import Callable

from common import big_demo, emit, fresh_copy, timed, workdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir")
    args = parser.parse_args()
    folder = workdir(args.workdir)
    path = fresh_copy(big_demo(folder), "open.sqlite")
    from diagapp.services import assessments, catalog, compare, health, recommendations
    from diagapp.services.workspace import open_workspace

    catalog.questionnaire()
    recommendations.load_catalog()

    def open_dynamic() -> None:
        workspace = open_workspace(path)
        try:
            dynamics = assessments.list_dynamics(workspace.db)
            assessments.load_assessment(workspace.db, dynamics[0].assessments[-1].id)
        finally:
            workspace.close()

    def median(fn: Callable[[], object]) -> float:
        return round(statistics.median(timed(fn, args.repeat)), 3)

    opening = median(open_dynamic)
    workspace = open_workspace(path)
    db = workspace.db
    ids = assessments.history(db, dynamic_id=assessments.list_dynamics(db)[0].id)
    figures = {
        "open_dynamic_s": opening,
        "load_one_assessment_s": median(lambda: assessments.load_assessment(db, ids[-1])),
        "compare_20_years_s": median(lambda: compare.compare(db, assessment_ids=ids)),
        "recommendations_s": median(lambda: recommendations.recommend(db, assessment_id=ids[-1])),
        "assessments_compared": len(ids),
        "backup_s": median(lambda: db.backup("bench")),
        "periodic_backup_check_s": median(
            lambda: health.periodic_backup(db, every=dt.timedelta(0))  # nothing changed
        ),
    }
    workspace.close()
    emit("open", figures)


if __name__ == "__main__":
    main()
