"""The evolution section (`--compare`): what moved since earlier assessments, for a funder."""

from __future__ import annotations

from typing import Any

from diagapp.domain.figures import difference
from diagapp.report import charts
from diagapp.report.monograph import Evolution, EvolutionPoint, ItemMove
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.styles import SERIES, layout_style
from diagapp.report.typography import euros, level, percent, signed
from diagapp.report.wording import pick


def _signed(before: float, after: float, lang: str) -> str:
    """The change between two levels as printed (1,7 → 2,3: +0,6), never of unrounded means."""
    return signed(difference(before, after), lang)


def _lead(ctx: Ctx, evo: Evolution) -> str:
    lang, q = ctx.lang, ctx.m.questionnaire
    first, last = evo.points[0], evo.points[-1]
    year = first.date.year
    parts = []
    if first.overall is not None and last.overall is not None:
        parts.append(
            pick(
                lang,
                f"Depuis {year}, la maturité d'ensemble de la dynamique est passée de "
                f"{level(first.overall, lang)} à {level(last.overall, lang)} sur 3.",
                f"Since {year}, the dynamic's overall maturity has moved from "
                f"{level(first.overall, lang)} to {level(last.overall, lang)} out of 3.",
            )
        )
    deltas = [
        (difference(before, after), d)
        for d in q.dimensions
        if (before := first.scores.get(d.id)) is not None
        and (after := last.scores.get(d.id)) is not None
    ]
    if deltas:
        best = max(deltas, key=lambda x: x[0])
        worst = min(deltas, key=lambda x: x[0])
        if best[0] > 0:
            parts.append(
                pick(
                    lang,
                    f"La dimension qui a le plus progressé est « {best[1].title.fr} » "
                    f"({signed(best[0], lang)}).",
                    f"The dimension that progressed most is “{best[1].title.en}” "
                    f"({signed(best[0], lang)}).",
                )
            )
        if worst[0] < 0:
            parts.append(
                pick(
                    lang,
                    f"« {worst[1].title.fr} » a reculé ({signed(worst[0], lang)}) : un point "
                    "d'attention que l'équipe a identifié.",
                    f"“{worst[1].title.en}” went back ({signed(worst[0], lang)}): a point of "
                    "attention the team has identified.",
                )
            )
    return " ".join(parts)


MOVES = 4  # items listed as having moved most, each way
MAX_COLUMNS = 6  # tables show the first assessment and the latest ones


def _columns(evo: Evolution) -> tuple[EvolutionPoint, ...]:
    points = evo.points
    return points if len(points) <= MAX_COLUMNS else (points[0], *points[-(MAX_COLUMNS - 1) :])


def _scores_table(ctx: Ctx, evo: Evolution) -> Any:
    lang, q = ctx.lang, ctx.m.questionnaire
    points = _columns(evo)
    head = [ctx.head(pick(lang, "Dimension", "Dimension"))]
    head += [ctx.head(str(p.date.year) if p.label == "" else p.label) for p in points]
    head.append(ctx.head(pick(lang, "Écart", "Change")))
    rows: list[list[Any]] = [head]
    first, last = evo.points[0], evo.points[-1]

    def row(label: str, values: list[float | None]) -> list[Any]:
        cells = [ctx.cell(label, bold=True)]
        cells += [ctx.cell(level(v, lang) if v is not None else "—") for v in values]
        if values[0] is not None and values[-1] is not None:
            cells.append(ctx.cell(_signed(values[0], values[-1], lang), bold=True))
        else:
            cells.append(ctx.cell("—"))
        return cells

    for d in q.dimensions:
        rows.append(row(f"{d.number}. {d.title.get(lang)}", [p.scores.get(d.id) for p in points]))
    rows.append(row(ctx.say("overall"), [p.overall for p in points]))
    n = len(points) + 1
    label_w = 190
    del first, last
    return ctx.table(rows, [label_w] + [(FRAME_WIDTH - label_w) / n] * n)


def _charts(ctx: Ctx, evo: Evolution) -> Any:
    from reportlab.platypus import Table

    lang, q = ctx.lang, ctx.m.questionnaire
    periods = [str(p.date.year) for p in evo.points]
    lines = [
        charts.Series(
            [p.scores.get(d.id) for p in evo.points],
            SERIES[i % len(SERIES)],
            ctx.typeset(f"{d.number}. {d.title.get(lang)}"),
        )
        for i, d in enumerate(q.dimensions)
    ]
    trend = charts.trend(periods, lines, width=290, height=136)
    first, last = evo.points[0], evo.points[-1]
    radar = charts.radar(
        [ctx.typeset(d.title.get(lang)) for d in q.dimensions],
        [
            charts.Series(
                [first.scores.get(d.id) for d in q.dimensions], SERIES[1], dashed=True, fill=False
            ),
            charts.Series([last.scores.get(d.id) for d in q.dimensions], SERIES[0]),
        ],
        width=FRAME_WIDTH - 300,
        height=136,
        label_size=6.2,
        label_width=52,
    )
    table = Table([[trend, radar]], colWidths=[300, FRAME_WIDTH - 300])
    table.setStyle(
        layout_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    caption = pick(
        lang,
        f"À gauche, le niveau de consensus de chaque dimension, année par année ; à droite, "
        f"la surface d'atteinte de {first.date.year} (pointillés) et de {last.date.year}.",
        f"Left, each dimension's consensus level year by year; right, the attainment surface "
        f"of {first.date.year} (dashed) and {last.date.year}.",
    )
    return [table, ctx.p(caption, ctx.s.caption)]


def _moves(ctx: Ctx, moves: list[ItemMove], title: str) -> list[Any]:
    if not moves:
        return []
    q = ctx.m.questionnaire
    entries = []
    for move in moves:
        if not q.has_item(move.item_id):
            continue
        item = q.item(move.item_id)
        before = "—" if move.before is None else ctx.level_name(move.before)
        after = "—" if move.after is None else ctx.level_name(move.after)
        entries.append(
            f"<b>{ctx.item_numbers[item.id]}</b> {ctx.text(ctx.item_label(item))} — "
            f"<i>{ctx.text(before)} → {ctx.text(after)}</i>"
        )
    return [ctx.h3(title), *ctx.bullets(entries, ctx.s.body_small)]


def _funding(ctx: Ctx, evo: Evolution) -> list[Any]:
    lang = ctx.lang
    if all(p.public_dependence is None for p in evo.points):
        return []
    points = _columns(evo)
    head = [ctx.head(pick(lang, "Ressources", "Resources"))]
    head += [ctx.head(str(p.date.year)) for p in points]
    rows: list[list[Any]] = [head]

    def fmt(value: float | None, money: bool = False) -> str:
        if value is None:
            return "—"
        return euros(value, lang) if money else percent(value, lang)

    rows.append(
        [ctx.cell(ctx.say("public_share"), True)]
        + [ctx.cell(fmt(p.public_dependence)) for p in points]
    )
    rows.append(
        [ctx.cell(ctx.say("own_share"), True)]
        + [ctx.cell(fmt(p.own_resource_share)) for p in points]
    )
    if any(p.monetary_total_eur for p in points):
        rows.append(
            [
                ctx.cell(
                    pick(lang, "Ressources monétaires annuelles", "Yearly monetary resources"), True
                )
            ]
            + [ctx.cell(fmt(p.monetary_total_eur, money=True)) for p in points]
        )
    n = len(points)
    return [
        ctx.h3(pick(lang, "Ressources, année par année", "Resources, year by year")),
        ctx.table(rows, [190] + [(FRAME_WIDTH - 190) / n] * n),
    ]


def build(ctx: Ctx) -> list[Any]:
    evo = ctx.m.evolution
    if evo is None or len(evo.points) < 2:
        return []
    lang = ctx.lang
    story: list[Any] = [ctx.h1(ctx.say("evolution"), "evolution")]
    story.append(ctx.p(_lead(ctx, evo), ctx.s.lead))
    story.append(_scores_table(ctx, evo))
    story.append(ctx.spacer(8))
    story += _charts(ctx, evo)
    ups = [m for m in evo.moves if m.delta > 0][:MOVES]
    downs = sorted((m for m in evo.moves if m.delta < 0), key=lambda m: m.delta)[:MOVES]
    since = evo.points[0].date.year
    story += _moves(
        ctx, ups, pick(lang, f"Ce qui a progressé depuis {since}", f"What improved since {since}")
    )
    story += _moves(
        ctx, downs, pick(lang, f"Ce qui a reculé depuis {since}", f"What went back since {since}")
    )
    story += _funding(ctx, evo)
    if evo.notes:
        story.append(ctx.h3(pick(lang, "Autres changements", "Other changes")))
        story += ctx.bullets([ctx.text(n) for n in evo.notes], ctx.s.note)
    return story
