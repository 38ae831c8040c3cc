"""The governance page: the four structuring variables and legal statuses, saved at once,
beside the report's dynamics that made the same choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from diagapp.domain.model import Assessment
from diagapp.services import assessments
from diagapp.ui.pages.governance import GovernancePage
from diagapp.ui.widgets.field_editors import (
    ChoiceEditor,
    MultiChoiceEditor,
    ScaleEditor,
    TextEditor,
)
from diagapp.ui.widgets.level_scale import LevelScale
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> GovernancePage:
    return show_page(GovernancePage(workshop))


def stored(workshop: Workshop) -> Assessment:
    assert workshop.assessment_id is not None
    return assessments.load_assessment(workshop.db, workshop.assessment_id)


def typology_names(page: GovernancePage) -> list[str]:
    items = [page.typology.item(r, 0) for r in range(page.typology.rowCount())]
    return [item.text() for item in items if item is not None]


def combo(page: GovernancePage, field_id: str) -> QComboBox:
    editor = page.editors[field_id]
    assert isinstance(editor, ChoiceEditor)
    return editor.combo


def choose(page: GovernancePage, field_id: str, value: object) -> None:
    box = combo(page, field_id)
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == value))


def scale(page: GovernancePage, field_id: str) -> LevelScale:
    editor = page.editors[field_id]
    assert isinstance(editor, ScaleEditor)
    return editor.scale


def statuses(page: GovernancePage) -> MultiChoiceEditor:
    editor = page.editors["governance.legal_statuses"]
    assert isinstance(editor, MultiChoiceEditor)
    return editor


def text(page: GovernancePage, field_id: str) -> TextEditor:
    editor = page.editors[field_id]
    assert isinstance(editor, TextEditor)
    return editor


def test_the_stored_answers_are_shown(page: GovernancePage) -> None:
    # The origin and inhabitants' involvement are asked once elsewhere (v2): shown here.
    origin = page.asked_elsewhere["origin"].text()
    assert "fiche d'identité" in origin and "Hybride" in origin
    assert "Société civile / pouvoirs publics" in origin
    inhabitants = page.asked_elsewhere["inhabitants"].text()
    assert "Consensus de l'équipe" in inhabitants and "+" in inhabitants
    assert scale(page, "governance.debate").value == 3
    assert statuses(page).checked() == ["association_1901", "scic"]
    economic_model = text(page, "governance.economic_model").edit
    assert isinstance(economic_model, QPlainTextEdit)
    assert economic_model.toPlainText().startswith("Deux structures")
    # The four variables, then the legal form, in the report's order.
    assert list(page.editors)[:2] == ["governance.economic_model", "governance.vat_liable"]
    assert page.title == "Gouvernance"


def test_the_report_dynamics_sharing_status_and_origin_come_first(page: GovernancePage) -> None:
    names = typology_names(page)
    # Bliiida (association + SEM, civil society / public authorities) and the Biovallée
    # (association, same mixed origin) share both; the table lists them first (l.1023-1043).
    assert names[:2] == ["Tiers-lieu Bliiida", "Biovallée"]
    assert "Start-Up de Territoire (Clus'ter Jura)" in names  # a SCIC too
    assert "Projet alimentaire territorial (PAT) du Douaisis" not in names
    assert "Société civile / pouvoirs publics" in page.profile_label.text()


def test_choices_are_saved_at_once(page: GovernancePage, workshop: Workshop) -> None:
    from diagapp.services import answers

    assert workshop.assessment_id is not None
    workshop.save(  # the identity card's answer
        "fields",
        answers.set_field,
        assessment_id=workshop.assessment_id,
        field_id="identity.origin",
        value="collectivites",
    )
    workshop.save(  # the walk-through's consensus, read by this page
        "answers",
        answers.record_answer,
        assessment_id=workshop.assessment_id,
        participant_id=None,
        item_id="energie.implication_habitants",
        value=3,
    )
    scale(page, "governance.debate").choose(0)
    statuses(page).set_checked("sem", True)
    statuses(page).set_checked("scic", False)
    choose(page, "governance.sieg", "oui")
    choose(page, "governance.two_structures", False)
    fields = stored(workshop).fields
    assert fields["governance.debate"] == 0
    assert fields["governance.legal_statuses"] == ["association_1901", "sem"]
    assert fields["governance.sieg"] == "oui"
    assert fields["governance.two_structures"] is False
    # The typology follows: the TEPOS (SEM + SAS, public authorities, inhabitants +++) now
    # shares both.
    assert "TEPOS Cœur Haute Lande" in typology_names(page)[:3]


def test_text_is_saved_after_a_pause_or_when_flushed(
    page: GovernancePage, workshop: Workshop, qtbot: QtBot
) -> None:
    colleges = text(page, "governance.colleges").edit
    assert isinstance(colleges, QLineEdit)
    colleges.setText("Collectivités ; habitants")
    qtbot.waitUntil(
        lambda: stored(workshop).fields.get("governance.colleges") == "Collectivités ; habitants"
    )
    economic_model = text(page, "governance.economic_model").edit
    assert isinstance(economic_model, QPlainTextEdit)
    economic_model.setPlainText("Une seule association, financée par la Région.")
    page.flush()
    assert stored(workshop).fields["governance.economic_model"] == (
        "Une seule association, financée par la Région."
    )


def test_a_change_from_another_page_is_shown(page: GovernancePage, workshop: Workshop) -> None:
    from diagapp.services import answers

    assert workshop.assessment_id is not None
    workshop.save(
        "fields",
        answers.set_field,
        assessment_id=workshop.assessment_id,
        field_id="governance.debate",
        value=1,
    )
    assert scale(page, "governance.debate").value == 1


def test_a_refused_value_is_reported_and_not_kept(
    page: GovernancePage, workshop: Workshop, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(workshop.failed) as failure:
        assert not page.set_field("governance.debate", 7)
    assert "invalide" in failure.args[0]
    assert stored(workshop).fields["governance.debate"] == 3
    assert scale(page, "governance.debate").value == 3


def test_without_an_assessment_the_page_waits(workshop: Workshop, qtbot: QtBot) -> None:
    workshop.set_assessment(None)
    widget = GovernancePage(workshop)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.placeholder.isVisible()
    assert not widget.set_field("governance.debate", 2)
