"""Validation of a share or withdrawal file, strict: every key is known, every string is an
id or a value from the questionnaire's own lists. A file that could carry a name or a text
(a hand-edited one, a newer format) is refused as a whole, with the reason in French."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.share_format import (
    BANDS,
    EMAIL,
    FIRST_YEAR,
    FORMAT,
    FORMAT_VERSION,
    GOVERNANCE_FIELDS,
    KIND_SHARE,
    KIND_WITHDRAWAL,
    LAST_YEAR,
    LEGAL_FORMS,
    NOT_APPLICABLE,
    PSEUDONYM,
    TOKEN,
    TYPOLOGY_FIELDS,
    ShareFileError,
    allowed_value,
)
from diagapp.domain.territory import DEPARTEMENTS

SHARE_KEYS = {
    "format",
    "format_version",
    "kind",
    "pseudonym",
    "token",
    "generated_at",
    "typology",
    "years",
    "contact",
    "helping",
}
WITHDRAWAL_KEYS = {"format", "format_version", "kind", "pseudonym", "token", "generated_at"}
TYPOLOGY_KEYS = {
    *TYPOLOGY_FIELDS,
    "legal_forms",
    "founded",
    "structures",
    "animation_fte",
    "departement",
}
YEAR_KEYS = {
    "year",
    "questionnaire_version",
    "status",
    "levels",
    "dimensions",
    "coverage",
    "governance",
    "funding",
}
MAX_YEARS = 200


def _fail(what: str) -> ShareFileError:
    return ShareFileError(what)


def _keys(obj: Any, expected: set[str], where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise _fail(f"{where} : un objet JSON est attendu")
    if set(obj) != expected:
        extra, missing = set(obj) - expected, expected - set(obj)
        detail = f"clé inconnue « {sorted(extra)[0][:40]} »" if extra else ""
        detail = detail or f"clé manquante « {sorted(missing)[0]} »"
        raise _fail(f"{where} : {detail}")
    return obj


def _is_number(value: Any, low: float, high: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high


def _generated_at(value: Any) -> dt.datetime:
    try:
        stamp = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        stamp = None
    if stamp is None or len(value) > 40:
        raise _fail("date de création (generated_at) illisible")
    return stamp


def read_share(data: Any, questionnaires: Mapping[int, Questionnaire]) -> dict[str, Any]:
    """`data` when it is a valid share or withdrawal file; ShareFileError otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("ce n'est pas un fichier de partage diagapp")
    if data.get("format_version") != FORMAT_VERSION:
        raise _fail(
            f"version de format {str(data.get('format_version'))[:10]} inconnue "
            f"(cette version de diagapp lit la version {FORMAT_VERSION})"
        )
    kind = data.get("kind")
    if kind not in (KIND_SHARE, KIND_WITHDRAWAL):
        raise _fail("type de fichier inconnu (ni partage ni retrait)")
    _keys(data, SHARE_KEYS if kind == KIND_SHARE else WITHDRAWAL_KEYS, "fichier")
    if not isinstance(data["pseudonym"], str) or not PSEUDONYM.fullmatch(data["pseudonym"]):
        raise _fail("identifiant pseudonyme invalide")
    if not isinstance(data["token"], str) or not TOKEN.fullmatch(data["token"]):
        raise _fail("clé de la dynamique invalide")
    _generated_at(data["generated_at"])
    if kind == KIND_WITHDRAWAL:
        return data
    latest = _check_years(data["years"], questionnaires)
    _check_typology(data["typology"], questionnaires[latest])
    contact = data["contact"]
    if contact is not None and (
        not isinstance(contact, str) or len(contact) > 254 or not EMAIL.fullmatch(contact)
    ):
        raise _fail("contact : une adresse électronique est attendue")
    helping = data["helping"]
    if not isinstance(helping, list) or len(helping) > len(questionnaires[latest].items):
        raise _fail("helping : une liste d'items est attendue")
    for item in helping:
        if not isinstance(item, str) or not questionnaires[latest].has_item(item):
            raise _fail(f"helping : item inconnu « {str(item)[:40]} »")
    if helping and contact is None:
        raise _fail("helping : des items d'entraide sans contact")
    return data


def _check_typology(typology: Any, q: Questionnaire) -> None:
    t = _keys(typology, TYPOLOGY_KEYS, "typologie")
    for key, field_id in TYPOLOGY_FIELDS.items():
        if t[key] is not None and allowed_value(q, field_id, t[key]) != t[key]:
            raise _fail(f"typologie : valeur inconnue pour « {key} »")
    forms = t["legal_forms"]
    if not isinstance(forms, list) or allowed_value(q, LEGAL_FORMS, forms) != forms:
        raise _fail("typologie : formes juridiques inconnues")
    if t["founded"] is not None and not (
        isinstance(t["founded"], int) and _is_number(t["founded"], FIRST_YEAR, LAST_YEAR)
    ):
        raise _fail("typologie : année de création invalide")
    for key, bands in (("structures", "structures"), ("animation_fte", "animation_fte")):
        if t[key] is not None and t[key] not in BANDS[bands]:
            raise _fail(f"typologie : tranche inconnue pour « {key} »")
    if t["departement"] is not None and t["departement"] not in DEPARTEMENTS:
        raise _fail("typologie : département inconnu")


def _check_years(years: Any, questionnaires: Mapping[int, Questionnaire]) -> int:
    """Check every year; return the questionnaire version of the latest one."""
    if not isinstance(years, list) or not 1 <= len(years) <= MAX_YEARS:
        raise _fail("years : au moins une année est attendue")
    seen: set[int] = set()
    latest = (0, 0)
    for raw in years:
        y = _keys(raw, YEAR_KEYS, "année")
        year = y["year"]
        if not isinstance(year, int) or not _is_number(year, FIRST_YEAR, LAST_YEAR) or year in seen:
            raise _fail("année invalide ou en double")
        seen.add(year)
        version = y["questionnaire_version"]
        q = questionnaires.get(version) if isinstance(version, int) else None
        if q is None:
            raise _fail(f"{year} : version de questionnaire inconnue")
        latest = max(latest, (year, version))
        if y["status"] not in ("draft", "done"):
            raise _fail(f"{year} : statut inconnu")
        _check_year_body(y, q, year)
    return latest[1]


def _check_year_body(y: dict[str, Any], q: Questionnaire, year: int) -> None:
    levels = y["levels"]
    if not isinstance(levels, dict):
        raise _fail(f"{year} : niveaux attendus")
    for item_id, value in levels.items():
        if not q.has_item(item_id):
            raise _fail(f"{year} : item inconnu « {item_id[:40]} »")
        allowed_na = value == NOT_APPLICABLE and q.item(item_id).not_applicable
        if not allowed_na and (value not in (0, 1, 2, 3) or isinstance(value, bool)):
            raise _fail(f"{year} : niveau invalide pour {item_id}")
    dims = y["dimensions"]
    if not isinstance(dims, dict) or set(dims) != {d.id for d in q.dimensions}:
        raise _fail(f"{year} : scores des dimensions attendus")
    for d, s in dims.items():
        s = _keys(s, {"score", "coverage"}, f"{year} {d}")
        if s["score"] is not None and not _is_number(s["score"], 0, 3):
            raise _fail(f"{year} : score invalide pour {d}")
        if not _is_number(s["coverage"], 0, 1):
            raise _fail(f"{year} : couverture invalide pour {d}")
    if not _is_number(y["coverage"], 0, 1):
        raise _fail(f"{year} : couverture invalide")
    gov = y["governance"]
    if not isinstance(gov, dict):
        raise _fail(f"{year} : variables de gouvernance attendues")
    for f, v in gov.items():
        if f not in GOVERNANCE_FIELDS or v is None or allowed_value(q, f, v) != v:
            raise _fail(f"{year} : variable de gouvernance invalide « {str(f)[:40]} »")
    fund = _keys(y["funding"], {"basis", "resources"}, f"{year} financement")
    if fund["basis"] not in ("amounts", "intensity"):
        raise _fail(f"{year} : base du profil de financement inconnue")
    resources = fund["resources"]
    if not isinstance(resources, dict) or set(resources) - set(q.funding.keys):
        raise _fail(f"{year} : ressources de financement inconnues")
    for key, r in resources.items():
        r = _keys(r, {"intensity", "share"}, f"{year} {key}")
        if r["intensity"] not in (0, 1, 2, 3) or isinstance(r["intensity"], bool):
            raise _fail(f"{year} : intensité invalide pour {key}")
        if r["share"] is not None and r["share"] not in BANDS["share"]:
            raise _fail(f"{year} : tranche de part invalide pour {key}")
