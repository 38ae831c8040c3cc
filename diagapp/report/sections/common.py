"""What every section builder shares: the monograph, its styles, small flowable makers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from diagapp.domain.questionnaire import Item, Source
from diagapp.report import document, headings
from diagapp.report.monograph import Monograph
from diagapp.report.notes import Notes
from diagapp.report.styles import PRIMARY_LIGHT, RULE, Styles, layout_style, styles, table_style
from diagapp.report.typography import NNBSP, colon, decimal, join_words, markup, typeset
from diagapp.report.wording import say

FRAME_WIDTH = document.FRAME_WIDTH
_BULLET_STYLES: dict[str, Any] = {}


def bullet_style(style: Any) -> Any:
    """`style` with a hanging indent for its bullet (made once per style)."""
    from reportlab.lib.styles import ParagraphStyle

    if style.leftIndent:
        return style
    if style.name not in _BULLET_STYLES:
        _BULLET_STYLES[style.name] = ParagraphStyle(
            f"{style.name}_bullet", parent=style, leftIndent=11, bulletIndent=1, spaceAfter=3
        )
    return _BULLET_STYLES[style.name]


@dataclass
class Ctx:
    """The monograph being written, with helpers in its language."""

    m: Monograph
    notes: Notes = field(default_factory=Notes)
    keep_references: bool = False  # the annex cites the report's lines in full

    @property
    def lang(self) -> str:
        return self.m.lang

    @cached_property
    def s(self) -> Styles:
        return styles()

    @cached_property
    def item_numbers(self) -> dict[str, str]:
        """« 2.4 »: dimension number and position, as in the tables and radars."""
        return {
            item.id: f"{d.number}.{index}"
            for d in self.m.questionnaire.dimensions
            for index, item in enumerate(d.items, start=1)
        }

    def say(self, key: str, **values: Any) -> str:
        return say(key, self.lang, **values)

    def text(self, plain: str) -> str:
        """Plain text to paragraph markup in this language."""
        return markup(plain, self.lang)

    def p(self, plain: str, style: Any = None) -> Any:
        from reportlab.platypus import Paragraph

        style = style or self.s.body
        return Paragraph(self.noted(self.text(plain), style), style)

    def noted(self, marked_up: str, style: Any) -> str:
        """Line references in running text become note numbers (captions keep their source)."""
        if self.keep_references or style is self.s.caption:
            return marked_up
        return self.notes.take(marked_up)

    def end_notes(self) -> list[Any]:
        """The references of the section just built, as a note at its end."""
        from reportlab.platypus import Paragraph

        taken = self.notes.flush()
        if not taken:
            return []
        items = " ; " if self.lang == "fr" else "; "
        listed = items.join(f"<super>{n}</super>{NNBSP}{self.text(t)}" for n, t in taken)
        title = self.text(self.say("report_references"))
        return [Paragraph(f"<b>{title}</b>{colon(self.lang)}{listed}", self.s.note)]

    def mp(
        self,
        marked_up: str,
        style: Any = None,
        bullet: str | None = None,
        references: bool = False,
    ) -> Any:
        """A paragraph from markup already escaped by the caller (`references`: a line that
        cites the report keeps its line numbers)."""
        from reportlab.platypus import Paragraph

        style = style or self.s.body
        if bullet:
            style = bullet_style(style)
        shown = marked_up if references else self.noted(marked_up, style)
        return Paragraph(shown, style, bulletText=bullet)

    def h1(self, title: str, key: str, in_toc: bool = True) -> Any:
        return headings.heading(title, self.s.h1, 0, key, self.lang, in_toc)

    def h2(self, title: str, key: str) -> Any:
        return headings.heading(title, self.s.h2, 1, key, self.lang)

    def h3(self, title: str) -> Any:
        return headings.subheading(title, self.s.h3, self.lang)

    def labelled(self, label: str, plain: str) -> str:
        """« <b>Preuve :</b> texte » as markup."""
        return f"<b>{self.text(label)}{colon(self.lang)}</b>{self.text(plain)}"

    def kv(self, label: str, value: str) -> str:
        """« Label : valeur » in plain text, with the language's separator."""
        return f"{label}{colon(self.lang)}{value}"

    def field_label(self, field_id: str) -> str:
        return self.m.questionnaire.field(field_id).label.get(self.lang)

    def field_value(self, field_id: str) -> str:
        """A team-level answer in words ("" when unanswered)."""
        m = self.m
        value = m.value(field_id)
        if value is None or value == "" or value == []:
            return ""
        if not m.questionnaire.has_field(field_id):
            return str(value)
        spec = m.questionnaire.field(field_id)
        if spec.kind == "choice":
            return m.option_label(field_id)
        if spec.kind == "multichoice":
            return join_words(m.option_labels(field_id), self.lang)
        if spec.kind == "bool":
            return self.say("yes") if value else self.say("no")
        if spec.kind == "scale" and isinstance(value, int):
            found = next((lv for lv in spec.levels if lv.value == value), None)
            return found.text.get(self.lang) if found else str(value)
        if spec.kind == "number" and isinstance(value, int | float):
            return decimal(value, self.lang, 1).removesuffix(",0").removesuffix(".0")
        return str(value)

    def item_label(self, item: Item) -> str:
        return item.label.get(self.lang)

    def level_name(self, value: int) -> str:
        return self.m.questionnaire.maturity_labels[value].get(self.lang)

    def level_text(self, item: Item, value: int) -> str:
        return item.level(value).text.get(self.lang)

    def said_by(self, item: Item, kind: str) -> list[tuple[str, str]]:
        """(who, text) for each participant who wrote `kind` ("evidence" or "justification")
        on `item`, in the participants' order; who is a collège and a number when anonymised."""
        labels = self.m.participant_labels
        order = {p.id: index for index, p in enumerate(self.m.assessment.participants)}
        found = []
        for answer in self.m.assessment.answers_for(item.id):
            text = str(getattr(answer, kind)).strip()
            pid = answer.participant_id
            if text and pid is not None and pid in labels:
                found.append((order.get(pid, 0), labels[pid], text))
        return [(who, text) for _, who, text in sorted(found, key=lambda f: f[0])]

    def cite(self, source: Source) -> str:
        start, end = source.lines
        space = NNBSP if self.lang == "fr" else " "
        where = f"l.{space}{start}"
        if end != start:
            where += f"-{end}"
        return f"{source.section}, {where}"

    def bullets(self, items: Sequence[str], style: Any = None) -> list[Any]:
        """Paragraphs with a hanging bullet; `items` are markup."""
        from reportlab.platypus import Paragraph

        hanging = bullet_style(style or self.s.bullet)
        return [Paragraph(self.noted(text, hanging), hanging, bulletText="•") for text in items]

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        header: bool = True,
        zebra: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
        repeat: int | None = None,
    ) -> Any:
        from reportlab.platypus import Table

        table = Table(
            [list(r) for r in rows],
            colWidths=list(widths),
            repeatRows=(1 if header else 0) if repeat is None else repeat,
            hAlign="LEFT",
            splitInRow=1,  # a long evidence or name flows on to the next page
        )
        style = table_style(header=header, zebra=zebra, rows=len(rows))
        for command in extra:
            style.add(*command)
        table.setStyle(style)
        return table

    def cell(self, plain: str, bold: bool = False) -> Any:
        return self.p(plain, self.s.cell_bold if bold else self.s.cell)

    def head(self, plain: str) -> Any:
        return self.p(plain, self.s.cell_head)

    def key_values(self, rows: Sequence[tuple[str, str]], label_width: float = 150) -> Any:
        """A two-column fact sheet: label, value (plain text)."""
        data = [
            [self.cell(label, bold=True), self.cell(value or self.say("unanswered"))]
            for label, value in rows
        ]
        return self.table(data, [label_width, FRAME_WIDTH - label_width], header=False)

    def box(
        self,
        flowables: Sequence[Any],
        background: str = PRIMARY_LIGHT,
        border: str = RULE,
        width: float = FRAME_WIDTH,
    ) -> Any:
        """Flowables on a tinted panel."""
        from reportlab.lib import colors
        from reportlab.platypus import Table

        table = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            layout_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(border)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def spacer(self, height: float = 6) -> Any:
        from reportlab.platypus import Spacer

        return Spacer(1, height)

    def typeset(self, plain: str) -> str:
        return typeset(plain, self.lang)
