"""The « feuille de route »: the actions a team commits to after its diagnosis.

The report asks for evaluation as a tool of internal steering (l.1268) and for showing
funders « la promesse tenue » (l.1260-1266): an action says what the team will do, who
carries it, by when, and which items of which dimension it should move. Next year's
workshop opens on the review of last year's actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.text import Text

TO_START = "to_start"
IN_PROGRESS = "in_progress"
DONE = "done"
DROPPED = "dropped"
STATUSES = (TO_START, IN_PROGRESS, DONE, DROPPED)
OPEN_STATUSES = frozenset({TO_START, IN_PROGRESS})  # carried into next year's assessment

STATUS_LABELS = {
    TO_START: Text("à lancer", "to start"),
    IN_PROGRESS: Text("en cours", "in progress"),
    DONE: Text("fait", "done"),
    DROPPED: Text("abandonné", "dropped"),
}

OWNER_NONE = ""
OWNER_PARTICIPANT = "participant"
OWNER_STRUCTURE = "structure"
OWNER_PARTNER = "partner"
OWNER_KINDS = (OWNER_NONE, OWNER_PARTICIPANT, OWNER_STRUCTURE, OWNER_PARTNER)

MAX_BUDGET_EUR = 1_000_000_000.0


class PlanError(DiagappError):
    """An action the team typed that cannot be kept as it is (message in French)."""


@dataclass(frozen=True)
class Owner:
    """Who carries an action: a participant, a structure of the dynamic, or a partner."""

    kind: str = OWNER_NONE  # one of OWNER_KINDS
    participant_id: int | None = None
    structure_id: int | None = None
    text: str = ""  # the partner's name; for the others, their name when it was recorded


@dataclass(frozen=True)
class Action:
    id: int
    assessment_id: int
    title: str
    done_when: str = ""  # what « done » means
    owner: Owner = Owner()
    owner_label: str = ""  # who, in words (participant's or structure's name, or partner)
    target_date: dt.date | None = None
    dimension_id: str = ""
    item_ids: tuple[str, ...] = ()
    budget_eur: float | None = None
    resource_key: str = ""  # the funding resource it relies on (canonical key)
    status: str = TO_START
    status_note: str = ""  # a word on why (mostly for « abandonné »)
    outcome: str = ""  # what happened, written at next year's review
    private_note: str = ""  # never leaves the app
    recommendation_id: str = ""  # the accepted recommendation it comes from, if any
    carried_from_id: int | None = None  # the same action in last year's plan
    position: int = 0

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_late(self, today: dt.date) -> bool:
        """Open after its target date (the clock is the caller's)."""
        return self.is_open and self.target_date is not None and self.target_date < today


def status_label(status: str, lang: str = "fr") -> str:
    return STATUS_LABELS[status].get(lang) if status in STATUS_LABELS else status


def check_status(status: str, note: str) -> None:
    if status not in STATUSES:
        known = ", ".join(f"{s} ({STATUS_LABELS[s].fr})" for s in STATUSES)
        raise PlanError(f"Statut d'action inconnu « {status} » : attendu {known}.")
    if status == DROPPED and not note.strip():
        raise PlanError("Une action abandonnée demande un mot sur la raison de l'abandon.")


def check_targets(
    questionnaire: Questionnaire, dimension_id: str, item_ids: Sequence[str]
) -> tuple[str, tuple[str, ...]]:
    """The dimension and items an action should move, checked against the questionnaire.

    With items and no dimension, the dimension is the items'; items of another dimension
    than the one named are refused."""
    dims = {d.id for d in questionnaire.dimensions}
    if dimension_id and dimension_id not in dims:
        raise PlanError(
            f"Dimension inconnue « {dimension_id} » : attendu {', '.join(sorted(dims))}."
        )
    items: list[str] = []
    for item_id in item_ids:
        if not questionnaire.has_item(item_id):
            raise PlanError(f"Item inconnu « {item_id} » dans le questionnaire.")
        section = questionnaire.item(item_id).section_id
        if not dimension_id:
            dimension_id = section
        if section != dimension_id:
            raise PlanError(
                f"L'item « {item_id} » appartient à la dimension « {section} », "
                f"pas à « {dimension_id} »."
            )
        if item_id not in items:
            items.append(item_id)
    return dimension_id, tuple(items)


def check_budget(budget: float | None, resource_key: str, resources: Iterable[str]) -> None:
    known = tuple(resources)
    if budget is not None and not (0 <= budget <= MAX_BUDGET_EUR):
        raise PlanError("Le budget d'une action est un montant en euros, positif ou nul.")
    if resource_key and resource_key not in known:
        raise PlanError(
            f"Ressource de financement inconnue « {resource_key} » : attendu {', '.join(known)}."
        )


def check_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise PlanError("Une action a besoin d'un titre court.")
    return title


def carried(actions: Iterable[Action]) -> tuple[Action, ...]:
    """The actions copy-forward brings into next year's plan: those still open."""
    return tuple(a for a in actions if a.is_open)


def by_dimension(
    actions: Iterable[Action], questionnaire: Questionnaire
) -> list[tuple[str, tuple[Action, ...]]]:
    """(dimension id, its actions by target date) in the questionnaire's order; actions
    without a dimension come last under ""."""
    order = [d.id for d in questionnaire.dimensions] + [""]
    groups: dict[str, list[Action]] = {}
    for a in actions:
        key = a.dimension_id if a.dimension_id in order else ""
        groups.setdefault(key, []).append(a)
    return [(k, tuple(sorted(groups[k], key=date_key))) for k in order if k in groups]


def date_key(action: Action) -> tuple[dt.date, int, int]:
    """Sort by target date, undated last, then by the team's own order."""
    return (action.target_date or dt.date.max, action.position, action.id)


def by_date(actions: Iterable[Action]) -> tuple[Action, ...]:
    return tuple(sorted(actions, key=date_key))


def counts(actions: Iterable[Action]) -> dict[str, int]:
    found = dict.fromkeys(STATUSES, 0)
    for a in actions:
        found[a.status] = found.get(a.status, 0) + 1
    return found


def parse_date(text: str) -> dt.date | None:
    """A target date as typed: « 30/06/2026 », « 30/6/26 » or « 2026-06-30 »; "" is no date."""
    text = text.strip()
    if not text:
        return None
    try:
        if "-" in text:
            return dt.date.fromisoformat(text)
        day, month, year = (int(p) for p in text.replace(".", "/").split("/"))
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        raise PlanError(
            f"Date d'échéance illisible « {text} » : écrivez-la JJ/MM/AAAA (par ex. 30/06/2026)."
        ) from None


def parse_budget(text: str) -> float | None:
    """A budget as typed: « 1 500 », « 1500,50 € »; "" is no budget."""
    cleaned = "".join(text.replace("€", "").split()).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise PlanError(
            f"Budget illisible « {text.strip()} » : écrivez un montant en euros (par ex. 1 500)."
        ) from None
    check_budget(value, "", ())
    return value
