"""Offline: no code path opens a network connection (nor even looks a name up).

Every command of the command line runs in this process with the network guarded; the window
on the demo (`diagapp --demo`) runs in a child process guarded the same way at start-up.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability_scripts import ROOT

from diagapp.cli import main

GUARD = """
import socket

class NetworkUsed(RuntimeError):
    pass

def _refuse(*args, **kwargs):
    raise NetworkUsed(f"network used: {args[1:] or kwargs}")

_connect = socket.socket.connect

def _connect_local_only(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _connect(self, address)
    _refuse(self, address)

socket.socket.connect = _connect_local_only
socket.socket.connect_ex = _connect_local_only
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
"""


class NetworkUsed(RuntimeError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt is recorded and refused (a local AF_UNIX socket, e.g. D-Bus, is allowed)."""
    attempts: list[str] = []
    connect = socket.socket.connect

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[1:] or kwargs))
        raise NetworkUsed(f"network used: {args[1:] or kwargs}")

    def local_only(self: socket.socket, address: Any) -> Any:
        if self.family == getattr(socket, "AF_UNIX", None):
            return connect(self, address)
        return refuse(self, address)

    monkeypatch.setattr(socket.socket, "connect", local_only)
    monkeypatch.setattr(socket.socket, "connect_ex", local_only)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    yield attempts


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(Exception, match="network used"):
        urllib.request.urlopen("http://example.org", timeout=1)
    assert no_network


def test_every_command_works_offline(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, other = str(tmp_path / "demo.sqlite"), str(tmp_path / "other.sqlite")
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["questionnaire"],
        ["questionnaire", "--json", "--lang", "en"],
        ["references", "--json"],
        ["demo", "--db", db],
        ["check", "--db", db],
        ["export", "json", "--db", db, "--out", str(out / "all.json")],
        ["import", str(out / "all.json"), "--db", other],
        ["export", "csv", "--db", db, "--out", str(out / "all.csv")],
        ["export", "xlsx", "--db", db, "--out", str(out / "all.xlsx")],
        ["export", "pdf", "--db", db, "--compare", "all", "--out", str(out / "m.pdf")],
        ["export", "email", "--db", db, "--to", "a@example.org", "--out", str(out / "m.eml")],
        [
            "form",
            "export",
            "--db",
            db,
            "--assessment",
            "latest",
            "--participant",
            "Claire Martin",
            "--out",
            str(out / "form.xlsx"),
        ],
        ["form", "import", str(out / "form.xlsx"), "--db", db],
        ["recommend", "--db", db, "--assessment", "latest", "--json"],
        ["recommend", "--catalog"],
        ["recommend", "--reference", "figeacteurs"],
    ]
    failed = []
    for command in commands:
        code = main(command)
        err = capsys.readouterr().err
        if code != 0:
            failed.append(f"{' '.join(command[:2])}: exit {code}: {err.strip()}")
    assert not no_network, no_network
    assert not failed, failed
    Path(db).unlink()
    Path(db + "-wal").unlink(missing_ok=True)
    assert main(["check", "--db", db, "--repair"]) == 0  # recovery, offline too
    assert not no_network


@pytest.mark.gui
def test_the_window_on_the_demo_starts_offline(tmp_path: Path) -> None:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT)]),
        "DIAGAPP_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "DIAGAPP_STARTUP_PROBE": "1",
    }
    probe = subprocess.run(  # the guard is really installed in the child
        [sys.executable, "-c", "import socket; socket.create_connection(('example.org', 80))"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "network used" in probe.stderr
    run = subprocess.run(
        [sys.executable, "-m", "diagapp.cli", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "network used" not in run.stderr + run.stdout
    assert run.returncode == 0, run.stderr
    assert "shown" in run.stdout
    log = tmp_path / "home" / "diagapp.log"
    assert not log.exists() or "network used" not in log.read_text(encoding="utf-8")
