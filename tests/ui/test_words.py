"""Words and numbers as a reader sees them: accents kept in tab titles, numbers in the
interface's language, one count of the report's dynamics, nothing cut or doubled."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from diagapp.services import assessments, catalog, reporting
from diagapp.services.workspace import open_workspace
from diagapp.ui import app, i18n
from diagapp.ui.dialogs.export_pdf import ExportDialog
from diagapp.ui.main_window import MainWindow
from diagapp.ui.models.disagreements import DisagreementModel
from diagapp.ui.pages.participants import ParticipantsPage
from diagapp.ui.pages.results import ResultsPage
from diagapp.ui.widgets.field_editors import NumberEditor
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_tab_title_keeps_the_accent_of_its_capital(qtbot: QtBot) -> None:
    app.application()  # the window's style

    def drawn(title: str) -> object:
        bar = QTabBar()
        qtbot.addWidget(bar)
        bar.addTab("Surface")
        bar.addTab(title)
        bar.resize(bar.sizeHint())
        bar.show()
        return bar.grab().toImage()

    assert drawn("Éléments") != drawn("Eléments")  # the accent is drawn, not clipped


def test_english_tables_write_numbers_the_english_way(
    workshop: Workshop, show_page: ShowPage, french_again: None
) -> None:
    i18n.install(app.application(), "en")
    workshop.set_language("en")
    page = show_page(ResultsPage(workshop))
    assert page.radar is not None
    scores = page.radar.scores
    cells = [scores.item(r, c).text() for r in range(scores.rowCount()) for c in (1, 2, 3)]
    assert any("." in text for text in cells[:2])
    assert not any("," in text or "\u202f%" in text for text in cells), cells
    assert any(text.endswith("%)") for text in cells)
    item_means = [page.items_model.index(r, 4).data() for r in range(page.items_model.rowCount())]
    assert not any("," in str(text) for text in item_means)


def test_the_pdf_sections_are_listed_in_the_interface_language(qtbot: QtBot) -> None:
    dialog = ExportDialog(lang="en", default_pdf=Path("x.pdf"), previous=None)
    qtbot.addWidget(dialog)
    shown = [dialog.sections.item(r).text() for r in range(dialog.sections.count())]
    english = dict(reporting.section_titles("en"))
    assert shown and all(text in english.values() for text in shown)
    assert not set(shown) & set(dict(reporting.section_titles("fr")).values()) - set(
        english.values()
    )
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert (
        dialog.sections.item(0).text()
        == dict(reporting.section_titles("fr"))[str(dialog.sections.item(0).data(0x0100))]
    )


def test_the_window_title_names_the_app_once(fresh_demo_window: MainWindow) -> None:
    window = fresh_demo_window
    # Qt adds « — diagapp » (app.application() sets that display name) to the title.
    title = window.windowTitle()
    assert "diagapp" not in title
    assessment = window.workshop.assessment()
    assert assessment is not None and assessment.dynamic_name in title


def test_a_count_shows_as_a_whole_number(qtbot: QtBot) -> None:
    questionnaire = catalog.questionnaire(None)
    count = NumberEditor(questionnaire.field("identity.structures_count"), "fr")
    qtbot.addWidget(count)
    count.set_value(14)
    assert count.spin.text() == "14"
    fte = NumberEditor(questionnaire.field("identity.animation_fte"), "fr")
    qtbot.addWidget(fte)
    fte.set_value(1.5)
    assert fte.spin.text() == "1,5"


def test_the_report_s_dynamics_are_counted_alike_everywhere() -> None:
    references = len(catalog.references())
    questionnaire = catalog.questionnaire(None)
    texts = [f.help.get(lang) for f in questionnaire.fields for lang in ("fr", "en")]
    texts += [i.help.get(lang) for i in questionnaire.items for lang in ("fr", "en")]
    counts = {int(n) for text in texts for n in re.findall(r"(\d+) (?:dynamiques|dynamics)", text)}
    assert counts <= {references}, counts


def test_tied_items_in_the_deliberation_follow_the_questionnaire(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "order.sqlite")
    try:
        dynamic = assessments.create_dynamic(workspace.db, name="Tiers-lieu")
        assessment_id = assessments.create_assessment(
            workspace.db, dynamic_id=dynamic, date=dt.date(2025, 3, 1)
        )
        assessment = assessments.load_assessment(workspace.db, assessment_id)
        questionnaire = catalog.questionnaire(assessment.questionnaire_version)
        model = DisagreementModel()
        model.set_assessment(assessment, questionnaire, "fr")
        numbers = [number for _item, _result, number in model.rows]
        assert numbers == sorted(numbers)  # nobody answered: dimension 1, 2, 3, 4, 5
        assert [item.id for item, _r, _n in model.rows] == [i.id for i in questionnaire.items]
    finally:
        workspace.close()


def test_the_pseudonym_field_shows_its_whole_hint(workshop: Workshop, show_page: ShowPage) -> None:
    page = show_page(ParticipantsPage(workshop), (800, 600))
    edit = page.pseudonym_edit
    wanted = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.width() > wanted
