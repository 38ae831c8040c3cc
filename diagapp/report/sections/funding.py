"""The funding-resource matrix (l.783-832) with its indicators and the de minimis alert
(l.847): intensities as the report's table writes them, yearly amounts when known."""

from __future__ import annotations

from typing import Any

from diagapp.domain import funding
from diagapp.domain.law import DeMinimisRule
from diagapp.report import charts
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.governance import symbol
from diagapp.report.styles import ALERT, ALERT_LIGHT, SERIES
from diagapp.report.typography import (
    decimal,
    euros,
    euros_cents,
    integer,
    long_date,
    percent,
    percent_points,
)
from diagapp.report.wording import pick

RESOURCE_COLOURS = (*SERIES, "#b3a04a", "#4c9fa8", "#a7776b", "#8a8f94")


def _matrix(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    structures = m.assessment.structures
    spec = m.questionnaire.funding
    amounts = m.indicators.basis == "amounts"
    head = [ctx.head(pick(lang, "Ressource", "Resource"))]
    head += [ctx.head(s.name) for s in structures]
    if amounts:
        head.append(ctx.head(pick(lang, "Total annuel", "Yearly total")))
    rows: list[list[Any]] = [head]
    for resource in spec.resources:
        row = [ctx.cell(resource.label.get(lang), bold=True)]
        total = funding.amount_total(structures, resource.key)
        for structure in structures:
            cell = structure.cell(resource.key)
            text = symbol(cell.intensity, lang) if cell.intensity else "—"
            if cell.amount_eur:
                text += f"<br/>{euros(cell.amount_eur, lang)}"
            elif resource.key == "in_kind" and structure.volunteer_hours:
                hours = integer(structure.volunteer_hours, lang)
                text += "<br/>" + pick(lang, f"{hours} h bénévoles", f"{hours} volunteer h")
            row.append(ctx.mp(text, ctx.s.cell))
        if amounts:
            row.append(ctx.cell(euros(total, lang) if total else "—", bold=bool(total)))
        rows.append(row)
    label_w = 150
    rest = FRAME_WIDTH - label_w
    columns = len(structures) + (1 if amounts else 0)
    widths = [label_w] + [rest / max(columns, 1)] * columns
    if not structures:
        return [
            ctx.p(pick(lang, "Aucune structure n'est renseignée.", "No structure is recorded."))
        ]
    flow: list[Any] = [ctx.table(rows, widths)]
    caption = pick(
        lang,
        "Intensité de chaque ressource (Néant, +, ++, +++) comme dans le tableau du rapport "
        "(l. 810-832), appréciée par l'équipe. Quand une structure a saisi ses montants "
        "annuels, l'intensité de ses ressources monétaires en est déduite : « + » sous 20 % "
        "de ses ressources monétaires, « ++ » de 20 à moins de 50 %, « +++ » à partir de 50 % "
        "(convention de l'outil, le rapport ne donnant pas de parts).",
        "Intensity of each resource (None, +, ++, +++) as in the report's table (l. 810-832), "
        "as the team judges it. Where a structure entered its yearly amounts, the intensity "
        "of its monetary resources follows from them: “+” below 20% of its monetary "
        "resources, “++” from 20% to below 50%, “+++” from 50% (the tool's convention: the "
        "report gives no shares).",
    )
    flow.append(ctx.p(caption, ctx.s.caption))
    if amounts:
        parts = []
        income = funding.operating_keys(spec)
        for index, resource in enumerate(r for r in spec.resources if r.key in income):
            value = funding.amount_total(structures, resource.key) or 0.0
            if value > 0:
                share = percent_points(m.indicators.resource_percents[resource.key], lang)
                parts.append(
                    (
                        f"{resource.label.get(lang)} ({share})",
                        value,
                        RESOURCE_COLOURS[index % len(RESOURCE_COLOURS)],
                    )
                )
        flow += [ctx.spacer(6), charts.shares_bar(parts, width=FRAME_WIDTH)]
        raised = sum(funding.amount_total(structures, k) or 0.0 for k in funding.FINANCING)
        note = pick(
            lang,
            "Répartition des recettes d'exploitation ; emprunts et apports en capital sont des "
            "financements, hors recettes",
            "Operating income by kind; loans and capital contributions are financing, not income",
        )
        if raised:
            note += f" ({euros(raised, lang)})"
        flow.append(ctx.p(note + ".", ctx.s.caption))
    return flow


def _indicators(ctx: Ctx) -> Any:
    m, lang = ctx.m, ctx.lang
    ind = m.indicators
    na = "—"
    basis = (
        pick(lang, "sur les montants", "on amounts")
        if ind.basis == "amounts"
        else pick(lang, "sur les intensités", "on intensities")
    )
    if ind.without_amounts:
        # Euros cannot be added to intensities: one structure without amounts keeps every
        # share on intensities (diagapp.domain.funding).
        names = ", ".join(ind.without_amounts)
        basis += pick(lang, f", sans montants pour {names}", f", no amounts for {names}")
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Indicateur", "Indicator")),
            ctx.head(pick(lang, "Valeur", "Value")),
            ctx.head(pick(lang, "Ce qu'en dit le rapport", "What the report says")),
        ]
    ]

    def add(label: str, value: str, note: str) -> None:
        rows.append([ctx.cell(label, bold=True), ctx.cell(value), ctx.cell(note)])

    add(
        pick(lang, "Part des subventions publiques", "Share of public subsidies"),
        f"{percent(ind.public_dependence, lang)} ({basis})"
        if ind.public_dependence is not None
        else na,
        pick(
            lang,
            "La plupart des dynamiques reposent fortement sur les subventions publiques (l. 802) ; "
            "diversifier les ressources est un enjeu de pérennité (l. 836-913).",
            "Most dynamics rely heavily on public subsidies (l. 802); diversifying resources is "
            "key to lasting (l. 836-913).",
        ),
    )
    add(
        pick(lang, "Part des ressources propres", "Share of own resources"),
        percent(ind.own_resource_share, lang) if ind.own_resource_share is not None else na,
        pick(
            lang,
            "Ventes, cotisations, prélèvement sur le chiffre d'affaires (l. 792-796), dans "
            "les recettes d'exploitation ; les apports en capital sont des financements.",
            "Sales, membership fees, levy on revenue (l. 792-796), in operating income; "
            "capital contributions are financing.",
        ),
    )
    diversification = (
        decimal(ind.diversification, lang, 2) if ind.diversification is not None else na
    )
    add(
        pick(lang, "Diversification des ressources", "Diversification of resources"),
        pick(
            lang,
            f"{ind.kinds_used} types sur {ind.kinds_total} · indice {diversification}",
            f"{ind.kinds_used} kinds of {ind.kinds_total} · index {diversification}",
        ),
        pick(
            lang,
            "Indice de 0 (une seule ressource) à 1 (ressources également réparties).",
            "Index from 0 (a single resource) to 1 (resources evenly spread).",
        ),
    )
    if ind.monetary_total_eur is not None:
        add(
            pick(lang, "Ressources monétaires annuelles", "Yearly monetary resources"),
            euros(ind.monetary_total_eur, lang),
            pick(lang, "Toutes structures confondues.", "All structures together."),
        )
    if ind.volunteering_hours:
        value = pick(
            lang,
            f"{integer(ind.volunteering_hours, lang)} h, soit {euros(ind.volunteering_eur, lang)}",
            f"{integer(ind.volunteering_hours, lang)} h, i.e. {euros(ind.volunteering_eur, lang)}",
        )
        if ind.in_kind_share is not None:
            value += pick(
                lang,
                f" ({percent(ind.in_kind_share, lang)} du total)",
                f" ({percent(ind.in_kind_share, lang)} of the total)",
            )
        smic = ind.smic
        rate, since = euros_cents(smic.eur, lang), long_date(smic.valid_from, lang)
        add(
            pick(lang, "Bénévolat valorisé", "Valued volunteering"),
            value,
            pick(
                lang,
                "Valoriser les contributions volontaires, de 1 à 3 SMIC selon les compétences "
                f"(l. 896-898) ; SMIC horaire brut en vigueur à la date de l'évaluation : "
                f"{rate} depuis le {since} ({smic.source}).",
                "Value voluntary contributions at 1 to 3 times the minimum wage (SMIC) by skill "
                f"level (l. 896-898); gross hourly SMIC in force at the assessment's date: "
                f"{rate} since {since} ({smic.source}).",
            ),
        )
    return ctx.table(rows, [135, 120, FRAME_WIDTH - 255])


def _period(rule: DeMinimisRule, lang: str) -> str:
    if rule.period == "rolling":
        return pick(lang, f"{rule.years} ans glissants", f"any {rule.years} years")
    return pick(lang, f"{rule.years} exercices fiscaux", f"{rule.years} fiscal years")


def _de_minimis(ctx: Ctx) -> list[Any]:
    """The rule in force at the assessment's date with its source, the report's figures as
    history; an alert is a point to check with the funders, not a verdict."""
    m, lang = ctx.m, ctx.lang
    ind = m.indicators
    rule = ind.de_minimis_rule
    alerts = ind.de_minimis
    period = _period(rule, lang)
    ceiling, sieg_ceiling = euros(rule.ceiling_eur, lang), euros(rule.sieg_ceiling_eur, lang)
    since = long_date(rule.valid_from, lang)
    source = pick(
        lang,
        f"Source : {rule.source.fr}, en vigueur depuis le {since}.",
        f"Source: {rule.source.en}, in force since {since}.",
    )
    history = [
        pick(
            lang,
            f"Le rapport (2020) citait les plafonds d'alors : {euros(old.ceiling_eur, lang)}, "
            f"et {euros(old.sieg_ceiling_eur, lang)} pour un SIEG.",
            f"The report (2020) gave the ceilings of its time: {euros(old.ceiling_eur, lang)}, "
            f"and {euros(old.sieg_ceiling_eur, lang)} for an SGEI.",
        )
        for old in m.questionnaire.funding.law.de_minimis_history(rule.valid_from)
    ]
    if not alerts:
        text = pick(
            lang,
            f"Règle de minimis (aides publiques aux activités économiques) : d'après les "
            f"montants saisis, aucune structure ne dépasse {ceiling} sur {period} ({sieg_ceiling} "
            f"pour un service d'intérêt économique général, SIEG).",
            f"De minimis rule (public aid to economic activities): according to the amounts "
            f"entered, no structure exceeds {ceiling} over {period} ({sieg_ceiling} for a "
            f"service of general economic interest, SGEI).",
        )
        return [ctx.p(" ".join([text, source, *history]), ctx.s.note)]
    flow: list[Any] = [
        ctx.p(
            pick(
                lang,
                "À vérifier avec les financeurs : règle de minimis",
                "To check with the funders: the de minimis rule",
            ),
            ctx.s.box_title,
        )
    ]
    for alert in alerts:
        years = ", ".join(str(y) for y in alert.years)
        which = pick(lang, " (plafond SIEG)", " (SGEI ceiling)") if ind.sieg else ""
        flow.append(
            ctx.p(
                pick(
                    lang,
                    f"{alert.structure} a reçu {euros(alert.public_aid_eur, lang)} de subventions "
                    f"publiques sur les années {years}, au-delà du plafond de minimis de "
                    f"{euros(alert.ceiling_eur, lang)} sur {period}{which}.",
                    f"{alert.structure} received {euros(alert.public_aid_eur, lang)} of public "
                    f"subsidies over {years}, above the de minimis ceiling of "
                    f"{euros(alert.ceiling_eur, lang)} over {period}{which}.",
                ),
                ctx.s.body_small,
            )
        )
    flow.append(
        ctx.p(
            pick(
                lang,
                "Ce n'est pas un constat d'irrégularité : ce plafond ne vise que les aides à des "
                "activités économiques ; un mandat de service d'intérêt économique général "
                f"(SIEG) le porte à {sieg_ceiling} ; au-delà, une aide peut relever d'un régime "
                "d'exemption par catégorie ou d'une compensation de SIEG. Le régime de chaque "
                "aide est à vérifier avec les financeurs qui l'ont accordée.",
                "This is not a finding of irregularity: the ceiling only concerns aid to "
                "economic activities; a mandate for a service of general economic interest "
                f"(SGEI) raises it to {sieg_ceiling}; above it, aid may fall under a block "
                "exemption or be SGEI compensation. Which scheme each aid was granted under is "
                "to be checked with the funders who granted it.",
            ),
            ctx.s.body_small,
        )
    )
    flow.append(ctx.p(" ".join([source, *history]), ctx.s.body_small))
    return [ctx.box(flow, background=ALERT_LIGHT, border=ALERT)]


def build(ctx: Ctx) -> list[Any]:
    lang = ctx.lang
    model = str(ctx.m.value("governance.economic_model") or "")
    intro = pick(
        lang,
        "Le rapport distingue ressources monétaires, ressources propres et ressources non "
        "monétaires (l. 783-806) et en dresse la matrice pour chaque dynamique étudiée "
        "(l. 810-832). Voici la nôtre, structure par structure.",
        "The report distinguishes monetary resources, own resources and non-monetary "
        "resources (l. 783-806) and maps them for each dynamic studied (l. 810-832). Here is "
        "ours, structure by structure.",
    )
    story: list[Any] = [ctx.h1(ctx.say("funding"), "funding"), ctx.p(intro)]
    if model:
        story.append(ctx.mp(ctx.labelled(ctx.field_label("governance.economic_model"), model)))
    story.append(ctx.h2(pick(lang, "Matrice des ressources", "Resource matrix"), "funding.matrix"))
    story += _matrix(ctx)
    story.append(ctx.spacer(6))
    story += _de_minimis(ctx)
    story.append(ctx.h2(pick(lang, "Indicateurs", "Indicators"), "funding.indicators"))
    story.append(_indicators(ctx))
    return story
