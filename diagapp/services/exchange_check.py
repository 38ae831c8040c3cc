"""Reading and checking an export file before anything is written (services.exchange).

Everything a file can get wrong — not JSON, not UTF-8, too deep, a wrong type anywhere, an
unknown item or field, a level out of the scale, a date that is not one, the same record
twice — is a DataFileError naming the file and the place, in French.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DataFileError, DiagappError
from diagapp.domain.model import STATUS_DONE, STATUS_DRAFT
from diagapp.services import catalog, exchange_finances, exchange_plan, objectives_exchange
from diagapp.services.answers import validate_field
from diagapp.services.files import ReadRefused, read_limited
from diagapp.services.limits import check_long_text, check_name
from diagapp.services.recommendations import load_catalog

FORMAT = "diagapp-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
MAX_POSITION = 1_000_000
MAX_VOLUNTEER_HOURS = 1_000_000  # as services.answers.update_structure


def read_import_file(path: Path) -> dict[str, Any]:
    name = path.name
    try:
        raw = read_limited(Path(path), MAX_IMPORT_BYTES)
    except ReadRefused as exc:
        raise DataFileError(name, "", str(exc)) from None
    try:
        # utf-8-sig: a file saved by a Windows editor starts with a byte-order mark
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DataFileError(name, "", "le fichier n'est pas un texte UTF-8") from None
    except json.JSONDecodeError as exc:
        raise DataFileError(
            name, f"ligne {exc.lineno}", "JSON invalide ou fichier tronqué"
        ) from None
    except RecursionError:
        raise DataFileError(name, "", "structure JSON trop profonde") from None
    except ValueError:  # an integer of thousands of digits (Python refuses to convert it)
        raise DataFileError(name, "", "nombre démesuré dans le fichier") from None
    _check_text(data, name)
    validate_export(data, name)
    return data


MAX_DEPTH = 16  # the format nests 8 levels deep (a multiple-choice field's list of values)


def _check_text(data: Any, name: str) -> None:
    """JSON may carry lone surrogates (\\ud800) that no database can store, or nest far
    deeper than the format: refuse them before any message quotes a part of it."""
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise DataFileError(name, "", "structure JSON trop profonde pour un export diagapp")
        if isinstance(node, dict):
            stack.extend((key, depth + 1) for key in node)
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
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
            raise self.fail(f"identifiant en double : {show(data['uid'])}")
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
        try:
            if key in _NAMES:
                check_name(value, f"le champ « {key} »")
            elif key in _LONG_TEXTS:
                check_long_text(value, f"le champ « {key} »")
        except DiagappError as exc:
            raise self.fail(str(exc)) from None
        if key == "uid" and not _UID.fullmatch(value):
            raise self.fail(f"identifiant {show(value)} invalide")
        if key in ("created_at", "updated_at"):
            self.timestamp(value, key)

    def timestamp(self, value: str, key: str) -> None:
        """A UTC time as diagapp writes it: records are merged by comparing these texts, so
        « zzzz » or a year 9999 would win over every later real change."""
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is None or not _TIMESTAMP.fullmatch(value):
            raise self.fail(f"horodatage « {key} » {show(value)} invalide")
        if moment > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
            raise self.fail(f"horodatage « {key} » {show(value)} dans le futur")


_NAMES = frozenset({"name", "label", "pseudonym", "college", "legal_status"})
_LONG_TEXTS = frozenset({"evidence", "private_note", "justification", "note"})
_UID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\+00:00")


def show(value: Any, width: int = 60) -> str:
    """A value of the file quoted in a message, cut so that the line stays readable."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _label(value: Any) -> str:
    """A record's name for the place in a message: short, on one line."""
    if not isinstance(value, str):
        return "?"
    line = " ".join(value.split())
    return line if len(line) <= 60 else line[:59] + "…"


def validate_export(data: Any, name: str) -> None:
    """Check the whole file before anything is written; raise DataFileError."""
    c = _Check(name)
    data = c.obj(data, "document")
    if data.get("format") != FORMAT:
        raise c.fail("ce n'est pas un export diagapp")
    if data.get("format_version") != FORMAT_VERSION:
        raise c.fail(f"version de format {show(data.get('format_version'))} non prise en charge")
    for d in c.lst(data, "dynamics"):
        d = c.obj(d, "dynamique")
        c.where = f"dynamique {_label(d.get('name'))}"
        for key in ("uid", "name", "created_at", "updated_at"):
            c.string(d, key)
        c.unique("dynamic", d)
        for a in c.lst(d, "assessments"):
            a = c.obj(a, "évaluation")
            c.where = f"évaluation {_label(a.get('label'))}"
            _validate_assessment(c, a)


def _validate_assessment(c: _Check, a: Mapping[str, Any]) -> None:
    for key in ("uid", "label", "date", "status", "created_at", "updated_at"):
        c.string(a, key)
    c.unique("assessment", a)
    try:
        dt.date.fromisoformat(a["date"])
    except ValueError:
        raise c.fail(f"date {show(a['date'])} invalide (attendu AAAA-MM-JJ)") from None
    if a["status"] not in (STATUS_DRAFT, STATUS_DONE):
        raise c.fail(f"statut {show(a['status'])} inconnu")
    copied = a.get("copied_from")
    if copied is not None and (not isinstance(copied, str) or not _UID.fullmatch(copied)):
        raise c.fail("champ « copied_from » invalide")
    version = a.get("questionnaire_version")
    if not isinstance(version, int) or isinstance(version, bool) or not 0 < version < 10_000:
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
                raise c.fail(f"élément inconnu {show(item)}")
            who = r.get("participant")
            if kind == "answers" and (not isinstance(who, str) or who not in participants):
                raise c.fail(f"réponse à {item} d'un participant absent du fichier")
            if "value" not in r:
                raise c.fail(f"niveau manquant pour {item} (null quand il n'y en a pas)")
            value = r["value"]
            if value is not None and (isinstance(value, bool) or value not in (0, 1, 2, 3)):
                raise c.fail(f"niveau {show(value)} hors de l'échelle pour {item}")
            for key in ("not_applicable", "to_review"):
                if not isinstance(r.get(key), bool):
                    raise c.fail(f"« {key} » doit être vrai ou faux pour {item}")
            if r["not_applicable"] and not questionnaire.item(item).not_applicable:
                raise c.fail(f"« Non concerné » n'est pas proposé pour {item}")
            if r["not_applicable"] and value is not None:
                raise c.fail(f"un niveau et « Non concerné » à la fois pour {item}")
            for key in ("evidence", "private_note", "justification", "updated_at"):
                c.string(r, key)
    for f in c.lst(a, "fields"):
        f = c.obj(f, "champ")
        field_id = f.get("field_id")
        if field_id in exchange_finances.OLD_TEXT_FIELDS and isinstance(f.get("value"), str | None):
            c.string(f, "updated_at")  # funding lines of an earlier version's file
            continue
        if not isinstance(field_id, str) or not questionnaire.has_field(field_id):
            raise c.fail(f"champ inconnu {show(field_id)}")
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
                raise c.fail(f"ressource inconnue {show(cell.get('resource'))}")
            if cell.get("intensity") not in (0, 1, 2, 3) or isinstance(cell.get("intensity"), bool):
                raise c.fail("intensité hors de l'échelle Néant à +++")
            amount = cell.get("amount_eur")
            if amount is not None and (
                isinstance(amount, bool)
                or not isinstance(amount, (int, float))
                or not 0 <= amount < 1e10
            ):
                raise c.fail("montant invalide")
    exchange_finances.validate(a, c.fail, c.timestamp)
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
        if r["recommendation_id"] not in load_catalog():
            raise c.fail(f"recommandation inconnue {show(r['recommendation_id'])}")
    objectives_exchange.validate(c, a, questionnaire)
    exchange_plan.validate_actions(c, a, questionnaire)
