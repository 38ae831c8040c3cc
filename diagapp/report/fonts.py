"""The fonts shipped in resources/fonts, registered with reportlab and embedded in every PDF.

reportlab falls back on a non-embedded Helvetica, which lacks U+202F (the narrow no-break
space of French typography); every text of the monograph, charts included, uses DejaVu.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from diagapp.domain.errors import DiagappError
from diagapp.paths import resources_dir

NNBSP = "\u202f"

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"

FILES = (SANS, SANS_BOLD, SANS_ITALIC, SERIF, SERIF_BOLD, SERIF_ITALIC)


class FontMissing(DiagappError):
    pass


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register() -> None:
    """Register the DejaVu fonts and make them reportlab's defaults (once per process)."""
    from reportlab.graphics import shapes
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for name in FILES:
        path = fonts_dir() / f"{name}.ttf"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise FontMissing(
                f"Police introuvable ou illisible : {path} ({exc}). Réinstallez diagapp."
            ) from None
    # <b> and <i> inside paragraphs pick the right face of each family.
    for family, bold, italic in ((SANS, SANS_BOLD, SANS_ITALIC), (SERIF, SERIF_BOLD, SERIF_ITALIC)):
        addMapping(family, 0, 0, family)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold)
    # Charts (reportlab.graphics) draw their strings with this default (PLATFORM.md).
    shapes.STATE_DEFAULTS["fontName"] = SANS
    _keep_narrow_spaces()


def _keep_narrow_spaces() -> None:
    """Make U+202F unbreakable in paragraphs, as French typography means it.

    reportlab counts it among the spaces where a line may break (paragraph._wsc) and, in
    text without U+00A0, splits words with str.split(), which also breaks at it: « : » would
    land at the start of a line and the character itself would be replaced by a plain space.
    reportlab already keeps U+00A0 unbreakable this way; U+202F gets the same treatment.
    """
    import re

    from reportlab.platypus import paragraph

    if NNBSP not in paragraph._wsc:
        return
    breaking = paragraph._wsc.replace(NNBSP, "")
    paragraph._wsc = breaking
    paragraph._wsc_re_split = re.compile(f"[{re.escape(breaking)}]+").split
    paragraph._wsc_end_search = re.compile(f"[{re.escape(breaking)}]+$").search
    original = paragraph.split

    def split(text: str | bytes, delim: str | None = None) -> list[str]:
        if delim is None and isinstance(text, str) and NNBSP in text:
            return list(paragraph._wsc_re_split(text))
        return list(original(text, delim))

    paragraph.split = split
