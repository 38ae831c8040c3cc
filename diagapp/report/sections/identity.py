"""The identity card (DESIGN §1) and the team's own story: raison d'être, récit, evidence."""

from __future__ import annotations

from typing import Any

from diagapp.report.monograph import FUNDER_FIELDS
from diagapp.report.sections.common import Ctx
from diagapp.report.typography import long_date
from diagapp.report.wording import pick

# Shown in the story rather than in the card.
NARRATIVE_FIELDS = ("identity.raison_detre", "identity.story")


def build_identity(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    a = m.assessment
    rows = [(pick(lang, "Nom de la dynamique", "Name of the dynamic"), a.dynamic_name)]
    section = m.questionnaire.field_section("identity")
    for spec in section.fields:
        if spec.id in NARRATIVE_FIELDS or spec.id.startswith(FUNDER_FIELDS):
            continue
        rows.append((spec.label.get(lang), ctx.field_value(spec.id)))
    rows.append((pick(lang, "Atelier d'autodiagnostic", "Self-assessment workshop"), a.label))
    rows.append((pick(lang, "Date", "Date"), long_date(a.date, lang)))
    colleges = ", ".join(a.colleges)
    rows.append(
        (
            pick(lang, "Participants", "Participants"),
            ctx.say("participants_n", n=len(a.participants), c=len(a.colleges))
            + (f" ({colleges})" if colleges else ""),
        )
    )
    intro = pick(
        lang,
        "La fiche reprend les rubriques du rapport : type de dynamique (l. 83-100), origine "
        "(l. 366-421), logique de développement des coopérations (l. 287-316), raison d'être "
        "(l. 265-285) et phase de maturité (l. 1087-1090).",
        "The card follows the report's headings: type of dynamic (l. 83-100), origin "
        "(l. 366-421), development logic of cooperation (l. 287-316), purpose (l. 265-285) "
        "and maturity phase (l. 1087-1090).",
    )
    return [
        ctx.h1(ctx.say("identity"), "identity"),
        ctx.p(intro, ctx.s.note),
        ctx.spacer(4),
        ctx.key_values(rows, label_width=165),
    ]


def _paragraphs(ctx: Ctx, text: str, style: Any) -> list[Any]:
    return [ctx.p(block.strip(), style) for block in text.split("\n\n") if block.strip()]


def build_story(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    story: list[Any] = [ctx.h1(ctx.say("story"), "story")]
    purpose = str(m.value("identity.raison_detre") or "").strip()
    narrative = str(m.value("identity.story") or "").strip()
    story.append(ctx.h2(ctx.say("raison_detre"), "story.purpose"))
    if purpose:
        story += _paragraphs(ctx, purpose, ctx.s.quote)
    else:
        story.append(ctx.p(ctx.say("unanswered"), ctx.s.note))
    story.append(ctx.h2(ctx.say("our_story"), "story.narrative"))
    if narrative:
        story += _paragraphs(ctx, narrative, ctx.s.lead)
    else:
        story.append(ctx.p(ctx.say("no_story"), ctx.s.note))
    transitions = ctx.field_value("identity.transitions")
    if transitions:
        story.append(ctx.mp(ctx.labelled(ctx.field_label("identity.transitions"), transitions)))
    story.append(ctx.h2(ctx.say("evidence_title"), "story.evidence"))
    story.append(ctx.p(ctx.say("evidence_intro"), ctx.s.note))
    any_evidence = False
    for dimension in m.questionnaire.dimensions:
        entries = []
        for item in dimension.items:
            answer = m.assessment.consensus(item.id)
            if answer and answer.evidence.strip():
                number = ctx.item_numbers[item.id]
                entries.append(f"<b>{number}</b> {ctx.text(answer.evidence.strip())}")
        if entries:
            any_evidence = True
            story.append(ctx.h3(f"{dimension.number}. {dimension.title.get(lang)}"))
            story += ctx.bullets(entries)
    if not any_evidence:
        story.append(ctx.p(ctx.say("none_yet")))
    return story
