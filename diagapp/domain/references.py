"""The report's 18 studied dynamics as reference profiles (l.810-832, l.1023-1043)."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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
    intensity: Mapping[str, int]
    raw: Mapping[str, str]


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

    def funding_profile(self) -> dict[str, int]:
        """Intensity per resource kind for the dynamic as a whole (highest over structures)."""
        return {
            k: max((s.intensity.get(k, 0) for s in self.structures), default=0)
            for k in RESOURCE_KEYS
        }


@dataclass(frozen=True)
class Match:
    reference: ReferenceDynamic
    distance: float
    similarity: float  # 0..1, 1 = identical profile


def _reference(raw: Any, index: int, name: str) -> ReferenceDynamic:
    where = f"dynamique n° {index + 1}"
    try:
        structures = tuple(
            ReferenceStructure(
                name=str(s["name"]),
                line=int(s["line"]),
                intensity={k: int(s["intensity"][k]) for k in RESOURCE_KEYS},
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
    values = [ref.inhabitants, ref.debate] + [v for s in structures for v in s.intensity.values()]
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
    return refs


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


def distance(
    ref: ReferenceDynamic,
    funding: Mapping[str, int],
    inhabitants: int | None,
    debate: int | None,
    origin: str | None,
) -> float:
    """Euclidean distance on the 0-3 scales: funding kinds, the two governance scales, origin."""
    total = float(sum((ref.funding_profile()[k] - funding.get(k, 0)) ** 2 for k in RESOURCE_KEYS))
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
    worst = math.sqrt(9 * len(RESOURCE_KEYS) + 9 + 9 + 4)
    ranked = sorted(
        (
            Match(r, d, 1 - d / worst)
            for r in refs
            for d in [distance(r, funding, inhabitants, debate, origin)]
        ),
        key=lambda m: (m.distance, m.reference.name),
    )
    return ranked[:count]
