"""Plain dict and text views of the questionnaire and the references (CLI, JSON)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diagapp.domain.questionnaire import Field, Item, Questionnaire, Source
from diagapp.domain.references import RESOURCE_KEYS, ReferenceDynamic
from diagapp.domain.text import Text

SYMBOLS = ("Néant", "+", "++", "+++")


def _text(t: Text) -> dict[str, str]:
    return {"fr": t.fr, "en": t.en}


def _source(s: Source) -> dict[str, Any]:
    return {"section": s.section, "lines": list(s.lines)}


def _item(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": _text(item.label),
        "help": _text(item.help),
        "levels": [{"value": lv.value, **_text(lv.text)} for lv in item.levels],
        "not_applicable": item.not_applicable,
        "source": _source(item.source),
    }


def _field(f: Field) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f.id,
        "kind": f.kind,
        "label": _text(f.label),
        "help": _text(f.help),
        "source": _source(f.source),
    }
    if f.options:
        data["options"] = [{"value": o.value, **_text(o.text)} for o in f.options]
    if f.levels:
        data["levels"] = [{"value": lv.value, **_text(lv.text)} for lv in f.levels]
    if f.minimum is not None or f.maximum is not None:
        data["min"], data["max"] = f.minimum, f.maximum
    return data


def questionnaire_as_dict(q: Questionnaire) -> dict[str, Any]:
    return {
        "family": q.family,
        "version": q.version,
        "title": _text(q.title),
        "report": _text(q.report),
        "maturity_labels": [_text(t) for t in q.maturity_labels],
        "field_sections": [
            {
                "id": s.id,
                "title": _text(s.title),
                "source": _source(s.source),
                "fields": [_field(f) for f in s.fields],
            }
            for s in q.field_sections
        ],
        "dimensions": [
            {
                "id": d.id,
                "number": d.number,
                "title": _text(d.title),
                "questions": _text(d.questions),
                "source": _source(d.source),
                "items": [_item(i) for i in d.items],
            }
            for d in q.dimensions
        ],
        "funding": {
            "resources": [
                {
                    "key": r.key,
                    "label": _text(r.label),
                    "monetary": r.monetary,
                    "own_resource": r.own_resource,
                    "source": _source(r.source),
                }
                for r in q.funding.resources
            ],
            "intensity": [_text(t) for t in q.funding.intensity],
        },
    }


def questionnaire_as_text(q: Questionnaire, lang: str = "fr") -> str:
    lines = [f"{q.title.get(lang)} — v{q.version}", q.report.get(lang), ""]
    for section in q.field_sections:
        lines.append(f"## {section.title.get(lang)}")
        lines += [f"  [{f.id}] {f.label.get(lang)}" for f in section.fields]
        lines.append("")
    for d in q.dimensions:
        lines.append(f"## {d.number}. {d.title.get(lang)} ({len(d.items)})")
        for item in d.items:
            na = " (non concerné possible)" if item.not_applicable and lang == "fr" else ""
            lines.append(f"  [{item.id}] {item.label.get(lang)}{na}")
            lines += [f"      {lv.value} — {lv.text.get(lang)}" for lv in item.levels]
        lines.append("")
    lines.append(f"## {q.funding.title.get(lang)}")
    lines += [f"  [{r.key}] {r.label.get(lang)}" for r in q.funding.resources]
    return "\n".join(lines) + "\n"


def reference_as_dict(r: ReferenceDynamic) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "type": r.type,
        "place": r.place,
        "origin": r.origin,
        "origin_text": r.origin_text,
        "legal_status": r.legal_status,
        "legal_statuses": list(r.legal_statuses),
        "economic_model": r.economic_model,
        "governance": {"inhabitants": r.inhabitants, "debate": r.debate},
        "governance_source_line": r.governance_line,
        "funding": [
            {
                "structure": s.name,
                "source_line": s.line,
                "intensity": {k: s.intensity[k] for k in RESOURCE_KEYS},
            }
            for s in r.structures
        ],
    }


def _cell(value: int | None) -> str:
    """The table's symbol; « ? » for a column the report's table does not have."""
    if value is None:
        return "?"
    return SYMBOLS[value] if value else "·"


def references_as_text(refs: Sequence[ReferenceDynamic]) -> str:
    short = ("Pub", "Priv", "Vente", "Cotis", "PrélCA", "Fonds", "Particip", "Empr", "Nature")
    head = f"{'Dynamique':<46} {'Hab.':>5} {'Débat':>5}  " + " ".join(f"{s:>7}" for s in short)
    lines = [head, "-" * len(head)]
    for r in refs:
        for index, s in enumerate(r.structures):
            name = r.name if index == 0 else ""
            label = f"{name} {s.name}".strip()[:46]
            gov = f"{SYMBOLS[r.inhabitants]:>5} {SYMBOLS[r.debate]:>5}" if index == 0 else " " * 11
            cells = " ".join(f"{_cell(s.intensity[k]):>7}" for k in RESOURCE_KEYS)
            lines.append(f"{label:<46} {gov}  {cells}")
    lines.append("")
    lines.append("Source : Labo de l'ESS (2020), tableaux l.810-832 et l.1023-1043.")
    lines.append("« ? » : le tableau du rapport n'a pas de colonne « fonds propres » (inconnu).")
    return "\n".join(lines) + "\n"
