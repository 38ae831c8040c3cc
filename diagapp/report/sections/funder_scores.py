"""The funder edition's annex: the self-assessment in one page — the radar, the five dimension
scores with their coverage, three strengths and three open questions with their evidence
(diagapp.report.findings), and the report cited once, by section."""

from __future__ import annotations

from typing import Any

from diagapp.domain import scoring
from diagapp.report import charts, findings
from diagapp.report.sections.analysis import finding_markup
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.cover import consensus_values, dimension_titles
from diagapp.report.sections.funder_text import no_line_refs
from diagapp.report.sections.summary import findings_columns
from diagapp.report.styles import PRIMARY, layout_style
from diagapp.report.typography import level, shorten
from diagapp.report.wording import pick

GAP = 10


def _scores_table(ctx: Ctx) -> Any:
    m, lang = ctx.m, ctx.lang
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Dimension", "Dimension")),
            ctx.head(pick(lang, "Score", "Score")),
            ctx.head(pick(lang, "Couverture", "Coverage")),
        ]
    ]
    for d in m.questionnaire.dimensions:
        score = m.consensus[d.id]
        shown = level(score.mean, lang) if score.mean is not None else ctx.say("not_assessed")
        cover = pick(
            lang,
            f"{score.answered} sur {score.applicable}",
            f"{score.answered} of {score.applicable}",
        )
        rows.append(
            [
                ctx.cell(f"{d.number}. {d.title.get(lang)}"),
                ctx.cell(shown, bold=True),
                ctx.cell(cover),
            ]
        )
    overall = scoring.overall(m.consensus)
    if overall is not None:
        rows.append(
            [
                ctx.cell(ctx.say("overall"), bold=True),
                ctx.cell(level(overall, lang), bold=True),
                ctx.cell(""),
            ]
        )
    width = FRAME_WIDTH - 250 - GAP
    return ctx.table(rows, [width - 110, 45, 65])


def _with_evidence(ctx: Ctx, f: findings.Finding) -> str:
    """An open question as the summary words it, with the team's evidence when there is one."""
    text = finding_markup(ctx, f, short=True)
    if f.evidence and f.evidence not in text:
        label = pick(ctx.lang, "Preuve", "Evidence")
        text += "<br/>" + ctx.labelled(label, shorten(f.evidence, 150))
    return text


def build(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import Table

    m, lang = ctx.m, ctx.lang
    drawing = charts.radar(
        dimension_titles(m),
        [charts.Series(consensus_values(m), PRIMARY, ctx.say("consensus"))],
        width=232,
        height=185,
        absent=ctx.say("not_assessed"),
    )
    top = Table(
        [[drawing, _scores_table(ctx)]],
        colWidths=[250 + GAP, FRAME_WIDTH - 250 - GAP],
        hAlign="LEFT",
    )
    top.setStyle(
        layout_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    strengths = [finding_markup(ctx, f, short=True) for f in findings.strengths(m, 3)]
    # Funding signals are on the figures and risks pages: here, the items the team debated.
    asked = [f for f in findings.questions(m, 0) if f.item is not None][:3]
    questions = [_with_evidence(ctx, f) for f in asked]
    middle = findings_columns(
        ctx, [no_line_refs(t) for t in strengths], [no_line_refs(t) for t in questions]
    )
    a = m.assessment
    method = pick(
        lang,
        f"L'autodiagnostic a réuni {len(a.participants)} participants de {len(a.colleges)} "
        "collèges. Chaque élément est noté de 0 (absent) à 3 (affirmé) ; le score d'une "
        "dimension est la moyenne des niveaux retenus par consensus, la couverture le nombre "
        "d'éléments tranchés. Cadre d'analyse : "
        f"{m.questionnaire.report.get(lang)}, section « Les cinq dimensions d'analyse ».",
        f"The self-assessment brought together {len(a.participants)} participants from "
        f"{len(a.colleges)} colleges. Each item is rated from 0 (absent) to 3 (strong); a "
        "dimension's score is the mean of the levels settled by consensus, its coverage the "
        "number of items settled. Analysis framework: "
        f"{m.questionnaire.report.get(lang)}, section “The five dimensions of analysis”.",
    )
    return [
        ctx.h1(
            pick(
                lang,
                "Annexe : l'autodiagnostic en une page",
                "Annex: the self-assessment on one page",
            ),
            "scores",
        ),
        top,
        ctx.spacer(8),
        middle,
        ctx.spacer(8),
        ctx.p(no_line_refs(method), ctx.s.note),
    ]
