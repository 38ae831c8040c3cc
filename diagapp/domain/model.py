"""An assessment as plain frozen data: what services hand to scoring, the UI and the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from diagapp.domain.objectives import Objective

CONSENSUS = None  # participant_id of the team's consensus answer

STATUS_DRAFT = "draft"
STATUS_DONE = "done"


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    college: str
    pseudonym: str = ""

    def display_name(self, anonymize: bool = False, number: int = 0) -> str:
        if anonymize:
            return f"{self.college or 'Participant'} {number}".strip()
        return self.pseudonym or self.name


@dataclass(frozen=True)
class Answer:
    item_id: str
    participant_id: int | None  # None: the team's consensus
    value: int | None  # 0..3; None when not answered or "non concerné"
    not_applicable: bool = False
    evidence: str = ""
    private_note: str = ""  # never leaves the app (not in the PDF)
    justification: str = ""  # funder-visible
    to_review: bool = False  # copied forward from last year, not yet confirmed
    updated_at: str = ""

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.value is not None


@dataclass(frozen=True)
class FundingCell:
    resource: str
    intensity: int  # 0..3 (Néant, +, ++, +++)
    amount_eur: float | None = None


@dataclass(frozen=True)
class Structure:
    """One structure of the dynamic (a row of the funding matrix), e.g. the EBE or the CLE."""

    id: int
    name: str
    legal_status: str = ""
    cells: tuple[FundingCell, ...] = ()
    volunteer_hours: float | None = None
    volunteer_smic_multiple: int = 1

    def cell(self, resource: str) -> FundingCell:
        found = next((c for c in self.cells if c.resource == resource), None)
        return found or FundingCell(resource, 0, None)


@dataclass(frozen=True)
class Assessment:
    id: int
    dynamic_id: int
    dynamic_name: str
    label: str
    date: dt.date
    questionnaire_version: int
    status: str = STATUS_DRAFT
    participants: tuple[Participant, ...] = ()
    answers: tuple[Answer, ...] = ()
    fields: Mapping[str, Any] = field(default_factory=dict)
    structures: tuple[Structure, ...] = ()
    funding_lines: tuple[FundingLine, ...] = ()
    accounts: tuple[Accounts, ...] = ()
    objectives: tuple[Objective, ...] = ()  # the team's objectives of result (issue 17)

    @cached_property
    def _by_item(self) -> dict[str, tuple[Answer | None, tuple[Answer, ...]]]:
        """item id -> (consensus, participants' answers), built once: scoring asks for every
        item, and a scan of 2,000 answers per item made the 20-year comparison slow."""
        consensus: dict[str, Answer] = {}
        others: dict[str, list[Answer]] = {}
        for a in self.answers:
            if a.participant_id is None:
                consensus.setdefault(a.item_id, a)
            else:
                others.setdefault(a.item_id, []).append(a)
        return {
            item: (consensus.get(item), tuple(others.get(item, ())))
            for item in consensus.keys() | others.keys()
        }

    def consensus(self, item_id: str) -> Answer | None:
        return self._by_item.get(item_id, (None, ()))[0]

    def answers_for(self, item_id: str) -> tuple[Answer, ...]:
        """Participants' answers (not the consensus) to one item."""
        return self._by_item.get(item_id, (None, ()))[1]

    def participant(self, participant_id: int) -> Participant:
        return next(p for p in self.participants if p.id == participant_id)

    @property
    def colleges(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.college for p in self.participants))


@dataclass(frozen=True)
class FundingLine:
    """A funding line the team declared (issue 17): who funds what, of which kind, how much
    a year, from when until when, for which of the dynamic's structures."""

    funder: str
    purpose: str = ""
    amount: int | None = None  # yearly euros
    ends: dt.date | None = None  # the last day of the end month
    kind: str = "autre"  # a key of diagapp.domain.funder_rows.KINDS
    starts: dt.date | None = None  # the first day of the start month
    structure: str = ""  # the structure it goes to ("" : the dynamic as a whole)

    def ends_within(self, start: dt.date, months: int) -> bool:
        """The line ends before the first day of the month `months` after `start`'s."""
        if self.ends is None:
            return False
        total = start.year * 12 + start.month - 1 + months
        return self.ends < dt.date(total // 12, total % 12 + 1, 1)


@dataclass(frozen=True)
class Accounts:
    """One structure's accounts for one year, as the team declared them (None: not given):
    income by kind, charges, result, equity, cash, FTE headcount, volunteers."""

    structure: str
    values: Mapping[str, float | None]  # diagapp.domain.funder_rows.ACCOUNT_FIELDS -> value
    year: int = 0

    def value(self, key: str) -> float | None:
        return self.values.get(key)
