"""Titles that never stand alone at a page foot.

A title moves to the next page unless there is room below it for itself and the start of
what follows: three lines of a paragraph, a table's header and first row, a block kept
together in full. reportlab's keepWithNext would instead push a long table whole to the
next page, leaving a blank half page behind it.
"""

from __future__ import annotations

from typing import Any

from diagapp.report.document import FRAME_HEIGHT as BODY_HEIGHT  # a fresh page's room
from diagapp.report.typography import typeset

MIN_ROOM = (170, 110)  # points needed below a section (h1) or subsection (h2) title
START_LINES = 3  # lines of the next paragraph that must fit beside its title


def _kept_heading_class() -> type:
    from reportlab.platypus import Paragraph

    class KeptHeading(Paragraph):  # reportlab is untyped (Any)
        room = 0.0  # at least this much below the title
        following: Any = None  # the flowable after it in the story (see `link`)

        def wrap(self, width: float, height: float) -> tuple[float, float]:
            w, h = super().wrap(width, height)
            below = self.start_of_next(getattr(self, "canv", None), width, height)
            needed = min(max(h + self.room, h + below), BODY_HEIGHT)
            return (w, height + 1) if height < needed else (w, h)

        def split(self, width: float, height: float) -> list[Any]:
            return []

        def start_of_next(self, canvas: Any, width: float, height: float) -> float:
            if self.following is None or canvas is None:  # canvas: None if wrapped bare
                return 0.0
            return start_height(self.following, canvas, width, height)

    return KeptHeading


_CLASS: list[type] = []


def kept_heading_class() -> Any:
    if not _CLASS:
        _CLASS.append(_kept_heading_class())
    return _CLASS[0]


def start_height(flowable: Any, canvas: Any, width: float, height: float) -> float:
    """The least of `flowable` that must stand beside the title above it."""
    from reportlab.platypus import KeepTogether, Paragraph, Table

    if isinstance(flowable, kept_heading_class()):
        _, h = Paragraph.wrap(flowable, width, height)  # its own height, not its rule
        return float(h + flowable.getSpaceBefore() + flowable.start_of_next(canvas, width, height))
    _, h = flowable.wrapOn(canvas, width, BODY_HEIGHT)
    if isinstance(flowable, KeepTogether):
        h = flowable._H  # its wrap answers « too tall » to make the frame split it
    before = flowable.getSpaceBefore()
    if isinstance(flowable, Paragraph):
        return float(before + min(h, START_LINES * flowable.style.leading))
    if isinstance(flowable, Table) and getattr(flowable, "_rowHeights", None):
        first = (flowable.repeatRows or 0) + 1
        return float(before + sum(flowable._rowHeights[:first]))
    return float(before + min(h, BODY_HEIGHT / 2))  # longer: it splits or takes a page


def heading(text: str, style: Any, level: int, key: str, lang: str, in_toc: bool = True) -> Any:
    """A section title that lands in the table of contents, the bookmarks and the header."""
    para = subheading(text, style, lang)
    para.room = MIN_ROOM[level] if level < len(MIN_ROOM) else 0
    para.bookmark = key
    para.toc_level = level
    para.toc_text = para.shown
    para.in_toc = in_toc
    return para


def subheading(text: str, style: Any, lang: str) -> Any:
    """A minor title (no bookmark) that keeps with what follows it."""
    from xml.sax.saxutils import escape

    shown = typeset(text, lang)
    para = kept_heading_class()(escape(shown), style)
    para.shown = shown
    return para


def link(story: list[Any]) -> None:
    """Tell each title of the story what follows it (page breaks and spaces skipped)."""
    from reportlab.platypus import Spacer
    from reportlab.platypus.doctemplate import ActionFlowable

    kept = kept_heading_class()
    for index, flowable in enumerate(story):
        if not isinstance(flowable, kept):
            continue
        for following in story[index + 1 :]:
            if isinstance(following, ActionFlowable) or following.isIndexing():
                break  # a page break, a template switch, the contents: nothing to measure
            if not isinstance(following, Spacer):
                flowable.following = following
                break
