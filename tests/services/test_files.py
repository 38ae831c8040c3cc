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
