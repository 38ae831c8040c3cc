"""One recommendation as a card: title, text, why it was triggered, where the report says
it, for whom; the team accepts it, sets it aside or writes a note; last year's decision."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diagapp.services.recommendations import PastDecision, ShownRecommendation
from diagapp.ui.widgets.autosave import DebouncedSaver
from diagapp.ui.widgets.readable import muted

ACCEPTED, SET_ASIDE, OPEN = "accepted", "set_aside", "open"
DECISION_COLORS = {ACCEPTED: "#2e7d32", SET_ASIDE: "#616161", OPEN: "#8a5a00"}
HIGHLIGHT_COLOR = "#1f3a93"
BAND = 6  # the decision's coloured band on the card's left edge, in pixels
# Painted rather than styled: a style sheet would freeze the card's font, and large type
# (projection on a wall) would leave it small.


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class DecisionButton(QPushButton):
    """A checkable button that, checked, is filled with the decision's colour."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)
        self.setCheckable(True)

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        # Room for the bold text it shows once checked.
        hint = super().sizeHint()
        extra = QFontMetrics(self._bold_font()).horizontalAdvance(
            self.text()
        ) - self.fontMetrics().horizontalAdvance(self.text())
        return QSize(hint.width() + max(extra, 0), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(self.color.darker(130), 1))
        painter.setBrush(self.color)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(self._bold_font())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text().replace("&", ""))
        if self.hasFocus():
            painter.setPen(QPen(QColor("white"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)
        painter.end()


class RecommendationCard(QFrame):
    # (recommendation id, decision, note): the page saves it
    decided = Signal(str, str, str)
    action_requested = Signal(str)  # « Créer une action » on an accepted recommendation

    def __init__(
        self, shown: ShownRecommendation, highlighted: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.recommendation_id = shown.id
        self.decision = shown.decision
        self.highlighted = highlighted
        layout = QVBoxLayout(self)
        margins = layout.contentsMargins()
        margins.setLeft(margins.left() + BAND)
        layout.setContentsMargins(margins)

        tag = "h3" if highlighted else "b"
        self.title = QLabel(f"<{tag}>{esc(shown.title)}</{tag}>")
        self.title.setWordWrap(True)
        self.meta = muted(QLabel())
        self.meta.setWordWrap(True)
        self.text = QLabel(shown.text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        for label in (self.title, self.meta, self.text, self.why, self.where, self.previous):
            label.setTextFormat(
                Qt.TextFormat.PlainText if label is self.text else Qt.TextFormat.RichText
            )
            layout.addWidget(label)

        row = QHBoxLayout()
        self.state = QLabel()
        self.accept_button = DecisionButton(DECISION_COLORS[ACCEPTED])
        self.accept_button.setObjectName("accept")
        self.accept_button.clicked.connect(lambda on: self._choose(ACCEPTED if on else OPEN))
        self.set_aside_button = DecisionButton(DECISION_COLORS[SET_ASIDE])
        self.set_aside_button.setObjectName("setAside")
        self.set_aside_button.clicked.connect(lambda on: self._choose(SET_ASIDE if on else OPEN))
        self.note = QLineEdit()
        self.saver = DebouncedSaver(self.note, self._note_typed)
        row.addWidget(self.state)
        row.addWidget(self.accept_button)
        row.addWidget(self.set_aside_button)
        row.addWidget(self.note, 1)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("createAction")
        self.plan_button.clicked.connect(lambda: self.action_requested.emit(self.recommendation_id))
        row.addWidget(self.plan_button)
        layout.addLayout(row)
        self.show_recommendation(shown)

    def show_recommendation(self, shown: ShownRecommendation) -> None:
        stars = "★" * shown.emphasis + "☆" * (3 - shown.emphasis)
        self.meta.setText(
            esc(f"{shown.audience_label} · {shown.group_label} · ")
            + self.tr("insistance du rapport %1").replace("%1", stars)
        )
        if shown.why:
            items = "".join(f"<li>{esc(reason)}</li>" for reason in shown.why)
            why = self.tr("Pourquoi")
            self.why.setText(f"<b>{esc(why)}</b><ul style='margin: 0'>{items}</ul>")
        else:
            self.why.setText("")
        self.why.setVisible(bool(shown.why))
        where = self.tr("Où dans le rapport :")
        self.where.setText(f"<b>{esc(where)}</b> {esc(shown.where)}")
        self.show_previous(shown.previous)
        self.show_decision(shown.decision, shown.note)
        self.accept_button.setText(self.tr("Accepter"))
        self.set_aside_button.setText(self.tr("Écarter"))
        self.note.setPlaceholderText(self.tr("Note de l'équipe (enregistrée aussitôt)"))
        self.plan_button.setText(self.tr("Créer une action"))
        self.plan_button.setToolTip(self.tr("L'ajouter à la feuille de route, avec qui et quand"))
        for widget, text in (
            (self.accept_button, self.tr("Accepter : %1")),
            (self.set_aside_button, self.tr("Écarter : %1")),
            (self.note, self.tr("Note de l'équipe sur : %1")),
            (self.plan_button, self.tr("Créer une action pour : %1")),
        ):
            widget.setAccessibleName(text.replace("%1", shown.title))

    def show_previous(self, previous: PastDecision | None) -> None:
        self.previous.setVisible(previous is not None)
        if previous is None:
            return
        if previous.note:
            text = self.tr("L’an dernier (%1) : %2 — « %3 »").replace("%3", previous.note)
        else:
            text = self.tr("L’an dernier (%1) : %2")
        text = text.replace("%1", previous.assessment_label).replace("%2", previous.decision_label)
        self.previous.setText(f"<i>{esc(text)}</i>")

    def show_decision(self, decision: str, note: str) -> None:
        self.decision = decision
        self.update()  # the coloured band
        labels = {
            ACCEPTED: self.tr("Retenue"),
            SET_ASIDE: self.tr("Écartée"),
            OPEN: self.tr("À discuter"),
        }
        color = DECISION_COLORS.get(decision, DECISION_COLORS[OPEN])
        self.state.setText(f"<b style='color:{color}'>{esc(labels.get(decision, decision))}</b>")
        self.accept_button.setChecked(decision == ACCEPTED)
        self.set_aside_button.setChecked(decision == SET_ASIDE)
        self.plan_button.setVisible(decision == ACCEPTED)
        self.saver.load(note)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 2 if self.highlighted else 1
        border = (
            QColor(HIGHLIGHT_COLOR) if self.highlighted else palette.color(QPalette.ColorRole.Mid)
        )
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(border, width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if self.decision in (ACCEPTED, SET_ASIDE):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(DECISION_COLORS[self.decision]))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), BAND, rect.height()), 3, 3)
        painter.end()

    def _choose(self, decision: str) -> None:
        self.saver.flush()  # a note still being typed goes with the decision
        self.decided.emit(self.recommendation_id, decision, self.note.text())

    def _note_typed(self, note: str) -> None:
        self.decided.emit(self.recommendation_id, self.decision, note)

    def flush(self) -> None:
        self.saver.flush()
