"""`diagapp plan`: the feuille de route of an assessment, as text or JSON.

diagapp plan --db PATH --assessment ID|latest [--json] [--lang fr|en]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from diagapp.cli.common import emit, open_db, resolve_assessment

WORDS = {
    "fr": {
        "title": "Feuille de route — {dynamic}, {label} ({date})",
        "counts": "{total} action(s) : {to_start} à lancer, {in_progress} en cours, "
        "{done} faite(s), {dropped} abandonnée(s).",
        "none": "Aucune action n'est inscrite à la feuille de route de cette évaluation.",
        "who": "porteur",
        "nobody": "personne pour l'instant",
        "when": "échéance",
        "undated": "sans date",
        "done_when": "Fait quand",
        "items": "Items visés",
        "why": "Pourquoi",
        "outcome": "Ce qui s'est passé",
        "budget": "Budget",
        "carried": "reprise de l'an dernier",
    },
    "en": {
        "title": "Roadmap — {dynamic}, {label} ({date})",
        "counts": "{total} action(s): {to_start} to start, {in_progress} in progress, "
        "{done} done, {dropped} dropped.",
        "none": "No action is on this assessment's roadmap.",
        "who": "carried by",
        "nobody": "nobody yet",
        "when": "target date",
        "undated": "no date",
        "done_when": "Done when",
        "items": "Items targeted",
        "why": "Why",
        "outcome": "What happened",
        "budget": "Budget",
        "carried": "carried from last year",
    },
}


def register(subcommands: Any, _export_formats: Any) -> None:
    p = subcommands.add_parser(
        "plan",
        help="la feuille de route d'une évaluation",
        description="Les actions de la feuille de route : qui les porte, pour quand, leur "
        "statut (à lancer, en cours, fait, abandonné).",
    )
    p.add_argument("--db", metavar="FICHIER", required=True, help="fichier de base de données")
    p.add_argument("--assessment", metavar="ID|latest", default="latest")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.set_defaults(handler=cmd_plan)


def plan_as_dict(db: Any, assessment_id: int, lang: str) -> dict[str, Any]:
    from diagapp.domain import plan
    from diagapp.services import assessments
    from diagapp.services import plan as plans

    a = assessments.load_assessment(db, assessment_id)
    actions = plan.by_date(plans.actions(db, assessment_id=assessment_id))
    return {
        "assessment": {"id": a.id, "label": a.label, "date": a.date.isoformat()},
        "dynamic": a.dynamic_name,
        "counts": plan.counts(actions),
        "actions": [
            {
                "id": x.id,
                "title": x.title,
                "done_when": x.done_when,
                "owner": {"kind": x.owner.kind, "label": x.owner_label},
                "target_date": x.target_date.isoformat() if x.target_date else None,
                "status": x.status,
                "status_label": plan.status_label(x.status, lang),
                "status_note": x.status_note,
                "outcome": x.outcome,
                "dimension_id": x.dimension_id,
                "item_ids": list(x.item_ids),
                "budget_eur": x.budget_eur,
                "resource_key": x.resource_key,
                "recommendation_id": x.recommendation_id,
                "carried_from_id": x.carried_from_id,
            }
            for x in actions
        ],
    }


def plan_text(data: dict[str, Any], lang: str) -> str:
    w = WORDS[lang]
    a = data["assessment"]
    lines = [w["title"].format(dynamic=data["dynamic"], label=a["label"], date=a["date"])]
    counts = data["counts"]
    if not data["actions"]:
        return "\n".join([*lines, w["none"]])
    lines.append(w["counts"].format(total=len(data["actions"]), **counts))
    for x in data["actions"]:
        when = x["target_date"] or w["undated"]
        who = x["owner"]["label"] or w["nobody"]
        extra = f", {w['carried']}" if x["carried_from_id"] else ""
        lines.append("")
        lines.append(f"[{x['status_label']}] {x['title']}")
        lines.append(f"    {w['who']} : {who} ; {w['when']} : {when}{extra}")
        for key, value in (
            ("done_when", x["done_when"]),
            ("items", ", ".join(x["item_ids"])),
            ("why", x["status_note"]),
            ("outcome", x["outcome"]),
            ("budget", f"{x['budget_eur']:.0f} €" if x["budget_eur"] is not None else ""),
        ):
            if value:
                lines.append(f"    {w[key]} : {value}")
    return "\n".join(lines)


def cmd_plan(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        data = plan_as_dict(db, resolve_assessment(db, args.assessment), args.lang)
    finally:
        db.close()
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        emit(plan_text(data, args.lang) + "\n")
    return 0
