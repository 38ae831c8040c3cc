"""Every schema version ever released opens in this one with the same answers and scores;
a newer file is refused untouched; a failing migration leaves the file as it was."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from reliability_scripts import FIXTURES, ROOT, load_script

from diagapp.cli import main
from diagapp.services import assessments
from diagapp.storage import backups, migrations
from diagapp.storage.database import DatabaseError, DatabaseTooNew, open_database

VERSIONS = range(1, migrations.SCHEMA_VERSION + 1)


def _builder() -> ModuleType:
    return load_script(FIXTURES / "make_fixtures.py")


def _fixture(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"v{version}.sqlite"
    shutil.copyfile(FIXTURES / f"schema_v{version}.sqlite", target)
    return target


def _expected(version: int) -> dict[str, Any]:
    text = (FIXTURES / f"schema_v{version}.expected.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _json(data: Any) -> Any:
    """Tuples become lists, as in the stored expectation."""
    return json.loads(json.dumps(data, ensure_ascii=False))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    for version in VERSIONS:
        path = FIXTURES / f"schema_v{version}.sqlite"
        assert path.exists(), f"run tests/fixtures/make_fixtures.py to add {path.name}"
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        finally:
            conn.close()


def _read_under_the_funding_rule(structures: list[Any]) -> list[Any]:
    """The stored cells as every reader sees them: with amounts, a structure's monetary
    intensities follow its shares (diagapp.domain.funding; the fixtures predate the rule)."""
    from diagapp.domain import funding
    from diagapp.domain.model import FundingCell, Structure
    from diagapp.services import catalog

    spec = catalog.questionnaire(1).funding
    read = []
    for name, status, hours, multiple, cells in structures:
        structure = funding.with_derived_intensities(
            Structure(0, name, cells=tuple(FundingCell(*c) for c in cells)), spec
        )
        derived = sorted([c.resource, c.intensity, c.amount_eur] for c in structure.cells)
        read.append([name, status, hours, multiple, derived])
    return read


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_database_opens_with_identical_answers_and_scores(
    version: int, tmp_path: Path
) -> None:
    path = _fixture(version, tmp_path)
    expected = _expected(version)
    db = open_database(path)
    try:
        ids = [a.id for d in assessments.list_dynamics(db) for a in d.assessments]
        seen = [_builder().describe(assessments.load_assessment(db, i)) for i in ids]
    finally:
        db.close()
    assert len(seen) == len(expected["assessments"]) >= 2
    for got, want in zip(seen, expected["assessments"], strict=True):
        got = _json(got)
        want["structures"] = _read_under_the_funding_rule(want["structures"])
        for key in want:  # one key at a time: a failure names what changed
            assert got[key] == want[key], f"{want['label']}: {key}"
    assert _builder().raw_decisions(path) == expected["recommendation_decisions"]
    accepted = _builder().raw_reread_acceptances(path)
    assert (accepted or []) == expected.get("reread_acceptances", [])
    assert (_builder().raw_finances(path) or []) == expected.get("finances", [])
    assert (_builder().raw_objectives(path) or []) == expected.get("objectives", [])
    assert (_builder().raw_plan_actions(path) or []) == expected.get("plan_actions", [])
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    finally:
        conn.close()


def test_a_v3_database_gains_objectives_carried_into_its_next_year(tmp_path: Path) -> None:
    """Issue 17: a file from before the objectives opens with none, and the team can write
    some and carry them into a new year's assessment."""
    import datetime as dt

    from diagapp.services import objectives

    path = _fixture(3, tmp_path)
    db = open_database(path)
    try:
        last = assessments.list_dynamics(db)[0].assessments[-1]
        assert objectives.list_objectives(db, assessment_id=last.id) == []
        objectives.add_objective(
            db, assessment_id=last.id, title="Sociétaires", baseline=0, target=50, reached=12
        )
        new = assessments.create_assessment(
            db,
            dynamic_id=assessments.list_dynamics(db)[0].id,
            date=dt.date(2028, 1, 10),
            copy_from=last.id,
        )
        (carried,) = objectives.list_objectives(db, assessment_id=new)
        assert (carried.title, carried.previous, carried.reached) == ("Sociétaires", 12, None)
    finally:
        db.close()


@pytest.mark.parametrize("version", [v for v in VERSIONS if v < migrations.SCHEMA_VERSION])
def test_a_verified_copy_is_taken_before_migrating(version: int, tmp_path: Path) -> None:
    path = _fixture(version, tmp_path)
    open_database(path).close()
    before = [b for b in backups.list_backups(path) if b.reason == f"before-migration-v{version}"]
    assert len(before) == 1 and backups.verify(before[0].path)
    conn = sqlite3.connect(before[0].path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()
    assert _builder().expected(before[0].path) == _expected(version)


def _bytes_of(path: Path) -> dict[str, bytes]:
    """The file and its -wal when it holds anything (a -shm is only a shared index)."""
    found = {}
    for p in sorted(path.parent.glob(path.name + "*")):
        if p.is_file() and not p.name.endswith("-shm") and p.stat().st_size:
            found[p.name] = p.read_bytes()
    return found


def test_a_database_from_a_newer_version_is_refused_and_left_byte_identical(
    tmp_path: Path,
) -> None:
    path = _fixture(migrations.SCHEMA_VERSION, tmp_path)
    # A newer diagapp was using it and stopped without closing: its -wal still holds data.
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    writer.execute("UPDATE dynamics SET name = name || ' (2030)'")
    writer.commit()
    left = tmp_path / "left"
    left.mkdir()
    for p in tmp_path.glob("v*.sqlite*"):
        shutil.copyfile(p, left / p.name)
    writer.close()
    path = left / path.name
    assert (left / f"{path.name}-wal").stat().st_size > 0
    before = _bytes_of(path)
    with pytest.raises(DatabaseTooNew, match="plus récente"):
        open_database(path)
    assert _bytes_of(path) == before


def test_a_failing_migration_leaves_the_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _fixture(1, tmp_path)
    original = path.read_bytes()
    broken = migrations.STEPS[1] + "\nCREATE TABLE answers (x INTEGER);\n"  # fails at the end
    monkeypatch.setattr(migrations, "STEPS", (migrations.STEPS[0], broken))
    with pytest.raises(DatabaseError):
        open_database(path)
    assert path.read_bytes() == original
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [r[1] for r in conn.execute("PRAGMA table_info(answers)")]
        assert "to_review" not in columns  # the first statements of the step were undone
    finally:
        conn.close()
    monkeypatch.undo()
    db = open_database(path)  # the fixed release migrates it normally
    db.close()
    assert _builder().expected(path) == _expected(1)


MIGRATOR = """
import sys
from pathlib import Path
from diagapp.storage.database import open_database
print("imported", flush=True)
open_database(Path(sys.argv[1])).close()
print("opened", flush=True)
"""


def _kill_during_migration(tmp_path: Path, seed: int) -> None:
    path = _fixture(1, tmp_path / f"trial{seed}")
    proc = subprocess.Popen(
        [sys.executable, "-c", MIGRATOR, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "imported"
    time.sleep(random.Random(seed).uniform(0, 0.04))  # the backup and the migration
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] in (1, migrations.SCHEMA_VERSION)
    finally:
        conn.close()
    db = open_database(path)  # the next start finishes the job
    db.close()
    assert _builder().expected(path) == _expected(1)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("seed", range(3))
def test_a_migration_killed_midway_leaves_the_old_or_the_new_schema(
    tmp_path: Path, seed: int
) -> None:
    (tmp_path / f"trial{seed}").mkdir()
    _kill_during_migration(tmp_path, seed)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_thirty_migrations_killed_midway(tmp_path: Path) -> None:
    for seed in range(100, 130):
        (tmp_path / f"trial{seed}").mkdir()
        _kill_during_migration(tmp_path, seed)


HALF_MIGRATION = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # pages spill to the file: the journal is needed
conn.execute("BEGIN IMMEDIATE")
conn.execute("ALTER TABLE answers ADD COLUMN to_review BOOLEAN NOT NULL DEFAULT 0")
conn.execute("UPDATE answers SET evidence = evidence || '-------------------------------'")
os._exit(9)  # killed mid-migration: a hot rollback journal stays beside the file
"""


def test_a_hot_rollback_journal_is_rolled_back_not_called_read_only(tmp_path: Path) -> None:
    """A DELETE-mode file (an older diagapp, or a copy through a tool) killed mid-write:
    the folder is writable, so SQLite plays the journal back and the file opens."""
    path = _fixture(1, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    subprocess.run([sys.executable, "-c", HALF_MIGRATION, str(path)], check=False, timeout=60)
    assert Path(f"{path}-journal").stat().st_size > 0
    db = open_database(path)  # was: « … est en lecture seule : copiez-la … »
    db.close()
    assert _builder().expected(path) == _expected(1)
    assert main(["check", "--db", str(path)]) == 0
