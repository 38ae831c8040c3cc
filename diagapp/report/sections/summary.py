"""The one-page summary for a busy funder: the radar, three strengths, three questions and
the key recommendations."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from diagapp.domain import scoring
from diagapp.report import charts, findings
from diagapp.report.sections.analysis import finding_markup
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.cover import consensus_values, dimension_titles
from diagapp.report.styles import ACCENT, ACCENT_LIGHT, PRIMARY, layout_style
from diagapp.report.typography import level, percent, shorten
from diagapp.report.wording import pick

GAP = 10


def _figures(ctx: Ctx) -> list[Any]:
    """The key figures beside the radar."""
    from reportlab.lib.styles import ParagraphStyle

    m, lang, s = ctx.m, ctx.lang, ctx.s
    a = m.assessment
    score = scoring.overall(m.consensus)
    rows: list[Any] = [ctx.p(ctx.say("overall"), s.box_title)]
    big = level(score, lang) if score is not None else "—"
    rows.append(
        ctx.mp(
            f'<font name="DejaVuSans-Bold" size="26" color="{PRIMARY}">{big}</font>'
            f'<font size="9"> {ctx.text(ctx.say("on_scale"))}</font>',
            ParagraphStyle("big", parent=s.body, leading=30, spaceBefore=4),
        )
    )
    basis = scoring.basis(m.consensus)
    if score is not None:  # what the figure rests on: unassessed dimensions are left out
        rows.append(ctx.p(ctx.say("overall_basis", **asdict(basis)), s.body_small))
    rows.append(ctx.spacer(8))
    facts = [
        ctx.say("participants_n", n=len(a.participants), c=len(a.colleges)),
    ]
    phase = m.option_label("identity.phase")
    if phase:
        facts.append(ctx.kv(ctx.say("phase"), phase))
    ind = m.indicators
    if ind.public_dependence is not None:
        facts.append(ctx.kv(ctx.say("public_share"), percent(ind.public_dependence, lang)))
    if ind.own_resource_share is not None:
        facts.append(ctx.kv(ctx.say("own_share"), percent(ind.own_resource_share, lang)))
    done = sum(
        1 for r in m.results.values() if r.consensus is not None or r.consensus_not_applicable
    )
    facts.append(
        pick(
            lang,
            f"{done} éléments tranchés sur {len(m.results)}",
            f"{done} of {len(m.results)} items settled",
        )
    )
    rows += [ctx.p(f, s.body_small) for f in facts]
    return rows


def _column(ctx: Ctx, title: str, entries: list[str]) -> list[Any]:
    flow: list[Any] = [ctx.p(title, ctx.s.box_title)]
    if not entries:
        flow.append(ctx.p(ctx.say("none_yet"), ctx.s.body_small))
    flow += [ctx.mp(e, ctx.s.body_small, bullet="•") for e in entries]
    return flow


def _recommendations(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    flow: list[Any] = [ctx.p(ctx.say("key_recs"), ctx.s.box_title)]
    if not m.recommendations_available:
        flow.append(
            ctx.p(
                pick(
                    lang,
                    "Les recommandations n'ont pas pu être calculées pour ce document.",
                    "Recommendations could not be computed for this document.",
                ),
                ctx.s.body_small,
            )
        )
        return flow
    chosen = list(m.recommendations[:3])
    if not chosen:
        flow.append(ctx.p(ctx.say("none_yet"), ctx.s.body_small))
    for rec in chosen:
        text = f"<b>{ctx.text(rec.title)}</b>"
        if rec.why:
            text += f" — {ctx.text(shorten(rec.why[0], 170))}"
        # Where the report discusses it is told in the recommendations section, not here.
        flow.append(ctx.mp(text, ctx.s.body_small, bullet="•"))
    return flow


def build(ctx: Ctx) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    m, lang = ctx.m, ctx.lang
    series = [
        charts.Series(
            [m.team[d.id].mean for d in m.questionnaire.dimensions],
            ACCENT,
            ctx.say("team_mean"),
            dashed=True,
            fill=False,
        ),
        charts.Series(consensus_values(m), PRIMARY, ctx.say("consensus")),
    ]
    radar_width = 290
    drawing = charts.radar(
        dimension_titles(m), series, width=radar_width, height=215, absent=ctx.say("not_assessed")
    )
    top = Table(
        [[[drawing, ctx.p(ctx.say("radar_caption"), ctx.s.caption)], _figures(ctx)]],
        colWidths=[radar_width + GAP, FRAME_WIDTH - radar_width - GAP],
        hAlign="LEFT",
    )
    top.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#e6efee")),
                ("LEFTPADDING", (1, 0), (1, 0), 10),
                ("TOPPADDING", (1, 0), (1, 0), 10),
                ("BOTTOMPADDING", (1, 0), (1, 0), 10),
            ]
        )
    )
    strengths = [finding_markup(ctx, f, short=True) for f in findings.strengths(m, 3)]
    questions = [finding_markup(ctx, f, short=True) for f in findings.questions(m, 3)]
    half = (FRAME_WIDTH - GAP) / 2
    middle = Table(
        [
            [
                _column(ctx, ctx.say("strengths_3"), strengths),
                _column(ctx, ctx.say("questions_3"), questions),
            ]
        ],
        colWidths=[half + GAP / 2, half + GAP / 2],
        hAlign="LEFT",
    )
    middle.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), GAP),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor(PRIMARY)),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    intro = pick(
        lang,
        "Ce que l'équipe retient de son autodiagnostic, en une page. Les niveaux vont de 0 "
        "(absent) à 3 (affirmé) ; le détail de chaque dimension suit.",
        "What the team takes from its self-assessment, on one page. Levels run from 0 "
        "(absent) to 3 (strong); each dimension is detailed further on.",
    )
    return [
        ctx.h1(ctx.say("summary"), "summary"),
        ctx.p(intro, ctx.s.body_small),
        top,
        ctx.spacer(10),
        middle,
        ctx.spacer(8),
        ctx.box(_recommendations(ctx), background=ACCENT_LIGHT, border=ACCENT),
    ]
