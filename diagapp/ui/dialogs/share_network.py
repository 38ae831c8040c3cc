"""« Partager avec le réseau… », « Se retirer du réseau… » and « Importer le référentiel du
réseau… » from the window (issue 16): the same services as `diagapp share` and
`diagapp benchmark import`, the team seeing exactly what the file holds before it is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.errors import DiagappError
from diagapp.services import assessments, peers, share
from diagapp.ui.dialogs import ask
from diagapp.ui.dialogs.share_preview import readable
from diagapp.ui.workshop import Workshop

translate = QCoreApplication.translate  # spelled out below so that pyside6-lupdate sees it
Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def choose_save_path(parent: QWidget | None, title: str, default: Path) -> Path | None:
    """Where to write a JSON file, or None when cancelled (tests replace it)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(default), translate("share_network", "Fichier JSON (*.json)")
    )
    if not path:
        return None
    return Path(path) if Path(path).suffix.lower() == ".json" else Path(path + ".json")


def choose_open_path(parent: QWidget | None) -> Path | None:
    """The benchmark file to import, or None when cancelled (tests replace it)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("share_network", "Importer le référentiel du réseau"),
        "",
        translate("share_network", "Référentiel du réseau (*.json)"),
    )
    return Path(path) if path else None


def _latest_of_dynamic(workshop: Workshop) -> int | None:
    assessment = workshop.assessment()
    if assessment is None:
        return None
    return assessments.history(workshop.db, dynamic_id=assessment.dynamic_id)[-1]


class ShareDialog(QDialog):
    """Step 1: the years and the opt-ins; step 2: the file as it will be written."""

    def __init__(
        self,
        workshop: Workshop,
        assessment_id: int,
        *,
        clock: Clock = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop, self.assessment_id, self.clock = workshop, assessment_id, clock
        self.document: dict[str, Any] | None = None
        self.written: Path | None = None
        self.setWindowTitle(translate("share_network", "Partager avec le réseau"))
        self.resize(760, 640)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._options_step())
        self.steps.addWidget(self._preview_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)

    # --- step 1 ---------------------------------------------------------------------------

    def _options_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            translate(
                "share_network",
                "Le réseau met en commun des fichiers anonymisés pour que chaque dynamique se "
                "situe parmi des dynamiques comme elle. Le fichier ne contient ni noms, ni "
                "participants, ni textes libres : vous le verrez en entier avant de l'écrire.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(translate("share_network", "Années à partager :")))
        self.years = QListWidget()
        self.years.setMaximumHeight(90)
        for assessment_id, date in share.shareable_years(
            self.workshop.db, assessment_id=self.assessment_id
        ):
            entry = QListWidgetItem(
                translate("share_network", "%1 (diagnostic du %2)")
                .replace("%1", str(date.year))
                .replace("%2", date.strftime("%d/%m/%Y"))
            )
            entry.setData(Qt.ItemDataRole.UserRole, (assessment_id, date.year))
            entry.setCheckState(Qt.CheckState.Checked)
            self.years.addItem(entry)
        layout.addWidget(self.years)

        form = QFormLayout()
        self.share_departement = QCheckBox(translate("share_network", "Indiquer le département"))
        self.departement = QLineEdit()
        self.departement.setPlaceholderText(translate("share_network", "ex. 07, 2A, 974"))
        self.departement.setMaxLength(3)
        form.addRow(self.share_departement, self.departement)
        self.share_contact = QCheckBox(
            translate("share_network", "Proposer notre aide à d'autres dynamiques")
        )
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(translate("share_network", "adresse électronique"))
        form.addRow(self.share_contact, self.contact)
        layout.addLayout(form)
        self.helping_label = QLabel(
            translate(
                "share_network",
                "Éléments sur lesquels l'équipe accepte d'aider (le réseau transmet votre contact "
                "aux dynamiques qui y sont plus faibles) :",
            )
        )
        self.helping_label.setWordWrap(True)
        layout.addWidget(self.helping_label)
        self.helping = QListWidget()
        self.helping.setWordWrap(True)  # the items are whole sentences
        self.helping.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        q = self.workshop.questionnaire()
        for d in q.dimensions:
            for item in d.items:
                entry = QListWidgetItem(f"{d.number}. {item.label.get(self.workshop.lang)}")
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setToolTip(item.label.get(self.workshop.lang))
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.helping.addItem(entry)
        layout.addWidget(self.helping, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(
            translate("share_network", "Voir le contenu du fichier…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        layout.addWidget(buttons)
        for box in (self.share_departement, self.share_contact):
            box.toggled.connect(self._enable)
        self._enable()
        return page

    def _enable(self) -> None:
        self.departement.setEnabled(self.share_departement.isChecked())
        helping = self.share_contact.isChecked()
        for widget in (self.contact, self.helping, self.helping_label):
            widget.setEnabled(helping)

    def chosen_years(self) -> list[tuple[int, int]]:
        entries = (self.years.item(i) for i in range(self.years.count()))
        return [
            e.data(Qt.ItemDataRole.UserRole)
            for e in entries
            if e.checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> dict[str, Any]:
        """The keyword arguments of `share.build_share` the team chose (what `diagapp share`
        takes as --assessment, --departement, --contact and --helping)."""
        chosen = self.chosen_years()
        entries = (self.helping.item(i) for i in range(self.helping.count()))
        offering = self.share_contact.isChecked()
        return {
            "assessment_id": chosen[-1][0] if chosen else self.assessment_id,
            "years": [year for _id, year in chosen],
            "departement": self.departement.text().strip()
            if self.share_departement.isChecked()
            else None,
            "contact": self.contact.text().strip() or None if offering else None,
            "helping": [
                e.data(Qt.ItemDataRole.UserRole)
                for e in entries
                if offering and e.checkState() == Qt.CheckState.Checked
            ],
        }

    def show_preview(self) -> None:
        try:
            self.document = share.build_share(self.workshop.db, clock=self.clock, **self.options())
        except DiagappError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.readable.setPlainText(
            readable(self.document, share.shipped_questionnaires(), self.workshop.lang)
        )
        self.raw.setPlainText(self.file_text())
        self.steps.setCurrentIndex(1)

    # --- step 2 ---------------------------------------------------------------------------

    def _preview_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            translate(
                "share_network",
                "Voici exactement ce que contiendra le fichier. Rien d'autre n'est écrit ; rien "
                "n'est envoyé : c'est vous qui transmettrez le fichier au réseau.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.preview_tabs = QTabWidget()
        self.readable = QPlainTextEdit()
        self.raw = QPlainTextEdit()
        for view in (self.readable, self.raw):
            view.setReadOnly(True)
        self.preview_tabs.addTab(self.readable, translate("share_network", "En clair"))
        self.preview_tabs.addTab(self.raw, translate("share_network", "Fichier exact (JSON)"))
        layout.addWidget(self.preview_tabs, 1)
        row = QHBoxLayout()
        back = QPushButton(translate("share_network", "← Modifier les choix"))
        back.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        self.save_button = QPushButton(translate("share_network", "Enregistrer le fichier…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(translate("share_network", "Annuler"))
        cancel.clicked.connect(self.reject)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return page

    def file_text(self) -> str:
        assert self.document is not None
        return json.dumps(self.document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    def default_path(self) -> Path:
        stamp = self.clock().date().isoformat()
        return self.workshop.db.path.parent / f"partage-reseau-{stamp}.json"

    def save(self) -> None:
        assert self.document is not None
        path = choose_save_path(
            self,
            translate("share_network", "Enregistrer le fichier de partage"),
            self.default_path(),
        )
        if path is None:
            return
        try:
            self.written = share.write_document(path, self.document)
        except DiagappError as exc:
            ask.warn(self, translate("share_network", "Fichier non écrit"), str(exc))
            return
        ask.inform(
            self,
            translate("share_network", "Fichier de partage écrit"),
            translate(
                "share_network",
                "%1 est prêt. Envoyez-le au réseau (courriel, dossier partagé) : il ne contient "
                "ni noms, ni participants, ni textes libres.",
            ).replace("%1", str(self.written)),
        )
        self.accept()


def open_share_dialog(
    parent: QWidget | None, workshop: Workshop, *, clock: Clock = _utc_now
) -> ShareDialog | None:
    assessment_id = _latest_of_dynamic(workshop)
    if assessment_id is None:
        ask.inform(
            parent, "", translate("share_network", "Choisissez d'abord une évaluation à partager.")
        )
        return None
    dialog = ShareDialog(workshop, assessment_id, clock=clock, parent=parent)
    dialog.open()
    return dialog


def withdraw_from_network(
    parent: QWidget | None, workshop: Workshop, *, clock: Clock = _utc_now
) -> Path | None:
    """The withdrawal file, after a confirmation saying what it does; the dynamic then forgets
    its pseudonymous id (a later share starts afresh), as `diagapp share --withdraw` does."""
    assessment_id = _latest_of_dynamic(workshop)
    if assessment_id is None:
        ask.inform(parent, "", translate("share_network", "Choisissez d'abord une évaluation."))
        return None
    try:
        document = share.build_withdrawal(workshop.db, assessment_id=assessment_id, clock=clock)
    except DiagappError as exc:
        ask.warn(parent, translate("share_network", "Se retirer du réseau"), str(exc))
        return None
    question = translate(
        "share_network",
        "Vous allez écrire un fichier de retrait. Envoyé au réseau, il efface du pool tout ce "
        "que cette dynamique a partagé, toutes années comprises. Votre identifiant pseudonyme "
        "est ensuite oublié sur cet ordinateur : un partage ultérieur repartira de zéro sous un "
        "nouvel identifiant. Vos données restent intactes ici.",
    )
    if not ask.confirm(
        parent,
        question,
        title=translate("share_network", "Se retirer du réseau"),
        yes=translate("share_network", "Écrire le fichier de retrait…"),
    ):
        return None
    stamp = clock().date().isoformat()
    path = choose_save_path(
        parent,
        translate("share_network", "Enregistrer le fichier de retrait"),
        workshop.db.path.parent / f"retrait-reseau-{stamp}.json",
    )
    if path is None:
        return None
    try:
        written = share.write_document(path, document)
        share.forget(workshop.db, assessment_id=assessment_id)
    except DiagappError as exc:
        ask.warn(parent, translate("share_network", "Fichier non écrit"), str(exc))
        return None
    ask.inform(
        parent,
        translate("share_network", "Fichier de retrait écrit"),
        translate(
            "share_network",
            "%1 est prêt. Envoyez-le au réseau : il y effacera tout ce que cette dynamique a "
            "partagé.",
        ).replace("%1", str(written)),
    )
    return written


def import_network_benchmark(
    parent: QWidget | None, workshop: Workshop, show_tab: Callable[[], None]
) -> bool:
    """The network's benchmark file, checked then stored (as `diagapp benchmark import`), then
    the results' « Au regard du réseau » tab; a refused file changes nothing."""
    path = choose_open_path(parent)
    if path is None:
        return False
    try:
        info = peers.import_benchmark(workshop.db, path)
    except DiagappError as exc:
        ask.warn(parent, translate("share_network", "Référentiel non importé"), str(exc))
        return False
    workshop.data_changed.emit("network")
    show_tab()
    ask.inform(
        parent,
        translate("share_network", "Référentiel importé"),
        translate(
            "share_network",
            "Référentiel du réseau du %1 importé (%2 groupe(s) de dynamiques).",
        )
        .replace("%1", info.generated_at[:10])
        .replace("%2", str(info.groups)),
    )
    return True
