"""Recommendations with why and where (DESIGN §5), and the section addressed to funders with
the report's proposals to funders that fit this dynamic (Annex 1, l.1406-1494)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diagapp.report.monograph import Recommendation
from diagapp.report.sections.common import Ctx
from diagapp.report.styles import PRIMARY_LIGHT
from diagapp.report.typography import of_dynamic, parenthesized, percent
from diagapp.report.wording import pick


def _unavailable(ctx: Ctx) -> Any:
    return ctx.p(
        pick(
            ctx.lang,
            "Les recommandations n'ont pas pu être calculées pour ce document.",
            "Recommendations could not be computed for this document.",
        ),
        ctx.s.note,
    )


def _entry(ctx: Ctx, rec: Recommendation) -> Any:
    from reportlab.platypus import KeepTogether

    lang = ctx.lang
    flow: list[Any] = [ctx.mp(f"<b>{ctx.text(rec.title)}</b>", ctx.s.h3)]
    if rec.text:
        flow.append(ctx.p(rec.text, ctx.s.body_small))
    if rec.why:
        why = " · ".join(w.strip() for w in rec.why if w.strip())
        flow.append(ctx.mp(ctx.labelled(pick(lang, "Pourquoi", "Why"), why), ctx.s.body_small))
    if rec.where:
        flow.append(
            ctx.mp(
                ctx.labelled(pick(lang, "Où dans le rapport", "Where in the report"), rec.where),
                ctx.s.note,
                references=True,  # a reference line: its line numbers are its point
            )
        )
    if rec.decision or rec.note:
        said = " — ".join(t for t in (rec.decision, rec.note) if t)
        flow.append(
            ctx.mp(
                ctx.labelled(pick(lang, "Décision de l'équipe", "Team's decision"), said),
                ctx.s.note,
            )
        )
    flow.append(ctx.spacer(3))
    return KeepTogether(flow)


def _entries(ctx: Ctx, recs: Sequence[Recommendation]) -> list[Any]:
    if not recs:
        return [ctx.p(ctx.say("none_yet"))]
    return [_entry(ctx, r) for r in recs]


def build_recommendations(ctx: Ctx) -> list[Any]:
    lang = ctx.lang
    story: list[Any] = [ctx.h1(ctx.say("recommendations"), "recommendations")]
    story.append(
        ctx.p(
            pick(
                lang,
                "Ces recommandations reprennent les propositions du rapport (annexe 1, "
                "l. 1406-1494), les leviers et outils de ses chapitres 1 et 2 et son référentiel "
                "méthodologique. Chacune est déclenchée par nos réponses : elle dit pourquoi, "
                "quoi faire, et où le rapport en parle.",
                "These recommendations draw on the report's proposals (Annex 1, l. 1406-1494), "
                "the levers and tools of its chapters 1 and 2 and its methodological framework. "
                "Each is triggered by our answers: it says why, what to do, and where the "
                "report discusses it.",
            )
        )
    )
    if not ctx.m.recommendations_available:
        return [*story, _unavailable(ctx)]
    recs = ctx.m.recommendations
    story += _entries(ctx, [r for r in recs if r.highlighted])
    further = [r for r in recs if not r.highlighted]
    if further:
        story.append(
            ctx.h2(
                pick(
                    lang,
                    "Autres pistes déclenchées par nos réponses",
                    "Further leads triggered by our answers",
                ),
                "recommendations.further",
            )
        )
        story += _compact(ctx, further)
    return story


def _compact(ctx: Ctx, recs: Sequence[Recommendation]) -> list[Any]:
    """One bullet each: title, first reason, where in the report."""
    return ctx.bullets(
        [
            f"<b>{ctx.text(r.title)}</b>"
            + (f" — {ctx.text(r.why[0])}" if r.why else "")
            + (
                f'<font color="#66767d"> {ctx.text(parenthesized(r.where))}</font>'
                if r.where
                else ""
            )
            for r in recs
        ],
        ctx.s.body_small,
    )


def _justifications(ctx: Ctx) -> list[Any]:
    """The funder-visible justifications, item by item: the team's, then each participant's
    (« Justification pour les financeurs » promises they reach the PDF)."""
    m = ctx.m
    entries = []
    for item in m.questionnaire.items:
        answer = m.assessment.consensus(item.id)
        texts = (
            [ctx.text(answer.justification.strip())]
            if answer and answer.justification.strip()
            else []
        )
        texts += [ctx.labelled(who, text) for who, text in ctx.said_by(item, "justification")]
        if texts:
            entries.append(
                f"<b>{ctx.item_numbers[item.id]} {ctx.text(ctx.item_label(item))}</b><br/>"
                + "<br/>".join(texts)
            )
    return ctx.bullets(entries, ctx.s.body_small)


def build_funders(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    ind = m.indicators
    story: list[Any] = [ctx.h1(ctx.say("funders"), "funders")]
    story.append(
        ctx.p(
            pick(
                lang,
                "Madame, Monsieur, cette monographie a été écrite par l'équipe "
                f"{of_dynamic(m.assessment.dynamic_name)} à l'issue de son atelier d'autodiagnostic. Le "
                "rapport du Labo de l'ESS adresse aux partenaires financeurs des propositions "
                "précises (annexe 1, l. 1427-1469) : évoluer d'une logique de « je finance qui » "
                "vers une logique de « je finance quoi », financer davantage les dépenses de "
                "structure (animation, ingénierie), intervenir plus souvent en apport en fonds "
                "propres. "
                "Voici celles qui correspondent à notre situation.",
                f"Dear funder, this monograph was written by the team of "
                f"{m.assessment.dynamic_name} after its self-assessment workshop. The Labo de "
                "l'ESS report makes specific proposals to funding partners (Annex 1, "
                "l. 1427-1469): move from “whom do I fund” to “what do I fund”, fund structure "
                "costs (coordination, engineering) more, invest more often as equity. Here are those "
                "that match our situation.",
            )
        )
    )
    facts = []
    if ind.public_dependence is not None:
        facts.append(ctx.kv(ctx.say("public_share"), percent(ind.public_dependence, lang)))
    if ind.own_resource_share is not None:
        facts.append(ctx.kv(ctx.say("own_share"), percent(ind.own_resource_share, lang)))
    phase = m.option_label("identity.phase")
    if phase:
        facts.append(ctx.kv(ctx.say("phase"), phase))
    if ind.de_minimis:
        facts.append(
            pick(
                lang,
                "Règle de minimis : point à vérifier avec les financeurs (voir la matrice des "
                "ressources).",
                "De minimis rule: a point to check with the funders (see the resource matrix).",
            )
        )
    if facts:
        story.append(
            ctx.box([ctx.p(" · ".join(facts), ctx.s.body_small)], background=PRIMARY_LIGHT)
        )
    story.append(
        ctx.h2(
            pick(
                lang,
                "Les propositions du rapport aux financeurs",
                "The report's proposals to funders",
            ),
            "funders.proposals",
        )
    )
    if not m.recommendations_available:
        story.append(_unavailable(ctx))
    else:
        story += _entries(ctx, m.funder_recommendations)
    if m.advocacy_recommendations:
        story.append(
            ctx.h2(
                pick(
                    lang,
                    "Ce que le rapport demande aux pouvoirs publics",
                    "What the report asks of public authorities",
                ),
                "funders.advocacy",
            )
        )
        story += _compact(ctx, m.advocacy_recommendations)
    justifications = _justifications(ctx)
    if justifications:
        story.append(
            ctx.h2(
                pick(lang, "Ce que l'équipe tient à vous dire", "What the team wants you to know"),
                "funders.justifications",
            )
        )
        story += justifications
    return story
