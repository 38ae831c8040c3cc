"""Screenshots of the real window on the demo, for docs/screenshots/.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots.py [page[:large] ...]

Each argument is a page key of diagapp.ui.main_window.PAGES, optionally with ":large" for
the large-type mode; without arguments, every page. Uses ImageMagick's `import`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main(argv: list[str]) -> int:
    os.environ.setdefault("DIAGAPP_HOME", tempfile.mkdtemp(prefix="diagapp-shots-"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from diagapp.ui import app, settings
    from diagapp.ui.main_window import MainWindow

    window = app.open_window(demo=True)
    assert isinstance(window, MainWindow)
    wanted = argv or window.page_keys()
    OUT.mkdir(parents=True, exist_ok=True)
    window.setGeometry(0, 0, 1600, 1000)
    window.show()
    queue = list(wanted)

    def prepare(key: str, large: bool) -> None:
        settings.put(settings.LARGE_TEXT, large)
        window.show_page(key)
        page = window.current_page()
        if key == "walkthrough":
            current = window.workshop.assessment()
            if current is not None and current.participants:
                window.workshop.set_participant(current.participants[0].id)
            page.go_to(3)  # type: ignore[union-attr]  # a level already chosen in the demo
        if key == "deliberation":
            window.workshop.set_participant(None)

    def step() -> None:
        if not queue:
            QApplication.quit()
            return
        spec = queue.pop(0)
        key, _, mode = spec.partition(":")
        prepare(key, mode == "large")

        def shoot() -> None:
            name = f"{key}-large.png" if mode == "large" else f"{key}.png"
            subprocess.run(["import", "-window", "root", str(OUT / name)], check=True)
            print("wrote", OUT / name)
            QTimer.singleShot(100, step)

        QTimer.singleShot(700, shoot)

    QTimer.singleShot(800, step)
    code = app.application().exec()
    settings.put(settings.LARGE_TEXT, False)
    window.workshop.workspace.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
