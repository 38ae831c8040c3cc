"""The share file in readable words, for the team to read before it is written (issue 16):
every value the file holds, and nothing else — labels come from the questionnaire, never
from the database's texts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from diagapp.domain import share_format
from diagapp.domain.questionnaire import Questionnaire

translate = QCoreApplication.translate  # spelled out below so that pyside6-lupdate sees it

SIZE_FIELDS = {"structures": "identity.structures_count", "animation_fte": "identity.animation_fte"}


def _colon(lang: str) -> str:
    return " : " if lang == "fr" else ": "  # French puts a space before the colon


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _field_value(questionnaire: Questionnaire, field_id: str, value: Any, lang: str) -> str:
    if value is None or value == []:
        return translate("share_preview", "non renseigné")
    if isinstance(value, bool):
        return translate("share_preview", "oui") if value else translate("share_preview", "non")
    if not questionnaire.has_field(field_id):
        return str(value)
    f = questionnaire.field(field_id)
    if isinstance(value, list):
        return ", ".join(_field_value(questionnaire, field_id, v, lang) for v in value)
    if isinstance(value, str) and (option := f.option(value)) is not None:
        return option.text.get(lang)
    level = next((lv for lv in f.levels if lv.value == value), None)
    return f"{value} ({level.text.get(lang)})" if level is not None else str(value)


def _label(questionnaire: Questionnaire, field_id: str, lang: str) -> str:
    if questionnaire.has_field(field_id):
        return questionnaire.field(field_id).label.get(lang).rstrip(" ?:\u00a0\u202f")
    return field_id


def _typology(document: dict[str, Any], q: Questionnaire, lang: str) -> list[str]:
    t = document["typology"]
    lines = [translate("share_preview", "Typologie de la dynamique")]
    for key, field_id in share_format.TYPOLOGY_FIELDS.items():
        lines.append(
            f"  {_label(q, field_id, lang)}{_colon(lang)}{_field_value(q, field_id, t[key], lang)}"
        )
    forms = share_format.LEGAL_FORMS
    lines.append(
        f"  {_label(q, forms, lang)}{_colon(lang)}{_field_value(q, forms, t['legal_forms'], lang)}"
    )
    founded = (
        t["founded"] if t["founded"] is not None else translate("share_preview", "non renseigné")
    )
    lines.append(translate("share_preview", "  Année de création : %1").replace("%1", str(founded)))
    for key, field_id in SIZE_FIELDS.items():
        value = t[key] or translate("share_preview", "non renseigné")
        lines.append(
            translate("share_preview", "  %1 (tranche) : %2")
            .replace("%1", _label(q, field_id, lang))
            .replace("%2", value)
        )
    lines.append(
        translate("share_preview", "  Département : %1").replace(
            "%1", t["departement"] or translate("share_preview", "non communiqué")
        )
    )
    return lines


def _level(q: Questionnaire, value: int | str) -> str:
    if value == share_format.NOT_APPLICABLE:
        return translate("share_preview", "non concerné")
    return str(value)


def _year(record: dict[str, Any], q: Questionnaire, lang: str) -> list[str]:
    status = (
        translate("share_preview", "terminé")
        if record["status"] == "done"
        else translate("share_preview", "brouillon")
    )
    lines = [
        translate("share_preview", "Année %1 — questionnaire version %2, diagnostic %3")
        .replace("%1", str(record["year"]))
        .replace("%2", str(record["questionnaire_version"]))
        .replace("%3", status),
        translate("share_preview", "  Couverture du questionnaire : %1").replace(
            "%1", _percent(record["coverage"])
        ),
        translate("share_preview", "  Scores par dimension (0 à 3) :"),
    ]
    for d in q.dimensions:
        if d.id in record["dimensions"]:
            s = record["dimensions"][d.id]
            score = "—" if s["score"] is None else f"{s['score']:.2f}"
            if lang == "fr":
                score = score.replace(".", ",")
            lines.append(
                translate("share_preview", "    %1. %2 : %3 (couverture %4)")
                .replace("%1", str(d.number))
                .replace("%2", d.title.get(lang))
                .replace("%3", score)
                .replace("%4", _percent(s["coverage"]))
            )
    lines.append(translate("share_preview", "  Niveaux de consensus par élément (0 à 3) :"))
    for item in q.items:
        if item.id in record["levels"]:
            lines.append(f"    {_level(q, record['levels'][item.id])} — {item.label.get(lang)}")
    if record["governance"]:
        lines.append(translate("share_preview", "  Gouvernance :"))
        for field_id, value in record["governance"].items():
            lines.append(
                f"    {_label(q, field_id, lang)}{_colon(lang)}{_field_value(q, field_id, value, lang)}"
            )
    funding = record["funding"]
    basis = (
        translate("share_preview", "montants")
        if funding["basis"] == "amounts"
        else translate("share_preview", "intensités")
    )
    lines.append(
        translate("share_preview", "  Financement (calculé sur les %1) :").replace("%1", basis)
    )
    for r in q.funding.resources:
        if r.key in funding["resources"]:
            entry = funding["resources"][r.key]
            intensity = int(entry["intensity"])
            words = (
                q.funding.intensity[intensity].get(lang)
                if intensity < len(q.funding.intensity)
                else ""
            )
            text = (
                translate("share_preview", "    %1 : intensité %2 (%3)")
                .replace("%1", r.label.get(lang))
                .replace("%2", str(intensity))
                .replace("%3", words)
            )
            if entry["share"] is not None:
                text += translate("share_preview", ", part des ressources %1 %").replace(
                    "%1", entry["share"]
                )
            lines.append(text)
    return lines


def readable(document: dict[str, Any], questionnaires: dict[int, Questionnaire], lang: str) -> str:
    """Every value of the share file `document`, one per line, in the interface's language."""
    lines = [
        translate("share_preview", "Fichier de partage diagapp (format %1), créé le %2")
        .replace("%1", str(document["format_version"]))
        .replace("%2", document["generated_at"]),
        translate(
            "share_preview",
            "Identifiant pseudonyme : %1 (tiré au hasard ; il permet au réseau de remplacer "
            "vos données de l'an dernier par les nouvelles)",
        ).replace("%1", document["pseudonym"]),
        translate(
            "share_preview",
            "Clé de preuve : %1 (secrète ; elle prouve au réseau que les fichiers suivants "
            "viennent de vous)",
        ).replace("%1", document["token"]),
        "",
    ]
    latest = questionnaires[document["years"][-1]["questionnaire_version"]]
    lines += _typology(document, latest, lang)
    for record in document["years"]:
        lines += ["", *_year(record, questionnaires[record["questionnaire_version"]], lang)]
    lines += ["", translate("share_preview", "Entraide")]
    lines.append(
        translate("share_preview", "  Contact : %1").replace(
            "%1", document["contact"] or translate("share_preview", "aucun")
        )
    )
    helping = [latest.item(i).label.get(lang) for i in document["helping"]]
    lines.append(
        translate("share_preview", "  Éléments sur lesquels vous proposez votre aide : %1").replace(
            "%1", " ; ".join(helping) if helping else translate("share_preview", "aucun")
        )
    )
    lines += [
        "",
        translate(
            "share_preview",
            "Le fichier ne contient rien d'autre : ni le nom de la dynamique, ni les "
            "participants, ni les textes libres, preuves ou notes.",
        ),
    ]
    return "\n".join(lines)
