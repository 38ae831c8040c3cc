"""Colours, paragraph styles and table styles of the monograph (reportlab)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from diagapp.report import fonts

INK = "#1d2a33"
PRIMARY = "#1f5f5b"
PRIMARY_LIGHT = "#e6efee"
ACCENT = "#c9702a"
ACCENT_LIGHT = "#fbeee2"
MUTED = "#66767d"
RULE = "#c6d1d4"
ALERT = "#a63d2f"
ALERT_LIGHT = "#f8e5e1"
# Level 0..3 (Absent → Affirmé), shared by gauges and tables.
LEVEL_COLOURS = ("#c65a46", "#e3a33d", "#8db35a", "#2e8b57")
LEVEL_TEXT = ("#a5402d", "#9a6410", "#4f7d24", "#257a4b")  # darker, for words on white
# One colour per series in comparison charts (current assessment first).
SERIES = ("#1f5f5b", "#c9702a", "#6a7fb5", "#9b5f94", "#7d8c3a")


@dataclass(frozen=True)
class Styles:
    body: Any
    body_small: Any
    lead: Any
    h1: Any
    h2: Any
    h3: Any
    caption: Any
    cell: Any
    cell_bold: Any
    cell_small: Any
    cell_head: Any
    quote: Any
    bullet: Any
    note: Any
    toc1: Any
    toc2: Any
    cover_kicker: Any
    cover_title: Any
    cover_sub: Any
    cover_small: Any
    box_title: Any


@cache
def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    ink = colors.HexColor(INK)
    base = ParagraphStyle(
        "body",
        fontName=fonts.SERIF,
        fontSize=9.4,
        leading=13.4,
        textColor=ink,
        spaceAfter=5,
        alignment=TA_LEFT,
        hyphenationLang="",
        bulletFontName=fonts.SANS,  # reportlab's default bullet font is Helvetica
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    sans: dict[str, Any] = {"fontName": fonts.SANS}
    return Styles(
        body=base,
        body_small=derive("body_small", fontSize=8.4, leading=11.6),
        lead=derive("lead", fontSize=10.5, leading=15, spaceAfter=8),
        h1=derive(
            "h1",
            fontName=fonts.SANS_BOLD,
            fontSize=17,
            leading=21,
            textColor=colors.HexColor(PRIMARY),
            spaceBefore=18,
            spaceAfter=10,
        ),
        h2=derive(
            "h2",
            fontName=fonts.SANS_BOLD,
            fontSize=12,
            leading=15,
            textColor=colors.HexColor(PRIMARY),
            spaceBefore=10,
            spaceAfter=5,
        ),
        h3=derive(
            "h3",
            fontName=fonts.SANS_BOLD,
            fontSize=9.6,
            leading=12.5,
            spaceBefore=6,
            spaceAfter=3,
        ),
        caption=derive(
            "caption", **sans, fontSize=7.2, leading=9.2, textColor=colors.HexColor(MUTED)
        ),
        cell=derive("cell", **sans, fontSize=7.8, leading=9.9, spaceAfter=0),
        cell_bold=derive("cell_bold", fontName=fonts.SANS_BOLD, fontSize=7.8, leading=9.9),
        cell_small=derive(
            "cell_small",
            fontName=fonts.SERIF_ITALIC,
            fontSize=7.3,
            leading=9.3,
            spaceAfter=0,
            textColor=colors.HexColor("#3d4b52"),
        ),
        cell_head=derive(
            "cell_head",
            fontName=fonts.SANS_BOLD,
            fontSize=7.5,
            leading=9.4,
            spaceAfter=0,
            textColor=colors.white,
        ),
        quote=derive(
            "quote",
            fontName=fonts.SERIF_ITALIC,
            fontSize=10.2,
            leading=14.6,
            leftIndent=14,
            rightIndent=14,
            spaceBefore=4,
            spaceAfter=10,
            textColor=colors.HexColor("#2c3e44"),
        ),
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        note=derive("note", **sans, fontSize=7.8, leading=10.4, textColor=colors.HexColor(MUTED)),
        toc1=derive("toc1", **sans, fontSize=9.6, leading=13.6, spaceBefore=4),
        toc2=derive("toc2", **sans, fontSize=8.2, leading=10.8, leftIndent=14),
        cover_kicker=derive(
            "cover_kicker",
            fontName=fonts.SANS_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=colors.white,
        ),
        cover_title=derive(
            "cover_title",
            fontName=fonts.SANS_BOLD,
            fontSize=27,
            leading=32,
            textColor=colors.HexColor(PRIMARY),
            spaceAfter=10,
        ),
        cover_sub=derive(
            "cover_sub", **sans, fontSize=12.5, leading=17, textColor=ink, spaceAfter=4
        ),
        cover_small=derive(
            "cover_small",
            **sans,
            fontSize=8,
            leading=11,
            textColor=colors.HexColor(MUTED),
            alignment=TA_LEFT,
        ),
        box_title=derive(
            "box_title",
            fontName=fonts.SANS_BOLD,
            fontSize=9.2,
            leading=12,
            spaceAfter=3,
            textColor=colors.HexColor(PRIMARY),
            alignment=TA_LEFT,
        ),
    )


def centered(style: Any) -> Any:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_c", parent=style, alignment=TA_CENTER)


def table_style(header: bool = True, zebra: bool = True, rows: int = 0) -> Any:
    """The house style of data tables: teal header, thin rules, light zebra rows."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 7.8),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(PRIMARY)),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), fonts.SANS_BOLD),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]
    if zebra:
        start = 1 if header else 0
        for row in range(start, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f4f7f7")))
    return TableStyle(commands)


def layout_style(commands: list[tuple[Any, ...]]) -> Any:
    """A TableStyle for layout tables (side-by-side blocks, panels).

    Tables set their cells' font even around flowables, Helvetica by default: naming ours
    keeps a non-embedded font out of the PDF.
    """
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS), *commands])
