"""The issue's scenario, shared by service and window tests: a dynamic shares, a network pools
it with a synthetic crowd (and a helper like it), the benchmark file comes back."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from diagapp.services import catalog, share
from diagapp.services.network import benchmark, merge, pool, synthetic
from diagapp.storage.database import Database

STAMP = "2027-02-01T00:00:00+00:00"
HELPER = "entraide@reseau-exemple.org"


def crowd_like(document: dict[str, Any], n: int, seed: int = 3) -> list[dict[str, Any]]:
    """`n` synthetic dynamics of the same type and phase as `document`; the first offers help
    on every item."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        d = synthetic.synthetic_document(rng, i, 3, 2026)
        d["typology"] |= {k: document["typology"][k] for k in ("type", "phase")}
        if i == 0:
            last = d["years"][-1]["questionnaire_version"]
            d["contact"] = HELPER
            d["helping"] = [item.id for item in catalog.questionnaire(last).items]
        out.append(d)
    return out


def benchmark_for(db: Database, assessment_id: int, folder: Path, crowd: int = 12) -> Path:
    """Share the assessment's dynamic, pool it with a crowd like it (SQLite), return the
    benchmark file the network writes."""
    mine = share.build_share(db, assessment_id=assessment_id)
    shared = share.write_document(folder / "partage.json", mine)
    engine = pool.open_pool(f"sqlite:///{folder / 'pool.sqlite'}")
    pool.init_pool(engine)
    with engine.begin() as conn:
        merge.insert_documents(conn, crowd_like(mine, crowd), STAMP)
    assert merge.add_files(engine, [shared], received_at=STAMP)[0].status == merge.ADDED
    data = benchmark.benchmark(engine, generated_at=STAMP, min_group=5)
    engine.dispose()
    out = folder / "referentiel.json"
    out.write_text(json.dumps(data), encoding="utf-8")
    return out
