"""The funder edition's figures: per structure, this year's income by kind beside last year's;
loans and capital contributions apart (financing, not income); the subsidy share computed on
operating income only; the funding lines the team declared; team and volunteers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diagapp.domain.figures import whole
from diagapp.domain.finance import FunderFigures
from diagapp.domain.funder_rows import (
    ACCOUNT_LABELS,
    KINDS,
    accounts_for,
    is_financing,
    operating_income,
)
from diagapp.domain.model import Accounts, FundingLine
from diagapp.report import charts
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.sections.funding import RESOURCE_COLOURS
from diagapp.report.styles import PRIMARY_LIGHT
from diagapp.report.typography import decimal, euros, integer, percent, percent_points
from diagapp.report.wording import pick

DASH = "—"
_INDENTED: dict[str, Any] = {}


def resource_label(ctx: Ctx, key: str) -> str:
    found = next((r for r in ctx.m.questionnaire.funding.resources if r.key == key), None)
    return found.label.get(ctx.lang) if found else key


def change(ctx: Ctx, before: float | None, after: float | None) -> str:
    """« +25 % » / « −8 % » since last year, « — » when one side is missing."""
    if before is None or after is None or not before:
        return DASH
    rate = (after - before) / before
    if abs(rate) < 0.005:
        return "="
    sign = "+" if rate > 0 else "−"
    return sign + percent(abs(rate), ctx.lang)


def indented(style: Any) -> Any:
    """`style` indented under its structure's row (made once per style)."""
    from reportlab.lib.styles import ParagraphStyle

    if style.name not in _INDENTED:
        _INDENTED[style.name] = ParagraphStyle(f"{style.name}_in", parent=style, leftIndent=10)
    return _INDENTED[style.name]


def _money(ctx: Ctx, value: int | None) -> str:
    """Euros, a loss with a minus sign (« −2 500 € »), « — » when not given."""
    if value is None:
        return DASH
    return ("−" if value < 0 else "") + euros(abs(value), ctx.lang)


def _income_table(ctx: Ctx, f: FunderFigures) -> Any:
    lang = ctx.lang
    last = str(f.previous_year) if f.previous_year else pick(lang, "année précédente", "last year")
    header = [
        ctx.head(pick(lang, "Structure et ressource", "Entity and resource")),
        ctx.head(last),
        ctx.head(str(f.year)),
        ctx.head(pick(lang, "Évolution", "Change")),
    ]
    rows: list[list[Any]] = [header]
    bold_rows: list[int] = []

    def add(label: str, before: int | None, after: int | None, bold: bool = False) -> None:
        rows.append(
            [
                ctx.p(label, indented(ctx.s.cell_bold if bold else ctx.s.cell)),
                ctx.cell(_money(ctx, before)),
                ctx.cell(_money(ctx, after), bold=bold),
                ctx.cell(change(ctx, before, after)),
            ]
        )

    for s in f.structures:
        rows.append([ctx.cell(s.name, bold=True), "", "", ""])
        bold_rows.append(len(rows) - 1)
        for line in s.income:
            add(resource_label(ctx, line.resource), line.previous, line.amount)
        add(
            pick(lang, "Recettes d'exploitation", "Operating income"),
            s.previous_income_total,
            s.income_total,
            bold=True,
        )
        for line in s.financing:
            label = pick(lang, "Financement (hors recettes) : ", "Financing (not income): ")
            add(label + resource_label(ctx, line.resource), line.previous, line.amount)
    if len(f.structures) > 1:
        rows.append(
            [ctx.cell(pick(lang, "Toutes structures", "All entities"), bold=True), "", "", ""]
        )
        bold_rows.append(len(rows) - 1)
        add(
            pick(lang, "Recettes d'exploitation", "Operating income"),
            f.previous_income_total,
            f.income_total,
            bold=True,
        )
        if f.financing_total:
            add(
                pick(lang, "Financements (emprunts, capital)", "Financing (loans, capital)"),
                f.previous_financing_total,
                f.financing_total,
            )
    widths = [FRAME_WIDTH - 3 * 82, 82, 82, 82]
    from reportlab.lib import colors

    extra: list[tuple[Any, ...]] = [("SPAN", (0, r), (-1, r)) for r in bold_rows]
    extra += [("BACKGROUND", (0, r), (-1, r), colors.HexColor(PRIMARY_LIGHT)) for r in bold_rows]
    return ctx.table(rows, widths, extra=extra, zebra=False)


def _shares(ctx: Ctx, f: FunderFigures) -> list[Any]:
    lang = ctx.lang
    flow: list[Any] = []
    if f.subsidy_share is not None:
        line = pick(
            lang,
            f"Part des subventions publiques dans les recettes d'exploitation : "
            f"<b>{percent(f.subsidy_share, lang)}</b>",
            f"Share of public subsidies in operating income: "
            f"<b>{percent(f.subsidy_share, lang)}</b>",
        )
        if f.previous_subsidy_share is not None and f.previous_year:
            line += ctx.text(
                pick(
                    lang,
                    f" ({f.previous_year} : {percent(f.previous_subsidy_share, lang)})",
                    f" ({f.previous_year}: {percent(f.previous_subsidy_share, lang)})",
                )
            )
        flow.append(ctx.mp(ctx.typeset(line), ctx.s.lead))
    if f.income_percents:
        keys = list(f.income_percents)
        parts = [
            (
                f"{resource_label(ctx, k)} {percent_points(f.income_percents[k], lang)}",
                float(f.income_percents[k]),
                RESOURCE_COLOURS[i % len(RESOURCE_COLOURS)],
            )
            for i, k in enumerate(keys)
            if f.income_percents[k] > 0
        ]
        flow.append(charts.shares_bar(parts, width=FRAME_WIDTH))
        flow.append(
            ctx.p(
                pick(
                    lang,
                    "Répartition des recettes d'exploitation de toutes les structures ; les "
                    "emprunts et apports en capital n'y entrent pas.",
                    "Operating income of all entities by kind; loans and capital "
                    "contributions are not part of it.",
                ),
                ctx.s.caption,
            )
        )
    return flow


def _period(line: FundingLine) -> str:
    """« 01/2024 – 12/2026 », « depuis 01/2025 » style, « — » without dates."""
    start = f"{line.starts.month:02d}/{line.starts.year}" if line.starts else ""
    end = f"{line.ends.month:02d}/{line.ends.year}" if line.ends else ""
    if start and end:
        return f"{start} – {end}"
    return end or (f"{start} –" if start else DASH)


def _lines_table(ctx: Ctx, lines: Sequence[FundingLine]) -> Any:
    lang = ctx.lang
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Financeur", "Funder")),
            ctx.head(pick(lang, "Objet et nature", "Purpose and kind")),
            ctx.head(pick(lang, "Montant annuel", "Yearly amount")),
            ctx.head(pick(lang, "Période", "Period")),
        ]
    ]
    for line in lines:
        who = f"<b>{ctx.text(line.funder)}</b>"
        if line.structure:
            who += f'<br/><font size="6.6" color="#66767d">{ctx.text(line.structure)}</font>'
        what = ctx.text(line.purpose)
        kind = KINDS[line.kind].get(lang) if line.kind in KINDS else line.kind
        what += f'<br/><font size="6.6" color="#66767d">{ctx.text(kind)}</font>'
        rows.append(
            [
                ctx.mp(who, ctx.s.cell),
                ctx.mp(what, ctx.s.cell),
                ctx.cell(_money(ctx, line.amount)),
                ctx.cell(_period(line)),
            ]
        )
    return ctx.table(rows, [150, FRAME_WIDTH - 150 - 80 - 92, 80, 92])


def funders(ctx: Ctx) -> list[Any]:
    """Who funds what until when (the funding lines the team declared); loans and capital
    contributions apart: financing, not income."""
    lang = ctx.lang
    lines = ctx.m.assessment.funding_lines
    if not lines:
        return []
    income = [line for line in lines if not is_financing(line)]
    financing = [line for line in lines if is_financing(line)]
    flow: list[Any] = [ctx.h2(pick(lang, "Nos financeurs", "Our funders"), "figures.funders")]
    if income:
        flow.append(_lines_table(ctx, income))
    if financing:
        flow.append(ctx.spacer(8))
        flow.append(
            ctx.p(
                pick(
                    lang,
                    "Financements, hors recettes : prêts et apports en capital",
                    "Financing, not income: loans and capital contributions",
                ),
                ctx.s.body_small,
            )
        )
        flow.append(_lines_table(ctx, financing))
    return flow


def _people(ctx: Ctx, f: FunderFigures) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    rows: list[tuple[str, str]] = []
    fte = m.value("identity.animation_fte")
    before = m.previous.fields.get("identity.animation_fte") if m.previous else None
    if isinstance(fte, int | float):
        text = decimal(fte, lang, 1)
        if isinstance(before, int | float) and f.previous_year:
            text += pick(lang, f" ({f.previous_year} : ", f" ({f.previous_year}: ")
            text += decimal(before, lang, 1) + ")"
        rows.append((pick(lang, "Équipe d'animation (ETP)", "Coordination team (FTE)"), text))
    hours = sum(s.volunteer_hours or 0 for s in f.structures)
    old_hours = sum(s.previous_volunteer_hours or 0 for s in f.structures)
    if hours:
        text = pick(lang, f"{integer(hours, lang)} heures", f"{integer(hours, lang)} hours")
        if old_hours and f.previous_year:
            text += f" ({f.previous_year}{pick(lang, ' : ', ': ')}{integer(old_hours, lang)})"
        rows.append((pick(lang, "Bénévolat", "Volunteering"), text))
    rows += _staff(ctx)
    if not rows:
        return []
    return [
        ctx.h2(pick(lang, "Équipe et bénévoles", "Team and volunteers"), "figures.people"),
        ctx.key_values(rows, label_width=170),
    ]


# The accounts' columns: operating income (the sum of its kinds), then the rest.
ACCOUNT_COLUMNS = ("income", "charges", "result", "equity", "cash")


def _account(entry: Accounts | None, key: str) -> int | None:
    if entry is None:
        return None
    value = operating_income(entry) if key == "income" else entry.value(key)
    return whole(value) if value is not None else None


def _account_label(lang: str, key: str) -> str:
    if key == "income":
        return pick(lang, "Recettes d'exploitation", "Operating income")
    return ACCOUNT_LABELS[key].get(lang)


def _accounts(ctx: Ctx, f: FunderFigures) -> list[Any]:
    """Each structure's operating income, expenses, result, equity and cash, the year
    before's beneath in small."""
    m, lang = ctx.m, ctx.lang
    previous = m.previous.accounts if m.previous else ()
    year, now, old = accounts_for(m.assessment.accounts, previous, m.assessment.date.year)
    title = ctx.h2(
        pick(lang, "Comptes des structures", "The entities' accounts"), "figures.accounts"
    )
    if not now or year is None:
        missing = pick(
            lang,
            "Recettes, charges, résultat, fonds propres et trésorerie : non renseignés par "
            "l'équipe.",
            "Income, expenses, result, equity and cash: not given by the team.",
        )
        return [title, ctx.p(missing, ctx.s.note)]
    first = pick(lang, f"Structure (comptes {year})", f"Entity ({year} accounts)")
    rows: list[list[Any]] = [
        [ctx.head(first)] + [ctx.head(_account_label(lang, k)) for k in ACCOUNT_COLUMNS]
    ]
    for entry in now:
        row = [ctx.cell(entry.structure, bold=True)]
        for key in ACCOUNT_COLUMNS:
            text = f"<b>{ctx.text(_money(ctx, _account(entry, key)))}</b>"
            last = _account(old.get(entry.structure), key)
            if last is not None:
                shown = f"{year - 1}{pick(lang, ' : ', ': ')}{_money(ctx, last)}"
                text += f'<br/><font size="6.6" color="#66767d">{ctx.text(shown)}</font>'
            row.append(ctx.mp(text, ctx.s.cell))
        rows.append(row)
    width = 74
    return [title, ctx.table(rows, [FRAME_WIDTH - 5 * width] + [width] * 5)]


def _staff(ctx: Ctx) -> list[tuple[str, str]]:
    """Salaried staff (FTE) and volunteers over the structures' accounts, with the year
    before's."""
    m, lang = ctx.m, ctx.lang
    previous = m.previous.accounts if m.previous else ()
    year, now, old = accounts_for(m.assessment.accounts, previous, m.assessment.date.year)
    found = []
    for key, digits in (("fte", 1), ("volunteers", 0)):
        given = [a.value(key) for a in now if a.value(key) is not None]
        if not given or year is None:
            continue
        text = decimal(sum(v for v in given if v is not None), lang, digits)
        before = [a.value(key) for a in old.values() if a.value(key) is not None]
        if before:
            total = decimal(sum(v for v in before if v is not None), lang, digits)
            text += f" ({year - 1}{pick(lang, ' : ', ': ')}{total})"
        found.append((ACCOUNT_LABELS[key].get(lang), text))
    return found


def build(ctx: Ctx) -> list[Any]:
    m, lang = ctx.m, ctx.lang
    f = m.funder
    if f is None:
        return []
    flow: list[Any] = [
        ctx.h1(pick(lang, f"Nos chiffres {f.year}", f"Our figures for {f.year}"), "figures"),
        ctx.p(
            pick(
                lang,
                "Montants annuels déclarés par l'équipe pour chaque structure, comparés à "
                "l'année précédente. Emprunts et apports en capital sont des financements : ils "
                "sont montrés à part et ne comptent pas dans les recettes.",
                "Yearly amounts the team declared for each entity, against the previous year. "
                "Loans and capital contributions are financing: they are shown apart and do "
                "not count as income.",
            ),
            ctx.s.body_small,
        ),
        ctx.spacer(4),
    ]
    if f.structures:
        flow.append(_income_table(ctx, f))
        flow.append(ctx.spacer(6))
        flow += _shares(ctx, f)
    flow += _accounts(ctx, f)
    flow += _people(ctx, f)
    return flow
