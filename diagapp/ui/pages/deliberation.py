"""Deliberation: the items where participants disagree most come first; for each, who
chose which level (by collège and number when names are hidden), then the team settles
the consensus and writes why (report: promesse, preuve, délibération, l.1260-1266).

Readable when projected: the « Grand texte » switch enlarges the whole window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import scoring
from diagapp.domain.model import Assessment, Participant
from diagapp.domain.questionnaire import Item
from diagapp.services import answers
from diagapp.ui import settings
from diagapp.ui.formats import format_level
from diagapp.ui.models.disagreements import DisagreementModel
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.widgets.level_scale import LevelScale
from diagapp.ui.widgets.notes import AnswerNotes
from diagapp.ui.widgets.readable import Column, muted, scrolling
from diagapp.ui.workshop import Workshop

TABLE_CHARS = 60  # the disagreements table: the names column and the three figures


def respondent_names(participants: tuple[Participant, ...], show_names: bool) -> dict[int, str]:
    """Participant id → what the room sees: the name, or « Habitants 2 » when hidden."""
    if show_names:
        return {p.id: p.display_name() for p in participants}
    seen: dict[str, int] = {}
    names = {}
    for p in participants:
        seen[p.college] = seen.get(p.college, 0) + 1
        names[p.id] = p.display_name(anonymize=True, number=seen[p.college])
    return names


class DeliberationPage(AssessmentPage):
    relevant_changes = frozenset({"answers", "participants", "assessments"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.item_id: str | None = None
        self.loaded_key: tuple[int, str] | None = None  # assessment, item
        self.model = DisagreementModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Item names wrap over lines rather than shrink to « 3. La pris… » (large type).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.large = QPushButton()
        self.large.setCheckable(True)
        self.large.clicked.connect(lambda on: settings.put(settings.LARGE_TEXT, on))
        self.names = QCheckBox()
        self.names.clicked.connect(lambda on: settings.put(settings.SHOW_NAMES, on))
        self.strong_count = QLabel()
        controls = QHBoxLayout()
        controls.addWidget(self.strong_count, 1)
        controls.addWidget(self.names)
        controls.addWidget(self.large)

        self.column = Column(100)
        self.position = muted(QLabel())
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.stats = QLabel()
        self.stats.setWordWrap(True)
        self.scale_title = QLabel()
        self.scale = LevelScale()
        self.scale.level_chosen.connect(self.set_consensus)
        self.scale.not_applicable_chosen.connect(self.set_not_applicable)
        self.unanswered = QLabel()
        self.unanswered.setWordWrap(True)
        self.notes = AnswerNotes(self._commit_text)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.create_action)
        for widget in (
            self.position,
            self.item_label,
            self.stats,
            self.scale_title,
            self.scale,
            self.unanswered,
            self.notes,
        ):
            self.column.layout_.addWidget(widget)
        self.column.layout_.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.layout_.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scrolling(self.column))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 90, width * 100])
        layout = QVBoxLayout(self.content)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)

        self._fit_table()
        self.scale.bind_keys(self)
        settings.notifier().changed.connect(self._preference_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Délibération")
        self.table.setAccessibleName(self.tr("Éléments, les plus forts désaccords d’abord"))
        self.large.setText(self.tr("Grand texte"))
        self.large.setToolTip(self.tr("Pour la projection au mur (Ctrl++)"))
        self.names.setText(self.tr("Afficher les noms"))
        self.names.setToolTip(self.tr("Sinon, chacun apparaît par son collège et un numéro."))
        self.scale_title.setText("<b>" + self.tr("Consensus de l’équipe (touches 0 à 3)") + "</b>")
        self.notes.retranslate(self.tr("Éléments de preuve retenus par l’équipe"))
        self.plan_button.setText(self.tr("Créer une action sur cet élément…"))
        self.plan_button.setToolTip(
            self.tr("L'ajouter à la feuille de route : qui la porte, pour quand")
        )

    def _fit_table(self) -> None:
        """Room for the item names beside the figures, in the current type (large type too):
        the names wrap over a few lines, never down to a word per line."""
        self.table.setMinimumWidth(self.table.fontMetrics().averageCharWidth() * TABLE_CHARS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_table()

    def _preference_changed(self, key: str) -> None:
        if key in (settings.SHOW_NAMES.key, settings.LARGE_TEXT.key):
            self._schedule()

    # --- loading --------------------------------------------------------------------------

    def load(self, assessment: Assessment) -> None:
        if self.notes.flushing:
            return
        self.large.setChecked(settings.get(settings.LARGE_TEXT))
        self.names.setChecked(settings.get(settings.SHOW_NAMES))
        self.model.set_assessment(assessment, self.workshop.questionnaire(), self.lang)
        strong = sum(1 for _i, result, _n in self.model.rows if result.strong_disagreement)
        self.strong_count.setText(
            self.tr("%1 désaccord(s) fort(s) : écart de deux niveaux ou plus").replace(
                "%1", str(strong)
            )
        )
        wanted = self.item_id or self.model.item_id(0)
        row = self.model.row_of(wanted) if wanted else None
        if row is not None:
            blocked = self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.selectionModel().blockSignals(blocked)
        self.item_id = self.model.item_id(row) if row is not None else None
        self._show_item(assessment)

    def assessment_switched(self) -> None:
        self.flush()
        self.item_id = None
        self.loaded_key = None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        self.item_id = self.model.item_id(current.row())
        assessment = self.workshop.assessment()
        if assessment is not None:
            self._show_item(assessment)

    def _show_item(self, assessment: Assessment) -> None:
        if self.item_id is None:
            return
        questionnaire = self.workshop.questionnaire()
        item = questionnaire.item(self.item_id)
        key = (assessment.id, item.id)
        force = key != self.loaded_key
        if force:
            self.flush()
        self.loaded_key = key
        lang = self.lang
        result = scoring.item_result(assessment, item.id)
        dimension = questionnaire.dimension(item.section_id)
        self.position.setText(
            self.tr("Dimension %1 · %2")
            .replace("%1", str(dimension.number))
            .replace("%2", dimension.title.get(lang))
        )
        self.item_label.setText(f"<h3>{item.label.get(lang)}</h3>")
        self.stats.setText(self._stats_text(result))
        self.scale.set_item(item, questionnaire, lang, self.tr("Non concerné (N)"))
        self.scale.set_extras(self._who_chose(assessment, item))
        consensus = assessment.consensus(item.id)
        self.scale.show_answer(
            consensus.value if consensus else None, bool(consensus and consensus.not_applicable)
        )
        self.notes.load_answer(consensus, force=force)

    def _stats_text(self, result: scoring.ItemResult) -> str:
        if result.spread is None:
            return self.tr("Aucun participant n’a encore répondu.")
        mean = format_level(result.mean)
        text = (
            self.tr("%1 réponse(s) · moyenne %2 · écart %3")
            .replace("%1", str(len(result.values)))
            .replace("%2", mean)
            .replace("%3", str(result.spread))
        )
        if result.strong_disagreement:
            text = "<b>⚠ " + self.tr("Désaccord fort") + "</b> · " + text
        return text

    def _who_chose(self, assessment: Assessment, item: Item) -> dict[int, str]:
        names = respondent_names(assessment.participants, settings.get(settings.SHOW_NAMES))
        by_level: dict[int, list[str]] = {}
        not_applicable: list[str] = []
        answered = set()
        for a in assessment.answers_for(item.id):
            if a.participant_id is None or a.participant_id not in names:
                continue
            if a.not_applicable:
                not_applicable.append(names[a.participant_id])
            elif a.value is not None:
                by_level.setdefault(a.value, []).append(names[a.participant_id])
            else:
                continue
            answered.add(a.participant_id)
        waiting = [names[p.id] for p in assessment.participants if p.id not in answered]
        parts = []
        if not_applicable:
            parts.append(self.tr("Non concerné : %1").replace("%1", ", ".join(not_applicable)))
        if waiting:
            parts.append(self.tr("Pas encore répondu : %1").replace("%1", ", ".join(waiting)))
        self.unanswered.setText("\n".join(parts))
        self.unanswered.setVisible(bool(parts))
        return {
            level: self.tr("Choisi par %1 : %2")
            .replace("%1", str(len(who)))
            .replace("%2", ", ".join(who))
            for level, who in by_level.items()
        }

    # --- navigation and saving ------------------------------------------------------------

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.table.selectRow(row)

    def next_item(self) -> None:
        self.table.selectRow(min(self.table.currentIndex().row() + 1, self.model.rowCount() - 1))

    def previous_item(self) -> None:
        self.table.selectRow(max(self.table.currentIndex().row() - 1, 0))

    def _record(self, **changes: object) -> bool:
        if self.loaded_key is None:
            return False
        assessment_id, item_id = self.loaded_key
        return self.save(
            "answers",
            answers.record_answer,
            assessment_id=assessment_id,
            participant_id=None,
            item_id=item_id,
            **changes,
        )

    def set_consensus(self, value: int) -> None:
        self._record(value=value)

    def set_not_applicable(self, on: bool) -> None:
        self._record(not_applicable=on)

    def _commit_text(self, kind: str, text: str) -> None:
        self._record(**{kind: text})

    def flush(self) -> None:
        self.notes.flush()

    def create_action(self) -> int | None:
        """An action of the feuille de route to move this item; the plan page opens on it
        so that the team names it, says who carries it and by when."""
        from diagapp.services import plan as plans

        assessment_id = self.workshop.assessment_id
        if assessment_id is None or self.item_id is None:
            return None
        new_id = self.workshop.save(
            "plan",
            plans.add_action,
            assessment_id=assessment_id,
            title=self.tr("Nouvelle action"),
            item_ids=[self.item_id],
        )
        if not isinstance(new_id, int):
            return None
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if callable(show_page):
            show_page("plan")
            page = getattr(window, "pages", {}).get("plan")
            if page is not None:
                page.reload(select=new_id)
                page.editor.title.setFocus()
                page.editor.title.selectAll()
        return new_id
