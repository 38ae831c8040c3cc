"""The Qt item models of the funding matrix and of the per-item results."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from diagapp.domain import scoring
from diagapp.domain.model import Assessment
from diagapp.services import assessments, catalog
from diagapp.storage.database import Database
from diagapp.ui import app, i18n
from diagapp.ui.formats import (
    format_eur,
    format_level,
    format_number,
    format_percent,
    parse_amount,
)
from diagapp.ui.models.comparison_model import signed
from diagapp.ui.models.funding_model import (
    AMOUNT_ROLE,
    INTENSITY_ROLE,
    MODE_AMOUNTS,
    FundingModel,
)
from diagapp.ui.models.item_results_model import (
    CONSENSUS,
    ITEM_ID_ROLE,
    SPREAD,
    ItemResultsModel,
    ItemResultsProxy,
    decimal,
)


@pytest.fixture
def demo(demo_db: Database) -> Assessment:
    return assessments.load_assessment(demo_db, assessments.latest_assessment(demo_db))


def test_funding_model_passes_the_model_tester(demo: Assessment, qtmodeltester: Any) -> None:
    spec = catalog.questionnaire(demo.questionnaire_version).funding
    model = FundingModel(spec, "fr", on_edit=lambda *_: True)
    model.set_structures(demo.structures, spec)
    qtmodeltester.check(model)
    model.set_mode(MODE_AMOUNTS)
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo.structures) == 2
    assert model.columnCount() == len(spec.resources) == 9


def test_funding_model_shows_the_stored_matrix(demo: Assessment) -> None:
    spec = catalog.questionnaire(demo.questionnaire_version).funding
    model = FundingModel(spec)
    model.set_structures(demo.structures, spec)
    association = demo.structures[0]
    column = model.column_of("public_subsidies")
    index = model.index(0, column)
    cell = association.cell("public_subsidies")
    assert index.data(INTENSITY_ROLE) == cell.intensity
    assert index.data() == ("Néant", "+", "++", "+++")[cell.intensity]
    assert index.data(AMOUNT_ROLE) == cell.amount_eur
    model.set_mode(MODE_AMOUNTS)
    assert index.data() == format_eur(cell.amount_eur)
    assert model.headerData(0, Qt.Orientation.Vertical) == association.name
    # Read-only without an editing function: a heatmap.
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, 2)


def test_funding_model_edits_go_to_the_save_function(demo: Assessment) -> None:
    spec = catalog.questionnaire(demo.questionnaire_version).funding
    calls: list[tuple[int, str, dict[str, Any]]] = []

    def save(structure_id: int, key: str, changes: dict[str, Any]) -> bool:
        calls.append((structure_id, key, changes))
        return True

    model = FundingModel(spec, on_edit=save)
    model.set_structures(demo.structures, spec)
    scic = demo.structures[1]
    revenue = model.index(1, model.column_of("revenue_levy"))
    assert scic.cell("revenue_levy").intensity == 0

    assert model.setData(revenue, 2)
    assert not model.setData(revenue, 4)  # off the Néant..+++ scale
    assert not model.setData(revenue, True)
    model.set_mode(MODE_AMOUNTS)
    assert model.setData(revenue, "12 500,50 €")
    assert not model.setData(revenue, "beaucoup")
    assert model.setData(revenue, "")
    assert calls == [
        (scic.id, "revenue_levy", {"intensity": 2}),
        # an amount sets no intensity: the structure's shares do (diagapp.domain.funding)
        (scic.id, "revenue_levy", {"amount_eur": 12500.5}),
        (scic.id, "revenue_levy", {"amount_eur": None}),
    ]


def test_amounts_are_read_and_written_the_french_way() -> None:
    assert parse_amount("12 500") == 12500
    assert parse_amount("12\u202f500,5\u00a0€") == 12500.5
    assert parse_amount("  ") is None
    with pytest.raises(ValueError):
        parse_amount("-3")
    assert format_eur(120000) == "120\u202f000\u202f€"
    assert format_eur(None) == "—"
    assert format_percent(0.318) == "32\u202f%"


def test_the_window_rounds_as_the_monograph_does() -> None:
    """Ties away from zero, on the figure as written: what the PDF prints for the same value."""
    assert format_level(2.25) == "2,3"  # was 2,2 (round half to even)
    assert format_number(0.125) == "0,13"
    assert format_number(2.675) == "2,68"  # 2.67499… in binary
    assert format_percent(0.125) == "13\u202f%"
    assert format_eur(1500.5) == "1\u202f501\u202f€"
    assert decimal(2.25) == "2,3"  # the results and comparison tables' means
    assert signed(-0.25, 1) == "−0,3"
    assert signed(0.04, 1) == "0,0"
    assert signed(0.125, percent=True) == "+13\u202f%"


def test_amounts_follow_the_english_interface(french_again: None) -> None:
    i18n.install(app.application(), "en")
    assert parse_amount("12,500.50") == 12500.5
    assert parse_amount("€12,500") == 12500
    assert format_eur(120000) == "€120,000"
    assert format_percent(0.318) == "32%"
    assert decimal(2.25) == "2.3"  # a point, not a comma, in English
    with pytest.raises(ValueError):
        parse_amount("inf")  # not an amount in any language


def test_item_results_model_and_proxy_pass_the_model_tester(
    demo: Assessment, qtmodeltester: Any
) -> None:
    questionnaire = catalog.questionnaire(demo.questionnaire_version)
    model = ItemResultsModel()
    model.set_results(questionnaire, scoring.item_results(demo, questionnaire), "fr")
    qtmodeltester.check(model)
    proxy = ItemResultsProxy()
    proxy.setSourceModel(model)
    proxy.sort(SPREAD, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert model.rowCount() == len(questionnaire.items) == 56  # questionnaire v2


def test_sorting_by_disagreement_puts_the_most_disputed_item_first(demo: Assessment) -> None:
    questionnaire = catalog.questionnaire(demo.questionnaire_version)
    results = scoring.item_results(demo, questionnaire)
    model = ItemResultsModel()
    model.set_results(questionnaire, results, "fr")
    proxy = ItemResultsProxy()
    proxy.setSourceModel(model)
    proxy.sort(SPREAD, Qt.SortOrder.DescendingOrder)
    ranked = scoring.disagreements(results)
    assert ranked[0].disagreement > ranked[1].disagreement  # the demo has one clear winner
    shown = [proxy.index(r, 0).data(ITEM_ID_ROLE) for r in range(proxy.rowCount())]
    assert shown[0] == ranked[0].item_id
    assert [results[i].disagreement for i in shown] == sorted(
        (r.disagreement for r in results.values()), reverse=True
    )


def test_sorting_by_consensus_and_filtering(demo: Assessment) -> None:
    questionnaire = catalog.questionnaire(demo.questionnaire_version)
    results = scoring.item_results(demo, questionnaire)
    model = ItemResultsModel()
    model.set_results(questionnaire, results, "fr")
    proxy = ItemResultsProxy()
    proxy.setSourceModel(model)
    proxy.sort(CONSENSUS, Qt.SortOrder.DescendingOrder)
    levels = [results[proxy.index(r, 0).data(ITEM_ID_ROLE)].consensus for r in range(56)]
    assert levels[0] == 3
    assert levels[-1] is None  # items awaiting their consensus come last

    proxy.set_strong_only(True)
    strong = {r.item_id for r in results.values() if r.strong_disagreement}
    assert 0 < proxy.rowCount() == len(strong)
    assert {proxy.index(r, 0).data(ITEM_ID_ROLE) for r in range(proxy.rowCount())} == strong
    proxy.set_strong_only(False)
    proxy.set_dimension("ressort")
    assert proxy.rowCount() == 10
    assert all(proxy.index(r, 0).data(ITEM_ID_ROLE).startswith("ressort.") for r in range(10))
