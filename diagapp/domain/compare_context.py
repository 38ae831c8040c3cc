"""Year over year, beyond the items: funding side by side, changed team-level fields,
and what became of the recommendations accepted earlier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diagapp.domain import funding
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Field, FundingSpec, Questionnaire
from diagapp.domain.text import Text

TEXT_KINDS = ("text", "longtext")
NOT_ANSWERED = Text(fr="non renseigné", en="not answered")
ACCEPTED = "accepted"


# --- funding ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FundingRow:
    """One resource of one structure ("" = the whole dynamic) across the assessments."""

    structure: str
    resource: str
    label: Text
    intensities: tuple[int | None, ...]  # None: the structure did not exist that year
    amounts: tuple[float | None, ...]  # yearly euros, None when not given


@dataclass(frozen=True)
class IndicatorRow:
    key: str
    label: Text
    unit: str  # share (0..1) | eur | count | hours
    values: tuple[float | None, ...]

    @property
    def delta(self) -> float | None:
        first, last = self.values[0], self.values[-1]
        return None if first is None or last is None else last - first


@dataclass(frozen=True)
class FundingComparison:
    resources: tuple[str, ...]
    labels: Mapping[str, Text]  # resource key -> label
    intensity_labels: tuple[Text, ...]  # Néant, +, ++, +++
    structures: tuple[str, ...]  # structure names, in order of first appearance
    rows: tuple[FundingRow, ...]  # the whole dynamic first (structure ""), then per structure
    indicators: tuple[funding.FundingIndicators, ...]  # one per assessment
    indicator_rows: tuple[IndicatorRow, ...]

    def totals(self) -> list[FundingRow]:
        return [r for r in self.rows if r.structure == ""]


_INDICATORS = (
    (
        "public_dependence",
        "share",
        "Dépendance aux subventions publiques",
        "Public-subsidy dependence",
    ),
    ("own_resource_share", "share", "Part des ressources propres", "Own-resource share"),
    ("diversification", "share", "Diversification des ressources", "Resource diversification"),
    ("kinds_used", "count", "Types de ressources mobilisés", "Resource kinds used"),
    (
        "monetary_total_eur",
        "eur",
        "Ressources monétaires (€ par an)",
        "Monetary resources (€ a year)",
    ),
    ("volunteering_hours", "hours", "Heures de bénévolat", "Volunteering hours"),
    ("volunteering_eur", "eur", "Bénévolat valorisé (€)", "Valued volunteering (€)"),
    ("in_kind_share", "share", "Part du bénévolat valorisé", "Share of valued volunteering"),
)


def _sieg(assessment: Assessment) -> bool:
    return assessment.fields.get("governance.sieg") == "oui"


def compare_funding(
    assessments: Sequence[Assessment], spec: FundingSpec, history: Sequence[Assessment]
) -> FundingComparison:
    names = list(dict.fromkeys(s.name for a in assessments for s in a.structures))
    rows = []
    for key in spec.keys:
        label = next(r.label for r in spec.resources if r.key == key)
        amounts = [funding.amount_total(a.structures, key) for a in assessments]
        rows.append(
            FundingRow(
                structure="",
                resource=key,
                label=label,
                intensities=tuple(funding.profile(a.structures, [key])[key] for a in assessments),
                amounts=tuple(amounts),
            )
        )
    for name in names:
        for key in spec.keys:
            label = next(r.label for r in spec.resources if r.key == key)
            matches = [next((s for s in a.structures if s.name == name), None) for a in assessments]
            rows.append(
                FundingRow(
                    structure=name,
                    resource=key,
                    label=label,
                    intensities=tuple(
                        None if s is None else s.cell(key).intensity for s in matches
                    ),
                    amounts=tuple(None if s is None else s.cell(key).amount_eur for s in matches),
                )
            )
    indicators = tuple(funding.indicators(a, spec, history, _sieg(a)) for a in assessments)
    indicator_rows = tuple(
        IndicatorRow(
            key=key,
            label=Text(fr=fr, en=en),
            unit=unit,
            values=tuple(
                None if getattr(i, key) is None else float(getattr(i, key)) for i in indicators
            ),
        )
        for key, unit, fr, en in _INDICATORS
    )
    return FundingComparison(
        resources=spec.keys,
        labels={r.key: r.label for r in spec.resources},
        intensity_labels=spec.intensity,
        structures=tuple(names),
        rows=tuple(rows),
        indicators=indicators,
        indicator_rows=indicator_rows,
    )


# --- team-level fields (identity card, governance) -----------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field_id: str
    section_id: str
    kind: str
    label: Text
    values: tuple[Any, ...]  # stored values per assessment (None: not answered or not asked)
    shown: tuple[Text, ...]  # the values in words, per assessment

    @property
    def changed(self) -> bool:
        def norm(v: Any) -> Any:
            return sorted(v) if isinstance(v, list) else v

        return any(norm(v) != norm(self.values[0]) for v in self.values[1:])


def _number(value: float) -> Text:
    return Text(fr=f"{value:g}".replace(".", ","), en=f"{value:g}")


def show_value(field: Field, value: Any) -> Text:
    """A team-level answer in words (short: « ++ » for a scale, option labels for choices)."""
    if value is None or value == [] or value == "":
        return NOT_ANSWERED
    if field.kind == "choice":
        option = field.option(str(value))
        return option.text if option else Text(str(value), str(value))
    if field.kind == "multichoice":
        texts = [field.option(str(v)) for v in value]
        labels = [o.text if o else Text(str(v), str(v)) for o, v in zip(texts, value, strict=True)]
        return Text(fr=", ".join(t.fr for t in labels), en=", ".join(t.en for t in labels))
    if field.kind == "scale":
        level = next((lv for lv in field.levels if lv.value == value), None)
        if level is None:
            return Text(str(value), str(value))
        return Text(fr=level.text.fr.split(" — ")[0], en=level.text.en.split(" — ")[0])
    if field.kind == "bool":
        return Text("Oui", "Yes") if value else Text("Non", "No")
    if field.kind in ("year", "number") and isinstance(value, (int, float)):
        return _number(value)
    return Text(str(value), str(value))


def compare_fields(
    entries: Sequence[tuple[Assessment, Questionnaire]],
) -> list[FieldChange]:
    """Every team-level field of the newest questionnaire, with its value in each assessment."""
    newest = max((q for _, q in entries), key=lambda q: q.version)
    changes = []
    for f in newest.fields:
        values = tuple(a.fields.get(f.id) if q.has_field(f.id) else None for a, q in entries)
        shown = tuple(
            show_value(q.field(f.id), a.fields.get(f.id)) if q.has_field(f.id) else NOT_ANSWERED
            for a, q in entries
        )
        changes.append(FieldChange(f.id, f.section_id, f.kind, f.label, values, shown))
    return changes


# --- recommendations accepted earlier ------------------------------------------------------


RESOLVED = "resolved"  # its trigger no longer fires
RENEWED = "renewed"  # still relevant, accepted again
SET_ASIDE = "set_aside"  # still relevant (or unknown), set aside this time
PENDING = "pending"  # still relevant, no decision yet this time
UNKNOWN = "unknown"

_OUTCOMES = {
    RESOLVED: Text(
        "Ne se déclenche plus : la situation qui l'avait motivée a évolué.",
        "No longer triggered: the situation behind it has changed.",
    ),
    RENEWED: Text("Toujours d'actualité, reconduite.", "Still relevant, accepted again."),
    SET_ASIDE: Text("Écartée cette année.", "Set aside this year."),
    PENDING: Text(
        "Toujours d'actualité, pas encore rediscutée.", "Still relevant, not discussed again yet."
    ),
    UNKNOWN: Text("Suite non renseignée.", "No follow-up recorded."),
}


@dataclass(frozen=True)
class RecommendationFollowUp:
    recommendation_id: str
    title: Text | None
    accepted_in: int  # index (in the comparison) of the assessment where it was accepted
    note: str  # the note written when it was accepted
    later_decision: str | None  # decision recorded in the last assessment (None: none)
    later_note: str
    still_triggered: bool | None  # the last assessment's answers trigger it (None: unknown)

    @property
    def outcome(self) -> str:
        if self.still_triggered is False:
            return RESOLVED
        if self.later_decision == ACCEPTED:
            return RENEWED
        if self.later_decision == "set_aside":
            return SET_ASIDE
        if self.still_triggered:
            return PENDING
        return UNKNOWN

    def outcome_text(self, lang: str = "fr") -> str:
        return _OUTCOMES[self.outcome].get(lang)


Decisions = Mapping[str, Any]  # recommendation id -> object with .decision and .note


def follow_recommendations(
    per_entry: Sequence[tuple[Decisions, frozenset[str] | None]],
    titles: Mapping[str, Text],
) -> list[RecommendationFollowUp]:
    """Recommendations accepted before the last assessment, and what became of them."""
    if len(per_entry) < 2:
        return []
    last_decisions, last_triggered = per_entry[-1]
    accepted: dict[str, tuple[int, str]] = {}
    for index, (decisions, _) in enumerate(per_entry[:-1]):
        for rec_id, d in decisions.items():
            if d.decision == ACCEPTED:
                accepted[rec_id] = (index, d.note)
    result = []
    for rec_id, (index, note) in sorted(accepted.items(), key=lambda kv: (kv[1][0], kv[0])):
        later = last_decisions.get(rec_id)
        result.append(
            RecommendationFollowUp(
                recommendation_id=rec_id,
                title=titles.get(rec_id),
                accepted_in=index,
                note=note,
                later_decision=later.decision if later is not None else None,
                later_note=later.note if later is not None else "",
                still_triggered=None if last_triggered is None else rec_id in last_triggered,
            )
        )
    return result
