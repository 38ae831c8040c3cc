"""One recommendation as a card: title, text, why it was triggered, where the report says
it, for whom; the team accepts it, sets it aside or writes a note; last year's decision."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
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

ACCEPTED, SET_ASIDE, OPEN = "accepted", "set_aside", "open"
STYLE = """
RecommendationCard { border: 1px solid palette(mid); border-radius: 6px;
                     background: palette(base); }
RecommendationCard[highlighted="true"] { border: 2px solid #1f3a93; }
RecommendationCard[decision="accepted"] { border-left: 6px solid #2e7d32; }
RecommendationCard[decision="set_aside"] { border-left: 6px solid #9e9e9e; }
QPushButton#accept:checked { background: #2e7d32; color: white; font-weight: bold; }
QPushButton#setAside:checked { background: #616161; color: white; font-weight: bold; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


DECISION_COLORS = {ACCEPTED: "#2e7d32", SET_ASIDE: "#616161", OPEN: "#8a5a00"}


class RecommendationCard(QFrame):
    # (recommendation id, decision, note): the page saves it
    decided = Signal(str, str, str)

    def __init__(
        self, shown: ShownRecommendation, highlighted: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.recommendation_id = shown.id
        self.decision = shown.decision
        self.setStyleSheet(STYLE)
        self.setProperty("highlighted", highlighted)
        layout = QVBoxLayout(self)

        tag = "h3" if highlighted else "b"
        self.title = QLabel(f"<{tag}>{esc(shown.title)}</{tag}>")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
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
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("accept")
        self.accept_button.setCheckable(True)
        self.accept_button.clicked.connect(lambda on: self._choose(ACCEPTED if on else OPEN))
        self.set_aside_button = QPushButton()
        self.set_aside_button.setObjectName("setAside")
        self.set_aside_button.setCheckable(True)
        self.set_aside_button.clicked.connect(lambda on: self._choose(SET_ASIDE if on else OPEN))
        self.note = QLineEdit()
        self.saver = DebouncedSaver(self.note, self._note_typed)
        row.addWidget(self.state)
        row.addWidget(self.accept_button)
        row.addWidget(self.set_aside_button)
        row.addWidget(self.note, 1)
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
        where = self.tr("Où dans le rapport")
        self.where.setText(f"<b>{esc(where)}</b> : {esc(shown.where)}")
        self.show_previous(shown.previous)
        self.show_decision(shown.decision, shown.note)
        self.accept_button.setText(self.tr("Accepter"))
        self.set_aside_button.setText(self.tr("Écarter"))
        self.note.setPlaceholderText(self.tr("Note de l'équipe (enregistrée aussitôt)"))
        for widget, text in (
            (self.accept_button, self.tr("Accepter : %1")),
            (self.set_aside_button, self.tr("Écarter : %1")),
            (self.note, self.tr("Note de l'équipe sur : %1")),
        ):
            widget.setAccessibleName(text.replace("%1", shown.title))

    def show_previous(self, previous: PastDecision | None) -> None:
        self.previous.setVisible(previous is not None)
        if previous is None:
            return
        note = f" — « {previous.note} »" if previous.note else ""
        when = self.tr("L’an dernier (%1) : ").replace("%1", previous.assessment_label)
        self.previous.setText(f"<i>{esc(when + previous.decision_label + note)}</i>")

    def show_decision(self, decision: str, note: str) -> None:
        self.decision = decision
        self.setProperty("decision", decision)
        self.style().unpolish(self)
        self.style().polish(self)
        labels = {
            ACCEPTED: self.tr("Retenue"),
            SET_ASIDE: self.tr("Écartée"),
            OPEN: self.tr("À discuter"),
        }
        color = DECISION_COLORS.get(decision, DECISION_COLORS[OPEN])
        self.state.setText(f"<b style='color:{color}'>{esc(labels.get(decision, decision))}</b>")
        self.accept_button.setChecked(decision == ACCEPTED)
        self.set_aside_button.setChecked(decision == SET_ASIDE)
        self.saver.load(note)

    def _choose(self, decision: str) -> None:
        self.saver.flush()  # a note still being typed goes with the decision
        self.decided.emit(self.recommendation_id, decision, self.note.text())

    def _note_typed(self, note: str) -> None:
        self.decided.emit(self.recommendation_id, self.decision, note)

    def flush(self) -> None:
        self.saver.flush()
