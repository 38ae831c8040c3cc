"""The command line's core: the parser, the shared commands and `main`.

Every error is one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from diagapp import __version__
from diagapp.cli.common import _french_argparse, emit, open_for_writing, output_path, printable
from diagapp.cli.common import db_path as _db_path
from diagapp.cli.common import open_db as _open
from diagapp.domain.errors import DiagappError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_DAMAGED = 3
EXIT_BUG = 70

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse in French, exiting with our usage code."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"diagapp : erreur : {printable(message)}\n")
        raise SystemExit(EXIT_USAGE)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- commands -----------------------------------------------------------------------------


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from diagapp.services import catalog, presenting

    questionnaire = catalog.questionnaire(args.version)
    if args.json:
        _print_json(presenting.questionnaire_as_dict(questionnaire))
    else:
        sys.stdout.write(presenting.questionnaire_as_text(questionnaire, args.lang))
    return 0


def cmd_references(args: argparse.Namespace) -> int:
    from diagapp.services import catalog, presenting

    refs = catalog.references()
    if args.json:
        _print_json([presenting.reference_as_dict(r) for r in refs])
    else:
        sys.stdout.write(presenting.references_as_text(refs))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from diagapp.services import demo

    path = Path(args.db)
    summary = demo.write_demo(
        path, years=args.years, participants=args.participants, seed=args.seed
    )
    emit(summary + "\n")
    return 0


REASONS = {
    "open": "à l'ouverture",
    "before-import": "avant un import",
    "periodic": "pendant le travail",
    "auto": "automatique",
    "before-migration": "avant une mise à jour",
}


def cmd_check(args: argparse.Namespace) -> int:
    from diagapp.services import health

    report = health.check(_db_path(args))
    out = sys.stdout
    if report.refused:  # a folder, another program's file, a newer schema: not for --repair
        sys.stderr.write(
            f"diagapp : la base de données {report.path} ne peut pas être utilisée : "
            f"{report.refused}.\n"
        )
        return EXIT_ERROR
    if not report.exists and report.problem is None:
        sys.stderr.write(f"diagapp : la base de données {report.path} n'existe pas.\n")
        return EXIT_ERROR
    if report.ok:
        out.write(f"Base de données saine : {report.path}\n")
    else:
        out.write(f"Base de données ENDOMMAGÉE : {report.path}\n  {report.problem}\n")
    out.write(f"Sauvegardes ({len(report.backups)}) :\n")
    for b in report.backups:
        why = REASONS.get(b.reason.split("-v")[0], b.reason)
        out.write(
            f"  {b.taken_at:%d/%m/%Y %H:%M:%S}  {b.size / 1024:>6.0f} Kio  {why:<22} {b.path.name}\n"
        )
    if report.ok:
        return 0
    if not args.repair:
        sys.stderr.write("diagapp : base endommagée ; relancez avec --repair pour la restaurer.\n")
        return EXIT_DAMAGED
    from diagapp.storage import lock

    with lock.acquire(report.path):  # not while a window or another command has it open
        recovery = health.recover(report.path)
    restored = recovery.restored_from
    assert restored is not None
    if recovery.damaged_copy is not None:
        out.write(f"Fichier endommagé mis de côté : {recovery.damaged_copy}\n")
    out.write(f"Restauré depuis la sauvegarde du {restored.taken_at:%d/%m/%Y à %H:%M:%S}.\n")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from diagapp.services import exchange

    db = _open(args)
    try:
        out = exchange.export_json(db, Path(args.out))
    finally:
        db.close()
    emit(f"Export écrit : {out}\n")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from diagapp.services import exchange

    source = Path(args.file)
    exchange.read_import_file(source)  # a broken file is refused before the database is opened
    workspace = open_for_writing(args)
    try:
        report = exchange.import_file(workspace.db, source)
    finally:
        workspace.close()
    done = "Import finished: " if args.lang == "en" else "Import terminé : "
    emit(f"{done}{report.summary(args.lang)}\n")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from diagapp.ui.app import run

    return run(db_path=Path(args.db) if args.db else None, demo=args.demo)


# --- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diagapp",
        description="Autodiagnostic des dynamiques collectives de transitions dans les territoires.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"diagapp {__version__}",
        help="afficher la version de diagapp et quitter",
    )
    parser.add_argument(
        "--demo", action="store_true", help="ouvrir la fenêtre sur une copie neuve de la démo"
    )
    parser.add_argument(
        "--db",
        metavar="FICHIER",
        help="fichier de base de données (par défaut : dossier de l'utilisateur)",
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commandes", metavar="COMMANDE", parser_class=_Parser)

    p = sub.add_parser("questionnaire", help="afficher le questionnaire")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--version", type=int, default=None, dest="version", help="version du questionnaire"
    )
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.set_defaults(handler=cmd_questionnaire)

    p = sub.add_parser("references", help="les 18 dynamiques étudiées par le rapport")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_references)

    p = sub.add_parser("demo", help="écrire la base de démonstration")
    p.add_argument("--db", metavar="FICHIER", required=True)
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--participants", type=int, default=9)
    p.add_argument("--seed", type=int, default=2020)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="vérifier la base, lister les sauvegardes, réparer")
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument("--repair", action="store_true")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("import", help="fusionner un export diagapp (.json)")
    p.add_argument("file")
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="langue du compte rendu")
    p.set_defaults(handler=cmd_import)

    export = sub.add_parser("export", help="exporter (json, pdf, email, xlsx, csv)")
    formats = export.add_subparsers(title="formats", metavar="FORMAT", parser_class=_Parser)
    export.set_defaults(handler=lambda _args: _missing_format(export))
    p = formats.add_parser("json", help="toute la base en JSON (pour une autre machine)")
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.set_defaults(handler=cmd_export_json)
    for register in _EXTENSIONS:
        register(sub, formats)
    return parser


def _missing_format(parser: argparse.ArgumentParser) -> int:
    with _french_argparse():  # the usage line is printed after parsing
        parser.error("précisez un format : json, pdf, email, xlsx ou csv")
    return EXIT_USAGE


# Other modules register their subcommands here: f(subcommands, export_formats).
_EXTENSIONS: list[Callable[[Any, Any], None]] = []


def _load_extensions() -> None:
    from diagapp.cli import commands as cli_commands

    _EXTENSIONS[:] = cli_commands.REGISTER


def main(argv: Sequence[str] | None = None) -> int:
    _load_extensions()
    with _french_argparse():
        parser = build_parser()
        args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except DiagappError as exc:
        from diagapp.storage.database import DatabaseDamaged

        sys.stderr.write(f"diagapp : {printable(str(exc))}\n")
        return EXIT_DAMAGED if isinstance(exc, DatabaseDamaged) else EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("diagapp : interrompu.\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: logged with its traceback, one line for the user
        from diagapp.services.errors import log_bug

        where = log_bug(exc)
        sys.stderr.write(
            f"diagapp : erreur interne inattendue ({type(exc).__name__}) ; détails dans {where}\n"
        )
        return EXIT_BUG
