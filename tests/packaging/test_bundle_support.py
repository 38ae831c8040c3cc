"""What the PyInstaller bundle relies on, checked without building it: shipped data found under
sys._MEIPASS, the demo prepared without .py files, the app's icon, and the
DIAGAPP_QUIT_AFTER_MS switch the smoke test uses to start the window and leave by itself."""

from __future__ import annotations

import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diagapp import paths
from diagapp.services import demo, workspace

RunDiagapp = Callable[..., "subprocess.CompletedProcess[str]"]  # tests/conftest.py


def test_a_bundle_finds_its_data_under_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DIAGAPP_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.questionnaires_dir() == tmp_path / "questionnaires"
    assert paths.resources_dir() == tmp_path / "resources"


class _FrozenLoader:
    """Like PyInstaller's PyiFrozenLoader: code from the archive, no file on disk."""

    def __init__(self, source: str) -> None:
        self.source = source

    def get_code(self, fullname: str) -> types.CodeType:
        return compile(self.source, fullname, "exec")


def _frozen_module(source: str, tmp_path: Path) -> types.ModuleType:
    module = types.ModuleType("diagapp.services.frozen_demo")
    module.__file__ = str(tmp_path / "_internal" / "diagapp" / "services" / "demo.pyc")
    module.__loader__ = _FrozenLoader(source)  # type: ignore[assignment]
    return module


def test_the_demo_is_fingerprinted_without_source_files(tmp_path: Path) -> None:
    one = workspace._module_fingerprint(_frozen_module("A = 1\n", tmp_path))
    same = workspace._module_fingerprint(_frozen_module("A = 1\n", tmp_path))
    other = workspace._module_fingerprint(_frozen_module("A = 2\n", tmp_path))
    assert one and one == same and one != other
    assert workspace._module_fingerprint(demo) == Path(str(demo.__file__)).read_bytes()


def test_the_app_icon_has_every_size(qtbot: QtBot) -> None:
    from diagapp.ui import app

    sizes = {size.width() for size in app.app_icon().availableSizes()}
    assert sizes == set(app.ICON_SIZES)


def test_the_window_starts_and_leaves_by_itself(tmp_path: Path, run_diagapp: RunDiagapp) -> None:
    start = time.monotonic()
    done = run_diagapp("--demo", DIAGAPP_QUIT_AFTER_MS="300")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert time.monotonic() - start < 60
    # It closed as a user would: the window's geometry was saved with the settings.
    assert "geometry" in (tmp_path / "home" / "settings.ini").read_text(encoding="utf-8")


def test_a_dialog_blocking_the_start_is_reported_and_ends_the_program(
    tmp_path: Path, run_diagapp: RunDiagapp
) -> None:
    database = tmp_path / "locked.sqlite"
    from diagapp.storage import lock  # the test stands in for another window holding the base

    held = lock.acquire(database)
    try:
        done = run_diagapp("--db", str(database), DIAGAPP_QUIT_AFTER_MS="300")
    finally:
        held.release()
    from diagapp.ui.app import EXIT_LOCKED

    assert done.returncode == EXIT_LOCKED, done.stderr  # the refusal's own code
    assert "déjà ouverte" in done.stderr  # the dialog's text


def test_the_about_box_shows_the_icon_versions_data_and_report(qtbot: QtBot) -> None:
    from diagapp import __version__
    from diagapp.services import catalog
    from diagapp.ui import app, window_menus

    window = app.open_window(demo=True)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    try:
        box = window_menus.about_box(window)
        qtbot.addWidget(box)
        questionnaire = catalog.questionnaire()
        assert not box.iconPixmap().isNull()
        assert box.iconPixmap().width() == 96
        text = box.text()
        assert f"diagapp {__version__}" in text
        assert f"version {questionnaire.version}" in text
        assert str(window.workshop.db.path) in text
        assert questionnaire.report.fr in text
    finally:
        window.close()
        window.workshop.workspace.close()
