"""Time from launch to a shown window: `diagapp --demo` against a bare PySide6 window.

    python benchmarks/startup.py [--runs 5] [--platform offscreen|xcb]

Each run is a new process; the time runs from just before the process is spawned to the
moment the window's first event-loop turn after show() (the app prints it when
DIAGAPP_STARTUP_PROBE is set). `diagapp --demo` includes writing a fresh demo database.
The target (issue 3): at most 3 times the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget
app = QApplication([])
window = QMainWindow()
body = QWidget(); layout = QVBoxLayout(body)
for i in range(50):
    layout.addWidget(QLabel(f"label {i}"))
window.setCentralWidget(body)
window.show()
QTimer.singleShot(0, lambda: (print(f"shown {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


def _once(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("shown ")), None)
    if line is None:
        raise SystemExit(f"no window shown by {command}: {done.stderr[-500:]}")
    return float(line.split()[1]) - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="diagapp-startup-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": args.platform,
        "DIAGAPP_HOME": home,
        "DIAGAPP_STARTUP_PROBE": "1",
    }
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(_once([sys.executable, "-c", BARE], env))
        app.append(_once([sys.executable, "-m", "diagapp.cli", "--demo"], env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window : {b:.2f} s (median of {args.runs})")
    print(f"diagapp --demo      : {a:.2f} s (median of {args.runs})")
    print(f"ratio               : {a / b:.1f}× (target ≤ 3×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
