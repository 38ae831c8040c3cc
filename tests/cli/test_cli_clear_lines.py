"""Inputs that gave « erreur interne » (exit 70), a blocked terminal, English system words or a
control sequence on the terminal: each now gives one short French line and a usage or error exit."""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from diagapp.cli import EXIT_ERROR, EXIT_USAGE, build_parser, main
from diagapp.cli.core import _french_argparse, _load_extensions

ENGLISH = re.compile(
    r"usage:|show this|show program|positional arguments|the following|invalid choice|"
    r"required|expected|unrecognized|Not a directory|No such file|Permission denied|"
    r"Device or resource busy"
)


def _one_french_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("diagapp :")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert "interne" not in err
    assert not ENGLISH.search(err), err
    assert len(lines[0]) < 250, lines[0]
    return lines[0]


def _every_parser() -> list[tuple[str, argparse.ArgumentParser]]:
    _load_extensions()
    found: list[tuple[str, argparse.ArgumentParser]] = []
    with _french_argparse():  # as main() builds it
        todo = [("diagapp", build_parser())]
    while todo:
        name, parser = todo.pop()
        found.append((name, parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo += [(f"{name} {n}", p) for n, p in action.choices.items()]
    return found


def test_every_help_is_french() -> None:
    parsers = _every_parser()
    assert len(parsers) >= 14
    for name, parser in parsers:
        with _french_argparse():
            text = parser.format_help()
        assert text.startswith("utilisation : "), name
        assert not ENGLISH.search(text), (name, text)


def test_help_from_the_command_line_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "pdf", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "afficher cette aide et quitter" in out
    assert not ENGLISH.search(out), out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "pdf", "--db", "x.sqlite"], "arguments obligatoires manquants : --out"),
        (["export", "pdf", "--lang", "de", "--out", "x.pdf"], "choix 'de' invalide"),
        (["export", "json", "--out", ""], "chemin de fichier vide"),
        (["export", "xlsx", "--out", " "], "chemin de fichier vide"),
        (["frobnicate"], "choix 'frobnicate' invalide"),
        (["export"], "précisez un format"),
        (["form"], "précisez « export » ou « import »"),
    ],
)
def test_usage_errors_are_french(
    args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(args)
    assert done.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert expected in _one_french_line(err)
    assert err.startswith("utilisation : ")


HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    "args",
    [
        ["export", "pdf", "--assessment", HUGE, "--out", "x.pdf"],
        ["export", "email", "--assessment", HUGE, "--to", "a@b.fr", "--out", "x.eml"],
        ["form", "export", "--assessment", HUGE, "--participant", "1", "--out", "f.xlsx"],
        ["form", "import", "f.xlsx", "--assessment", HUGE],
        ["recommend", "--assessment", "1" + "0" * 30],
    ],
)
def test_a_huge_assessment_number_is_a_clear_line(
    args: list[str], demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, "--db", str(demo_path)]) == EXIT_ERROR
    assert "n'est pas un numéro d'évaluation" in _one_french_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "diagapp-export", "format_version": ' + "9" * 5000 + "}", "nombre démesuré"),
        ('{"format": "diagapp-export", "x": ' + "[" * 900 + "]" * 900 + "}", "trop profonde"),
    ],
)
def test_absurd_json_gives_a_short_line(
    tmp_path: Path, content: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "attack.json"
    path.write_text(content, encoding="utf-8")
    assert main(["import", str(path), "--db", str(tmp_path / "db.sqlite")]) == EXIT_ERROR
    assert expected in _one_french_line(capsys.readouterr().err)


def test_import_from_a_device_or_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        done = subprocess.run(
            [sys.executable, "-m", "diagapp.cli", "import", source],
            capture_output=True,
            text=True,
            timeout=60,  # it blocked forever on the FIFO, and filled memory on /dev/zero
            env={**os.environ, "DIAGAPP_HOME": str(tmp_path / "home")},
        )
        assert done.returncode == EXIT_ERROR
        assert "pas un fichier ordinaire" in _one_french_line(done.stderr)


def test_system_errors_are_told_in_french(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "fichier.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    code = main(["export", "json", "--db", str(demo_path), "--out", str(not_a_folder / "x.json")])
    assert code == EXIT_ERROR
    assert "n'est pas un dossier" in _one_french_line(capsys.readouterr().err)


def test_recommend_never_prints_control_characters_from_the_database(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_path) as con:
        con.execute("UPDATE dynamics SET name = name || ?", ("\x1b]0;pwned\x07\x1b[2J",))
        con.execute("UPDATE recommendation_decisions SET note = ?", ("\x1b[31mrouge\r",))
    assert main(["recommend", "--db", str(demo_path), "--assessment", "latest"]) == 0
    out = capsys.readouterr().out
    assert "Recommandations pour" in out
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", out)


def test_an_export_never_replaces_a_fifo_or_a_folder(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    folder = tmp_path / "dossier"
    folder.mkdir()
    for target, expected in ((fifo, "pas un fichier ordinaire"), (folder, "est un dossier")):
        assert main(["export", "json", "--db", str(demo_path), "--out", str(target)]) == 1
        assert expected in _one_french_line(capsys.readouterr().err)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert folder.is_dir() and list(folder.iterdir()) == []
