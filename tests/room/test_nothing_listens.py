"""With room mode off, the program opens no network socket at all: nothing listens, nothing
is sent out. Checked on the real window (`diagapp --demo`, every page built) in two ways:
the kernel's socket tables for the process (/proc), and strace's record of its system calls."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="Linux /proc only")

# A window that builds every page, lets the event loop run, then reads its own sockets.
PROBE = r"""
import json, os, re, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from diagapp.ui import app

window = app.open_window(demo=True)
for key in window.page_keys():
    window.show_page(key)

def report():
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        found = re.fullmatch(r"socket:\[(\d+)\]", target)
        if found:
            inodes.add(found.group(1))
    network = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        with open(f"/proc/self/net/{table}") as rows:
            for line in list(rows)[1:]:
                fields = line.split()
                if fields[9] in inodes:
                    network.append([table, fields[1], fields[3]])
    print("SOCKETS " + json.dumps({"all": len(inodes), "network": network}), flush=True)
    QApplication.quit()

QTimer.singleShot(1500, report)
sys.exit(QApplication.instance().exec())
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DIAGAPP_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }


def test_the_window_opens_no_network_socket(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("SOCKETS "))
    sockets = json.loads(line.removeprefix("SOCKETS "))
    assert sockets["network"] == []  # no TCP/UDP socket, listening (state 0A) or not


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_strace_sees_no_listen_and_no_internet_socket(tmp_path: Path) -> None:
    log = tmp_path / "strace.log"
    done = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,bind,listen,connect,sendto",
            "-o",
            str(log),
            sys.executable,
            "-m",
            "diagapp.cli",
            "--demo",
        ],
        capture_output=True,
        text=True,
        env={**_env(tmp_path), "DIAGAPP_QUIT_AFTER_MS": "1500"},
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines()  # (a room, by contrast, shows socket, bind, listen)
    assert not [c for c in calls if " listen(" in c or c.split(" ", 1)[-1].startswith("listen(")]
    internet = [c for c in calls if "AF_INET" in c]
    assert internet == []
