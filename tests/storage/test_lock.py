"""The single-instance lock beside the database: never follows a link, gone after a clean quit."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from diagapp.domain.errors import DiagappError
from diagapp.services.workspace import DatabaseLocked, open_workspace
from diagapp.storage import lock

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and unlink")


@posix_only
def test_a_symlink_at_the_lock_is_refused_and_its_target_untouched(
    demo_path: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("notes de la réunion\n", encoding="utf-8")
    lock.lock_path(demo_path).symlink_to(victim)
    with pytest.raises(DiagappError, match="lien symbolique") as raised:
        open_workspace(demo_path)
    assert not isinstance(raised.value, DatabaseLocked)
    assert victim.read_text(encoding="utf-8") == "notes de la réunion\n"  # was the PID


@posix_only
def test_a_clean_close_removes_the_lock_file(demo_path: Path) -> None:
    workspace = open_workspace(demo_path)
    assert lock.lock_path(demo_path).exists()
    workspace.close()
    assert not lock.lock_path(demo_path).exists()
    open_workspace(demo_path).close()  # and the next open works as before
    assert sorted(p.name for p in demo_path.parent.iterdir() if ".lock" in p.name) == []


@posix_only
def test_a_lock_file_removed_by_its_holder_is_not_locked_twice(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder quits (removing the file) between our open and our lock: locking that
    orphan must not count, or the next window would lock a new file and both would run."""
    first = lock.acquire(demo_path)
    real_lock = lock._lock
    calls = []

    def holder_quits_first(handle: object) -> None:
        if not calls:
            first.release()
        calls.append(handle)
        real_lock(handle)  # type: ignore[arg-type]

    monkeypatch.setattr(lock, "_lock", holder_quits_first)
    second = lock.acquire(demo_path)
    monkeypatch.setattr(lock, "_lock", real_lock)
    try:
        assert lock.lock_path(demo_path).exists()
        with pytest.raises(DatabaseLocked):
            lock.acquire(demo_path)
    finally:
        second.release()


@posix_only
def test_the_window_leaves_no_lock_file_after_a_clean_quit(
    demo_path: Path, run_diagapp: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    done = run_diagapp("--db", str(demo_path), DIAGAPP_QUIT_AFTER_MS="1500")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in demo_path.parent.iterdir() if p.name.endswith(".lock")] == []
