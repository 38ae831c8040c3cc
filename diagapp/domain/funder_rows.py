"""Funding lines and yearly accounts as structured rows (issue 17): their kinds, their
fields, the checks a typed value must pass (a clear French message, nothing stored), and
the one-time reading of the fixed-format texts earlier versions kept them in.

Loans and capital contributions are financing, not income (report §1.5, l.796, l.860):
their kinds are FINANCING_KINDS, shown apart from the income a funder reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from diagapp.domain.finance import parse_accounts, parse_funding_lines
from diagapp.domain.model import Accounts, FundingLine
from diagapp.domain.text import Text

KINDS: dict[str, Text] = {
    "subvention_fonctionnement": Text("Subvention de fonctionnement", "Operating grant"),
    "subvention_projet": Text("Subvention de projet", "Project grant"),
    "commande_publique": Text("Prestation ou commande publique", "Service or public contract"),
    "pret": Text("Prêt", "Loan"),
    "apport_capital": Text("Apport en capital", "Capital contribution"),
    "mecenat_don": Text("Mécénat ou don", "Patronage or donation"),
    "autre": Text("Autre", "Other"),
}
FINANCING_KINDS = ("pret", "apport_capital")
OTHER = "autre"

# The yearly accounts: operating income by kind, then the rest.
INCOME_FIELDS = ("subsidies", "sales", "donations", "other_income")
ACCOUNT_FIELDS = (*INCOME_FIELDS, "charges", "result", "equity", "cash", "fte", "volunteers")
ACCOUNT_LABELS: dict[str, Text] = {
    "subsidies": Text("Subventions", "Subsidies"),
    "sales": Text("Ventes et prestations", "Sales and services"),
    "donations": Text("Dons et mécénat", "Donations and patronage"),
    "other_income": Text("Autres produits", "Other income"),
    "charges": Text("Charges", "Expenses"),
    "result": Text("Résultat", "Result"),
    "equity": Text("Fonds propres", "Equity"),
    "cash": Text("Trésorerie", "Cash"),
    "fte": Text("Salariés (ETP)", "Staff (FTE)"),
    "volunteers": Text("Bénévoles", "Volunteers"),
}
# Values that may be below zero: a loss, negative equity, an overdraft.
SIGNED = ("result", "equity", "cash")
WHOLE = ("volunteers",)

MAX_EUROS = 100_000_000  # a territorial dynamic's yearly line or account above this is a typo
MAX_FTE = 5_000
MAX_VOLUNTEERS = 100_000
FIRST_YEAR, LAST_YEAR = 1950, 2100
MAX_TEXT = 300


def is_financing(line: FundingLine) -> bool:
    return line.kind in FINANCING_KINDS


def operating_income(accounts: Accounts) -> float | None:
    """The sum of the income kinds given; None when none is."""
    given = [accounts.value(k) for k in INCOME_FIELDS if accounts.value(k) is not None]
    return float(sum(v for v in given if v is not None)) if given else None


# --- months ------------------------------------------------------------------------------

_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*$|^\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")


def parse_month(text: str) -> tuple[int, int] | None:
    """« 2026-12 », « 2026/12 », « 12/2026 » -> (2026, 12); « 2026 » alone is December."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return int(text), 12
    found = _MONTH.match(text)
    if not found:
        return None
    year, month = (found.group(1), found.group(2)) if found.group(1) else found.group(4, 3)
    if not 1 <= int(month) <= 12:
        return None
    return int(year), int(month)


def month_text(day: dt.date | None) -> str:
    """« 2026-12 » (how the rows store and show a month), "" for none."""
    return f"{day.year:04d}-{day.month:02d}" if day else ""


def first_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


# --- checks ------------------------------------------------------------------------------


def _euros_problem(what: str, value: float | None, signed: bool = False) -> str | None:
    if value is None:
        return None
    if value != value or abs(value) > MAX_EUROS:  # NaN or absurd
        return f"{what} : {value:,.0f} € n'est pas un montant plausible (au plus 100 millions d'euros).".replace(
            ",", "\u202f"
        )
    if value < 0 and not signed:
        return f"{what} ne peut pas être négatif."
    return None


def line_problem(line: FundingLine, structures: Sequence[str] = ()) -> str | None:
    """What is wrong with a funding line, in French, or None."""
    if not line.funder.strip():
        return "Indiquez le financeur de la ligne."
    if len(line.funder) > MAX_TEXT or len(line.purpose) > MAX_TEXT:
        return f"Le financeur et l'objet tiennent en {MAX_TEXT} caractères au plus."
    if line.kind not in KINDS:
        return f"Nature de financement inconnue : « {line.kind} »."
    problem = _euros_problem("Le montant annuel", line.amount)
    if problem:
        return problem
    for day in (line.starts, line.ends):
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            return f"L'année {day.year} n'est pas plausible (entre {FIRST_YEAR} et {LAST_YEAR})."
    if line.starts and line.ends and line.ends < line.starts:
        return f"La fin ({month_text(line.ends)}) est avant le début ({month_text(line.starts)})."
    if line.structure and structures and line.structure not in structures:
        return f"La structure « {line.structure} » n'est pas une structure de la dynamique."
    return None


def accounts_problem(accounts: Accounts) -> str | None:
    """What is wrong with one structure's accounts of one year, in French, or None."""
    if not accounts.structure.strip():
        return "Indiquez la structure dont ce sont les comptes."
    if not FIRST_YEAR <= accounts.year <= LAST_YEAR:
        return f"L'année {accounts.year} n'est pas plausible (entre {FIRST_YEAR} et {LAST_YEAR})."
    for key in ACCOUNT_FIELDS:
        value = accounts.value(key)
        label = ACCOUNT_LABELS[key].fr
        if value is None:
            continue
        if key == "fte":
            if not 0 <= value <= MAX_FTE:
                return f"{label} : {value:g} n'est pas un effectif plausible."
        elif key == "volunteers":
            if not 0 <= value <= MAX_VOLUNTEERS or value != int(value):
                return f"{label} : {value:g} n'est pas un nombre de bénévoles plausible."
        else:
            problem = _euros_problem(label, value, key in SIGNED)
            if problem:
                return problem
    return None


def duplicate_accounts(rows: Sequence[Accounts]) -> str | None:
    seen: set[tuple[str, int]] = set()
    for a in rows:
        key = (a.structure.strip(), a.year)
        if key in seen:
            return f"Les comptes {a.year} de « {a.structure} » sont déjà saisis."
        seen.add(key)
    return None


# --- carrying forward --------------------------------------------------------------------


def still_running(lines: Sequence[FundingLine], on: dt.date) -> list[FundingLine]:
    """The lines that have not ended by `on` (no end date: running)."""
    return [line for line in lines if line.ends is None or line.ends >= on]


# --- the texts of earlier versions ---------------------------------------------------------

_KIND_WORDS = (
    ("pret", r"\bpr[êe]ts?\b|emprunt|avance remboursable"),
    ("apport_capital", r"capital|fonds propres|sociétariat|souscription"),
    ("mecenat_don", r"m[ée]c[ée]nat|\bdons?\b|fondation"),
    ("commande_publique", r"commande|march[ée] public|prestation"),
    ("subvention_projet", r"projet|appel à projets|investissement|équipement"),
)


def guess_kind(line: FundingLine) -> str:
    """The kind a line typed as free text most likely is (financing words first)."""
    words = f"{line.funder} {line.purpose}".lower()
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, words):
            return kind
    return OTHER


def lines_from_text(text: object) -> tuple[list[FundingLine], tuple[str, ...]]:
    """`identity.funder_funding_lines` as rows (a kind guessed) and the lines not read."""
    read, unread = parse_funding_lines(text)
    return [replace(line, kind=guess_kind(line)) for line in read], unread


def accounts_from_text(text: object, year: int) -> tuple[list[Accounts], tuple[str, ...]]:
    """`identity.funder_accounts` as rows of `year` and the lines not read."""
    read, unread = parse_accounts(text)
    rows: dict[str, Accounts] = {}
    for entry in read:
        values: Mapping[str, float | None] = {
            k: (float(v) if v is not None else None) for k, v in entry.values.items()
        }
        if entry.structure in rows:  # the same structure twice: the second stays text
            amounts = " ; ".join("" if v is None else f"{v:.0f}" for v in values.values())
            unread += (f"{entry.structure} ; {amounts}",)
            continue
        rows[entry.structure] = Accounts(
            entry.structure, {k: values.get(k) for k in ACCOUNT_FIELDS}, year
        )
    return list(rows.values()), unread


def accounts_for(
    current: Sequence[Accounts], previous: Sequence[Accounts], year: int
) -> tuple[int | None, tuple[Accounts, ...], dict[str, Accounts]]:
    """The latest year's accounts given up to `year` (the assessment's), and the year before's
    by structure (from this assessment or last year's): (that year, its rows, the year before)."""
    years = [a.year for a in current if a.year <= year]
    if not years:
        return None, (), {}
    latest = max(years)
    now = tuple(a for a in current if a.year == latest)
    before = {a.structure: a for a in previous if a.year == latest - 1}
    before |= {a.structure: a for a in current if a.year == latest - 1}
    return latest, now, before
