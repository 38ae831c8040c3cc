"""A partial diagnostic says so in the PDF: on the cover, beside the overall figure, and on
the radars, where an unassessed dimension is absent rather than drawn at 0."""

from __future__ import annotations

import datetime as dt
import io
import math
import re

import pytest
from pdf_helpers import Made, loose

from diagapp.report import charts
from diagapp.report.styles import PRIMARY
from diagapp.services import catalog
from diagapp.storage.database import open_database

ITEMS = len(catalog.questionnaire().items)  # the newest questionnaire's


@pytest.fixture(scope="module")
def partial_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """5 of the items with a consensus level, in the first two dimensions: each page's text."""
    from pypdf import PdfReader

    from diagapp.services import answers, assessments, catalog, reporting

    db = open_database(tmp_path_factory.mktemp("partial") / "partial.sqlite")
    try:
        dynamic = assessments.create_dynamic(db, name="Tiers-lieu La Fabrique")
        aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
        q = catalog.questionnaire(None)
        chosen = [(i.id, 2) for i in q.dimensions[0].items[:3]]
        chosen += [(i.id, 1) for i in q.dimensions[1].items[:2]]
        for item_id, value in chosen:
            answers.record_answer(
                db, assessment_id=aid, participant_id=None, item_id=item_id, value=value
            )
        pdf, _ = reporting.render_pdf(db, assessment_id=aid, invariant=True, lang="fr")
    finally:
        db.close()
    return [loose(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_cover_says_partial_diagnostic(partial_pdf: list[str]) -> None:
    cover = partial_pdf[0]
    assert f"Diagnostic partiel : 5 éléments sur {ITEMS} ont un niveau de consensus" in cover
    assert "(2 dimensions évaluées sur 5)" in cover
    assert cover.count("non évalué") == 3  # the cover radar's three unassessed dimensions


def test_the_overall_figure_says_on_what_it_rests(partial_pdf: list[str]) -> None:
    text = " ".join(partial_pdf)
    assert "Maturité d'ensemble 1,5 sur 3" in text or "Maturité d'ensemble 1,5" in text
    assert f"sur 5 éléments de {ITEMS}, 2 dimensions sur 5" in text


def test_a_complete_diagnostic_is_not_called_partial(french: Made) -> None:
    assert "Diagnostic partiel" not in french.text
    assert re.search(rf"sur \d\d éléments de {ITEMS}, 5 dimensions sur 5", loose(french.text))


def test_an_unassessed_axis_has_no_point_at_the_centre() -> None:
    from reportlab.graphics.shapes import Circle, Polygon, PolyLine

    width, height = 250.0, 210.0
    drawing = charts.radar(
        list("ABCDE"),
        [charts.Series([2.0, 1.0, None, None, None], PRIMARY)],
        width=width,
        height=height,
        absent="non évalué",
    )
    centre = (width / 2, height / 2)
    series = [
        shape
        for shape in drawing.contents
        if isinstance(shape, (Polygon, PolyLine, Circle))
        and getattr(shape, "strokeColor", None) is not None
        and shape.strokeColor.hexval().lower() == "0x" + PRIMARY[1:].lower()
    ]
    points = [
        (shape.points[i], shape.points[i + 1])
        for shape in series
        for i in range(0, len(shape.points), 2)
    ]
    assert len(points) == 2  # the two assessed axes, joined
    assert all(math.dist(p, centre) > 1 for p in points)
    dots = [c for c in drawing.contents if isinstance(c, Circle)]
    assert len(dots) == 2
    labels = [getattr(s, "text", "") for s in drawing.contents]
    assert labels.count("non évalué") == 3


def test_a_complete_series_is_still_a_filled_surface() -> None:
    from reportlab.graphics.shapes import Polygon

    drawing = charts.radar(list("ABCDE"), [charts.Series([2.0, 1.0, 3.0, 2.5, 1.5], PRIMARY)])
    filled = [
        s
        for s in drawing.contents
        if isinstance(s, Polygon) and s.fillColor is not None and s.fillOpacity == 0.18
    ]
    assert len(filled) == 1 and len(filled[0].points) == 10
