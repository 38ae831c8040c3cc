"""Starting the window: the user's database or a fresh demo; clear dialogs when a database
cannot be opened; recovery announced; bugs logged without tracebacks; the window's menus,
shortcuts, remembered geometry, large type, language and backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diagapp.domain.errors import DiagappError
from diagapp.paths import default_database, log_file
from diagapp.services import answers, assessments, catalog, workspace
from diagapp.storage.backups import list_backups
from diagapp.ui import app, settings
from diagapp.ui.main_window import MainWindow
from diagapp.ui.pages.walkthrough import WalkthroughPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Windows opened by a test, closed (and their database released) at the end."""
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()
        window.workshop.workspace.close()


def open_window(
    windows: list[MainWindow], qtbot: QtBot, db_path: Path | None = None, demo: bool = False
) -> MainWindow:
    window = app.open_window(db_path, demo)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    windows.append(window)
    return window


def test_a_first_start_opens_an_empty_database(
    windows: list[MainWindow], qtbot: QtBot, _user_home: Path, messages: list[object]
) -> None:
    window = open_window(windows, qtbot)
    assert window.workshop.db.path == default_database().resolve()
    assert default_database().is_relative_to(_user_home)
    assert window.current_key() == "start"
    assert list(window.pages) == ["start"]  # the others are built once the window shows
    qtbot.waitUntil(lambda: "deliberation" in window.pages)
    assert window.page_keys()[:5] == [
        "start",
        "identity",
        "participants",
        "walkthrough",
        "deliberation",
    ]
    assert window.windowTitle() == ""  # Qt shows the application's name, « diagapp »
    # Without an assessment only the start page can be chosen.
    assert window.nav.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not window.nav.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.indicator.text() == "Enregistré ✓"
    assert messages == []


def test_demo_opens_a_fresh_copy_on_its_latest_assessment(
    windows: list[MainWindow], qtbot: QtBot, messages: list[tuple[str, str, str]]
) -> None:
    window = open_window(windows, qtbot, demo=True)
    db = window.workshop.db
    assert window.workshop.assessment_id == assessments.latest_assessment(db)
    assert "Pôle coopératif du Haut-Vallon" in window.windowTitle()
    # A second --demo while the first window is open: refused, the demo is left alone.
    assert app.open_window(demo=True) == app.EXIT_LOCKED
    assert messages[-1][0] == "warn" and "déjà ouverte" in messages[-1][2]
    assert assessments.list_dynamics(db)[0].name == "Pôle coopératif du Haut-Vallon"


def test_a_locked_database_is_refused_clearly(
    tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "team.sqlite"
    held = workspace.open_workspace(path)
    try:
        assert app.open_window(path) == app.EXIT_LOCKED
    finally:
        held.close()
    kind, title, text = messages[0]
    assert kind == "warn" and title == "Base de données déjà ouverte"
    assert "autre fenêtre" in text and "Traceback" not in text


def test_a_database_from_a_newer_version_is_refused(
    tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "newer.sqlite"
    workspace.open_workspace(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert app.open_window(path) == app.EXIT_CANNOT_OPEN
    assert "plus récente" in messages[0][2]
    assert "n'a pas été modifié" in messages[0][2]


def test_a_read_only_folder_gives_a_clear_message(
    tmp_path: Path, messages: list[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Running as root, permissions cannot make a folder read-only: the service's error is
    # simulated, the dialog and the exit code are what is checked.
    def refuse(_path: Path, **_kw: object) -> workspace.Workspace:
        raise DiagappError("La base de données est en lecture seule : copiez-la ailleurs.")

    monkeypatch.setattr(workspace, "open_workspace", refuse)
    assert app.open_window(tmp_path / "x.sqlite") == app.EXIT_CANNOT_OPEN
    assert messages == [
        (
            "warn",
            "Impossible d'ouvrir la base de données",
            "La base de données est en lecture seule : copiez-la ailleurs.",
        )
    ]


def test_a_damaged_database_is_restored_and_announced(
    tmp_path: Path, windows: list[MainWindow], qtbot: QtBot, messages: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "damaged.sqlite"
    opened = workspace.open_workspace(path)
    assessments.create_dynamic(opened.db, name="Cluster des Deux-Rives")
    opened.close()
    workspace.open_workspace(path).close()  # opening takes a verified backup
    assert list_backups(path)
    path.write_bytes(b"\x00" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    window = open_window(windows, qtbot, path)
    kind, title, text = messages[0]
    assert (kind, title) == ("inform", "Base de données restaurée")
    assert "restaurées depuis la sauvegarde du" in text and ".damaged" in text
    assert [d.name for d in assessments.list_dynamics(window.workshop.db)] == [
        "Cluster des Deux-Rives"
    ]


def test_a_bug_is_logged_and_shown_without_traceback(
    messages: list[tuple[str, str, str]],
) -> None:
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        app.excepthook(ValueError, exc, exc.__traceback__)
    kind, title, text = messages[0]
    assert (kind, title) == ("warn", "Erreur inattendue")
    assert "ValueError" in text and str(log_file()) in text
    assert "Traceback" not in text and "boom" not in text
    assert "boom in a slot" in log_file().read_text(encoding="utf-8")


def test_an_environment_error_reaching_the_hook_shows_its_message(
    messages: list[tuple[str, str, str]],
) -> None:
    error = DiagappError("Le disque est plein : libérez de la place.")
    app.excepthook(DiagappError, error, None)
    assert messages == [("warn", "diagapp", "Le disque est plein : libérez de la place.")]


def test_menus_shortcuts_and_about(windows: list[MainWindow], qtbot: QtBot) -> None:
    window = open_window(windows, qtbot, demo=True)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "A&telier", "Ai&de"]
    shortcuts = {
        name: [s.toString() for s in action.shortcuts()]
        for name, action in window.actions_by_name.items()
    }
    assert shortcuts["next_participant"] == ["Ctrl+Tab", "F6"]
    assert shortcuts["next_item"] == ["PgDown", "Alt+Right"]
    assert shortcuts["previous_item"] == ["PgUp", "Alt+Left"]
    assert shortcuts["full_screen"] == ["F11"]
    assert shortcuts["large_text"][0] == "Ctrl++"
    about = window.about_text()
    questionnaire = catalog.questionnaire()
    assert f"version {questionnaire.version}" in about
    assert str(window.workshop.db.path) in about
    assert questionnaire.report.fr in about
    assert "Ctrl+Tab" in window.shortcuts_text()


def test_keyboard_switches_participant_and_item(windows: list[MainWindow], qtbot: QtBot) -> None:
    window = open_window(windows, qtbot, demo=True)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    current = window.workshop.assessment()
    assert current is not None
    ids = [p.id for p in current.participants]
    assert window.workshop.participant_id == ids[0]  # a participant, not the consensus
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop.participant_id == ids[1]
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.workshop.participant_id == ids[2]
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.workshop.participant_id == ids[1]
    window.show_page("walkthrough")
    page = window.current_page()
    assert page is window.pages["walkthrough"]
    assert isinstance(page, WalkthroughPage)
    start = page.index
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert page.index == start + 1
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.index == start


def test_large_type_enlarges_the_whole_window(windows: list[MainWindow], qtbot: QtBot) -> None:
    window = open_window(windows, qtbot, demo=True)
    window.build_pages()
    normal = window.font().pointSizeF()
    window.actions_by_name["large_text"].trigger()
    assert settings.get(settings.LARGE_TEXT)
    assert window.font().pointSizeF() == pytest.approx(normal * settings.LARGE_TEXT_FACTOR)
    assert window.pages["deliberation"].font().pointSizeF() == window.font().pointSizeF()
    window.actions_by_name["large_text"].trigger()
    assert window.font().pointSizeF() == pytest.approx(normal)


def test_geometry_and_last_assessment_are_remembered(
    tmp_path: Path, windows: list[MainWindow], qtbot: QtBot, _user_home: Path
) -> None:
    path = tmp_path / "team.sqlite"
    window = open_window(windows, qtbot, path)
    db = window.workshop.db
    dynamic = assessments.create_dynamic(db, name="Éco-territoire du Lac")
    import datetime as dt

    first = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2024, 5, 1))
    assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 5, 1))
    window.workshop.set_assessment(first)
    window.resize(700, 500)
    window.close()
    window.workshop.workspace.close()
    windows.remove(window)
    assert settings.settings_file().is_relative_to(_user_home)
    again = open_window(windows, qtbot, path)
    assert (again.width(), again.height()) == (700, 500)
    assert again.workshop.assessment_id == first


def test_saving_shows_the_indicator_and_closing_takes_a_backup(
    tmp_path: Path, windows: list[MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.sqlite"
    window = open_window(windows, qtbot, path)
    from diagapp.services import health

    calls: list[object] = []
    monkeypatch.setattr(health, "periodic_backup", lambda db, **kw: calls.append(db))
    window.backup_if_due()
    assert calls == []  # nothing changed: no copy
    from diagapp.ui.widgets import autosave

    autosave.tracker().pending.emit()
    assert window.indicator.text() == "Enregistrement…"
    window.workshop.save("dynamic", assessments.create_dynamic, name="PTCE Sud")
    assert window.indicator.text() == "Enregistré ✓"
    window.backup_if_due()
    qtbot.waitUntil(lambda: calls == [window.workshop.db])
    monkeypatch.undo()
    before = [b for b in list_backups(path) if b.reason == "periodic"]
    window.workshop.save("dynamic", assessments.create_dynamic, name="PAT Nord")
    window.close()
    after = [b for b in list_backups(path) if b.reason == "periodic"]
    assert len(after) == len(before) + 1


def test_a_failed_save_is_shown(windows: list[MainWindow], qtbot: QtBot) -> None:
    window = open_window(windows, qtbot, demo=True)
    window.workshop.save(
        "answers",
        answers.record_answer,
        assessment_id=window.workshop.assessment_id,
        participant_id=None,
        item_id="ressort.inconnu",
        value=2,
    )
    assert window.indicator.text() == "Non enregistré ⚠"


def test_preferences_that_cannot_be_written_are_told_once_and_still_hold(
    windows: list[MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(windows, qtbot, demo=True)
    window.show()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    monkeypatch.setenv("DIAGAPP_HOME", str(blocker / "home"))  # no folder can be made there
    normal = window.font().pointSizeF()
    window.actions_by_name["large_text"].trigger()
    # The choice still applies for this session…
    assert window.font().pointSizeF() == pytest.approx(normal * settings.LARGE_TEXT_FACTOR)
    # …and the user is told, without losing the workshop.
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert "préférences n'ont pas pu être enregistrées" in boxes[0].text()
    assert "bien enregistrées dans la base" in boxes[0].text()
    assert window.indicator.text() == "Enregistré ✓"  # the answers are not concerned
    boxes[0].close()
    window.actions_by_name["large_text"].trigger()  # again: the status bar, no second dialog
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert "préférences" in window.statusBar().currentMessage()
    assert window.font().pointSizeF() == pytest.approx(normal)


def test_start_up_does_not_import_heavy_libraries(tmp_path: Path) -> None:
    script = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from diagapp.ui import app\n"
        "w = app.open_window(demo=True); w.show(); app.application().processEvents()\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pandas', 'reportlab', 'pyqtgraph', 'openpyxl'})))\n"
    )
    env = {**__import__("os").environ, "DIAGAPP_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_application_object_is_reused(qtbot: QtBot) -> None:
    assert app.application() is QApplication.instance()


def test_english_from_the_preferences(
    windows: list[MainWindow], qtbot: QtBot, french_again: None
) -> None:
    from diagapp.ui.dialogs.settings import SettingsDialog

    window = open_window(windows, qtbot, demo=True)
    window.show()
    window.show_page("walkthrough")
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.large_text.setChecked(True)
    dialog.accept()
    assert settings.get(settings.LANGUAGE) == "en" and settings.get(settings.LARGE_TEXT)
    # Widgets retranslate on the LanguageChange event Qt posts.
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    assert window.nav.item(0).text() == "Start"
    assert window.indicator.text() == "Saved ✓"
    walk = window.pages["walkthrough"]
    assert isinstance(walk, WalkthroughPage)
    assert walk.next_button.text() == "Next item →"
    assert walk.notes.labels["private_note"].text() == "<b>Private note (never in the PDF)</b>"
    first = catalog.questionnaire().items[walk.index]
    assert first.label.en in walk.item_label.text()  # the questionnaire's own English
    assert walk.scale.cards[0].description.text() == first.levels[0].text.en
    # Numbers and amounts follow the interface's language.
    window.show_page("funding")
    funding_page = window.pages["funding"]
    qtbot.waitUntil(lambda: funding_page.indicators.values["monetary_total"].text() != "")
    total = funding_page.indicators.values["monetary_total"].text()
    assert total.startswith("€") and "," in total and "\u202f" not in total
    assert funding_page.indicators.values["public_dependence"].text().endswith("%")
    assert "\u202f" not in funding_page.indicators.values["public_dependence"].text()
