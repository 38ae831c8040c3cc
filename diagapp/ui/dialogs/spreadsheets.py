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

translate = QCoreApplication.translate  # spelled out below so that pyside6-lupdate sees it


def choose_path(parent: QWidget | None) -> Path | None:
    xlsx, csv = (
        translate("spreadsheets", "Classeur Excel (*.xlsx)"),
        translate("spreadsheets", "Tableau CSV pour Excel (*.csv)"),
    )
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("spreadsheets", "Exporter les données"),
        translate("spreadsheets", "diagapp-donnees.xlsx"),
        f"{xlsx};;{csv}",
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
        translate("spreadsheets", "Export des données…"),
        write,
        on_done=lambda out: ask.inform(
            parent,
            translate("spreadsheets", "Export terminé"),
            translate("spreadsheets", "Données écrites : %1").replace("%1", str(out)),
        ),
        on_error=lambda message: ask.warn(parent, "", message),
        db=workshop.db,
        path=path,
    )
