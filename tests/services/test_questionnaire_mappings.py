"""questionnaires/mappings/v<A>-v<B>.yaml is validated against both versions at load."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from questionnaire_v2 import DROPPED, MAPPING, NEW, RENAMED, SPLIT, make_data_root

from diagapp.domain.errors import QuestionnaireError
from diagapp.domain.questionnaire_loader import load_version
from diagapp.domain.version_mapping import (
    build_mapping,
    load_chain,
    load_mapping,
    trace_back,
)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data_root(tmp_path_factory.mktemp("data")) / "questionnaires"


def _build(root: Path, changes: dict[str, Any]) -> None:
    data = copy.deepcopy(MAPPING)
    data.update(changes)
    build_mapping(data, load_version(root, 1), load_version(root, 2), "mappings/v1-v2.yaml")


def test_the_mapping_loads_and_traces_items_back(root: Path):
    mapping = load_mapping(root, 1, 2)
    assert mapping.origin(RENAMED[1]) == (RENAMED[0], "renamed")
    assert mapping.origin(SPLIT[1][1]) == (SPLIT[0], "split")
    assert mapping.origin(NEW) == (None, "new")
    assert mapping.origin("ressort.besoin_territoire") == ("ressort.besoin_territoire", "same")
    source, steps = trace_back(load_chain(root, 1, 2), SPLIT[1][0], 2, 1)
    assert source == SPLIT[0] and [s.kind for s in steps] == ["split"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"dropped": []}, f"sans être déclaré.* {DROPPED}"),
        (
            {"renamed": {RENAMED[0]: "ressort.inconnu"}},
            "« ressort.inconnu » n'est pas un élément de la v2",
        ),
        ({"renamed": {"ressort.besoin_territoire": RENAMED[1]}}, "existe encore dans la v2"),
        ({"split": {SPLIT[0]: [SPLIT[1][0]]}}, "au moins deux"),
        ({"dropped": [DROPPED, DROPPED]}, "déclaré deux fois"),
        ({"renamed": {RENAMED[0]: NEW}, "split": {SPLIT[0]: [NEW, SPLIT[1][1]]}}, "cible de deux"),
        ({"to": 3}, "« from » et « to » doivent valoir 1 et 2"),
        ({"fused": {}}, "clé.* inconnue.*fused"),
        ({"merged": {"governance.debate": {"into": "identity.origin"}}}, "absent de la v2"),
        ({"notes": {"ressort.besoin_territoire": {"fr": "x", "en": "x"}}}, "ni renommé"),
        ({"notes": {SPLIT[0]: {"fr": "seulement en français"}}}, "texte « fr » et « en »"),
    ],
)
def test_a_broken_mapping_is_refused_with_the_reason(
    root: Path, changes: dict[str, Any], message: str
):
    with pytest.raises(QuestionnaireError, match=message) as caught:
        _build(root, changes)
    assert "mappings/v1-v2.yaml" in str(caught.value)


def test_a_mapping_that_is_not_yaml_is_refused(tmp_path: Path):
    root = make_data_root(tmp_path / "data") / "questionnaires"
    (root / "mappings" / "v1-v2.yaml").write_text("renamed: [unclosed", encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="YAML invalide"):
        load_mapping(root, 1, 2)


def test_the_shipped_mappings_are_valid():
    from diagapp.paths import questionnaires_dir

    folder = questionnaires_dir() / "mappings"
    for path in sorted(folder.glob("v*-v*.yaml")) if folder.exists() else []:
        older, newer = (int(part[1:]) for part in path.stem.split("-"))
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["from"] == older
        load_mapping(questionnaires_dir(), older, newer)
