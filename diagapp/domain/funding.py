"""Funding indicators the report discusses (§1.5, l.783-967), and the one rule that ties a
resource's intensity to its yearly amount.

The rule (also in the window's help and questionnaires/FORMAT.md): an intensity is the team's
judgement only where no amount is known. As soon as a structure has a yearly amount for one
of its monetary resources, the intensity of each of its monetary resources is derived from
its share of that structure's monetary total: Néant = no amount, « + » below 20 %, « ++ »
from 20 % to below 50 %, « +++ » from 50 % (the majority of its money). These thresholds are
the app's convention, not the report's: its table (l.810-832) gives intensities without
shares. Non-monetary contributions in kind keep the team's judgement.

Shares are computed on euros when every structure that has monetary resources gave its
amounts; otherwise on intensities (Néant=0 … +++=3), as the report's own matrix does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from diagapp.domain.figures import apportion, whole
from diagapp.domain.law import DeMinimisRule, SmicRate
from diagapp.domain.model import Assessment, Structure
from diagapp.domain.questionnaire import FundingSpec

PUBLIC = "public_subsidies"
# Monetary resources that finance the dynamic rather than pay for its activity (loans,
# capital contributions, l.796, l.860): money raised, not earned or given for the activity.
FINANCING = ("loans", "equity_contributions")
# Near-total reliance on public subsidies (l.802: "la plupart … reposent fortement").
HIGH_PUBLIC_DEPENDENCE = 0.7
# Share of a structure's monetary resources from which a resource is « ++ », then « +++ ».
INTENSITY_THRESHOLDS = (0.20, 0.50)


@dataclass(frozen=True)
class DeMinimisAlert:
    structure: str
    public_aid_eur: float
    ceiling_eur: float
    years: tuple[int, ...]  # the years summed


@dataclass(frozen=True)
class FundingIndicators:
    basis: str  # "amounts" or "intensity"
    # Shares in whole percent (0.32 is 32 %), apportioned with every monetary resource's share
    # so the printed shares add up to 100 % and the own share is the sum of its printed parts.
    public_dependence: float | None  # subsidy_share(): public subsidies / operating income
    own_resource_share: float | None  # own resources / operating income (0..1)
    kinds_used: int  # resource kinds with an intensity above Néant, over all structures
    kinds_total: int
    diversification: float | None  # 1 - Herfindahl index over resource kinds (0..1)
    monetary_total_eur: float | None
    volunteering_eur: float  # valued volunteering (hours × SMIC × multiple)
    volunteering_hours: float
    in_kind_share: float | None  # valued volunteering / (monetary + valued volunteering)
    smic: SmicRate  # the hourly SMIC in force at the assessment's date
    de_minimis_rule: DeMinimisRule  # the de minimis rule in force at the assessment's date
    sieg: bool = False  # the team says the dynamic holds a SIEG mandate
    de_minimis: tuple[DeMinimisAlert, ...] = ()
    resource_percents: Mapping[str, int] = field(default_factory=dict)  # operating key -> %
    # Structures whose intensities stand without amounts while others gave amounts (they
    # keep the shares on intensities).
    without_amounts: tuple[str, ...] = ()

    @property
    def high_public_dependence(self) -> bool:
        return (
            self.public_dependence is not None and self.public_dependence >= HIGH_PUBLIC_DEPENDENCE
        )


# --- intensities and amounts: the one rule ----------------------------------------------------


def derived_intensity(amount_eur: float | None, total_eur: float) -> int:
    """The intensity of a resource worth `amount_eur` in a structure whose monetary resources
    total `total_eur` (module docstring)."""
    if not amount_eur or amount_eur <= 0 or total_eur <= 0:
        return 0
    share = amount_eur / total_eur
    if share >= INTENSITY_THRESHOLDS[1]:
        return 3
    if share >= INTENSITY_THRESHOLDS[0]:
        return 2
    return 1


def monetary_keys(spec: FundingSpec) -> tuple[str, ...]:
    return tuple(r.key for r in spec.resources if r.monetary)


def operating_keys(spec: FundingSpec) -> tuple[str, ...]:
    """Monetary resources that are income: every one but FINANCING."""
    return tuple(k for k in monetary_keys(spec) if k not in FINANCING)


def subsidy_share(weights: Mapping[str, float]) -> float | None:
    """« Part des subventions »: public subsidies over operating income (euros or
    intensities by resource key; FINANCING left out), in whole percent apportioned like the
    other printed shares. The one definition both editions and the recommendations read."""
    operating = {k: w for k, w in weights.items() if k not in FINANCING}
    if not sum(operating.values()):
        return None
    percents = dict(zip(operating, apportion(list(operating.values())), strict=True))
    return percents.get(PUBLIC, 0) / 100


def amounts_given(structure: Structure, spec: FundingSpec) -> bool:
    """The structure gave a yearly amount (even 0 €) for at least one monetary resource."""
    return any(structure.cell(k).amount_eur is not None for k in monetary_keys(spec))


def monetary_total(structure: Structure, spec: FundingSpec) -> float:
    return sum(structure.cell(k).amount_eur or 0.0 for k in monetary_keys(spec))


def with_derived_intensities(structure: Structure, spec: FundingSpec) -> Structure:
    """The structure as everyone reads it: monetary intensities derived from its amounts
    when it gave any, the team's own intensities otherwise."""
    if not amounts_given(structure, spec):
        return structure
    monetary = set(monetary_keys(spec))
    total = monetary_total(structure, spec)
    cells = tuple(
        replace(c, intensity=derived_intensity(c.amount_eur, total))
        if c.resource in monetary
        else c
        for c in structure.cells
    )
    return replace(structure, cells=cells)


def is_derived(structure: Structure, resource: str, spec: FundingSpec) -> bool:
    """The cell's intensity comes from the amounts, so the team cannot set it."""
    return resource in monetary_keys(spec) and amounts_given(structure, spec)


# --- indicators -----------------------------------------------------------------------------


def profile(structures: Sequence[Structure], keys: Sequence[str]) -> dict[str, int]:
    """The dynamic's intensity per resource kind: the highest over its structures."""
    return {k: max((s.cell(k).intensity for s in structures), default=0) for k in keys}


def amount_total(structures: Sequence[Structure], key: str) -> float | None:
    """One resource's yearly euros over the structures, as the sum of the whole euros each
    structure's amount is printed with (a total beside its parts adds up); None without any."""
    known = [s.cell(key).amount_eur for s in structures]
    amounts = [whole(a) for a in known if a is not None]
    return float(sum(amounts)) if amounts else None


def read_profile(structures: Sequence[Structure], spec: FundingSpec) -> dict[str, int]:
    """The dynamic's profile as the one rule reads it (intensities derived from amounts)."""
    return profile([with_derived_intensities(s, spec) for s in structures], spec.keys)


def _weights(
    structures: Sequence[Structure], spec: FundingSpec
) -> tuple[str, dict[str, float], tuple[str, ...]]:
    monetary = monetary_keys(spec)
    with_amounts = [s for s in structures if amounts_given(s, spec)]
    without = tuple(
        s.name
        for s in structures
        if not amounts_given(s, spec) and any(s.cell(k).intensity for k in monetary)
    )
    if with_amounts and not without:
        return (
            "amounts",
            {k: amount_total(structures, k) or 0.0 for k in monetary},
            (),
        )
    weights = {k: float(sum(s.cell(k).intensity for s in structures)) for k in monetary}
    return "intensity", weights, without if with_amounts else ()


def volunteering_value(structure: Structure, smic_hourly_eur: float) -> float:
    hours = structure.volunteer_hours or 0.0
    return hours * smic_hourly_eur * structure.volunteer_smic_multiple


def indicators(
    assessment: Assessment,
    spec: FundingSpec,
    history: Sequence[Assessment] = (),
    sieg: bool = False,
) -> FundingIndicators:
    """Compute the indicators; `history` holds earlier assessments for the de minimis sum."""
    structures = tuple(with_derived_intensities(s, spec) for s in assessment.structures)
    basis, weights, without = _weights(structures, spec)
    smic = spec.law.smic_at(assessment.date)
    total = sum(weights.values())
    shares = [w / total for w in weights.values()] if total else []
    # Printed shares are of operating income: loans and capital are financing (FINANCING).
    income = {k: w for k, w in weights.items() if k not in FINANCING}
    earned = sum(income.values())
    percents = dict(zip(income, apportion(list(income.values())), strict=True)) if earned else {}
    own_percent = sum(percents.get(r.key, 0) for r in spec.resources if r.own_resource)
    kinds = profile(structures, spec.keys)
    volunteering = sum(volunteering_value(s, smic.eur) for s in structures)
    hours = sum(s.volunteer_hours or 0.0 for s in structures)
    monetary_eur = total if basis == "amounts" else None
    return FundingIndicators(
        basis=basis,
        public_dependence=subsidy_share(weights),
        own_resource_share=own_percent / 100 if earned else None,
        kinds_used=sum(1 for v in kinds.values() if v > 0),
        kinds_total=len(kinds),
        diversification=1 - sum(s * s for s in shares) if shares else None,
        monetary_total_eur=monetary_eur,
        volunteering_eur=volunteering,
        volunteering_hours=hours,
        in_kind_share=(
            volunteering / (monetary_eur + volunteering)
            if monetary_eur is not None and monetary_eur + volunteering > 0
            else None
        ),
        smic=smic,
        de_minimis_rule=spec.law.de_minimis_at(assessment.date),
        sieg=sieg,
        de_minimis=de_minimis_alerts(assessment, spec, history, sieg),
        resource_percents=percents,
        without_amounts=without,
    )


def de_minimis_window_start(assessment: Assessment, spec: FundingSpec) -> dt.date:
    """The oldest date whose assessment still counts in this one's de minimis sum."""
    return spec.law.de_minimis_at(assessment.date).window_start(assessment.date)


def de_minimis_alerts(
    assessment: Assessment, spec: FundingSpec, history: Sequence[Assessment], sieg: bool
) -> tuple[DeMinimisAlert, ...]:
    """Public aid to one structure over the rule's period above the de minimis ceiling in
    force at the assessment's date (l.847 for the report's; questionnaires/law.yaml).

    Amounts are yearly (one assessment a year); the same structure is recognised by name
    across assessments.
    """
    rule = spec.law.de_minimis_at(assessment.date)
    ceiling = rule.ceiling(sieg)
    start = rule.window_start(assessment.date)
    year = assessment.date.year
    window = [assessment] + [
        a
        for a in history
        if a.dynamic_id == assessment.dynamic_id and start <= a.date and a.date.year < year
    ]
    alerts = []
    for structure in assessment.structures:
        total, years = 0.0, []
        for past in window:
            match = next((s for s in past.structures if s.name == structure.name), None)
            amount = match.cell(PUBLIC).amount_eur if match else None
            if amount:
                total += amount
                years.append(past.date.year)
        if total > ceiling:
            alerts.append(DeMinimisAlert(structure.name, total, ceiling, tuple(sorted(years))))
    return tuple(alerts)
