"""Time to a visible window: `diagapp --demo` (a fresh copy of the demo, opened on its
latest assessment) and the window on the 20-year database (latest assessment reopened),
against a bare PySide6 window (50 labels) measured in the same run. Each is a fresh process.

Two moments per run (DIAGAPP_STARTUP_PROBE makes the app print them, then quit):
- shown: the first event-loop turn after the window's show() — the window is on screen,
  with its menus and « Ouverture de la base de données… »; the same moment as for the bare
  window, so the ratio compares like with like;
- ready: the database is open (in a worker thread behind the window) and the start page
  lists the dynamics with the assessment chosen — what the team can use.
The figure is the median of each. Written with the window's author (issue 3).

    python benchmarks/startup.py [--runs 5] [--platform offscreen|xcb] [--workdir DIR]

With --platform xcb run it under a display (e.g. `xvfb-run -a python benchmarks/startup.py
--platform xcb`). Aim: the demo window shown ≤ 3× the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, big_demo, emit, fresh_copy, workdir

# A bare window as PLATFORM.md measures it: 50 labels.
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


def _moments(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each moment the process printed ("shown", "ready")."""
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    moments = {
        name: float(value) - start
        for name, value in (line.split() for line in done.stdout.splitlines() if " " in line)
        if name in ("shown", "ready")
    }
    if "shown" not in moments:
        raise SystemExit(f"no window shown by {command[:3]}: {done.stderr.strip()[-500:]}")
    return moments


def _peak_of(command: list[str], env: dict[str, str]) -> float:
    """Peak resident memory (MiB) of one run, read from the kernel's accounting."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return round(usage.ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--workdir")
    args = parser.parse_args()
    folder = workdir(args.workdir)
    home = folder / "startup-home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": args.platform,
        "DIAGAPP_HOME": str(home),
        "DIAGAPP_STARTUP_PROBE": "1",
        "PYTHONPATH": str(ROOT),
    }
    large = fresh_copy(big_demo(folder), "startup-large.sqlite")
    _remember_latest(large, home)
    bare = [sys.executable, "-c", BARE]
    demo = [sys.executable, "-m", "diagapp.cli", "--demo"]
    big = [sys.executable, "-m", "diagapp.cli", "--db", str(large)]
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "demo": [], "large": []}
    for _ in range(args.runs):  # interleaved: a busy machine slows all three alike
        runs["bare"].append(_moments(bare, env))
        runs["demo"].append(_moments(demo, env))
        runs["large"].append(_moments(big, env))

    def median(kind: str, moment: str) -> float:
        return statistics.median(m[moment] for m in runs[kind])

    bare_s = median("bare", "shown")
    emit(
        "startup",
        {
            "platform": args.platform,
            "bare_window_s": round(bare_s, 3),
            "demo_window_s": round(median("demo", "shown"), 3),
            "demo_vs_bare": round(median("demo", "shown") / bare_s, 2),
            "demo_ready_s": round(median("demo", "ready"), 3),
            "demo_ready_vs_bare": round(median("demo", "ready") / bare_s, 2),
            "large_20y_window_s": round(median("large", "shown"), 3),
            "large_vs_bare": round(median("large", "shown") / bare_s, 2),
            "large_20y_ready_s": round(median("large", "ready"), 3),
            "large_ready_vs_bare": round(median("large", "ready") / bare_s, 2),
            "demo_window_peak_mb": _peak_of(demo, env),
            "large_window_peak_mb": _peak_of(big, env),
        },
    )


def _remember_latest(path: Path, home: Path) -> None:
    """The window reopens the assessment used last time: make it the latest one."""
    os.environ["DIAGAPP_HOME"] = str(home)
    from diagapp.services import assessments
    from diagapp.storage.database import open_database
    from diagapp.ui import settings

    db = open_database(path, backup=False)
    try:
        latest = assessments.latest_assessment(db)
    finally:
        db.close()
    settings.put(settings.LAST_ASSESSMENT, f"{path.resolve()}#{latest}")


if __name__ == "__main__":
    main()
