"""The funder edition (issue 17): a short document a funder can decide on — the front sheet,
the figures, the risks said plainly, and the scores in one annex page.

What it shares: `build_story` (the sections in order, each on its own page); `no_line_refs`
(in funder_text, beside the pages that use it) keeps report line numbers out of every text it prints (the report is
cited once, by section, in the annex). Private notes never reach a Monograph (services clean
them), and names are already replaced when the export is anonymised.
"""

from __future__ import annotations

from typing import Any

from diagapp.report.sections.common import Ctx
from diagapp.report.sections.funder_text import LINE_REFS, no_line_refs, text_lines

__all__ = ["LINE_REFS", "build_story", "no_line_refs", "text_lines"]


def build_story(ctx: Ctx) -> list[Any]:
    """Every section of the funder edition, each starting a page."""
    from reportlab.platypus import PageBreak

    from diagapp.report.sections import (
        funder_figures,
        funder_front,
        funder_risks,
        funder_scores,
        objectives,
    )

    builders = {
        "front": funder_front.build,
        "figures": funder_figures.build,
        "objectives": objectives.build_funder,
        "risks": funder_risks.build,
        "scores": funder_scores.build,
    }
    story: list[Any] = []
    for name in ctx.m.sections:
        flowables = builders[name](ctx)
        if not flowables:
            continue
        if story:
            story.append(PageBreak())
        story += flowables
    return story
