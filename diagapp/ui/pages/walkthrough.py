"""The walk-through: one item per page, dimension after dimension (report l.157-181).

Each page shows the item, its help, the anchored scale in full, « Non concerné » where
allowed, and the evidence / private note / funder-visible justification. The answer is the
active participant's or the team's consensus. Keys: 0-3 pick a level, N « non concerné »,
PageDown / PageUp (or Alt+→ / Alt+←) next / previous item, Ctrl+Tab or F6 next participant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import Answer, Assessment
from diagapp.domain.questionnaire import Item, Questionnaire
from diagapp.services import answers
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.widgets.level_scale import LevelScale
from diagapp.ui.widgets.notes import AnswerNotes
from diagapp.ui.widgets.readable import Column, muted, scrolling, short
from diagapp.ui.workshop import Workshop

CONSENSUS = -1  # the respondent combo's data for the team's consensus

Key = tuple[int, str, int | None]  # assessment, item, participant (None: consensus)


class WalkthroughPage(AssessmentPage):
    relevant_changes = frozenset({"answers", "participants", "assessments"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.items: list[Item] = []
        self.index = 0
        self.loaded_key: Key | None = None
        self._built_for: tuple[int, str] | None = None
        self._built_scale: tuple[str, str] | None = None

        self.respondent_label = QLabel()
        self.respondent = QComboBox()
        self.respondent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.respondent_label.setBuddy(self.respondent)
        self.respondent.currentIndexChanged.connect(self._respondent_chosen)
        self.respondent_hint = muted(QLabel())
        self.overall = QProgressBar()
        top = QHBoxLayout()
        top.addWidget(self.respondent_label)
        top.addWidget(self.respondent)
        top.addWidget(self.respondent_hint)
        top.addStretch(1)
        self.sections = QTabBar()
        self.sections.setExpanding(True)
        self.sections.setElideMode(Qt.TextElideMode.ElideNone)
        self.sections.setUsesScrollButtons(True)  # only when even short titles do not fit
        self.sections.setDrawBase(False)
        self.sections.tabBarClicked.connect(self._section_clicked)
        self.sections.installEventFilter(self)  # titles shortened to the bar's width
        self.section_ids: list[str] = []
        self._tab_parts: list[tuple[int, str, str]] = []  # number, title, « 3/10 »

        self.column = Column(120)
        self.position = QLabel()
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.RichText)
        self.review = QWidget()
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.confirm_review)
        review_row = QHBoxLayout(self.review)
        review_row.setContentsMargins(0, 0, 0, 0)
        review_row.addWidget(self.review_text, 1)
        review_row.addWidget(self.review_button)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.source = muted(QLabel())
        self.source.setWordWrap(True)
        self.scale = LevelScale()
        self.scale.level_chosen.connect(self.choose_level)
        self.scale.not_applicable_chosen.connect(self.set_not_applicable)
        self.notes = AnswerNotes(self._commit_text)
        for widget in (
            self.position,
            self.item_label,
            self.review,
            self.help,
            self.source,
            self.scale,
            self.notes,
        ):
            self.column.layout_.addWidget(widget)
        self.column.layout_.addStretch(1)

        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_item)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_item)
        self.counter = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.counter)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(self.sections)
        layout.addWidget(self.overall)
        self.item_area = scrolling(self.column)
        layout.addWidget(self.item_area, 1)
        layout.addLayout(bottom)

        self.shortcuts = self.scale.bind_keys(self)
        workshop.participant_changed.connect(self._participant_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Parcours des cinq dimensions")
        self.respondent_label.setText(self.tr("&Répond :"))
        self.respondent.setAccessibleName(self.tr("Qui répond"))
        self.respondent_hint.setText(self.tr("Ctrl+Tab ou F6 : participant suivant"))
        self.overall.setAccessibleName(self.tr("Avancement d’ensemble"))
        self.overall.setFormat(self.tr("Ensemble : %v / %m éléments"))
        self.review_text.setText(
            self.tr("À revoir : cette réponse vient de l’évaluation précédente.")
        )
        self.review_button.setText(self.tr("Garder cette réponse"))
        self.previous_button.setText(self.tr("← Élément précédent"))
        self.previous_button.setToolTip(self.tr("Page précédente ou Alt+←"))
        self.next_button.setText(self.tr("Élément suivant →"))
        self.next_button.setToolTip(self.tr("Page suivante ou Alt+→"))
        self.notes.retranslate()
        self._built_for = None

    # --- building and loading -------------------------------------------------------------

    def _build(self, questionnaire: Questionnaire) -> None:
        key = (questionnaire.version, self.lang)
        if key == self._built_for:
            return
        self._built_for = key
        self.items = list(questionnaire.items)
        self.index = min(self.index, max(len(self.items) - 1, 0))
        blocked = self.sections.blockSignals(True)
        while self.sections.count():
            self.sections.removeTab(0)
        self.section_ids = []
        for dimension in questionnaire.dimensions:
            self.sections.addTab(f"{dimension.number}. {short(dimension.title.get(self.lang))}")
            self.sections.setTabToolTip(self.sections.count() - 1, dimension.title.get(self.lang))
            self.section_ids.append(dimension.id)
        self.sections.blockSignals(blocked)

    def load(self, assessment: Assessment) -> None:
        if self.notes.flushing:
            return  # the flush's caller shows the next thing itself
        self._build(self.workshop.questionnaire())
        self._fill_respondents(assessment)
        self._show_item(force=False)

    def assessment_switched(self) -> None:
        self.flush()
        self.loaded_key = None
        self.index = 0

    def _fill_respondents(self, assessment: Assessment) -> None:
        blocked = self.respondent.blockSignals(True)
        self.respondent.clear()
        for p in assessment.participants:
            label = p.display_name() + (f" — {p.college}" if p.college else "")
            self.respondent.addItem(label, p.id)
        self.respondent.addItem(self.tr("Consensus de l’équipe"), CONSENSUS)
        wanted = self.workshop.participant_id
        index = self.respondent.findData(CONSENSUS if wanted is None else wanted)
        self.respondent.setCurrentIndex(max(index, 0))
        self.respondent.blockSignals(blocked)

    def _participant_changed(self, participant_id: object) -> None:
        index = self.respondent.findData(CONSENSUS if participant_id is None else participant_id)
        if index >= 0:
            blocked = self.respondent.blockSignals(True)
            self.respondent.setCurrentIndex(index)
            self.respondent.blockSignals(blocked)
        self._show_item(force=True)

    def _respondent_chosen(self, index: int) -> None:
        data = self.respondent.itemData(index)
        self.workshop.set_participant(None if data in (None, CONSENSUS) else int(data))

    @property
    def item(self) -> Item | None:
        return self.items[self.index] if self.items else None

    def answer(self) -> Answer | None:
        assessment, item = self.workshop.assessment(), self.item
        if assessment is None or item is None:
            return None
        who = self.workshop.participant_id
        return next(
            (a for a in assessment.answers if a.item_id == item.id and a.participant_id == who),
            None,
        )

    def _show_item(self, *, force: bool) -> None:
        assessment, item = self.workshop.assessment(), self.item
        if assessment is None or item is None or not self.items:
            return
        key: Key = (assessment.id, item.id, self.workshop.participant_id)
        if key != self.loaded_key:
            self.flush()
            force = True
            if self.loaded_key is None or self.loaded_key[1] != item.id:
                self.item_area.verticalScrollBar().setValue(0)  # the new question, from its top
        self.loaded_key = key
        lang = self.lang
        questionnaire = self.workshop.questionnaire()
        dimension = questionnaire.dimension(item.section_id)
        in_section = [i for i in self.items if i.section_id == item.section_id]
        self.position.setText(
            self.tr("Dimension %1 · %2 — élément %3 sur %4")
            .replace("%1", str(dimension.number))
            .replace("%2", dimension.title.get(lang))
            .replace("%3", str(in_section.index(item) + 1))
            .replace("%4", str(len(in_section)))
        )
        self.item_label.setText(f"<h3>{item.label.get(lang)}</h3>")
        self.help.setText(item.help.get(lang))
        self.source.setText(self.tr("Source : %1").replace("%1", item.source.cite()))
        if self._built_scale != (item.id, lang):
            self.scale.set_item(item, questionnaire, lang, self.tr("Non concerné (N)"))
            self._built_scale = (item.id, lang)
        answer = self.answer()
        self.scale.show_answer(
            answer.value if answer else None, bool(answer and answer.not_applicable)
        )
        self.review.setVisible(bool(answer and answer.to_review))
        self.notes.load_answer(answer, force=force)
        self.counter.setText(f"{self.index + 1} / {len(self.items)}")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.items) - 1)
        self._show_progress(assessment, questionnaire)

    def _show_progress(self, assessment: Assessment, questionnaire: Questionnaire) -> None:
        who = self.workshop.participant_id
        done = {a.item_id for a in assessment.answers if a.participant_id == who and a.answered}
        current = self.item
        blocked = self.sections.blockSignals(True)
        self._tab_parts = []
        for index, dimension in enumerate(questionnaire.dimensions):
            if index >= self.sections.count():
                break
            count = f"{sum(1 for i in dimension.items if i.id in done)}/{len(dimension.items)}"
            title = dimension.title.get(self.lang)
            self._tab_parts.append((dimension.number, title, count))
            self.sections.setTabToolTip(index, f"{title} · {count}")
            if current is not None and current.section_id == dimension.id:
                self.sections.setCurrentIndex(index)
        self._fit_tabs()
        self.sections.blockSignals(blocked)
        total = len(questionnaire.items)
        self.overall.setRange(0, total)
        self.overall.setValue(sum(1 for i in questionnaire.items if i.id in done))

    def _fit_tabs(self) -> None:
        """Every dimension's tab in view: titles cut shorter, down to the number alone, until
        the five fit the window's width (the full title is in the tooltip)."""
        room = self.sections.width()
        for chars in (30, 22, 16, 10, 0):
            for index, (number, title, count) in enumerate(self._tab_parts):
                name = f"{number}. {short(title, chars)}" if chars else f"{number}."
                self.sections.setTabText(index, f"{name} · {count}")
            needed = sum(self.sections.tabSizeHint(i).width() for i in range(self.sections.count()))
            if needed <= room:
                break

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.sections and event.type() == QEvent.Type.Resize and self._tab_parts:
            self._fit_tabs()
        return super().eventFilter(watched, event)

    # --- navigation -----------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if not self.items:
            return
        self.flush()
        if self.notes.has_focus():  # else « 3 » would go on typing into the last box
            self.scale.setFocus(Qt.FocusReason.OtherFocusReason)
        self.index = max(0, min(index, len(self.items) - 1))
        self._show_item(force=True)

    def next_item(self) -> None:
        self.go_to(self.index + 1)

    def previous_item(self) -> None:
        self.go_to(self.index - 1)

    def go_to_item(self, item_id: str) -> None:
        self.go_to(next(i for i, item in enumerate(self.items) if item.id == item_id))

    def _section_clicked(self, index: int) -> None:
        if 0 <= index < len(self.section_ids):
            self.go_to_section(self.section_ids[index])

    def section_text(self, section_id: str) -> str:
        return self.sections.tabText(self.section_ids.index(section_id))

    def go_to_section(self, section_id: str) -> None:
        """The first item of the section still unanswered by the respondent, else its first."""
        assessment = self.workshop.assessment()
        who = self.workshop.participant_id
        done = {
            a.item_id
            for a in (assessment.answers if assessment else ())
            if a.participant_id == who and a.answered
        }
        indexes = [i for i, item in enumerate(self.items) if item.section_id == section_id]
        if indexes:
            self.go_to(next((i for i in indexes if self.items[i].id not in done), indexes[0]))

    # --- saving ---------------------------------------------------------------------------

    def _record(self, key: Key | None, **changes: object) -> bool:
        if key is None:
            return False
        assessment_id, item_id, participant_id = key
        return self.save(
            "answers",
            answers.record_answer,
            assessment_id=assessment_id,
            participant_id=participant_id,
            item_id=item_id,
            **changes,
        )

    def choose_level(self, value: int) -> None:
        self._record(self.loaded_key, value=value)

    def set_not_applicable(self, on: bool) -> None:
        self._record(self.loaded_key, not_applicable=on)

    def confirm_review(self) -> None:
        self._record(self.loaded_key)

    def _commit_text(self, kind: str, text: str) -> None:
        self._record(self.loaded_key, **{kind: text})

    def flush(self) -> None:
        """Save typing still waiting for its pause, to the answer it was typed in."""
        self.notes.flush()
