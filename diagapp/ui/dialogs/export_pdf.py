"""« Envoyer aux financeurs… »: choose language, anonymisation, sections and destination;
write the monograph PDF and a .eml draft carrying it off the UI thread, then open the draft
in the desktop's mail program (or show the folder when there is none).

The menu calls `open_export_dialog(parent, workshop)`.
"""

from __future__ import annotations

import html
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.model import Assessment
from diagapp.services import assessments, compare, reporting
from diagapp.ui import coverage, settings
from diagapp.ui.dialogs import ask
from diagapp.ui.dialogs.reread_panel import RereadPanel
from diagapp.ui.jobs import Job, run_job
from diagapp.ui.widgets.readable import ALERT_COLOR
from diagapp.ui.workshop import Workshop


@dataclass(frozen=True)
class ExportChoice:
    lang: str
    anonymize: bool
    sections: tuple[str, ...]
    compare: tuple[int, ...]
    to: str
    pdf: Path
    logo: Path | None = None  # on the cover
    sender: str = ""  # the draft's From (remembered), empty: the mail program's own
    edition: str = "team"  # or "funder": the short document a funder decides on

    @property
    def eml(self) -> Path:
        return self.pdf.with_suffix(".eml")


WIDTH = 820  # px: the dialog's width when the screen allows
SECTIONS_HEIGHT = 170  # px: the sections list on a small screen (it scrolls)


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(QDialog):
    def __init__(
        self,
        *,
        lang: str,
        default_pdf: Path,
        previous: tuple[int, str] | None,
        logo: str = "",
        sender: str = "",
        partial: str = "",
        parent: QWidget | None = None,
        reread: QWidget | None = None,  # the reread's findings, shown before export
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Envoyer aux financeurs"))
        self.previous = previous
        intro = QLabel(
            self.tr(
                "La monographie PDF est écrite à l'endroit choisi, puis un brouillon de courriel "
                "qui la contient s'ouvre dans votre messagerie. Les notes privées n'y figurent "
                "jamais ; les justifications destinées aux financeurs, si."
            )
        )
        intro.setWordWrap(True)
        self.partial = QLabel(partial)  # a partial diagnostic, said before it is sent
        self.partial.setWordWrap(True)
        self.partial.setStyleSheet(f"color: {ALERT_COLOR}; font-weight: bold")
        self.partial.setVisible(bool(partial))
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if lang == "en" else 0)
        self.edition = QComboBox()
        self.edition.setAccessibleName(self.tr("Édition"))
        self.edition.addItem(self.tr("Équipe : la monographie complète"), "team")
        self.edition.addItem(
            self.tr("Financeurs : dossier court (demande, chiffres, risques, scores)"), "funder"
        )
        self.edition.currentIndexChanged.connect(self._edition_changed)
        self.anonymize = QCheckBox(
            self.tr("Anonymiser : remplacer les noms des participants par leur collège")
        )
        self.evolution = QCheckBox(
            self.tr("Ajouter l'évolution depuis « %1 »").replace(
                "%1", previous[1] if previous else ""
            )
        )
        self.evolution.setVisible(previous is not None)
        self.evolution.setChecked(previous is not None)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        for section, title in reporting.section_titles(lang):
            if section == "evolution":
                continue  # follows the check box above
            entry = QListWidgetItem(title)
            entry.setData(Qt.ItemDataRole.UserRole, section)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(entry)
        self.language.currentIndexChanged.connect(self._title_sections)
        self.to = QLineEdit()
        self.to.setPlaceholderText(self.tr("financeur@region.fr, fondation@exemple.org"))
        self.to.setAccessibleName(self.tr("Destinataires"))
        self.from_address = QLineEdit(sender)
        self.from_address.setPlaceholderText(self.tr("vous@dynamique.org (facultatif)"))
        self.from_address.setAccessibleName(self.tr("Expéditeur"))
        self.path = QLineEdit(str(default_pdf))
        self.path.setAccessibleName(self.tr("Fichier PDF"))
        self.path.setToolTip(self.path.text())
        # A long path is cut at its start, not its end: the file's name stays in sight.
        self.path.textChanged.connect(self._path_changed)
        self.path.editingFinished.connect(self._show_path_end)
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.logo = QLineEdit(logo)
        self.logo.setPlaceholderText(self.tr("aucun"))
        self.logo.setClearButtonEnabled(True)
        self.logo.setAccessibleName(self.tr("Logo de la couverture"))
        browse_logo = QPushButton(self.tr("Choisir…"))
        browse_logo.setAccessibleName(self.tr("Choisir le logo"))
        browse_logo.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse_logo)
        form = QFormLayout()
        form.addRow(self.tr("Édition :"), self.edition)
        form.addRow(self.tr("Langue :"), self.language)
        form.addRow(self.tr("Destinataires :"), self.to)
        form.addRow(self.tr("De :"), self.from_address)
        form.addRow(self.tr("Fichier PDF :"), where)
        form.addRow(self.tr("Logo (couverture) :"), logo_row)
        form.addRow(self.tr("Sections :"), self.sections)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Créer le PDF et le courriel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.partial)
        layout.addLayout(form)
        layout.addWidget(self.anonymize)
        layout.addWidget(self.evolution)
        if reread is not None:
            layout.addWidget(reread)
        layout.addWidget(self.buttons)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Wide enough for the path and the section titles, tall enough for every section
        when the screen has room; never larger than the screen's free area."""
        self.ensurePolished()  # the style's fonts and margins, as shown
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1600, 1000)
        width = min(max(WIDTH, self.fontMetrics().averageCharWidth() * 95), room.width())
        self.setMinimumWidth(width)
        self.sections.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        full = self.sections.sizeHint().height()  # every section in sight
        self.sections.setMaximumHeight(SECTIONS_HEIGHT)
        spare = room.height() - self._height_at(width) - 60  # the title bar and a margin
        self.sections.setMaximumHeight(max(SECTIONS_HEIGHT, min(full, SECTIONS_HEIGHT + spare)))
        self.resize(width, min(self._height_at(width), room.height()))

    def _height_at(self, width: int) -> int:
        """The height the dialog wants at that width (its wrapped labels take fewer lines)."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        for cached in (layout, *layout.findChildren(QLayout)):  # after a maximum changed
            cached.invalidate()
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return layout.totalSizeHint().height()

    def _path_changed(self, text: str) -> None:
        self.path.setToolTip(text)
        if not self.path.hasFocus():  # set by the program (edition, « Choisir… »)
            self._show_path_end()

    def _show_path_end(self) -> None:
        self.path.setCursorPosition(len(self.path.text()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_path_end()

    def _title_sections(self) -> None:
        """The sections as the PDF will title them, in the language chosen for it."""
        titles = dict(reporting.section_titles(str(self.language.currentData())))
        for row in range(self.sections.count()):
            entry = self.sections.item(row)
            entry.setText(titles.get(str(entry.data(Qt.ItemDataRole.UserRole)), entry.text()))

    def _edition_changed(self) -> None:
        """The funder edition has fixed pages and its own trend: no sections to choose."""
        team = self.edition.currentData() == "team"
        self.sections.setEnabled(team)
        self.evolution.setEnabled(team)
        path = Path(self.path.text())
        renamed = reporting.edition_filename(path.name, "team" if team else "funder")
        if renamed != path.name:  # the proposed name follows the edition
            self.path.setText(str(path.with_name(renamed)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la monographie"), self.path.text(), "PDF (*.pdf)"
        )
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo de la couverture"),
            self.logo.text() or str(documents_dir()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.logo.setText(path)

    def choice(self) -> ExportChoice:
        sections = []
        for row in range(self.sections.count()):
            entry = self.sections.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                sections.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        evolution = self.previous is not None and self.evolution.isChecked()
        if evolution:
            sections.append("evolution")
        text = self.path.text().strip()
        pdf = Path(text if text.lower().endswith(".pdf") else f"{text}.pdf").expanduser()
        edition = str(self.edition.currentData())
        if edition != "team":  # fixed pages, last year's figures always beside this year's
            sections, evolution = [], False
        return ExportChoice(
            lang=str(self.language.currentData()),
            anonymize=self.anonymize.isChecked(),
            sections=tuple(sections),
            compare=(self.previous[0],) if evolution and self.previous else (),
            to=self.to.text().strip(),
            pdf=pdf,
            logo=Path(self.logo.text().strip()).expanduser() if self.logo.text().strip() else None,
            sender=self.from_address.text().strip(),
            edition=edition,
        )


def export_and_draft(
    *, db: Any, assessment_id: int, choice: ExportChoice, progress: Callable[[int, int], bool]
) -> reporting.EmailDraft:
    """Runs off the UI thread: the PDF, then the draft carrying it."""
    return reporting.export_email(
        db,
        assessment_id=assessment_id,
        to=choice.to,
        out=choice.eml,
        lang=choice.lang,
        anonymize=choice.anonymize,
        sections=choice.sections,
        compare=choice.compare,
        pdf_out=choice.pdf,
        logo=choice.logo,
        sender=choice.sender,
        edition=choice.edition,
        progress=progress,
    )


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (replaced in tests)."""
    return QDesktopServices.openUrl(url)


def mail_handler_registered() -> bool:
    """Whether the desktop has a mail program for .eml drafts (replaced in tests).

    On Linux a .eml without one opens in whatever takes text, a terminal editor even: ask
    xdg-mime first. Windows and macOS hand .eml files to their mail program."""
    if not sys.platform.startswith("linux"):
        return True
    try:
        found = subprocess.run(
            ["xdg-mime", "query", "default", "message/rfc822"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False  # no xdg-utils: nothing says a mail program would take it
    return found.returncode == 0 and bool(found.stdout.strip())


class WrittenNotice(QLabel):
    """In the window's status bar until the next export: where the PDF is, a link to it."""

    def __init__(self, written: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = written.parent
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            html.escape(
                QCoreApplication.translate("export_pdf", "PDF écrit dans %1").replace(
                    "%1", str(self.folder)
                )
            )
            + " — <a href='folder'>"
            + html.escape(QCoreApplication.translate("export_pdf", "ouvrir le dossier"))
            + "</a>"
        )
        self.setToolTip(str(written))
        self.linkActivated.connect(lambda _link: open_url(QUrl.fromLocalFile(str(self.folder))))


def announce_written(parent: QWidget | None, draft: reporting.EmailDraft) -> None:
    """A lasting line in the main window's status bar (a dialog goes away, this stays)."""
    window = parent.window() if parent is not None else None
    if not isinstance(window, QMainWindow):
        return
    for old in window.findChildren(WrittenNotice):
        window.statusBar().removeWidget(old)
        old.deleteLater()
    notice = WrittenNotice(draft.pdf or draft.eml, window)
    window.statusBar().insertPermanentWidget(0, notice, 1)


def show_draft(parent: QWidget | None, draft: reporting.EmailDraft) -> None:
    """Open the draft in the mail program when one is registered; otherwise show the folder
    holding both files. Either way the window then says where the PDF is."""
    announce_written(parent, draft)
    if mail_handler_registered() and open_url(QUrl.fromLocalFile(str(draft.eml))):
        return
    folder = draft.eml.parent
    opened = open_url(QUrl.fromLocalFile(str(folder)))
    message = QCoreApplication.translate(
        "export_pdf",
        "Aucune messagerie n'a pu ouvrir le brouillon. Le PDF et le courriel sont dans "
        "%1 : joignez le PDF à un message, ou ouvrez le fichier .eml avec votre messagerie.",
    ).replace("%1", str(folder))
    if not opened:
        message += "\n\n" + f"{draft.pdf}\n{draft.eml}"
    ask.inform(parent, QCoreApplication.translate("export_pdf", "Monographie prête"), message)


def _previous(workshop: Workshop) -> tuple[int, str] | None:
    if workshop.assessment_id is None:
        return None
    earlier = compare.previous_assessment(workshop.db, assessment_id=workshop.assessment_id)
    if earlier is None:
        return None
    summaries = [a for d in assessments.list_dynamics(workshop.db) for a in d.assessments]
    label = next((a.label for a in summaries if a.id == earlier), str(earlier))
    return earlier, label


def _partial(current: Assessment, workshop: Workshop) -> str:
    basis = coverage.partial_basis(current, workshop.questionnaire())
    return coverage.partial_warning(basis) if basis is not None else ""


def ask_export(parent: QWidget | None, workshop: Workshop) -> ExportChoice | None:
    """The dialog, as a plain value (replaced in tests)."""
    current = workshop.assessment()
    if current is None:
        return None
    name = reporting.default_filename(current.dynamic_name, current.date.year, workshop.lang)
    dialog = ExportDialog(
        lang=workshop.lang,
        default_pdf=documents_dir() / name,
        previous=_previous(workshop),
        logo=settings.get(settings.REPORT_LOGO),
        sender=settings.get(settings.REPORT_SENDER),
        partial=_partial(current, workshop),
        parent=parent,
        reread=RereadPanel(db=workshop.db, assessment_id=current.id, lang=workshop.lang),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    settings.put(settings.REPORT_LOGO, str(choice.logo) if choice.logo else "")  # next year too
    settings.put(settings.REPORT_SENDER, choice.sender)
    return choice


def open_export_dialog(parent: QWidget | None, workshop: Workshop) -> Job | None:
    """« Envoyer aux financeurs… »: ask, export off the UI thread, open the draft."""
    if workshop.assessment_id is None:
        ask.inform(
            parent,
            QCoreApplication.translate("export_pdf", "Envoyer aux financeurs"),
            QCoreApplication.translate("export_pdf", "Ouvrez d'abord une évaluation."),
        )
        return None
    choice = ask_export(parent, workshop)
    if choice is None:
        return None
    return run_job(
        parent,
        QCoreApplication.translate("export_pdf", "Écriture de la monographie…"),
        export_and_draft,
        on_done=lambda draft: show_draft(parent, draft),
        on_error=lambda message: ask.warn(
            parent, QCoreApplication.translate("export_pdf", "Envoyer aux financeurs"), message
        ),
        db=workshop.db,
        assessment_id=workshop.assessment_id,
        choice=choice,
    )
