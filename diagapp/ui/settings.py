"""Every user preference, declared once, stored with QSettings in an INI file.

The file lives under DIAGAPP_HOME when it is set (tests, portable use), else in the user's
configuration folder (XDG_CONFIG_HOME on Linux): a test never touches the real home.

    from diagapp.ui import settings
    if settings.get(settings.LARGE_TEXT): ...
    settings.put(settings.LANGUAGE, "en")   # notifier().changed emits "interface/language"
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Signal

T = TypeVar("T")


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T
    kind: type
    doc: str


LANGUAGE: Preference[str] = Preference(
    "interface/language", "fr", str, "Interface language: fr or en."
)
LARGE_TEXT: Preference[bool] = Preference(
    "interface/large_text", False, bool, "Large type for projection on a wall."
)
SHOW_NAMES: Preference[bool] = Preference(
    "workshop/show_names",
    True,
    bool,
    "Show participants' names in the deliberation; off: by collège and number.",
)
LAST_ASSESSMENT: Preference[str] = Preference(
    "workshop/last_assessment", "", str, "Assessment reopened at start: '<database path>#<id>'."
)
REPORT_LOGO: Preference[str] = Preference(
    "report/logo", "", str, "PNG or JPEG image on the monograph's cover (empty: none)."
)
REPORT_SENDER: Preference[str] = Preference(
    "report/sender", "", str, "From address of the email draft to funders (empty: none)."
)
WINDOW_GEOMETRY: Preference[QByteArray] = Preference(
    "window/geometry", QByteArray(), QByteArray, "Main window position and size."
)
WINDOW_STATE: Preference[QByteArray] = Preference(
    "window/state", QByteArray(), QByteArray, "Main window toolbars and docks."
)

ALL: tuple[Preference[Any], ...] = (
    LANGUAGE,
    LARGE_TEXT,
    SHOW_NAMES,
    LAST_ASSESSMENT,
    REPORT_LOGO,
    REPORT_SENDER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
)
LANGUAGES = ("fr", "en")

LARGE_TEXT_FACTOR = 1.6  # projected on a wall, read from the back of the room


def settings_file() -> Path:
    home = os.environ.get("DIAGAPP_HOME")
    if home:
        return Path(home) / "settings.ini"
    import platformdirs  # only when no override is given

    return Path(platformdirs.user_config_dir("diagapp", appauthor=False)) / "settings.ini"


class _Notifier(QObject):
    changed = Signal(str)  # the preference's key
    failed = Signal(str)  # the preferences file could not be written: a message for the user


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Pages connect to notifier().changed to follow a preference changed elsewhere."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def _store() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


# Values the file refused (full disk, read-only folder): they hold until the app closes.
_unsaved: dict[tuple[Path, str], Any] = {}


def get(pref: Preference[T]) -> T:
    refused = (settings_file(), pref.key)
    if refused in _unsaved:
        return cast(T, _unsaved[refused])
    value = _store().value(pref.key, pref.default)
    if value is None:
        return pref.default
    converted: Any
    if pref.kind is bool and isinstance(value, str):
        converted = value.lower() in ("true", "1", "yes")
    else:
        try:
            converted = value if isinstance(value, pref.kind) else pref.kind(value)
        except (TypeError, ValueError):
            return pref.default
    if pref is LANGUAGE and converted not in LANGUAGES:
        return pref.default
    return cast(T, converted)  # checked against pref.kind above


def put(pref: Preference[T], value: T) -> None:
    if get(pref) == value:
        return
    store = _store()
    store.setValue(pref.key, value)
    store.sync()  # QSettings writes through a temporary file: the old file stays whole
    if store.status() == QSettings.Status.NoError:
        _unsaved.pop((settings_file(), pref.key), None)
    else:
        _unsaved[(settings_file(), pref.key)] = value
        notifier().failed.emit(
            QCoreApplication.translate(
                "settings",
                "Vos préférences n'ont pas pu être enregistrées dans %1 (disque plein ou "
                "dossier en lecture seule ?). Elles valent jusqu'à la fermeture de diagapp. "
                "Vos saisies, elles, sont bien enregistrées dans la base.",
            ).replace("%1", str(settings_file()))
        )
    notifier().changed.emit(pref.key)
