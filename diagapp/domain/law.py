"""Figures of law with their source and the date from which they apply (questionnaires/law.yaml).

The report (2020) states the law of its time; the app is used years later and its PDF goes to
funders. So every figure of law is dated data, and an assessment uses the figure in force at
its own date: a 2023 assessment keeps the report's de minimis ceiling, a 2026 one the new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from diagapp.domain.errors import DataFileError
from diagapp.domain.text import Text
from diagapp.domain.yamlio import read_yaml

LAW_FILE = "law.yaml"
PERIODS = ("fiscal", "rolling")


@dataclass(frozen=True)
class DeMinimisRule:
    """The EU de minimis ceilings for public aid to one undertaking's economic activities."""

    valid_from: dt.date
    ceiling_eur: float
    sieg_ceiling_eur: float  # for a service of general economic interest (SIEG / SGEI)
    years: int
    period: str  # "fiscal" (current and previous fiscal years) or "rolling" (any 3 years)
    source: Text

    def window_start(self, when: dt.date) -> dt.date:
        """The first day whose aid still counts with aid granted on `when`."""
        if self.period == "fiscal":
            return dt.date(when.year - self.years + 1, 1, 1)
        start = _years_before(when, self.years)
        return start + dt.timedelta(days=1)

    def ceiling(self, sieg: bool) -> float:
        return self.sieg_ceiling_eur if sieg else self.ceiling_eur


@dataclass(frozen=True)
class SmicRate:
    """The hourly gross SMIC from `valid_from`, with the decree or order that set it."""

    valid_from: dt.date
    eur: float
    source: str


@dataclass(frozen=True)
class RenamedBody:
    """A body the report names under a name it has since lost."""

    report_name: str
    spellings: tuple[str, ...]
    current_name: str
    since: dt.date
    source: Text

    def shown(self, lang: str = "fr") -> str:
        """Today's name with the report's, e.g. « France Travail (Pôle emploi dans le rapport) »."""
        if lang == "en":
            return f"{self.current_name} ({self.report_name} in the report)"
        return f"{self.current_name} ({self.report_name} dans le rapport)"


_Dated = TypeVar("_Dated", DeMinimisRule, SmicRate)


@dataclass(frozen=True)
class Law:
    de_minimis: tuple[DeMinimisRule, ...]  # oldest first
    smic: tuple[SmicRate, ...]  # oldest first
    renamed_bodies: tuple[RenamedBody, ...]

    def de_minimis_at(self, when: dt.date) -> DeMinimisRule:
        return _in_force(self.de_minimis, when)

    def smic_at(self, when: dt.date) -> SmicRate:
        return _in_force(self.smic, when)

    def de_minimis_history(self, when: dt.date) -> tuple[DeMinimisRule, ...]:
        """The rules that applied before the one in force at `when` (the report's among them)."""
        current = self.de_minimis_at(when)
        return tuple(r for r in self.de_minimis if r.valid_from < current.valid_from)


def _in_force(entries: Sequence[_Dated], when: dt.date) -> _Dated:
    """The latest entry valid on `when`; before the first one, the first one (the oldest
    figure the app knows, which the data file dates well before any assessment)."""
    found = entries[0]
    for entry in entries:
        if entry.valid_from <= when:
            found = entry
    return found


def _years_before(when: dt.date, years: int) -> dt.date:
    try:
        return when.replace(year=when.year - years)
    except ValueError:  # 29 February in a year that has none
        return when.replace(year=when.year - years, day=28)


# --- loading ----------------------------------------------------------------------------------


class _Reader:
    def __init__(self, name: str) -> None:
        self.name, self.where = name, ""

    def fail(self, what: str) -> DataFileError:
        return DataFileError(self.name, self.where, what)

    def get(self, data: Any, key: str, kind: type | tuple[type, ...]) -> Any:
        if not isinstance(data, Mapping):
            raise self.fail("un dictionnaire est attendu")
        if key not in data:
            raise self.fail(f"champ « {key} » manquant")
        value = data[key]
        if isinstance(value, bool) and kind is not bool:
            raise self.fail(f"champ « {key} » : type incorrect")
        if not isinstance(value, kind):
            raise self.fail(f"champ « {key} » : type incorrect")
        return value

    def date(self, data: Any, key: str) -> dt.date:
        value = self.get(data, key, (dt.date, str))
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(f"champ « {key} » : date AAAA-MM-JJ attendue") from None
        return value

    def amount(self, data: Any, key: str) -> float:
        value = float(self.get(data, key, (int, float)))
        if not value > 0:
            raise self.fail(f"champ « {key} » : montant positif attendu")
        return value

    def text(self, data: Any, key: str) -> Text:
        raw = self.get(data, key, Mapping)
        fr, en = raw.get("fr"), raw.get("en")
        if not (isinstance(fr, str) and fr.strip() and isinstance(en, str) and en.strip()):
            raise self.fail(f"champ « {key} » : textes fr et en attendus")
        return Text(fr=fr, en=en)

    def dated(self, entries: Sequence[Any], section: str) -> None:
        if not entries:
            raise self.fail(f"« {section} » : au moins une entrée attendue")
        dates = [e.valid_from for e in entries]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise self.fail(f"« {section} » : dates valid_from croissantes et distinctes attendues")


def load_law(path: Path) -> Law:
    """Read and check questionnaires/law.yaml; raise DataFileError with a French message."""
    data = read_yaml(path, DataFileError)
    r = _Reader(path.name)
    rules = []
    for index, raw in enumerate(r.get(data, "de_minimis", list)):
        r.where = f"de_minimis n° {index + 1}"
        period = r.get(raw, "period", str)
        if period not in PERIODS:
            raise r.fail(f"« period » doit valoir {' ou '.join(PERIODS)}")
        years = r.get(raw, "years", int)
        if years < 1:
            raise r.fail("« years » doit être positif")
        rules.append(
            DeMinimisRule(
                valid_from=r.date(raw, "valid_from"),
                ceiling_eur=r.amount(raw, "ceiling_eur"),
                sieg_ceiling_eur=r.amount(raw, "sieg_ceiling_eur"),
                years=years,
                period=period,
                source=r.text(raw, "source"),
            )
        )
    r.where = ""
    r.dated(rules, "de_minimis")
    rates = []
    for index, raw in enumerate(r.get(data, "smic_hourly_gross", list)):
        r.where = f"smic_hourly_gross n° {index + 1}"
        source = r.get(raw, "source", str)
        if not source.strip():
            raise r.fail("« source » vide")
        rates.append(SmicRate(r.date(raw, "valid_from"), r.amount(raw, "eur"), source))
    r.where = ""
    r.dated(rates, "smic_hourly_gross")
    bodies = []
    for index, raw in enumerate(r.get(data, "renamed_bodies", list)):
        r.where = f"renamed_bodies n° {index + 1}"
        spellings = tuple(r.get(raw, "spellings", list))
        if not spellings or not all(isinstance(s, str) and s.strip() for s in spellings):
            raise r.fail("« spellings » : une liste de noms est attendue")
        bodies.append(
            RenamedBody(
                report_name=r.get(raw, "report_name", str),
                spellings=spellings,
                current_name=r.get(raw, "current_name", str),
                since=r.date(raw, "since"),
                source=r.text(raw, "source"),
            )
        )
    return Law(tuple(rules), tuple(rates), tuple(bodies))
