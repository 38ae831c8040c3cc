"""Every command works on a database whose folder name holds URI-special characters.

SQLite reads `file:` URIs: an unescaped `#`, `?` or `%20` in the path opened another file
(empty backups « verified », damage called « saine », a repair restoring an empty base).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from diagapp.cli import main
from diagapp.storage import backups

ODD = "Projet #1 ?a%20b&c;d'e\"f é"


@pytest.fixture
def odd_db(demo_master: Path, tmp_path: Path) -> Path:
    folder = tmp_path / ODD
    folder.mkdir()
    target = folder / "base #2.sqlite"
    shutil.copyfile(demo_master, target)
    return target


def _count(path: Path, table: str = "answers") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _strays(tmp_path: Path) -> list[str]:
    """Files a wrongly parsed URI creates: beside the odd folder, never inside it."""
    expected = {ODD, "home", "config"}
    return sorted(p.name for p in tmp_path.iterdir() if p.name not in expected)


def _run(*args: str) -> int:
    return main(list(args))


READING = [
    ("export", "json", "--out", "{out}.json"),
    ("export", "xlsx", "--out", "{out}.xlsx"),
    ("export", "csv", "--out", "{out}.csv"),
    ("export", "pdf", "--out", "{out}.pdf"),
    ("export", "email", "--to", "a@b.fr", "--out", "{out}.eml"),
    ("recommend", "--assessment", "latest"),
    (
        "form",
        "export",
        "--assessment",
        "latest",
        "--participant",
        "Lucas Petit",
        "--out",
        "{out}.xlsx",
    ),
    ("check",),
]


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_reading_commands_work_in_an_odd_folder(
    odd_db: Path, tmp_path: Path, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(odd_db.parent / "sortie #1 ?%20")
    args = [part.format(out=out) for part in command]
    assert _run(*args, "--db", str(odd_db)) == 0, capsys.readouterr().err
    assert _strays(tmp_path) == []
    written = [p for p in odd_db.parent.iterdir() if p.name.startswith("sortie")]
    assert command[0] in ("recommend", "check") or [p.stat().st_size > 0 for p in written] == [True]


def test_demo_import_and_backups_in_an_odd_folder(
    odd_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _count(odd_db)
    exported = odd_db.parent / "export #1.json"
    assert _run("export", "json", "--db", str(odd_db), "--out", str(exported)) == 0
    target = odd_db.parent / "copie ?1.sqlite"
    assert _run("import", str(exported), "--db", str(target)) == 0, capsys.readouterr().err
    assert _count(target) == answers
    # The import into an existing base backs it up first: the copy holds the data.
    assert _run("import", str(exported), "--db", str(target)) == 0
    kept = backups.list_backups(target)  # newest first; the oldest is the empty new base
    assert [_count(b.path) for b in kept] == [answers, answers, 0]
    demo = odd_db.parent / "démo %20.sqlite"
    assert _run("demo", "--db", str(demo), "--years", "1", "--participants", "2") == 0
    assert _count(demo, "assessments") == 1
    assert _strays(tmp_path) == []


def test_damage_is_seen_and_repaired_in_an_odd_folder(
    odd_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _count(odd_db)
    taken = backups.take_backup(odd_db, "open")
    assert _count(taken.path) == answers
    with odd_db.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 8192)
    assert _run("check", "--db", str(odd_db)) == 3
    assert "ENDOMMAGÉE" in capsys.readouterr().out
    assert _run("check", "--db", str(odd_db), "--repair") == 0
    assert _count(odd_db) == answers
    assert _run("check", "--db", str(odd_db)) == 0
    assert _strays(tmp_path) == []


def test_form_round_trip_in_an_odd_folder(
    odd_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = odd_db.parent / "formulaire #3 ?.xlsx"
    who = ["--assessment", "latest", "--participant", "Lucas Petit"]
    assert _run("form", "export", "--db", str(odd_db), *who, "--out", str(form)) == 0
    assert _run("form", "import", str(form), "--db", str(odd_db)) == 0, capsys.readouterr().err
    assert _strays(tmp_path) == []


def test_the_window_opens_and_backs_up_a_base_in_an_odd_folder(
    odd_db: Path, tmp_path: Path, run_diagapp: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    done = run_diagapp("--db", str(odd_db), DIAGAPP_QUIT_AFTER_MS="1500")
    assert done.returncode == 0, done.stderr
    kept = backups.list_backups(odd_db)
    assert kept and _count(kept[0].path) == _count(odd_db)  # was: an empty 4 KB copy
    assert _strays(tmp_path) == []
