"""Start page: the dynamics and their yearly assessments; create and open them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import STATUS_DONE, STATUS_DRAFT
from diagapp.services import assessments, catalog, plan_review
from diagapp.services.assessments import AssessmentSummary, DynamicSummary
from diagapp.ui import coverage
from diagapp.ui.dialogs import ask, new_assessment
from diagapp.ui.formats import format_percent
from diagapp.ui.workshop import Workshop

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "dynamic" or "assessment"


class StartPage(QWidget):
    needs_assessment = False

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.title = ""
        self.dynamics: list[DynamicSummary] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column in range(1, 5):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.new_dynamic_button = QPushButton()
        self.new_dynamic_button.clicked.connect(lambda: self.create_dynamic())
        self.new_assessment_button = QPushButton()
        self.new_assessment_button.clicked.connect(lambda: self.create_assessment())
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.toggle_status)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for button in (
            self.new_dynamic_button,
            self.new_assessment_button,
            self.status_button,
            self.rename_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.steps)
        workshop.data_changed.connect(lambda _what: self.refresh())
        workshop.assessment_changed.connect(lambda _id: self._mark_current())
        workshop.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Accueil")
        questionnaire = self.workshop.questionnaire()
        lang = self.workshop.lang
        self.heading.setText(
            f"<h2>{questionnaire.title.get(lang)}</h2>"
            + "<p>"
            + self.tr("D’après : %1").replace("%1", questionnaire.report.get(lang))
            + "</p>"
        )
        self.empty.setText(
            self.tr(
                "Aucune dynamique pour l’instant. Commencez par « Nouvelle dynamique… », "
                "puis créez son évaluation de l’année."
            )
        )
        steps = [
            self.tr("<b>Participants</b> : chaque personne présente, avec son collège."),
            self.tr(
                "<b>Parcours</b> : chacun situe la dynamique sur les cinq dimensions du rapport, "
                "élément par élément (touches 0 à 3, Ctrl+Tab pour passer la main), ou sur son "
                "téléphone avec le <b>mode salle</b> (menu Atelier)."
            ),
            self.tr(
                "<b>Délibération</b> : les plus forts désaccords d’abord ; l’équipe fixe le "
                "consensus et note pourquoi."
            ),
            self.tr(
                "<b>Gouvernance</b>, <b>financement</b> et <b>objectifs</b>, puis les "
                "<b>résultats</b>."
            ),
            self.tr(
                "<b>Feuille de route</b> : les actions que l’équipe retient, qui les porte et "
                "pour quand ; l’an prochain, l’atelier commence par leur revue."
            ),
            self.tr(
                "Le rapport pour les financeurs : menu Fichier, « Envoyer aux financeurs (PDF)… » "
                "(Ctrl+P)."
            ),
        ]
        self.steps.setText(
            "<h3>"
            + self.tr("Déroulé d’un atelier")
            + "</h3><ol>"
            + "".join(f"<li>{step}</li>" for step in steps)
            + "</ol><p>"
            + self.tr("Tout est enregistré au fil de la saisie : il n’y a rien à « sauvegarder ».")
            + "</p>"
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Dynamique / évaluation"),
                self.tr("Date"),
                self.tr("Statut"),
                self.tr("Consensus"),
                self.tr("Participants"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Dynamiques et évaluations"))
        self.new_dynamic_button.setText(self.tr("Nouvelle dynamique…"))
        self.new_assessment_button.setText(self.tr("Nouvelle évaluation…"))
        self.open_button.setText(self.tr("Ouvrir l’évaluation"))
        self.rename_button.setText(self.tr("Renommer…"))
        self.rename_button.setToolTip(self.tr("Renommer l’évaluation choisie"))
        self.delete_button.setText(self.tr("Supprimer…"))
        self.delete_button.setToolTip(
            self.tr("Supprimer l’évaluation choisie (une copie de la base est faite avant)")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- the list -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        self.dynamics = assessments.list_dynamics(self.workshop.db)
        self.tree.clear()
        status = {STATUS_DONE: self.tr("Terminée")}
        for dynamic in self.dynamics:
            top = QTreeWidgetItem([dynamic.name])
            top.setData(0, ROLE_ID, dynamic.id)
            top.setData(0, ROLE_KIND, "dynamic")
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for a in reversed(dynamic.assessments):  # newest first
                child = QTreeWidgetItem(
                    [
                        a.label,
                        a.date.strftime("%d/%m/%Y"),
                        status.get(a.status, self.tr("En cours")),
                        format_percent(a.completion),
                        str(a.participants),
                    ]
                )
                child.setData(0, ROLE_ID, a.id)
                child.setData(0, ROLE_KIND, "assessment")
                child.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
                child.setTextAlignment(4, Qt.AlignmentFlag.AlignRight)
                top.addChild(child)
            top.setExpanded(True)
        self.empty.setVisible(not self.dynamics)
        self._mark_current()
        if selected is not None:
            self.select(*selected)
        elif self.workshop.assessment_id is not None:
            self.select("assessment", self.workshop.assessment_id)
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            found.append(top)
            found += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return found

    def _mark_current(self) -> None:
        for item in self._items():
            current = (
                item.data(0, ROLE_KIND) == "assessment"
                and item.data(0, ROLE_ID) == self.workshop.assessment_id
            )
            font = QFont(item.font(0))
            font.setBold(current or item.data(0, ROLE_KIND) == "dynamic")
            font.setUnderline(current)
            item.setFont(0, font)

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID)

    def select(self, kind: str, ident: int) -> None:
        for item in self._items():
            if item.data(0, ROLE_KIND) == kind and item.data(0, ROLE_ID) == ident:
                self.tree.setCurrentItem(item)
                return

    def _selected_dynamic(self) -> DynamicSummary | None:
        item = self.tree.currentItem()
        if item is None:
            return self.dynamics[0] if len(self.dynamics) == 1 else None
        ident = (item.parent() or item).data(0, ROLE_ID)
        return next((d for d in self.dynamics if d.id == ident), None)

    def _selected_assessment(self) -> int | None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "assessment":
            return None
        return chosen[1]

    def _update_buttons(self) -> None:
        self.new_assessment_button.setEnabled(self._selected_dynamic() is not None)
        assessment_id = self._selected_assessment()
        self.open_button.setEnabled(assessment_id is not None)
        self.status_button.setEnabled(assessment_id is not None)
        self.rename_button.setEnabled(assessment_id is not None)
        self.delete_button.setEnabled(assessment_id is not None)
        done = any(
            a.id == assessment_id and a.status == STATUS_DONE
            for d in self.dynamics
            for a in d.assessments
        )
        self.status_button.setText(
            self.tr("Rouvrir (en cours)") if done else self.tr("Marquer comme terminée")
        )

    # --- actions --------------------------------------------------------------------------

    def create_dynamic(self, name: str | None = None) -> int | None:
        if name is None:
            name = ask.text(self, self.tr("Nouvelle dynamique"), self.tr("Nom de la dynamique :"))
        if not name or not name.strip():
            return None
        dynamic_id = self.workshop.save("dynamic", assessments.create_dynamic, name=name)
        if dynamic_id is not None:
            self.refresh()
            self.select("dynamic", dynamic_id)
        return dynamic_id if isinstance(dynamic_id, int) else None

    def create_assessment(self) -> int | None:
        """Ask for the date (and whether to copy last year's answers), create, open."""
        dynamic = self._selected_dynamic()
        if dynamic is None:
            ask.inform(self, "diagapp", self.tr("Choisissez d’abord une dynamique dans la liste."))
            return None
        previous = max(dynamic.assessments, key=lambda a: (a.date, a.id), default=None)
        choice = new_assessment.ask_new_assessment(
            self, dynamic.name, previous.label if previous else None
        )
        if choice is None:
            return None
        assessment_id = self.workshop.save(
            "assessments",
            assessments.create_assessment,
            dynamic_id=dynamic.id,
            date=choice.date,
            label=choice.label,
            copy_from=previous.id if previous and choice.copy_forward else None,
        )
        if assessment_id is not None:
            self.open(assessment_id, review_first=bool(previous and choice.copy_forward))
        return assessment_id if isinstance(assessment_id, int) else None

    def open_selected(self) -> None:
        assessment_id = self._selected_assessment()
        if assessment_id is not None:
            self.open(assessment_id)

    def open(self, assessment_id: int, review_first: bool = False) -> None:
        """Make it the workshop's assessment and go where the work is: for a copy of last
        year's with a feuille de route, its review."""
        self.workshop.set_assessment(assessment_id)
        self.workshop.start_with_a_participant()
        self.refresh()
        current = self.workshop.assessment()
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page) and current is not None:
            if review_first and plan_review.review(self.workshop.db, assessment_id=assessment_id):
                show_page("plan")
                return
            show_page("walkthrough" if current.participants else "participants")

    def toggle_status(self) -> None:
        assessment_id = self._selected_assessment()
        if assessment_id is None:
            return
        done = any(
            a.id == assessment_id and a.status == STATUS_DONE
            for d in self.dynamics
            for a in d.assessments
        )
        if not done and not self._confirm_finished(assessment_id):
            return
        self.workshop.save(
            "assessments",
            assessments.set_status,
            assessment_id=assessment_id,
            status=STATUS_DRAFT if done else STATUS_DONE,
        )

    def _confirm_finished(self, assessment_id: int) -> bool:
        """A partial diagnostic is marked « terminée » only once the facilitator has read so."""
        assessment = assessments.load_assessment(self.workshop.db, assessment_id)
        basis = coverage.partial_basis(
            assessment, catalog.questionnaire(assessment.questionnaire_version)
        )
        if basis is None:
            return True
        return ask.confirm(
            self,
            coverage.partial_warning(basis)
            + "\n\n"
            + self.tr("Marquer quand même cette évaluation comme terminée ?"),
            title=self.tr("Marquer comme terminée"),
            yes=self.tr("Marquer comme terminée"),
        )

    # --- renaming and deleting an assessment made by mistake ------------------------------

    def _summary(self, assessment_id: int) -> tuple[str, AssessmentSummary] | None:
        return next(
            ((d.name, a) for d in self.dynamics for a in d.assessments if a.id == assessment_id),
            None,
        )

    def rename_selected(self, label: str | None = None) -> bool:
        assessment_id = self._selected_assessment()
        found = self._summary(assessment_id) if assessment_id is not None else None
        if assessment_id is None or found is None:
            return False
        if label is None:
            label = ask.text(
                self,
                self.tr("Renommer l’évaluation"),
                self.tr("Nouveau nom de l’évaluation :"),
                found[1].label,
            )
        if label is None or not label.strip() or label.strip() == found[1].label:
            return False
        self.workshop.save(
            "assessments", assessments.rename_assessment, assessment_id=assessment_id, label=label
        )
        renamed = self._summary(assessment_id)  # the list is read again after a save
        return renamed is not None and renamed[1].label == label.strip()

    def delete_selected(self) -> bool:
        """After a clear question (No is the default) and a copy of the whole database."""
        assessment_id = self._selected_assessment()
        found = self._summary(assessment_id) if assessment_id is not None else None
        if assessment_id is None or found is None:
            return False
        dynamic, summary = found
        question = (
            self.tr(
                "Supprimer l’évaluation « %1 » de « %2 », avec ses %3 participant(s) et toutes "
                "leurs réponses ? Une copie de sauvegarde de toute la base est faite juste "
                "avant."
            )
            .replace("%1", summary.label)
            .replace("%2", dynamic)
            .replace("%3", str(summary.participants))
        )
        if not ask.confirm(
            self, question, title=self.tr("Supprimer une évaluation"), yes=self.tr("Supprimer")
        ):
            return False
        if self.workshop.assessment_id == assessment_id:
            self.workshop.set_assessment(None)
        copy = self.workshop.save(
            "assessments", assessments.delete_assessment_after_backup, assessment_id=assessment_id
        )
        if copy is None:
            return False
        ask.inform(
            self,
            self.tr("Évaluation supprimée"),
            self.tr("« %1 » est supprimée. La copie faite juste avant est ici : %2")
            .replace("%1", summary.label)
            .replace("%2", str(copy)),
        )
        return True
