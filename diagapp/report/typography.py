"""French (and English) typography for the monograph: spaces, numbers, money, markup.

Pure Python (no reportlab): the rules are tested on their own. French puts a narrow
no-break space (U+202F) before « ; : ! ? », inside « », between thousands and before units.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"

# A (breaking or no-break) space, or none, before a high punctuation sign followed by a space
# or the end: never inside a URL or a time such as 14:30.
_END = r"(?=\s|$|[»)\]])"
_BEFORE_HIGH = re.compile(r"(?<=[^\s;!?])[ \u00a0]?([;!?]+)" + _END)
_BEFORE_COLON = re.compile(r"(?<=[^\s/:])[ \u00a0]?(:)" + _END)
_OPEN_GUILLEMET = re.compile(r"«[ \u00a0\u202f]?")
_CLOSE_GUILLEMET = re.compile(r"[ \u00a0\u202f]?»")
_PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]?%")
_STRAIGHT_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def french(text: str) -> str:
    """Apply French spacing rules to running text (idempotent)."""
    if not text:
        return text
    text = _STRAIGHT_APOSTROPHE.sub("’", text)
    text = _BEFORE_HIGH.sub(NNBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NNBSP + r"\1", text)
    text = _OPEN_GUILLEMET.sub("«" + NNBSP, text)
    text = _CLOSE_GUILLEMET.sub(NNBSP + "»", text)
    return _PERCENT.sub(NNBSP + "%", text)


def english(text: str) -> str:
    """English running text: curly apostrophes only (no space before punctuation)."""
    return _STRAIGHT_APOSTROPHE.sub("’", text) if text else text


def typeset(text: str, lang: str) -> str:
    return french(text) if lang == "fr" else english(text)


def markup(text: str, lang: str) -> str:
    """Plain text → reportlab paragraph markup: typography, XML escaping, line breaks."""
    return escape(typeset(text, lang)).replace("\n", "<br/>")


def quote(text: str, lang: str) -> str:
    return f"«{NNBSP}{text}{NNBSP}»" if lang == "fr" else f"“{text}”"


def integer(value: float, lang: str) -> str:
    """120 000 (fr, narrow no-break spaces) or 120,000 (en)."""
    grouped = f"{round(value):,}"
    return grouped.replace(",", NNBSP) if lang == "fr" else grouped


def decimal(value: float, lang: str, digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def euros(value: float, lang: str) -> str:
    """120 000 € (fr) or €120,000 (en)."""
    return f"{integer(value, lang)}{NNBSP}€" if lang == "fr" else f"€{integer(value, lang)}"


def kilo_euros(value: float, lang: str) -> str:
    """200 k€ (fr) or €200k (en), for ceilings and round figures."""
    k = integer(value / 1000, lang)
    return f"{k}{NNBSP}k€" if lang == "fr" else f"€{k}k"


def percent(share: float, lang: str) -> str:
    """0.52 → 52 % (fr, narrow no-break space) or 52% (en)."""
    number = round(share * 100)
    return f"{number}{NNBSP}%" if lang == "fr" else f"{number}%"


def level(value: float, lang: str) -> str:
    """A 0..3 mean: 2,3 (fr) or 2.3 (en)."""
    return decimal(value, lang, 1)


def colon(lang: str) -> str:
    """The label separator: « : » with its narrow space in French."""
    return f"{NNBSP}: " if lang == "fr" else ": "


def join_words(words: list[str], lang: str) -> str:
    """a, b et c / a, b and c."""
    if len(words) <= 1:
        return "".join(words)
    last = " et " if lang == "fr" else " and "
    return ", ".join(words[:-1]) + last + words[-1]
