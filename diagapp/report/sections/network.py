"""« Au regard du réseau »: where the dynamic stands among dynamics like it in its network's
benchmark (the « communauté apprenante », report l.1206-1227). Only when the team imported a
benchmark file; the section can be left out like any other."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diagapp.domain.standing import BELOW, Comparison
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.typography import level, long_date
from diagapp.report.wording import pick

GROUPS = {
    "type_phase": ("du même type et de la même phase", "of the same type and phase"),
    "type": ("du même type", "of the same type"),
    "phase": ("de la même phase", "in the same phase"),
    "all": ("de tout le réseau", "of the whole network"),
}


def _row(ctx: Ctx, c: Comparison, label: str, bold: bool) -> list[Any]:
    own = "—" if c.own is None else level(c.own, ctx.lang)
    marker = " ▼" if c.position == BELOW else ""
    return [
        ctx.cell(label, bold=bold),
        ctx.cell(own + marker, bold=bold),
        ctx.cell(level(c.median, ctx.lang)),
        ctx.cell(f"{level(c.q1, ctx.lang)} – {level(c.q3, ctx.lang)}"),
        ctx.cell(str(c.n)),
    ]


def build(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    standing = m.network
    if standing is None or m.for_funder:
        return []
    q = m.questionnaire
    group = pick(lang, *GROUPS.get(standing.grouping, GROUPS["all"]))
    try:
        made = long_date(dt.date.fromisoformat(standing.generated_at[:10]), lang)
    except ValueError:
        made = standing.generated_at[:10]
    story: list[Any] = [ctx.h1(ctx.say("network"), "network")]
    story.append(
        ctx.p(
            pick(
                lang,
                f"Notre consensus face aux {standing.group_size} dynamiques {group} qui "
                f"partagent leurs diagnostics dans notre réseau (référentiel du {made}) : médiane et écart entre le premier et le "
                "troisième quartile. ▼ : sous le premier quartile.",
                f"Our consensus against the {standing.group_size} dynamics {group} that share "
                f"their diagnoses in our network (benchmark of {made}): "
                "median and the range from the first to the third quartile. ▼: below the "
                "first quartile.",
            )
        )
    )
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Dimension", "Dimension")),
            ctx.head(pick(lang, "Nous", "Us")),
            ctx.head(pick(lang, "Médiane", "Median")),
            ctx.head(pick(lang, "Quartiles", "Quartiles")),
            ctx.head(pick(lang, "Dynamiques", "Dynamics")),
        ]
    ]
    for c in standing.dimensions:
        d = q.dimension(c.metric.split(":", 1)[1])
        rows.append(_row(ctx, c, f"{d.number}. {d.title.get(lang)}", True))
    by_item = {c.metric.split(":", 1)[1]: c for c in standing.items}
    for item_id in standing.weakest:
        rows.append(_row(ctx, by_item[item_id], q.item(item_id).label.get(lang), False))
    widths = [FRAME_WIDTH - 262, 48, 55, 85, 74]  # « Dynamiques » on one line
    story.append(ctx.table(rows, widths))
    if standing.weakest:
        story.append(
            ctx.p(
                pick(
                    lang,
                    "Les dernières lignes sont nos éléments les plus en retrait de la médiane.",
                    "The last rows are our items furthest below the median.",
                ),
                ctx.s.caption,
            )
        )
    if standing.helpers:
        story.append(
            ctx.p(
                pick(
                    lang,
                    "Des dynamiques du réseau proposent leur aide sur ces éléments :",
                    "Dynamics of the network offer help on these items:",
                )
            )
        )
        story += [
            ctx.p(
                f"• {h.contact} — "
                + pick(lang, " ; ", "; ").join(
                    q.item(i).label.get(lang).rstrip(".") for i in h.items
                )
            )
            for h in standing.helpers[:5]
        ]
    return story
