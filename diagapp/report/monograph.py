"""What the monograph is written from: plain frozen data computed by services.

No reportlab here. `services.reporting` fills a `Monograph` from the database and the
domain; `diagapp.report.build` turns it into PDF bytes. The assessment it carries is
already cleaned: private notes emptied, names replaced when the export is anonymised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from diagapp.domain.finance import FunderFigures
from diagapp.domain.funding import FundingIndicators
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.references import Match, ReferenceDynamic
from diagapp.domain.reread import Finding
from diagapp.domain.scoring import DimensionScore, ItemResult
from diagapp.domain.standing import Standing

# Section ids, in the order they appear; `--sections` picks among them.
SECTIONS = (
    "cover",
    "summary",
    "contents",
    "identity",
    "story",
    "evolution",
    "dimensions",
    "governance",
    "funding",
    "objectives",
    "references",
    "network",  # « Au regard du réseau »: only with an imported benchmark (issue 16)
    "findings",
    "recommendations",
    "plan",
    "funders",
    "reread",
    "annex",
)

# Editions: the team's full monograph, or the short document a funder decides on (issue 17).
EDITION_TEAM = "team"
EDITION_FUNDER = "funder"
EDITIONS = (EDITION_TEAM, EDITION_FUNDER)
# The funder edition's sections, in order (diagapp/report/sections/funder_*.py).
FUNDER_SECTIONS = ("front", "figures", "objectives", "risks", "scores")
# Its front sheet's identity items (questionnaires/v1/identity.yaml): not the team's card.
FUNDER_FIELDS = "identity.funder_"

# Recommendation audiences (the report's Annex 1 addresses these four, l.1406-1494).
AUDIENCE_DYNAMIC = "dynamic"
AUDIENCE_FUNDERS = "funders"


@dataclass(frozen=True)
class Recommendation:
    """One recommendation as the PDF shows it: what, why, where in the report."""

    id: str
    title: str
    text: str
    why: tuple[str, ...] = ()  # the answers that triggered it, as sentences
    where: str = ""  # report section and lines
    audience: str = AUDIENCE_DYNAMIC
    decision: str = ""  # the team's decision, already worded (accepted, set aside…)
    note: str = ""  # the team's annotation on it
    item_ids: tuple[str, ...] = ()  # items it addresses, when known
    highlighted: bool = True  # among the few put forward; the others are listed briefly


@dataclass(frozen=True)
class EvolutionPoint:
    """One assessment of the comparison."""

    assessment_id: int
    label: str
    date: dt.date
    scores: Mapping[str, float | None]  # consensus mean by dimension id
    overall: float | None
    public_dependence: float | None = None
    own_resource_share: float | None = None
    monetary_total_eur: float | None = None
    participants: int = 0


@dataclass(frozen=True)
class ItemMove:
    item_id: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int:
        return (self.after or 0) - (self.before or 0)


@dataclass(frozen=True)
class Evolution:
    """The evolution section: the current assessment against earlier ones, oldest first."""

    points: tuple[EvolutionPoint, ...]
    moves: tuple[ItemMove, ...] = ()  # between the oldest and the current, biggest first
    notes: tuple[str, ...] = ()  # further sentences (governance changes, decisions followed…)


@dataclass(frozen=True)
class PlanAction:
    """One action of the feuille de route as the PDF shows it (names already replaced when
    anonymised; the private note never comes here)."""

    title: str
    done_when: str
    owner: str  # who carries it, in words ("" when nobody yet)
    target_date: dt.date | None
    status: str  # to_start | in_progress | done | dropped
    status_label: str
    status_note: str
    dimension: str  # the dimension's title ("" when none)
    items: tuple[str, ...]  # labels of the items it should move
    budget_eur: float | None = None
    resource: str = ""  # the funding resource it relies on, in words
    recommendation: str = ""  # the recommendation it comes from, its title
    outcome: str = ""  # what happened, written at next year's review
    late: bool = False  # open after its target date (at the monograph's date)
    moves: tuple[tuple[str, int | None, int | None], ...] = ()  # item, level then, level now


@dataclass(frozen=True)
class PlanFollowed:
    """An earlier plan looked at now: « Ce que nous avions prévu, ce que nous avons fait »."""

    label: str  # the assessment whose plan it was
    date: dt.date
    actions: tuple[PlanAction, ...]


@dataclass(frozen=True)
class PlanReport:
    actions: tuple[PlanAction, ...] = ()
    followed: tuple[PlanFollowed, ...] = ()  # with --compare only


@dataclass(frozen=True)
class Monograph:
    lang: str
    assessment: Assessment
    questionnaire: Questionnaire
    results: Mapping[str, ItemResult]
    consensus: Mapping[str, DimensionScore]
    team: Mapping[str, DimensionScore]
    college_levels: Mapping[str, Mapping[str, float]]  # collège → item id → mean level
    participant_labels: Mapping[int, str]  # display name (or "Habitants 2") per participant
    indicators: FundingIndicators
    nearest: tuple[Match, ...]
    references: tuple[ReferenceDynamic, ...]
    recommendations: tuple[Recommendation, ...] = ()
    funder_recommendations: tuple[Recommendation, ...] = ()
    advocacy_recommendations: tuple[Recommendation, ...] = ()  # public authorities, legislator
    recommendations_available: bool = True
    evolution: Evolution | None = None
    sections: tuple[str, ...] = SECTIONS
    generated_on: dt.date = field(default_factory=dt.date.today)
    anonymized: bool = False
    logo: bytes | None = None  # PNG or JPEG bytes for the cover's logo slot
    app_version: str = ""
    reread: tuple[Finding, ...] = ()  # the reread before sending (« relecture avant envoi »)
    edition: str = EDITION_TEAM
    funder: FunderFigures | None = None  # the funder edition's figures
    previous: Assessment | None = None  # last year's assessment (cleaned), for trends
    plan: PlanReport | None = None  # the feuille de route (team edition)
    network: Standing | None = None  # where it stands in its network's benchmark (issue 16)

    @property
    def for_funder(self) -> bool:
        return self.edition == EDITION_FUNDER

    def includes(self, section: str) -> bool:
        return section in self.sections

    def value(self, field_id: str, default: object = None) -> object:
        """A team-level answer as stored (None when unanswered)."""
        return self.assessment.fields.get(field_id, default)

    def option_label(self, field_id: str) -> str:
        """The answer to a choice field in the monograph's language ("" when unanswered)."""
        value = self.value(field_id)
        if value in (None, ""):
            return ""
        if not self.questionnaire.has_field(field_id):
            return str(value)
        option = self.questionnaire.field(field_id).option(str(value))
        return option.text.get(self.lang) if option else str(value)

    def option_labels(self, field_id: str) -> list[str]:
        """The answers to a multichoice field, in the questionnaire's order."""
        values = self.value(field_id) or []
        if not isinstance(values, list | tuple) or not self.questionnaire.has_field(field_id):
            return [str(v) for v in values] if isinstance(values, list | tuple) else []
        spec = self.questionnaire.field(field_id)
        chosen = [o.text.get(self.lang) for o in spec.options if o.value in values]
        known = {o.value for o in spec.options}
        return chosen + [str(v) for v in values if v not in known]

    def scale_value(self, field_id: str) -> int | None:
        value = self.value(field_id)
        return value if isinstance(value, int) and not isinstance(value, bool) else None
