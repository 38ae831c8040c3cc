"""Room mode under a full room: 30 phones answer every item at once over HTTP while the
window's own saves go on; nothing may be lost, and each answer must come back fast.

    python benchmarks/bench_room.py [--phones 30] [--workdir DIR]

The laptop's side runs here as in the window: the room's server (waitress, its threads) and
a « window » thread saving the team's consensus through the same service. The phones run
in a child process (one thread and one keep-alive connection each), all on 127.0.0.1.
Each phone adds itself with a collège, then answers the 56 items (level and evidence).
Afterwards: every answer is in the database with the value sent (zero lost), every
consensus the window saved too, and `diagapp check` passes. Aim: p99 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from common import ROOT, emit, remove, summary_ms, workdir


def level_for(phone: int, item: int) -> int:
    return (phone + item) % 4


# --- the phones (child process) -----------------------------------------------------------


def phones(port: int, code: str, count: int, items: list[str], think_ms: int) -> None:
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(count)

    def phone(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        body = urlencode({"code": code, "name": f"Téléphone {n:02d}", "college": "Habitants"})
        conn.request("POST", "/pick", body, {"Content-Type": "application/x-www-form-urlencoded"})
        joined = conn.getresponse()
        joined.read()
        cookie = (joined.getheader("Set-Cookie") or "").split(";")[0]
        if joined.status != 303 or not cookie:
            with lock:
                failures.append(f"phone {n}: join {joined.status}")
            return
        headers = {"Content-Type": "application/json", "Cookie": cookie}
        mine: list[float] = []
        pace = random.Random(n)
        start.wait()
        for i, item in enumerate(items):
            if think_ms:  # reading the item: a random pause around think_ms
                time.sleep(pace.uniform(0.5, 1.5) * think_ms / 1000)
            data = {"item": item, "level": level_for(n, i), "evidence": f"preuve {n}-{i}"}
            t0 = time.perf_counter()
            conn.request("POST", "/api/answer", json.dumps(data), headers)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - t0)
            if response.status != 200:
                with lock:
                    failures.append(f"phone {n} item {i}: {response.status}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(count)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(
        json.dumps(
            {"latencies": latencies, "failures": failures, "wall_s": time.perf_counter() - t0}
        )
    )


# --- the laptop (this process) ------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--workdir")
    parser.add_argument(
        "--as-phones", nargs=3, metavar=("PORT", "CODE", "THINK"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    from diagapp.services import catalog

    items = [i.id for i in catalog.questionnaire().items]
    if args.as_phones:
        port, code, think = args.as_phones
        phones(int(port), code, args.phones, items, int(think))
        return
    folder = workdir(args.workdir)
    ok = True
    for name, think_ms in SCENARIOS:
        ok &= scenario(folder, name, think_ms, args.phones, items)
    sys.exit(0 if ok else 1)


# burst: every phone sends its next answer the moment the last one is saved (the server's
# capacity; latency is then mostly waiting in line). paced: a pause of 0.3-0.9 s per item,
# still twenty times faster than people reading an item and its four levels.
SCENARIOS = (("burst", 0), ("paced", 600))


def scenario(folder: Path, name: str, think_ms: int, count: int, items: list[str]) -> bool:
    from diagapp.room.server import RoomServer
    from diagapp.room.state import RoomState
    from diagapp.services import answers, assessments
    from diagapp.services.workspace import open_workspace

    path = folder / f"room-{name}.sqlite"
    remove(path)
    workspace = open_workspace(path)
    db = workspace.db
    dynamic = assessments.create_dynamic(db, name="Atelier plein")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 6, 1))
    server = RoomServer(db, RoomState(aid), address="127.0.0.1", port=0)
    server.start()

    window_latencies: list[float] = []
    stop = threading.Event()

    def window_saves() -> None:
        """The facilitator settles consensus in the window meanwhile (bounded: two passes)."""
        for round_ in range(2):
            for i, item in enumerate(items):
                if stop.is_set():
                    return
                t0 = time.perf_counter()
                answers.record_answer(
                    db, assessment_id=aid, participant_id=None, item_id=item, value=(i + round_) % 4
                )
                window_latencies.append(time.perf_counter() - t0)
                time.sleep(0.02)

    window = threading.Thread(target=window_saves)
    window.start()
    child = subprocess.run(
        [
            sys.executable,
            __file__,
            "--phones",
            str(count),
            "--as-phones",
            str(server.port),
            server.room.join_code,
            str(think_ms),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    window.join()
    stop.set()
    server.stop()
    if child.returncode != 0:
        sys.exit(child.stderr)
    result: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])

    loaded = assessments.load_assessment(db, aid)
    by_name = {p.id: int(p.name.split()[-1]) for p in loaded.participants}
    index = {item: i for i, item in enumerate(items)}
    sent = count * len(items)
    stored_right = sum(
        1
        for a in loaded.answers
        if a.participant_id is not None
        and a.value == level_for(by_name[a.participant_id], index[a.item_id])
        and a.evidence == f"preuve {by_name[a.participant_id]}-{index[a.item_id]}"
    )
    consensus_right = sum(
        1
        for a in loaded.answers
        if a.participant_id is None and a.value == (index[a.item_id] + 1) % 4
    )
    workspace.close()
    check = subprocess.run(
        [sys.executable, "-m", "diagapp.cli", "check", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    figures = {
        "phones": count,
        "think_ms": think_ms,
        "answers_sent": sent,
        "answers_lost": sent - stored_right,
        "http_failures": len(result["failures"]),
        "consensus_lost": len(items) - consensus_right,
        "wall_s": round(result["wall_s"], 2),
        "answers_per_s": round(sent / result["wall_s"], 1),
        **{f"answer_{k}": v for k, v in summary_ms(result["latencies"]).items()},
        **{f"window_save_{k}": v for k, v in summary_ms(window_latencies).items()},
        "check_exit": check.returncode,
    }
    emit(f"room_{name}", figures)
    if result["failures"]:
        print("failures:", result["failures"][:5])
    return figures["answers_lost"] == 0 and figures["consensus_lost"] == 0 and check.returncode == 0


if __name__ == "__main__":
    main()
