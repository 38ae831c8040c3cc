"""« Notre feuille de route »: what the team commits to, who carries it, by when (report
l.1260-1268: the promise a funder can check); with `--compare`, « Ce que nous avions
prévu, ce que nous avons fait », each earlier action with its status, what happened and
how the items it targeted moved."""

from __future__ import annotations

from typing import Any

from diagapp.report.monograph import PlanAction, PlanFollowed
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.typography import colon, euros, long_date
from diagapp.report.wording import pick

WIDTHS = (FRAME_WIDTH - 250, 95, 70, 85)
FOLLOWED_WIDTHS = (150, 70, FRAME_WIDTH - 220)


def _when(ctx: Ctx, a: PlanAction) -> str:
    if a.target_date is None:
        return pick(ctx.lang, "sans date", "no date")
    return long_date(a.target_date, ctx.lang)


def _status(ctx: Ctx, a: PlanAction) -> str:
    said = a.status_label
    if a.late:
        said += pick(ctx.lang, ", en retard", ", late")
    return said


def _what(ctx: Ctx, a: PlanAction) -> str:
    """The action's cell: its title, what « done » means, the items and money behind it."""
    parts = [f"<b>{ctx.text(a.title)}</b>"]
    if a.done_when:
        parts.append(ctx.labelled(pick(ctx.lang, "Fait quand", "Done when"), a.done_when))
    if a.items:
        parts.append(
            ctx.labelled(pick(ctx.lang, "Pour faire bouger", "To move"), " ; ".join(a.items))
        )
    elif a.dimension:
        parts.append(ctx.labelled(pick(ctx.lang, "Dimension", "Dimension"), a.dimension))
    money = []
    if a.budget_eur is not None:
        money.append(euros(a.budget_eur, ctx.lang))
    if a.resource:
        money.append(a.resource)
    if money:
        parts.append(ctx.labelled(pick(ctx.lang, "Budget", "Budget"), " · ".join(money)))
    if a.recommendation:
        parts.append(
            ctx.labelled(pick(ctx.lang, "Suite à la recommandation", "Following"), a.recommendation)
        )
    return "<br/>".join(parts)


def build(ctx: Ctx) -> list[Any]:
    lang, report = ctx.lang, ctx.m.plan
    story: list[Any] = [ctx.h1(ctx.say("plan"), "plan")]
    actions = report.actions if report else ()
    open_ones = sum(1 for a in actions if a.status in ("to_start", "in_progress"))
    story.append(
        ctx.p(
            pick(
                lang,
                "Ce que l'équipe s'engage à faire après ce diagnostic, qui le porte et pour "
                f"quand : {len(actions)} action(s), dont {open_ones} à lancer ou en cours. "
                "L'atelier de l'an prochain s'ouvrira sur leur revue.",
                "What the team commits to after this diagnosis, who carries it and by when: "
                f"{len(actions)} action(s), {open_ones} of them to start or in progress. "
                "Next year's workshop will open on their review.",
            ),
            ctx.s.body_small,
        )
    )
    if actions:
        rows: list[list[Any]] = [
            [
                ctx.head(pick(lang, "Action", "Action")),
                ctx.head(pick(lang, "Qui", "Who")),
                ctx.head(pick(lang, "Quand", "When")),
                ctx.head(pick(lang, "Statut", "Status")),
            ]
        ]
        for a in actions:
            status = _status(ctx, a)
            if a.status_note:
                status = f"{status} — {a.status_note}"
            rows.append(
                [
                    ctx.mp(_what(ctx, a), ctx.s.cell),
                    ctx.cell(a.owner or "—"),
                    ctx.cell(_when(ctx, a)),
                    ctx.cell(status, bold=a.late),
                ]
            )
        story.append(ctx.table(rows, WIDTHS))
    else:
        story.append(
            ctx.p(
                pick(
                    lang,
                    "Aucune action n'est encore inscrite à la feuille de route.",
                    "No action is on the roadmap yet.",
                )
            )
        )
    for followed in report.followed if report else ():
        story += _followed(ctx, followed)
    return story


def _moves(ctx: Ctx, a: PlanAction) -> str:
    def level(value: int | None) -> str:
        return "—" if value is None else str(value)

    said = []
    for label, before, after in a.moves:
        delta = "" if before is None or after is None else f" ({after - before:+d})"
        said.append(
            f"{ctx.text(label.rstrip('. '))}{colon(ctx.lang)}{level(before)} → {level(after)}{delta}"
        )
    return "<br/>".join(said)


def _followed(ctx: Ctx, followed: PlanFollowed) -> list[Any]:
    lang = ctx.lang
    done = sum(1 for a in followed.actions if a.status == "done")
    story: list[Any] = [
        ctx.h3(
            pick(
                lang,
                f"Ce que nous avions prévu, ce que nous avons fait ({followed.label})",
                f"What we planned, what we did ({followed.label})",
            )
        ),
        ctx.p(
            pick(
                lang,
                f"{done} action(s) faite(s) sur {len(followed.actions)} prévue(s) lors de "
                f"« {followed.label} », avec le niveau de consensus des items visés alors et "
                "aujourd'hui.",
                f"{done} action(s) done of {len(followed.actions)} planned at "
                f"“{followed.label}”, with the consensus level of the items targeted then "
                "and now.",
            ),
            ctx.s.body_small,
        ),
    ]
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Action prévue", "Planned action")),
            ctx.head(pick(lang, "Statut", "Status")),
            ctx.head(pick(lang, "Ce qui s'est passé, items visés", "What happened, items")),
        ]
    ]
    for a in followed.actions:
        said = [ctx.text(a.outcome or a.status_note or "—")]
        moved = _moves(ctx, a)
        if moved:
            said.append(moved)
        who = f" ({ctx.text(a.owner)})" if a.owner else ""
        rows.append(
            [
                ctx.mp(f"<b>{ctx.text(a.title)}</b>{who}", ctx.s.cell),
                ctx.cell(_status(ctx, a), bold=a.status == "done"),
                ctx.mp("<br/>".join(said), ctx.s.cell),
            ]
        )
    story.append(ctx.table(rows, FOLLOWED_WIDTHS))
    return story
