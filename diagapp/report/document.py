"""The page layout: cover and body templates, running header, page numbers, table of
contents, bookmarks and PDF metadata. `render(monograph, story)` returns the PDF bytes."""

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
COVER_BAND = 62 * MM

Progress = Callable[[int, int], bool]
MIN_ROOM = (170, 110)  # points needed below a section (h1) or subsection (h2) title


class ExportCancelled(DiagappError):
    def __init__(self) -> None:
        super().__init__("Export annulé : aucun fichier n'a été écrit.")


def _numbered_canvas(monograph: Monograph) -> type:
    """A canvas that knows the page count when it saves, for « 3 / 24 » footers."""
    from reportlab.pdfgen.canvas import Canvas

    lang = monograph.lang
    first_numbered = 2 if monograph.includes("cover") else 1  # the cover carries no number

    class NumberedCanvas(Canvas):  # reportlab is untyped (Any)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                number = self.getPageNumber()
                if number >= first_numbered:
                    self.setFont(fonts.SANS, 7.5)
                    self.setFillColor(MUTED)
                    self.drawRightString(
                        PAGE_WIDTH - MARGIN_X,
                        MARGIN_BOTTOM - 10 * MM,
                        say("page", lang, page=number, pages=total),
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


def render(
    monograph: Monograph,
    story: list[Any],
    *,
    invariant: bool = False,
    progress: Progress | None = None,
    expected_pages: int = 24,
) -> bytes:
    """Lay out `story` (the sections' flowables) on A4 pages and return the PDF."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
    from reportlab.platypus.doctemplate import ActionFlowable
    from reportlab.platypus.flowables import UseUpSpace

    layout_only = (ActionFlowable, UseUpSpace, Spacer)  # page breaks, template switches

    from diagapp.report.sections.cover import draw_cover_page

    fonts.register()
    lang = monograph.lang
    a = monograph.assessment
    doc_title = say("funder_doc_title" if monograph.for_funder else "doc_title", lang)
    title = f"{doc_title} — {a.dynamic_name} — {a.date.year}"

    class Doc(BaseDocTemplate):  # reportlab is untyped (Any)
        section_title = ""  # the last section started
        page_title = ""  # what the running header shows on this page
        pages_done = 0
        _page_fresh = True

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
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        canvas.setFillColor(PRIMARY)
        canvas.drawString(MARGIN_X, top, f"{a.dynamic_name} · {a.date.year}")
        canvas.setFont(fonts.SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, doc.page_title)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM - 10 * MM, typeset(doc_title, lang))
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
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    cover = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - COVER_BAND - 14 * MM - MARGIN_BOTTOM,
        id="cover",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    templates = [
        PageTemplate(
            "cover", [cover], onPage=lambda c, d: draw_cover_page(c, monograph, COVER_BAND)
        ),
        PageTemplate("body", [body], onPageEnd=header_footer),
    ]
    if not monograph.includes("cover"):
        templates.reverse()
    doc.addPageTemplates(templates)
    doc.multiBuild(story, canvasmaker=_numbered_canvas(monograph))
    return buffer.getvalue()


def heading(text: str, style: Any, level: int, key: str, lang: str, in_toc: bool = True) -> Any:
    """A section title that lands in the table of contents, the bookmarks and the header.

    It moves to the next page unless some room is left below it (no orphan titles), without
    dragging a long table along as keepWithNext would.
    """
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    class Heading(Paragraph):  # reportlab is untyped (Any)
        room = MIN_ROOM[level] if level < len(MIN_ROOM) else 0

        def wrap(self, width: float, height: float) -> tuple[float, float]:
            w, h = super().wrap(width, height)
            return (w, height + 1) if height < h + self.room else (w, h)

        def split(self, width: float, height: float) -> list[Any]:
            return []

    shown = typeset(text, lang)
    para = Heading(escape(shown), style)
    para.bookmark = key
    para.toc_level = level
    para.toc_text = shown
    para.in_toc = in_toc
    return para
