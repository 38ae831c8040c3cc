"""Numbers, amounts and shares as the window shows them, in the interface's language
(French: 12 500 €, 32 %, 2,3; English: €12,500, 32%, 2.3). One set of rules with the PDF:
diagapp/report/typography.py. Typed amounts are read back by `parse_amount`."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from diagapp.report import typography
from diagapp.report.typography import NBSP, NNBSP
from diagapp.ui import i18n

MISSING = "—"


def format_eur(amount: float | None) -> str:
    """12 500 € (French interface) or €12,500 (English)."""
    return MISSING if amount is None else typography.euros(amount, i18n.language())


def format_eur_cents(amount: float) -> str:
    """12,31 € (French interface) or €12.31 (English): an hourly rate."""
    return typography.euros_cents(amount, i18n.language())


def format_long_date(day: dt.date) -> str:
    """1er janvier 2026 (French) or 1 January 2026 (English)."""
    return typography.long_date(day, i18n.language())


def format_percent(share: float | None) -> str:
    """0.318 → 32 % (French) or 32% (English)."""
    return MISSING if share is None else typography.percent(share, i18n.language())


def format_number(value: float, decimals: int = 2) -> str:
    """0,67 (French) or 0.67 (English)."""
    return typography.decimal(value, i18n.language(), decimals)


def signed_change(value: float | Decimal, decimals: int = 1, zero: str = "=") -> str:
    """A change: +0,5 / −0,5, or `zero` when it rounds to nothing (see typography.signed)."""
    return typography.signed(value, i18n.language(), decimals, zero)


def format_level(mean: float | None) -> str:
    """A 0..3 mean: 2,3 (French) or 2.3 (English)."""
    return MISSING if mean is None else typography.level(mean, i18n.language())


def format_integer(value: float) -> str:
    """12 500 (French) or 12,500 (English)."""
    return typography.integer(value, i18n.language())


def parse_amount(text: str, lang: str | None = None) -> float | None:
    """A typed amount as euros — « 12 500 », « 12500,50 € » in French, « 12,500.50 » or
    « €12,500 » in English (the interface's language by default); empty means no amount.

    Raises ValueError on anything else (negative, not a number, infinite)."""
    lang = lang or i18n.language()
    cleaned = text.strip().replace("€", "").replace(NNBSP, "").replace(NBSP, "")
    cleaned = cleaned.replace(" ", "")
    cleaned = cleaned.replace(",", "") if lang == "en" else cleaned.replace(",", ".")
    if not cleaned:
        return None
    value = float(cleaned)
    if value < 0 or not math.isfinite(value):
        raise ValueError(text)
    return value
