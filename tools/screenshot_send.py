"""Screenshot of « Fichier › Envoyer aux financeurs… » on the demo, opened from the real menu
at the size it opens with (docs/screenshots/send-to-funders.png); the PDF is proposed in a
folder named « Projet #1 ». Nothing is written: the dialog is cancelled.

xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshot_send.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("DIAGAPP_HOME", tempfile.mkdtemp(prefix="diagapp-shots-"))
    from diagapp.services import assessments
    from diagapp.ui import app
    from diagapp.ui.dialogs import export_pdf
    from diagapp.ui.main_window import MainWindow

    export_pdf.documents_dir = lambda: Path("/home/camille/Documents/Projet #1")  # type: ignore[assignment]
    window = app.open_window(demo=True)  # a fresh copy of the demo
    assert isinstance(window, MainWindow)
    window.workshop.set_assessment(assessments.latest_assessment(window.workshop.db))
    window.resize(1500, 950)
    window.show()

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, export_pdf.ExportDialog)
        dialog.to.setText("financeur@region.fr")
        dialog.grab().save(str(OUT / "send-to-funders.png"))
        print(OUT / "send-to-funders.png", dialog.width(), "x", dialog.height())
        dialog.reject()

    QTimer.singleShot(1500, shoot)
    window.actions_by_name["send_to_funders"].trigger()
    window.close()
    window.workshop.workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
