"""Export the whole database as an Excel workbook or as one CSV table, from the window.

The menu calls `export_spreadsheet(parent, workshop)`; the export runs off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from diagapp.services import tabular
from diagapp.ui.dialogs import ask
from diagapp.ui.jobs import Job, run_job
from diagapp.ui.workshop import Workshop


def _tr(text: str) -> str:
    return QCoreApplication.translate("spreadsheets", text)


def choose_path(parent: QWidget | None) -> Path | None:
    xlsx, csv = _tr("Classeur Excel (*.xlsx)"), _tr("Tableau CSV pour Excel (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Exporter les données"), "diagapp-donnees.xlsx", f"{xlsx};;{csv}"
    )
    if not path:
        return None
    suffix = ".csv" if chosen == csv else ".xlsx"
    return Path(path) if Path(path).suffix.lower() in (".xlsx", ".csv") else Path(path + suffix)


def export_spreadsheet(parent: QWidget | None, workshop: Workshop) -> Job | None:
    path = choose_path(parent)
    if path is None:
        return None
    write = tabular.export_csv if path.suffix.lower() == ".csv" else tabular.export_xlsx
    return run_job(
        parent,
        _tr("Export des données…"),
        write,
        on_done=lambda out: ask.inform(
            parent, _tr("Export terminé"), _tr("Données écrites : %1").replace("%1", str(out))
        ),
        on_error=lambda message: ask.warn(parent, "", message),
        db=workshop.db,
        path=path,
    )
