"""Governance and legal form: the four structuring variables of the report (§1.6,
l.999-1043) — origin, economic model and taxation, inhabitants, debate — and the legal
statuses, saved at once, with the report's dynamics that share the same choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain import governance_variables as variables
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Field, Questionnaire
from diagapp.services import answers, catalog
from diagapp.ui.pages.assessment_page import AssessmentPage
from diagapp.ui.pages.reference_match import dynamic_origin, kinships, symbol
from diagapp.ui.widgets.field_editors import FieldEditor, editor_for
from diagapp.ui.widgets.readable import bold, muted
from diagapp.ui.workshop import Workshop

SECTION = "governance"
# The report's four variables (l.1005-1013), then the legal form (l.982-997, l.1045-1053).
# From questionnaire v2 the origin and inhabitants' involvement are asked once elsewhere
# (identity card, walk-through): their group shows that answer, read-only.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("origin", ("governance.origin_actors",)),
    (
        "economy",
        (
            "governance.economic_model",
            "governance.vat_liable",
            "governance.corporate_tax",
            "governance.patronage_eligible",
            "governance.sieg",
        ),
    ),
    ("inhabitants", ("governance.inhabitants",)),
    ("debate", ("governance.debate",)),
    (
        "form",
        (
            "governance.legal_statuses",
            "governance.two_structures",
            "governance.multi_level",
            "governance.colleges",
        ),
    ),
)
KIN_COLOR = "#e3f1df"
TYPOLOGY_COLUMN_CHARS = 9  # the report's typology: a column's narrowest width, in characters


class GovernancePage(AssessmentPage):
    relevant_changes = frozenset({"fields", "answers", "assessments", "import", "all"})

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.editors: dict[str, FieldEditor] = {}
        self.asked_elsewhere: dict[str, QLabel] = {}  # group key -> the answer given elsewhere
        self._built_for: tuple[int, str] | None = None  # (questionnaire version, language)
        layout = QHBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self._build_typology())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------

    def _group_titles(self) -> dict[str, str]:
        return {
            "origin": self.tr("1. Nature des acteurs à l'origine de la dynamique"),
            "economy": self.tr("2. Modèle économique et fiscalité"),
            "inhabitants": self.tr("3. Implication et mobilisation des habitants"),
            "debate": self.tr("4. Place du débat et partage de la décision"),
            "form": self.tr("Statuts juridiques et architecture de la gouvernance"),
        }

    def _build_form(self, questionnaire: Questionnaire) -> None:
        """The editors, built from the questionnaire's governance fields."""
        self.flush()
        self.editors = {}
        self.asked_elsewhere = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel("<h2>" + self.tr("Gouvernance et forme juridique") + "</h2>")
        intro = QLabel(
            self.tr(
                "Les quatre variables structurantes du choix du statut juridique et de la "
                "gouvernance (rapport, § 1.6, l. 999-1043). Chaque réponse est enregistrée "
                "aussitôt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        if not any(s.id == SECTION for s in questionnaire.field_sections):
            self.form_scroll.setWidget(body)
            return
        fields = list(questionnaire.field_section(SECTION).fields)
        placed = {f for _, ids in GROUPS for f in ids}
        titles = self._group_titles()
        for n, (key, ids) in enumerate(GROUPS):
            group_fields = [questionnaire.field(f) for f in ids if questionnaire.has_field(f)]
            if n == len(GROUPS) - 1:
                group_fields += [f for f in fields if f.id not in placed]
            if not group_fields and key not in ("origin", "inhabitants"):
                continue
            box = QGroupBox(titles[key])
            box_layout = QVBoxLayout(box)
            for field in group_fields:
                self._add_field(box_layout, field)
            if not group_fields:
                answer = QLabel()
                answer.setWordWrap(True)
                box_layout.addWidget(answer)
                self.asked_elsewhere[key] = answer
            layout.addWidget(box)
        layout.addStretch(1)
        self.form_scroll.setWidget(body)

    def _add_field(self, layout: QVBoxLayout, field: Field) -> None:
        lang = self.lang
        label = QLabel(field.label.get(lang))
        label.setWordWrap(True)
        bold(label)
        help_text = muted(QLabel(field.help.get(lang)))
        help_text.setToolTip(field.source.cite())
        help_text.setWordWrap(True)
        editor = editor_for(field, lang)
        label.setBuddy(editor)
        editor.committed.connect(lambda value, field_id=field.id: self.set_field(field_id, value))
        layout.addWidget(label)
        layout.addWidget(help_text)
        layout.addWidget(editor)
        layout.addSpacing(8)
        self.editors[field.id] = editor

    def _build_typology(self) -> QWidget:
        box = QGroupBox()
        self.typology_box = box
        layout = QVBoxLayout(box)
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.typology_intro = QLabel()
        self.typology_intro.setWordWrap(True)
        self.typology = QTableWidget(0, 6)
        self.typology.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.typology.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.typology.verticalHeader().hide()
        self.typology.setWordWrap(True)
        header = self.typology.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (3, 4):  # the scales' marks
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._follow_font()
        self.typology.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.profile_label)
        layout.addWidget(self.typology_intro)
        layout.addWidget(self.typology, 1)
        return box

    def _follow_font(self) -> None:
        # Words stay whole: narrower than this, the table scrolls sideways.
        chars = self.typology.fontMetrics().averageCharWidth()
        self.typology.horizontalHeader().setMinimumSectionSize(chars * TYPOLOGY_COLUMN_CHARS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()

    def retranslate(self) -> None:
        super().retranslate()
        self.title = self.tr("Gouvernance")
        self.typology_box.setTitle(self.tr("Typologie du rapport"))
        self.typology.setHorizontalHeaderLabels(
            [
                self.tr("Dynamique"),
                self.tr("Statut juridique"),
                self.tr("Origine"),
                self.tr("Hab."),
                self.tr("Débat"),
                self.tr("En commun"),
            ]
        )
        self.typology.setAccessibleName(self.tr("Dynamiques du rapport comparables"))
        self._built_for = None  # group titles and intro are rebuilt at the next load

    # --- data -----------------------------------------------------------------------------

    def load(self, assessment: Assessment) -> None:
        questionnaire = self.workshop.questionnaire()
        if self._built_for != (questionnaire.version, self.lang):
            self._build_form(questionnaire)
            self._built_for = (questionnaire.version, self.lang)
        for field_id, editor in self.editors.items():
            editor.set_value(assessment.fields.get(field_id))
        read = catalog.asked_once(assessment)
        self._show_asked_elsewhere(questionnaire, read)
        self._show_typology(questionnaire, read)

    def flush(self) -> None:
        """Save text still waiting for a pause in typing."""
        for editor in self.editors.values():
            editor.flush()

    def set_field(self, field_id: str, value: Any) -> bool:
        """Save one answer (what the editors call; tests may call it too)."""
        assessment_id = self.workshop.assessment_id
        if assessment_id is None or self.loading:
            return False
        saved = self.save(
            "fields",
            answers.set_field,
            assessment_id=assessment_id,
            field_id=field_id,
            value=value,
        )
        if not saved:  # put back what is stored
            current = self.workshop.assessment()
            if current is not None:
                self.editors[field_id].set_value(current.fields.get(field_id))
        return saved

    def _option_text(self, questionnaire: Questionnaire, field_id: str, value: Any) -> str:
        if not questionnaire.has_field(field_id) or value is None:
            return ""
        option = questionnaire.field(field_id).option(str(value))
        return option.text.get(self.lang) if option else str(value)

    def _show_asked_elsewhere(self, questionnaire: Questionnaire, assessment: Assessment) -> None:
        """The origin (identity card) and inhabitants' involvement (walk-through), as answered."""
        lang = self.lang
        label = self.asked_elsewhere.get("origin")
        if label is not None:
            origin = assessment.fields.get(variables.ORIGIN_FIELD)
            words = variables.table_origin_words(variables.table_origin(assessment.fields), lang)
            text = self._option_text(questionnaire, variables.ORIGIN_FIELD, origin)
            label.setText(
                self.tr("Répondu dans la fiche d'identité : %1").replace(
                    "%1", f"<b>{text}</b>" if text else self.tr("non renseigné")
                )
                + (
                    "<br>" + self.tr("Dans le tableau du rapport : « %1 »").replace("%1", words)
                    if words
                    else ""
                )
            )
        label = self.asked_elsewhere.get("inhabitants")
        if label is not None and questionnaire.has_item(variables.INHABITANTS_ITEM):
            item = questionnaire.item(variables.INHABITANTS_ITEM)
            level = variables.inhabitants(assessment)
            if level is not None:
                said = f"<b>{symbol(level, lang)}</b> — " + next(
                    (lv.text.get(lang) for lv in item.levels if lv.value == level), ""
                )
            elif variables.inhabitants_not_concerned(assessment):
                said = self.tr("non concerné")
            else:
                said = self.tr("pas encore de consensus")
            label.setText(
                self.tr("Consensus de l'équipe, dans le parcours (« %1 ») : %2")
                .replace("%1", item.label.get(lang).rstrip("."))
                .replace("%2", said)
            )

    def _show_typology(self, questionnaire: Questionnaire, assessment: Assessment) -> None:
        fields = assessment.fields
        statuses = [
            self._option_text(questionnaire, "governance.legal_statuses", s)
            for s in fields.get("governance.legal_statuses") or ()
        ]
        origin = dynamic_origin(fields)
        parts = [
            " + ".join(statuses) or self.tr("statut non renseigné"),
            variables.table_origin_words(origin, self.lang) or self.tr("origine non renseignée"),
        ]
        debate = fields.get("governance.debate")
        for value, name in (
            (variables.inhabitants(assessment), self.tr("habitants")),
            (debate if isinstance(debate, int) else None, self.tr("débat")),
        ):
            if value is not None:
                parts.append(f"{name} {symbol(value, self.lang)}")
        self.profile_label.setText(self.tr("Votre dynamique : %1").replace("%1", " · ".join(parts)))
        kin = kinships(catalog.references(), assessment)
        if kin:
            self.typology_intro.setText(
                self.tr(
                    "Les dynamiques étudiées par le rapport qui partagent un de vos statuts "
                    "ou votre origine (tableau des variables structurantes, l. 1023-1043) ; "
                    "en vert, celles qui partagent les deux."
                )
            )
        else:
            self.typology_intro.setText(
                self.tr(
                    "Renseignez l'origine et les statuts juridiques pour voir les dynamiques "
                    "du rapport qui ont fait les mêmes choix (l. 1023-1043)."
                )
            )
        self.typology.setRowCount(len(kin))
        for row, k in enumerate(kin):
            ref = k.reference
            common = []
            if k.statuses:
                common.append(self.tr("statut"))
            if k.same_origin:
                common.append(self.tr("origine"))
            if k.same_inhabitants:
                common.append(self.tr("habitants"))
            if k.same_debate:
                common.append(self.tr("débat"))
            cells = [
                ref.name,
                ref.legal_status,
                variables.table_origin_words(ref.origin, self.lang),
                symbol(ref.inhabitants, self.lang),
                symbol(ref.debate, self.lang),
                ", ".join(common),
            ]
            tip = f"{ref.name} — {ref.place} (l. {ref.governance_line})"
            if ref.economic_model:
                tip += f"\n{ref.economic_model}"
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if k.statuses and k.same_origin:
                    item.setBackground(QColor(KIN_COLOR))
                self.typology.setItem(row, column, item)
