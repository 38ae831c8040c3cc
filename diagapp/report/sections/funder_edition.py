"""The funder edition (issue 17): a short document a funder can decide on — the front sheet,
the figures, the risks said plainly, and the scores in one annex page.

What it shares: `build_story` (the sections in order, each on its own page) and
`no_line_refs`, which keeps report line numbers out of every text it prints (the report is
cited once, by section, in the annex). Private notes never reach a Monograph (services clean
them), and names are already replaced when the export is anonymised.
"""

from __future__ import annotations

import re
from typing import Any

from diagapp.report.sections.common import Ctx

# « (l. 802, l. 836-913) », « l.197 »: a reference to a line of the report, as the app's
# texts write them (a team's « 3 lignes de bus » is left alone).
LINE_REFS = re.compile(
    r"\s*\((?:\s*l\.[\s\u202f\u00a0]*\d+(?:[-–]\d+)?[,;]?)+\s*\)"
    r"|(?<!\w)l\.[\s\u202f\u00a0]*\d+(?:[-–]\d+)?"
)


def no_line_refs(text: str) -> str:
    """`text` without its references to report lines (a funder has no line-numbered copy)."""
    return LINE_REFS.sub("", text)


def build_story(ctx: Ctx) -> list[Any]:
    """Every section of the funder edition, each starting a page."""
    from reportlab.platypus import PageBreak

    from diagapp.report.sections import funder_figures, funder_front, funder_risks, funder_scores

    builders = {
        "front": funder_front.build,
        "figures": funder_figures.build,
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


def text_lines(value: object) -> list[str]:
    """A free-text answer's non-empty lines, without list marks (« - », « • »)."""
    if not isinstance(value, str):
        return []
    lines = [line.strip().lstrip("-•*").strip() for line in value.splitlines()]
    return [line for line in lines if line]
