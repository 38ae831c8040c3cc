"""`network demo`: a pool filled with synthetic dynamics, for load tests and demonstrations.

Each synthetic dynamic has a type, a phase, a département, a level per dimension that grows
over the years with noise per item, a few partial years, the older years on questionnaire v1,
a funding profile, and one in twenty opts in as a helper. Seeded: the same pool every time.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from diagapp.domain import share_format
from diagapp.domain.territory import DEPARTEMENTS
from diagapp.services import catalog
from diagapp.services.network import merge, pool

BATCH = 200
TYPES = (("ptce", 5), ("pat", 4), ("tiers_lieu", 5), ("tzcld", 3), ("tepos", 2), ("monnaie_locale", 1), ("cooperation_rurale", 2), ("autre", 1))  # fmt: skip
PHASES = ("emergence_structuration", "consolidation_faire_systeme")


def _year(
    rng: random.Random, q: Any, year: int, base: dict[str, float], partial: bool
) -> dict[str, Any]:
    levels: dict[str, int | str] = {}
    dims = {}
    for d in q.dimensions:
        answered = []
        for item in d.items:
            if partial and rng.random() < 0.5:
                continue
            if item.not_applicable and rng.random() < 0.05:
                levels[item.id] = share_format.NOT_APPLICABLE
                continue
            level = max(0, min(3, round(base[d.id] + rng.gauss(0, 0.7))))
            levels[item.id] = level
            answered.append(level)
        applicable = len(d.items) - sum(1 for i in d.items if levels.get(i.id) == "na")
        dims[d.id] = {
            "score": round(sum(answered) / len(answered), 3) if answered else None,
            "coverage": round(len(answered) / applicable, 3) if applicable else 0.0,
        }
    applicable = sum(1 for v in levels.values() if v != "na") + sum(
        1 for i in q.items if i.id not in levels
    )
    answered_total = sum(1 for v in levels.values() if v != "na")
    keys = q.funding.keys
    public = rng.choice(("0", "1-19", "20-49", "50-100", "50-100"))
    return {
        "year": year,
        "questionnaire_version": q.version,
        "status": "done" if not partial else "draft",
        "levels": levels,
        "dimensions": dims,
        "coverage": round(answered_total / applicable, 3) if applicable else 0.0,
        "governance": {  # only what this version asks (v2 asks inhabitants as an item)
            f: v
            for f, v in (
                ("governance.inhabitants", rng.randint(0, 3)),
                ("governance.debate", rng.randint(0, 3)),
                ("governance.two_structures", rng.random() < 0.3),
            )
            if q.has_field(f)
        },
        "funding": {
            "basis": "intensity",
            "resources": {
                k: {
                    "intensity": rng.randint(0, 3),
                    "share": public if k == "public_subsidies" else None,
                }
                for k in keys
            },
        },
    }


def synthetic_document(rng: random.Random, n: int, years: int, last_year: int) -> dict[str, Any]:
    current = catalog.current_version()
    kind = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
    phase = rng.choice(PHASES)
    base = {
        d.id: rng.uniform(0.6, 2.0) + (0.4 if phase == PHASES[1] else 0.0)
        for d in catalog.questionnaire(current).dimensions
    }
    records = []
    for index in range(years):
        year = last_year - years + 1 + index
        version = 1 if index < years // 2 and current > 1 else current
        grown = {k: v + 0.12 * index for k, v in base.items()}
        records.append(_year(rng, catalog.questionnaire(version), year, grown, rng.random() < 0.08))
    helper = rng.random() < 0.05
    items = [i.id for i in catalog.questionnaire(records[-1]["questionnaire_version"]).items]
    return share_format.share_document(
        pseudonym=f"{rng.getrandbits(128):032x}",
        token=f"{rng.getrandbits(256):064x}",
        generated_at=dt.datetime(last_year + 1, 1, 15, tzinfo=dt.UTC),
        typology={
            "type": kind,
            "phase": phase,
            "origin": rng.choice(("collectivites", "societe_civile", "hybride")),
            "scale": rng.choice(
                ("commune", "intercommunalite", "pays_bassin_de_vie", "departement")
            ),
            "legal_forms": sorted(set(rng.sample(("association_1901", "scic", "sas", "ebe"), 2))),
            "founded": rng.randint(1995, last_year - 1),
            "structures": rng.choice(share_format.BANDS["structures"]),
            "animation_fte": rng.choice(share_format.BANDS["animation_fte"]),
            "departement": rng.choice(sorted(DEPARTEMENTS)) if rng.random() < 0.7 else None,
        },
        years=records,
        contact=f"reseau-{n}@exemple.org" if helper else None,
        helping=rng.sample(items, 3) if helper else [],
    )


def fill(
    engine: Engine,
    *,
    dynamics: int,
    years: int,
    seed: int = 16,
    last_year: int = 2026,
    received_at: str = "2027-01-31T00:00:00+00:00",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add `dynamics` synthetic dynamics of `years` years each; return how many."""
    pool.require_pool(engine)
    rng = random.Random(seed)
    done = 0
    try:
        while done < dynamics:
            count = min(BATCH, dynamics - done)
            batch = [synthetic_document(rng, done + i, years, last_year) for i in range(count)]
            with engine.begin() as conn:
                merge.insert_documents(conn, batch, received_at)
            done += count
            if progress:
                progress(done)
    except SQLAlchemyError as exc:
        raise pool.connection_error(exc) from None
    return done
