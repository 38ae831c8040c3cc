"""The results' « Au regard du réseau » tab: where the dynamic stands among dynamics like it
in its network's benchmark file (median, quartiles, group size per dimension and item), and
who offered to help on the items where it is furthest below its peers (report l.1227)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.standing import ABOVE, BELOW, Comparison, Standing
from diagapp.ui.formats import format_level

HELPERS_SHOWN = 6  # the same type first, then those offering help on more of these items
BELOW_COLOR, ABOVE_COLOR = QColor("#f6d5d1"), QColor("#d5ecd4")


class NetworkTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.helpers = QLabel()
        self.helpers.setWordWrap(True)
        self.helpers.setTextInteractionFlags(self.helpers.textInteractionFlags())
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.helpers)
        self._standing: Standing | None = None
        self._questionnaire: Questionnaire | None = None
        self._lang = "fr"
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dimension ou élément"),
                self.tr("Vous"),
                self.tr("Médiane"),
                self.tr("1er quartile"),
                self.tr("3e quartile"),
                self.tr("Dynamiques"),
            ]
        )
        self.table.setAccessibleName(self.tr("Au regard du réseau"))
        if self._questionnaire is not None:
            self.show_standing(self._standing, self._questionnaire, self._lang)

    def _group_text(self, standing: Standing) -> str:
        return {
            "type_phase": self.tr("du même type et de la même phase"),
            "type": self.tr("du même type"),
            "phase": self.tr("de la même phase"),
        }.get(standing.grouping, self.tr("de tout le réseau"))

    def show_standing(
        self, standing: Standing | None, questionnaire: Questionnaire, lang: str
    ) -> None:
        self._standing, self._questionnaire, self._lang = standing, questionnaire, lang
        self.table.setRowCount(0)
        if standing is None:
            self.caption.setText(
                self.tr(
                    "Aucun référentiel du réseau pour cette dynamique. Partagez vos résultats "
                    "(Fichier › Partager avec le réseau…), puis importez le référentiel que le "
                    "réseau vous renvoie (Fichier › Importer le référentiel du réseau…) pour vous "
                    "situer parmi des dynamiques comme la vôtre."
                )
            )
            self.helpers.clear()
            return
        self.caption.setText(
            self.tr(
                "Votre consensus face aux {n} dynamiques {group} (référentiel du {date}). "
                "En rouge : sous le 1er quartile ; en vert : au-dessus du 3e."
            )
            .replace("{n}", str(standing.group_size))
            .replace("{group}", self._group_text(standing))
            .replace("{date}", standing.generated_at[:10])
        )
        rows = [*standing.dimensions, *standing.items]
        self.table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            self._fill_row(row, c, questionnaire, lang)
        self._show_helpers(standing, questionnaire, lang)

    def _label(self, c: Comparison, questionnaire: Questionnaire, lang: str) -> str:
        kind, key = c.metric.split(":", 1)
        if kind == "dimension":
            d = questionnaire.dimension(key)
            return f"{d.number}. {d.title.get(lang)}"
        return f"    {questionnaire.item(key).label.get(lang)}"

    def _fill_row(self, row: int, c: Comparison, questionnaire: Questionnaire, lang: str) -> None:
        texts = [
            self._label(c, questionnaire, lang),
            format_level(c.own),
            format_level(c.median),
            format_level(c.q1),
            format_level(c.q3),
            str(c.n),
        ]
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if column == 1 and c.position in (BELOW, ABOVE):
                cell.setBackground(BELOW_COLOR if c.position == BELOW else ABOVE_COLOR)
            if c.metric.startswith("dimension:"):
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.table.setItem(row, column, cell)

    def _show_helpers(self, standing: Standing, questionnaire: Questionnaire, lang: str) -> None:
        if not standing.weakest:
            self.helpers.setText(self.tr("Aucun élément sous la médiane de vos pairs."))
            return
        if not standing.helpers:
            self.helpers.setText(
                self.tr(
                    "Personne ne s'est encore proposé pour aider sur vos points les plus faibles."
                )
            )
            return
        lines = [self.tr("Ils proposent leur aide sur vos points les plus faibles :")]
        for h in standing.helpers[:HELPERS_SHOWN]:
            items = (" ; " if lang == "fr" else "; ").join(
                questionnaire.item(i).label.get(lang).rstrip(".") for i in h.items
            )
            lines.append(f"• {h.contact} — {items}")
        self.helpers.setText("\n".join(lines))
