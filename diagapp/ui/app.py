"""Start the window: `diagapp` on the user's database, `diagapp --demo` on a fresh demo copy.

A database that cannot be opened (locked by another window, too new, damaged without a
backup, read-only folder) gives a clear French dialog and a non-zero exit; a damaged file
that was replaced from a backup is announced. Bugs are logged, never shown as tracebacks.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from diagapp.domain.errors import DiagappError
from diagapp.services import workspace
from diagapp.services.health import Recovery
from diagapp.ui import i18n, settings
from diagapp.ui.dialogs import ask
from diagapp.ui.main_window import MainWindow
from diagapp.ui.workshop import Workshop

EXIT_CANNOT_OPEN = 1
EXIT_LOCKED = 4
EXIT_DAMAGED = 3  # as the command line
EXIT_NOT_SHOWN = 5  # DIAGAPP_QUIT_AFTER_MS: the window was not visible when the timer fired
DESKTOP_ID = "org.diagapp.Diagapp"  # packaging/linux/org.diagapp.Diagapp.desktop
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon at every shipped size (resources/icons/diagapp-<size>.png)."""
    from diagapp.paths import resources_dir

    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / "icons" / f"diagapp-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("diagapp")
    app.setApplicationDisplayName("diagapp")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def _open(db_path: Path | None, demo: bool) -> workspace.Workspace:
    from diagapp.paths import default_database, user_data_dir

    if demo:
        return workspace.open_fresh_demo(user_data_dir() / "demo" / "demo.sqlite")
    return workspace.open_workspace(db_path or default_database())


def open_window(db_path: Path | None = None, demo: bool = False) -> MainWindow | int:
    """The window on the database (not shown yet), or the exit code after a clear dialog."""
    lang = settings.get(settings.LANGUAGE)
    i18n.install(application(), lang)
    try:
        opened = _open(db_path, demo)
    except workspace.DatabaseLocked as exc:
        ask.warn(None, QCoreApplication.translate("app", "Base de données déjà ouverte"), str(exc))
        return EXIT_LOCKED
    except workspace.DatabaseDamaged as exc:
        ask.warn(
            None,
            QCoreApplication.translate("app", "Base de données endommagée"),
            f"{exc}\n\n"
            + QCoreApplication.translate(
                "app",
                "Aucune sauvegarde vérifiée n'a pu la remplacer. Le fichier est laissé tel quel : "
                "conservez-le et lancez « diagapp check --repair » ou demandez de l'aide.",
            ),
        )
        return EXIT_DAMAGED
    except DiagappError as exc:  # too new, read-only, unwritable folder, no backup…
        ask.warn(
            None,
            QCoreApplication.translate("app", "Impossible d'ouvrir la base de données"),
            str(exc),
        )
        return EXIT_CANNOT_OPEN
    if opened.recovered is not None:
        ask.inform(
            None,
            QCoreApplication.translate("app", "Base de données restaurée"),
            recovery_message(opened.recovered),
        )
    workshop = Workshop(opened, lang)
    window = MainWindow(workshop)
    _choose_assessment(workshop, demo)
    return window


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
        try:
            opened = workspace.open_workspace(Path(path))
        except DiagappError as exc:
            ask.warn(
                old,
                QCoreApplication.translate("app", "Impossible d'ouvrir la base de données"),
                str(exc),
            )
            return
        if opened.recovered is not None:
            ask.inform(
                old,
                QCoreApplication.translate("app", "Base de données restaurée"),
                recovery_message(opened.recovered),
            )
        window = MainWindow(Workshop(opened, old.workshop.lang))
        _choose_assessment(window.workshop, demo=False)
        old.close()
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
    """Close the window as a user would (settings, final backup); fail if it never showed."""
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
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
    window = open_window(db_path, demo)
    if isinstance(window, int):
        return window
    windows = _Windows(window)
    window.show()
    if os.environ.get("DIAGAPP_STARTUP_PROBE"):  # benchmarks/startup.py: time to a shown window
        QTimer.singleShot(0, lambda: (print(f"shown {time.time():.6f}", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        windows.window.workshop.workspace.close()
