"""The trigger language's leaves: what each condition tests, and why it was met, in words.

A condition looks at one thing of the diagnosis: an item's answers, a team-level field, a
funding indicator, a resource of the funding matrix, a dimension's score (see FORMAT.md).
`check` answers True, False or None (the answer is not known yet).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from diagapp.domain import funding, scoring
from diagapp.domain.figures import half_up, percent, whole
from diagapp.domain.funding import FundingIndicators
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.text import Text

ITEM_OPS = (
    "consensus_at_most",
    "consensus_at_least",
    "mean_at_most",
    "mean_at_least",
    "disagreement_at_least",
)
FIELD_OPS = {
    "choice": ("is", "is_not", "in", "not_in", "empty"),
    "bool": ("is", "empty"),
    "scale": ("is", "at_most", "at_least", "empty"),
    "number": ("at_most", "at_least", "empty"),
    "year": ("at_most", "at_least", "empty"),
    "multichoice": ("includes", "includes_any", "excludes", "empty"),
    "text": ("empty",),
    "longtext": ("empty",),
}
RESOURCE_OPS = ("intensity_at_least", "intensity_at_most")
DIMENSION_OPS = ("score_at_most", "score_at_least", "disagreement_at_least")
FUNDING_OPS = ("at_least", "at_most")


@dataclass(frozen=True)
class Indicator:
    label: Text
    unit: str  # share (0..1, shown as %) | index (0..1) | count | hours | eur


INDICATORS = {
    "public_dependence": Indicator(
        Text(
            "Part des subventions publiques dans les recettes d'exploitation",
            "Share of public subsidies in operating income",
        ),
        "share",
    ),
    "own_resource_share": Indicator(
        Text("Part des ressources propres", "Share of own resources"), "share"
    ),
    "diversification": Indicator(
        Text(
            "Indice de diversification des ressources (0 = une seule source, 1 = très diversifiées)",
            "Resource diversification index (0 = a single source, 1 = very diverse)",
        ),
        "index",
    ),
    "in_kind_share": Indicator(
        Text("Part du bénévolat valorisé", "Share of valued volunteering"), "share"
    ),
    "kinds_used": Indicator(
        Text("Nombre de types de ressources mobilisés", "Number of resource kinds used"),
        "count",
    ),
    "volunteering_hours": Indicator(
        Text("Heures de bénévolat comptées", "Volunteering hours counted"), "hours"
    ),
    "volunteering_eur": Indicator(Text("Bénévolat valorisé", "Valued volunteering"), "eur"),
    "monetary_total_eur": Indicator(
        Text("Total des ressources monétaires", "Total monetary resources"), "eur"
    ),
    "de_minimis_alerts": Indicator(
        Text(
            "Structures au-delà du plafond de minimis des aides publiques",
            "Structures above the de minimis ceiling of public aid",
        ),
        "count",
    ),
}
ALWAYS = Text(
    "Recommandation générale du rapport, valable pour toute dynamique",
    "A general recommendation of the report, valid for any dynamic",
)


@dataclass(frozen=True)
class Condition:
    """One test on the diagnosis, e.g. {item: X, consensus_at_most: 1}."""

    kind: str  # item | field | funding | resource | dimension | always
    subject: str  # item id, field id, indicator, resource key, dimension id ("" for always)
    op: str  # consensus_at_most, is, includes, at_least, score_at_most…
    value: Any  # int | float | str | bool | tuple[str, ...]
    if_unknown: bool = False  # True: an answer not given yet counts as met
    in_why: bool = True  # False: a guard, not listed among the reasons


@dataclass(frozen=True)
class Reason:
    """An answer that made a condition true, in words."""

    kind: str
    subject: str
    text: Text


@dataclass(frozen=True)
class Facts:
    """What the conditions look at, computed once per evaluation."""

    assessment: Assessment
    questionnaire: Questionnaire
    items: Mapping[str, scoring.ItemResult]
    dimensions: Mapping[str, scoring.DimensionScore]
    indicators: FundingIndicators | None  # None when no structure was entered
    resources: Mapping[str, int] | None  # intensity per resource kind, None when unknown
    short_names: Mapping[str, Text]  # short names of items and fields, for the reasons
    # Resource kinds whose intensity is not known (a reference's missing table column).
    unknown_resources: frozenset[str] = frozenset()
    # Fields whose twin item (catalog « twins ») the team answered « non concerné »: they do
    # not apply either.
    not_applicable_fields: frozenset[str] = frozenset()
    # Said after an intensity in the reasons, e.g. « (tableau du rapport) » for a reference.
    matrix_note: Text | None = None
    # Where an item's level comes from when it is not a team's consensus (the report's text).
    item_notes: Mapping[str, Text] = field(default_factory=dict)


def facts(
    assessment: Assessment,
    questionnaire: Questionnaire,
    indicators: FundingIndicators | None = None,
    short_names: Mapping[str, Text] | None = None,
    *,
    twins: Mapping[str, str] | None = None,
    unknown_resources: frozenset[str] = frozenset(),
    matrix_note: Text | None = None,
    item_notes: Mapping[str, Text] | None = None,
) -> Facts:
    known = bool(assessment.structures)
    if known and indicators is None:
        indicators = funding.indicators(assessment, questionnaire.funding)
    items = scoring.item_results(assessment, questionnaire)
    not_applicable = frozenset(
        field_id
        for field_id, item_id in (twins or {}).items()
        if item_id in items and items[item_id].consensus_not_applicable
    )
    return Facts(
        assessment=assessment,
        questionnaire=questionnaire,
        items=items,
        dimensions=scoring.consensus_scores(assessment, questionnaire),
        indicators=indicators if known else None,
        resources=(
            funding.read_profile(assessment.structures, questionnaire.funding) if known else None
        ),
        short_names=short_names or {},
        unknown_resources=unknown_resources,
        not_applicable_fields=not_applicable,
        matrix_note=matrix_note,
        item_notes=item_notes or {},
    )


# --- wording ---------------------------------------------------------------------------------


def _number(value: float, lang: str, digits: int = 1) -> str:
    text = f"{half_up(value, digits):f}" if value != int(value) else str(int(value))
    return text.replace(".", ",") if lang == "fr" else text


def _both(make: Any) -> Text:
    """A Text built by calling make(lang) for each language."""
    return Text(make("fr"), make("en"))


def _colon(lang: str) -> str:
    return " : " if lang == "fr" else ": "


def _name(f: Facts, subject: str, lang: str) -> str:
    short = f.short_names.get(subject)
    if short is not None:
        return short.get(lang)
    if f.questionnaire.has_item(subject):
        label = f.questionnaire.item(subject).label.get(lang)
    elif f.questionnaire.has_field(subject):
        label = f.questionnaire.field(subject).label.get(lang)
    else:
        return subject
    return label.rstrip(".")


def _short_level(text: str) -> str:
    """ "Néant — les habitants…" → "Néant"."""
    return text.split(" — ", 1)[0].strip()


def _field_value(f: Facts, field_id: str, value: Any, lang: str) -> str:
    field = f.questionnaire.field(field_id)
    if field.kind in ("choice", "multichoice"):
        values = value if isinstance(value, list | tuple) else [value]
        names = []
        for v in values:
            option = field.option(str(v))
            names.append(option.text.get(lang) if option else str(v))
        return " ; ".join(names) if lang == "fr" else "; ".join(names)
    if field.kind == "scale" and isinstance(value, int):
        level = next((lv for lv in field.levels if lv.value == value), None)
        return _short_level(level.text.get(lang)) if level else str(value)
    if field.kind == "bool":
        return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
    if isinstance(value, int | float):
        return _number(value, lang)
    return str(value)


def _indicator_value(name: str, value: float, lang: str) -> str:
    unit = INDICATORS[name].unit
    if unit == "share":
        return f"{percent(value)}\u00a0%" if lang == "fr" else f"{percent(value)}%"
    if unit == "index":
        return _number(value, lang, 2)
    if unit == "eur":
        amount = f"{whole(value):,}".replace(",", "\u00a0" if lang == "fr" else ",")
        return f"{amount}\u00a0€" if lang == "fr" else f"€{amount}"
    if unit == "hours":
        return f"{_number(value, lang)}\u00a0h" if lang == "fr" else f"{_number(value, lang)} h"
    return _number(value, lang)


def _reason(c: Condition, text: Text) -> Reason:
    return Reason(c.kind, c.subject, text)


# --- checks ----------------------------------------------------------------------------------


def _compare(op: str, actual: float, expected: float) -> bool:
    return actual <= expected if op.endswith("at_most") else actual >= expected


def _check_item(c: Condition, f: Facts) -> tuple[bool | None, Reason | None]:
    result = f.items.get(c.subject)
    if result is None:
        return None, None
    q = f.questionnaire
    if c.op.startswith("consensus_"):
        if result.consensus_not_applicable:
            return False, None  # "non concerné": the item does not apply
        if result.consensus is None:
            return None, None
        level = result.consensus
        ok = _compare(c.op, level, c.value)

        note = f.item_notes.get(c.subject)

        def consensus_text(lang: str) -> str:
            maturity = q.maturity_labels[level].get(lang)
            if note is not None:  # not a team's answer: the report's words
                return f"{_name(f, c.subject, lang)}{_colon(lang)}{level} — {maturity} {note.get(lang)}"
            return f"{_name(f, c.subject, lang)}{_colon(lang)}consensus {level} — {maturity}"

        return ok, _reason(c, _both(consensus_text))
    if c.op.startswith("mean_"):
        if result.mean is None:
            return None, None
        mean = result.mean

        def mean_text(lang: str) -> str:
            what = "moyenne des participants" if lang == "fr" else "participants' mean"
            return f"{_name(f, c.subject, lang)}{_colon(lang)}{what} {_number(mean, lang)}"

        return _compare(c.op, mean, c.value), _reason(c, _both(mean_text))
    # disagreement_at_least
    if result.spread is None or len(result.values) < 2:
        return None, None
    low, high, spread = min(result.values), max(result.values), result.spread

    def spread_text(lang: str) -> str:
        if lang == "fr":
            what = f"les participants répondent de {low} à {high} (écart de {spread} niveaux)"
        else:
            what = f"participants answer from {low} to {high} (a spread of {spread} levels)"
        return f"{_name(f, c.subject, lang)}{_colon(lang)}{what}"

    return spread >= c.value, _reason(c, _both(spread_text))


def _missing(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _check_field(c: Condition, f: Facts) -> tuple[bool | None, Reason | None]:
    if not f.questionnaire.has_field(c.subject):
        return None, None
    if c.subject in f.not_applicable_fields:
        return False, None  # its twin item is « non concerné »: neither applies
    value = f.assessment.fields.get(c.subject)
    if c.op == "empty":
        ok = _missing(value) == bool(c.value)

        def empty_text(lang: str) -> str:
            shown = (
                ("non renseigné" if lang == "fr" else "not filled in")
                if _missing(value)
                else (_field_value(f, c.subject, value, lang))
            )
            return f"{_name(f, c.subject, lang)}{_colon(lang)}{shown}"

        return ok, _reason(c, _both(empty_text))
    if _missing(value):
        return None, None
    shown: Any = value
    if c.op == "is":
        ok = value == c.value
    elif c.op == "is_not":
        ok = value != c.value
    elif c.op == "in":
        ok = value in c.value
    elif c.op == "not_in":
        ok = value not in c.value
    elif c.op in ("at_most", "at_least"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None, None
        ok = _compare(c.op, value, c.value)
    else:
        chosen = [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
        if c.op == "includes":
            ok, shown = c.value in chosen, [c.value]
        elif c.op == "includes_any":
            shown = [v for v in chosen if v in c.value]
            ok = bool(shown)
        else:  # excludes
            ok = c.value not in chosen

            def without(lang: str) -> str:
                option = _field_value(f, c.subject, c.value, lang)
                word = "sans" if lang == "fr" else "without"
                return f"{_name(f, c.subject, lang)}{_colon(lang)}{word} « {option} »"

            return ok, _reason(c, _both(without))

    def field_text(lang: str) -> str:
        return f"{_name(f, c.subject, lang)}{_colon(lang)}{_field_value(f, c.subject, shown, lang)}"

    return ok, _reason(c, _both(field_text))


VOLUNTEERING = ("volunteering_hours", "volunteering_eur", "in_kind_share")


def _check_funding(c: Condition, f: Facts) -> tuple[bool | None, Reason | None]:
    if f.indicators is None:
        return None, None
    if f.indicators.basis == "intensity" and INDICATORS[c.subject].unit in ("share", "index"):
        # Without amounts there are no shares: +/++/+++ are intensities, not 33/66/100 %.
        # Conditions on intensities are written with « resource » in the catalog.
        return None, None
    if c.subject in VOLUNTEERING and all(
        s.volunteer_hours is None for s in f.assessment.structures
    ):
        return None, None  # no volunteering hours typed: unknown, not zero
    if c.subject == "de_minimis_alerts":
        value: float | None = float(len(f.indicators.de_minimis))
    else:
        raw = getattr(f.indicators, c.subject)
        value = None if raw is None else float(raw)
    if value is None:
        return None, None
    known = value

    def text(lang: str) -> str:
        label = INDICATORS[c.subject].label.get(lang)
        return f"{label}{_colon(lang)}{_indicator_value(c.subject, known, lang)}"

    return _compare(c.op, value, c.value), _reason(c, _both(text))


def _check_resource(c: Condition, f: Facts) -> tuple[bool | None, Reason | None]:
    if f.resources is None or c.subject not in f.resources or c.subject in f.unknown_resources:
        return None, None
    intensity = f.resources[c.subject]
    spec = f.questionnaire.funding
    resource = next(r for r in spec.resources if r.key == c.subject)
    note = f.matrix_note

    def text(lang: str) -> str:
        given = spec.intensity[intensity].get(lang)
        said = f" {note.get(lang)}" if note is not None else ""
        return f"{resource.label.get(lang)}{_colon(lang)}{given}{said}"

    return _compare(c.op, intensity, c.value), _reason(c, _both(text))


def _check_dimension(c: Condition, f: Facts) -> tuple[bool | None, Reason | None]:
    dimension = next((d for d in f.questionnaire.dimensions if d.id == c.subject), None)
    if dimension is None:  # an older questionnaire version without this dimension
        return None, None
    if c.op == "disagreement_at_least":
        spreads = [
            (f.items[i.id].spread or 0, i.id)
            for i in dimension.items
            if i.id in f.items and len(f.items[i.id].values) >= 2
        ]
        if not spreads:
            return None, None
        spread, item_id = max(spreads, key=lambda pair: pair[0])

        def spread_text(lang: str) -> str:
            item = _name(f, item_id, lang)
            if lang == "fr":
                what = f"écart de {spread} niveaux entre participants sur « {item} »"
            else:
                what = f"a spread of {spread} levels between participants on “{item}”"
            return f"{dimension.title.get(lang)}{_colon(lang)}{what}"

        return spread >= c.value, _reason(c, _both(spread_text))
    score = f.dimensions.get(c.subject)
    if score is None or score.mean is None:
        return None, None
    mean = score.mean

    def score_text(lang: str) -> str:
        what = "score consensuel" if lang == "fr" else "consensus score"
        on = "sur" if lang == "fr" else "out of"
        return f"{dimension.title.get(lang)}{_colon(lang)}{what} {_number(mean, lang)} {on} 3"

    return _compare(c.op, mean, c.value), _reason(c, _both(score_text))


def check(c: Condition, f: Facts) -> tuple[bool | None, Reason | None]:
    """(True/False/None for unknown, the reason in words when it could be stated)."""
    if c.kind == "always":
        return True, _reason(c, ALWAYS)
    if c.kind == "item":
        return _check_item(c, f)
    if c.kind == "field":
        return _check_field(c, f)
    if c.kind == "funding":
        return _check_funding(c, f)
    if c.kind == "resource":
        return _check_resource(c, f)
    return _check_dimension(c, f)
