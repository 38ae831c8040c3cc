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


def test_dialog_offers_the_funder_edition(qtbot: QtBot, tmp_path: Path) -> None:
    box = dialog.ExportDialog(
        lang="fr",
        default_pdf=tmp_path / "monographie-pole-2026.pdf",
        previous=(2, "Atelier 2025"),
    )
    qtbot.addWidget(box)
    assert box.choice().edition == "team" and box.sections.isEnabled()
    box.edition.setCurrentIndex(box.edition.findData("funder"))
    assert not box.sections.isEnabled() and not box.evolution.isEnabled()
    choice = box.choice()
    assert choice.edition == "funder"
    assert choice.sections == () and choice.compare == ()  # fixed pages, its own trend
    assert choice.pdf == tmp_path / "dossier-financeurs-pole-2026.pdf"  # the name follows
    box.edition.setCurrentIndex(box.edition.findData("team"))
    assert box.choice().pdf == tmp_path / "monographie-pole-2026.pdf"
    box.path.setText(str(tmp_path / "mon-envoi.pdf"))
    box.edition.setCurrentIndex(box.edition.findData("funder"))
    assert box.choice().pdf == tmp_path / "mon-envoi.pdf"  # a chosen name stays


def test_the_funder_edition_is_written_from_the_window(
    qtbot: QtBot, workshop: Workshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(dialog, "open_url", lambda url: opened.append(url) or True)
    choice = dialog.ExportChoice(
        lang="fr", anonymize=False, sections=(), compare=(), to="financeur@region.fr",
        pdf=tmp_path / "dossier.pdf", edition="funder",
    )  # fmt: skip
    _export(qtbot, workshop, monkeypatch, choice)
    reader = PdfReader(choice.pdf)
    assert len(reader.pages) <= 8
    assert "Notre demande" in reader.pages[0].extract_text()
    message = message_from_bytes(choice.eml.read_bytes(), policy=default)
    assert "dossier pour les financeurs" in message["Subject"]


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
