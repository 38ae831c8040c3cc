"""Screenshot of the results' « Au regard du réseau » tab: the demo shares, a network pools it
with 300 synthetic dynamics (SQLite), the benchmark comes back: docs/screenshots/network.png.

xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshot_network.py
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from diagapp.services import assessments, catalog, peers, share
from diagapp.services.network import benchmark, merge, pool, synthetic
from diagapp.services.workspace import open_fresh_demo
from diagapp.ui.main_window import MainWindow
from diagapp.ui.workshop import Workshop

STAMP = "2027-02-01T00:00:00+00:00"


def benchmark_file(db: object, assessment_id: int, folder: Path) -> Path:
    mine = share.build_share(db, assessment_id=assessment_id)  # type: ignore[arg-type]
    engine = pool.open_pool(f"sqlite:///{folder / 'pool.sqlite'}")
    pool.init_pool(engine)
    synthetic.fill(engine, dynamics=300, years=3)
    rng = random.Random(5)
    crowd = []
    for n in range(40):  # dynamics of the demo's type and phase, two offering help
        d = synthetic.synthetic_document(rng, 1000 + n, 3, 2026)
        d["typology"] |= {k: mine["typology"][k] for k in ("type", "phase")}
        if n < 2:
            items = catalog.questionnaire(d["years"][-1]["questionnaire_version"]).items
            d["contact"] = f"entraide-{n + 1}@pole-voisin.example.org"
            d["helping"] = [i.id for i in items]
        crowd.append(d)
    with engine.begin() as conn:
        merge.insert_documents(conn, [*crowd, mine], STAMP)
    out = folder / "referentiel.json"
    out.write_text(json.dumps(benchmark.benchmark(engine, generated_at=STAMP)), encoding="utf-8")
    engine.dispose()
    return out


def main() -> int:
    out = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "network.png"
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_fresh_demo(Path(folder) / "demo.sqlite")
        latest = assessments.latest_assessment(workspace.db)
        peers.import_benchmark(workspace.db, benchmark_file(workspace.db, latest, Path(folder)))
        shop = Workshop(workspace)
        window = MainWindow(shop)
        shop.set_assessment(latest)
        window.resize(1500, 950)
        window.show()
        window.show_page("results")
        page = window.pages["results"]
        page.tabs.setCurrentWidget(page.network_tab)  # type: ignore[attr-defined]
        QTimer.singleShot(800, lambda: (window.grab().save(str(out)), app.quit()))
        app.exec()
        window.close()
        workspace.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
