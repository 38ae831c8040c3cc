"""The report's studied dynamics nearest to ours (funding profile, governance, origin),
from its tables l.810-832 and l.1023-1043."""

from __future__ import annotations

from typing import Any

from diagapp.domain.funding import profile
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.governance import symbol
from diagapp.report.typography import percent
from diagapp.report.wording import pick


def _type_label(ctx: Ctx, kind: str) -> str:
    q = ctx.m.questionnaire
    if q.has_field("identity.type"):
        option = q.field("identity.type").option(kind)
        if option:
            return option.text.get(ctx.lang)
    return kind


def build(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    story: list[Any] = [ctx.h1(ctx.say("references"), "references")]
    intro = pick(
        lang,
        f"Le rapport a étudié {len(m.references)} dynamiques et décrit pour chacune ses "
        "ressources (l. 810-832) et ses variables de gouvernance (l. 1023-1043). Celles dont le "
        "profil est le plus proche du nôtre — mêmes types de ressources, même implication des "
        "habitants, même place du débat, même origine — sont autant d'expériences dont "
        "s'inspirer ; leurs monographies accompagnent le rapport.",
        f"The report studied {len(m.references)} dynamics and describes each one's resources "
        "(l. 810-832) and governance variables (l. 1023-1043). Those whose profile is closest "
        "to ours — same kinds of resources, same involvement of inhabitants, same room for "
        "debate, same origin — are experiences to learn from; their monographs accompany the "
        "report.",
    )
    story.append(ctx.p(intro))
    if not m.nearest:
        story.append(ctx.p(ctx.say("none_yet")))
        return story
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Dynamique", "Dynamic")),
            ctx.head(pick(lang, "Proximité", "Similarity")),
            ctx.head(pick(lang, "Statut juridique", "Legal status")),
            ctx.head(pick(lang, "Habitants · débat", "Inhabitants · debate")),
        ]
    ]
    for match in m.nearest:
        r = match.reference
        rows.append(
            [
                ctx.mp(
                    f"<b>{ctx.text(r.name)}</b><br/>{ctx.text(_type_label(ctx, r.type))}, "
                    f"{ctx.text(r.place)}",
                    ctx.s.cell,
                ),
                ctx.cell(percent(match.similarity, lang)),
                ctx.cell(r.legal_status),
                ctx.cell(f"{symbol(r.inhabitants, lang)} · {symbol(r.debate, lang)}"),
            ]
        )
    story.append(ctx.table(rows, [200, 55, FRAME_WIDTH - 200 - 55 - 90, 90]))
    story.append(
        ctx.p(
            pick(
                lang,
                "Proximité : 100 % pour un profil identique, sur les échelles de 0 à 3 des types "
                "de ressources et des deux variables de gouvernance, et sur l'origine. Le tableau "
                "du rapport n'a pas de colonne « fonds propres » (« ? ») : elle est laissée de "
                "côté, pas comptée comme Néant.",
                "Similarity: 100% for an identical profile, on the 0 to 3 scales of the kinds of "
                "resources and the two governance variables, and on the origin. The report's "
                "table has no « equity » column (« ? »): it is left out, not counted as none.",
            ),
            ctx.s.caption,
        )
    )
    story.append(
        ctx.h2(
            pick(lang, "Profils de ressources comparés", "Resource profiles compared"),
            "references.profiles",
        )
    )
    spec = m.questionnaire.funding
    ours = profile(m.assessment.structures, spec.keys)
    head = [ctx.head(pick(lang, "Ressource", "Resource")), ctx.head(pick(lang, "Nous", "Us"))]
    head += [ctx.head(match.reference.name) for match in m.nearest]
    table: list[list[Any]] = [head]
    for resource in spec.resources:
        row = [
            ctx.cell(resource.label.get(lang), bold=True),
            ctx.cell(symbol(ours[resource.key], lang, True), True),
        ]
        row += [
            ctx.cell(_given(match.reference.funding_profile()[resource.key], lang))
            for match in m.nearest
        ]
        table.append(row)
    columns = 1 + len(m.nearest)
    story.append(ctx.table(table, [150] + [(FRAME_WIDTH - 150) / columns] * columns))
    notes = [
        ctx.labelled(match.reference.name, match.reference.economic_model)
        for match in m.nearest
        if match.reference.economic_model
    ]
    if notes:
        story.append(
            ctx.h3(pick(lang, "Leurs choix de modèle économique", "Their economic-model choices"))
        )
        story += ctx.bullets(notes, ctx.s.body_small)
    return story


def _given(value: int | None, lang: str) -> str:
    """A reference's cell; « ? » where the report's table has no such column (unknown)."""
    return "?" if value is None else symbol(value, lang, True)
