"""`diagapp room`: the address and the code on stdout, a working room, a clean stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, RunDiagapp


@pytest.fixture
def demo_db(run_diagapp: RunDiagapp, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert run_diagapp("demo", "--db", str(path), "--years", "1").returncode == 0
    return path


def _start(db: Path, tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "diagapp.cli", "room", "--db", str(db), "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "DIAGAPP_HOME": str(tmp_path / "home"),
            "PYTHONPATH": str(ROOT),
        },
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_room_prints_address_then_code_serves_and_stops_cleanly(
    demo_db: Path, tmp_path: Path, stop_signal: signal.Signals
) -> None:
    process = _start(demo_db, tmp_path, "--grace", "0")
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        code = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        assert len(code) == 6
        body = urllib.parse.urlencode({"code": code}).encode()
        with urllib.request.urlopen(url + "join", data=body, timeout=10) as page:
            assert page.status == 200 and "Qui êtes-vous" in page.read().decode()
        process.send_signal(stop_signal)
        _out, err = process.communicate(timeout=20)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0, err
    assert "Traceback" not in err and "Atelier fermé" in err
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    with socket.socket() as probe:
        assert probe.connect_ex((host, port)) != 0


def test_room_refuses_every_interface_at_once(run_diagapp: RunDiagapp, demo_db: Path) -> None:
    result = run_diagapp("room", "--db", str(demo_db), "--bind", "0.0.0.0")
    assert result.returncode == 1
    assert "toutes les interfaces" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_room_on_a_missing_database_says_so(run_diagapp: RunDiagapp, tmp_path: Path) -> None:
    missing = tmp_path / "absent.sqlite"
    result = run_diagapp("room", "--db", str(missing))
    assert result.returncode == 1 and "n'existe pas" in result.stderr
    assert not missing.exists()
