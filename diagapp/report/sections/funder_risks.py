"""The funder edition's funders and risks, said plainly: who funds what until when, the
funding that ends within 18 months (the funding lines the team declared, by their end date),
dependence on key people, and the weakest points of governance as each collège rated them —
a collège's 0 out of 3 shown, not averaged away."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diagapp.domain.figures import apportion
from diagapp.domain.finance import RISK_MONTHS, ending_soon
from diagapp.domain.funder_rows import is_financing
from diagapp.report.sections.common import Ctx
from diagapp.report.sections.funder_figures import funders
from diagapp.report.sections.funder_text import no_line_refs
from diagapp.report.typography import euros, level, long_date, percent_points
from diagapp.report.wording import pick

# The governance items as participants rate them (report §2.3, the four structuring
# variables: place of debate and shared decision-making): how decisions are shared, debate,
# the stakeholders around the table, written rules, shared leadership, lasting beyond
# mandates, deliberation on the effects. Not the rest of the robustness dimension
# (territorial anchoring, trust, keeping records…): those are not governance. The hand-over
# has its own heading (key-person dependence).
GOVERNANCE_ITEMS = (
    "robustesse.gouvernance_partagee",
    "robustesse.place_du_debat",
    "robustesse.diversite_parties_prenantes",
    "robustesse.lisibilite_gouvernance",
    "robustesse.leadership_partage",
    "robustesse.continuite_au_dela_des_mandats",
    "impact.deliberation_partagee",
)
KEY_PERSON_ITEM = "robustesse.passage_de_relais"
WEAK = 1.5  # a collège mean at or below this is a weak point worth showing
SHOWN = 4


@dataclass(frozen=True)
class WeakPoint:
    item_id: str
    college: str
    college_mean: float
    consensus: int | None
    low: int | None
    high: int | None


def weak_points(ctx: Ctx) -> list[WeakPoint]:
    """The governance items some collège rated lowest, lowest first (at most SHOWN)."""
    m = ctx.m
    ids = [i for i in GOVERNANCE_ITEMS if i in m.results]
    found = []
    for item_id in ids:
        means = [
            (levels[item_id], college)
            for college, levels in m.college_levels.items()
            if item_id in levels
        ]
        if not means:
            continue
        lowest, college = min(means)
        if lowest > WEAK:
            continue
        result = m.results[item_id]
        values = list(result.values)
        found.append(
            WeakPoint(
                item_id,
                college,
                lowest,
                result.consensus,
                min(values) if values else None,
                max(values) if values else None,
            )
        )
    found.sort(key=lambda w: (w.college_mean, w.item_id))
    return found[:SHOWN]


def _funding(ctx: Ctx) -> list[str]:
    m, lang = ctx.m, ctx.lang
    # A loan or capital coming to term is no income lost: only income lines are a risk.
    income_lines = [x for x in m.assessment.funding_lines if not is_financing(x)]
    soon = ending_soon(income_lines, m.assessment.date)
    income = m.funder.income_total if m.funder else 0
    found = []
    for line in soon:
        assert line.ends is not None
        text = pick(
            lang,
            f"<b>{ctx.text(line.funder)}</b> — {ctx.text(line.purpose)} : s'arrête le "
            f"{long_date(line.ends, lang)}",
            f"<b>{ctx.text(line.funder)}</b> — {ctx.text(line.purpose)}: ends on "
            f"{long_date(line.ends, lang)}",
        )
        if line.amount:
            text += f" ({euros(line.amount, lang)}" + pick(lang, " par an", " a year")
            if income:
                share = apportion([float(line.amount), float(max(income - line.amount, 0))])[0]
                text += pick(
                    lang,
                    f", soit {percent_points(share, lang)} des recettes d'exploitation",
                    f", that is {percent_points(share, lang)} of operating income",
                )
            text += ")"
        found.append(ctx.typeset(text))
    return found


def _key_person(ctx: Ctx) -> list[str]:
    m = ctx.m
    if KEY_PERSON_ITEM not in m.results:
        return []
    result = m.results[KEY_PERSON_ITEM]
    if result.consensus is None or result.consensus > 1:
        return []
    item = m.questionnaire.item(KEY_PERSON_ITEM)
    answer = m.assessment.consensus(KEY_PERSON_ITEM)
    text = f"<b>{ctx.text(ctx.item_label(item))}</b> — <i>{ctx.text(ctx.level_name(result.consensus))}</i>"
    if answer and answer.evidence.strip():
        text += f"<br/>{ctx.text(no_line_refs(answer.evidence.strip()))}"
    return [text]


def _governance(ctx: Ctx) -> list[str]:
    m, lang = ctx.m, ctx.lang
    found = []
    for w in weak_points(ctx):
        item = m.questionnaire.item(w.item_id)
        label = ctx.item_label(item)
        consensus = (
            str(w.consensus)
            if w.consensus is not None
            else pick(lang, "non tranché", "not settled")
        )
        spread = (
            pick(lang, f" ; réponses de {w.low} à {w.high}", f"; answers from {w.low} to {w.high}")
            if w.low is not None and w.low != w.high
            else ""
        )
        text = pick(
            lang,
            f"<b>{ctx.text(label)}</b> — collège {ctx.text(w.college)} : "
            f"<b>{score(w.college_mean, lang)} sur 3</b> (consensus de l'équipe : {consensus}{spread})",
            f"<b>{ctx.text(label)}</b> — {ctx.text(w.college)} college: "
            f"<b>{score(w.college_mean, lang)} out of 3</b> (team consensus: {consensus}{spread})",
        )
        found.append(ctx.typeset(text))
    return found


def score(value: float, lang: str) -> str:
    """A collège's mean level: « 0 », « 1,5 » (a whole number without its « ,0 »)."""
    shown = level(value, lang)
    return shown.removesuffix(",0").removesuffix(".0")


def _public(ctx: Ctx) -> list[str]:
    m, lang = ctx.m, ctx.lang
    found = []
    f = m.funder
    if f is not None and f.subsidy_share is not None and f.subsidy_share >= 0.7:
        found.append(
            pick(
                lang,
                "Les subventions publiques font plus de 70 % des recettes d'exploitation.",
                "Public subsidies make up more than 70% of operating income.",
            )
        )
    for alert in m.indicators.de_minimis:
        found.append(
            pick(
                lang,
                f"{alert.structure} a reçu {euros(alert.public_aid_eur, lang)} d'aides publiques "
                f"sur la période, au-delà du plafond de minimis de {euros(alert.ceiling_eur, lang)}. "
                "Ce plafond ne vise que les aides à des activités économiques ; un mandat de SIEG "
                "ou un régime d'exemption peut en couvrir une partie : à vérifier ensemble.",
                f"{alert.structure} received {euros(alert.public_aid_eur, lang)} of public aid over "
                f"the period, above the de minimis ceiling of {euros(alert.ceiling_eur, lang)}. "
                "The ceiling only concerns aid to economic activities; an SGEI mandate or a block "
                "exemption may cover part of it: to check together.",
            )
        )
    return [ctx.text(t) for t in found]


def build(ctx: Ctx) -> list[Any]:
    lang = ctx.lang
    flow: list[Any] = [
        ctx.h1(pick(lang, "Nos financeurs et nos risques", "Our funders and our risks"), "risks"),
        *funders(ctx),
    ]
    groups = [
        (
            pick(
                lang,
                f"Financements qui s'arrêtent dans les {RISK_MONTHS} mois",
                f"Funding that ends within {RISK_MONTHS} months",
            ),
            "risks.funding",
            _funding(ctx),
        ),
        (
            pick(lang, "Dépendance à des personnes clés", "Dependence on key people"),
            "risks.people",
            _key_person(ctx),
        ),
        (
            pick(
                lang,
                "Gouvernance : les points les plus faibles selon les participants",
                "Governance: the weakest points as participants rated them",
            ),
            "risks.governance",
            _governance(ctx),
        ),
        (
            pick(lang, "Aides publiques", "Public aid"),
            "risks.public",
            _public(ctx),
        ),
    ]
    any_risk = False
    for title, key, entries in groups:
        if not entries:
            continue
        any_risk = True
        flow.append(ctx.h2(title, key))
        flow += ctx.bullets(entries, ctx.s.body)
    if not any_risk:
        flow.append(
            ctx.p(
                pick(
                    lang,
                    "Aucun risque de ce type dans ce que l'équipe a saisi.",
                    "No risk of this kind in what the team entered.",
                ),
                ctx.s.body,
            )
        )
    else:
        flow.append(
            ctx.p(
                pick(
                    lang,
                    "Les niveaux vont de 0 (absent) à 3 (affirmé) ; celui d'un collège est la "
                    "moyenne des réponses de ses participants.",
                    "Levels run from 0 (absent) to 3 (strong); a college's level is the mean of "
                    "its participants' answers.",
                ),
                ctx.s.note,
            )
        )
    return flow
