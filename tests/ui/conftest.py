"""Fixtures shared by the window's tests: the demo's latest workshop, a page shown offscreen,
message boxes replaced by a list of what they would have said."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diagapp.services import assessments
from diagapp.services.workspace import open_workspace
from diagapp.ui import app
from diagapp.ui.dialogs import ask
from diagapp.ui.main_window import MainWindow
from diagapp.ui.workshop import Workshop

Page = TypeVar("Page", bound=QWidget)


class ShowPage(Protocol):
    def __call__(self, page: Page, size: tuple[int, int] = (1400, 900)) -> Page: ...


@pytest.fixture
def workshop(demo_path: Path, qtbot: QtBot) -> Iterator[Workshop]:
    """The demo's latest assessment (2026); modules that start from an empty database
    define their own ``workshop``."""
    workspace = open_workspace(demo_path)
    shop = Workshop(workspace)
    shop.set_assessment(assessments.latest_assessment(workspace.db))
    yield shop
    workspace.close()


@pytest.fixture
def show_page(qtbot: QtBot) -> ShowPage:
    """Shows a page at a window's size, closed by qtbot at the end of the test."""

    def show(page: Page, size: tuple[int, int] = (1400, 900)) -> Page:
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        return page

    return show


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the information and warning boxes would have said (warnings prefixed « WARN »)."""
    said: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _t, message: said.append(message))
    monkeypatch.setattr(ask, "warn", lambda _p, _t, message: said.append("WARN " + message))
    return said


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Dialogs shown, as (kind, title, text), instead of blocking the test."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda _p, title, text: shown.append(("warn", title, text)))
    monkeypatch.setattr(
        ask, "inform", lambda _p, title, text: shown.append(("inform", title, text))
    )
    return shown


@pytest.fixture
def french_again() -> Iterator[None]:
    """The interface back in French after a test switched it to English."""
    yield
    from diagapp.ui import app

    app.i18n.install(app.application(), "fr")


@pytest.fixture
def demo_window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    """The whole window on the demo, shown at its default size."""
    opened = app.open_window(demo_path, False)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()
    opened.workshop.workspace.close()


@pytest.fixture
def fresh_demo_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The real window on a fresh copy of the demo (not shown yet), closed at the end."""
    from diagapp.ui import app

    opened = app.open_window(demo=True)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    yield opened
    opened.close()
    assert opened.workshop.workspace is not None
    opened.workshop.workspace.close()
