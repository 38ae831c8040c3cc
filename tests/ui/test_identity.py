"""Identity card: one editor per questionnaire field, every change saved at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from diagapp.domain.model import Assessment
from diagapp.services import assessments, catalog
from diagapp.services.workspace import open_workspace
from diagapp.ui.pages.identity import IdentityPage
from diagapp.ui.widgets.field_editors import (
    ChoiceEditor,
    MultiChoiceEditor,
    NumberEditor,
    TextEditor,
)
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    workspace = open_workspace(tmp_path / "identity.sqlite")
    import datetime as dt

    dynamic = assessments.create_dynamic(workspace.db, name="TZCLD de la Vallée")
    assessment = assessments.create_assessment(
        workspace.db, dynamic_id=dynamic, date=dt.date(2025, 2, 1)
    )
    shop = Workshop(workspace)
    shop.set_assessment(assessment)
    yield shop
    workspace.close()


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> IdentityPage:
    return show_page(IdentityPage(workshop), (1200, 900))


def stored(workshop: Workshop) -> Assessment:
    assert workshop.assessment_id is not None
    return assessments.load_assessment(workshop.db, workshop.assessment_id)


def test_every_identity_field_has_its_editor(page: IdentityPage) -> None:
    fields = catalog.questionnaire().field_section("identity").fields
    assert list(page.editors) == [f.id for f in fields]
    expected = {
        "choice": (ChoiceEditor, QComboBox),
        "multichoice": (MultiChoiceEditor, QListWidget),
        "text": (TextEditor, QLineEdit),
        "longtext": (TextEditor, QPlainTextEdit),
        "year": (NumberEditor, QSpinBox),
    }
    for field in fields:
        editor = page.editors[field.id]
        if field.kind in expected:
            kind, control = expected[field.kind]
            assert isinstance(editor, kind), field.id
            assert isinstance(editor.focusProxy(), control), field.id
        assert editor.focusProxy().accessibleName() == field.label.fr
    assert page.name_edit.text() == "TZCLD de la Vallée"


def test_the_funder_items_are_set_apart(page: IdentityPage) -> None:
    heading = page.funder_heading
    assert heading is not None and "financeurs" in heading.text()
    layout = page.fields_layout
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    first = widgets.index(page.editors["identity.funder_mission"])
    assert widgets.index(heading) < first
    assert widgets.index(page.editors["identity.story"]) < widgets.index(heading)


def test_choices_ticks_and_numbers_are_saved_at_once(
    page: IdentityPage, workshop: Workshop
) -> None:
    kind = page.editors["identity.type"]
    assert isinstance(kind, ChoiceEditor)
    kind.combo.setCurrentIndex(kind.combo.findData("tzcld"))
    assert stored(workshop).fields["identity.type"] == "tzcld"
    setting = page.editors["identity.territory_setting"]
    assert isinstance(setting, MultiChoiceEditor)
    setting.set_checked("rural", True)
    setting.set_checked("periurbain", True)
    assert stored(workshop).fields["identity.territory_setting"] == ["rural", "periurbain"]
    setting.set_checked("rural", False)
    assert stored(workshop).fields["identity.territory_setting"] == ["periurbain"]
    year = page.editors["identity.year_founded"]
    assert isinstance(year, NumberEditor)
    year.spin.setValue(2016)
    assert stored(workshop).fields["identity.year_founded"] == 2016
    year.spin.setValue(year.spin.minimum())  # « — »: the answer is removed
    assert stored(workshop).fields["identity.year_founded"] is None
    fte = page.editors["identity.animation_fte"]
    assert isinstance(fte, NumberEditor)
    fte.spin.setValue(1.5)
    assert stored(workshop).fields["identity.animation_fte"] == 1.5
    kind.combo.setCurrentIndex(0)
    assert stored(workshop).fields["identity.type"] is None


def test_typing_is_saved_after_a_pause_and_never_lost(
    page: IdentityPage, workshop: Workshop, qtbot: QtBot
) -> None:
    story = page.editors["identity.story"]
    assert isinstance(story, TextEditor)
    story.edit.setPlainText("Née d'un collectif d'habitants en 2016")
    # Another field is saved while the story still waits for its pause: it is not erased.
    kind = page.editors["identity.type"]
    assert isinstance(kind, ChoiceEditor)
    kind.combo.setCurrentIndex(kind.combo.findData("tzcld"))
    assert isinstance(story.edit, QPlainTextEdit)
    assert story.edit.toPlainText() == "Née d'un collectif d'habitants en 2016"
    qtbot.waitUntil(
        lambda: (
            stored(workshop).fields.get("identity.story")
            == "Née d'un collectif d'habitants en 2016"
        ),
        timeout=2000,
    )


def test_renaming_the_dynamic(page: IdentityPage, workshop: Workshop) -> None:
    page.name_edit.setText("TZCLD du Haut-Val")
    page.flush()
    assert stored(workshop).dynamic_name == "TZCLD du Haut-Val"
    page.name_edit.setText("")  # an emptied name is not an error: it waits for the new one
    page.flush()
    assert stored(workshop).dynamic_name == "TZCLD du Haut-Val"


def test_demo_values_are_shown(demo_path: Path, qtbot: QtBot) -> None:
    workspace = open_workspace(demo_path)
    try:
        shop = Workshop(workspace)
        shop.set_assessment(assessments.latest_assessment(workspace.db))
        page = IdentityPage(shop)
        qtbot.addWidget(page)
        page.show()
        current = shop.assessment()
        assert current is not None
        kind = page.editors["identity.type"]
        assert isinstance(kind, ChoiceEditor)
        assert kind.combo.currentData() == current.fields["identity.type"]
    finally:
        workspace.close()
