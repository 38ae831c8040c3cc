"""Interface language: French source strings, English from resources/translations/*.qm.

Qt's own strings (standard buttons, file dialogs) come from Qt's qtbase_<lang>.qm.
Questionnaire wording does not go through Qt: it comes from the data files (workshop.lang).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from diagapp.paths import resources_dir

_installed: list[QTranslator] = []
_language = ["fr"]


def language() -> str:
    """The interface's language now: numbers and amounts follow it (fr: 12 500 €)."""
    return _language[0]


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install(app: QCoreApplication, lang: str) -> None:
    """Replace the installed translators; widgets receive a LanguageChange event."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en" if lang == "en" else "fr"
    QLocale.setDefault(QLocale("en_GB" if lang == "en" else "fr_FR"))
    wanted = [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if lang != "fr":
        wanted.append((f"diagapp_{lang}", translations_dir()))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
