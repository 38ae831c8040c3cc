"""The comparison page's read-only panels: the summary (dimensions year over year, what
moved most) and the context (funding indicators and matrix side by side, governance
variables that changed, what became of the recommendations accepted earlier)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.compare import Comparison, ItemChange
from diagapp.domain.figures import difference
from diagapp.services.plan_review import ItemMove, PlanFollowUp
from diagapp.ui.formats import format_eur, format_integer, format_percent
from diagapp.ui.models.comparison_model import DOWN_COLOR, UP_COLOR, signed
from diagapp.ui.models.item_results_model import decimal
from diagapp.ui.pages.reference_match import symbol

MOVED_COUNT = 5


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows, again after a resize or a font change."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            fit(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            fit(self)


def _table(stretch: bool = False) -> QTableWidget:
    """A read-only table; as wide as its contents unless `stretch` (then the page's width)."""
    table = FittedTable()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if not stretch:
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    table.setProperty("stretch", stretch)
    return table


def _fill(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    delta_column: int | None = None,
    deltas: Sequence[float | Decimal | None] = (),
) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(list(headers))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if c == delta_column and r < len(deltas) and deltas[r]:
                item.setBackground(QColor(UP_COLOR if (deltas[r] or 0) > 0 else DOWN_COLOR))
            table.setItem(r, c, item)
    mode = (
        QHeaderView.ResizeMode.Stretch
        if table.property("stretch")
        else QHeaderView.ResizeMode.ResizeToContents
    )
    table.horizontalHeader().setSectionResizeMode(mode)
    fit(table)


def fit(table: QTableWidget) -> None:
    """As tall as its rows (wrapped text included): the panel scrolls, not each table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    room = table.width() - 2 * table.frameWidth()
    if table.horizontalHeader().length() > room:  # the columns do not fit: a scroll bar
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)


def _shown_change(before: float | None, after: float | None) -> Decimal | None:
    """The change between two scores as shown (one decimal): what a reader subtracts."""
    return None if before is None or after is None else difference(before, after)


def _years(comparison: Comparison) -> list[str]:
    return [s.label or str(s.year) for s in comparison.snapshots]


class SummaryPanel(QWidget):
    """Dimensions year over year and the items that moved most, up and down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.dimensions = _table()
        self.up_caption, self.down_caption = QLabel(), QLabel()
        self.up, self.down = QLabel(), QLabel()
        for widget in (self.up, self.down):
            widget.setWordWrap(True)
            widget.setTextFormat(Qt.TextFormat.RichText)
            widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.caption, 0, 0, 1, 2)
        layout.addWidget(self.dimensions, 1, 0, 1, 2)
        layout.addWidget(self.up_caption, 2, 0)
        layout.addWidget(self.down_caption, 2, 1)
        layout.addWidget(self.up, 3, 0)
        layout.addWidget(self.down, 3, 1)
        layout.setRowStretch(4, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.up_caption.setText("<b>" + self.tr("Ce qui a le plus progressé") + "</b>")
        self.down_caption.setText("<b>" + self.tr("Ce qui a reculé") + "</b>")
        self.dimensions.setAccessibleName(self.tr("Dimensions d'une évaluation à l'autre"))

    def show_comparison(self, comparison: Comparison, lang: str) -> None:
        first = comparison.snapshots[0]
        self.caption.setText(
            self.tr(
                "Depuis « {first} » ({when}), score de consensus de chaque dimension (0 à 3), "
                "écart moyen entre participants et part des éléments tranchés."
            )
            .replace("{first}", first.label)
            .replace("{when}", f"{first.date:%d/%m/%Y}")
        )
        headers = [
            self.tr("Dimension"),
            *_years(comparison),
            self.tr("Δ score"),
            self.tr("Δ écart moyen"),
            self.tr("Δ couverture"),
        ]
        rows, deltas = [], []
        for d in comparison.dimensions:
            delta = _shown_change(d.points[0].mean, d.points[-1].mean)
            rows.append(
                [
                    f"{d.number}. {d.title.get(lang)}",
                    *(decimal(p.mean) for p in d.points),
                    signed(delta, 1),
                    signed(d.spread_delta, 1),
                    signed(d.coverage_delta, percent=True),
                ]
            )
            deltas.append(delta)
        overall = comparison.overall
        total = _shown_change(overall[0], overall[-1])
        rows.append([self.tr("Ensemble"), *(decimal(v) for v in overall), signed(total, 1), "", ""])
        deltas.append(total)
        _fill(self.dimensions, headers, rows, 1 + len(comparison.snapshots), deltas)
        self._moved(
            self.up, comparison.moved_up(MOVED_COUNT), lang, self.tr("Aucun élément en hausse.")
        )
        self._moved(
            self.down, comparison.moved_down(MOVED_COUNT), lang, self.tr("Aucun élément en baisse.")
        )

    @staticmethod
    def _moved(widget: QLabel, items: list[ItemChange], lang: str, empty: str) -> None:
        rows = []
        for change in items:
            first, last = change.points[0], change.points[-1]
            levels = " → ".join(
                "·" if p is None or p.consensus is None else str(p.consensus) for p in (first, last)
            )
            note = f"<br><i>{html.escape(change.note.get(lang))}</i>" if change.note else ""
            rows.append(
                f"<tr><td><b>{signed(change.delta)}</b></td><td>{levels}</td>"
                f"<td>{html.escape(change.label.get(lang))}{note}</td></tr>"
            )
        widget.setText(
            f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>' if rows else empty
        )


def _indicator_text(unit: str, value: float | None) -> str:
    if value is None:
        return "—"
    if unit == "share":
        return format_percent(value)
    if unit == "eur":
        return format_eur(value)
    return format_integer(value)


class ContextPanel(QWidget):
    """Funding side by side, governance changes, recommendations followed up."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for table in (self.indicators, self.funding, self.fields):
            fit(table)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.indicators_caption, self.funding_caption = QLabel(), QLabel()
        self.fields_caption, self.recommendations_caption = QLabel(), QLabel()
        self.plan_caption = QLabel()
        self.plan = QListWidget()
        self.plan.setWordWrap(True)
        self.indicators, self.funding, self.fields = _table(), _table(), _table(stretch=True)
        self.recommendations = QListWidget()
        self.recommendations.setWordWrap(True)
        for caption, widget in (
            (self.indicators_caption, self.indicators),
            (self.funding_caption, self.funding),
            (self.fields_caption, self.fields),
            (self.recommendations_caption, self.recommendations),
            (self.plan_caption, self.plan),
        ):
            caption.setWordWrap(True)
            layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.indicators_caption.setText("<b>" + self.tr("Indicateurs de financement") + "</b>")
        self.funding_caption.setText(
            "<b>"
            + self.tr("Ressources de la dynamique (montants annuels, sinon intensité)")
            + "</b>"
        )
        self.fields_caption.setText(
            "<b>" + self.tr("Variables de gouvernance et d'identité qui ont changé") + "</b>"
        )
        self.recommendations_caption.setText(
            "<b>" + self.tr("Recommandations retenues et ce qu'elles sont devenues") + "</b>"
        )
        self.plan_caption.setText(
            "<b>"
            + self.tr("Feuille de route : actions faites et mouvement des items visés")
            + "</b>"
        )

    def _plan_lines(self, follow: tuple[PlanFollowUp, ...]) -> list[str]:
        """Per plan and dimension: how many actions were planned, those done and their items."""
        lines = []
        for year in follow:
            for d in year.dimensions:
                head = (
                    self.tr("%1 — plan « %2 » : %3 action(s) faite(s) sur %4")
                    .replace("%1", d.title)
                    .replace("%2", year.plan_label)
                    .replace("%3", str(len(d.done)))
                    .replace("%4", str(d.planned))
                )
                lines.append(head)
                for done in d.done:
                    moves = "; ".join(_move_text(m) for m in done.moves) or self.tr(
                        "aucun item visé"
                    )
                    lines.append(f"    ✓ {done.action.title} — {moves}")
        return lines

    def show_plan(self, follow: tuple[PlanFollowUp, ...]) -> None:
        self.plan.clear()
        lines = self._plan_lines(follow)
        self.plan.addItems(
            lines or [self.tr("Aucune action n'était inscrite à la feuille de route.")]
        )
        self.plan.setFixedHeight(
            max(60, min(240, self.plan.sizeHintForRow(0) * self.plan.count() + 8))
        )

    def show_comparison(self, comparison: Comparison, lang: str) -> None:
        years = _years(comparison)
        rows = [
            [r.label.get(lang), *(_indicator_text(r.unit, v) for v in r.values)]
            for r in comparison.funding.indicator_rows
        ]
        _fill(self.indicators, [self.tr("Indicateur"), *years], rows)
        rows = []
        for r in comparison.funding.totals():
            if not any(r.intensities) and not any(a for a in r.amounts if a):
                continue
            cells = [
                format_eur(a) if a else (symbol(i, lang) if i is not None else "·")
                for a, i in zip(r.amounts, r.intensities, strict=True)
            ]
            rows.append([r.label.get(lang), *cells])
        _fill(self.funding, [self.tr("Ressource"), *years], rows)
        changed = comparison.changed_fields()
        rows = [[f.label.get(lang), *(t.get(lang) for t in f.shown)] for f in changed]
        if not rows:
            rows = [[self.tr("Aucune variable n'a changé."), *([""] * len(years))]]
        _fill(self.fields, [self.tr("Variable"), *years], rows)
        self.recommendations.clear()
        for follow in comparison.recommendations:
            title = follow.title.get(lang) if follow.title else follow.recommendation_id
            when = years[follow.accepted_in]
            self.recommendations.addItem(
                self.tr("{title} — retenue en « {when} » : {outcome}")
                .replace("{title}", title)
                .replace("{when}", when)
                .replace("{outcome}", follow.outcome_text(lang))
            )
        if not comparison.recommendations:
            self.recommendations.addItem(
                self.tr(
                    "Aucune recommandation n'avait été retenue lors des évaluations précédentes."
                )
            )
        self.recommendations.setFixedHeight(
            max(
                60,
                min(200, self.recommendations.sizeHintForRow(0) * self.recommendations.count() + 8),
            )
        )


def _move_text(move: ItemMove) -> str:
    def level(value: int | None) -> str:
        return "—" if value is None else str(value)

    delta = move.delta
    sign = "" if delta is None else f" ({delta:+d})"
    return f"{move.label} : {level(move.before)} → {level(move.after)}{sign}"
