"""The « communauté apprenante » on the command line (issue 16).

The dynamic's side (offline, its own database):
    diagapp share --db PATH --assessment ID|latest [--contact EMAIL] [--helping ITEM,...]
                  [--departement CODE] [--withdraw] [--show] --out FILE.json
    diagapp benchmark import FILE --db PATH
The network's side (its pool, PostgreSQL or SQLite):
    diagapp network init|add|withdraw|stats|benchmark|demo --url DATABASE_URL
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from diagapp.cli.common import emit, open_for_writing, output_path, resolve_assessment, usage_error

EXIT_REFUSED = 4  # network add: at least one file refused (the others are merged)


def _items(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def cmd_share(args: argparse.Namespace) -> int:
    from diagapp.services import share

    workspace = open_for_writing(args, must_exist=True)
    try:
        db = workspace.db
        assessment_id = resolve_assessment(db, args.assessment)
        if args.withdraw:
            document = share.build_withdrawal(db, assessment_id=assessment_id)
        else:
            document = share.build_share(
                db,
                assessment_id=assessment_id,
                contact=args.contact,
                helping=_items(args.helping or ""),
                departement=args.departement,
            )
        if args.show:
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        out = share.write_document(Path(args.out), document)
        if args.withdraw:
            share.forget(db, assessment_id=assessment_id)
    finally:
        workspace.close()
    if args.withdraw:
        emit(
            f"Fichier de retrait écrit : {out}. Envoyez-le au réseau : il y effacera tout ce "
            "que cette dynamique a partagé.\n"
        )
    else:
        years = ", ".join(str(y["year"]) for y in document["years"])
        emit(
            f"Fichier de partage écrit : {out} (années {years} ; aucun nom, participant ni "
            "texte libre).\n"
        )
    return 0


def register(subcommands: Any, _export_formats: Any) -> None:
    p = subcommands.add_parser(
        "share",
        help="écrire le fichier anonymisé à envoyer au réseau (ou son retrait)",
        description="Écrit un fichier JSON anonymisé : typologie, niveaux de consensus par "
        "item, scores, variables de gouvernance, profil de financement en intensités et "
        "tranches. Jamais de noms, de participants, de textes libres ni de notes, sauf le "
        "contact et les items d'entraide si vous les indiquez.",
    )
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument("--assessment", metavar="ID|latest", required=True)
    p.add_argument("--contact", metavar="EMAIL", help="contact pour l'entraide (facultatif)")
    p.add_argument(
        "--helping",
        metavar="ITEM,...",
        help="items sur lesquels l'équipe accepte d'aider d'autres dynamiques",
    )
    p.add_argument(
        "--departement", metavar="CODE", help="numéro de département, si l'équipe l'accepte"
    )
    p.add_argument("--withdraw", action="store_true", help="écrire le fichier de retrait")
    p.add_argument("--show", action="store_true", help="afficher le contenu du fichier")
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.set_defaults(handler=cmd_share)
    _ = usage_error  # used by the network commands
