"""Start-up as `diagapp` does it: the window shows at once with « Ouverture de la base de
données… », the database opens behind it in a worker thread, then the pages fill in. A
refusal (locked, damaged…) or a bug during that opening still ends in a clear dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diagapp.paths import log_file
from diagapp.services import assessments, workspace
from diagapp.ui import app, settings
from diagapp.ui.main_window import MainWindow, OpeningPanel
from diagapp.ui.workshop import Workshop

RunDiagapp = Callable[..., "subprocess.CompletedProcess[str]"]  # tests/conftest.py

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def frame(qtbot: QtBot) -> Iterator[MainWindow]:
    """The window as `diagapp` first shows it: no database yet."""
    window = MainWindow(Workshop(None, "fr"))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    if window.workshop.workspace is not None:
        window.workshop.workspace.close()


def _open_behind(
    frame: MainWindow, qtbot: QtBot, db_path: Path | None = None, demo: bool = False
) -> list[int | None]:
    outcome: list[int | None] = []
    opener = app.open_behind(frame, db_path, demo, outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    opener.close_unused(frame.workshop.workspace)
    return outcome


def test_the_window_shows_before_its_database_opens(frame: MainWindow, qtbot: QtBot) -> None:
    assert frame.isVisible()
    assert isinstance(frame.current_page(), OpeningPanel)
    assert frame.current_page().label.text() == "Ouverture de la base de données…"
    assert frame.nav.count() == 0
    # Nothing that needs the database can be triggered yet; leaving and help can.
    assert not frame.actions_by_name["send_to_funders"].isEnabled()
    assert not frame.actions_by_name["new_dynamic"].isEnabled()
    assert frame.actions_by_name["quit"].isEnabled()
    assert frame.actions_by_name["shortcuts"].isEnabled()
    frame.show_page("walkthrough")  # asking for a page meanwhile is harmless
    assert frame.pages == {}


def test_the_language_can_change_while_opening(
    frame: MainWindow, qtbot: QtBot, french_again: None
) -> None:
    settings.put(settings.LANGUAGE, "en")
    panel = frame.current_page()
    assert isinstance(panel, OpeningPanel)
    qtbot.waitUntil(lambda: panel.label.text() == "Opening the database…")
    assert frame.menuBar().actions()[0].text() == "&File"
    assert not frame.actions_by_name["send_to_funders"].isEnabled()  # still waiting
    assert frame.actions_by_name["quit"].isEnabled()


def test_then_the_demo_fills_the_window(
    frame: MainWindow, qtbot: QtBot, messages: list[object]
) -> None:
    assert _open_behind(frame, qtbot, demo=True) == [None]
    assert frame.workshop.is_open()
    assert frame.current_key() == "start"
    assert not any(isinstance(frame.stack.widget(i), OpeningPanel) for i in range(3))
    assert frame.workshop.assessment_id == assessments.latest_assessment(frame.workshop.db)
    assert "Pôle coopératif du Haut-Vallon" in frame.windowTitle()
    assert frame.actions_by_name["send_to_funders"].isEnabled()
    assert frame.indicator.text() == "Enregistré ✓"
    # The other pages follow, one per event-loop turn, in the navigation's order.
    qtbot.waitUntil(lambda: "comparison" in frame.pages, timeout=30_000)
    assert frame.page_keys()[:4] == ["start", "identity", "participants", "walkthrough"]
    assert frame.actions_by_name["page_funding"].isEnabled()  # menus rebuilt with the pages
    assert messages == []


def test_a_locked_database_is_refused_in_the_shown_window(
    frame: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "team.sqlite"
    held = workspace.open_workspace(path)
    try:
        assert _open_behind(frame, qtbot, path) == [app.EXIT_LOCKED]
    finally:
        held.close()
    assert messages[0][:2] == ("warn", "Base de données déjà ouverte")
    assert not frame.workshop.is_open()


def test_a_bug_while_opening_is_logged_and_told(
    frame: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    messages: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_path: Path, **_kw: object) -> workspace.Workspace:
        raise KeyError("boom")

    monkeypatch.setattr(workspace, "open_workspace", broken)
    assert _open_behind(frame, qtbot, tmp_path / "x.sqlite") == [app.EXIT_CANNOT_OPEN]
    kind, title, text = messages[0]
    assert (kind, title) == ("warn", "Erreur inattendue")
    assert "KeyError" in text and "Traceback" not in text
    assert "KeyError: 'boom'" in log_file().read_text(encoding="utf-8")


def test_a_damaged_database_without_backup_is_refused_and_left_alone(
    frame: MainWindow, qtbot: QtBot, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "team.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # a ruined file, no backup
    before = path.read_bytes()
    assert _open_behind(frame, qtbot, path) == [app.EXIT_CANNOT_OPEN]
    kind, title, text = messages[0]
    assert (kind, title) == ("warn", "Impossible d'ouvrir la base de données")
    assert "Aucune sauvegarde vérifiée" in text and "laissé tel quel" in text
    assert path.read_bytes() == before
    assert not frame.workshop.is_open()


def test_closing_the_window_while_opening_releases_the_database(
    frame: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.sqlite"
    really_open = workspace.open_workspace

    def slow(where: Path, **kw: bool) -> workspace.Workspace:
        opened = really_open(where, **kw)
        time.sleep(0.3)  # still opening when the user leaves
        return opened

    monkeypatch.setattr(workspace, "open_workspace", slow)
    opener = app.open_behind(frame, path, False, lambda _code: None)
    qtbot.waitUntil(lambda: opener._worker.ident is not None)  # the opening has begun
    opener.finished.disconnect()  # the event loop is over: nothing will deliver it
    opener.close_unused(frame.workshop.workspace)  # as `run` does on its way out
    assert not frame.workshop.is_open()
    again = really_open(path)  # neither locked nor left half open
    again.close()


def test_diagapp_shows_its_window_then_opens_the_demo(run_diagapp: RunDiagapp) -> None:
    done = run_diagapp("--demo", DIAGAPP_STARTUP_PROBE="1")
    assert done.returncode == 0, done.stderr
    moments = dict(line.split() for line in done.stdout.splitlines())
    assert float(moments["shown"]) <= float(moments["ready"])


def test_the_first_window_needs_neither_sqlalchemy_nor_the_services(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from diagapp.ui import app\n"
        "from diagapp.ui.main_window import MainWindow\n"
        "from diagapp.ui.workshop import Workshop\n"
        "qt = app.application(); w = MainWindow(Workshop(None)); w.show(); qt.processEvents()\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith(('diagapp.services', 'diagapp.storage', 'yaml')))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIAGAPP_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
