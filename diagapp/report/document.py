"""The page layout: cover and body templates, running header, page numbers, table of
contents, bookmarks and PDF metadata. `render(monograph, story, draw_cover=…)` returns
the PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from diagapp.domain.errors import DiagappError
from diagapp.report import fonts
from diagapp.report.monograph import Monograph
from diagapp.report.styles import INK, MUTED, PRIMARY, RULE
from diagapp.report.typography import typeset
from diagapp.report.wording import say

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * MM, 24 * MM, 20 * MM
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM  # the body frame's
COVER_BAND = 62 * MM
COVER_FOOT = 48 * MM  # the cover's notes are drawn below this

Progress = Callable[[int, int], bool]
CoverDrawer = Callable[[Any, Monograph, float], None]  # (canvas, monograph, band height)
HEADER_GAP = 12  # points between the dynamic's name and the section title in the header


class ExportCancelled(DiagappError):
    def __init__(self, *_ignored: object) -> None:
        # reportlab re-raises an exception from a frame end as type(exc)(its own context +
        # message): the user still reads only this sentence.
        super().__init__("Export annulé : aucun fichier n'a été écrit.")


def _canvas_class() -> type:
    """reportlab's canvas, with the outline's /Count right.

    reportlab adds the number of sub-trees to the root's /Count (45 for 36 entries); the
    spec wants the number of visible entries.
    """
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

    class CountedOutlines(pdfdoc.PDFOutlines):  # reportlab is untyped (Any)
        def prepare(self, document: Any, canvas: Any) -> None:
            super().prepare(document, canvas)
            if self.ready == 1:  # maketree bumps `count` as it names sub-trees
                self.count = pdfdoc.count(self.mydestinations, self.closedict)

    class OutlinedCanvas(Canvas):  # reportlab is untyped (Any)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            doc = self._doc
            doc.outline = doc.Outlines = doc.Catalog.Outlines = CountedOutlines()

    return OutlinedCanvas


def render(
    monograph: Monograph,
    story: list[Any],
    *,
    draw_cover: CoverDrawer,
    invariant: bool = False,
    progress: Progress | None = None,
    expected_pages: int = 24,
) -> bytes:
    """Lay out `story` (the sections' flowables) on A4 pages and return the PDF;
    `draw_cover` paints what the cover page draws straight on the canvas."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
    from reportlab.platypus.doctemplate import ActionFlowable
    from reportlab.platypus.flowables import UseUpSpace

    layout_only = (ActionFlowable, UseUpSpace, Spacer)  # page breaks, template switches

    fonts.register()
    lang = monograph.lang
    a = monograph.assessment
    title = f"{say('doc_title', lang)} — {a.dynamic_name} — {a.date.year}"

    class Doc(BaseDocTemplate):  # reportlab is untyped (Any)
        section_title = ""  # the last section started
        page_title = ""  # what the running header shows on this page
        pages_done = 0
        _page_fresh = True
        # Pages laid out by the previous pass, for « 3 / 24 » footers. Pages are written as
        # they come (holding them back to number them sent every link to page 1); the layout
        # passes go on until the count drawn is the count made.
        page_total: int | None = None

        def _allSatisfied(self) -> bool:
            drawn, self.page_total = self.page_total, self.page
            return bool(super()._allSatisfied()) and drawn == self.page

        def beforePage(self) -> None:
            self.page_title = self.section_title
            self._page_fresh = True

        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, layout_only):
                return
            fresh, self._page_fresh = self._page_fresh, False
            key = getattr(flowable, "bookmark", None)
            if key is None:
                return
            level = flowable.toc_level
            text = flowable.toc_text
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            if level == 0:
                self.section_title = text
                if fresh:  # a section opening the page names it in the header
                    self.page_title = text
            if flowable.in_toc:
                self.notify("TOCEntry", (level, text, self.page, key))

        def afterPage(self) -> None:
            self.pages_done += 1
            if progress is not None:
                done = min(self.pages_done, 2 * expected_pages - 1)
                if progress(done, 2 * expected_pages) is False:
                    raise ExportCancelled()

    def header_footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 9 * MM
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * MM, PAGE_WIDTH - MARGIN_X, top - 2.5 * MM)
        # The section title takes what it needs (at most half the line); the name the rest.
        section = clip(doc.page_title, fonts.SANS, 7.5, FRAME_WIDTH * 0.5)
        room = FRAME_WIDTH - stringWidth(section, fonts.SANS, 7.5) - HEADER_GAP
        year = f" · {a.date.year}"
        name = clip(
            a.dynamic_name, fonts.SANS_BOLD, 7.5, room - stringWidth(year, fonts.SANS_BOLD, 7.5)
        )
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        canvas.setFillColor(PRIMARY)
        canvas.drawString(MARGIN_X, top, name + year)
        canvas.setFont(fonts.SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, section)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM - 10 * MM, typeset(say("doc_title", lang), lang))
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            MARGIN_BOTTOM - 10 * MM,
            say("page", lang, page=doc.page, pages=doc.page_total or 0),
        )
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = Doc(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=a.dynamic_name,
        subject=say("doc_subject", lang),
        keywords=[k.strip() for k in say("keywords", lang).split(",")],
        creator=f"diagapp {monograph.app_version}".strip(),
        lang="fr-FR" if lang == "fr" else "en",
        invariant=1 if invariant else 0,
        initialFontName=fonts.SERIF,
        initialFontSize=9.4,
        displayDocTitle=1,
    )
    body = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    cover = Frame(
        MARGIN_X,
        COVER_FOOT,
        FRAME_WIDTH,
        PAGE_HEIGHT - COVER_BAND - 14 * MM - COVER_FOOT,
        id="cover",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    templates = [
        PageTemplate("cover", [cover], onPage=lambda c, d: draw_cover(c, monograph, COVER_BAND)),
        PageTemplate("body", [body], onPageEnd=header_footer),
    ]
    if not monograph.includes("cover"):
        templates.reverse()
    doc.addPageTemplates(templates)
    doc.multiBuild(story, canvasmaker=_canvas_class())
    return buffer.getvalue()


def clip(text: str, font: str, size: float, width: float) -> str:
    """`text` cut at a word with an ellipsis so that it fits `width` points on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    words = text[: int(width / (size * 0.2))].split(" ")  # no glyph is narrower than 0.2 em
    while len(words) > 1:
        words.pop()
        shown = " ".join(words).rstrip(",;:—- ") + "…"
        if stringWidth(shown, font, size) <= width:
            return shown
    while text and stringWidth(text + "…", font, size) > width:  # one very long word
        text = text[:-1]
    return text + "…"
