"""`diagapp recommend`: the report's recommendations for an assessment, a reference or the catalog.

diagapp recommend --db PATH --assessment ID|latest [--json] [--lang fr|en] [--all]
diagapp recommend --reference NAME [--json] [--lang fr|en] [--all]
diagapp recommend --catalog [--json] [--lang fr|en]
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections import Counter
from typing import Any

from diagapp.cli.common import emit, open_db, resolve_assessment
from diagapp.domain.errors import DiagappError
from diagapp.report.typography import decimal

WIDTH = 100


def register(subcommands: Any, _export_formats: Any) -> None:
    p = subcommands.add_parser(
        "recommend",
        help="recommandations tirées des propositions du rapport",
        description="Les recommandations du rapport déclenchées par un diagnostic, par une "
        "dynamique de référence, ou le catalogue complet.",
    )
    p.add_argument("--db", metavar="FICHIER", help="fichier de base de données (avec --assessment)")
    p.add_argument(
        "--assessment",
        metavar="ID|latest",
        help="numéro d'évaluation ou « latest »",
    )
    p.add_argument("--reference", metavar="NOM", help="une des 18 dynamiques du rapport")
    p.add_argument("--catalog", action="store_true", help="tout le catalogue")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.add_argument("--all", action="store_true", help="montrer aussi les non déclenchées")
    p.set_defaults(handler=cmd_recommend)


def cmd_recommend(args: argparse.Namespace) -> int:
    chosen = [n for n in ("assessment", "reference", "catalog") if getattr(args, n)]
    if len(chosen) != 1:
        raise DiagappError(
            "recommend : précisez une seule cible parmi --assessment ID, --reference NOM "
            "ou --catalog."
        )
    from diagapp.services import recommendations

    if args.catalog:
        if args.json:
            _print_json(recommendations.catalog_as_dict())
        else:
            emit(catalog_text(recommendations.catalog_as_dict(), args.lang))
        return 0
    if args.reference:
        report = recommendations.recommend_reference(args.reference, lang=args.lang)
    else:
        report = _for_assessment(args)
    if args.json:
        _print_json(report.as_dict())
    else:
        emit(report_text(report.as_dict(), show_all=args.all))
    return 0


def _for_assessment(args: argparse.Namespace) -> Any:
    from diagapp.services import recommendations

    db = open_db(args)
    try:
        assessment_id = resolve_assessment(db, args.assessment)
        return recommendations.recommend(db, assessment_id=assessment_id, lang=args.lang)
    finally:
        db.close()


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- text ------------------------------------------------------------------------------------

WORDS = {
    "fr": {
        "title": "Recommandations pour « {subject} »",
        "reference": "Dynamique de référence du rapport : seuls ses deux tableaux (gouvernance, "
        "ressources) et ce que le texte du rapport en dit sont connus ; le reste est inconnu, "
        "pas nul.",
        "assessment": "Évaluation n° {id}",
        "highlighted": "À regarder d'abord",
        "further": "Autres recommandations pour la dynamique",
        "funders": "Pour vos partenaires financeurs",
        "advocacy": "À porter auprès des pouvoirs publics et du législateur",
        "not_triggered": "Non déclenchées par ce diagnostic",
        "why": "Pourquoi",
        "where": "Où dans le rapport",
        "decision": "Décision",
        "last_year": "L'an dernier",
        "last_year_title": "Décisions prises lors de l'évaluation précédente ({label}, {date})",
        "none": "Aucune recommandation déclenchée : complétez le diagnostic (consensus, "
        "gouvernance, matrice des ressources).",
        "priority": "priorité",
        "catalog": "Catalogue : {count} recommandations tirées du rapport",
        "by_audience": "Par destinataire",
        "by_group": "Par partie du rapport",
        "more": "… et {n} autres (--all pour tout voir)",
    },
    "en": {
        "title": "Recommendations for “{subject}”",
        "reference": "Reference dynamic from the report: only its two tables (governance, "
        "resources) and what the report's text says of it are known; the rest is unknown, "
        "not zero.",
        "assessment": "Assessment no. {id}",
        "highlighted": "Look at these first",
        "further": "Other recommendations for the dynamic",
        "funders": "For your funding partners",
        "advocacy": "To carry to public authorities and the legislator",
        "not_triggered": "Not triggered by this self-assessment",
        "why": "Why",
        "where": "Where in the report",
        "decision": "Decision",
        "last_year": "Last year",
        "last_year_title": "Decisions taken at the previous assessment ({label}, {date})",
        "none": "No recommendation triggered: complete the self-assessment (consensus, "
        "governance, resource matrix).",
        "priority": "priority",
        "catalog": "Catalog: {count} recommendations drawn from the report",
        "by_audience": "By audience",
        "by_group": "By part of the report",
        "more": "… and {n} more (--all to see everything)",
    },
}


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def _number(value: float, lang: str) -> str:
    return decimal(value, lang, 1)


def _entry(rec: dict[str, Any], lang: str, number: str, full: bool) -> list[str]:
    w = WORDS[lang]
    head = f"{number} {rec['title']} ({w['priority']} {_number(rec['score'], lang)})"
    lines = textwrap.wrap(head, WIDTH, subsequent_indent="   ")
    if full:
        lines += _wrap(rec["text"], "     ")
    label = f"{w['why']} : " if lang == "fr" else f"{w['why']}: "
    for n, reason in enumerate(rec["why"]):
        lines += textwrap.wrap(
            (label if n == 0 else " " * len(label)) + reason,
            WIDTH,
            initial_indent="     ",
            subsequent_indent="     " + " " * len(label),
        )
    where = f"{w['where']} : {rec['where']}" if lang == "fr" else f"Where: {rec['where']}"
    lines += _wrap(where, "     ")
    if rec["decision"] != "open" or rec["note"]:
        note = f" — «\u00a0{rec['note']}\u00a0»" if rec["note"] else ""
        lines += _wrap(f"{w['decision']} : {rec['decision_label']}{note}", "     ")
    previous = rec.get("previous")
    if previous:
        note = f" — «\u00a0{previous['note']}\u00a0»" if previous["note"] else ""
        label = f"{w['last_year']} ({previous['assessment_label']})"
        lines += _wrap(f"{label} : {previous['decision_label']}{note}", "     ")
    return lines


def _section(
    out: list[str], title: str, recs: list[dict[str, Any]], lang: str, full: bool, limit: int
) -> None:
    if not recs:
        return
    out += ["", f"{title} ({len(recs)})", "-" * min(WIDTH, len(title) + 6)]
    for n, rec in enumerate(recs[:limit], 1):
        out += _entry(rec, lang, f"{n}." if full else "-", full)
    if len(recs) > limit:
        out.append(WORDS[lang]["more"].format(n=len(recs) - limit))


def report_text(report: dict[str, Any], show_all: bool = False) -> str:
    lang = report["lang"]
    w = WORDS[lang]
    out = [w["title"].format(subject=report["subject"])]
    if report["reference_id"]:
        out += _wrap(w["reference"], "")
    elif report["assessment_id"] is not None:
        out.append(w["assessment"].format(id=report["assessment_id"]))
    limit = 10_000 if show_all else 12
    triggered = report["highlighted"] or report["funders"] or report["advocacy"]
    if not triggered:
        out += ["", *_wrap(w["none"], "")]
    _section(out, w["highlighted"], report["highlighted"], lang, True, limit)
    _section(out, w["further"], report["further"], lang, False, limit)
    _section(out, w["funders"], report["funders"], lang, False, limit)
    _section(out, w["advocacy"], report["advocacy"], lang, False, limit)
    if show_all:
        _section(out, w["not_triggered"], report["not_triggered"], lang, False, limit)
    past = report["last_year"]
    if past:
        year, month, day = past[0]["date"].split("-")
        date = f"{day}/{month}/{year}" if lang == "fr" else past[0]["date"]
        title = w["last_year_title"].format(label=past[0]["assessment_label"], date=date)
        out += ["", title, "-" * min(WIDTH, len(title))]
        colon = " : " if lang == "fr" else ": "
        for p in past:
            note = f" — «\u00a0{p['note']}\u00a0»" if p["note"] else ""
            what = p["title"] or p["recommendation_id"]
            line = f"- {p['decision_label']}{colon}{what}{note}"
            out += textwrap.wrap(line, WIDTH, subsequent_indent="  ")
    return "\n".join(out) + "\n"


def catalog_text(catalog: dict[str, Any], lang: str) -> str:
    w = WORDS[lang]
    entries = catalog["entries"]
    out = [w["catalog"].format(count=catalog["count"]), ""]
    audiences = Counter(e["audience"] for e in entries)
    groups = Counter(e["group"] for e in entries)
    out.append(f"{w['by_audience']} : " + ", ".join(f"{k} {v}" for k, v in audiences.items()))
    out.append(f"{w['by_group']} : " + ", ".join(f"{k} {v}" for k, v in groups.items()))
    current = None
    for e in entries:
        if e["group"] != current:
            current = e["group"]
            out += ["", f"[{current}]"]
        start, end = e["source"]["lines"]
        where = f"l. {start}" if start == end else f"l. {start}-{end}"
        title = e["title"][lang]
        out += _wrap(f"{e['id']} ({e['audience']}, {e['emphasis']}) — {title} — {where}", "  ")
    return "\n".join(out) + "\n"
