"""Long texts flow over pages instead of breaking the export (« erreur interne (LayoutError) »)."""

from __future__ import annotations

import pytest
from pdf_helpers import loose, pdf_text, with_texts

from diagapp.report.build import build_pdf
from diagapp.report.monograph import Monograph

SENTENCE = (
    "Le collectif a réuni les habitants, les élus et les entreprises du bassin autour "
    "d'ateliers mensuels, de visites de sites et d'un comptoir partagé. "
)


def long_text(size: int, end: str) -> str:
    """About `size` characters of running text ending with a marker."""
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size].rsplit(" ", 1)[0] + f" {end}"


@pytest.mark.parametrize(
    ("what", "size"),
    [("evidence", 6000), ("justification", 6000), ("name", 4000), ("territory", 10000)],
)
def test_a_long_text_flows_over_pages(demo_monograph: Monograph, what: str, size: int) -> None:
    end = f"FIN-{what.upper()}-{size}"
    text = long_text(size, end)
    pdf = build_pdf(with_texts(demo_monograph, **{what: text}), invariant=True)
    shown = loose(pdf_text(pdf))
    assert end in shown  # the whole text is there, to its last word
    assert loose(text[-300:]) in shown
