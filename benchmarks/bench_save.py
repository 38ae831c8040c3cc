"""Answer save latency: each call is what happens when a participant's choice is saved in
the window (one committed, fsynced transaction through services.answers).

    python benchmarks/bench_save.py [--saves 600] [--workdir DIR]

Measured on a copy of the large demo (20 years × 40 participants), on its latest assessment.
Aim: p99 ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import random

from common import big_demo, emit, fresh_copy, summary_ms, timed, workdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=600)
    parser.add_argument("--workdir")
    args = parser.parse_args()
    folder = workdir(args.workdir)
    path = fresh_copy(big_demo(folder), "save.sqlite")
    from diagapp.services import answers, assessments, catalog
    from diagapp.services.workspace import open_workspace

    workspace = open_workspace(path)
    db = workspace.db
    rng = random.Random(7)
    aid = assessments.latest_assessment(db)
    snapshot = assessments.load_assessment(db, aid)
    q = catalog.questionnaire(snapshot.questionnaire_version)
    people = [p.id for p in snapshot.participants]
    texts = ["", "Vu en réunion plénière.", "« Les élus sont moteurs » — " * 20]

    def answer() -> None:
        answers.record_answer(
            db,
            assessment_id=aid,
            participant_id=rng.choice([*people, None]),
            item_id=rng.choice(q.items).id,
            value=rng.randint(0, 3),
            evidence=rng.choice(texts),
        )

    def field() -> None:
        answers.set_field(
            db, assessment_id=aid, field_id="governance.debate", value=rng.randint(0, 3)
        )

    structure = snapshot.structures[0].id

    def cell() -> None:
        answers.set_funding_cell(
            db, structure_id=structure, resource="sales", amount_eur=rng.randint(1, 99) * 1000.0
        )

    answer()  # warm-up: first query compiles, pages come into the cache
    saves = [timed(answer)[0] for _ in range(args.saves)]
    fields = [timed(field)[0] for _ in range(args.saves // 6)]
    cells = [timed(cell)[0] for _ in range(args.saves // 6)]
    workspace.close()
    emit(
        "save",
        {
            **{f"answer_{k}": v for k, v in summary_ms(saves).items()},
            **{f"field_{k}": v for k, v in summary_ms(fields).items() if k != "n"},
            **{f"funding_cell_{k}": v for k, v in summary_ms(cells).items() if k != "n"},
        },
    )


if __name__ == "__main__":
    main()
