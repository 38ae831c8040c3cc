"""Headless writer for the crash test: opens a database as the window does and saves answers
through the real save path (services.answers.record_answer) until it is killed.

    python benchmarks/crash_writer.py --db PATH [--seed N] [--max-writes N]

Protocol on stdout, one line each, flushed at once:
    opening                  about to open the workspace
    ready                    the workspace is open (lock taken, database checked, backup made)
    try <key> <state>        record_answer is about to be called with <state>
    saved <key> <state>      record_answer returned: the answer is shown as saved
    error <message>          a failure (the parent counts it as a failed trial)
<key> is "<participant id or 0 for the consensus>:<item id>"; <state> is compact JSON with
value, not_applicable and evidence. stress_crash.py kills this process with SIGKILL at
random moments and checks that every "saved" state is in the reopened database.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = (
    "coopération",
    "territoire",
    "habitants",
    "élus",
    "mutualisation",
    "gouvernance",
    "transition",
    "SCIC",
    "légumerie",
    "bénévoles",
    "financement",
    "évaluation",
    "« preuve »",
    "tiers-lieu",
    "œuvre",
    "délibération",
    "Ça avance",
    "café",
    "économie",
    "€",
)


def _line(*parts: str) -> None:
    sys.stdout.write(" ".join(parts) + "\n")
    sys.stdout.flush()


def _state(rng: random.Random, item_allows_na: bool) -> dict[str, Any]:
    roll = rng.random()
    not_applicable = item_allows_na and roll < 0.08
    value = None if not_applicable or roll > 0.95 else rng.randint(0, 3)
    length = rng.choice((0, 3, 12, 60, 400))  # sometimes a long text spanning pages
    evidence = " ".join(rng.choice(WORDS) for _ in range(length))
    return {"value": value, "not_applicable": not_applicable, "evidence": evidence}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-writes", type=int, default=200_000)
    parser.add_argument(
        "--no-lock",
        action="store_true",
        help="open without the instance lock (two writers forced onto one file)",
    )
    parser.add_argument("--who", choices=("all", "participants", "consensus"), default="all")
    parser.add_argument(
        "--report-early",
        action="store_true",
        help="lie: report each answer as saved before saving it (shows the check can fail)",
    )
    args = parser.parse_args(argv)

    from diagapp.domain.errors import DiagappError
    from diagapp.services import answers, assessments, catalog
    from diagapp.services.workspace import open_workspace
    from diagapp.storage.database import open_database

    rng = random.Random(args.seed)
    _line("opening")
    try:
        if args.no_lock:
            workspace = None
            db = open_database(args.db)
        else:
            workspace = open_workspace(args.db)
            db = workspace.db
    except DiagappError as exc:
        _line("error", str(exc))
        return 1
    if workspace is not None and workspace.recovered is not None:
        _line("error", "a damaged database was found and replaced at open")
        return 1
    aid = assessments.latest_assessment(db)
    snapshot = assessments.load_assessment(db, aid)
    items = catalog.questionnaire(snapshot.questionnaire_version).items
    people: list[int | None] = []
    if args.who != "consensus":
        people += [p.id for p in snapshot.participants]
    if args.who != "participants":
        people.append(None)
    _line("ready")
    for _ in range(args.max_writes):
        item = rng.choice(items)
        who = rng.choice(people)
        state = _state(rng, item.not_applicable)
        key = f"{who or 0}:{item.id}"
        text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
        _line("try", key, text)
        if args.report_early:
            _line("saved", key, text)
            time.sleep(0.02)  # a wide window for the lie: the kill lands in it most times
        try:
            answers.record_answer(
                db,
                assessment_id=aid,
                participant_id=who,
                item_id=item.id,
                value=state["value"],
                not_applicable=state["not_applicable"],
                evidence=state["evidence"],
            )
        except DiagappError as exc:
            _line("error", str(exc))
            return 1
        if not args.report_early:
            _line("saved", key, text)
    if workspace is not None:
        workspace.close()
    else:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
