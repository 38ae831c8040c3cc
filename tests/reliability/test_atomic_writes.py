"""Every export is written atomically: when the disk is full or the folder read-only, the user
gets one clear French line and the previous file is still there, whole, with nothing beside it.

Here the failure is simulated at the last step of the atomic write (fsync); the slow test in
test_full_disk.py fills a real tiny disk.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from diagapp.cli import main
from diagapp.services import files

OLD = b"previous export, sent to the funders last week"

# Each export the command line offers: (arguments after --db, the message expected).
EXPORTS = {
    "json": ["export", "json"],
    "csv": ["export", "csv"],
    "xlsx": ["export", "xlsx"],
    "pdf": ["export", "pdf", "--assessment", "latest"],
    "email": ["export", "email", "--to", "financeur@example.org"],
    "form": ["form", "export", "--assessment", "latest", "--participant", "Claire Martin"],
}
FAILURES = {
    "full disk": (errno.ENOSPC, "disque est plein"),
    "read-only folder": (errno.EROFS, "lecture seule"),
}


def _run(kind: str, db: Path, out: Path) -> int:
    command = EXPORTS[kind]
    return main([*command[:2], "--db", str(db), *command[2:], "--out", str(out)])


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("kind", EXPORTS)
def test_a_failed_export_keeps_the_previous_file(
    kind: str,
    failure: str,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"diagnostic.{kind}"
    out.write_bytes(OLD)
    code, message = FAILURES[failure]

    def failing_fsync(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    assert _run(kind, demo_path, out) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert out.read_bytes() == OLD
    assert [p.name for p in folder.iterdir()] == [out.name]


@pytest.mark.parametrize("kind", ["json", "csv", "form"])
def test_a_successful_export_replaces_the_file_in_one_step(
    kind: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"diagnostic.{kind}"
    out.write_bytes(OLD)
    assert _run(kind, demo_path, out) == 0
    assert out.read_bytes() != OLD and out.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("diagnostic")] == [out.name]
