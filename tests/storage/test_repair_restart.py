"""`check --repair` killed at any step and run again loses nothing: the damaged file, its
-wal (with committed updates not yet checkpointed) and its -shm all end up set aside."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diagapp.services import health
from diagapp.storage import backups
from diagapp.storage.database import open_database

UPDATES = 100


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs, no except clause catches it."""


@pytest.fixture
def wal_heavy(demo_path: Path, tmp_path: Path) -> Path:
    """A database whose last UPDATES committed updates live only in its -wal."""
    open_database(demo_path).close()  # a verified backup from before the updates
    writer = sqlite3.connect(demo_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(UPDATES):
        writer.execute("UPDATE answers SET evidence = ? WHERE id = ?", (f"update {i}", i + 1))
        writer.commit()
    # Copy the three files as a kill -9 would leave them (closing would checkpoint).
    crashed = tmp_path / "crashed" / demo_path.name
    crashed.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{demo_path}{suffix}", f"{crashed}{suffix}")
    shutil.copytree(backups.backup_dir(demo_path), backups.backup_dir(crashed))
    writer.close()
    return crashed


def _updates_in(main: Path, tmp_path: Path) -> int:
    """How many of the updates the file set aside still holds, read with its own -wal."""
    probe = tmp_path / "probe" / "probe.sqlite"
    probe.parent.mkdir(exist_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{main}{suffix}").exists():
            shutil.copyfile(f"{main}{suffix}", f"{probe}{suffix}")
    conn = sqlite3.connect(probe)
    try:
        return int(
            conn.execute("SELECT count(*) FROM answers WHERE evidence LIKE 'update %'").fetchone()[
                0
            ]
        )
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{probe}{suffix}").unlink(missing_ok=True)


def _kill_at(step: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the step-th file operation (copy, rename, removal) die; return the ones done."""
    done: list[str] = []

    def wrap(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def operation(*args: Any, **kwargs: Any) -> Any:
            if len(done) == step:
                raise Killed(name)
            done.append(name)
            return real(*args, **kwargs)

        return operation

    monkeypatch.setattr(os, "replace", wrap("replace", os.replace))
    monkeypatch.setattr(os, "unlink", wrap("unlink", os.unlink))
    monkeypatch.setattr(shutil, "copyfile", wrap("copyfile", shutil.copyfile))
    return done


def test_the_updates_only_in_the_wal_are_in_it(wal_heavy: Path, tmp_path: Path) -> None:
    assert _updates_in(wal_heavy, tmp_path) == UPDATES
    assert _updates_in(backups.list_backups(wal_heavy)[0].path, tmp_path) == 0


@pytest.mark.parametrize("step", range(8))
def test_a_repair_killed_at_any_step_and_run_again_loses_nothing(
    wal_heavy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    with monkeypatch.context() as patch:
        done = _kill_at(step, patch)
        with contextlib.suppress(Killed):
            health.recover(wal_heavy)
    if len(done) < step:
        pytest.skip(f"the repair takes {len(done)} file operations")
    if not health.check(wal_heavy).ok:
        health.recover(wal_heavy)  # what the user does next: `check --repair` again
    assert health.check(wal_heavy).ok
    asides = sorted(wal_heavy.parent.glob("*.damaged"))
    if not asides:  # killed before anything moved: the file is as it was
        assert _updates_in(wal_heavy, tmp_path) == UPDATES
        return
    assert len(asides) == 1, sorted(p.name for p in wal_heavy.parent.iterdir())
    assert _updates_in(asides[0], tmp_path) == UPDATES  # were lost: the -wal was deleted
    assert _updates_in(wal_heavy, tmp_path) == 0  # the backup, without a stray -wal
    leftovers = [p.name for p in wal_heavy.parent.iterdir() if p.suffix in (".restoring", ".tmp")]
    assert leftovers == []
