"""The new-assessment dialog says what comes along from last year when the team starts from it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diagapp.ui import app
from diagapp.ui.dialogs.new_assessment import NewAssessmentDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def shown_text(dialog: NewAssessmentDialog) -> str:
    return "\n".join(
        label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)
    )


def test_the_dialog_lists_what_is_carried_from_last_year(qtbot: QtBot) -> None:
    dialog = NewAssessmentDialog("Ma dynamique", "Diagnostic 2026")
    qtbot.addWidget(dialog)
    dialog.show()
    text = shown_text(dialog)
    for words in (
        "à revoir",
        "structures",
        "financements",
        "lignes de financement en cours",
        "objectifs",
        "valeur de l'an dernier",
        "actions ouvertes de la feuille de route",
    ):
        assert words in text, (words, text)
    dialog.copy.setChecked(False)  # nothing comes along: the list is greyed out
    assert not dialog.carried.isEnabled()


def test_a_first_assessment_lists_nothing(qtbot: QtBot) -> None:
    dialog = NewAssessmentDialog("Ma dynamique", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "objectifs" not in shown_text(dialog)


def test_the_carried_list_in_english(qtbot: QtBot, french_again: None) -> None:
    app.i18n.install(app.application(), "en")
    dialog = NewAssessmentDialog("My dynamic", "Diagnostic 2026")
    qtbot.addWidget(dialog)
    dialog.show()
    text = shown_text(dialog)
    for words in ("to review", "objectives", "last year's value", "open actions", "funding lines"):
        assert words in text, (words, text)
