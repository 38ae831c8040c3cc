"""`diagapp check-report`: the critical reread of an assessment before its PDF is sent.

diagapp check-report --db PATH --assessment ID|latest [--json] [--lang fr|en]

Exit codes: 0 nothing serious (only « à vérifier » findings, or « à corriger » ones the
team accepted); 4 at least one « à corriger » finding neither fixed nor accepted; 1 a
database or an assessment that cannot be read; 2 a usage error. Never writes the database.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from diagapp.cli.common import emit, open_db, resolve_assessment

EXIT_FINDINGS = 4
WIDTH = 100

WORDS = {
    "fr": {
        "title": "Relecture avant envoi — « {dynamic} », {label} (évaluation n° {id})",
        "none": "Rien à signaler : la relecture n'a rien trouvé.",
        "serious": "{n} point(s) à corriger avant d'envoyer le PDF.",
        "fine": "Rien de grave : {n} point(s) à vérifier.",
        "accepted": "accepté par l'équipe",
        "advice": "Que faire",
        "note": "Note",
    },
    "en": {
        "title": "Reread before sending — “{dynamic}”, {label} (assessment #{id})",
        "none": "Nothing to report: the reread found nothing.",
        "serious": "{n} point(s) to fix before sending the PDF.",
        "fine": "Nothing serious: {n} point(s) to check.",
        "accepted": "accepted by the team",
        "advice": "What to do",
        "note": "Note",
    },
}


def register(subcommands: Any, _export_formats: Any) -> None:
    p = subcommands.add_parser(
        "check-report",
        help="relecture critique d'une évaluation avant d'envoyer son PDF",
        description="Liste ce que le diagnostic affirme sans l'étayer ou se contredit "
        "(niveaux sans preuve, contradictions, parties vides). Code de sortie : 0 rien de "
        f"grave, {EXIT_FINDINGS} des points « à corriger » ni corrigés ni acceptés, 1 base "
        "ou évaluation illisible. N'écrit jamais dans la base.",
    )
    p.add_argument("--db", help="fichier de base de données")
    p.add_argument(
        "--assessment", metavar="ID|latest", required=True, help="numéro d'évaluation ou « latest »"
    )
    p.add_argument("--json", action="store_true", help="sortie JSON pour les outils")
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.set_defaults(handler=cmd_check_report)


def cmd_check_report(args: argparse.Namespace) -> int:
    from diagapp.services import reread

    db = open_db(args)  # read-only: nothing is created, migrated, backed up or written
    try:
        assessment_id = resolve_assessment(db, args.assessment)
        report = reread.reread(db, assessment_id=assessment_id, lang=args.lang)
    finally:
        db.close()
    data = report.as_dict()
    if args.json:
        data["exit_code"] = EXIT_FINDINGS if report.serious else 0
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        emit(report_text(data))
    return EXIT_FINDINGS if report.serious else 0


def report_text(data: dict[str, Any]) -> str:
    words = WORDS[data["lang"]]
    lines = [
        words["title"].format(
            id=data["assessment_id"], dynamic=data["dynamic"], label=data["label"]
        )
    ]
    findings = data["findings"]
    if not findings:
        return "\n".join([*lines, "", words["none"], ""])
    for f in findings:
        state = f" ({words['accepted']})" if f["accepted"] else ""
        lines += ["", f"[{f['severity_label']}{state}] {f['title']}"]
        lines += textwrap.wrap(f["detail"], WIDTH, initial_indent="  ", subsequent_indent="  ")
        lines += textwrap.wrap(
            f"{words['advice']} : {f['advice']}"
            if data["lang"] == "fr"
            else f"{words['advice']}: {f['advice']}",
            WIDTH,
            initial_indent="  ",
            subsequent_indent="  ",
        )
        if f["note"]:
            lines.append(f"  {words['note']} : {f['note']}")
    n = data["serious_count"]
    lines += ["", words["serious"].format(n=n) if n else words["fine"].format(n=len(findings))]
    return "\n".join(lines) + "\n"
