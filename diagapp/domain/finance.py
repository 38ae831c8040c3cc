"""Figures a funder reads: income by kind per structure and year, financing (loans, capital
contributions) set apart from income, the subsidy share on operating income, and the
funding lines the team declared with their end dates.

Loans and capital contributions are money the dynamic raises, not money it earns or is
given for its activity: counting them in the denominator makes the subsidy share fall for
no other reason than a loan. So the funder edition computes « part des subventions » on
operating income only (every monetary resource except FINANCING), with the one rounding
rule of `figures.apportion` so the printed shares add up to 100 %.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from diagapp.domain.figures import apportion, whole
from diagapp.domain.funding import FINANCING, monetary_keys, operating_keys, subsidy_share
from diagapp.domain.model import Accounts, FundingLine, Structure
from diagapp.domain.questionnaire import FundingSpec

# Funding that ends within this many months of the assessment is a risk said plainly.
RISK_MONTHS = 18


@dataclass(frozen=True)
class Line:
    """One resource of one structure: this year's euros and last year's (None: not given)."""

    resource: str
    amount: int | None
    previous: int | None

    @property
    def change(self) -> float | None:
        """Relative change since last year (0.25 is +25 %), None without both amounts."""
        if self.amount is None or not self.previous:
            return None
        return (self.amount - self.previous) / self.previous


@dataclass(frozen=True)
class StructureFigures:
    name: str
    income: tuple[Line, ...]  # operating income by kind (amount given this year or last)
    financing: tuple[Line, ...]  # loans and capital contributions
    volunteer_hours: float | None
    previous_volunteer_hours: float | None

    @property
    def income_total(self) -> int:
        return sum(line.amount or 0 for line in self.income)

    @property
    def previous_income_total(self) -> int | None:
        known = [line.previous for line in self.income if line.previous is not None]
        return sum(known) if known else None


@dataclass(frozen=True)
class FunderFigures:
    year: int
    previous_year: int | None
    structures: tuple[StructureFigures, ...]
    income_percents: Mapping[str, int]  # operating income by kind over all structures, in %
    previous_income_percents: Mapping[str, int]
    subsidy_share: float | None  # public subsidies / operating income (0..1, whole percent)
    previous_subsidy_share: float | None

    @property
    def income_total(self) -> int:
        return sum(s.income_total for s in self.structures)

    @property
    def financing_total(self) -> int:
        return sum(line.amount or 0 for s in self.structures for line in s.financing)

    @property
    def previous_financing_total(self) -> int | None:
        known = [line.previous for s in self.structures for line in s.financing]
        values = [v for v in known if v is not None]
        return sum(values) if values else None

    @property
    def previous_income_total(self) -> int | None:
        known = [s.previous_income_total for s in self.structures]
        values = [v for v in known if v is not None]
        return sum(values) if values else None


def _amount(structure: Structure | None, key: str) -> int | None:
    if structure is None:
        return None
    value = structure.cell(key).amount_eur
    return whole(value) if value is not None else None


def _totals(structures: Sequence[Structure], keys: Sequence[str]) -> dict[str, float]:
    return {k: float(sum(_amount(s, k) or 0 for s in structures)) for k in keys}


def _percents(totals: Mapping[str, float]) -> dict[str, int]:
    if not sum(totals.values()):
        return {}
    return dict(zip(totals, apportion(list(totals.values())), strict=True))


def _lines(structure: Structure, old: Structure | None, keys: Sequence[str]) -> tuple[Line, ...]:
    found = (Line(k, _amount(structure, k), _amount(old, k)) for k in keys)
    return tuple(x for x in found if x.amount is not None or x.previous is not None)


def funder_figures(
    structures: Sequence[Structure],
    previous: Sequence[Structure] | None,
    spec: FundingSpec,
    year: int,
    previous_year: int | None = None,
) -> FunderFigures:
    """This year's figures beside last year's; structures are matched by name."""
    operating = operating_keys(spec)
    financing = tuple(k for k in monetary_keys(spec) if k in FINANCING)
    before = {s.name: s for s in previous or ()}
    rows = []
    for structure in structures:
        old = before.get(structure.name)
        rows.append(
            StructureFigures(
                structure.name,
                _lines(structure, old, operating),
                _lines(structure, old, financing),
                structure.volunteer_hours,
                old.volunteer_hours if old else None,
            )
        )
    now_totals = _totals(structures, operating)
    old_totals = _totals(previous or (), operating)
    return FunderFigures(
        year=year,
        previous_year=previous_year if previous else None,
        structures=tuple(rows),
        income_percents=_percents(now_totals),
        previous_income_percents=_percents(old_totals) if previous else {},
        subsidy_share=subsidy_share(now_totals),
        previous_subsidy_share=subsidy_share(old_totals) if previous else None,
    )


# --- the fixed-format texts of earlier versions (read once into rows: funder_rows) --------


_END = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2}))?\s*$")


def _end_of(text: str) -> dt.date | None:
    found = _END.match(text)
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2) or 12)
    if not 1 <= month <= 12:
        return None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _euros(text: str) -> int | None:
    digits = re.sub(r"[\s\u202f\u00a0€]|eur(os)?", "", text, flags=re.IGNORECASE)
    digits = digits.replace(",", ".").replace("−", "-")
    try:
        return whole(float(digits)) if digits else None
    except ValueError:
        return None


def _rows(text: object) -> list[tuple[str, list[str]]]:
    """A « ; »-separated free text's non-empty lines: (the line as typed, its fields)."""
    if not isinstance(text, str):
        return []
    return [
        (raw.strip(), [p.strip() for p in raw.split(";")])
        for raw in text.splitlines()
        if raw.strip()
    ]


def _funding_line(parts: list[str]) -> FundingLine | None:
    if len(parts) < 2 or len(parts) > 4 or not parts[0]:
        return None
    amount = _euros(parts[2]) if len(parts) > 2 and parts[2] else None
    ends = _end_of(parts[3]) if len(parts) > 3 and parts[3] else None
    if (len(parts) > 2 and parts[2] and amount is None) or (
        len(parts) > 3 and parts[3] and ends is None
    ):
        return None
    return FundingLine(parts[0], parts[1], amount, ends)


def parse_funding_lines(text: object) -> tuple[tuple[FundingLine, ...], tuple[str, ...]]:
    """`identity.funder_funding_lines` read: (lines understood, lines not understood as typed).

    A line is « financeur ; objet ; montant annuel ; fin (AAAA-MM) »; the last two are optional.
    """
    read = [(raw, _funding_line(parts)) for raw, parts in _rows(text)]
    return tuple(x for _, x in read if x), tuple(raw for raw, x in read if x is None)


def ending_soon(
    lines: Sequence[FundingLine], start: dt.date, months: int = RISK_MONTHS
) -> list[FundingLine]:
    """The funding lines that end within `months` of `start`, soonest first."""
    soon = [line for line in lines if line.ends_within(start, months)]
    return sorted(soon, key=lambda line: (line.ends or start, line.funder))


# The four account columns the earlier text gave after the structure's name.
ACCOUNT_KEYS = ("charges", "result", "equity", "cash")


def _accounts(parts: list[str]) -> Accounts | None:
    amounts = [_euros(p) if p else None for p in parts[1:]]
    if len(parts) < 2 or len(parts) > 1 + len(ACCOUNT_KEYS) or not parts[0]:
        return None
    if any(p and a is None for p, a in zip(parts[1:], amounts, strict=True)):
        return None
    amounts += [None] * (len(ACCOUNT_KEYS) - len(amounts))
    return Accounts(parts[0], dict(zip(ACCOUNT_KEYS, amounts, strict=True)))


def parse_accounts(text: object) -> tuple[tuple[Accounts, ...], tuple[str, ...]]:
    """`identity.funder_accounts` read: (entities understood, lines not understood as typed).

    A line is « structure ; charges ; résultat ; fonds propres ; trésorerie »; an empty amount
    is unknown.
    """
    read = [(raw, _accounts(parts)) for raw, parts in _rows(text)]
    return tuple(x for _, x in read if x), tuple(raw for raw, x in read if x is None)
