"""The team's objectives of result (issue 17, « résultats au regard des objectifs »): each with
a baseline and a target, what was reached this year and last year.

The report asks for results read against objectives (« surface d'atteinte », l.1312) and for
evaluation built on promise, proof and deliberation (l.1260-1266). Pure data and rules: the
checks that refuse absurd values, and where an objective stands.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from diagapp.domain.errors import DiagappError

# Where an objective stands (the PDF and the window word them).
REACHED = "reached"
ONGOING = "ongoing"  # not reached, its date not passed
MISSED = "missed"  # not reached, its date passed
UNKNOWN = "unknown"  # nothing reached entered yet

MAX_ABS = 1e12  # beyond any count, euro amount or tonnage a dynamic reports
FIRST_YEAR = 1950
YEARS_AHEAD = 30  # a target date at most this many years after the assessment
PERCENT_UNITS = frozenset({"%", "pourcent", "pour cent", "percent"})


class ObjectiveRefused(DiagappError):
    """A value no team means: the French message says which and why."""


@dataclass(frozen=True)
class Objective:
    """One objective of an assessment; `previous` is what was reached the year before (the
    objective carried forward from last year's assessment)."""

    id: int
    title: str
    unit: str = ""
    dimension: str = ""  # the analysis dimension it serves, "" when none
    baseline: float | None = None
    baseline_year: int | None = None
    target: float | None = None
    target_date: dt.date | None = None
    reached: float | None = None
    comment: str = ""
    previous: float | None = None
    previous_year: int | None = None
    uid: str = ""
    position: int = 0

    @property
    def rising(self) -> bool:
        """Whether the target lies above the baseline (a decrease is also an objective)."""
        if self.baseline is None or self.target is None:
            return True
        return self.target >= self.baseline


def is_percent(unit: str) -> bool:
    return unit.strip().casefold() in PERCENT_UNITS


def progress(o: Objective) -> float | None:
    """The share of the way from baseline to target covered (1.0: reached), or None."""
    if o.reached is None or o.target is None or o.baseline is None or o.target == o.baseline:
        return None
    return (o.reached - o.baseline) / (o.target - o.baseline)


def is_reached(o: Objective) -> bool:
    if o.reached is None or o.target is None:
        return False
    return o.reached >= o.target if o.rising else o.reached <= o.target


def status(o: Objective, on: dt.date) -> str:
    """REACHED, ONGOING, MISSED or UNKNOWN, on the assessment's date `on`."""
    if o.reached is None:
        return UNKNOWN
    if is_reached(o):
        return REACHED
    if o.target_date is not None and o.target_date < on:
        return MISSED
    return ONGOING


def target_ratio(o: Objective) -> float | None:
    """How many times the target the reached value is (None without both, or a zero target)."""
    if o.reached is None or o.target in (None, 0):
        return None
    assert o.target is not None
    return o.reached / o.target


# --- what a team types -----------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f]")


def parse_number(text: str, what: str) -> float | None:
    """« 1 200,5 », « 12.5 », « 34 % » → a number; "" → None; anything else refused."""
    cleaned = _SPACES.sub("", text or "").rstrip("%€").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ObjectiveRefused(
            f"{what} « {text.strip()} » n'est pas un nombre (par exemple 12 ou 12,5)."
        ) from None
    check_number(value, what)
    return value


def check_number(value: float | None, what: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ObjectiveRefused(f"{what} doit être un nombre.")
    if abs(value) > MAX_ABS:
        raise ObjectiveRefused(
            f"{what} ({value:g}) est hors de toute mesure : vérifiez le nombre de chiffres."
        )


def parse_date(text: str) -> dt.date | None:
    """« 2027 » (end of year), « 06/2027 » (end of month), « 30/06/2027 » or ISO; "" → None."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    try:
        if re.fullmatch(r"\d{4}", cleaned):
            return dt.date(int(cleaned), 12, 31)
        found = re.fullmatch(r"(\d{1,2})[/.-](\d{4})", cleaned)
        if found:
            month, year = int(found.group(1)), int(found.group(2))
            if not 1 <= month <= 12:
                raise ValueError(cleaned)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        found = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", cleaned)
        if found:
            return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    raise ObjectiveRefused(
        f"L'échéance « {cleaned} » n'est pas une date : écrivez par exemple 2027, 06/2027 "
        "ou 30/06/2027."
    )


def problem(o: Objective, year: int) -> str | None:
    """Why the objective's values make no sense for an assessment of `year` (French), or None.

    Only the values given are checked: a team fills an objective cell by cell."""
    if not o.title.strip():
        return "Un objectif doit avoir un intitulé."
    try:
        for value, what in (
            (o.baseline, "La valeur de départ"),
            (o.target, "La cible"),
            (o.reached, "La valeur atteinte"),
        ):
            check_number(value, what)
    except ObjectiveRefused as exc:
        return str(exc)
    if o.baseline_year is not None and not FIRST_YEAR <= o.baseline_year <= year:
        return (
            f"L'année de départ {o.baseline_year} doit être entre {FIRST_YEAR} et l'année "
            f"de l'évaluation ({year})."
        )
    if o.target_date is not None:
        first = o.baseline_year or FIRST_YEAR
        if not first <= o.target_date.year <= year + YEARS_AHEAD:
            since = f"l'année de départ ({first})" if o.baseline_year else str(first)
            return (
                f"L'échéance ({o.target_date.year}) doit tomber entre {since} "
                f"et {year + YEARS_AHEAD}."
            )
    if o.baseline is not None and o.target is not None and o.baseline == o.target:
        return "La cible est égale à la valeur de départ : il n'y aurait rien à atteindre."
    if is_percent(o.unit):
        for value, what in (
            (o.baseline, "La valeur de départ"),
            (o.target, "La cible"),
            (o.reached, "La valeur atteinte"),
        ):
            if value is not None and not 0 <= value <= 100:
                return f"{what} est un pourcentage : elle doit être entre 0 et 100."
    negative = [v for v in (o.baseline, o.target) if v is not None]
    if o.reached is not None and o.reached < 0 and negative and min(negative) >= 0:
        return (
            "La valeur atteinte est négative alors que la valeur de départ et la cible ne le "
            "sont pas : vérifiez le signe."
        )
    return None
