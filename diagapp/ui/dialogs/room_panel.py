"""« Mode salle »: open the workshop to the participants' phones, and follow it.

A window to project: the network to offer it on (one of the laptop's addresses, chosen by
the facilitator, never every interface), then the address in large type, its QR code, the
join code, how many phones are connected and how far each participant is. The server runs in
its own thread (diagapp.room); what it reports reaches this window through a queued signal,
and the deliberation fills as answers arrive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diagapp.domain.errors import DiagappError
from diagapp.ui.workshop import Workshop

REFRESH_MS = 400  # answers arriving together refresh the window once


class _Bridge(QObject):
    """Carries the server threads' news to the window's thread (a queued signal)."""

    happened = Signal(str, int)


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of `text`, drawn module by module (segno gives the matrix)."""
    import segno

    matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix]
    border = 4
    count = len(matrix) + 2 * border
    image = QImage(count, count, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawPoint(x + border, y + border)
    painter.end()
    return QPixmap.fromImage(image.scaled(size, size))  # nearest: the modules stay sharp


class RoomPanel(QDialog):
    """The room's control window. `open_room()` starts it, `close_room()` ends it."""

    room_changed = Signal()  # opened, someone joined or answered, joining closed, closed

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.server: Any = None  # diagapp.room.server.RoomServer while open
        self._bridge = _Bridge(self)
        self._bridge.happened.connect(self._on_room_event)
        self._pending: set[str] = set()
        self._stopping: Any = None  # the closed room's server during its grace period
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_now)
        self.setWindowTitle(self.tr("Mode salle"))
        self.setModal(False)

        self.network = QComboBox()
        self.network_label = QLabel(self.tr("Réseau de l'atelier :"))
        self.network_label.setBuddy(self.network)
        self.open_button = QPushButton(self.tr("Ouvrir l'atelier aux téléphones"))
        self.open_button.clicked.connect(self.open_room)
        chooser = QHBoxLayout()
        chooser.addWidget(self.network_label)
        chooser.addWidget(self.network, 1)
        chooser.addWidget(self.open_button)

        self.intro = QLabel(
            self.tr(
                "Les participants répondent sur leur téléphone, connectés au même réseau que "
                "cet ordinateur (son point d'accès, en général). Rien ne passe par Internet."
            )
        )
        self.intro.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.address = QLabel()
        self.address.setFont(big)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setFont(big)
        self.code.setAccessibleName(self.tr("Code de l'atelier"))
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code de l'adresse de l'atelier"))
        self.connected = QLabel()
        self.progress = QTableWidget(0, 2)
        self.progress.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Réponses")])
        header = self.progress.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.progress.verticalHeader().hide()
        self.progress.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.release = QPushButton(self.tr("Libérer le téléphone du participant choisi"))
        self.release.setToolTip(
            self.tr("Pour qui a changé de téléphone : son nom redevient libre dans la liste.")
        )
        self.release.clicked.connect(self.release_selected)
        self.progress.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.progress.itemSelectionChanged.connect(self._show_release)
        self.close_joining = QPushButton(self.tr("Fermer les inscriptions"))
        self.close_joining.clicked.connect(self.stop_joining)
        self.close_button = QPushButton(self.tr("Fermer l'atelier"))
        self.close_button.clicked.connect(self.close_room)

        shown = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.address)
        words.addWidget(self.code)
        words.addWidget(self.connected)
        words.addStretch(1)
        shown.addLayout(words, 1)
        shown.addWidget(self.qr)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release)
        buttons.addWidget(self.close_joining)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.intro)
        layout.addLayout(shown)
        layout.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        self._fill_networks()
        self._show_state()
        workshop.assessment_changed.connect(lambda _id: self._show_state())
        if parent is not None:
            parent.installEventFilter(self)  # the room closes with the window

    # --- the network --------------------------------------------------------------------

    def _fill_networks(self) -> None:
        from diagapp.room.server import interfaces

        self.network.clear()
        for interface in interfaces():  # reachable networks first, this computer alone last
            text = f"{interface.address}  ({interface.name})"
            if interface.loopback:
                text += "  — " + self.tr("cet ordinateur seulement")
            self.network.addItem(text, interface.address)

    # --- opening and closing ------------------------------------------------------------

    def open_room(self) -> bool:
        from diagapp.room.server import RoomServer
        from diagapp.room.state import RoomState

        assessment_id = self.workshop.assessment_id
        if self.server is not None or assessment_id is None:
            return False
        address = self.network.currentData()
        if not address:
            return False
        room = RoomState(assessment_id)
        room.listeners.append(self._bridge.happened.emit)  # from the server's threads
        try:
            server = RoomServer(self.workshop.db, room, address=address)
            server.start()
        except DiagappError as exc:
            self.workshop.failed.emit(str(exc))
            return False
        self.server = server
        self._show_state()
        self.room_changed.emit()
        return True

    def stop_joining(self) -> None:
        if self.server is not None:
            self.server.room.joining_open = False
            self._show_state()
            self.room_changed.emit()

    def _selected_participant(self) -> int | None:
        rows = self.progress.selectionModel().selectedRows()
        item = self.progress.item(rows[0].row(), 0) if rows else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def release_selected(self) -> None:
        participant_id = self._selected_participant()
        if self.server is not None and participant_id is not None:
            self.server.room.release(participant_id)
            self._show_state()

    def _show_release(self) -> None:
        connected = set(self.server.room.connected()) if self.server is not None else set()
        self.release.setEnabled(self._selected_participant() in connected)

    def close_room(self) -> None:
        """« Fermer l'atelier »: no phone writes any more, their pages show the end page for
        a few seconds, then the server stops and nothing listens."""
        from diagapp.room.server import CLOSING_GRACE_S

        server, self.server = self.server, None
        if server is None:
            return
        server.room.close()
        QTimer.singleShot(int(CLOSING_GRACE_S * 1000), server.stop)
        self._stopping = server
        self._show_state()
        self.room_changed.emit()

    def stop_now(self) -> None:
        """The window closes: stop at once."""
        for server in (self.server, self._stopping):
            if server is not None:
                server.stop()
        self.server = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.stop_now()
        return False

    # --- what the room tells ------------------------------------------------------------

    def _on_room_event(self, what: str, _participant_id: int) -> None:
        self._pending.add("participants" if what == "joined" else "answers")
        self._refresh.start()

    def _refresh_now(self) -> None:
        for what in sorted(self._pending):
            self.workshop.data_changed.emit(what)  # the deliberation fills as answers arrive
        self._pending.clear()
        self._show_state()
        self.room_changed.emit()

    def _show_state(self) -> None:
        running = self.server is not None
        for widget in (self.address, self.code, self.qr, self.connected, self.progress):
            widget.setVisible(running)
        self.release.setVisible(running)
        self.close_joining.setEnabled(running and self.server.room.joining_open)
        self.close_button.setEnabled(running)
        self.network.setEnabled(not running)
        self.open_button.setEnabled(
            not running and self.network.count() > 0 and self.workshop.assessment_id is not None
        )
        if not running:
            return
        room = self.server.room
        self.address.setText(self.server.url)
        self.code.setText(self.tr("Code : %1").replace("%1", room.join_code))
        self.qr.setPixmap(qr_pixmap(self.server.join_url, 260))
        connected = room.connected()
        text = self.tr("%1 téléphone(s) connecté(s)").replace("%1", str(len(connected)))
        if not room.joining_open:
            text += " — " + self.tr("inscriptions fermées")
        self.connected.setText(text)
        self._show_progress(set(connected))
        self._show_release()

    def _show_progress(self, connected: set[int]) -> None:
        from diagapp.services import assessments, catalog

        # the room's assessment, even if the window moved to another one meanwhile (the
        # window's own snapshot otherwise: the deliberation has just loaded it)
        room_assessment = self.server.room.assessment_id
        assessment = self.workshop.assessment()
        if assessment is None or assessment.id != room_assessment:
            assessment = assessments.load_assessment(self.workshop.db, room_assessment)
        total = len(catalog.questionnaire(assessment.questionnaire_version).items)
        answered: dict[int, int] = {}
        for answer in assessment.answers:
            if answer.participant_id is not None and answer.answered:
                answered[answer.participant_id] = answered.get(answer.participant_id, 0) + 1
        self.progress.setRowCount(len(assessment.participants))
        for row, participant in enumerate(assessment.participants):
            name = participant.display_name()
            if participant.id in connected:
                name += "  — " + self.tr("connecté·e")
            cell = QTableWidgetItem(name)
            cell.setData(Qt.ItemDataRole.UserRole, participant.id)
            self.progress.setItem(row, 0, cell)
            count = answered.get(participant.id, 0)
            self.progress.setItem(row, 1, QTableWidgetItem(f"{count} / {total}"))


def open_room_panel(window: QWidget, workshop: Workshop) -> RoomPanel:
    """Show the room panel of `window` (one per window)."""
    panel = window.findChild(RoomPanel)
    if panel is None:
        panel = RoomPanel(workshop, window)
        panel.resize(900, 700)
    panel.show()
    panel.raise_()
    return panel
