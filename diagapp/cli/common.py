"""What every command shares: opening the database, writing to the terminal, option types."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DiagappError


def db_path(args: argparse.Namespace) -> Path:
    from diagapp.paths import default_database

    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_db(args: argparse.Namespace, must_exist: bool = True) -> Any:
    """Open the database; reading commands refuse a path where there is none."""
    from diagapp.storage.database import open_database

    path = db_path(args)
    if must_exist and not path.exists():
        raise DiagappError(f"La base de données {path} n'existe pas.")
    return open_database(path)


def printable(text: str, *, lines: bool = False) -> str:
    """`text` without control characters (a name holding ESC sequences must not drive the
    terminal): each is shown as U+FFFD; line breaks stay only where `lines` allows them."""
    keep = "\n" if lines else ""
    return "".join(
        "\ufffd" if unicodedata.category(c) == "Cc" and c not in keep else c for c in text
    )


def emit(text: str) -> None:
    """Write what a command reports to stdout, with no control character from the data."""
    sys.stdout.write(printable(text, lines=True))


MAX_ID = 2**63 - 1  # SQLite's largest integer


def assessment_option(value: str) -> int | str:
    """`--assessment`: « latest » or an assessment number SQLite can hold; DiagappError
    otherwise (a 23-digit number overflowed inside the database driver)."""
    text = str(value).strip()
    if text.lower() in ("latest", "derniere", "dernière"):
        return "latest"
    if text.isascii() and text.isdigit() and len(text) <= 19 and 0 < int(text) <= MAX_ID:
        return int(text)
    raise DiagappError(
        f"« {printable(text)[:40]} » n'est pas un numéro d'évaluation : indiquez un "
        "numéro d'évaluation ou « latest » (la plus récente)."
    )


def resolve_assessment(db: Any, value: str | None) -> int:
    """The assessment `--assessment` names in `db`."""
    from diagapp.services import assessments

    chosen = assessment_option(value or "latest")
    return assessments.latest_assessment(db) if chosen == "latest" else int(chosen)


def output_path(value: str) -> str:
    """`--out`: a file to write; an empty path is refused before any work (argparse type)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("chemin de fichier vide : indiquez où écrire")
    return value
