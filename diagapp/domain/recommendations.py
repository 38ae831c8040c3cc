"""Recommendations drawn from the report's proposals, and when the diagnosis triggers them.

The catalog is data (questionnaires/recommendations.yaml, see FORMAT.md); this module holds its
plain dataclasses and evaluates the triggers against one assessment. No I/O here: the loader
lives in recommendations_loader.py, what each condition tests in recommendation_checks.py.

Ranking (DESIGN.md §5): gap between the dynamic's level and the level the recommendation
addresses, times the report's emphasis (1-3).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from diagapp.domain.funding import FundingIndicators
from diagapp.domain.governance_variables import INHABITANTS_ITEM, MARKS
from diagapp.domain.model import CONSENSUS, Answer, Assessment, FundingCell, Structure
from diagapp.domain.questionnaire import Questionnaire, Source
from diagapp.domain.recommendation_checks import Condition, Facts, Reason, check, facts
from diagapp.domain.references import ReferenceDynamic
from diagapp.domain.text import Text

AUDIENCES = ("dynamic", "funders", "public_authorities", "legislator")
AUDIENCE_LABELS = {
    "dynamic": Text("La dynamique", "The dynamic"),
    "funders": Text("Les partenaires financeurs", "Funding partners"),
    "public_authorities": Text("Les pouvoirs publics", "Public authorities"),
    "legislator": Text("Le législateur", "The legislator"),
}
GROUPS = {
    "annexe1": Text("Annexe 1 — Propositions à visée opérationnelle", "Annex 1 — Proposals"),
    "cooperation": Text("1.1 — Leviers des coopérations réussies", "1.1 — Levers of cooperation"),
    "pouvoirs_publics": Text("1.2 — Pouvoirs publics locaux", "1.2 — Local public authorities"),
    "habitants": Text("1.3 — Leviers d'implication des habitants", "1.3 — Inhabitant levers"),
    "entrepreneuriat": Text("1.4 — Culture entrepreneuriale", "1.4 — Entrepreneurial culture"),
    "modele_economique": Text("1.5 — Modèles économiques", "1.5 — Economic models"),
    "gouvernance": Text("1.6 — Gouvernance et transmission", "1.6 — Governance, transmission"),
    "outils": Text("2 — Outils et méthodes", "2 — Tools and methods"),
    "evaluation": Text("3 — Évaluation de la valeur ajoutée sociétale", "3 — Evaluation"),
    "referentiel": Text("Annexe 4 — Référentiel méthodologique", "Annex 4 — Methods"),
}
DECISIONS = ("accepted", "set_aside", "open")
DECISION_LABELS = {
    "accepted": Text("Retenue", "Accepted"),
    "set_aside": Text("Écartée", "Set aside"),
    "open": Text("À discuter", "Open"),
}
HIGHLIGHTED = 5  # at most this many recommendations are put forward
PER_GROUP = 2  # … and at most this many from the same part of the report
UNKNOWN_GAP = 1.0  # gap assumed when the dynamic's level on the target is unknown
MIN_GAP = 0.5  # a triggered recommendation whose target is reached keeps this much


@dataclass(frozen=True)
class Decision:
    """The team's decision on a recommendation during one assessment."""

    decision: str  # accepted | set_aside | open
    note: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Trigger, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Trigger, ...]


Trigger = Condition | AllOf | AnyOf


@dataclass(frozen=True)
class Target:
    """What the recommendation works on, and the level it aims at (0..3)."""

    level: int
    items: tuple[str, ...] = ()
    field: str | None = None  # a scale field (governance.debate)
    dimension: str | None = None


@dataclass(frozen=True)
class Recommendation:
    id: str
    title: Text
    text: Text
    audience: str
    group: str
    source: Source
    emphasis: int  # 1 mentioned, 2 recommended, 3 insisted upon (bold, repeated, "crucial")
    target: Target
    when: Trigger
    also: tuple[Source, ...] = ()  # other places in the report that say the same

    @property
    def annex1(self) -> bool:
        return self.group == "annexe1"

    def where(self, lang: str = "fr") -> str:
        cites = [self.source.cite(), *(s.cite() for s in self.also)]
        word, sep = ("see also", "; ") if lang == "en" else ("voir aussi", " ; ")
        return cites[0] + (f" ({word} {sep.join(cites[1:])})" if len(cites) > 1 else "")


@dataclass(frozen=True)
class Catalog:
    version: int
    entries: tuple[Recommendation, ...]
    short_names: Mapping[str, Text] = field(default_factory=dict)  # item/field id → short name
    # A team-level field and the item that asks the same thing: « non concerné » on the item
    # holds for the field too. Questionnaire v2 asks each thing once: none is declared.
    twins: Mapping[str, str] = field(default_factory=dict)
    _by_id: dict[str, Recommendation] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({r.id: r for r in self.entries})

    def get(self, recommendation_id: str) -> Recommendation | None:
        return self._by_id.get(recommendation_id)

    def __contains__(self, recommendation_id: object) -> bool:
        return recommendation_id in self._by_id


@dataclass(frozen=True)
class Result:
    recommendation: Recommendation
    triggered: bool
    reasons: tuple[Reason, ...]
    current_level: float | None  # the dynamic's level on the target (None: unknown)
    gap: float  # target level - current level, never below 0 (UNKNOWN_GAP when unknown)
    score: float  # ranking gap × emphasis; 0 when not triggered

    @property
    def id(self) -> str:
        return self.recommendation.id


@dataclass(frozen=True)
class Evaluation:
    """Every recommendation of the catalog, triggered ones ranked first."""

    results: tuple[Result, ...]

    @property
    def triggered(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.triggered)

    def _audience(self, *audiences: str) -> tuple[Result, ...]:
        return tuple(r for r in self.triggered if r.recommendation.audience in audiences)

    @property
    def highlighted(self) -> tuple[Result, ...]:
        """The handful the team should look at first (addressed to the dynamic itself).

        The best ranked, at most PER_GROUP from one part of the report so that five
        variants of one lever do not hide everything else.
        """
        chosen: list[Result] = []
        per_group: dict[str, int] = {}
        for result in self._audience("dynamic"):
            group = result.recommendation.group
            if per_group.get(group, 0) < PER_GROUP:
                chosen.append(result)
                per_group[group] = per_group.get(group, 0) + 1
            if len(chosen) == HIGHLIGHTED:
                break
        return tuple(chosen)

    @property
    def further(self) -> tuple[Result, ...]:
        """The other triggered recommendations for the dynamic, ranked."""
        shown = {r.id for r in self.highlighted}
        return tuple(r for r in self._audience("dynamic") if r.id not in shown)

    @property
    def for_funders(self) -> tuple[Result, ...]:
        return self._audience("funders")

    @property
    def advocacy(self) -> tuple[Result, ...]:
        """Proposals to public authorities and the legislator that the dynamic can carry."""
        return self._audience("public_authorities", "legislator")

    @property
    def not_triggered(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if not r.triggered)

    def result(self, recommendation_id: str) -> Result | None:
        return next((r for r in self.results if r.id == recommendation_id), None)


def _evaluate(trigger: Trigger, f: Facts) -> tuple[bool, list[Reason]]:
    """(met?, reasons). An unknown answer is not met unless the condition says if_unknown."""
    if isinstance(trigger, Condition):
        state, reason = check(trigger, f)
        if state is None:
            return trigger.if_unknown, []
        shown = state and reason is not None and trigger.in_why
        return state, [reason] if shown and reason is not None else []
    outcomes = [_evaluate(part, f) for part in trigger.parts]
    if isinstance(trigger, AllOf):
        met = all(ok for ok, _ in outcomes)
    else:
        met = any(ok for ok, _ in outcomes)
    reasons = [r for ok, rs in outcomes if ok for r in rs] if met else []
    return met, reasons


def current_level(target: Target, f: Facts) -> float | None:
    """The dynamic's level on what the recommendation addresses: mean of the known values."""
    values: list[float] = []
    for item_id in target.items:
        result = f.items.get(item_id)
        if result is not None and result.consensus is not None:
            values.append(result.consensus)
    if target.field is not None:
        value = f.assessment.fields.get(target.field)
        if isinstance(value, int) and not isinstance(value, bool):
            values.append(value)
    if target.dimension is not None:
        score = f.dimensions.get(target.dimension)
        if score is not None and score.mean is not None:
            values.append(score.mean)
    return statistics.fmean(values) if values else None


def evaluate_one(recommendation: Recommendation, f: Facts) -> Result:
    met, reasons = _evaluate(recommendation.when, f)
    level = current_level(recommendation.target, f)
    gap = UNKNOWN_GAP if level is None else max(0.0, recommendation.target.level - level)
    unique = tuple(dict.fromkeys(reasons))
    score = round(max(gap, MIN_GAP) * recommendation.emphasis, 2) if met else 0.0
    return Result(recommendation, met, unique, level, round(gap, 2), score)


def _practised(recommendation: Recommendation, where: Source) -> Result:
    """A recommendation the dynamic already follows: shown as such, never put forward."""

    def said(lang: str) -> str:
        if lang == "fr":
            return f"Le rapport décrit la dynamique le faisant déjà ({where.cite()})"
        return f"The report describes the dynamic as already doing it ({where.cite()})"

    reason = Reason("practice", recommendation.id, Text(said("fr"), said("en")))
    return Result(recommendation, False, (reason,), None, 0.0, 0.0)


def evaluate(
    catalog: Catalog,
    assessment: Assessment,
    questionnaire: Questionnaire,
    indicators: FundingIndicators | None = None,
    *,
    unknown_resources: frozenset[str] = frozenset(),
    practised: Mapping[str, Source] | None = None,
    matrix_note: Text | None = None,
    item_notes: Mapping[str, Text] | None = None,
) -> Evaluation:
    """Evaluate every recommendation; `indicators` may carry the de minimis history.

    `unknown_resources`: resource kinds whose intensity is not known (conditions on them are
    unknown, not Néant); `practised`: recommendations the dynamic is known to follow already.
    """
    f = facts(
        assessment,
        questionnaire,
        indicators,
        catalog.short_names,
        twins=catalog.twins,
        unknown_resources=unknown_resources,
        matrix_note=matrix_note,
        item_notes=item_notes,
    )
    done = practised or {}
    order = {r.id: n for n, r in enumerate(catalog.entries)}
    results = [
        _practised(r, done[r.id]) if r.id in done else evaluate_one(r, f) for r in catalog.entries
    ]
    results.sort(
        key=lambda r: (
            not r.triggered,
            -r.score,
            -r.recommendation.emphasis,
            -len(r.reasons),
            order[r.id],
        )
    )
    return Evaluation(tuple(results))


# --- reference dynamics: their two tables and what the report's text says ------------------

# The tables' « nature des acteurs à l'origine » is not the §1.2 typology: « pouvoirs publics »
# also covers the State's pôles de compétitivité (l.425). identity.origin comes from the text.
REPORT_TABLE = Text("(tableau du rapport)", "(report's table)")


def assessment_from_reference(ref: ReferenceDynamic, keys: Sequence[str]) -> Assessment:
    """A synthetic assessment holding what the report says about one dynamic.

    A resource the report's table does not give is left out (see ref.unknown_resources())."""
    says = ref.says
    fields: dict[str, Any] = {
        "identity.type": ref.type,
        "governance.legal_statuses": list(ref.legal_statuses),
        "governance.debate": ref.debate,
        "governance.two_structures": len(ref.legal_statuses) > 1,
    }
    if says.origin is not None and says.origin.value is not None:
        fields["identity.origin"] = says.origin.value
    if says.purposes is not None:
        fields["identity.cooperation_purposes"] = list(says.purposes.value)
    fields.update({s.key: s.value for s in says.fields})
    said = {s.key: int(s.value) for s in says.items}
    # The table's mark of inhabitants' involvement, unless the text says more (l.1023-1043).
    said.setdefault(INHABITANTS_ITEM, ref.inhabitants)
    answers = tuple(Answer(key, CONSENSUS, value) for key, value in said.items())
    structures = tuple(
        Structure(
            id=n + 1,
            name=s.name or ref.name,
            cells=tuple(
                FundingCell(k, value) for k in keys if (value := s.intensity.get(k, 0)) is not None
            ),
        )
        for n, s in enumerate(ref.structures)
    )
    return Assessment(
        id=0,
        dynamic_id=0,
        dynamic_name=ref.name,
        label=ref.name,
        date=dt.date(2020, 2, 1),  # the report's date
        questionnaire_version=0,
        answers=answers,
        fields=fields,
        structures=structures,
    )


def evaluate_reference(
    catalog: Catalog, ref: ReferenceDynamic, questionnaire: Questionnaire
) -> Evaluation:
    """The engine on one of the report's dynamics: unknown cells stay unknown, the practices
    the report describes are not advised again, intensities are cited as the table's."""
    assessment = assessment_from_reference(ref, questionnaire.funding.keys)
    fr_mark, en_mark = (MARKS[lang][ref.inhabitants] for lang in ("fr", "en"))
    practised = {p.key: Source(ref.name, p.lines) for p in ref.says.practices}
    return evaluate(
        catalog,
        assessment,
        questionnaire,
        unknown_resources=ref.unknown_resources(),
        practised=practised,
        matrix_note=REPORT_TABLE,
        item_notes={
            INHABITANTS_ITEM: Text(
                f"({fr_mark} au tableau du rapport, l. {ref.governance_line})",
                f"({en_mark} in the report's table, l. {ref.governance_line})",
            ),
            **{s.key: _said_in_report(s.lines, s.quote) for s in ref.says.items},
        },
    )


def _said_in_report(lines: tuple[int, int], quote: str) -> Text:
    start, end = lines
    where = f"l. {start}" if start == end else f"l. {start}-{end}"
    words = f"\u00a0: «\u00a0{quote}\u00a0»" if quote else ""
    english = f": “{quote}”" if quote else ""
    return Text(
        f"(d'après le rapport, {where}{words})", f"(according to the report, {where}{english})"
    )
