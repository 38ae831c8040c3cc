"""Where the app's shipped data lives (questionnaires, resources). No Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_root() -> Path:
    """The folder holding `questionnaires/` and `resources/`.

    Editable installs and source checkouts find it beside the package; a PyInstaller
    bundle unpacks it under `sys._MEIPASS`; `DIAGAPP_DATA_DIR` overrides both.
    """
    override = os.environ.get("DIAGAPP_DATA_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def questionnaires_dir() -> Path:
    return data_root() / "questionnaires"


def resources_dir() -> Path:
    return data_root() / "resources"


def user_data_dir() -> Path:
    """Where the user's database, backups and logs live (DIAGAPP_HOME overrides)."""
    override = os.environ.get("DIAGAPP_HOME")
    if override:
        return Path(override)
    import platformdirs  # imported here: only needed when no path is given

    return Path(platformdirs.user_data_dir("diagapp", appauthor=False))


def default_database() -> Path:
    return user_data_dir() / "diagapp.sqlite"


def log_file() -> Path:
    return user_data_dir() / "diagapp.log"
