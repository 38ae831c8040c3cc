"""The English interface: every string of the catalogue translated, the compiled catalogue
in step with it, the source's tr() strings all in the catalogue, and the analysis pages
(governance, funding, results, recommendations, comparison) really in English."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from diagapp.paths import resources_dir
from diagapp.ui import app, settings
from diagapp.ui.main_window import MainWindow
from diagapp.ui.models.item_results_model import LABEL, SPREAD
from diagapp.ui.pages.comparison import ComparisonPage
from diagapp.ui.pages.funding import FundingPage
from diagapp.ui.pages.governance import GovernancePage
from diagapp.ui.pages.recommendations import RecommendationsPage
from diagapp.ui.pages.results import ResultsPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TS = resources_dir() / "translations" / "diagapp_en.ts"
QM = resources_dir() / "translations" / "diagapp_en.qm"
UI_SOURCES = Path(__file__).resolve().parents[2] / "diagapp" / "ui"
ANALYSIS_PAGES = ("governance", "funding", "results", "recommendations", "comparison")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message still in use."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context, source, translation in messages(ts):
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
            missing.append(f"{context}: {source!r}")
    return missing


def test_every_string_of_the_catalogue_is_translated() -> None:
    assert untranslated(TS) == []


def test_the_compiled_catalogue_matches_the_translations() -> None:
    """diagapp_en.qm is what pyside6-lrelease makes of diagapp_en.ts (run it after editing)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        f"{context}: {source!r}"
        for context, source, translation in messages(TS)
        if translator.translate(context, source) != translation.text
    ]
    assert stale == []


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_every_tr_string_of_the_interface_is_in_the_catalogue(tmp_path: Path) -> None:
    """A string added in the code and not yet in diagapp_en.ts shows up here (run
    pyside6-lupdate, then translate it)."""
    copy = tmp_path / "diagapp_en.ts"
    shutil.copyfile(TS, copy)
    subprocess.run(
        ["pyside6-lupdate", "-extensions", "py", "-silent", str(UI_SOURCES), "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert untranslated(copy) == []


# --- the window in English ------------------------------------------------------------------


@pytest.fixture
def english_window(qtbot: QtBot) -> Iterator[MainWindow]:
    settings.put(settings.LANGUAGE, "en")
    window = app.open_window(demo=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.build_pages()
    yield window
    window.close()
    window.workshop.workspace.close()
    app.i18n.install(app.application(), "fr")


def shown_texts(page: QWidget) -> set[str]:
    """The texts a user reads on a page's labels, buttons, boxes and tabs."""
    texts = {w.text() for w in page.findChildren(QLabel)}
    texts |= {w.text().replace("&", "") for w in page.findChildren(QAbstractButton)}
    texts |= {w.title() for w in page.findChildren(QGroupBox)}
    for tabs in page.findChildren(QTabWidget):
        texts |= {tabs.tabText(i) for i in range(tabs.count())}
    return {t for t in texts if t}


def test_the_analysis_pages_speak_english(english_window: MainWindow, qtbot: QtBot) -> None:
    window = english_window
    for key in ANALYSIS_PAGES:
        window.show_page(key)
    comparison = window.pages["comparison"]
    assert isinstance(comparison, ComparisonPage)
    qtbot.waitUntil(lambda: not comparison.busy and comparison.comparison is not None)

    governance = window.pages["governance"]
    assert isinstance(governance, GovernancePage)
    assert governance.title == "Governance"
    assert governance.typology_box.title() == "The report's typology"
    header = governance.typology.horizontalHeaderItem(1)
    assert header is not None and header.text() == "Legal status"
    assert governance.profile_label.text().startswith("Your dynamic: ")

    funding = window.pages["funding"]
    assert isinstance(funding, FundingPage)
    assert funding.add_button.text() == "&Add a structure"
    assert funding.indicators.names["public_dependence"].text() == "Dependence on public subsidies"
    assert funding.indicators.de_minimis.text().startswith("To check with your funders — ")

    results = window.pages["results"]
    assert isinstance(results, ResultsPage)
    assert [results.tabs.tabText(i) for i in range(results.tabs.count())] == [
        "Attainment surface",
        "Items",
        "Funding",
        "Similar dynamics",
        "Against the network",
    ]
    model = results.items_model
    assert model.headerData(LABEL, Qt.Orientation.Horizontal) == "Item"
    assert model.headerData(SPREAD, Qt.Orientation.Horizontal) == "Spread"
    assert results.radar is not None and results.radar.only_consensus.text() == "Consensus only"

    recommendations = window.pages["recommendations"]
    assert isinstance(recommendations, RecommendationsPage)
    assert recommendations.tabs.tabText(1) == "For funders"
    card = next(iter(recommendations.cards.values()))
    assert card.accept_button.text() == "Accept"
    assert card.set_aside_button.text() == "Set aside"

    assert comparison.title == "Year on year"
    assert comparison.tabs.tabText(0) == "Summary"
    assert comparison.summary.up_caption.text() == "<b>What improved most</b>"

    # Nothing on these pages is still one of the catalogue's French strings.
    french = {source for _c, source, t in messages(TS) if t.text != source}
    for key in ANALYSIS_PAGES:
        left = shown_texts(window.pages[key]) & french
        assert left == set(), key
