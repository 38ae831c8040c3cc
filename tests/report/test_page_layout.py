"""What a long name does to the page: the running header and the cover keep their texts apart."""

from __future__ import annotations

import io
from typing import Any

from pdf_helpers import Made, loose, text_runs, with_texts
from pypdf import PdfReader

from diagapp.report import fonts
from diagapp.report.build import build_pdf
from diagapp.report.document import MARGIN_X, PAGE_HEIGHT
from diagapp.report.monograph import Monograph

LONG_NAME = "Pôle territorial de coopération économique du Haut-Vallon et des Monts du Forez"


def test_a_long_name_never_runs_into_the_section_title_in_the_header(
    demo_monograph: Monograph,
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register()
    reader = PdfReader(io.BytesIO(build_pdf(with_texts(demo_monograph, name=LONG_NAME))))
    checked = 0
    for page in reader.pages[1:]:
        header = [r for r in text_runs(page) if r.y > PAGE_HEIGHT - 60]
        names = [r for r in header if abs(r.x - MARGIN_X) < 1]
        titles = [r for r in header if r.x - MARGIN_X > 1]
        assert len(names) == 1, header
        name = names[0]
        assert name.text.startswith("Pôle territorial")
        if titles:
            end = name.x + stringWidth(name.text, fonts.SANS_BOLD, 7.5)
            assert end + 6 < min(t.x for t in titles), (name.text, titles)
            checked += 1
    assert checked > 20


def test_the_cover_radar_stays_below_a_three_line_name(demo_monograph: Monograph) -> None:
    name = f"{LONG_NAME} et des vallées voisines, en transition"
    reader = PdfReader(io.BytesIO(build_pdf(with_texts(demo_monograph, name=name))))
    runs = text_runs(reader.pages[0])
    phase = next(r for r in runs if r.text.startswith("Phase"))
    workshop = next(r for r in runs if r.text.startswith("Atelier du"))
    radar_top = next(r for r in runs if r.text.startswith("Le ressort"))
    assert phase.y > radar_top.y + 12 and workshop.y > phase.y
    title_lines = [r for r in runs if r.y > workshop.y + 20 and r.y < PAGE_HEIGHT - 180]
    assert len(title_lines) >= 3  # the name does take three lines
    assert "L’essentiel en une page" in (reader.pages[1].extract_text() or "")


def _body_texts(pdf: bytes, name: str) -> list[str]:
    """Each page's text without its running header and footer."""
    reader = PdfReader(io.BytesIO(pdf))
    # The header and footer are drawn after the body.
    return [(page.extract_text() or "").split(f"{name} · ")[0] for page in reader.pages]


def _lonely_headings(pdf: bytes, name: str) -> list[tuple[str, int, str]]:
    """Bookmarked titles followed by little or nothing on their page."""
    reader = PdfReader(io.BytesIO(pdf))
    texts = _body_texts(pdf, name)
    lonely = []
    entries: list[Any] = list(reader.outline)
    while entries:
        entry = entries.pop(0)
        if isinstance(entry, list):
            entries[:0] = entry
            continue
        page = reader.get_destination_page_number(entry)
        body, title = loose(texts[page]), loose(str(entry.title))
        after = body[body.rindex(title) + len(title) :] if title in body else ""
        if len(after) < 200:
            lonely.append((title, page + 1, after))
    return lonely


def test_no_page_holds_only_a_few_lines(french_compared: Made, english: Made) -> None:
    for made in (french_compared, english):
        texts = _body_texts(made.pdf, made.assessment.dynamic_name)
        short = [(n, t) for n, t in enumerate(texts[:-1], start=1) if len(t) < 600]
        assert not short


def test_no_heading_is_left_alone_at_a_page_foot(demo_monograph: Monograph, french: Made) -> None:
    name = french.assessment.dynamic_name
    assert not _lonely_headings(french.pdf, name)
    # A long evidence used to leave « Ce que nous avons accompli » alone on its page.
    evidence = "Le collectif a réuni les habitants et les élus du bassin. " * 110
    pdf = build_pdf(with_texts(demo_monograph, evidence=evidence))
    assert not _lonely_headings(pdf, name)
