"""The workshop window: a navigation list of sections on the left, the pages on the right,
menus and shortcuts, the « Enregistré ✓ » indicator, periodic backups.

Pages are listed once, in PAGES, by import path (imported when the window is built).
A page is `class XPage(QWidget)` with `__init__(self, workshop, parent=None)`, a `title`
attribute (read again on LanguageChange), and copes with no assessment selected.
Optional: `needs_assessment = False`, `next_item()` / `previous_item()`, `flush()`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diagapp.ui import settings, window_menus
from diagapp.ui.widgets import autosave, wheel_guard
from diagapp.ui.workshop import Workshop

PageFactory = Callable[[Workshop, QWidget | None], QWidget]

PAGES: list[tuple[str, PageFactory | str]] = [
    ("start", "diagapp.ui.pages.start:StartPage"),
    ("identity", "diagapp.ui.pages.identity:IdentityPage"),
    ("participants", "diagapp.ui.pages.participants:ParticipantsPage"),
    ("walkthrough", "diagapp.ui.pages.walkthrough:WalkthroughPage"),
    ("deliberation", "diagapp.ui.pages.deliberation:DeliberationPage"),
    ("governance", "diagapp.ui.pages.governance:GovernancePage"),
    ("funding", "diagapp.ui.pages.funding:FundingPage"),
    ("objectives", "diagapp.ui.pages.objectives:ObjectivesPage"),
    ("results", "diagapp.ui.pages.results:ResultsPage"),
    ("recommendations", "diagapp.ui.pages.recommendations:RecommendationsPage"),
    ("plan", "diagapp.ui.pages.plan:PlanPage"),
    ("comparison", "diagapp.ui.pages.comparison:ComparisonPage"),
]
# Pages written in parallel: left out of the navigation while their module is absent.
NOT_YET_THERE = {"comparison"}

# Usable while the database is still opening.
ALWAYS_ENABLED = {"quit", "shortcuts", "full_screen", "large_text", "preferences"}

# The application's type before large type enlarged it (set by the first window).
_normal_font: QFont | None = None

BACKUP_CHECK_MS = 60_000  # health.periodic_backup decides whether a copy is due (10 min)


class OpeningPanel(QWidget):
    """What the window shows while its database opens (a fraction of a second at start-up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the time is not known in advance
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Ouverture de la base de données…"))
        self.bar.setAccessibleName(self.label.text())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


def _load(factory: PageFactory | str) -> PageFactory | None:
    if not isinstance(factory, str):
        return factory
    module_name, _, class_name = factory.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    page_class: PageFactory = getattr(module, class_name)
    return page_class


class MainWindow(QMainWindow):
    open_requested = Signal(object)  # Path of another database to open

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            wheel_guard.install(app)  # the wheel scrolls pages, answers need the focus
        self.workshop = workshop
        self.pages: dict[str, QWidget] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self._saved_since_backup = False
        self._backup_job: object | None = None

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections de l'atelier"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # The pages scroll: the window need not grow with their content (and a top-level
        # minimum size that follows the content warns on platforms without size hints).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 80, metrics.height() * 24)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.clicked.connect(lambda _index: self._focus_page())

        self._pending = list(PAGES)
        self._page_timer = QTimer(self)  # dies with the window, unlike a bare singleShot
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(0)
        self._page_timer.timeout.connect(self._build_next_page)
        self.opening: OpeningPanel | None = None

        self.indicator = QLabel()
        self.indicator.setAccessibleName(self.tr("État de l'enregistrement"))
        self.statusBar().addPermanentWidget(self.indicator)
        self._build_menus()

        workshop.assessment_changed.connect(self._assessment_changed)
        workshop.data_changed.connect(self._data_changed)
        workshop.saved.connect(self._on_saved)
        workshop.failed.connect(self._on_failed)
        autosave.tracker().pending.connect(self._show_pending)
        settings.notifier().changed.connect(self._preference_changed)
        settings.notifier().failed.connect(self._preferences_not_saved)
        self._told_preferences = False

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)

        self._apply_large_text(settings.get(settings.LARGE_TEXT))
        self._restore_geometry()
        if workshop.is_open():
            self._populate()
        else:  # start-up: the frame shows now, the database opens behind it (app.run)
            self.opening = OpeningPanel()
            self.stack.addWidget(self.opening)
            self._enable_actions(False)
            workshop.opened.connect(self._populate)

    def _populate(self) -> None:
        """The database is open: the start page at once, the other pages one per event-loop
        turn after that (the window answers meanwhile), or as soon as something asks."""
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        self._enable_actions(True)
        self._show_saved()
        self.backup_timer.start()
        self.add_page(*self._pending.pop(0))
        self._assessment_changed(self.workshop.assessment_id)
        self.show_page("start")
        self._page_timer.start()

    def _build_next_page(self) -> None:
        self.build_pages(limit=1)
        if self._pending:
            self._page_timer.start()

    def _enable_actions(self, on: bool) -> None:
        for name, action in self.actions_by_name.items():
            action.setEnabled(on or name in ALWAYS_ENABLED)

    # --- pages ----------------------------------------------------------------------------

    def add_page(
        self, key: str, factory: PageFactory | str, *, after: str | None = None
    ) -> QWidget | None:
        """Build a page and put it in the navigation (after `after`, else at the end)."""
        loaded = _load(factory)
        if loaded is None:
            raise ModuleNotFoundError(f"page {key}: {factory} not found")
        page = loaded(self.workshop, None)
        position = self.stack.count()
        if after is not None and after in self.pages:
            position = self.stack.indexOf(self.pages[after]) + 1
        self.stack.insertWidget(position, page)
        item = QListWidgetItem(str(getattr(page, "title", key)))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.insertItem(position, item)
        self.pages[key] = page
        self._update_nav()
        return page

    def build_pages(self, limit: int | None = None) -> None:
        """Build the pages of PAGES not built yet (all, or the next `limit`), in order."""
        if not self.workshop.is_open():
            return
        count = len(self._pending) if limit is None else limit
        pending, self._pending = self._pending[:count], self._pending[count:]
        for key, factory in pending:
            loaded = _load(factory)
            if loaded is not None or key not in NOT_YET_THERE:
                self.add_page(key, loaded or factory)
        if pending and not self._pending:
            self._build_menus()  # the menu lists the pages

    def page_keys(self) -> list[str]:
        self.build_pages()
        return self._built_keys()

    def _built_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "start"

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> None:
        if key not in self.pages:
            self.build_pages()
        if key in self.pages:
            self.nav.setCurrentRow(self._built_keys().index(key))

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        flush = getattr(self.current_page(), "flush", None)
        if callable(flush):
            flush()
        self.stack.setCurrentIndex(row)

    def _focus_page(self) -> None:
        """A section clicked in the list: the keys go to its page (0-3 choose a level)."""
        page = self.current_page()
        if page is not None:
            page.setFocus(Qt.FocusReason.MouseFocusReason)

    def _fit_nav(self) -> None:
        """Wide enough for the longest section title, in the current font."""
        metrics = self.nav.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
            default=0,
        )
        width = longest + metrics.averageCharWidth() * 4
        self.nav.setMinimumWidth(width)
        # The pages get the rest: a list much wider than its titles takes room they need
        # (a little wider, as the user may have dragged it, stays).
        shown = self.splitter.sizes()[0]
        if shown < width or shown > width * 5 // 4:
            self.splitter.setSizes([width, max(self.splitter.width() - width, width)])

    def _update_nav(self) -> None:
        has_assessment = self.workshop.assessment_id is not None
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            page = self.pages[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(str(getattr(page, "title", item.text())))
            enabled = has_assessment or not getattr(page, "needs_assessment", True)
            flags = item.flags()
            if enabled:
                flags |= Qt.ItemFlag.ItemIsEnabled
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        self._fit_nav()

    # --- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        window_menus.build_menus(self)
        self._enable_actions(self.workshop.is_open())

    def _page_call(self, method: str) -> None:
        call = getattr(self.current_page(), method, None)
        if callable(call):
            call()

    # --- the workshop ---------------------------------------------------------------------

    def cycle_participant(self, step: int) -> None:
        """Participants in order, then the team's consensus, then round again."""
        assessment = self.workshop.assessment()
        if assessment is None:
            return
        order: list[int | None] = [p.id for p in assessment.participants] + [None]
        current = self.workshop.participant_id
        index = order.index(current) if current in order else len(order) - 1
        self.workshop.set_participant(order[(index + step) % len(order)])
        self._announce_participant()

    def _announce_participant(self) -> None:
        assessment = self.workshop.assessment()
        participant_id = self.workshop.participant_id
        if assessment is None:
            return
        if participant_id is None:
            who = self.tr("Consensus de l'équipe")
        else:
            found = [p for p in assessment.participants if p.id == participant_id]
            who = found[0].display_name() if found else "?"
        self.statusBar().showMessage(self.tr("Répond maintenant : %1").replace("%1", who), 4000)

    def _assessment_changed(self, _assessment_id: object) -> None:
        self._update_nav()
        self._update_title()
        if self.workshop.assessment_id is not None:
            where = f"{self.workshop.db.path}#{self.workshop.assessment_id}"
            settings.put(settings.LAST_ASSESSMENT, where)

    def _data_changed(self, what: str) -> None:
        if what in ("dynamic", "assessments"):
            self._update_title()

    def _update_title(self) -> None:
        assessment = self.workshop.assessment()
        # Qt adds the application's name (« — diagapp ») itself.
        parts = [] if assessment is None else [assessment.dynamic_name, assessment.label]
        self.setWindowTitle(" — ".join(parts))

    def _show_saved(self) -> None:
        self.indicator.setText(self.tr("Enregistré ✓"))
        self.indicator.setToolTip(self.tr("Chaque saisie est enregistrée aussitôt."))

    def _show_pending(self) -> None:
        self.indicator.setText(self.tr("Enregistrement…"))

    def _on_saved(self) -> None:
        self._saved_since_backup = True
        self._show_saved()

    def _on_failed(self, message: str) -> None:
        self.indicator.setText(self.tr("Non enregistré ⚠"))
        self._warn(message)

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "diagapp", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the workshop goes on behind it

    def backup_if_due(self) -> None:
        """From the timer: a verified copy in the background when the data changed."""
        if not self._saved_since_backup or self._backup_job is not None:
            return
        from diagapp.services import health
        from diagapp.ui.jobs import run_job

        self._saved_since_backup = False

        def done(_result: object) -> None:
            self._backup_job = None

        def failed(message: str) -> None:
            self._backup_job = None
            self._saved_since_backup = True
            self.statusBar().showMessage(message, 15000)

        self._backup_job = run_job(
            self,
            "",
            health.periodic_backup,
            show_progress=False,
            on_done=done,
            on_error=failed,
            db=self.workshop.db,
        )

    # --- preferences ----------------------------------------------------------------------

    def _preference_changed(self, key: str) -> None:
        if key == settings.LANGUAGE.key:
            from diagapp.ui import i18n

            autosave.flush_all()
            lang = settings.get(settings.LANGUAGE)
            app = QApplication.instance()
            if app is not None:
                i18n.install(app, lang)  # widgets get LanguageChange and retranslate
            self.workshop.set_language(lang)
        elif key == settings.LARGE_TEXT.key:
            on = settings.get(settings.LARGE_TEXT)
            self._apply_large_text(on)
            if "large_text" in self.actions_by_name:
                self.actions_by_name["large_text"].setChecked(on)

    def _preferences_not_saved(self, message: str) -> None:
        """Told once in a dialog (the workshop goes on), then in the status bar."""
        if not self.isVisible():
            return  # closing: the geometry is all that is lost
        # The status bar keeps it short: the full text is in the dialog.
        self.statusBar().showMessage(
            self.tr("Vos préférences ne sont pas enregistrées (disque plein ou lecture seule ?)"),
            15000,
        )
        if not self._told_preferences:
            self._told_preferences = True
            self._warn(message)

    def _toggle_large_text(self) -> None:
        settings.put(settings.LARGE_TEXT, not settings.get(settings.LARGE_TEXT))

    def _apply_large_text(self, on: bool) -> None:
        """The whole application's type: menus, dialogs and message boxes are windows of
        their own, which a font set on this window alone would not reach."""
        global _normal_font
        if _normal_font is None:
            _normal_font = QFont(QApplication.font())
        font = QFont(_normal_font)
        if on:
            font.setPointSizeF(font.pointSizeF() * settings.LARGE_TEXT_FACTOR)
        QApplication.setFont(font)
        self.setFont(font)
        self._fit_nav()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_name["full_screen"].setChecked(self.isFullScreen())

    def _preferences(self) -> None:
        from diagapp.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self).exec()

    # --- file menu ------------------------------------------------------------------------

    def _new_dynamic(self) -> None:
        self.show_page("start")
        self._page_call("create_dynamic")

    def _new_assessment(self) -> None:
        self.show_page("start")
        self._page_call("create_assessment")

    def _open_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Ouvrir une base diagapp"),
            "",
            self.tr("Base diagapp (*.sqlite);;Tous les fichiers (*)"),
        )
        if path:
            self.open_requested.emit(Path(path))

    def _export(self) -> None:
        from diagapp.services import exchange
        from diagapp.ui.jobs import run_job

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter toute la base (JSON)"),
            "diagapp-export.json",
            self.tr("Export diagapp (*.json)"),
        )
        if not path:
            return
        run_job(
            self,
            self.tr("Export en cours…"),
            exchange.export_json,
            on_done=lambda out: self.statusBar().showMessage(
                self.tr("Export écrit : %1").replace("%1", str(out)), 10000
            ),
            on_error=lambda message: self._on_failed(message),
            db=self.workshop.db,
            out=Path(path),
        )

    # --- help -----------------------------------------------------------------------------

    def about_text(self) -> str:
        return window_menus.about_text(self)

    def shortcuts_text(self) -> str:
        return window_menus.shortcuts_text(self)

    # --- Qt overrides ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.nav.setAccessibleName(self.tr("Sections de l'atelier"))
            self._update_nav()
            self._build_menus()
            self._show_saved()

    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # roomy, within the screen (a laptop's too)
            metrics = self.fontMetrics()
            width, height = metrics.averageCharWidth() * 210, metrics.height() * 60
            screen = self.screen()
            if screen is not None:
                room = screen.availableGeometry()
                width = min(width, room.width() * 9 // 10)
                height = min(height, room.height() * 9 // 10)
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        state = settings.get(settings.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if _normal_font is not None:
            QApplication.setFont(_normal_font)  # the next window starts from the usual type
        autosave.flush_all()
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        self.backup_timer.stop()
        if self._saved_since_backup:
            self._final_backup()
        super().closeEvent(event)

    def _final_backup(self) -> None:
        from diagapp.domain.errors import DiagappError
        from diagapp.services import health

        # The data itself is saved; the next opening takes a copy again.
        with contextlib.suppress(DiagappError):
            health.periodic_backup(self.workshop.db, every=dt.timedelta(0))
