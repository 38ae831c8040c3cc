"""French (and English) typography for the monograph: spaces, numbers, money, markup.

Pure Python (no reportlab): the rules are tested on their own. French puts a narrow
no-break space (U+202F) before « ; : ! ? », inside « », between thousands and before units.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from xml.sax.saxutils import escape

from diagapp.domain import figures
from diagapp.domain.figures import half_up

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
_STRAIGHT_APOSTROPHE = re.compile(r"(?<=\w)'")  # l'équipe, l'« effet process », participants'
_SPACES = " \u00a0\u202f"
_LINE_REF = re.compile(r"\b(l|p)\. (?=\d)")  # « l. 1894 » stays on one line
_THOUSANDS = re.compile(r"\b(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)\b")  # 21 000 habitants


def french(text: str) -> str:
    """Apply French spacing rules to running text (idempotent)."""
    if not text:
        return text
    text = nest_quotes(_STRAIGHT_APOSTROPHE.sub("’", text), "fr")
    text = _LINE_REF.sub(r"\1." + NBSP, text)
    text = _BEFORE_HIGH.sub(NNBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NNBSP + r"\1", text)
    text = _THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"[ \u00a0]", NNBSP, m.group(2)), text)
    text = _OPEN_GUILLEMET.sub("«" + NNBSP, text)
    text = _CLOSE_GUILLEMET.sub(NNBSP + "»", text)
    return _PERCENT.sub(NNBSP + "%", text)


def english(text: str) -> str:
    """English running text: curly apostrophes only (no space before punctuation)."""
    if not text:
        return text
    text = nest_quotes(_STRAIGHT_APOSTROPHE.sub("’", text), "en")
    return _LINE_REF.sub(r"\1." + NBSP, text)


# Outer and inner quotation marks: « … “…” … » in French, “… ‘…’ …” in English.
_QUOTES = {"fr": ("«", "»", "“", "”"), "en": ("“", "”", "‘", "’")}


def nest_quotes(text: str, lang: str) -> str:
    """Quotes inside quotes take the inner marks: « Le “faire système” » rather than
    « Le « faire système » », “‘Making a system’…” rather than ““Making a system”…”."""
    opening, closing, inner_open, inner_close = _QUOTES["fr" if lang == "fr" else "en"]
    if text.count(opening) < 2:
        return text
    out: list[str] = []
    depth = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char == opening:
            if depth:
                out.append(inner_open)
                while index + 1 < len(text) and text[index + 1] in _SPACES:
                    index += 1  # no space inside English-style quotes
            else:
                out.append(char)
            depth += 1
        elif char == closing and depth:
            depth -= 1
            if depth:
                while out and out[-1] in _SPACES:
                    out.pop()
                out.append(inner_close)
            else:
                out.append(char)
        else:
            out.append(char)
        index += 1
    return "".join(out)


_ARTICLES = (("Le ", "du "), ("Les ", "des "), ("La ", "de la "), ("L'", "de l’"), ("L’", "de l’"))


def of_dynamic(name: str) -> str:
    """French « de » before a dynamic's name: « du Pôle » for « Le Pôle », « des Ateliers »;
    a name without an article has no known gender: « de la dynamique « Pôle… » »."""
    for article, contracted in _ARTICLES:
        if name.startswith(article):
            return contracted + name[len(article) :]
    return f"de la dynamique « {name} »"


def parenthesized(text: str) -> str:
    """« (text) », brackets for the parentheses inside: « (Metz [Moselle]) », not « ((…)) »."""
    return "(" + text.replace("(", "[").replace(")", "]") + ")"


def typeset(text: str, lang: str) -> str:
    return french(text) if lang == "fr" else english(text)


def markup(text: str, lang: str) -> str:
    """Plain text → reportlab paragraph markup: typography, XML escaping, line breaks."""
    return escape(typeset(text, lang)).replace("\n", "<br/>")


def quote(text: str, lang: str) -> str:
    return f"«{NNBSP}{text}{NNBSP}»" if lang == "fr" else f"“{text}”"


def integer(value: float, lang: str) -> str:
    """120 000 (fr, narrow no-break spaces) or 120,000 (en); ties away from zero."""
    grouped = f"{int(half_up(value)):,}"
    return grouped.replace(",", NNBSP) if lang == "fr" else grouped


def decimal(value: float | Decimal, lang: str, digits: int = 1) -> str:
    """2,3 (fr) or 2.3 (en): `digits` decimals, ties away from zero (2,25 → 2,3)."""
    text = f"{half_up(value, digits):f}"
    return text.replace(".", ",") if lang == "fr" else text


def signed(value: float | Decimal, lang: str, digits: int = 1, zero: str = "=") -> str:
    """A change: « +0,5 », « −0,5 » (a minus sign, not a hyphen), or `zero` when it rounds to
    nothing. Give it `figures.difference` of the printed values, so a reader's subtraction
    of the printed figures gives the printed change."""
    number = half_up(value, digits)
    if number == 0:
        return zero
    text = decimal(abs(number), lang, digits)
    return f"+{text}" if number > 0 else f"−{text}"


def number(value: float, lang: str) -> str:
    """A figure the team typed: 1 200 (whole, as it is) or 1 200,5 / 0,25 (two decimals at
    most, no trailing zero); a minus sign, not a hyphen, before a negative one."""
    rounded = half_up(value, 2)
    whole_part = int(abs(rounded))
    digits = f"{abs(rounded) - whole_part:.2f}"[2:].rstrip("0")
    text = integer(whole_part, lang)
    if digits:
        text += ("," if lang == "fr" else ".") + digits
    return ("−" if rounded < 0 else "") + text


def euros(value: float, lang: str) -> str:
    """120 000 € (fr) or €120,000 (en)."""
    return f"{integer(value, lang)}{NNBSP}€" if lang == "fr" else f"€{integer(value, lang)}"


def euros_cents(value: float, lang: str) -> str:
    """12,31 € (fr) or €12.31 (en), for an hourly rate."""
    number = decimal(value, lang, 2)
    return f"{number}{NNBSP}€" if lang == "fr" else f"€{number}"


def kilo_euros(value: float, lang: str) -> str:
    """200 k€ (fr) or €200k (en), for ceilings and round figures."""
    k = integer(value / 1000, lang)
    return f"{k}{NNBSP}k€" if lang == "fr" else f"€{k}k"


def percent(share: float, lang: str) -> str:
    """0.52 → 52 % (fr, narrow no-break space) or 52% (en)."""
    return percent_points(figures.percent(share), lang)


def percent_points(number: int, lang: str) -> str:
    """A whole percentage already apportioned (`figures.apportion`): 52 % (fr) or 52% (en)."""
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


_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: dt.date, lang: str) -> str:
    """14 novembre 2026 / 14 November 2026 (1er for the first of the month in French)."""
    if lang == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def month_year(day: dt.date, lang: str) -> str:
    """juin 2026 / June 2026."""
    months = _MONTHS_FR if lang == "fr" else _MONTHS_EN
    return f"{months[day.month - 1]} {day.year}"


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis, for one-page summaries."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:—- ")
    return cut + "…"
