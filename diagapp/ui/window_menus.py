"""The workshop window's menus and shortcuts, and its help texts (À propos, Raccourcis)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from diagapp.ui import i18n, settings

if TYPE_CHECKING:
    from diagapp.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    name: str,
    text: str,
    slot: Callable[[], object],
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
    *,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts(_distinct(QKeySequence(s) for s in shortcuts))
    action.setCheckable(checkable)
    action.triggered.connect(lambda _checked=False: slot())
    window.actions_by_name[name] = action
    window.addAction(action)  # shortcuts work even when the menu bar is hidden (F11)
    return action


def _distinct(sequences: Iterable[QKeySequence]) -> list[QKeySequence]:
    """Each key once: a key bound twice (a standard key that is also spelled out, such as
    Print and Ctrl+P) is « Ambiguous shortcut overload » for Qt, which then fires nothing."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen


def build_menus(window: MainWindow) -> None:
    for action in window.actions_by_name.values():
        window.removeAction(action)
        action.deleteLater()
    window.actions_by_name.clear()
    bar = window.menuBar()
    bar.clear()
    a = functools.partial(_action, window)
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Fichier"))
    menu.addAction(
        a(
            "new_dynamic",
            QCoreApplication.translate("MainWindow", "Nouvelle &dynamique…"),
            window._new_dynamic,
            ("Ctrl+Shift+N",),
        )
    )
    menu.addAction(
        a(
            "new_assessment",
            QCoreApplication.translate("MainWindow", "Nouvelle é&valuation…"),
            window._new_assessment,
            (QKeySequence.StandardKey.New,),
        )
    )
    menu.addAction(
        a(
            "open",
            QCoreApplication.translate("MainWindow", "&Ouvrir une base…"),
            window._open_database,
            (QKeySequence.StandardKey.Open,),
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "send_to_funders",
            QCoreApplication.translate("MainWindow", "Envoyer aux &financeurs (PDF)…"),
            lambda: _send_to_funders(window),
            (QKeySequence.StandardKey.Print, "Ctrl+P"),
        )
    )
    menu.addAction(
        a(
            "export_spreadsheet",
            QCoreApplication.translate("MainWindow", "Exporter en &tableur (xlsx, csv)…"),
            lambda: _export_spreadsheet(window),
        )
    )
    menu.addAction(
        a(
            "export",
            QCoreApplication.translate("MainWindow", "&Exporter toute la base (JSON)…"),
            window._export,
            ("Ctrl+E",),
        )
    )
    menu.addAction(
        a(
            "import_json",
            QCoreApplication.translate(
                "MainWindow", "&Importer les réponses d'un autre ordinateur…"
            ),
            lambda: _import_json(window),
            ("Ctrl+I",),
        )
    )
    _network_actions(window, menu, a)
    menu.addSeparator()
    menu.addAction(
        a(
            "export_form",
            QCoreApplication.translate("MainWindow", "Formulaire pour un &absent…"),
            lambda: _export_form(window),
        )
    )
    menu.addAction(
        a(
            "import_forms",
            QCoreApplication.translate("MainWindow", "Importer des formulaires &remplis…"),
            lambda: _import_forms(window),
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "quit",
            QCoreApplication.translate("MainWindow", "&Quitter"),
            window.close,
            (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        )
    )

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "É&dition"))
    menu.addAction(
        a(
            "preferences",
            QCoreApplication.translate("MainWindow", "&Préférences…"),
            window._preferences,
            ("Ctrl+,",),
        )
    )

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Affichage"))
    large = a(
        "large_text",
        QCoreApplication.translate("MainWindow", "&Grand texte (projection)"),
        window._toggle_large_text,
        ("Ctrl++", "Ctrl+="),
        checkable=True,
    )
    large.setChecked(settings.get(settings.LARGE_TEXT))
    menu.addAction(large)
    full = a(
        "full_screen",
        QCoreApplication.translate("MainWindow", "&Plein écran"),
        window._toggle_full_screen,
        ("F11",),
        checkable=True,
    )
    full.setChecked(window.isFullScreen())
    menu.addAction(full)
    menu.addSeparator()
    for number, key in enumerate(window._built_keys()[:9], start=1):
        page = window.pages[key]
        menu.addAction(
            a(
                f"page_{key}",
                str(getattr(page, "title", key)),
                functools.partial(window.show_page, key),
                (f"Ctrl+{number}",),
            )
        )

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "A&telier"))
    menu.addAction(
        a(
            "next_participant",
            QCoreApplication.translate("MainWindow", "Participant &suivant"),
            lambda: window.cycle_participant(1),
            ("Ctrl+Tab", "F6"),
        )
    )
    menu.addAction(
        a(
            "previous_participant",
            QCoreApplication.translate("MainWindow", "Participant &précédent"),
            lambda: window.cycle_participant(-1),
            ("Ctrl+Shift+Tab", "Shift+F6"),  # Qt matches Ctrl+Backtab to it
        )
    )
    menu.addSeparator()
    menu.addAction(
        a(
            "next_item",
            QCoreApplication.translate("MainWindow", "Élément s&uivant"),
            lambda: window._page_call("next_item"),
            ("PgDown", "Alt+Right"),
        )
    )
    menu.addAction(
        a(
            "previous_item",
            QCoreApplication.translate("MainWindow", "Élément p&récédent"),
            lambda: window._page_call("previous_item"),
            ("PgUp", "Alt+Left"),
        )
    )

    menu.addSeparator()
    menu.addAction(
        a(
            "room",
            QCoreApplication.translate(
                "MainWindow", "Mode salle : ouvrir l'atelier aux &téléphones…"
            ),
            lambda: _open_room(window),
        )
    )

    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Ai&de"))
    menu.addAction(
        a(
            "about",
            QCoreApplication.translate("MainWindow", "À &propos de diagapp"),
            functools.partial(show_about, window),
        )
    )
    menu.addAction(
        a(
            "shortcuts",
            QCoreApplication.translate("MainWindow", "&Raccourcis clavier"),
            functools.partial(show_shortcuts, window),
            ("F1",),
        )
    )


def _network_actions(window: MainWindow, menu: QMenu, a: Callable[..., QAction]) -> None:
    """The « communauté apprenante » (issue 16): share, withdraw, import the benchmark."""
    menu.addSeparator()
    for name, text in (
        ("share_network", QCoreApplication.translate("MainWindow", "Partager avec le ré&seau…")),
        ("withdraw_network", QCoreApplication.translate("MainWindow", "Se retirer du réseau…")),
        (
            "import_benchmark",
            QCoreApplication.translate("MainWindow", "Importer le référentiel du réseau…"),
        ),
    ):
        menu.addAction(a(name, text, functools.partial(_network, window, name)))


def _network(window: MainWindow, name: str) -> None:
    from diagapp.ui.dialogs import share_network as network  # not at start-up: it needs services

    if name == "share_network":
        network.open_share_dialog(window, window.workshop)
    elif name == "withdraw_network":
        network.withdraw_from_network(window, window.workshop)
    else:
        network.import_network_benchmark(window, window.workshop, lambda: _show_network(window))


def _show_network(window: MainWindow) -> None:
    window.show_page("results")
    page = window.pages.get("results")
    tab = getattr(page, "network_tab", None)
    if page is not None and tab is not None:
        page.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]


def _open_room(window: MainWindow) -> None:
    from diagapp.ui.dialogs.room_panel import open_room_panel

    open_room_panel(window, window.workshop)


def _send_to_funders(window: MainWindow) -> None:
    from diagapp.ui.dialogs.export_pdf import open_export_dialog

    open_export_dialog(window, window.workshop)


def _export_spreadsheet(window: MainWindow) -> None:
    from diagapp.ui.dialogs.spreadsheets import export_spreadsheet

    export_spreadsheet(window, window.workshop)


def _export_form(window: MainWindow) -> None:
    from diagapp.ui.dialogs.forms import export_participant_form

    export_participant_form(window, window.workshop)


def _import_forms(window: MainWindow) -> None:
    from diagapp.ui.dialogs.forms import import_participant_forms

    import_participant_forms(window, window.workshop)


def _import_json(window: MainWindow) -> None:
    """Merge answers typed on another laptop (an export of its database)."""
    from PySide6.QtWidgets import QFileDialog

    from diagapp.services import exchange
    from diagapp.ui.dialogs import ask
    from diagapp.ui.jobs import run_job

    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Importer les réponses d'un autre ordinateur"),
        "",
        QCoreApplication.translate("MainWindow", "Export diagapp (*.json)"),
    )
    if not path:
        return

    def done(report: exchange.ImportReport) -> None:
        window.workshop.data_changed.emit("import")
        ask.inform(
            window,
            QCoreApplication.translate("MainWindow", "Import terminé"),
            report.summary(i18n.language()),
        )

    run_job(
        window,
        QCoreApplication.translate("MainWindow", "Import en cours…"),
        exchange.import_file,
        on_done=done,
        on_error=window._on_failed,
        db=window.workshop.db,
        path=Path(path),
    )


def about_text(window: MainWindow) -> str:
    from diagapp import __version__
    from diagapp.paths import log_file

    questionnaire = window.workshop.questionnaire()
    lang = window.workshop.lang
    return "<br>".join(
        [
            f"<b>diagapp {__version__}</b>",
            questionnaire.title.get(lang),
            QCoreApplication.translate("MainWindow", "Questionnaire : version %1").replace(
                "%1", str(questionnaire.version)
            ),
            QCoreApplication.translate("MainWindow", "D'après : %1").replace(
                "%1", questionnaire.report.get(lang)
            ),
            QCoreApplication.translate("MainWindow", "Base de données : %1").replace(
                "%1", str(window.workshop.db.path)
            ),
            QCoreApplication.translate("MainWindow", "Journal des erreurs : %1").replace(
                "%1", str(log_file())
            ),
            QCoreApplication.translate("MainWindow", "Fonctionne entièrement hors ligne."),
        ]
    )


def about_box(window: MainWindow) -> QMessageBox:
    """The « À propos » dialog, with the app's icon (resources/icons)."""
    from diagapp.ui.icons import app_icon

    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "À propos de diagapp"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(window))
    box.setIconPixmap(app_icon().pixmap(QSize(96, 96)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_about(window: MainWindow) -> None:
    about_box(window).exec()


def shortcuts_text(window: MainWindow) -> str:
    rows = []
    for action in window.actions_by_name.values():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys:
            rows.append(f"<tr><td>{keys}</td><td>{action.text().replace('&', '')}</td></tr>")
    rows.append(
        "<tr><td>0 1 2 3</td><td>"
        + QCoreApplication.translate("MainWindow", "Choisir un niveau (parcours, délibération)")
        + "</td></tr>"
    )
    rows.append(
        "<tr><td>N</td><td>"
        + QCoreApplication.translate("MainWindow", "« Non concerné » oui / non")
        + "</td></tr>"
    )
    return "<table cellspacing=6>" + "".join(rows) + "</table>"


def show_shortcuts(window: MainWindow) -> None:
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Raccourcis clavier"),
        shortcuts_text(window),
    )
