"""The fonts shipped in resources/fonts, registered with reportlab and embedded in every PDF.

reportlab falls back on a non-embedded Helvetica, which lacks U+202F (the narrow no-break
space of French typography); every text of the monograph, charts included, uses DejaVu.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from diagapp.domain.errors import DiagappError
from diagapp.paths import resources_dir

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
