"""Facteurs remarquables / questionnements / opportunités, as the report's monographs close
(Introduction, l.125), derived from the team's own answers (see report.findings)."""

from __future__ import annotations

from typing import Any

from diagapp.report import findings
from diagapp.report.findings import Finding
from diagapp.report.sections.common import Ctx, bullet_style
from diagapp.report.typography import euros, percent, shorten
from diagapp.report.wording import pick


def finding_markup(ctx: Ctx, f: Finding, short: bool = False) -> str:
    """One finding as a paragraph's markup (short: for the one-page summary)."""
    lang = ctx.lang
    limit = 150 if short else 600
    if f.item is not None:
        number = ctx.item_numbers[f.item.id]
        label = ctx.item_label(f.item)
        title = f"<b>{number}</b> {ctx.text(shorten(label, 130) if short else label)}"
    else:
        title = ""
    if f.kind == findings.STRENGTH and f.item is not None and f.level is not None:
        text = f"{title} — <i>{ctx.text(ctx.level_name(f.level))}</i>"
        detail = f.evidence or ("" if short else ctx.level_text(f.item, f.level))
        if detail:
            text += f"<br/>{ctx.text(shorten(detail, limit))}"
        return text
    if f.kind == findings.OPPORTUNITY and f.item is not None and f.next_level is not None:
        now = ctx.level_name(f.level or 0)
        step = _lower_first(ctx.level_text(f.item, f.next_level))
        lead = pick(lang, "Prochaine étape", "Next step")
        text = f"{title} — <i>{ctx.text(now)}</i><br/>{ctx.labelled(lead, shorten(step, limit))}"
        return text
    return f"{title}{_question_detail(ctx, f, short)}"


def _lower_first(text: str) -> str:
    """« Des indicateurs… » → « des indicateurs… » after a colon; acronyms stay (« TZCLD »)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _question_detail(ctx: Ctx, f: Finding, short: bool) -> str:
    lang = ctx.lang
    if f.reason == findings.DISAGREEMENT and f.item is not None:
        consensus = (
            ctx.level_name(f.level)
            if f.level is not None
            else pick(lang, "pas encore tranché", "not settled yet")
        )
        sentence = pick(
            lang,
            f"Les réponses individuelles vont de {f.low} à {f.high} ; consensus retenu : {consensus}.",
            f"Individual answers range from {f.low} to {f.high}; consensus: {consensus}.",
        )
        return f"<br/>{ctx.text(sentence)}"
    if f.reason == findings.NO_CONSENSUS:
        sentence = pick(
            lang,
            "L'équipe n'a pas encore arrêté de niveau commun : à trancher lors de la délibération.",
            "The team has not yet settled on a common level: to be decided in deliberation.",
        )
        return f"<br/>{ctx.text(sentence)}"
    ind = ctx.m.indicators
    if f.reason == findings.DE_MINIMIS and ind.de_minimis:
        alert = ind.de_minimis[0]
        ceiling = euros(alert.ceiling_eur, lang)
        text = pick(
            lang,
            f"<b>Aides publiques : règle de minimis à vérifier avec les financeurs</b> — "
            f"{ctx.text(alert.structure)} a reçu {euros(alert.public_aid_eur, lang)} d'aides "
            f"publiques sur la période, au-delà du plafond de {ceiling} en vigueur. Ce plafond "
            f"ne vise que les aides à des activités économiques ; mandat de SIEG et régimes "
            f"d'exemption sont à examiner avec eux (voir la matrice des ressources).",
            f"<b>Public aid: the de minimis rule, to check with the funders</b> — "
            f"{ctx.text(alert.structure)} received {euros(alert.public_aid_eur, lang)} of public "
            f"aid over the period, above the {ceiling} ceiling in force. The ceiling only "
            f"concerns aid to economic activities; an SGEI mandate and block exemptions are to "
            f"be looked at with them (see the resource matrix).",
        )
        return ctx.typeset(text)
    if f.reason == findings.PUBLIC_DEPENDENCE and ind.public_dependence is not None:
        share = percent(ind.public_dependence, lang)
        text = pick(
            lang,
            f"<b>Dépendance aux subventions publiques</b> — elles représentent {share} des "
            "recettes d'exploitation ; le rapport y voit une fragilité (l. 802, l. 836-913).",
            f"<b>Reliance on public subsidies</b> — they make up {share} of operating "
            "income; the report sees this as a weakness (l. 802, l. 836-913).",
        )
        return ctx.typeset(text)
    return ""


def build(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import KeepTogether

    m, lang = ctx.m, ctx.lang
    story: list[Any] = [ctx.h1(ctx.say("findings"), "findings")]
    story.append(
        ctx.p(
            pick(
                lang,
                "Chaque monographie du rapport se conclut par une analyse partagée avec les "
                "animateurs de la dynamique : facteurs remarquables, questionnements, "
                "opportunités (rapport, l. 125). Celle-ci est tirée des réponses de l'équipe : "
                "les éléments qu'elle juge les plus affirmés, ceux sur lesquels elle a divergé "
                "ou n'a pas tranché, et ceux où elle se situe le plus bas, avec l'étape suivante "
                "décrite par l'échelle.",
                "Each of the report's monographs closes on an analysis shared with the "
                "dynamic's leaders: remarkable factors, open questions, opportunities (report, "
                "l. 125). This one is drawn from the team's answers: the items it rates "
                "strongest, those where it disagreed or did not settle, and those where it "
                "stands lowest, with the next step as the scale describes it.",
            )
        )
    )
    groups = (
        (pick(lang, "Facteurs remarquables", "Remarkable factors"), findings.strengths(m, 5)),
        (pick(lang, "Questionnements", "Open questions"), findings.questions(m, 6)),
        (pick(lang, "Opportunités", "Opportunities"), findings.opportunities(m, 5)),
    )
    for index, (title, found) in enumerate(groups):
        story.append(ctx.h2(title, f"findings.{index}"))
        if not found:
            story.append(ctx.p(ctx.say("none_yet")))
            continue
        for f in found:
            entry = [ctx.mp(finding_markup(ctx, f), ctx.s.bullet, bullet="•")]
            linked = [r for r in m.recommendations if f.item and f.item.id in r.item_ids]
            if f.kind == findings.OPPORTUNITY and linked:
                names = "; ".join(r.title for r in linked[:2])
                entry.append(
                    ctx.mp(
                        ctx.labelled(pick(lang, "Piste du rapport", "Lead from the report"), names),
                        bullet_style(ctx.s.note),
                    )
                )
            story.append(KeepTogether(entry))
    return story
