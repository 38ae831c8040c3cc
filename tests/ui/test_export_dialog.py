"""« Envoyer aux financeurs… »: the dialog's choices, the export off the UI thread, the draft
handed to the mail program or, without one, the folder shown."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from diagapp.ui.dialogs import export_pdf as dialog
from diagapp.ui.workshop import Workshop

# Message boxes are replaced by a list of what they would have said.
pytestmark = pytest.mark.usefixtures("quiet")


def _export(
    qtbot: QtBot, workshop: Workshop, monkeypatch: pytest.MonkeyPatch, choice: dialog.ExportChoice
) -> None:
    """« Envoyer aux financeurs… » answered with `choice`, until the job is over."""
    monkeypatch.setattr(dialog, "ask_export", lambda _parent, _shop: choice)
    job = dialog.open_export_dialog(None, workshop)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass


def test_dialog_choices(qtbot: QtBot, tmp_path: Path) -> None:
    box = dialog.ExportDialog(
        lang="fr", default_pdf=tmp_path / "m.pdf", previous=(2, "Atelier 2025")
    )
    qtbot.addWidget(box)
    assert box.evolution.isChecked()
    box.language.setCurrentIndex(1)
    box.anonymize.setChecked(True)
    box.to.setText("financeur@region.fr")
    box.path.setText(str(tmp_path / "monograph"))
    annex = next(
        box.sections.item(i)
        for i in range(box.sections.count())
        if box.sections.item(i).data(Qt.ItemDataRole.UserRole) == "annex"
    )
    annex.setCheckState(Qt.CheckState.Unchecked)
    choice = box.choice()
    assert choice.lang == "en" and choice.anonymize
    assert choice.compare == (2,)
    assert "evolution" in choice.sections and "annex" not in choice.sections
    assert choice.pdf == tmp_path / "monograph.pdf"
    assert choice.eml == tmp_path / "monograph.eml"
    assert choice.logo is None  # none chosen


def test_the_logo_is_offered_again_next_time(
    qtbot: QtBot, workshop: Workshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (31, 95, 91)).save(logo)
    shown: list[dialog.ExportDialog] = []

    def accept(box: dialog.ExportDialog) -> int:
        shown.append(box)
        if len(shown) == 1:
            box.logo.setText(str(logo))
        return int(dialog.QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(dialog.ExportDialog, "exec", accept)
    first = dialog.ask_export(None, workshop)
    assert first is not None and first.logo == logo
    again = dialog.ask_export(None, workshop)
    assert shown[1].logo.text() == str(logo)  # remembered with the preferences
    assert again is not None and again.logo == logo
    shown[1].logo.clear()
    assert shown[1].choice().logo is None


def test_the_sender_is_remembered_and_goes_into_the_draft(
    qtbot: QtBot, workshop: Workshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« De : » typed once is offered again next time and becomes the draft's From."""
    shown: list[dialog.ExportDialog] = []

    def accept(box: dialog.ExportDialog) -> int:
        shown.append(box)
        if len(shown) == 1:
            assert box.from_address.text() == ""
            box.from_address.setText("Coordination <coordination@dynamique.org>")
            box.path.setText(str(tmp_path / "envoi.pdf"))
        return int(dialog.QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(dialog.ExportDialog, "exec", accept)
    first = dialog.ask_export(None, workshop)
    again = dialog.ask_export(None, workshop)
    assert shown[1].from_address.text() == "Coordination <coordination@dynamique.org>"
    assert first is not None and again is not None
    monkeypatch.setattr(dialog, "open_url", lambda _url: True)
    _export(qtbot, workshop, monkeypatch, first)
    message = message_from_bytes(first.eml.read_bytes(), policy=default)
    assert message["From"] == "Coordination <coordination@dynamique.org>"


def test_export_then_open_the_draft(
    workshop: Workshop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = dialog.ExportChoice(
        lang="fr",
        anonymize=True,
        sections=("summary", "funders"),
        compare=(),
        to="financeur@region.fr",
        pdf=tmp_path / "monographie.pdf",
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(dialog, "open_url", lambda url: opened.append(url) or True)
    monkeypatch.setattr(dialog, "mail_handler_registered", lambda: True)
    _export(qtbot, workshop, monkeypatch, choice)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert opened[0].toLocalFile() == str(choice.eml)
    message = message_from_bytes(choice.eml.read_bytes(), policy=default)
    (attachment,) = message.iter_attachments()
    assert attachment.get_content() == choice.pdf.read_bytes()


def test_the_logo_goes_on_the_cover_and_a_bad_one_is_told(
    workshop: Workshop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet: list[str],
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (31, 95, 91)).save(logo)
    monkeypatch.setattr(dialog, "open_url", lambda _url: True)
    for chosen, pdf in ((logo, tmp_path / "avec.pdf"), (None, tmp_path / "sans.pdf")):
        choice = dialog.ExportChoice("fr", False, ("cover",), (), "", pdf, chosen)
        _export(qtbot, workshop, monkeypatch, choice)
    assert len(PdfReader(tmp_path / "avec.pdf").pages[0].images) == 1
    assert len(PdfReader(tmp_path / "sans.pdf").pages[0].images) == 0
    fake = tmp_path / "faux.png"
    fake.write_text("pas une image", encoding="utf-8")
    choice = dialog.ExportChoice("fr", False, ("cover",), (), "", tmp_path / "x.pdf", fake)
    _export(qtbot, workshop, monkeypatch, choice)
    qtbot.waitUntil(lambda: bool(quiet), timeout=5_000)
    assert quiet[-1].startswith("WARN ") and "Logo illisible : faux.png" in quiet[-1]
    assert not (tmp_path / "x.pdf").exists()


def test_without_a_mail_program_the_folder_is_shown(
    workshop: Workshop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet: list[str],
) -> None:
    choice = dialog.ExportChoice("fr", False, ("summary",), (), "", tmp_path / "m.pdf")
    opened: list[str] = []
    monkeypatch.setattr(dialog, "open_url", lambda url: opened.append(url.toLocalFile()) and False)
    monkeypatch.setattr(dialog, "mail_handler_registered", lambda: True)
    _export(qtbot, workshop, monkeypatch, choice)
    qtbot.waitUntil(lambda: bool(quiet), timeout=5_000)
    assert opened == [str(choice.eml), str(tmp_path)]
    assert str(tmp_path) in quiet[-1] and "Aucune messagerie" in quiet[-1]


def test_a_failed_export_is_told_plainly(
    workshop: Workshop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet: list[str],
) -> None:
    choice = dialog.ExportChoice("fr", False, ("summary",), (), "", tmp_path / "absent" / "m.pdf")
    _export(qtbot, workshop, monkeypatch, choice)
    qtbot.waitUntil(lambda: bool(quiet), timeout=5_000)
    assert quiet[-1].startswith("WARN ") and "n'existe pas" in quiet[-1]


def test_without_a_registered_mail_program_the_draft_is_not_opened_but_shown(
    workshop: Workshop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet: list[str],
) -> None:
    """Where no program takes message/rfc822, a .eml would open in a text editor."""
    choice = dialog.ExportChoice("fr", False, ("summary",), (), "", tmp_path / "m.pdf")
    opened: list[str] = []
    monkeypatch.setattr(dialog, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(dialog, "mail_handler_registered", lambda: False)
    _export(qtbot, workshop, monkeypatch, choice)
    qtbot.waitUntil(lambda: bool(quiet), timeout=5_000)
    assert opened == [str(tmp_path)]  # the folder, never the .eml
    assert str(tmp_path) in quiet[-1]


@pytest.mark.parametrize(
    ("script", "registered"),
    [
        ("echo thunderbird.desktop", True),
        ("echo", False),  # xdg-utils without a mail program
        (None, False),  # no xdg-utils at all
    ],
)
def test_a_mail_program_is_looked_up_as_the_desktop_knows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str | None, registered: bool
) -> None:
    monkeypatch.setattr(dialog.sys, "platform", "linux")
    if script is not None:
        tool = tmp_path / "xdg-mime"
        tool.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert dialog.mail_handler_registered() is registered


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_window_keeps_saying_where_the_pdf_is(
    workshop: Workshop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar().showMessage("Enregistré ✓")  # as the main window's
    window.show()
    choice = dialog.ExportChoice("fr", False, ("summary",), (), "", tmp_path / "m.pdf")
    opened: list[str] = []
    monkeypatch.setattr(dialog, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(dialog, "mail_handler_registered", lambda: True)
    monkeypatch.setattr(dialog, "ask_export", lambda _parent, _shop: choice)
    job = dialog.open_export_dialog(window, workshop)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(window.findChildren(dialog.WrittenNotice)), timeout=5_000)
    window.statusBar().showMessage("Enregistré", 1000)  # a passing message hides nothing
    (notice,) = window.findChildren(dialog.WrittenNotice)
    assert notice.isVisible()
    assert f"PDF écrit dans {tmp_path}" in notice.text() and "ouvrir le dossier" in notice.text()
    opened.clear()
    notice.linkActivated.emit("folder")
    assert opened == [str(tmp_path)]
