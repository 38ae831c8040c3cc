"""Governance and legal form, set against the report's typology: the four structuring
variables (l.999-1043), taxation (l.779-781, l.847) and legal statuses (l.982-997)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from diagapp.domain import governance_variables as variables
from diagapp.report.sections.common import FRAME_WIDTH, Ctx
from diagapp.report.styles import PRIMARY_LIGHT
from diagapp.report.typography import parenthesized
from diagapp.report.wording import pick

SYMBOLS_FR = ("Néant", "+", "++", "+++")
SYMBOLS_EN = ("None", "+", "++", "+++")
FISCAL_FIELDS = (
    "governance.legal_statuses",
    "governance.two_structures",
    "governance.vat_liable",
    "governance.corporate_tax",
    "governance.patronage_eligible",
    "governance.sieg",
    "governance.multi_level",
    "governance.colleges",
)


def symbol(value: int | None, lang: str, dash_for_none: bool = False) -> str:
    """Néant, +, ++, +++ (the report's scale); « — » for Néant in dense tables."""
    if value is None or (dash_for_none and value == 0):
        return "—"
    return (SYMBOLS_EN if lang == "en" else SYMBOLS_FR)[value]


def _distribution(ctx: Ctx, values: list[int]) -> str:
    counts = Counter(values)
    return " · ".join(ctx.kv(symbol(v, ctx.lang), str(counts[v])) for v in range(4) if counts[v])


def _variables(ctx: Ctx) -> Any:
    m, lang = ctx.m, ctx.lang
    refs = m.references
    origin = variables.table_origin(m.assessment.fields)
    same_origin = [r for r in refs if r.origin == origin]
    debate = m.scale_value("governance.debate")
    n = len(refs)
    rows: list[list[Any]] = [
        [
            ctx.head(pick(lang, "Variable structurante", "Structuring variable")),
            ctx.head(pick(lang, "Notre dynamique", "Our dynamic")),
            ctx.head(pick(lang, "Les dynamiques du rapport", "The report's dynamics")),
        ]
    ]
    rows.append(
        [
            ctx.cell(
                pick(lang, "1. Nature des acteurs à l'origine", "1. Actors at the origin"), True
            ),
            ctx.cell(_origin(ctx) or ctx.say("unanswered")),
            ctx.cell(
                pick(
                    lang,
                    f"{len(same_origin)} sur {n} partagent cette origine.",
                    f"{len(same_origin)} of {n} share this origin.",
                )
                if origin
                else "—"
            ),
        ]
    )
    model = str(m.value("governance.economic_model") or "")
    with_two = sum(1 for r in refs if len(r.legal_statuses) > 1)
    rows.append(
        [
            ctx.cell(
                pick(lang, "2. Modèle économique et fiscalité", "2. Economic model and taxation"),
                True,
            ),
            ctx.cell(model or ctx.say("unanswered")),
            ctx.cell(
                pick(
                    lang,
                    f"{with_two} sur {n} articulent plusieurs structures juridiques.",
                    f"{with_two} of {n} combine several legal structures.",
                )
            ),
        ]
    )
    for label, ours, attr in (
        (
            pick(lang, "3. Implication des habitants", "3. Inhabitants' involvement"),
            _inhabitants(ctx),
            "inhabitants",
        ),
        (
            pick(
                lang,
                "4. Place du débat et partage de la décision",
                "4. Debate and shared decision-making",
            ),
            f"<b>{symbol(debate, lang)}</b>"
            + (
                f" — {ctx.text(ctx.field_value('governance.debate').split(' — ', 1)[-1])}"
                if debate is not None
                else ""
            ),
            "debate",
        ),
    ):
        rows.append(
            [
                ctx.cell(label, True),
                ctx.mp(ours, ctx.s.cell),
                ctx.cell(_distribution(ctx, [getattr(r, attr) for r in refs])),
            ]
        )
    widths = [120, FRAME_WIDTH - 120 - 130, 130]
    return ctx.table(rows, widths)


def _origin(ctx: Ctx) -> str:
    """The identity card's answer (§1.2 typology), with the table's word for it."""
    m = ctx.m
    words = variables.table_origin_words(variables.table_origin(m.assessment.fields), ctx.lang)
    said = ctx.field_value(variables.ORIGIN_FIELD)
    if said and words:
        return pick(ctx.lang, f"{said} (tableau : « {words} »)", f"{said} (table: “{words}”)")
    return said or words


def _inhabitants(ctx: Ctx) -> str:
    """The team's consensus on the walk-through's item, in the table's marks (l.1009)."""
    m, lang = ctx.m, ctx.lang
    value = variables.inhabitants(m.assessment)
    if value is None:
        if variables.inhabitants_not_concerned(m.assessment):
            return ctx.text(pick(lang, "Non concerné", "Not applicable"))
        return f"<b>{symbol(None, lang)}</b>"
    said = ""
    if m.questionnaire.has_item(variables.INHABITANTS_ITEM):
        levels = m.questionnaire.item(variables.INHABITANTS_ITEM).levels
        said = next((lv.text.get(lang) for lv in levels if lv.value == value), "")
    return f"<b>{symbol(value, lang)}</b>" + (f" — {ctx.text(said)}" if said else "")


def _typology(ctx: Ctx) -> list[Any]:
    """Our row beside the report's dynamics of the same origin (table l.1023-1043)."""
    m, lang = ctx.m, ctx.lang
    origin = variables.table_origin(m.assessment.fields)
    refs = [r for r in m.references if r.origin == origin] or list(m.references)
    statuses = ctx.field_value("governance.legal_statuses")
    head = [
        ctx.head(pick(lang, "Dynamique", "Dynamic")),
        ctx.head(pick(lang, "Statut juridique", "Legal status")),
        ctx.head(pick(lang, "Habitants", "Inhabitants")),
        ctx.head(pick(lang, "Débat", "Debate")),
    ]
    rows: list[list[Any]] = [head]
    rows.append(
        [
            ctx.cell(m.assessment.dynamic_name, True),
            ctx.cell(statuses or "—", True),
            ctx.cell(symbol(variables.inhabitants(m.assessment), lang), True),
            ctx.cell(symbol(m.scale_value("governance.debate"), lang), True),
        ]
    )
    for r in refs:
        rows.append(
            [
                ctx.cell(f"{r.name} {parenthesized(r.place)}"),
                ctx.cell(r.legal_status),
                ctx.cell(symbol(r.inhabitants, lang)),
                ctx.cell(symbol(r.debate, lang)),
            ]
        )
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # The two scale columns are as wide as their header word (« Inhabitants » stays whole).
    scale_w = [max(55, stringWidth(c.text, ctx.s.cell_head.fontName, 7.5) + 12) for c in head[2:]]
    widths = [190, FRAME_WIDTH - 190 - sum(scale_w), *scale_w]
    table = ctx.table(
        rows, widths, extra=[("BACKGROUND", (0, 1), (-1, 1), colors.HexColor(PRIMARY_LIGHT))]
    )
    caption = pick(
        lang,
        "Source : tableau des variables structurantes du rapport (l. 1023-1043) ; les "
        "dynamiques de même origine que la nôtre.",
        "Source: the report's table of structuring variables (l. 1023-1043); the dynamics "
        "with the same origin as ours.",
    )
    from reportlab.platypus import KeepTogether

    return [KeepTogether([table, ctx.p(caption, ctx.s.caption)])]


def build(ctx: Ctx) -> list[Any]:
    lang = ctx.lang
    intro = pick(
        lang,
        "Le rapport retient quatre variables qui structurent le choix du statut juridique et "
        "de la gouvernance (l. 999-1019) : la nature des acteurs à l'origine de la dynamique, "
        "le modèle économique et la fiscalité, le degré d'implication des habitants, la place "
        "accordée au débat et le partage de la décision. Les dynamiques étudiées font preuve "
        "d'une grande créativité juridique et articulent souvent plusieurs structures "
        "(l. 982-997).",
        "The report identifies four variables that structure the choice of legal status and "
        "governance (l. 999-1019): the nature of the actors at the origin of the dynamic, the "
        "economic model and taxation, the degree of inhabitants' involvement, the room given to "
        "debate and shared decision-making. The dynamics studied show great legal creativity "
        "and often combine several structures (l. 982-997).",
    )
    facts = [(ctx.field_label(f), ctx.field_value(f)) for f in FISCAL_FIELDS]
    return [
        ctx.h1(ctx.say("governance"), "governance"),
        ctx.p(intro),
        ctx.h2(
            pick(lang, "Les quatre variables structurantes", "The four structuring variables"),
            "governance.variables",
        ),
        _variables(ctx),
        ctx.h2(pick(lang, "Statuts et fiscalité", "Statuses and taxation"), "governance.statuses"),
        ctx.key_values(facts, label_width=200),
        ctx.h2(
            pick(lang, "Au regard de la typologie du rapport", "Against the report's typology"),
            "governance.typology",
        ),
        *_typology(ctx),
    ]
