"""The command line contract: outputs, exit codes, one clear line on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diagapp.cli import main

REPORT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "000_d0cbea24b0b91578.txt"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diagapp.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("diagapp : ")


def test_questionnaire_json_lists_every_item(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questionnaire", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    counts = {d["id"]: len(d["items"]) for d in data["dimensions"]}
    assert counts == {"ressort": 10, "energie": 12, "robustesse": 12, "impact": 11, "systeme": 11}
    assert data["dimensions"][0]["items"][0]["levels"][3]["fr"]


def test_questionnaire_text_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questionnaire", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "The mainspring" in out or "mainspring" in out.lower()


def test_references_json_reproduces_the_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["references", "--json"]) == 0
    refs = json.loads(capsys.readouterr().out)
    assert len(refs) == 18
    by_id = {r["id"]: r for r in refs}
    # Spot checks against l.813 and l.1024 (the full cell-by-cell check is in tests/domain).
    figeac = by_id["figeacteurs"]
    assert figeac["funding"][0]["intensity"] == {
        "public_subsidies": 1,
        "private_grants_patronage": 0,
        "sales": 0,
        "membership_fees": 1,
        "revenue_levy": 0,
        "equity_contributions": None,  # no such column in the report's table (l.811-812)
        "crowdfunding": 1,
        "loans": 1,
        "in_kind": 1,
    }
    assert figeac["governance"] == {"inhabitants": 1, "debate": 2}
    assert figeac["legal_status"] == "association loi 1901"
    assert [s["structure"] for s in by_id["tzcld_premery"]["funding"]] == ["EBE", "CLE"]


def test_demo_check_export_import(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = run("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "3 évaluation(s)" in result.stdout
    again = run("demo", "--db", str(db))
    assert_clean_error(again)
    result = run("check", "--db", str(db))
    assert result.returncode == 0 and "saine" in result.stdout
    out = tmp_path / "demo.json"
    assert run("export", "json", "--db", str(db), "--out", str(out)).returncode == 0
    target = tmp_path / "other.sqlite"
    result = run("import", str(out), "--db", str(target))
    assert result.returncode == 0 and "Import terminé" in result.stdout
    assert run("check", "--db", str(target)).stdout.count("avant un import") == 1


def test_check_reports_damage_and_repairs(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    out = tmp_path / "x.json"
    assert run("export", "json", "--db", str(db), "--out", str(out)).returncode == 0
    assert run("import", str(out), "--db", str(db)).returncode == 0  # takes a backup
    db.write_bytes(b"\x00" * db.stat().st_size)
    damaged = run("check", "--db", str(db))
    assert damaged.returncode == 3
    assert "ENDOMMAGÉE" in damaged.stdout
    repaired = run("check", "--db", str(db), "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "Restauré depuis la sauvegarde" in repaired.stdout
    assert list(tmp_path.glob("d.sqlite.*.damaged"))
    assert run("check", "--db", str(db)).returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["import", "/nonexistent/file.json"],
        ["export", "json", "--db", "/nonexistent/dir/x.sqlite", "--out", "x.json"],
        ["check", "--db", "/nonexistent/none.sqlite"],
        ["demo", "--db", "/tmp/never.sqlite", "--years", "0"],
    ],
)
def test_errors_are_one_clear_line(args: list[str], tmp_path: Path) -> None:
    assert_clean_error(run(*args, env={"DIAGAPP_HOME": str(tmp_path)}))


def test_a_damaged_database_is_an_error_not_an_empty_start(tmp_path: Path) -> None:
    db = tmp_path / "garbage.sqlite"
    db.write_text("pas une base", encoding="utf-8")
    result = run("export", "json", "--db", str(db), "--out", str(tmp_path / "o.json"))
    assert_clean_error(result)
    assert result.returncode == 3
    assert db.read_text(encoding="utf-8") == "pas une base"


def test_export_to_a_read_only_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    db = tmp_path / "d.sqlite"
    run("demo", "--db", str(db))
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    result = run("export", "json", "--db", str(db), "--out", str(ro / "x.json"))
    assert_clean_error(result)
    assert "lecture seule" in result.stderr


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_import_counts_the_objectives_in_french_and_english(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    out = tmp_path / "demo.json"
    assert run("export", "json", "--db", str(db), "--out", str(out)).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    objectives = sum(
        len(a.get("objectives") or []) for d in data["dynamics"] for a in d["assessments"]
    )
    assert objectives > 0
    result = run("import", str(out), "--db", str(tmp_path / "fr.sqlite"))
    assert result.returncode == 0, result.stderr
    assert f"{objectives} objectif(s)" in result.stdout, result.stdout
    result = run("import", str(out), "--db", str(tmp_path / "en.sqlite"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Import finished: "), result.stdout
    assert f"{objectives} objective(s)" in result.stdout, result.stdout
    assert "évaluation" not in result.stdout
