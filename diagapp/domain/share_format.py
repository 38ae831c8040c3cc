"""The anonymised share file a dynamic sends to its network (« communauté apprenante »,
report l.199-203, l.1206-1227, l.1338-1394), and its withdrawal file.

Everything in a share file is a number, a date or a value chosen from the questionnaire's own
lists: no name, participant, free text or note can be written, and `read_share` refuses a file
that holds anything else. The only exceptions are the team's explicit opt-ins: a contact email
and the items on which it is willing to help others (« prises en relation qualifiées », l.1227).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from diagapp.domain import funding, scoring
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.territory import DEPARTEMENTS

FORMAT = "diagapp-share"
FORMAT_VERSION = 1
KIND_SHARE = "share"
KIND_WITHDRAWAL = "withdrawal"
NOT_APPLICABLE = "na"

PSEUDONYM = re.compile(r"[0-9a-f]{32}")
TOKEN = re.compile(r"[0-9a-f]{64}")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+")

# The typology: the identity card's choices (l.70-120), never its texts.
TYPOLOGY_FIELDS = {
    "type": "identity.type",
    "phase": "identity.phase",
    "origin": "identity.origin",
    "scale": "identity.scale",
}
LEGAL_FORMS = "governance.legal_statuses"
# Governance variables (l.1023-1043): choices, scales and yes/no only.
GOVERNANCE_FIELDS = (
    "governance.origin_actors",
    "governance.multi_level",
    "governance.two_structures",
    "governance.inhabitants",
    "governance.debate",
    "governance.sieg",
    "governance.vat_liable",
    "governance.corporate_tax",
    "governance.patronage_eligible",
)
# Size bands: the exact counts could single a dynamic out.
STRUCTURE_BANDS = ((1, "1"), (4, "2-4"), (9, "5-9"), (49, "10-49"), (None, "50+"))
FTE_BANDS = ((0, "0"), (0.99, "<1"), (2, "1-2"), (5, "2-5"), (None, "5+"))
SHARE_BANDS = ((0, "0"), (19, "1-19"), (49, "20-49"), (None, "50-100"))
BANDS = {
    "structures": tuple(b for _, b in STRUCTURE_BANDS),
    "animation_fte": tuple(b for _, b in FTE_BANDS),
    "share": tuple(b for _, b in SHARE_BANDS),
}
FIRST_YEAR, LAST_YEAR = 1900, 2100


class ShareFileError(DiagappError):
    """A share or withdrawal file that does not follow the format: refused as a whole."""


def band(value: float | None, bands: Sequence[tuple[float | None, str]]) -> str | None:
    if value is None:
        return None
    for upper, label in bands:
        if upper is None or value <= upper:
            return label
    return None  # pragma: no cover  (the last band is open)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def allowed_value(questionnaire: Questionnaire, field_id: str, value: Any) -> Any:
    """`value` when it is one of the field's own options (or a scale level, a yes/no)."""
    if not questionnaire.has_field(field_id):
        return None
    f = questionnaire.field(field_id)
    if f.kind == "choice":
        return value if isinstance(value, str) and f.option(value) else None
    if f.kind == "multichoice":
        chosen = value if isinstance(value, list) else []
        return sorted({v for v in chosen if isinstance(v, str) and f.option(v)})
    if f.kind == "scale":
        return value if value in (0, 1, 2, 3) and not isinstance(value, bool) else None
    if f.kind == "bool":
        return value if isinstance(value, bool) else None
    return None


def typology(
    assessment: Assessment, questionnaire: Questionnaire, departement: str | None
) -> dict[str, Any]:
    fields = assessment.fields
    result: dict[str, Any] = {
        key: allowed_value(questionnaire, field_id, fields.get(field_id))
        for key, field_id in TYPOLOGY_FIELDS.items()
    }
    result["legal_forms"] = allowed_value(questionnaire, LEGAL_FORMS, fields.get(LEGAL_FORMS)) or []
    founded = _number(fields.get("identity.year_founded"))
    result["founded"] = int(founded) if founded and FIRST_YEAR <= founded <= LAST_YEAR else None
    result["structures"] = band(_number(fields.get("identity.structures_count")), STRUCTURE_BANDS)
    result["animation_fte"] = band(_number(fields.get("identity.animation_fte")), FTE_BANDS)
    result["departement"] = departement if departement in DEPARTEMENTS else None
    return result


def year_record(assessment: Assessment, questionnaire: Questionnaire) -> dict[str, Any]:
    """One year of a dynamic: consensus levels, dimension scores, governance, funding."""
    levels: dict[str, int | str] = {}
    for item in questionnaire.items:
        answer = assessment.consensus(item.id)
        if answer is None:
            continue
        if answer.not_applicable and item.not_applicable:
            levels[item.id] = NOT_APPLICABLE
        elif answer.value in (0, 1, 2, 3):
            levels[item.id] = int(answer.value)
    scores = scoring.consensus_scores(assessment, questionnaire)
    spec = questionnaire.funding
    indicators = funding.indicators(assessment, spec)
    intensities = funding.read_profile(assessment.structures, spec)
    monetary = set(funding.monetary_keys(spec))
    funding_profile = {
        key: {
            "intensity": intensities.get(key, 0),
            "share": (
                band(indicators.resource_percents.get(key, 0), SHARE_BANDS)
                if key in monetary and indicators.resource_percents
                else None
            ),
        }
        for key in spec.keys
    }
    return {
        "year": assessment.date.year,
        "questionnaire_version": questionnaire.version,
        "status": assessment.status if assessment.status in ("draft", "done") else "draft",
        "levels": levels,
        "dimensions": {
            d: {
                "score": None if s.mean is None else round(s.mean, 3),
                "coverage": round(s.coverage, 3),
            }
            for d, s in scores.items()
        },
        "coverage": round(scoring.basis(scores).coverage, 3),
        "governance": {
            f: v
            for f in GOVERNANCE_FIELDS
            if (v := allowed_value(questionnaire, f, assessment.fields.get(f))) not in (None, [])
        },
        "funding": {"basis": indicators.basis, "resources": funding_profile},
    }


def share_document(
    *,
    pseudonym: str,
    token: str,
    generated_at: dt.datetime,
    typology: Mapping[str, Any],
    years: Sequence[Mapping[str, Any]],
    contact: str | None,
    helping: Sequence[str],
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": KIND_SHARE,
        "pseudonym": pseudonym,
        "token": token,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "typology": dict(typology),
        "years": sorted((dict(y) for y in years), key=lambda y: y["year"]),
        "contact": contact,
        "helping": sorted(set(helping)),
    }


def withdrawal_document(*, pseudonym: str, token: str, generated_at: dt.datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": KIND_WITHDRAWAL,
        "pseudonym": pseudonym,
        "token": token,
        "generated_at": generated_at.isoformat(timespec="seconds"),
    }


def check_contact(text: str) -> str:
    text = text.strip()
    if len(text) > 254 or not EMAIL.fullmatch(text):
        raise ShareFileError(f"« {text[:60]} » n'est pas une adresse électronique valable.")
    return text
