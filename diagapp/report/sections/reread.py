"""« Relecture avant envoi »: what the reread found and what the team did with it (issue 17).

One short table in the team's edition: each finding, its severity, and the team's
acceptance with its note. The rules live in questionnaires/reread.yaml.
"""

from __future__ import annotations

from typing import Any

from diagapp.domain.reread import SEVERITIES, TO_FIX
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.wording import pick

WIDTHS = (70, 130, FRAME_WIDTH - 200)


def build(ctx: Ctx) -> list[Any]:
    lang, found = ctx.lang, ctx.m.reread
    story: list[Any] = [ctx.h1(ctx.say("reread"), "reread")]
    to_fix = sum(1 for f in found if f.rule.severity == TO_FIX and not f.accepted)
    accepted = sum(1 for f in found if f.accepted)
    story.append(
        ctx.p(
            pick(
                lang,
                "Avant l'envoi, diagapp relit le diagnostic pour repérer ce qu'il affirme sans "
                "preuve ou ce qui se contredit (niveaux les plus hauts sans preuve, hausses "
                "soudaines, chiffres du récit contre la fiche et la matrice des ressources, "
                "parties vides). L'équipe corrige chaque point ou l'accepte en disant pourquoi. "
                f"Restent {to_fix} point(s) à corriger ; {accepted} point(s) accepté(s).",
                "Before sending, diagapp rereads the diagnosis for claims without evidence or "
                "that contradict each other (top levels without evidence, sudden rises, the "
                "story's figures against the identity card and the funding matrix, empty "
                f"sections). The team fixes each point or accepts it, saying why. {to_fix} "
                f"point(s) left to fix; {accepted} point(s) accepted.",
            ),
            ctx.s.body_small,
        )
    )
    if not found:
        story.append(
            ctx.p(pick(lang, "La relecture n'a rien trouvé.", "The reread found nothing."))
        )
        return story
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Gravité", "Severity")),
            ctx.head(pick(lang, "Point", "Point")),
            ctx.head(pick(lang, "Ce que la relecture a vu", "What the reread saw")),
        ]
    ]
    for f in sorted(found, key=lambda f: (f.accepted, f.rule.severity != TO_FIX)):
        seen = ctx.text(f.detail.get(lang))
        if f.accepted:
            said = pick(lang, "Accepté par l'équipe", "Accepted by the team")
            seen += "<br/>" + ctx.labelled(said, f.note or "—")
        rows.append(
            [
                ctx.cell(SEVERITIES[f.rule.severity].get(lang), bold=not f.accepted),
                ctx.cell(f.rule.title.get(lang)),
                ctx.mp(seen, ctx.s.cell),
            ]
        )
    story.append(ctx.table(rows, WIDTHS))
    return story
