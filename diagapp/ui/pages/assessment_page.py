"""What the pages that show one assessment share: a placeholder while no assessment is
selected, a reload when the data they show changes (deferred while hidden), and saving
through the Workshop with a yes/no answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import STATUS_DONE, STATUS_DRAFT, Assessment
from diagapp.ui.workshop import Workshop

DONE_BACKGROUND = "#fff3cd"  # a pale amber: a notice, not an error
DONE_TEXT = "#3a2a00"


class DoneBanner(QFrame):
    """Above a page of an assessment marked « Terminée »: said plainly, with « Rouvrir »."""

    def __init__(self, reopen: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(DONE_BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(DONE_TEXT))
        self.setPalette(palette)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(lambda _checked=False: reopen())
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.reopen_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            "<b>"
            + self.tr("Évaluation terminée.")
            + "</b> "
            + self.tr(
                "Elle a été marquée « Terminée » : ce que vous changez ici modifie un "
                "diagnostic clos, et peut-être déjà envoyé aux financeurs. Rouvrez-la pour "
                "la compléter."
            )
        )
        self.reopen_button.setText(self.tr("Rouvrir"))
        self.reopen_button.setToolTip(self.tr("Repasser l'évaluation « En cours »"))


class AssessmentPage(QWidget):
    """Subclasses build their widgets into `self.content`, set `title` in `retranslate()`
    and fill the widgets from the assessment in `load()`."""

    # Kinds of Workshop.data_changed that call for a reload (None: every kind).
    relevant_changes: frozenset[str] | None = None

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.title = ""
        self._dirty = True
        self._loading = False
        self._layout = QStackedLayout(self)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.content = QWidget()
        self.done_banner = DoneBanner(self._reopen)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.done_banner)
        column.addWidget(self.content, 1)
        self._layout.addWidget(self.placeholder)
        self._layout.addWidget(body)
        workshop.assessment_changed.connect(self._on_assessment_changed)
        workshop.data_changed.connect(self._on_data_changed)
        workshop.language_changed.connect(self._on_language_changed)

    # --- to override ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr("Choisissez ou créez d'abord une évaluation sur la page d'accueil.")
        )
        self.done_banner.retranslate()

    def load(self, assessment: Assessment) -> None:
        raise NotImplementedError

    def assessment_switched(self) -> None:
        """The workshop moved to another assessment (forget cached data)."""

    # --- shared behaviour -----------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.workshop.lang

    @property
    def loading(self) -> bool:
        """True while widgets are filled from stored data: their signals must not save."""
        return self._loading

    def refresh(self) -> None:
        """Reload from the workshop now."""
        self._dirty = False
        assessment = self.workshop.assessment()
        if assessment is None:
            self._layout.setCurrentWidget(self.placeholder)
            return
        self._layout.setCurrentIndex(1)
        self.done_banner.setVisible(assessment.status == STATUS_DONE)
        self._loading = True
        try:
            self.load(assessment)
        finally:
            self._loading = False

    def _schedule(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _on_assessment_changed(self, _assessment_id: object) -> None:
        self.assessment_switched()
        self._schedule()

    def _on_data_changed(self, what: str) -> None:
        if self.relevant_changes is None or what in self.relevant_changes:
            self._schedule()
        elif what == "assessments":  # marked done or reopened elsewhere
            assessment = self.workshop.assessment()
            self.done_banner.setVisible(assessment is not None and assessment.status == STATUS_DONE)

    def _reopen(self) -> None:
        """« Rouvrir »: the assessment is in progress again; the banner goes."""
        from diagapp.services import assessments

        if self.workshop.assessment_id is not None:
            self.workshop.save(
                "assessments",
                assessments.set_status,
                assessment_id=self.workshop.assessment_id,
                status=STATUS_DRAFT,
            )

    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()
        self._schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._refresh_header_fonts()

    def _refresh_header_fonts(self) -> None:
        """Large type: Qt sometimes leaves the header of a table never shown yet (in another
        tab) at the old size; an empty font makes it inherit again."""
        for header in self.findChildren(QHeaderView):
            parent = header.parentWidget()
            if parent is not None and header.font() != parent.font():
                header.setFont(QFont())

    def save(self, what: str, action: Callable[..., Any], /, **kwargs: Any) -> bool:
        """Save through the Workshop (which reports failures to the window); True if saved."""
        failures: list[str] = []

        def note(message: str) -> None:
            failures.append(message)

        self.workshop.failed.connect(note)
        try:
            self.workshop.save(what, action, **kwargs)
        finally:
            self.workshop.failed.disconnect(note)
        return not failures
