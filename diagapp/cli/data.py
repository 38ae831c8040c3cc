"""Command line for spreadsheets: `export xlsx|csv` and participant forms (`form export|import`).

Registered through diagapp/cli/commands.py; services are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from diagapp.cli.common import (
    emit,
    open_for_writing,
    output_path,
    resolve_assessment,
    usage_error,
)
from diagapp.cli.common import open_db as _open


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from diagapp.services import tabular

    db = _open(args)
    try:
        start = time.perf_counter()
        out = tabular.export_xlsx(db, Path(args.out))
    finally:
        db.close()
    emit(f"Classeur écrit : {out} ({time.perf_counter() - start:.1f} s)\n")
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from diagapp.services import tabular

    db = _open(args)
    try:
        if args.table == "objectifs":
            out = tabular.export_objectives_csv(db, Path(args.out))
        else:
            out = tabular.export_csv(db, Path(args.out))
    finally:
        db.close()
    emit(f"Tableau écrit : {out}\n")
    return 0


def cmd_form_export(args: argparse.Namespace) -> int:
    from diagapp.services import forms

    db = _open(args)
    try:
        assessment_id = resolve_assessment(db, args.assessment)
        target = forms.export_form(
            db, assessment_id=assessment_id, participant=args.participant, path=Path(args.out)
        )
    finally:
        db.close()
    emit(
        f"Formulaire pour {target.participant_name} (« {target.assessment_label} ») "
        f"écrit : {args.out}\n"
    )
    return 0


def cmd_form_import(args: argparse.Namespace) -> int:
    from diagapp.services import forms_import

    workspace = open_for_writing(args, must_exist=True)
    try:
        expected = (
            None if args.assessment is None else resolve_assessment(workspace.db, args.assessment)
        )
        report = forms_import.import_form(workspace.db, Path(args.file), assessment_id=expected)
    finally:
        workspace.close()
    emit(report.summary() + "\n")
    for line in report.details():
        emit(f"  {line}\n")
    return 0


def register(subcommands: Any, export_formats: Any) -> None:
    p = export_formats.add_parser(
        "xlsx", help="classeur Excel : évaluations, réponses, financement…"
    )
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.set_defaults(handler=cmd_export_xlsx)

    p = export_formats.add_parser("csv", help="un tableau long de toutes les réponses (Excel FR)")
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument(
        "--table",
        choices=("reponses", "objectifs"),
        default="reponses",
        help="les réponses (par défaut) ou les objectifs de résultat de l'équipe",
    )
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.set_defaults(handler=cmd_export_csv)

    form = subcommands.add_parser("form", help="formulaire .xlsx pour un participant absent")
    actions = form.add_subparsers(title="actions", metavar="ACTION", parser_class=type(form))
    form.set_defaults(handler=lambda _args: usage_error(form, "précisez « export » ou « import »"))
    p = actions.add_parser("export", help="écrire le formulaire d'un participant")
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument(
        "--assessment",
        required=True,
        metavar="ID|latest",
        help="numéro ou « latest »",
    )
    p.add_argument("--participant", required=True, help="nom ou numéro du participant")
    p.add_argument("--out", metavar="FICHIER", required=True, type=output_path)
    p.set_defaults(handler=cmd_form_export)
    p = actions.add_parser("import", help="importer un formulaire rempli")
    p.add_argument("file")
    p.add_argument("--db", metavar="FICHIER")
    p.add_argument(
        "--assessment",
        metavar="ID|latest",
        default=None,
        help="refuser un formulaire d'une autre évaluation",
    )
    p.set_defaults(handler=cmd_form_import)
