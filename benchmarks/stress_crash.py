"""Crash safety: kill a writer with SIGKILL at random seeded moments, check nothing is lost.

    python benchmarks/stress_crash.py --trials 200 [--seed 1] [--workdir DIR] [--json OUT]

One database lives through all the trials. Each trial starts benchmarks/crash_writer.py on
it (lock, damage check, backup, then answers saved one by one through record_answer) and
kills it with SIGKILL either while it opens the database (a fifth of the trials) or while
it saves. After each kill, without writing to the file, the database must:
  - pass diagapp's damage check (storage.database.diagnose) and PRAGMA integrity_check;
  - hold exactly the last state the writer reported as saved for every answer, except the
    one answer whose save was in flight, which holds either its old or its new state;
  - never have been replaced from a backup (no .damaged file) and keep a bounded number of
    backups.
Exit status 0 when every trial holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WRITER = Path(__file__).resolve().parent / "crash_writer.py"

State = tuple[Any, bool, str]  # value, not_applicable, evidence


@dataclass
class Summary:
    trials: int = 0
    killed_while_opening: int = 0
    killed_while_saving: int = 0
    saves_reported: int = 0
    answers_checked: int = 0
    in_flight_saved: int = 0
    in_flight_not_saved: int = 0
    backups_kept_max: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def text(self) -> str:
        verdict = "OK" if self.ok else f"{len(self.failures)} FAILURE(S)"
        lines = [
            f"{self.trials} trials in {self.seconds:.0f} s: {verdict}",
            f"  killed while opening: {self.killed_while_opening}, while saving: "
            f"{self.killed_while_saving}",
            f"  saves reported before the kills: {self.saves_reported}; answers checked after "
            f"each kill: {self.answers_checked}",
            f"  save in flight at the kill: found saved {self.in_flight_saved}, not saved "
            f"{self.in_flight_not_saved}",
            f"  backups kept at most: {self.backups_kept_max}",
        ]
        lines += [f"  FAIL {f}" for f in self.failures[:20]]
        return "\n".join(lines)


def _states(path: Path, aid: int | None = None) -> dict[str, State]:
    """Every answer of an assessment (the latest by default), read through a read-only
    connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if aid is None:
            (aid,) = conn.execute(
                "SELECT id FROM assessments ORDER BY date DESC, id DESC"
            ).fetchone()
        found = {
            f"{pid}:{item}": (value, bool(na), evidence)
            for pid, item, value, na, evidence in conn.execute(
                "SELECT participant_id, item_id, value, not_applicable, evidence FROM answers "
                "WHERE assessment_id = ?",
                (aid,),
            )
        }
        found.update(
            (f"0:{item}", (value, bool(na), evidence))
            for item, value, na, evidence in conn.execute(
                "SELECT item_id, value, not_applicable, evidence FROM consensus "
                "WHERE assessment_id = ?",
                (aid,),
            )
        )
        return found
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _as_state(text: str) -> State:
    data = json.loads(text)
    return (data["value"], data["not_applicable"], data["evidence"])


class _Reader(threading.Thread):
    def __init__(self, stream: Any) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines: list[tuple[float, str]] = []
        self.opening = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        for raw in self.stream:
            line = raw.decode("utf-8").rstrip("\n")
            self.lines.append((time.monotonic(), line))
            if line == "opening":
                self.opening.set()
            elif line == "ready":
                self.ready.set()


def prepare(path: Path) -> None:
    from diagapp.services.demo import write_demo

    write_demo(path, years=1, participants=4)


def run_trials(
    workdir: Path,
    trials: int,
    seed: int = 1,
    opening_share: float = 0.2,
    saving_window: float = 0.6,
    log: Any = None,
    writer_args: tuple[str, ...] = (),
) -> Summary:
    from diagapp.storage import backups
    from diagapp.storage.database import diagnose

    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "crash.sqlite"
    prepare(path)
    known = _states(path)
    env = {**os.environ, "DIAGAPP_HOME": str(workdir / "home"), "PYTHONUNBUFFERED": "1"}
    bound = backups.KEEP + backups.KEEP_DAILY + backups.KEEP_MONTHLY
    summary = Summary()
    open_times: list[float] = []
    started = time.monotonic()
    for index in range(trials):
        rng = random.Random(seed * 1_000_003 + index)
        proc = subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                "--db",
                str(path),
                "--seed",
                str(rng.randrange(2**31)),
                *writer_args,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        reader = _Reader(proc.stdout)
        reader.start()
        while_opening = rng.random() < opening_share
        if while_opening:
            reader.opening.wait(60)
            typical = statistics.median(open_times) if open_times else 0.15
            time.sleep(rng.uniform(0, typical * 1.2))
            summary.killed_while_opening += 1
        else:
            reader.ready.wait(60)
            time.sleep(rng.uniform(0, saving_window))
            summary.killed_while_saving += 1
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join(10)
        stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        summary.trials += 1
        where = f"trial {index}"
        if proc.returncode != -signal.SIGKILL:
            summary.failures.append(f"{where}: writer ended by itself ({proc.returncode}) {stderr}")
        times = {line: t for t, line in reader.lines if line in ("opening", "ready")}
        if "opening" in times and "ready" in times:
            open_times.append(times["ready"] - times["opening"])
        pending: tuple[str, State] | None = None
        for _t, line in reader.lines:
            kind, _, rest = line.partition(" ")
            if kind == "error":
                summary.failures.append(f"{where}: {rest}")
            elif kind in ("try", "saved"):
                key, _, text = rest.partition(" ")
                if kind == "try":
                    pending = (key, _as_state(text))
                else:
                    known[key] = _as_state(text)
                    summary.saves_reported += 1
                    pending = None
        problem = diagnose(path)
        if problem:
            summary.failures.append(f"{where}: diagnose: {problem}")
            break
        integrity = _integrity(path)
        if integrity != "ok":
            summary.failures.append(f"{where}: integrity_check: {integrity}")
            break
        actual = _states(path)
        if pending is not None:
            key, state = pending
            if actual.get(key) == state and known.get(key) != state:
                known[key] = state
                summary.in_flight_saved += 1
            else:
                summary.in_flight_not_saved += 1
        summary.answers_checked += len(known)
        lost = [k for k in known if actual.get(k) != known[k]]
        extra = [k for k in actual if k not in known]
        if lost or extra:
            summary.failures.append(
                f"{where}: answers differ: lost {lost[:3]}, unexpected {extra[:3]}"
            )
            known.update(actual)  # report each loss once
        if list(workdir.glob("*.damaged*")):
            summary.failures.append(f"{where}: the database was replaced from a backup")
            break
        summary.backups_kept_max = max(summary.backups_kept_max, len(backups.list_backups(path)))
        if summary.backups_kept_max > bound:
            summary.failures.append(f"{where}: {summary.backups_kept_max} backups kept (> {bound})")
        if log is not None and (index + 1) % 10 == 0:
            log(f"{index + 1}/{trials} trials, {len(summary.failures)} failure(s)")
    summary.seconds = time.monotonic() - started
    _final_check(path, known, summary)
    return summary


def _final_check(path: Path, known: dict[str, State], summary: Summary) -> None:
    """The window's own way in (lock, check, open, load) sees the same answers."""
    from diagapp.services import assessments
    from diagapp.services.workspace import open_workspace

    workspace = open_workspace(path)
    try:
        snapshot = assessments.load_assessment(
            workspace.db, assessments.latest_assessment(workspace.db)
        )
    finally:
        workspace.close()
    seen = {
        f"{a.participant_id or 0}:{a.item_id}": (a.value, a.not_applicable, a.evidence)
        for a in snapshot.answers
    }
    if seen != known:
        summary.failures.append("final open through the workspace: answers differ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", type=Path, help="write the summary here too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        summary = run_trials(workdir, args.trials, args.seed, log=print)
    print(summary.text())
    if args.json:
        args.json.write_text(json.dumps(asdict(summary), indent=1) + "\n", encoding="utf-8")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
