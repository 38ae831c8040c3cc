"""Reading and checking an export file before anything is written (services.exchange).

Everything a file can get wrong — not JSON, not UTF-8, too deep, a wrong type anywhere, an
unknown item or field, a level out of the scale, a date that is not one, the same record
twice — is a DataFileError naming the file and the place, in French.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DataFileError, DiagappError
from diagapp.domain.model import STATUS_DONE, STATUS_DRAFT
from diagapp.services import catalog
from diagapp.services.answers import validate_field

FORMAT = "diagapp-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
MAX_POSITION = 1_000_000
MAX_VOLUNTEER_HOURS = 1_000_000  # as services.answers.update_structure


def read_import_file(path: Path) -> dict[str, Any]:
    name = path.name
    try:
        if os.path.getsize(path) > MAX_IMPORT_BYTES:
            raise DataFileError(name, "", "fichier trop volumineux pour un export diagapp")
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise DataFileError(name, "", "fichier introuvable") from None
    except UnicodeDecodeError:
        raise DataFileError(name, "", "le fichier n'est pas un texte UTF-8") from None
    except json.JSONDecodeError as exc:
        raise DataFileError(
            name, f"ligne {exc.lineno}", "JSON invalide ou fichier tronqué"
        ) from None
    except RecursionError:
        raise DataFileError(name, "", "structure JSON trop profonde") from None
    except OSError as exc:
        raise DataFileError(name, "", f"lecture impossible ({exc.strerror})") from None
    _check_text(data, name)
    validate_export(data, name)
    return data


def _check_text(data: Any, name: str) -> None:
    """JSON may carry lone surrogates (\\ud800) that no database can store: refuse them."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                raise DataFileError(name, "", "texte mal encodé (caractère invalide)") from None


class _Check:
    def __init__(self, name: str) -> None:
        self.name, self.where = name, ""
        self.uids: set[tuple[str, str]] = set()

    def unique(self, kind: str, data: Mapping[str, Any]) -> None:
        """A uid names one record: the same one twice in a file would merge two records."""
        key = (kind, data["uid"])
        if key in self.uids:
            raise self.fail(f"identifiant en double : {data['uid']}")
        self.uids.add(key)

    def optional_int(self, data: Mapping[str, Any], key: str, top: int) -> None:
        value = data.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top
        ):
            raise self.fail(f"champ « {key} » invalide")

    def fail(self, what: str) -> DataFileError:
        return DataFileError(self.name, self.where, what)

    def obj(self, value: Any, what: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(f"{what} : objet attendu")
        return value

    def lst(self, data: Mapping[str, Any], key: str) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list):
            raise self.fail(f"liste « {key} » manquante")
        return value

    def string(self, data: Mapping[str, Any], key: str, optional: bool = False) -> None:
        value = data.get(key)
        if value is None and optional:
            return
        if not isinstance(value, str) or (key in ("uid", "name", "updated_at") and not value):
            raise self.fail(f"champ « {key} » manquant ou invalide")


def validate_export(data: Any, name: str) -> None:
    """Check the whole file before anything is written; raise DataFileError."""
    c = _Check(name)
    data = c.obj(data, "document")
    if data.get("format") != FORMAT:
        raise c.fail("ce n'est pas un export diagapp")
    if data.get("format_version") != FORMAT_VERSION:
        raise c.fail(f"version de format {data.get('format_version')!r} non prise en charge")
    for d in c.lst(data, "dynamics"):
        d = c.obj(d, "dynamique")
        c.where = f"dynamique {d.get('name', '?')}"
        for key in ("uid", "name", "created_at", "updated_at"):
            c.string(d, key)
        c.unique("dynamic", d)
        for a in c.lst(d, "assessments"):
            a = c.obj(a, "évaluation")
            c.where = f"évaluation {a.get('label', '?')}"
            _validate_assessment(c, a)


def _validate_assessment(c: _Check, a: Mapping[str, Any]) -> None:
    for key in ("uid", "label", "date", "status", "created_at", "updated_at"):
        c.string(a, key)
    c.unique("assessment", a)
    try:
        dt.date.fromisoformat(a["date"])
    except ValueError:
        raise c.fail(f"date {a['date']!r} invalide (attendu AAAA-MM-JJ)") from None
    if a["status"] not in (STATUS_DRAFT, STATUS_DONE):
        raise c.fail(f"statut {a['status']!r} inconnu")
    if a.get("copied_from") is not None and not isinstance(a["copied_from"], str):
        raise c.fail("champ « copied_from » invalide")
    version = a.get("questionnaire_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise c.fail("version de questionnaire invalide")
    try:
        questionnaire = catalog.questionnaire(version)
    except DiagappError:
        raise c.fail(f"questionnaire v{version} inconnu de cette version de diagapp") from None
    participants = set()
    for p in c.lst(a, "participants"):
        p = c.obj(p, "participant")
        for key in ("uid", "name", "created_at"):
            c.string(p, key)
        for key in ("pseudonym", "college"):
            c.string(p, key)
        c.optional_int(p, "position", MAX_POSITION)
        c.unique("participant", p)
        participants.add(p["uid"])
    for kind in ("answers", "consensus"):
        for r in c.lst(a, kind):
            r = c.obj(r, "réponse")
            item = r.get("item_id")
            if not isinstance(item, str) or not questionnaire.has_item(item):
                raise c.fail(f"élément inconnu {item!r}")
            who = r.get("participant")
            if kind == "answers" and (not isinstance(who, str) or who not in participants):
                raise c.fail(f"réponse à {item} d'un participant absent du fichier")
            if "value" not in r:
                raise c.fail(f"niveau manquant pour {item} (null quand il n'y en a pas)")
            value = r["value"]
            if value is not None and (isinstance(value, bool) or value not in (0, 1, 2, 3)):
                raise c.fail(f"niveau {value!r} hors de l'échelle pour {item}")
            for key in ("not_applicable", "to_review"):
                if not isinstance(r.get(key), bool):
                    raise c.fail(f"« {key} » doit être vrai ou faux pour {item}")
            for key in ("evidence", "private_note", "justification", "updated_at"):
                c.string(r, key)
    for f in c.lst(a, "fields"):
        f = c.obj(f, "champ")
        field_id = f.get("field_id")
        if not isinstance(field_id, str) or not questionnaire.has_field(field_id):
            raise c.fail(f"champ inconnu {field_id!r}")
        if "value" not in f:
            raise c.fail(f"valeur manquante pour {field_id} (null quand il n'y en a pas)")
        try:
            validate_field(questionnaire.field(field_id), f.get("value"))
        except DiagappError as exc:
            raise c.fail(str(exc)) from None
        c.string(f, "updated_at")
    for st in c.lst(a, "structures"):
        st = c.obj(st, "structure")
        for key in ("uid", "name", "updated_at"):
            c.string(st, key)
        c.string(st, "legal_status", optional=True)
        c.optional_int(st, "position", MAX_POSITION)
        c.unique("structure", st)
        hours = st.get("volunteer_hours")
        if hours is not None and (
            isinstance(hours, bool)
            or not isinstance(hours, (int, float))
            or not 0 <= hours <= MAX_VOLUNTEER_HOURS
        ):
            raise c.fail("heures de bénévolat invalides")
        if st.get("volunteer_smic_multiple") not in questionnaire.funding.volunteering_multiples:
            raise c.fail("multiple de SMIC invalide")
        for cell in c.lst(st, "cells"):
            cell = c.obj(cell, "cellule")
            c.string(cell, "updated_at")
            if cell.get("resource") not in questionnaire.funding.keys:
                raise c.fail(f"ressource inconnue {cell.get('resource')!r}")
            if cell.get("intensity") not in (0, 1, 2, 3) or isinstance(cell.get("intensity"), bool):
                raise c.fail("intensité hors de l'échelle Néant à +++")
            amount = cell.get("amount_eur")
            if amount is not None and (
                isinstance(amount, bool)
                or not isinstance(amount, (int, float))
                or not 0 <= amount < 1e10
            ):
                raise c.fail("montant invalide")
    decisions = a.get("recommendation_decisions") or []
    if not isinstance(decisions, list):
        raise c.fail("liste « recommendation_decisions » invalide")
    for r in decisions:
        r = c.obj(r, "décision")
        for key in ("recommendation_id", "updated_at"):
            c.string(r, key)
        c.string(r, "note", optional=True)
        if r.get("decision") not in ("accepted", "set_aside", "open"):
            raise c.fail("décision sur une recommandation invalide")
