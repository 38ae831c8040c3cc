"""Screenshots of the governance, funding, results and recommendations pages on the demo.

    diagapp demo --db /tmp/shots.sqlite
    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_analysis_pages.py /tmp/shots.sqlite

Writes docs/screenshots/<page>.png (the whole window, as a user sees it). Settings go to a
throw-away folder so the real user's preferences are never touched. The demo copy gets a
decision on this year's top recommendation (the demo holds last year's decisions), so that
the recommendations page shows both: use a copy, not a database you care about.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

PAGES = ("governance", "funding", "results", "recommendations")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def decide_some(db_path: Path) -> None:
    from diagapp.services import assessments, recommendations
    from diagapp.storage.database import open_database

    db = open_database(db_path)
    try:
        latest = assessments.latest_assessment(db)
        report = recommendations.recommend(db, assessment_id=latest)
        if report.highlighted:
            recommendations.set_decision(
                db,
                assessment_id=latest,
                recommendation_id=report.highlighted[0].id,
                decision="accepted",
                note="Groupe de travail évaluation : Nadia et Julien, point au CA de janvier",
            )
    finally:
        db.close()


def main(db_path: Path) -> int:
    home = tempfile.mkdtemp(prefix="diagapp-shots-")
    os.environ["DIAGAPP_HOME"] = home
    os.environ["XDG_CONFIG_HOME"] = home
    from PySide6.QtWidgets import QApplication

    from diagapp.services import assessments
    from diagapp.ui.app import application, open_window

    decide_some(db_path)
    app = application()
    window = open_window(db_path)
    if isinstance(window, int):
        return window
    window.workshop.set_assessment(assessments.latest_assessment(window.workshop.db))
    window.build_pages()  # the window builds its pages lazily
    window.resize(1600, 1000)
    window.move(0, 0)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.02)

    for key in PAGES:
        if key not in window.pages:
            print(f"{key}: page absente de la fenêtre", file=sys.stderr)
            continue
        window.show_page(key)
        settle()
        if key == "results":
            radar = getattr(window.pages[key], "radar", None)
            if radar is not None:
                radar.dimension_combo.setCurrentIndex(3)
                radar.with_colleges.click()
                settle()
        target = OUT / f"{key}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    window.deleteLater()
    settle(0.2)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
