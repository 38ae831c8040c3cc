"""Build a made-up questionnaire v2 beside a copy of v1 (in place of the shipped v2), with its mapping.

v2 renames ressort.recit_fondateur, splits energie.implication_habitants in two, drops
systeme.resilience and adds impact.nouvel_indicateur.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import yaml

from diagapp.paths import data_root

RENAMED = ("ressort.recit_fondateur", "ressort.recit_partage")
SPLIT = (
    "energie.implication_habitants",
    ("energie.habitants_decision", "energie.habitants_action"),
)
DROPPED = "systeme.resilience"
NEW = "impact.nouvel_indicateur"

MAPPING: dict[str, Any] = {
    "from": 1,
    "to": 2,
    "renamed": {RENAMED[0]: RENAMED[1]},
    "split": {SPLIT[0]: list(SPLIT[1])},
    "dropped": [DROPPED],
    "notes": {
        SPLIT[0]: {
            "fr": "Décision et action sont désormais évaluées séparément.",
            "en": "Decision-making and action are now assessed separately.",
        }
    },
}


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def make_data_root(target: Path, mapping: dict[str, Any] | None = MAPPING) -> Path:
    """A data root at `target` with questionnaires v1 and v2 (and the mapping unless None)."""
    source = data_root()
    questionnaires = target / "questionnaires"
    shutil.copytree(source / "questionnaires", questionnaires)
    # The shipped v2 and its mapping give way to this made-up v2, built from v1.
    shutil.rmtree(questionnaires / "v2", ignore_errors=True)
    shutil.rmtree(questionnaires / "mappings", ignore_errors=True)
    if (source / "resources").exists():
        (target / "resources").symlink_to(source / "resources")
    v1, v2 = questionnaires / "v1", questionnaires / "v2"
    shutil.copytree(v1, v2)
    meta = _load(v2 / "meta.yaml")
    meta["version"] = 2
    _dump(v2 / "meta.yaml", meta)

    ressort = _load(v2 / "ressort.yaml")
    for item in ressort["items"]:
        if item["id"] == RENAMED[0]:
            item["id"] = RENAMED[1]
    _dump(v2 / "ressort.yaml", ressort)

    energie = _load(v2 / "energie.yaml")
    items = []
    for item in energie["items"]:
        if item["id"] == SPLIT[0]:
            for new_id, word in zip(SPLIT[1], ("décisions", "actions"), strict=True):
                part = copy.deepcopy(item)
                part["id"] = new_id
                part["label"]["fr"] = f"Les habitants sont associés aux {word}."
                items.append(part)
        else:
            items.append(item)
    energie["items"] = items
    _dump(v2 / "energie.yaml", energie)

    systeme = _load(v2 / "systeme.yaml")
    systeme["items"] = [i for i in systeme["items"] if i["id"] != DROPPED]
    _dump(v2 / "systeme.yaml", systeme)

    impact = _load(v2 / "impact.yaml")
    new_item = copy.deepcopy(impact["items"][0])
    new_item["id"] = NEW
    new_item["label"]["fr"] = "Un nouvel indicateur est suivi."
    impact["items"].append(new_item)
    _dump(v2 / "impact.yaml", impact)

    if mapping is not None:
        (questionnaires / "mappings").mkdir(exist_ok=True)
        _dump(questionnaires / "mappings" / "v1-v2.yaml", mapping)
    return target
