"""Screenshots of « Fichier › Partager avec le réseau… » on the demo, opened from the real
menu: its choices (docs/screenshots/share-network.png) and the file's contents shown before
it is written (docs/screenshots/share-network-preview.png).

xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshot_share.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("DIAGAPP_HOME", tempfile.mkdtemp(prefix="diagapp-shots-"))
    from diagapp.services import assessments
    from diagapp.services.workspace import open_fresh_demo
    from diagapp.ui.dialogs.share_network import ShareDialog
    from diagapp.ui.main_window import MainWindow
    from diagapp.ui.workshop import Workshop

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_fresh_demo(Path(folder) / "demo.sqlite")
        shop = Workshop(workspace)
        window = MainWindow(shop)
        shop.set_assessment(assessments.latest_assessment(workspace.db))
        window.resize(1500, 950)
        window.show()
        window.actions_by_name["share_network"].trigger()
        dialog = window.findChild(ShareDialog)
        assert dialog is not None
        dialog.resize(820, 720)
        dialog.share_departement.setChecked(True)
        dialog.departement.setText("07")
        dialog.share_contact.setChecked(True)
        dialog.contact.setText("entraide@pole-exemple.org")
        for row in (0, 3, 7):
            dialog.helping.item(row).setCheckState(Qt.CheckState.Checked)

        def options() -> None:
            dialog.grab().save(str(OUT / "share-network.png"))
            dialog.show_preview()
            QTimer.singleShot(500, preview)

        def preview() -> None:
            dialog.grab().save(str(OUT / "share-network-preview.png"))
            app.quit()

        QTimer.singleShot(800, options)
        app.exec()
        dialog.reject()
        window.close()
        workspace.close()
    print(OUT / "share-network.png", OUT / "share-network-preview.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
