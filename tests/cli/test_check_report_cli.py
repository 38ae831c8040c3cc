"""`diagapp check-report`: the reread on the command line (exit codes, --json, read-only)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from diagapp.cli import main
from diagapp.cli.reread import EXIT_FINDINGS
from diagapp.services import answers, assessments
from diagapp.storage import backups
from diagapp.storage.database import open_database


def _files(path: Path) -> dict[str, bytes]:
    """The database and its -wal when it holds anything (the -shm is a shared index)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(path.parent.glob(path.name + "*"))
        if p.is_file() and not p.name.endswith("-shm") and p.stat().st_size
    }


@pytest.fixture
def flawed(tmp_path: Path) -> Path:
    """One assessment claiming the top level for an item with no evidence."""
    path = tmp_path / "flawed.sqlite"
    db = open_database(path, backup=False)
    try:
        dynamic = assessments.create_dynamic(db, name="Dynamique pressée")
        aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
        answers.record_answer(
            db,
            assessment_id=aid,
            participant_id=None,
            item_id="impact.effets_quantitatifs",
            value=3,
        )
    finally:
        db.close()
    return path


def test_a_finding_to_fix_exits_with_its_code_and_says_it_in_french(
    flawed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check-report", "--db", str(flawed), "--assessment", "latest"])
    out = capsys.readouterr().out
    assert code == EXIT_FINDINGS == 4
    assert "[À corriger] Niveau le plus haut sans preuve" in out
    assert "4.2" in out and "point(s) à corriger" in out


def test_json_for_tools(flawed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["check-report", "--db", str(flawed), "--assessment", "1", "--json", "--lang", "en"]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 4 and data["exit_code"] == 4 and data["serious_count"] >= 1
    first = data["findings"][0]
    assert first["rule_id"] == "evidence.top_without_evidence"
    assert first["severity"] == "a_corriger" and first["severity_label"] == "To fix"
    assert first["subject"] == "impact.effets_quantitatifs" and first["serious"] is True


def test_nothing_serious_on_the_demo_exits_zero(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check-report", "--db", str(demo_path), "--assessment", "latest"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "À corriger" not in out and "Rien de grave" in out


def test_it_never_writes_the_database(flawed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _files(flawed)
    assert main(["check-report", "--db", str(flawed), "--assessment", "latest"]) == 4
    assert _files(flawed) == before
    assert backups.list_backups(flawed) == []


def test_an_older_database_is_read_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file of an older diagapp is read through a migrated copy in memory: the command
    answers and the file stays byte for byte as it was."""
    old = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v2.sqlite", old)
    before = _files(old)
    assert main(["check-report", "--db", str(old), "--assessment", "latest"]) in (0, 4)
    assert "Relecture" in capsys.readouterr().out
    assert _files(old) == before


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--assessment", "l'an dernier"], 1, "numéro d'évaluation"),
        (["--assessment", "99"], 1, "introuvable"),
        ([], 2, "--assessment"),
    ],
)
def test_bad_input_is_one_french_line(
    flawed: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    with pytest.raises(SystemExit) if code == 2 else _no_raise() as caught:
        result = main(["check-report", "--db", str(flawed), *args])
    assert (caught.value.code if code == 2 else result) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


class _no_raise:
    value = None

    def __enter__(self) -> _no_raise:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.sqlite"
    assert main(["check-report", "--db", str(missing), "--assessment", "latest"]) == 1
    assert "n'existe pas" in capsys.readouterr().err
    assert not missing.exists()
