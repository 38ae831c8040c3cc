"""Command line for the monograph: `export pdf` and `export email`.

Registered through diagapp/cli/commands.py; services (and reportlab) are imported inside the
handlers so that `diagapp` starts fast.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diagapp.cli.common import emit, output_path, resolve_assessment
from diagapp.cli.common import open_db as _open

if TYPE_CHECKING:
    from diagapp.services.reporting import MonographOptions


def _options(db: Any, assessment_id: int, args: argparse.Namespace) -> MonographOptions:
    """The document options that `_common` declares, as the exports take them."""
    compared: list[int] = []
    if args.compare:
        from diagapp.services import compare

        ids = compare.resolve_compare_option(db, assessment_id=assessment_id, option=args.compare)
        compared = [i for i in ids if i != assessment_id]
    return {
        "lang": args.lang,
        "anonymize": args.anonymize,
        "sections": args.sections,
        "compare": compared,
        "logo": Path(args.logo) if args.logo else None,
    }


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from diagapp.services import reporting

    db = _open(args)
    try:
        start = time.perf_counter()
        assessment_id = resolve_assessment(db, args.assessment)
        out = reporting.export_pdf(
            db,
            assessment_id=assessment_id,
            out=Path(args.out),
            **_options(db, assessment_id, args),
        )
    finally:
        db.close()
    size = out.stat().st_size / 1024
    emit(f"Monographie écrite : {out} ({size:.0f} Kio, {time.perf_counter() - start:.1f} s)\n")
    return 0


def cmd_export_email(args: argparse.Namespace) -> int:
    from diagapp.services import reporting

    db = _open(args)
    try:
        assessment_id = resolve_assessment(db, args.assessment)
        draft = reporting.export_email(
            db,
            assessment_id=assessment_id,
            to=args.to,
            sender=args.sender or "",
            out=Path(args.out),
            pdf_out=Path(args.pdf) if args.pdf else None,
            **_options(db, assessment_id, args),
        )
    finally:
        db.close()
    emit(
        f"Brouillon de courriel écrit : {draft.eml} (pièce jointe {draft.filename}) ; "
        "ouvrez-le avec votre messagerie pour l'envoyer.\n"
    )
    if draft.pdf is not None:
        emit(f"Monographie écrite : {draft.pdf}\n")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="FICHIER",
        help="fichier de base de données (par défaut : dossier de l'utilisateur)",
    )
    p.add_argument(
        "--assessment",
        default="latest",
        metavar="ID|latest",
        help="numéro de l'évaluation, ou latest (par défaut)",
    )
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="langue du document")
    p.add_argument(
        "--anonymize",
        action="store_true",
        help="remplacer les noms des participants par leur collège et un numéro",
    )
    p.add_argument(
        "--compare",
        metavar="ID[,ID…]",
        help="ajouter une section « évolution » : numéros d'évaluations, previous ou all",
    )
    p.add_argument(
        "--sections",
        metavar="a,b,c",
        help="sections à inclure (par défaut toutes) : cover, summary, contents, identity, "
        "story, evolution, dimensions, governance, funding, references, findings, "
        "recommendations, funders, reread, annex",
    )
    p.add_argument("--logo", help="image PNG ou JPEG pour la couverture")


def register(subcommands: Any, export_formats: Any) -> None:
    del subcommands  # only export formats here
    p = export_formats.add_parser("pdf", help="la monographie PDF à envoyer aux financeurs")
    _common(p)
    p.add_argument(
        "--out", metavar="FICHIER", required=True, type=output_path, help="fichier PDF à écrire"
    )
    p.set_defaults(handler=cmd_export_pdf)

    p = export_formats.add_parser(
        "email", help="un brouillon de courriel (.eml) aux financeurs, la monographie jointe"
    )
    _common(p)
    p.add_argument(
        "--to",
        required=True,
        metavar="ADRESSES",
        help="adresse(s) du ou des destinataires, séparées par des virgules",
    )
    p.add_argument(
        "--out", metavar="FICHIER", required=True, type=output_path, help="fichier .eml à écrire"
    )
    p.add_argument(
        "--from",
        dest="sender",
        metavar="ADRESSE",
        help="l'expéditeur du courriel (« Nom <adresse> » ou adresse), facultatif",
    )
    p.add_argument("--pdf", metavar="FICHIER", help="écrire aussi la monographie PDF à cet endroit")
    p.set_defaults(handler=cmd_export_email)
