"""The funding-resource matrix (l.783-832) with its indicators and the de minimis alert
(l.847): intensities as the report's table writes them, yearly amounts when known."""

from __future__ import annotations

from typing import Any

from diagapp.domain import funding
from diagapp.report import charts
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.governance import symbol
from diagapp.report.styles import ALERT, ALERT_LIGHT, SERIES
from diagapp.report.typography import (
    decimal,
    euros,
    integer,
    kilo_euros,
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
        "(l. 810-832) ; montants annuels en euros quand l'équipe les a saisis.",
        "Intensity of each resource (None, +, ++, +++) as in the report's table (l. 810-832); "
        "yearly amounts in euros where the team entered them.",
    )
    flow.append(ctx.p(caption, ctx.s.caption))
    if amounts:
        parts = []
        for index, resource in enumerate(r for r in spec.resources if r.monetary):
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
            "Ventes, cotisations, prélèvement sur le chiffre d'affaires, apports en fonds "
            "propres (l. 792-796).",
            "Sales, membership fees, levy on revenue, equity contributions (l. 792-796).",
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
        add(
            pick(lang, "Bénévolat valorisé", "Valued volunteering"),
            value,
            pick(
                lang,
                "Valoriser les contributions volontaires, de 1 à 3 SMIC selon les compétences "
                "(l. 896-898).",
                "Value voluntary contributions at 1 to 3 times the minimum wage by skill level "
                "(l. 896-898).",
            ),
        )
    return ctx.table(rows, [135, 120, FRAME_WIDTH - 255])


def _de_minimis(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    spec = m.questionnaire.funding
    alerts = m.indicators.de_minimis
    if not alerts:
        text = pick(
            lang,
            f"Règle de minimis : aucune structure ne dépasse le plafond d'aides publiques de "
            f"{kilo_euros(spec.de_minimis_ceiling_eur, lang)} sur {spec.de_minimis_years} ans "
            f"({kilo_euros(spec.de_minimis_sieg_ceiling_eur, lang)} pour un SIEG, l. 847), "
            f"d'après les montants saisis.",
            f"De minimis rule: no structure exceeds the ceiling of "
            f"{kilo_euros(spec.de_minimis_ceiling_eur, lang)} of public aid over "
            f"{spec.de_minimis_years} years ({kilo_euros(spec.de_minimis_sieg_ceiling_eur, lang)} "
            f"for an SGEI, l. 847), according to the amounts entered.",
        )
        return [ctx.p(text, ctx.s.note)]
    flow: list[Any] = [
        ctx.p(
            pick(lang, "Alerte : règle de minimis", "Alert: the de minimis rule"), ctx.s.box_title
        )
    ]
    for alert in alerts:
        years = ", ".join(str(y) for y in alert.years)
        flow.append(
            ctx.p(
                pick(
                    lang,
                    f"{alert.structure} a reçu {euros(alert.public_aid_eur, lang)} de subventions "
                    f"publiques sur les années {years}, au-delà du plafond de "
                    f"{kilo_euros(alert.ceiling_eur, lang)} sur {spec.de_minimis_years} ans fixé "
                    f"par la réglementation européenne des aides d'État (l. 847). Les financeurs "
                    f"publics doivent en tenir compte ; une reconnaissance comme service "
                    f"d'intérêt économique général porte ce plafond à "
                    f"{kilo_euros(spec.de_minimis_sieg_ceiling_eur, lang)}.",
                    f"{alert.structure} received {euros(alert.public_aid_eur, lang)} of public "
                    f"subsidies over {years}, above the {kilo_euros(alert.ceiling_eur, lang)} "
                    f"ceiling over {spec.de_minimis_years} years set by EU state-aid rules "
                    f"(l. 847). Public funders must take it into account; recognition as a "
                    f"service of general economic interest raises the ceiling to "
                    f"{kilo_euros(spec.de_minimis_sieg_ceiling_eur, lang)}.",
                ),
                ctx.s.body_small,
            )
        )
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
