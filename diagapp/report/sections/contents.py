"""The table of contents, filled by the layout's second pass."""

from __future__ import annotations

from typing import Any

from diagapp.report.sections.common import Ctx
from diagapp.report.styles import layout_style


def build(ctx: Ctx) -> list[Any]:
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents(
        dotsMinLevel=0,
        tableStyle=layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                # tight rows: the whole contents stays on one page with every section
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    toc.levelStyles = [ctx.s.toc1, ctx.s.toc2]
    return [ctx.h1(ctx.say("contents"), "contents", in_toc=False), toc]
