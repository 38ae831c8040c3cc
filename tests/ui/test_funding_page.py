"""The funding matrix page: cells, amounts, structures, volunteering, live indicators."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from diagapp.domain import funding
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import FundingSpec
from diagapp.services import assessments, catalog
from diagapp.ui.dialogs import ask
from diagapp.ui.formats import format_eur, format_eur_cents, format_percent
from diagapp.ui.pages.funding import FundingPage
from diagapp.ui.pages.funding_indicators import earlier_assessments
from diagapp.ui.workshop import Workshop

# The offscreen platform warns when a top-level widget is shown; nothing to fix there.
if TYPE_CHECKING:
    from conftest import ShowPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(workshop: Workshop, show_page: ShowPage) -> FundingPage:
    return show_page(FundingPage(workshop), (1300, 800))


def stored(workshop: Workshop) -> Assessment:
    assert workshop.assessment_id is not None
    return assessments.load_assessment(workshop.db, workshop.assessment_id)


def expected_indicators(workshop: Workshop) -> funding.FundingIndicators:
    current = stored(workshop)
    spec = catalog.questionnaire(current.questionnaire_version).funding
    history = earlier_assessments(workshop, current, funding.de_minimis_window_start(current, spec))
    sieg = current.fields.get("governance.sieg") == "oui"
    return funding.indicators(current, spec, history, sieg=sieg)


def spec() -> FundingSpec:
    return catalog.questionnaire(1).funding


def press(widget: object, text: str, key: Qt.Key) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_the_indicators_shown_are_the_domain_ones(page: FundingPage, workshop: Workshop) -> None:
    expected = expected_indicators(workshop)
    values = page.indicators.values
    assert values["public_dependence"].text() == format_percent(expected.public_dependence)
    assert values["own_resource_share"].text() == format_percent(expected.own_resource_share)
    assert values["kinds_used"].text() == f"{expected.kinds_used} sur 9"
    assert values["monetary_total"].text() == format_eur(expected.monetary_total_eur)
    assert values["volunteering"].text().startswith(format_eur(expected.volunteering_eur))
    # The demo's association received 120 k€ + 110 k€ + 95 k€ of public aid in 2024-2026.
    assert len(expected.de_minimis) == 1
    alert = page.indicators.de_minimis.text()
    assert "Association Haut-Vallon Coopère" in alert
    assert format_eur(325_000) in alert


def test_number_keys_set_the_intensity_and_the_indicators_follow(
    page: FundingPage, workshop: Workshop
) -> None:
    # A structure without amounts: its intensities are the team's own judgement.
    page.add_structure("Collectif sans montants")
    used = expected_indicators(workshop).kinds_used
    assert page.indicators.values["kinds_used"].text() == f"{used} sur 9"
    assert all(s.cell("revenue_levy").intensity == 0 for s in stored(workshop).structures)
    column = page.model.column_of("revenue_levy")
    page.table.setCurrentIndex(page.model.index(2, column))
    press(page.table, "2", Qt.Key.Key_2)
    assert stored(workshop).structures[2].cell("revenue_levy").intensity == 2
    assert page.model.index(2, column).data() == "++"
    assert page.indicators.values["kinds_used"].text() == f"{used + 1} sur 9"
    press(page.table, "0", Qt.Key.Key_0)
    assert stored(workshop).structures[2].cell("revenue_levy").intensity == 0
    assert page.indicators.values["kinds_used"].text() == f"{used} sur 9"


def test_the_combo_delegate_saves_the_chosen_intensity(
    page: FundingPage, workshop: Workshop
) -> None:
    page.add_structure("Collectif sans montants")
    index = page.model.index(2, page.model.column_of("loans"))
    delegate = page.table.itemDelegate()
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Néant", "+", "++", "+++"]
    delegate.setEditorData(editor, index)
    assert editor.currentIndex() == 0
    editor.setCurrentIndex(3)
    delegate.setModelData(editor, page.model, index)
    editor.deleteLater()
    assert stored(workshop).structures[2].cell("loans").intensity == 3


def test_amounts_are_typed_in_euros(page: FundingPage, workshop: Workshop) -> None:
    total = expected_indicators(workshop).monetary_total_eur
    assert total is not None
    page.show_amounts(True)
    assert page.amounts_toggle.isChecked()
    assert page.set_cell(1, "revenue_levy", "15 000")
    scic = stored(workshop).structures[1]
    cell = scic.cell("revenue_levy")
    assert cell.amount_eur == 15_000
    assert cell.intensity == funding.derived_intensity(15_000, funding.monetary_total(scic, spec()))
    assert page.indicators.values["monetary_total"].text() == format_eur(total + 15_000)
    assert not page.set_cell(1, "revenue_levy", "quinze mille")
    # Suppr clears the amount.
    press(page.table, "", Qt.Key.Key_Delete)
    assert stored(workshop).structures[1].cell("revenue_levy").amount_eur is None


def test_the_total_is_the_sum_of_the_amounts_shown(page: FundingPage, workshop: Workshop) -> None:
    """Half euros: each cell shows 101 €, so the total shows 202 € more (not 201 €)."""
    total = expected_indicators(workshop).monetary_total_eur
    assert total is not None
    page.show_amounts(True)
    assert page.set_cell(0, "revenue_levy", "100,5")
    assert page.set_cell(1, "revenue_levy", "100,5")
    shown = [
        page.table.model().index(r, c).data()
        for r in range(page.table.model().rowCount())
        for c in range(page.table.model().columnCount())
    ]
    assert shown.count("101\u202f€") == 2
    assert page.indicators.values["monetary_total"].text() == format_eur(total + 202)


def test_structures_are_added_renamed_and_described(page: FundingPage, workshop: Workshop) -> None:
    new_id = page.add_structure()
    assert new_id is not None
    added = stored(workshop).structures[-1]
    assert (added.id, added.name) == (new_id, "Nouvelle structure")
    chosen = page.current_structure()
    assert chosen is not None and chosen.id == new_id
    page.name_edit.setText("EBE du Haut-Vallon")
    page.name_edit.editingFinished.emit()
    page.status_combo.setCurrentIndex(page.status_combo.findData("ebe"))
    page.hours_spin.setValue(400)
    page.smic_combo.setCurrentIndex(page.smic_combo.findData(3))
    structure = stored(workshop).structures[-1]
    assert structure.name == "EBE du Haut-Vallon"
    assert structure.legal_status == "ebe"
    assert structure.volunteer_hours == 400
    assert structure.volunteer_smic_multiple == 3
    spec = catalog.questionnaire(1).funding
    assert page.volunteering_value.text() == format_eur(
        400 * 3 * spec.law.smic_at(stored(workshop).date).eur
    )
    now = expected_indicators(workshop)
    hours = f"{round(now.volunteering_hours):,}".replace(",", "\u202f")
    assert page.indicators.values["volunteering"].text() == (
        f"{format_eur(now.volunteering_eur)} ({hours}\u202fh)"
    )
    assert page.model.headerData(2, Qt.Orientation.Vertical) == "EBE du Haut-Vallon"


def test_removing_a_structure_asks_first(
    page: FundingPage, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.setCurrentIndex(page.model.index(1, 0))
    questions: list[str] = []

    def refuse(_parent: object, question: str, **_options: str) -> bool:
        questions.append(question)
        return False

    monkeypatch.setattr(ask, "confirm", refuse)
    assert not page.remove_current_structure()
    assert len(stored(workshop).structures) == 2
    assert "SCIC La Fabrique du Vallon" in questions[0]
    monkeypatch.setattr(ask, "confirm", lambda *_a, **_k: True)
    assert page.remove_current_structure()
    assert [s.name for s in stored(workshop).structures] == ["Association Haut-Vallon Coopère"]
    assert page.model.rowCount() == 1


def test_an_empty_name_is_refused_and_put_back(page: FundingPage, workshop: Workshop) -> None:
    page.name_edit.setText("   ")
    page.name_edit.editingFinished.emit()
    assert page.name_edit.text() == "Association Haut-Vallon Coopère"
    assert stored(workshop).structures[0].name == "Association Haut-Vallon Coopère"


def test_without_an_assessment_the_page_says_what_to_do(workshop: Workshop, qtbot: QtBot) -> None:
    workshop.set_assessment(None)
    widget = FundingPage(workshop)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.placeholder.isVisible()
    assert "évaluation" in widget.placeholder.text()
    assert widget.title == "Financement"


def test_a_change_made_elsewhere_reaches_the_hidden_page_when_shown(
    page: FundingPage, workshop: Workshop
) -> None:
    from diagapp.services import answers

    page.hide()
    scic = stored(workshop).structures[1]
    workshop.save(
        "funding",
        answers.set_funding_cell,
        structure_id=scic.id,
        resource="loans",
        amount_eur=1_000_000,  # most of the structure's money: +++ (derived)
    )
    page.show()
    assert page.model.index(1, page.model.column_of("loans")).data() == "+++"


def test_typed_amounts_set_the_intensities_by_their_share_not_by_themselves(
    page: FundingPage, workshop: Workshop
) -> None:
    """Issue 12: typing an amount set « + » by itself, so the PDF printed « + 180 000 € »
    beside « ++ 42 000 € ». Now, with amounts, intensities follow the shares."""
    page.add_structure("Tiers-lieu")
    public, sales = page.model.column_of("public_subsidies"), page.model.column_of("sales")
    page.table.setCurrentIndex(page.model.index(2, sales))
    press(page.table, "2", Qt.Key.Key_2)  # the team's judgement before any amount
    assert stored(workshop).structures[2].cell("sales").intensity == 2
    page.show_amounts(True)
    assert page.set_cell(2, "public_subsidies", "180 000")
    assert page.set_cell(2, "sales", "42 000")
    structure = stored(workshop).structures[2]
    # 180 000 / 222 000 = 81 % → +++ ; 42 000 / 222 000 = 19 % → +
    assert structure.cell("public_subsidies").intensity == 3
    assert structure.cell("sales").intensity == 1
    page.show_amounts(False)
    assert page.model.index(2, public).data() == "+++"
    assert page.model.index(2, sales).data() == "+"
    tip = page.model.index(2, public).data(Qt.ItemDataRole.ToolTipRole)
    assert "déduite des montants" in tip and "81" in tip
    assert "20 %" in page.intro.text() and "50 %" in page.intro.text()


def test_a_derived_intensity_cannot_be_typed_over_and_the_user_is_told(
    page: FundingPage, workshop: Workshop
) -> None:
    told: list[str] = []
    workshop.failed.connect(told.append)
    column = page.model.column_of("public_subsidies")
    before = stored(workshop).structures[0].cell("public_subsidies").intensity
    page.table.setCurrentIndex(page.model.index(0, column))
    press(page.table, "1" if before != 1 else "2", Qt.Key.Key_1 if before != 1 else Qt.Key.Key_2)
    assert stored(workshop).structures[0].cell("public_subsidies").intensity == before
    assert told and "déduite" in told[-1]


def test_volunteering_is_valued_at_the_smic_of_the_assessment_date(
    page: FundingPage, workshop: Workshop
) -> None:
    current = stored(workshop)
    rate = spec().law.smic_at(current.date)
    note = page.indicators.notes["volunteering"].text()
    assert format_eur_cents(rate.eur) in note and rate.source in note
    expected = expected_indicators(workshop)
    assert expected.volunteering_eur == pytest.approx(expected.volunteering_hours * rate.eur)


def test_the_de_minimis_alert_is_todays_rule_and_a_point_to_check(
    page: FundingPage, workshop: Workshop
) -> None:
    """Issue 13: the rule in force at the assessment's date (300 000 € since 1 January 2024,
    Regulation (EU) 2023/2831; 750 000 € for a SIEG), the report's figures as history, and
    wording that sends the team to its funders instead of giving a verdict."""
    text = page.indicators.de_minimis.text().replace("\u202f", " ")
    assert text.startswith("À vérifier avec vos financeurs — « Association Haut-Vallon Coopère »")
    assert "325 000 €" in text and "300 000 € sur 3 ans glissants" in text
    assert "activités économiques" in text and "régime d'exemption par catégorie" in text
    assert "mandat de service d'intérêt économique général (SIEG) le porte à 750 000 €" in text
    assert "2023/2831" in text and "en vigueur depuis le 1er janvier 2024" in text
    assert "Le rapport (2020) citait les plafonds d'alors : 200 000 €, et 500 000 €" in text
