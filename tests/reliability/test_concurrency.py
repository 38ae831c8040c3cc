"""One window per database (an OS lock that dies with its process); writers forced onto one
file wait their turn and never corrupt it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_scripts import BENCHMARKS, ROOT, load_script
from sqlalchemy import select

from diagapp.services import answers, assessments, exchange
from diagapp.services.demo import write_demo
from diagapp.services.workspace import DatabaseLocked, open_workspace
from diagapp.storage import lock
from diagapp.storage.database import Database
from diagapp.storage.schema import ConsensusRow

HOLDER = """
import sys, time
from pathlib import Path
from diagapp.storage import lock
from diagapp.storage.database import Database
from diagapp.storage.schema import ConsensusRow
held = lock.acquire(Path(sys.argv[1]))
print("held", flush=True)
time.sleep(120)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "DIAGAPP_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}


@pytest.fixture
def holder(demo_path: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another diagapp process holding the database."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_a_second_instance_is_refused_with_a_clear_message(
    holder: subprocess.Popen[str], demo_path: Path
) -> None:
    with pytest.raises(DatabaseLocked, match="déjà ouverte dans une autre fenêtre"):
        open_workspace(demo_path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_instance_releases_the_database(
    holder: subprocess.Popen[str], demo_path: Path
) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    workspace = open_workspace(demo_path)  # no stale lock, no waiting, no question asked
    workspace.close()


def test_a_stale_pid_in_the_lock_file_does_not_block(demo_path: Path) -> None:
    """The PID written in the lock file is only informative: a reused PID (here a live
    process, our parent) never makes the lock look held."""
    lock.lock_path(demo_path).write_text(f"{os.getppid()}\n", encoding="utf-8")
    workspace = open_workspace(demo_path)
    workspace.close()


def test_the_same_process_cannot_open_it_twice(demo_path: Path) -> None:
    first = open_workspace(demo_path)
    try:
        with pytest.raises(DatabaseLocked):
            open_workspace(demo_path)
    finally:
        first.close()
    open_workspace(demo_path).close()


def _writer(path: Path, who: str, seed: int, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            str(BENCHMARKS / "crash_writer.py"),
            "--db",
            str(path),
            "--no-lock",
            "--who",
            who,
            "--seed",
            str(seed),
            "--max-writes",
            "150",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_writers_forced_onto_one_file_finish_or_fail_cleanly_and_never_corrupt_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared.sqlite"
    write_demo(path, years=1, participants=4)
    other = tmp_path / "other.sqlite"
    write_demo(other, years=2, participants=9, seed=7)
    from diagapp.storage.database import open_database

    db = open_database(other, backup=False)
    try:
        big = exchange.export_json(db, tmp_path / "other.json")
    finally:
        db.close()
    env = _env(tmp_path)
    writers = [_writer(path, "participants", 1, env), _writer(path, "consensus", 2, env)]
    time.sleep(0.4)  # the import's long transaction lands in the middle of the saves
    importer = subprocess.run(
        [sys.executable, "-m", "diagapp.cli", "import", str(big), "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    outputs = [w.communicate(timeout=120) for w in writers]
    saved: dict[str, tuple[object, bool, str]] = {}
    stress = load_script(BENCHMARKS / "stress_crash.py")
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert "Traceback" not in err
        lines = out.splitlines()
        errors = [line for line in lines if line.startswith("error ")]
        assert writer.returncode == 0 or (writer.returncode == 1 and len(errors) == 1), out
        for line in lines:
            if line.startswith("saved "):
                _, key, text = line.split(" ", 2)
                saved[key] = stress._as_state(text)
    assert "Traceback" not in importer.stderr
    assert importer.returncode == 0 or len(importer.stderr.strip().splitlines()) == 1
    assert len(saved) > 50  # most saves went through: the writers waited, they did not fail
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        dynamics = conn.execute("SELECT count(*) FROM dynamics").fetchone()[0]
    finally:
        conn.close()
    assert dynamics == (2 if importer.returncode == 0 else 1)
    actual = stress._states(path, aid=1)  # the assessment the writers started on
    assert {k: actual.get(k) for k in saved} == saved


def test_a_long_read_neither_holds_up_saves_nor_sees_half_of_them(demo_db: Database) -> None:
    """An export or a comparison in a background job reads one consistent snapshot, and the
    window's saves go through meanwhile (they would wait on a write lock otherwise)."""
    aid = assessments.latest_assessment(demo_db)
    item = "ressort.besoin_territoire"
    answers.record_answer(demo_db, assessment_id=aid, participant_id=None, item_id=item, value=0)
    query = select(ConsensusRow.value).where(
        ConsensusRow.assessment_id == aid, ConsensusRow.item_id == item
    )
    with demo_db.reading() as s:
        assert s.scalar(query) == 0  # the snapshot starts here
        start = time.monotonic()
        answers.record_answer(
            demo_db, assessment_id=aid, participant_id=None, item_id=item, value=3
        )
        assert time.monotonic() - start < 1.0
        assert s.scalar(query) == 0  # still the same snapshot
    with demo_db.reading() as s:
        assert s.scalar(query) == 3
