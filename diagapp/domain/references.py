"""The report's 18 studied dynamics as reference profiles (l.810-832, l.1023-1043).

The two tables come from references.yaml; what the report's text says beyond them (its §1.2
typology, purposes, practices it describes) from references_report_says.yaml. A cell the report
does not give (the resource table has no « fonds propres » column) is None: unknown, not Néant.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from diagapp.domain.errors import DataFileError
from diagapp.domain.yamlio import read_yaml

RESOURCE_KEYS = (
    "public_subsidies",
    "private_grants_patronage",
    "sales",
    "membership_fees",
    "revenue_levy",
    "equity_contributions",
    "crowdfunding",
    "loans",
    "in_kind",
)
ORIGINS = ("pouvoirs_publics", "societe_civile", "societe_civile_et_pouvoirs_publics")


@dataclass(frozen=True)
class ReferenceStructure:
    name: str  # "" when the dynamic has one row; "EBE", "CLE", "Booster" otherwise
    line: int
    intensity: Mapping[str, int | None]  # None: the report's table has no such column
    raw: Mapping[str, str]


@dataclass(frozen=True)
class Said:
    """One thing the report's text says about a dynamic, with its lines."""

    key: str  # a field or item id, a recommendation id, "origin" or "purposes"
    value: Any  # an option, a level, a tuple of options, None (the report places it nowhere)
    lines: tuple[int, int]
    quote: str = ""  # the report's words, when they say more than a level


@dataclass(frozen=True)
class ReportSays:
    """What the report's text says about a dynamic beyond its two tables."""

    origin: Said | None = None  # §1.2 typology: collectivites | societe_civile | hybride | None
    purposes: Said | None = None
    fields: tuple[Said, ...] = ()
    items: tuple[Said, ...] = ()
    practices: tuple[Said, ...] = ()  # recommendations it already does (key = recommendation id)


@dataclass(frozen=True)
class ReferenceDynamic:
    id: str
    name: str
    type: str
    place: str
    legal_status: str
    legal_statuses: tuple[str, ...]
    origin: str
    origin_text: str
    economic_model: str
    inhabitants: int  # 0..3 (Néant, +, ++, +++)
    debate: int  # 0..3
    governance_line: int
    structures: tuple[ReferenceStructure, ...]
    funding_label: str
    governance_label: str
    says: ReportSays = ReportSays()

    def funding_profile(self) -> dict[str, int | None]:
        """Intensity per resource kind for the dynamic as a whole (highest over structures);
        None where the report gives no value."""
        profile: dict[str, int | None] = {}
        for k in RESOURCE_KEYS:
            known = [v for s in self.structures if (v := s.intensity.get(k)) is not None]
            profile[k] = max(known) if known else None
        return profile

    def unknown_resources(self) -> frozenset[str]:
        return frozenset(k for k, v in self.funding_profile().items() if v is None)


@dataclass(frozen=True)
class Match:
    reference: ReferenceDynamic
    distance: float
    similarity: float  # 0..1, 1 = identical profile


def _intensity(value: Any) -> int | None:
    return None if value is None else int(value)


def _lines(raw: Any) -> tuple[int, int]:
    start, end = (int(n) for n in raw)
    if not 1 <= start <= end:
        raise ValueError(f"lignes {raw!r}")
    return start, end


def _said(raw: Any, key_name: str, value_name: str) -> Said:
    value = raw.get(value_name)
    if isinstance(value, list):
        value = tuple(str(v) for v in value)
    return Said(str(raw[key_name]), value, _lines(raw["lines"]), str(raw.get("quote") or ""))


def _report_says(raw: Any) -> ReportSays:
    origin, purposes = raw.get("origin"), raw.get("purposes")
    return ReportSays(
        origin=None if origin is None else Said("origin", origin["value"], _lines(origin["lines"])),
        purposes=(
            None
            if purposes is None
            else Said("purposes", tuple(purposes["values"]), _lines(purposes["lines"]))
        ),
        fields=tuple(_said(f, "id", "value") for f in raw.get("fields") or ()),
        items=tuple(_said(i, "id", "level") for i in raw.get("items") or ()),
        practices=tuple(_said(p, "recommendation", "") for p in raw.get("practices") or ()),
    )


SAYS_FILE = "references_report_says.yaml"
SAYS_ORIGINS = (None, "collectivites", "societe_civile", "hybride")


def _load_says(path: Path) -> dict[str, ReportSays]:
    """The report's text on each dynamic (references_report_says.yaml beside references.yaml)."""
    if not path.exists():
        return {}
    data = read_yaml(path, DataFileError)
    if not isinstance(data, Mapping) or not isinstance(data.get("dynamics"), Mapping):
        raise DataFileError(path.name, "", "dictionnaire « dynamics » manquant")
    says: dict[str, ReportSays] = {}
    for ref_id, raw in data["dynamics"].items():
        try:
            says[str(ref_id)] = _report_says(raw)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataFileError(path.name, str(ref_id), f"entrée invalide ({exc})") from None
        origin = says[str(ref_id)].origin
        if origin is not None and origin.value not in SAYS_ORIGINS:
            raise DataFileError(path.name, str(ref_id), f"origine inconnue {origin.value!r}")
    return says


def _reference(raw: Any, index: int, name: str) -> ReferenceDynamic:
    where = f"dynamique n° {index + 1}"
    try:
        structures = tuple(
            ReferenceStructure(
                name=str(s["name"]),
                line=int(s["line"]),
                intensity={k: _intensity(s["intensity"][k]) for k in RESOURCE_KEYS},
                raw={k: str(v) for k, v in s["raw"].items()},
            )
            for s in raw["structures"]
        )
        ref = ReferenceDynamic(
            id=str(raw["id"]),
            name=str(raw["name"]),
            type=str(raw["type"]),
            place=str(raw["place"]),
            legal_status=str(raw["legal_status"]),
            legal_statuses=tuple(str(s) for s in raw["legal_statuses"]),
            origin=str(raw["origin"]),
            origin_text=str(raw["origin_text"]),
            economic_model=str(raw.get("economic_model") or ""),
            inhabitants=int(raw["inhabitants"]),
            debate=int(raw["debate"]),
            governance_line=int(raw["governance_line"]),
            structures=structures,
            funding_label=str(raw["funding_label"]),
            governance_label=str(raw["governance_label"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(name, where, f"champ manquant ou invalide ({exc})") from None
    if ref.origin not in ORIGINS:
        raise DataFileError(name, where, f"origine inconnue {ref.origin!r}")
    values = [ref.inhabitants, ref.debate] + [
        v for s in structures for v in s.intensity.values() if v is not None
    ]
    if not all(0 <= v <= 3 for v in values):
        raise DataFileError(name, where, "intensité hors de l'échelle Néant à +++")
    return ref


@cache
def load_references(path: Path) -> tuple[ReferenceDynamic, ...]:
    data = read_yaml(path, DataFileError)
    if not isinstance(data, Mapping) or not isinstance(data.get("dynamics"), list):
        raise DataFileError(path.name, "", "liste « dynamics » manquante")
    refs = tuple(_reference(r, i, path.name) for i, r in enumerate(data["dynamics"]))
    ids = [r.id for r in refs]
    if len(set(ids)) != len(ids):
        raise DataFileError(path.name, "", "identifiant de dynamique en double")
    says = _load_says(path.parent / SAYS_FILE)
    strangers = sorted(set(says) - set(ids))
    if strangers:
        raise DataFileError(SAYS_FILE, strangers[0], "dynamique inconnue de references.yaml")
    return tuple(replace(r, says=says.get(r.id, ReportSays())) for r in refs)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def find_reference(refs: Sequence[ReferenceDynamic], name: str) -> ReferenceDynamic | None:
    """By id or by (accent- and case-insensitive) name, whole or part."""
    key = _fold(name)
    if not key:
        return None
    for ref in refs:
        if key in (_fold(ref.id), _fold(ref.name)):
            return ref
    candidates = [r for r in refs if key in _fold(r.name) or key in _fold(r.id)]
    return candidates[0] if len(candidates) == 1 else None


def _known_pairs(ref: ReferenceDynamic, funding: Mapping[str, int]) -> list[tuple[int, int]]:
    """(reference, ours) per resource kind the report gives: an unknown cell is left out."""
    profile = ref.funding_profile()
    return [(v, funding.get(k, 0)) for k in RESOURCE_KEYS if (v := profile[k]) is not None]


def distance(
    ref: ReferenceDynamic,
    funding: Mapping[str, int],
    inhabitants: int | None,
    debate: int | None,
    origin: str | None,
) -> float:
    """Euclidean distance on the 0-3 scales: funding kinds, the two governance scales, origin.

    A resource the report does not give for `ref` is left out, not counted as Néant."""
    total = float(sum((theirs - ours) ** 2 for theirs, ours in _known_pairs(ref, funding)))
    if inhabitants is not None:
        total += (ref.inhabitants - inhabitants) ** 2
    if debate is not None:
        total += (ref.debate - debate) ** 2
    if origin is not None and origin != ref.origin:
        # A mixed origin is half-way between the two pure ones.
        mixed = "societe_civile_et_pouvoirs_publics"
        total += 1.0 if mixed in (origin, ref.origin) else 4.0
    return math.sqrt(total)


def nearest(
    refs: Sequence[ReferenceDynamic],
    funding: Mapping[str, int],
    inhabitants: int | None = None,
    debate: int | None = None,
    origin: str | None = None,
    count: int = 3,
) -> list[Match]:
    def worst(ref: ReferenceDynamic) -> float:
        return math.sqrt(9 * len(_known_pairs(ref, funding)) + 9 + 9 + 4)

    ranked = sorted(
        (
            Match(r, d, 1 - d / worst(r))
            for r in refs
            for d in [distance(r, funding, inhabitants, debate, origin)]
        ),
        key=lambda m: (m.distance, m.reference.name),
    )
    return ranked[:count]
