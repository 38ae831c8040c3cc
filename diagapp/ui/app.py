"""Start the window: `diagapp` on the user's database, `diagapp --demo` on a fresh demo copy.

The window shows first, with « Ouverture de la base de données… »; the database opens in a
worker thread behind it (importing SQLAlchemy is most of that time), then the pages fill in.
A database that cannot be opened (locked by another window, too new, damaged without a
backup, read-only folder) gives a clear French dialog and a non-zero exit; a damaged file
that was replaced from a backup is announced. Bugs are logged, never shown as tracebacks.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from diagapp.domain.errors import DiagappError
from diagapp.ui import i18n, settings, style
from diagapp.ui.dialogs import ask
from diagapp.ui.icons import ICON_SIZES as ICON_SIZES  # re-exported: packaging checks
from diagapp.ui.icons import app_icon
from diagapp.ui.main_window import MainWindow
from diagapp.ui.workshop import Workshop

if TYPE_CHECKING:  # SQLAlchemy and the services load while the window already shows
    from diagapp.services.health import Recovery
    from diagapp.services.workspace import Workspace

EXIT_CANNOT_OPEN = 1
EXIT_LOCKED = 4
EXIT_DAMAGED = 3  # as the command line
EXIT_NOT_SHOWN = 5  # DIAGAPP_QUIT_AFTER_MS: the window was not visible when the timer fired
DESKTOP_ID = "org.diagapp.Diagapp"  # packaging/linux/org.diagapp.Diagapp.desktop


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        style.install(existing)
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("diagapp")
    app.setApplicationDisplayName("diagapp")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    style.install(app)
    return app


def _open(db_path: Path | None, demo: bool) -> Workspace:
    from diagapp.paths import default_database, user_data_dir
    from diagapp.services import workspace

    if demo:
        return workspace.open_fresh_demo(user_data_dir() / "demo" / "demo.sqlite")
    return workspace.open_workspace(db_path or default_database())


def _refusal(parent: QWidget | None, exc: DiagappError) -> int:
    """A database that cannot be opened: a clear dialog, then the exit code."""
    from diagapp.services import workspace

    if isinstance(exc, workspace.DatabaseLocked):
        ask.warn(
            parent, QCoreApplication.translate("app", "Base de données déjà ouverte"), str(exc)
        )
        return EXIT_LOCKED
    if isinstance(exc, workspace.DatabaseDamaged):
        ask.warn(
            parent,
            QCoreApplication.translate("app", "Base de données endommagée"),
            f"{exc}\n\n"
            + QCoreApplication.translate(
                "app",
                "Aucune sauvegarde vérifiée n'a pu la remplacer. Le fichier est laissé tel quel : "
                "conservez-le et lancez « diagapp check --repair » ou demandez de l'aide.",
            ),
        )
        return EXIT_DAMAGED
    # too new, read-only, unwritable folder, no backup…
    ask.warn(
        parent,
        QCoreApplication.translate("app", "Impossible d'ouvrir la base de données"),
        str(exc),
    )
    return EXIT_CANNOT_OPEN


def _announce_recovery(parent: QWidget | None, opened: Workspace) -> None:
    if opened.recovered is not None:
        ask.inform(
            parent,
            QCoreApplication.translate("app", "Base de données restaurée"),
            recovery_message(opened.recovered),
        )


def open_window(db_path: Path | None = None, demo: bool = False) -> MainWindow | int:
    """The window on the database, opened first (not shown yet), or the exit code after a
    clear dialog. `run` shows the window before opening instead (see `open_behind`)."""
    lang = settings.get(settings.LANGUAGE)
    i18n.install(application(), lang)
    try:
        opened = _open(db_path, demo)
    except DiagappError as exc:
        return _refusal(None, exc)
    _announce_recovery(None, opened)
    workshop = Workshop(opened, lang)
    window = MainWindow(workshop)
    _choose_assessment(workshop, demo)
    return window


class _Opener(QObject):
    """Opens the database in a worker thread; `finished` brings the Workspace or the error
    back to the UI thread. Nothing else imports the services meanwhile."""

    finished = Signal(object)  # Workspace | BaseException

    def __init__(self, open_it: Callable[[], Workspace]) -> None:
        super().__init__()
        self._open_it = open_it
        self._worker = threading.Thread(target=self._run, name="diagapp-open", daemon=True)
        self.result: object = None

    def start(self) -> None:
        self._worker.start()

    def _run(self) -> None:
        try:
            self.result = self._open_it()
        except BaseException as exc:  # handed to the UI thread, never lost
            self.result = exc
        self.finished.emit(self.result)

    def close_unused(self, used: Workspace | None) -> None:
        """The window was closed while the database was opening: let the opening end (it
        may be writing a backup), then close what it opened."""
        if self._worker.is_alive():
            self._worker.join(timeout=30)
        opened = self.result
        if opened is not None and opened is not used and not isinstance(opened, BaseException):
            cast("Workspace", opened).close()


def open_behind(
    window: MainWindow, db_path: Path | None, demo: bool, done: Callable[[int | None], None]
) -> _Opener:
    """Open the database behind the shown window: then fill the window and call done(None),
    or explain the refusal in a dialog and call done(exit code)."""
    opener = _Opener(lambda: _open(db_path, demo))

    def finished(result: object) -> None:
        if isinstance(result, DiagappError):
            done(_refusal(window, result))
            return
        if isinstance(result, BaseException):
            excepthook(type(result), result, result.__traceback__)
            done(EXIT_CANNOT_OPEN)
            return
        opened = cast("Workspace", result)
        _announce_recovery(window, opened)
        window.workshop.attach(opened)
        _choose_assessment(window.workshop, demo)
        done(None)

    # Queued: `finished` is emitted in the worker thread, the window is filled in the UI thread.
    opener.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(0, opener.start)  # once the window has had its first turn to paint
    return opener


def recovery_message(recovery: Recovery) -> str:
    lines = [
        QCoreApplication.translate(
            "app", "La base de données était endommagée ; elle a été réparée à l'ouverture."
        )
    ]
    if recovery.damaged_copy is not None:
        lines.append(
            QCoreApplication.translate(
                "app", "Le fichier endommagé est conservé à part : %1"
            ).replace("%1", str(recovery.damaged_copy))
        )
    if recovery.restored_from is not None:
        lines.append(
            QCoreApplication.translate(
                "app", "Les données ont été restaurées depuis la sauvegarde du %1."
            ).replace("%1", f"{recovery.restored_from.taken_at:%d/%m/%Y à %H:%M}")
        )
        lines.append(
            QCoreApplication.translate(
                "app", "Vérifiez les dernières saisies faites après cette sauvegarde."
            )
        )
    return "\n\n".join(lines)


def _choose_assessment(workshop: Workshop, demo: bool) -> None:
    """The demo opens on its latest assessment; otherwise the one used last time, if any."""
    from diagapp.services import assessments

    known = {a.id for d in assessments.list_dynamics(workshop.db) for a in d.assessments}
    wanted: int | None = None
    if demo and known:
        wanted = assessments.latest_assessment(workshop.db)
    else:
        path, _, number = settings.get(settings.LAST_ASSESSMENT).rpartition("#")
        if path == str(workshop.db.path) and number.isdigit() and int(number) in known:
            wanted = int(number)
    if wanted is not None:
        workshop.set_assessment(wanted)
        workshop.start_with_a_participant()


_reporting = False


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the bug with its traceback, tell the user in one short message."""
    global _reporting
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from diagapp.services.errors import log_bug

    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    where = log_bug(exc)
    if _reporting:
        return
    _reporting = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(exc, DiagappError):
            ask.warn(parent, "diagapp", str(exc))
        else:
            ask.warn(
                parent,
                QCoreApplication.translate("app", "Erreur inattendue"),
                QCoreApplication.translate(
                    "app",
                    "Une erreur inattendue s'est produite (%1). Vos saisies déjà enregistrées "
                    "sont conservées. Les détails pour l'assistance sont dans : %2",
                )
                .replace("%1", kind.__name__)
                .replace("%2", where),
            )
    finally:
        _reporting = False


class _Windows:
    """Keeps the current window; « Ouvrir une base… » replaces it by one on another file."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.open_requested.connect(self.open_other)

    def open_other(self, path: Path) -> None:
        old = self.window
        if Path(path).resolve() == old.workshop.db.path:
            return
        from diagapp.services import workspace

        try:
            opened = workspace.open_workspace(Path(path))
        except DiagappError as exc:
            ask.warn(
                old,
                QCoreApplication.translate("app", "Impossible d'ouvrir la base de données"),
                str(exc),
            )
            return
        _announce_recovery(old, opened)
        window = MainWindow(Workshop(opened, old.workshop.lang))
        _choose_assessment(window.workshop, demo=False)
        old.close()
        if old.workshop.workspace is not None:
            old.workshop.workspace.close()
        old.deleteLater()
        self.window = window
        window.open_requested.connect(self.open_other)
        window.show()


def _quit_after(app: QApplication, milliseconds: str) -> None:
    """DIAGAPP_QUIT_AFTER_MS (packaging/smoke_test.sh): leave by itself after that long.

    Set before the database opens, so that a dialog blocking the start is reported on stderr
    and ends the program too (non-zero) instead of waiting forever for a click.
    """
    if milliseconds.isdigit():
        QTimer.singleShot(int(milliseconds), lambda: _quit_if_shown(app))


def _quit_if_shown(app: QApplication) -> None:
    """Close the window as a user would (settings, final backup); fail if it never showed.
    A window whose database is still opening is waited for."""
    opening = [
        w
        for w in app.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and not w.workshop.is_open()
    ]
    modal = any(isinstance(w, QMessageBox) and w.isVisible() for w in app.topLevelWidgets())
    if opening and not modal:
        QTimer.singleShot(100, lambda: _quit_if_shown(app))
        return
    shown = [
        w
        for w in app.topLevelWidgets()
        if isinstance(w, MainWindow) and w.isVisible() and w.workshop.is_open()
    ]
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print(f"{widget.windowTitle()} : {widget.text()}", file=sys.stderr)
            widget.reject()
    for window in shown:
        window.close()
    app.exit(0 if shown else EXIT_NOT_SHOWN)


def run(db_path: Path | None = None, demo: bool = False) -> int:
    app = application()
    sys.excepthook = excepthook
    _quit_after(app, os.environ.get("DIAGAPP_QUIT_AFTER_MS", ""))
    lang = settings.get(settings.LANGUAGE)
    i18n.install(app, lang)
    window = MainWindow(Workshop(None, lang))
    window.show()
    probe = bool(os.environ.get("DIAGAPP_STARTUP_PROBE"))  # benchmarks/startup.py
    if probe:
        QTimer.singleShot(0, lambda: print(f"shown {time.time():.6f}", flush=True))
    windows: list[_Windows] = []
    refused: list[int] = []

    def done(code: int | None) -> None:
        if code is not None:
            refused.append(code)
            window.close()
            app.exit(code)
            return
        windows.append(_Windows(window))
        if probe:  # the start page lists the dynamics, the assessment is chosen
            print(f"ready {time.time():.6f}", flush=True)
            app.quit()

    opener = open_behind(window, db_path, demo, done)
    try:
        code = app.exec()
        return refused[0] if refused else code
    finally:
        current = windows[0].window.workshop.workspace if windows else None
        opener.close_unused(window.workshop.workspace)
        if current is not None:
            current.close()
