"""The funder edition's front sheet: who we are, what we did this year, what we ask for, who
signs and whom to call. Its fields are the identity card's « funder_ » items, which the team
fills once and carries forward each year."""

from __future__ import annotations

from typing import Any

from diagapp.report import headings
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.funder_text import no_line_refs, text_lines
from diagapp.report.styles import ACCENT, ACCENT_LIGHT, PRIMARY
from diagapp.report.typography import euros, long_date
from diagapp.report.wording import pick


def _title(ctx: Ctx) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle

    m, lang = ctx.m, ctx.lang
    a = m.assessment
    kicker = pick(lang, "DOSSIER POUR LES FINANCEURS", "BRIEF FOR FUNDERS")
    big = ParagraphStyle("front_title", parent=ctx.s.h1, fontSize=19, leading=23, spaceAfter=2)
    facts = [
        f
        for f in (
            m.option_label("identity.type"),
            str(m.value("identity.territory") or ""),
        )
        if f
    ]
    sub = pick(
        lang,
        f"Année {a.date.year} · atelier d'autodiagnostic du {long_date(a.date, lang)}",
        f"Year {a.date.year} · self-assessment workshop of {long_date(a.date, lang)}",
    )
    flow = [
        ctx.mp(f'<font color="{ACCENT}"><b>{ctx.text(kicker)}</b></font>', ctx.s.body_small),
        headings.heading(a.dynamic_name, big, 0, "front", lang),
        ctx.p(sub, ctx.s.body_small),
    ]
    if facts:
        flow.append(ctx.p(" · ".join(facts), ctx.s.body_small))
    return flow


def _mission(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    mission = str(m.value("identity.funder_mission") or m.value("identity.raison_detre") or "")
    flow: list[Any] = [ctx.h2(pick(lang, "Notre mission", "Our mission"), "front.mission")]
    flow.append(ctx.p(no_line_refs(mission.strip()) or ctx.say("unanswered"), ctx.s.lead))
    done = text_lines(m.value("identity.funder_achievements"))
    title = pick(
        lang,
        f"Ce que nous avons accompli en {m.assessment.date.year}",
        f"What we achieved in {m.assessment.date.year}",
    )
    flow.append(ctx.h2(title, "front.achieved"))
    if done:
        flow += ctx.bullets([ctx.text(no_line_refs(line)) for line in done], ctx.s.body)
    else:
        flow.append(ctx.p(ctx.say("unanswered"), ctx.s.body_small))
    return flow


def _request(ctx: Ctx) -> Any:
    m, lang = ctx.m, ctx.lang
    amount = m.value("identity.funder_request_amount")
    shown = euros(amount, lang) if isinstance(amount, int | float) else ctx.say("unanswered")
    period = str(m.value("identity.funder_request_period") or "").strip()
    purpose = str(m.value("identity.funder_request_purpose") or "").strip()
    uses = text_lines(m.value("identity.funder_request_uses"))
    head = pick(lang, "Notre demande", "Our request")
    flow: list[Any] = [ctx.p(head, ctx.s.box_title)]
    line = f"<b>{shown}</b>"
    if period:
        line += ctx.text(pick(lang, f" · période : {period}", f" · period: {period}"))
    flow.append(ctx.mp(line, ctx.s.lead))
    flow.append(
        ctx.mp(
            ctx.labelled(pick(lang, "Objet", "Purpose"), purpose or ctx.say("unanswered")),
            ctx.s.body,
        )
    )
    flow.append(
        ctx.mp(
            f"<b>{ctx.text(pick(lang, 'Ce que l’argent finance', 'What the money pays for'))}</b>"
        )
    )
    if uses:
        flow += ctx.bullets([ctx.text(u) for u in uses], ctx.s.body)
    else:
        flow.append(ctx.p(ctx.say("unanswered"), ctx.s.body_small))
    return ctx.box(flow, background=ACCENT_LIGHT, border=ACCENT)


def _identity(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    entities = text_lines(m.value("identity.funder_legal_entities"))
    if not entities:  # at least the structures of the resource matrix
        entities = [s.name for s in m.assessment.structures]
    rows = [
        (pick(lang, "Structures (SIRET)", "Legal entities (SIRET)"), "\n".join(entities)),
        (pick(lang, "Signataire", "Signatory"), str(m.value("identity.funder_signatory") or "")),
        (pick(lang, "Contact", "Contact"), str(m.value("identity.funder_contact") or "")),
    ]
    founded = m.value("identity.year_founded")
    if founded:
        rows.append((pick(lang, "Active depuis", "Active since"), str(founded)))
    return [
        ctx.h2(
            pick(lang, "Identité juridique et contact", "Legal identity and contact"), "front.legal"
        ),
        ctx.key_values(rows, label_width=130),
    ]


LOGO = 48  # points, the logo's box beside the title


def _with_logo(ctx: Ctx, title: list[Any]) -> list[Any]:
    """The title block, with the team's logo at the right of its first line when there is one
    (the title itself stays a page-level flowable: it makes the bookmark)."""
    if not ctx.m.logo:
        return title
    import io

    from reportlab.platypus import Image, Table

    from diagapp.report.styles import layout_style

    logo = Image(io.BytesIO(ctx.m.logo), width=LOGO, height=LOGO, kind="proportional")
    table = Table([[title[0], logo]], colWidths=[FRAME_WIDTH - LOGO - 8, LOGO + 8], hAlign="LEFT")
    table.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return [table, *title[1:]]


def build(ctx: Ctx) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    from diagapp.report.styles import layout_style

    rule = Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[2], hAlign="LEFT")
    rule.setStyle(layout_style([("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.HexColor(PRIMARY))]))
    return [
        *_with_logo(ctx, _title(ctx)),
        ctx.spacer(4),
        rule,
        *_mission(ctx),
        ctx.spacer(8),
        _request(ctx),
        ctx.spacer(4),
        *_identity(ctx),
    ]
