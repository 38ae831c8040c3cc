"""Assemble the monograph's sections and lay them out: `build_pdf(monograph) -> bytes`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from diagapp.report import headings
from diagapp.report.document import FRAME_HEIGHT, Progress, render
from diagapp.report.monograph import SECTIONS, Monograph
from diagapp.report.sections import (
    advice,
    analysis,
    annex,
    contents,
    cover,
    dimensions,
    evolution,
    funding,
    governance,
    identity,
    network,
    objectives,
    plan,
    references,
    reread,
    summary,
)
from diagapp.report.sections.common import Ctx

Builder = Callable[[Ctx], list[Any]]

BUILDERS: dict[str, Builder] = {
    "cover": cover.build,
    "summary": summary.build,
    "contents": contents.build,
    "identity": identity.build_identity,
    "story": identity.build_story,
    "evolution": evolution.build,
    "dimensions": dimensions.build,
    "governance": governance.build,
    "funding": funding.build,
    "objectives": objectives.build_team,
    "references": references.build,
    "network": network.build,
    "findings": analysis.build,
    "recommendations": advice.build_recommendations,
    "plan": plan.build,
    "funders": advice.build_funders,
    "reread": reread.build,
    "annex": annex.build,
}
assert tuple(BUILDERS) == SECTIONS

# Sections that may share a page with the one before when there is room left.
FLOWING = {"story", "funding", "objectives", "references", "findings", "plan", "funders", "reread"}
ROOM_NEEDED = 220  # points left on the page for a flowing section to start there
# The others open a page, unless the page so far holds only the last lines of the section
# before (under a third of it): then they follow, rather than leave two bullets alone.
SECTION_ROOM = FRAME_HEIGHT * 2 / 3


def build_story(monograph: Monograph) -> list[Any]:
    """Every chosen section's flowables, with the page breaks between them."""
    from reportlab.platypus import CondPageBreak

    ctx = Ctx(monograph)
    if monograph.for_funder:  # its own short document (issue 17)
        from diagapp.report.sections import funder_edition

        return funder_edition.build_story(ctx)
    story: list[Any] = []
    needs_break = False  # the cover ends on its own page break
    for name in SECTIONS:
        if not monograph.includes(name):
            continue
        flowables = BUILDERS[name](ctx)
        if not flowables:
            continue
        if needs_break:
            story.append(CondPageBreak(ROOM_NEEDED if name in FLOWING else SECTION_ROOM))
        story += flowables + ctx.end_notes()
        needs_break = name != "cover"
    _reserve_contents(story)
    headings.link(story)
    return story


def _reserve_contents(story: list[Any]) -> None:
    """Give the table of contents its entries (page numbers unknown) before the first pass,
    so it takes its final height at once: two layout passes instead of three."""
    from reportlab.platypus.tableofcontents import TableOfContents

    entries = [
        (f.toc_level, f.toc_text, 0, f.bookmark)
        for f in story
        if getattr(f, "bookmark", None) and f.in_toc
    ]
    for flowable in story:
        if isinstance(flowable, TableOfContents):
            flowable._entries = list(entries)


def build_pdf(
    monograph: Monograph, *, invariant: bool = False, progress: Progress | None = None
) -> bytes:
    """The monograph as PDF bytes (`invariant`: byte-identical output for the same input)."""
    from reportlab import rl_config

    if progress is not None and progress(0, 100) is False:
        from diagapp.report.document import ExportCancelled

        raise ExportCancelled()
    story = build_story(monograph)
    previous = rl_config.invariant
    rl_config.invariant = 1 if invariant else previous
    try:
        return render(
            monograph,
            story,
            draw_cover=cover.draw_cover_page,
            invariant=invariant,
            progress=progress,
        )
    finally:
        rl_config.invariant = previous
