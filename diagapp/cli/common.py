"""What every command shares: opening the database, writing to the terminal, option types."""

from __future__ import annotations

import argparse
import contextlib
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DiagappError


def db_path(args: argparse.Namespace) -> Path:
    from diagapp.paths import default_database

    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_db(args: argparse.Namespace, must_exist: bool = True) -> Any:
    """Open the database for a reading command: nothing is created or written, and a path
    where there is none is refused."""
    from diagapp.storage.database import open_database

    path = db_path(args)
    if must_exist and not path.exists():
        raise DiagappError(f"La base de données {path} n'existe pas.")
    return open_database(path, read_only=True)


def open_for_writing(args: argparse.Namespace, must_exist: bool = False) -> Any:
    """Open for a writing command, holding the same lock as the window: a database that a
    window (or another command) has open is refused, not changed behind its back."""
    from diagapp.services.workspace import open_workspace

    path = db_path(args)
    if must_exist and not path.exists():
        raise DiagappError(f"La base de données {path} n'existe pas.")
    return open_workspace(path, recover=False)


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


# argparse's own words (Python 3.11 msgids), so that --help and usage errors are all French:
# the command line speaks French (--lang chooses a document's language, not the CLI's).
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version de diagapp et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix %(value)r invalide (possibles : %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur %(value)r invalide",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "au plus une valeur attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r ignorée",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "one of the arguments %s is required": "un des arguments %s est obligatoire",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande %(parser_name)r inconnue (possibles : %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
}


@contextlib.contextmanager
def _french_argparse() -> Iterator[None]:
    """argparse speaks through its module's gettext functions: French while we parse."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def fr(message: str) -> str:
        return _ARGPARSE_FR.get(message, message)

    def nfr(singular: str, plural: str, n: int) -> str:
        return fr(singular if n == 1 else plural)

    argparse._, argparse.ngettext = fr, nfr  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    """A usage error found by a handler, after parsing: in French like argparse's own."""
    with _french_argparse():
        parser.error(message)
    return 2  # core.EXIT_USAGE; parser.error() has exited already
