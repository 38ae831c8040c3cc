"""Atomic writes: a failure never leaves a half file nor loses the previous one."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from diagapp.services import files


def test_replaces_the_old_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]
    assert target.stat().st_mode & 0o044  # readable by others like any exported file


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "disque est plein"),
        (errno.EROFS, "lecture seule"),
        (errno.EACCES, "lecture seule"),
    ],
)
def test_a_failed_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str
) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"previous export")

    def failing_fsync(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    with pytest.raises(files.WriteError, match=message):
        files.write_atomic(target, b"x" * 100_000)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_a_missing_folder_is_said(tmp_path: Path) -> None:
    with pytest.raises(files.WriteError, match="n'existe pas"):
        files.write_atomic(tmp_path / "absent" / "x.csv", b"a")


KILLED_EXPORT = """
import os, sys
from pathlib import Path
import xlsxwriter
from diagapp.services import files, tabular
from diagapp.storage.database import open_database

files.clock = lambda: 0.0  # the killed exports see nothing stale: the test's clock decides
db = open_database(Path(sys.argv[1]), read_only=True)
if sys.argv[3] == "while-writing-the-workbook":
    xlsxwriter.Workbook.close = lambda self: os._exit(9)
else:  # after the temporary file, before the rename
    os.replace = lambda *args: os._exit(9)
tabular.export_xlsx(db, Path(sys.argv[2]))
"""


@pytest.mark.skipif(os.name == "nt", reason="the PID check is POSIX")
def test_what_a_killed_export_left_is_removed_by_the_next_export(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    from diagapp.services import tabular
    from diagapp.storage.database import open_database

    exports = tmp_path / "exports"
    exports.mkdir()
    for moment in ("while-writing-the-workbook", "before-the-rename"):
        subprocess.run(
            [sys.executable, "-c", KILLED_EXPORT, str(demo_path), str(exports / "a.xlsx"), moment],
            check=False,
            timeout=120,
        )
    left = sorted(p.name for p in exports.iterdir())
    assert len(left) == 2 and any(n.startswith(".diagapp-xlsx-") for n in left), left
    assert any(n.startswith(".a.xlsx.") and n.endswith(".tmp") for n in left), left
    # A live export's temporary, however old, is never touched.
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    live = exports / f".b.xlsx.{sleeper.pid}-abcd1234.tmp"
    live.write_bytes(b"in progress")
    then = 1_700_000_000.0  # a fixed clock: the leftovers are two hours old at "now"
    for name in [*left, live.name]:
        os.utime(exports / name, (then, then))
    monkeypatch.setattr(files, "clock", lambda: then + 2 * 3600, raising=False)
    try:
        db = open_database(demo_path, read_only=True)
        try:
            tabular.export_xlsx(db, exports / "a.xlsx")
        finally:
            db.close()
        assert sorted(p.name for p in exports.iterdir()) == sorted([live.name, "a.xlsx"])
    finally:
        sleeper.kill()
        sleeper.wait()


def test_recent_temporaries_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Half an hour old and its process unknown: perhaps another machine's export on a
    shared folder, still running. Only age and a dead PID together remove it."""
    now = 1_700_000_000.0
    recent = tmp_path / ".a.pdf.999999999-abcd1234.tmp"
    recent.write_bytes(b"x")
    os.utime(recent, (now - 1800, now - 1800))
    monkeypatch.setattr(files, "clock", lambda: now, raising=False)
    files.write_atomic(tmp_path / "a.pdf", b"pdf")
    assert recent.exists()
