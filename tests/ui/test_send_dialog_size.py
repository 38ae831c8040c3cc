"""« Envoyer aux financeurs »: the dialog opens wide enough for its path and its sections,
never larger than the screen, and a cut path shows its end (the file's name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from diagapp.services import assessments
from diagapp.ui.dialogs import export_pdf as dialog
from diagapp.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.usefixtures("quiet"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def file_name_in_sight(path: QLineEdit) -> bool:
    """The whole path fits, or the line edit shows its end (where the file's name is)."""
    path.grab()  # painted: the line edit has scrolled to its cursor
    text = path.text()
    if path.fontMetrics().horizontalAdvance(text) < path.contentsRect().width() - 8:
        return True
    return path.cursorPosition() == len(text) and path.rect().contains(path.cursorRect().center())


def test_the_send_dialog_is_wide_and_shows_the_file_name(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = demo_window.workshop
    if shop.assessment_id is None:
        shop.set_assessment(assessments.latest_assessment(shop.db))
    folder = tmp_path / "Projet #1"
    monkeypatch.setattr(dialog, "documents_dir", lambda: folder)
    seen: list[tuple[int, int, int, int, str, bool, bool, bool]] = []

    def look(box: dialog.ExportDialog) -> int:
        box.show()
        qtbot.waitExposed(box)
        screen = box.screen().availableGeometry()
        text = box.path.text()
        first = file_name_in_sight(box.path)
        apart = box.sections.geometry().bottom() < box.anonymize.geometry().top()
        box.edition.setCurrentIndex(box.edition.findData("funder"))  # the name changes
        renamed = file_name_in_sight(box.path) and box.path.text() != text
        seen.append(
            (
                box.width(),
                box.height(),
                screen.width(),
                screen.height(),
                text,
                first,
                renamed,
                apart,
            )
        )
        box.hide()
        return int(dialog.QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(dialog.ExportDialog, "exec", look)
    assert dialog.ask_export(demo_window, shop) is None
    [(width, height, screen_width, screen_height, text, first, renamed, apart)] = seen
    assert text.startswith(str(folder)) and text.endswith(".pdf")
    assert width >= min(800, screen_width) and screen_width >= 800  # offscreen: 800 px
    assert width <= screen_width and height <= screen_height
    assert first and renamed
    assert apart  # the sections list does not run over the check boxes below it
