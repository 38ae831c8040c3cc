"""Annex: the method (the report's five dimensions and the scales), participants by collège,
questionnaire version, the full item table."""

from __future__ import annotations

from typing import Any

from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.typography import level, shorten
from diagapp.report.wording import pick


def _method(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    q = m.questionnaire
    story: list[Any] = [
        ctx.h2(pick(lang, "Méthode", "Method"), "annex.method"),
        ctx.p(
            pick(
                lang,
                f"Questionnaire « {q.title.fr} », version {q.version}, tiré de : {q.report.fr}. "
                "Chaque participant a situé chaque élément sur une échelle de quatre niveaux "
                "décrits en mots, ou l'a déclaré non concerné ; l'équipe a ensuite retenu un "
                "niveau par consensus, après délibération, en notant ses preuves. Le score d'une "
                "dimension est la moyenne de ses éléments tranchés, hors éléments non concernés. "
                "Un écart de deux niveaux ou plus entre participants est signalé comme une "
                "divergence forte, matière au débat.",
                f"Questionnaire “{q.title.en}”, version {q.version}, drawn from: {q.report.en}. "
                "Each participant placed each item on a four-level scale described in words, or "
                "marked it not applicable; the team then settled one level by consensus, after "
                "deliberation, recording its evidence. A dimension's score is the mean of its "
                "settled items, not-applicable items excluded. A gap of two levels or more "
                "between participants is flagged as a strong disagreement, material for debate.",
            ),
            ctx.s.body_small,
        ),
    ]
    rows: list[list[Any]] = [
        [ctx.head(pick(lang, "Dimension", "Dimension")), ctx.head(ctx.say("report_questions"))]
    ]
    for d in q.dimensions:
        rows.append(
            [
                ctx.mp(
                    f"<b>{d.number}. {ctx.text(d.title.get(lang))}</b><br/>"
                    f"{ctx.text(ctx.say('report_short'))}, {ctx.text(ctx.cite(d.source))}",
                    ctx.s.cell,
                ),
                ctx.p(d.questions.get(lang), ctx.s.cell_small),
            ]
        )
    story.append(ctx.table(rows, [150, FRAME_WIDTH - 150]))
    story.append(ctx.h3(pick(lang, "L'échelle des niveaux", "The scale of levels")))
    scale = [[ctx.head(ctx.say("level")), ctx.head(pick(lang, "Nom", "Name"))]]
    scale += [
        [ctx.cell(str(v), True), ctx.cell(t.get(lang))] for v, t in enumerate(q.maturity_labels)
    ]
    story.append(ctx.table(scale, [50, 150]))
    story.append(
        ctx.p(
            pick(
                lang,
                "Chaque élément décrit ses quatre niveaux dans ses propres mots (voir les "
                "tableaux des dimensions). Les variables de gouvernance et les intensités de "
                "ressources suivent l'échelle du rapport : Néant, +, ++, +++ (l. 810-832, "
                "l. 1023-1043).",
                "Each item describes its four levels in its own words (see the dimension "
                "tables). Governance variables and resource intensities follow the report's "
                "scale: None, +, ++, +++ (l. 810-832, l. 1023-1043).",
            ),
            ctx.s.note,
        )
    )
    return story


def _participants(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    a = m.assessment
    story: list[Any] = [
        ctx.h2(
            pick(lang, "Participants par collège", "Participants by college"), "annex.participants"
        )
    ]
    if not a.participants:
        return [*story, ctx.p(ctx.say("none_yet"))]
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Collège", "College")),
            ctx.head(pick(lang, "Participants", "Participants")),
        ]
    ]
    for college in a.colleges:
        names = [m.participant_labels[p.id] for p in a.participants if p.college == college]
        rows.append([ctx.cell(college or "—", True), ctx.cell(", ".join(names))])
    story.append(ctx.table(rows, [150, FRAME_WIDTH - 150]))
    if m.anonymized:
        story.append(ctx.p(ctx.say("anonymized_note"), ctx.s.caption))
    return story


def _items(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    rows: list[list[Any]] = [
        [
            ctx.head("#"),
            ctx.head(ctx.say("item")),
            ctx.head(pick(lang, "Consensus", "Consensus")),
            ctx.head(pick(lang, "Moyenne", "Mean")),
            ctx.head(pick(lang, "Écart", "Range")),
            ctx.head(pick(lang, "Rép.", "Ans.")),
        ]
    ]
    for item in m.questionnaire.items:
        r = m.results[item.id]
        if r.consensus_not_applicable:
            consensus = ctx.say("not_applicable")
        elif r.consensus is None:
            consensus = "—"
        else:
            consensus = f"{r.consensus} {ctx.level_name(r.consensus)}"
        rows.append(
            [
                ctx.cell(ctx.item_numbers[item.id], True),
                ctx.cell(shorten(ctx.item_label(item), 120)),
                ctx.cell(consensus),
                ctx.cell(level(r.mean, lang) if r.mean is not None else "—"),
                ctx.cell(f"{min(r.values)}–{max(r.values)}" if r.values else "—"),
                ctx.cell(str(len(r.values))),
            ]
        )
    widths = [30, FRAME_WIDTH - 30 - 78 - 50 - 38 - 30, 78, 50, 38, 30]
    return [
        ctx.h2(pick(lang, "Tableau complet des éléments", "Full item table"), "annex.items"),
        ctx.table(rows, widths),
        ctx.p(
            pick(
                lang,
                "Moyenne et écart des réponses individuelles (hors « non concerné ») ; Rép. : "
                "nombre de réponses.",
                "Mean and range of individual answers (not-applicable excluded); Ans.: number "
                "of answers.",
            ),
            ctx.s.caption,
        ),
    ]


def build(ctx: Ctx) -> list[Any]:
    ctx.keep_references = True  # the annex is where the report's lines are cited
    return [
        ctx.h1(ctx.say("annex"), "annex"),
        *_method(ctx),
        *_participants(ctx),
        *_items(ctx),
    ]
