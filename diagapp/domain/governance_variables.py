"""The report's four structuring variables of governance (l.1005-1013) as questionnaire v2
asks them. Two are asked on the governance page (economic model, debate); the other two are
asked once elsewhere (issue 13): the origin on the identity card (identity.origin, the §1.2
typology, l.366-425) and inhabitants' involvement in the walk-through (the grid's item, l.167,
whose team consensus is the table's mark, l.1009). A v1 year reads the same way: its dropped
twin fields feed these through the mapping (mappings/v1-v2.yaml « merged »)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from diagapp.domain.model import Assessment
from diagapp.domain.text import Text

ORIGIN_FIELD = "identity.origin"
INHABITANTS_ITEM = "energie.implication_habitants"
V1_ORIGIN_FIELD = "governance.origin_actors"  # v1 only, in the table's own words
# identity.origin in the words of the governance table's origin column (l.1023-1043): the
# table says « pouvoirs publics » for local authorities and for the State alike (l.425).
TABLE_ORIGIN = {
    "collectivites": "pouvoirs_publics",
    "etat": "pouvoirs_publics",
    "societe_civile": "societe_civile",
    "hybride": "societe_civile_et_pouvoirs_publics",
}
TABLE_ORIGIN_WORDS = {
    "pouvoirs_publics": Text("Pouvoirs publics", "Public authorities"),
    "societe_civile": Text("Société civile", "Civil society"),
    "societe_civile_et_pouvoirs_publics": Text(
        "Société civile / pouvoirs publics", "Civil society / public authorities"
    ),
}
# The table's marks for a governance scale, 0 to 3 (l.1023-1043).
MARKS = {"fr": ("Néant", "+", "++", "+++"), "en": ("None", "+", "++", "+++")}


def table_origin(fields: Mapping[str, Any]) -> str | None:
    """The origin as the report's governance table classes it: from the identity card or,
    for a v1 year that gave only the table's « pouvoirs publics » (local authorities or the
    State: left to be asked again in v2), from that answer."""
    origin = TABLE_ORIGIN.get(str(fields.get(ORIGIN_FIELD)))
    if origin is not None:
        return origin
    v1 = fields.get(V1_ORIGIN_FIELD)
    return v1 if isinstance(v1, str) and v1 in TABLE_ORIGIN_WORDS else None


def table_origin_words(origin: str | None, lang: str) -> str:
    words = TABLE_ORIGIN_WORDS.get(origin or "")
    return words.get(lang) if words else ""


def inhabitants(assessment: Assessment) -> int | None:
    """The team's consensus on inhabitants' involvement (None: unanswered or « non concerné»)."""
    answer = assessment.consensus(INHABITANTS_ITEM)
    if answer is None or answer.not_applicable or answer.value is None:
        return None
    return answer.value


def inhabitants_not_concerned(assessment: Assessment) -> bool:
    answer = assessment.consensus(INHABITANTS_ITEM)
    return answer is not None and answer.not_applicable
