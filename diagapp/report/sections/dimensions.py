"""The five dimensions of analysis (l.157-181): for each, a radar of its items, the items
with their consensus level and its description, evidence, justifications, disagreements."""

from __future__ import annotations

import statistics
from typing import Any

from diagapp.domain.questionnaire import Dimension, Item
from diagapp.report import charts
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.styles import ACCENT, LEVEL_TEXT, PRIMARY, layout_style
from diagapp.report.typography import colon, level, parenthesized
from diagapp.report.wording import pick

NUMBER_W, LEVEL_W = 30, 92
RADAR_W = 250
DIMENSION_ROOM = 400  # a dimension starts on a new page unless this much room is left


def _level_cell(ctx: Ctx, item: Item) -> list[Any]:
    result = ctx.m.results[item.id]
    low = min(result.values) if result.values else None
    high = max(result.values) if result.values else None
    drawing = charts.gauge(result.consensus, result.mean, low, high)
    if result.consensus_not_applicable:
        words = ctx.say("not_applicable")
    elif result.consensus is None:
        words = ctx.say("no_consensus")
    else:
        words = f"{result.consensus} — {ctx.level_name(result.consensus)}"
    colour = LEVEL_TEXT[result.consensus] if result.consensus is not None else "#66767d"
    return [drawing, ctx.mp(f'<font color="{colour}"><b>{ctx.text(words)}</b></font>', ctx.s.cell)]


def _item_cell(ctx: Ctx, item: Item) -> list[Any]:
    m = ctx.m
    result = m.results[item.id]
    flow: list[Any] = [ctx.p(ctx.item_label(item), ctx.s.cell)]
    if result.consensus is not None:
        flow.append(ctx.p(ctx.level_text(item, result.consensus), ctx.s.cell_small))
    elif result.mean is not None and not result.consensus_not_applicable:
        flow.append(
            ctx.p(
                pick(
                    ctx.lang,
                    f"Moyenne des réponses individuelles : {level(result.mean, 'fr')}.",
                    f"Mean of individual answers: {level(result.mean, 'en')}.",
                ),
                ctx.s.cell_small,
            )
        )
    answer = m.assessment.consensus(item.id)
    if answer and answer.evidence.strip():
        flow.append(ctx.mp(ctx.labelled(ctx.say("evidence"), answer.evidence.strip()), ctx.s.cell))
    if answer and answer.justification.strip():
        flow.append(
            ctx.mp(ctx.labelled(ctx.say("justification"), answer.justification.strip()), ctx.s.cell)
        )
    for kind in ("evidence", "justification"):  # each participant's own, said by whom
        for who, text in ctx.said_by(item, kind):
            flow.append(ctx.mp(ctx.labelled(f"{ctx.say(kind)} ({who})", text), ctx.s.cell))
    return flow


def _college_means(ctx: Ctx, dimension: Dimension) -> list[tuple[str, float]]:
    rows = []
    for college, levels in ctx.m.college_levels.items():
        values = [levels[i.id] for i in dimension.items if i.id in levels]
        if values:
            rows.append((college, statistics.fmean(values)))
    return rows


def _overview(ctx: Ctx, dimension: Dimension) -> Any:
    """The radar of the dimension's items beside its scores and the collèges' means."""
    from reportlab.platypus import Table

    m, lang = ctx.m, ctx.lang
    numbers = [ctx.item_numbers[i.id] for i in dimension.items]
    series = [
        charts.Series(
            [m.results[i.id].mean for i in dimension.items], ACCENT, dashed=True, fill=False
        ),
        charts.Series([m.results[i.id].consensus for i in dimension.items], PRIMARY),
    ]
    drawing = charts.radar(numbers, series, width=RADAR_W, height=175, label_size=7, label_width=20)
    score, team = m.consensus[dimension.id], m.team[dimension.id]
    facts: list[Any] = [
        ctx.p(
            ctx.say(
                "dim_scores",
                consensus=level(score.mean, lang) if score.mean is not None else "—",
                team=level(team.mean, lang) if team.mean is not None else "—",
                answered=score.answered,
                total=score.applicable,
            ),
            ctx.s.body_small,
        )
    ]
    colleges = _college_means(ctx, dimension)
    if colleges:
        facts.append(ctx.p(pick(lang, "Moyenne par collège", "Mean by college"), ctx.s.box_title))
        rows = [[ctx.cell(c), ctx.cell(level(v, lang))] for c, v in colleges]
        facts.append(ctx.table(rows, [130, 40], header=False))
    facts.append(ctx.spacer(4))
    facts.append(ctx.p(ctx.say("radar_dim_caption"), ctx.s.caption))
    table = Table([[drawing, facts]], colWidths=[RADAR_W + 10, FRAME_WIDTH - RADAR_W - 10])
    table.setStyle(
        layout_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _disagreements(ctx: Ctx, dimension: Dimension) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    flow: list[Any] = [ctx.h3(ctx.say("disagreed"))]
    disputed = [i for i in dimension.items if m.results[i.id].strong_disagreement]
    if not disputed:
        flow.append(ctx.p(ctx.say("disagreed_none"), ctx.s.body_small))
        return flow
    entries = []
    sep = colon(lang)
    for item in disputed:
        result = m.results[item.id]
        spread = ctx.say("spread", low=min(result.values), high=max(result.values))
        by_college = " · ".join(
            f"{ctx.text(college)} {level(levels[item.id], lang)}"
            for college, levels in m.college_levels.items()
            if item.id in levels
        )
        entries.append(
            f"<b>{ctx.item_numbers[item.id]}</b> {ctx.text(ctx.item_label(item))} — "
            f"{ctx.text(spread)}"
            + (
                f"<br/><i>{ctx.text(ctx.say('by_college'))}</i>{sep}{by_college}"
                if by_college
                else ""
            )
        )
    flow += ctx.bullets(entries, ctx.s.body_small)
    return flow


def build_dimension(ctx: Ctx, dimension: Dimension) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    lang = ctx.lang
    rows: list[list[Any]] = [[ctx.head("#"), ctx.head(ctx.say("item")), ctx.head(ctx.say("level"))]]
    for item in dimension.items:
        rows.append(
            [
                ctx.cell(ctx.item_numbers[item.id], bold=True),
                _item_cell(ctx, item),
                _level_cell(ctx, item),
            ]
        )
    widths = [NUMBER_W, FRAME_WIDTH - NUMBER_W - LEVEL_W, LEVEL_W]
    questions = dimension.questions.get(lang)
    return [
        CondPageBreak(DIMENSION_ROOM),
        ctx.h2(f"{dimension.number}. {dimension.title.get(lang)}", f"dim.{dimension.id}"),
        ctx.mp(
            f"<i>{ctx.text(questions)}</i>"
            '<font color="#66767d"> '
            + ctx.text(parenthesized(f"{ctx.say('report_short')}, {ctx.cite(dimension.source)}"))
            + "</font>",
            ctx.s.body_small,
        ),
        _overview(ctx, dimension),
        ctx.spacer(6),
        ctx.table(rows, widths),
        ctx.p(ctx.say("gauge_legend"), ctx.s.caption),
        *_disagreements(ctx, dimension),
    ]


def build(ctx: Ctx) -> list[Any]:
    lang = ctx.lang
    intro = pick(
        lang,
        "Le rapport analyse chaque dynamique selon cinq dimensions (l. 157-181) : son ressort, "
        "son énergie cinétique, sa robustesse interne, son impact sur le territoire et son "
        "évaluation, sa capacité à « faire système ». Pour chacune, l'équipe a situé dix "
        "éléments sur une échelle de 0 à 3 dont chaque niveau est décrit ; chaque participant "
        "a répondu, puis l'équipe a délibéré pour retenir un niveau commun (promesse, preuve, "
        "délibération, l. 1260-1266).",
        "The report analyses each dynamic along five dimensions (l. 157-181): its mainspring, "
        "its kinetic energy, its internal robustness, its impact on the territory and its "
        "evaluation, its capacity to “make a system”. For each, the team placed ten items on a "
        "0 to 3 scale whose every level is described; each participant answered, then the team "
        "deliberated to settle a common level (promise, proof, deliberation, l. 1260-1266).",
    )
    story: list[Any] = [ctx.h1(ctx.say("dimensions"), "dimensions"), ctx.p(intro)]
    first = True
    for dimension in ctx.m.questionnaire.dimensions:
        flow = build_dimension(ctx, dimension)
        story += flow[1:] if first else flow  # the first dimension follows the introduction
        first = False
    return story
