"""Screenshots of the comparison page on a fresh demo: docs/screenshots/comparison*.png.

xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshot_comparison.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from diagapp.services import assessments
from diagapp.services.workspace import open_fresh_demo
from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.comparison import RADARS, SUMMARY, TRENDS
from diagapp.ui.workshop import Workshop

SHOTS = {
    "comparison.png": RADARS,
    "comparison-summary.png": SUMMARY,
    "comparison-trends.png": TRENDS,
}


def main() -> int:
    out = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_fresh_demo(Path(folder) / "demo.sqlite")
        shop = Workshop(workspace)
        window = MainWindow(shop)
        shop.set_assessment(assessments.latest_assessment(workspace.db))
        window.resize(1500, 950)
        window.show()
        window.show_page("comparison")
        page = window.pages["comparison"]
        pending = list(SHOTS.items())

        def next_shot() -> None:
            if page.busy or page.comparison is None:
                QTimer.singleShot(200, next_shot)
                return
            if not pending:
                app.quit()
                return
            name, tab = pending.pop(0)
            page.tabs.setCurrentIndex(tab)
            QTimer.singleShot(600, lambda: (window.grab().save(str(out / name)), next_shot()))

        QTimer.singleShot(300, next_shot)
        app.exec()
        window.close()
        workspace.close()
    print("\n".join(str(out / name) for name in SHOTS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
