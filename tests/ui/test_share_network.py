"""« Partager avec le réseau… », « Se retirer du réseau… », « Importer le référentiel du
réseau… » from the window (issue 16), on the real dialog and the real window."""

from __future__ import annotations

import datetime as dt
import errno
import json
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pytestqt.qtbot import QtBot

from diagapp.domain.errors import DiagappError
from diagapp.services import assessments, files, peers, share
from diagapp.services.workspace import open_workspace
from diagapp.ui import app
from diagapp.ui.dialogs import ask
from diagapp.ui.dialogs import share_network as network
from diagapp.ui.main_window import MainWindow
from diagapp.ui.workshop import Workshop

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services" / "network"))
from network_scenario import benchmark_for

if TYPE_CHECKING:
    from conftest import RunDiagapp

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CLOCK = lambda: dt.datetime(2027, 3, 1, 9, 30, tzinfo=dt.UTC)  # noqa: E731
PLANTED = ("Zoé Plantée-Témoin", "Preuve plantée très confidentielle", "Pôle Planté du Vivarais")
CONTACT = "entraide@pole-exemple.org"


def _plant(path: Path) -> None:
    """A participant's name, an evidence text and the dynamic's name in the database."""
    name, evidence, dynamic = PLANTED
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE participants SET name = ?", (name,))
        conn.execute("UPDATE consensus SET evidence = ?", (evidence,))
        conn.execute("UPDATE answers SET evidence = ?", (evidence,))
        conn.execute("UPDATE dynamics SET name = ?", (dynamic,))
    conn.close()


@pytest.fixture
def project(demo_master: Path, tmp_path: Path) -> Path:
    """The demo, planted, in a folder named like a user's (« # », accents, spaces)."""
    folder = tmp_path / "Projet #1 – réseau été"
    folder.mkdir()
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    _plant(path)
    return path


@pytest.fixture
def shop(project: Path, qtbot: QtBot) -> Iterator[Workshop]:
    workspace = open_workspace(project)
    workshop = Workshop(workspace)
    workshop.set_assessment(assessments.latest_assessment(workspace.db))
    yield workshop
    workspace.close()


def _dialog(qtbot: QtBot, shop: Workshop) -> network.ShareDialog:
    latest = assessments.latest_assessment(shop.db)
    dialog = network.ShareDialog(shop, latest, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: network.ShareDialog, helping: int = 2) -> list[str]:
    """Département 07, a contact, help on the first `helping` items; their labels."""
    dialog.share_departement.setChecked(True)
    dialog.departement.setText("07")
    dialog.share_contact.setChecked(True)
    dialog.contact.setText(CONTACT)
    labels = []
    for row in range(helping):
        entry = dialog.helping.item(row)
        entry.setCheckState(network.Qt.CheckState.Checked)
        labels.append(entry.text().split(". ", 1)[1])
    return labels


def _without_stamp(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "generated_at"}


def test_the_share_dialog_shows_the_whole_file_and_writes_what_the_cli_writes(
    qtbot: QtBot,
    shop: Workshop,
    project: Path,
    quiet: list[str],
    monkeypatch: pytest.MonkeyPatch,
    run_diagapp: RunDiagapp,
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, shop)
    years = [dialog.years.item(i).text() for i in range(dialog.years.count())]
    assert len(years) >= 2 and years[-1].startswith("2026")  # the latest and earlier years
    assert len(dialog.chosen_years()) == len(years)  # all of them by default
    assert not dialog.helping.isEnabled()  # help is offered only with a contact
    labels = _choose(dialog)
    assert dialog.helping.isEnabled()

    dialog.preview_button.click()
    assert dialog.steps.currentIndex() == 1
    shown = dialog.readable.toPlainText()
    assert "Département : 07" in shown
    assert f"Contact : {CONTACT}" in shown
    assert all(label in shown for label in labels)
    for year in years:
        assert f"Année {year[:4]}" in shown
    assert "Niveaux de consensus par élément" in shown and "Financement" in shown
    document = dialog.document
    assert document is not None
    assert document["pseudonym"] in shown and document["token"] in shown
    assert dialog.raw.toPlainText() == dialog.file_text()  # the exact file, byte for byte
    for planted in PLANTED:
        assert planted not in shown and planted not in dialog.raw.toPlainText()

    proposed: list[Path] = []

    def save_as(_parent: object, _title: str, default: Path) -> Path:
        proposed.append(default)
        return default

    monkeypatch.setattr(network, "choose_save_path", save_as)
    dialog.save_button.click()
    assert proposed == [project.parent / "partage-reseau-2027-03-01.json"]
    written = proposed[0]
    assert written.read_text(encoding="utf-8") == dialog.raw.toPlainText()
    assert (
        quiet and not quiet[-1].startswith("WARN") and "partage-reseau-2027-03-01.json" in quiet[-1]
    )
    text = written.read_text(encoding="utf-8")
    for planted in PLANTED:
        assert planted not in text

    # `diagapp share` with the same options, on a copy of the same database, writes the same
    # file but for its creation time (the pseudonymous id is kept in the database).
    copy = tmp_path / "copie.sqlite"
    source, target = sqlite3.connect(project), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    out = tmp_path / "cli.json"
    helping = ",".join(json.loads(text)["helping"])
    result = run_diagapp(
        "share", "--db", str(copy), "--assessment", "latest", "--departement", "07",
        "--contact", CONTACT, "--helping", helping, "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _without_stamp(json.loads(out.read_text(encoding="utf-8"))) == _without_stamp(
        json.loads(text)
    )


def test_a_year_left_unchecked_is_not_in_the_file(qtbot: QtBot, shop: Workshop) -> None:
    dialog = _dialog(qtbot, shop)
    first = dialog.years.item(0)
    first_year = first.data(network.Qt.ItemDataRole.UserRole)[1]
    first.setCheckState(network.Qt.CheckState.Unchecked)
    dialog.preview_button.click()
    assert dialog.document is not None
    assert first_year not in [y["year"] for y in dialog.document["years"]]
    assert f"Année {first_year}" not in dialog.readable.toPlainText()


def test_a_wrong_choice_is_said_in_the_dialog(qtbot: QtBot, shop: Workshop) -> None:
    dialog = _dialog(qtbot, shop)
    _choose(dialog)
    dialog.contact.setText("pas une adresse")
    dialog.preview_button.click()
    assert dialog.steps.currentIndex() == 0
    assert "adresse électronique valable" in dialog.error.text()
    for row in range(dialog.years.count()):
        dialog.years.item(row).setCheckState(network.Qt.CheckState.Unchecked)
    dialog.contact.setText(CONTACT)
    dialog.preview_button.click()
    assert "au moins une année" in dialog.error.text()


@pytest.mark.parametrize(
    ("code", "message"), [(errno.ENOSPC, "disque est plein"), (errno.EROFS, "lecture seule")]
)
def test_a_failed_write_says_why_and_leaves_no_file(
    qtbot: QtBot,
    shop: Workshop,
    project: Path,
    quiet: list[str],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    message: str,
) -> None:
    dialog = _dialog(qtbot, shop)
    dialog.preview_button.click()
    before = sorted(p.name for p in project.parent.iterdir())
    target = project.parent / "partage.json"
    monkeypatch.setattr(network, "choose_save_path", lambda *_a: target)

    def failing_fsync(_fd: int) -> None:
        raise OSError(code, "refused")

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    dialog.save_button.click()
    assert quiet[-1].startswith("WARN") and message in quiet[-1]
    assert sorted(p.name for p in project.parent.iterdir()) == before  # nothing half-written
    assert dialog.isVisible()  # the team can choose another folder


def test_the_withdrawal_file_is_written_after_a_confirmation(
    qtbot: QtBot,
    shop: Workshop,
    project: Path,
    quiet: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    network.withdraw_from_network(None, shop, clock=CLOCK)
    assert quiet[-1].startswith("WARN") and "rien partagé" in quiet[-1]  # nothing shared yet

    latest = assessments.latest_assessment(shop.db)
    shared = share.build_share(shop.db, assessment_id=latest, clock=CLOCK)
    questions: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, q, **_k: questions.append(q) or True)
    monkeypatch.setattr(network, "choose_save_path", lambda _p, _t, default: default)
    written = network.withdraw_from_network(None, shop, clock=CLOCK)
    assert "efface" in questions[0] and "nouvel identifiant" in questions[0]
    assert written == project.parent / "retrait-reseau-2027-03-01.json"
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["kind"] == "withdrawal" and document["pseudonym"] == shared["pseudonym"]
    with pytest.raises(DiagappError, match="rien partagé"):  # the id is forgotten
        share.build_withdrawal(shop.db, assessment_id=latest)


def test_no_withdrawal_file_when_the_team_says_no(
    shop: Workshop, project: Path, quiet: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    latest = assessments.latest_assessment(shop.db)
    share.build_share(shop.db, assessment_id=latest, clock=CLOCK)
    monkeypatch.setattr(ask, "confirm", lambda *_a, **_k: False)
    assert network.withdraw_from_network(None, shop, clock=CLOCK) is None
    assert not list(project.parent.glob("retrait-*"))
    share.build_withdrawal(shop.db, assessment_id=latest)  # still a member


@pytest.fixture
def window(qtbot: QtBot, project: Path) -> Iterator[MainWindow]:
    opened = app.open_window(project, False)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    opened.workshop.set_assessment(assessments.latest_assessment(opened.workshop.db))
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()
    opened.workshop.workspace.close()


def test_the_menu_imports_the_benchmark_and_shows_the_network_tab(
    qtbot: QtBot,
    window: MainWindow,
    quiet: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db = window.workshop.db
    assert window.workshop.assessment_id is not None
    good = benchmark_for(db, window.workshop.assessment_id, tmp_path)
    monkeypatch.setattr(network, "choose_open_path", lambda _p: good)
    window.actions_by_name["import_benchmark"].trigger()
    page = window.pages["results"]
    assert window.current_page() is page
    assert page.tabs.currentWidget() is page.network_tab  # type: ignore[attr-defined]
    assert "13 dynamiques du même type" in page.network_tab.caption.text()  # type: ignore[attr-defined]
    assert not quiet[-1].startswith("WARN") and "importé" in quiet[-1]
    stored = peers.latest_benchmark(db)

    broken = tmp_path / "abîmé.json"
    broken.write_text('{"format": "diagapp-benchmark", "groups": [', encoding="utf-8")
    monkeypatch.setattr(network, "choose_open_path", lambda _p: broken)
    window.actions_by_name["import_benchmark"].trigger()
    assert quiet[-1].startswith("WARN") and "Référentiel du réseau refusé" in quiet[-1]
    assert peers.latest_benchmark(db) == stored  # what was stored is untouched


def test_the_menu_opens_the_share_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.actions_by_name["share_network"].text() == "Partager avec le ré&seau…"
    window.actions_by_name["share_network"].trigger()
    dialog = window.findChild(network.ShareDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.years.count() >= 2
    dialog.reject()


@pytest.mark.usefixtures("french_again")
def test_the_dialog_and_its_preview_speak_english(qtbot: QtBot, shop: Workshop) -> None:
    app.i18n.install(app.application(), "en")
    shop.set_language("en")
    dialog = _dialog(qtbot, shop)
    assert dialog.windowTitle() == "Share with the network"
    dialog.preview_button.click()
    shown = dialog.readable.toPlainText()
    assert "Consensus levels by item (0 to 3):" in shown and "Département: not given" in shown


def test_the_save_dialog_proposes_the_dated_name_in_the_projects_folder(
    qtbot: QtBot, project: Path
) -> None:
    """The real file dialog behind `choose_save_path`: the proposed name in a folder named
    with « # » and accents, and « .json » added to a name typed without it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    default = project.parent / "partage-reseau-2027-03-01.json"
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.directory().absolutePath())
        seen.append(box.selectedFiles()[0])
        name = box.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText("mon partage")
        box.accept()

    QTimer.singleShot(50, answer)
    chosen = network.choose_save_path(None, "Enregistrer", default)
    assert seen == [str(project.parent), str(default)]
    assert chosen == project.parent / "mon partage.json"
