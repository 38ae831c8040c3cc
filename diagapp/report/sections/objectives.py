"""Results against objectives (issue 17): the team's objectives, each with its baseline and
target, what was reached this year and how it moved since last year, said in plain words; in
the funder edition, next year's plan after it.

The report asks that results be read against the objectives set (« surface d'atteinte »,
l.1312) and that a dynamic's promise be followed by its proof (l.1260-1266); the funder
edition cites no line (the annex cites the report once).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from diagapp.domain import objectives as rules
from diagapp.domain.figures import half_up
from diagapp.domain.objectives import Objective
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.typography import NNBSP, long_date, month_year, number, percent
from diagapp.report.wording import pick

DASH = "—"
WIDTHS = (0.33, 0.12, 0.16, 0.11, 0.28)


# --- numbers and dates as a reader reads them ---------------------------------------------


def quantity(value: float, o: Objective, lang: str) -> str:
    """A value of `o` with the % sign when its unit is a percentage."""
    shown = number(value, lang)
    if rules.is_percent(o.unit):
        return f"{shown}{NNBSP}%" if lang == "fr" else f"{shown}%"
    return shown


def due(day: dt.date, lang: str) -> str:
    """« fin 2027 » for 31 December, « juin 2026 » for a month's end, else the full date."""
    following = day + dt.timedelta(days=1)
    if day.month == 12 and day.day == 31:
        return pick(lang, f"fin {day.year}", f"end of {day.year}")
    if following.day == 1:
        return month_year(day, lang)
    return long_date(day, lang)


def by_date(day: dt.date, lang: str) -> str:
    """« d'ici fin 2027 », « d'ici le 15 mars 2027 » / “by the end of 2027”."""
    words = due(day, lang)
    if lang == "fr":
        return f"d'ici {words}" if not words[0].isdigit() else f"d'ici le {words}"
    return f"by the {words}" if words.startswith("end") else f"by {words}"


# --- where each objective stands ----------------------------------------------------------


def _trend(o: Objective, lang: str) -> str:
    if o.previous is None or o.reached is None or o.previous_year is None:
        return ""
    change = half_up(o.reached, 2) - half_up(o.previous, 2)
    if change == 0:
        return pick(lang, f"stable depuis {o.previous_year}", f"unchanged since {o.previous_year}")
    sign = "+" if change > 0 else "−"
    shown = sign + number(float(abs(change)), lang)
    return pick(lang, f"{shown} depuis {o.previous_year}", f"{shown} since {o.previous_year}")


def standing(o: Objective, on: dt.date, lang: str) -> str:
    """« En cours : 87 % du chemin ; +28 depuis 2025 », in the reader's words."""
    state = rules.status(o, on)
    if state == rules.UNKNOWN:
        return pick(lang, "Pas encore mesuré", "Not measured yet")
    words = {
        rules.REACHED: pick(lang, "Atteint", "Reached"),
        rules.ONGOING: pick(lang, "En cours", "Under way"),
        rules.MISSED: pick(lang, "Non atteint à l'échéance", "Missed at its date"),
    }[state]
    share = rules.progress(o)
    if state != rules.REACHED and share is not None:
        way = percent(max(share, 0.0), lang)
        words += pick(lang, f" : {way} du chemin", f": {way} of the way")
    trend = _trend(o, lang)
    return words + pick(lang, " ; ", "; ") + trend if trend else words


def summary(objectives: tuple[Objective, ...], on: dt.date, lang: str) -> str:
    """« Sur 4 objectifs : 2 atteints, 1 en cours, 1 non atteint à l'échéance. »"""
    counts: dict[str, int] = {}
    for o in objectives:
        state = rules.status(o, on)
        counts[state] = counts.get(state, 0) + 1

    def plural(n: int, fr: str, frs: str, en: str) -> str:
        return pick(lang, f"{n} {fr if n == 1 else frs}", f"{n} {en}")

    parts = []
    for state, fr, frs, en in (
        (rules.REACHED, "atteint", "atteints", "reached"),
        (rules.ONGOING, "en cours", "en cours", "under way"),
        (rules.MISSED, "non atteint à l'échéance", "non atteints à l'échéance", "missed"),
        (rules.UNKNOWN, "pas encore mesuré", "pas encore mesurés", "not measured yet"),
    ):
        if counts.get(state):
            parts.append(plural(counts[state], fr, frs, en))
    total = len(objectives)
    return pick(
        lang,
        f"Sur {total} objectif{'s' if total > 1 else ''} : {', '.join(parts)}.",
        f"Of {total} objective{'s' if total > 1 else ''}: {', '.join(parts)}.",
    )


# --- the table ----------------------------------------------------------------------------


def _title_cell(ctx: Ctx, o: Objective) -> list[Any]:
    cell = [ctx.cell(o.title, bold=True)]
    if o.unit and not rules.is_percent(o.unit):
        cell.append(ctx.p(ctx.kv(pick(ctx.lang, "Indicateur", "Indicator"), o.unit), ctx.s.cell))
    if o.comment:
        cell.append(ctx.mp(f"<i>{ctx.text(o.comment)}</i>", ctx.s.cell))
    return cell


def _row(ctx: Ctx, o: Objective) -> list[Any]:
    lang, on = ctx.lang, ctx.m.assessment.date
    baseline = DASH
    if o.baseline is not None:
        baseline = quantity(o.baseline, o, lang)
        baseline += f" ({o.baseline_year})" if o.baseline_year else ""
    target = DASH
    if o.target is not None:
        target = quantity(o.target, o, lang)
        target += f" ({due(o.target_date, lang)})" if o.target_date else ""
    reached = quantity(o.reached, o, lang) if o.reached is not None else DASH
    return [
        _title_cell(ctx, o),
        ctx.cell(baseline),
        ctx.cell(target),
        ctx.cell(reached, bold=True),
        ctx.cell(standing(o, on, lang)),
    ]


def table(ctx: Ctx) -> list[Any]:
    """The summary sentence and the table of objectives ([] when the team wrote none)."""
    m, lang = ctx.m, ctx.lang
    found = m.assessment.objectives
    if not found:
        return []
    year = m.assessment.date.year
    header = [
        ctx.head(pick(lang, "Objectif", "Objective")),
        ctx.head(pick(lang, "Départ", "Baseline")),
        ctx.head(pick(lang, "Cible", "Target")),
        ctx.head(pick(lang, f"Atteint en {year}", f"Reached in {year}")),
        ctx.head(pick(lang, "Où nous en sommes", "Where we stand")),
    ]
    rows = [header] + [_row(ctx, o) for o in found]
    return [
        ctx.p(summary(found, m.assessment.date, lang)),
        ctx.spacer(4),
        ctx.table(rows, [w * FRAME_WIDTH for w in WIDTHS]),
    ]


# --- next year's plan ---------------------------------------------------------------------


def planned_actions(ctx: Ctx) -> list[str]:
    """The feuille de route's open actions (what, who, by when), as paragraph markup, to
    list under the plan; none when the team keeps no feuille de route."""
    road = ctx.m.plan
    if road is None:
        return []
    lines = []
    for a in road.actions:
        if a.status not in ("to_start", "in_progress"):
            continue
        said = [a.owner] if a.owner else []
        if a.target_date is not None and a.late:
            late = due(a.target_date, ctx.lang)
            said.append(pick(ctx.lang, f"en retard : prévu pour {late}", f"late: due {late}"))
        elif a.target_date is not None:
            said.append(by_date(a.target_date, ctx.lang))
        tail = f" ({ctx.text(', '.join(said))})" if said else ""
        lines.append(f"<b>{ctx.text(a.title)}</b>{tail}")
    return lines


def _plan_line(ctx: Ctx, o: Objective) -> str:
    lang = ctx.lang
    start = o.reached if o.reached is not None else o.baseline
    assert o.target is not None
    unit = "" if rules.is_percent(o.unit) or not o.unit else f" {o.unit}"
    goal = quantity(o.target, o, lang) + unit
    if start is not None:
        plain = pick(
            lang,
            f"passer de {quantity(start, o, lang)} à {goal}",
            f"go from {quantity(start, o, lang)} to {goal}",
        )
    else:
        plain = pick(lang, f"atteindre {goal}", f"reach {goal}")
    if o.target_date is not None:
        if o.target_date < ctx.m.assessment.date:
            plain += pick(
                lang,
                f" (échéance initiale : {due(o.target_date, lang)})",
                f" (first set for {due(o.target_date, lang)})",
            )
        else:
            plain += " " + by_date(o.target_date, lang)
    return f"<b>{ctx.text(o.title)}</b>{ctx.text(ctx.kv('', plain))}"


def plan(ctx: Ctx) -> list[Any]:
    """« Ce que nous prévoyons l'an prochain »: the objectives still to reach, then the
    feuille de route's actions when there are some."""
    m, lang = ctx.m, ctx.lang
    ahead = [o for o in m.assessment.objectives if o.target is not None and not rules.is_reached(o)]
    actions = planned_actions(ctx)
    if not m.assessment.objectives and not actions:
        return []
    flow: list[Any] = [
        ctx.h2(
            pick(lang, "Ce que nous prévoyons l'an prochain", "What we plan for next year"), "plan"
        )
    ]
    if ahead:
        flow += ctx.bullets([_plan_line(ctx, o) for o in ahead])
    elif m.assessment.objectives:
        flow.append(
            ctx.p(
                pick(
                    lang,
                    "Nos objectifs sont atteints : nous fixerons les suivants avec nos partenaires.",
                    "Our objectives are reached: we will set the next ones with our partners.",
                )
            )
        )
    if actions:
        flow.append(ctx.h3(pick(lang, "Les actions prévues", "Planned actions")))
        flow += ctx.bullets(actions)
    return flow


# --- the two editions -------------------------------------------------------------------


def build_funder(ctx: Ctx) -> list[Any]:
    lang = ctx.lang
    rows = table(ctx)
    later = plan(ctx)
    if not rows and not later:
        return []
    year = ctx.m.assessment.date.year
    intro = pick(
        lang,
        "Les objectifs de résultat que l'équipe s'est fixés avec ses partenaires, chacun avec "
        f"sa valeur de départ et sa cible, et ce qui est atteint en {year}.",
        "The objectives of result the team set with its partners, each with its baseline and "
        f"target, and what was reached in {year}.",
    )
    return [
        ctx.h1(ctx.say("objectives"), "objectives"),
        ctx.p(intro, ctx.s.body_small),
        ctx.spacer(4),
        *rows,
        ctx.spacer(8),
        *later,
    ]


def build_team(ctx: Ctx) -> list[Any]:
    rows = table(ctx)
    if not rows:
        return []
    return [ctx.h1(ctx.say("objectives"), "objectives"), *rows]
