"""A malformed questionnaire is refused with a message naming the file, the item and the fault."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from diagapp.domain.errors import QuestionnaireError
from diagapp.domain.questionnaire_loader import load_questionnaire
from diagapp.paths import questionnaires_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "v1"
    shutil.copytree(questionnaires_dir() / "v1", target)
    shutil.copy(questionnaires_dir() / "law.yaml", tmp_path)  # the dated figures of law
    return target


def edit(folder: Path, name: str, change: Callable[[Any], None]) -> None:
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def refused(folder: Path) -> str:
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(folder)
    return str(caught.value)


def test_the_shipped_folder_loads(folder: Path) -> None:
    assert len(load_questionnaire(folder).items) >= 40


def test_a_missing_level_names_file_item_and_fault(folder: Path) -> None:
    def drop_level(data: Any) -> None:
        data["items"][2]["levels"].pop()

    edit(folder, "energie.yaml", drop_level)
    item_id = yaml.safe_load((folder / "energie.yaml").read_text())["items"][2]["id"]
    message = refused(folder)
    assert "v1/energie.yaml" in message
    assert item_id in message
    assert "échelle incomplète" in message


def test_a_missing_english_text_is_refused(folder: Path) -> None:
    def drop_en(data: Any) -> None:
        del data["items"][0]["label"]["en"]

    edit(folder, "ressort.yaml", drop_en)
    message = refused(folder)
    assert "ressort.yaml" in message and "« en »" in message


def test_a_duplicate_id_is_refused(folder: Path) -> None:
    def duplicate(data: Any) -> None:
        data["items"][1]["id"] = data["items"][0]["id"]

    edit(folder, "impact.yaml", duplicate)
    assert "identifiant en double" in refused(folder)


def test_a_missing_citation_is_refused(folder: Path) -> None:
    def uncite(data: Any) -> None:
        del data["items"][0]["source"]

    edit(folder, "systeme.yaml", uncite)
    assert "« source » manquant" in refused(folder)


def test_lines_outside_the_report_are_refused(folder: Path) -> None:
    def far(data: Any) -> None:
        data["items"][0]["source"]["lines"] = [1900, 5000]

    edit(folder, "robustesse.yaml", far)
    assert "lines" in refused(folder)


def test_a_dimension_with_too_few_items_is_refused(folder: Path) -> None:
    def shrink(data: Any) -> None:
        data["items"] = data["items"][:5]

    edit(folder, "ressort.yaml", shrink)
    assert "au moins 8" in refused(folder)


def test_broken_yaml_gives_the_line(folder: Path) -> None:
    (folder / "impact.yaml").write_text("id: impact\nitems: [\n  - {", encoding="utf-8")
    message = refused(folder)
    assert "impact.yaml" in message and "YAML invalide" in message


def test_a_missing_section_file_is_refused(folder: Path) -> None:
    (folder / "funding.yaml").unlink()
    assert "funding.yaml" in refused(folder)


def test_an_unknown_field_kind_is_refused(folder: Path) -> None:
    def odd(data: Any) -> None:
        data["fields"][0]["kind"] = "slider"

    edit(folder, "identity.yaml", odd)
    message = refused(folder)
    assert "identity.type" in message and "slider" in message


def test_binary_garbage_is_refused(folder: Path) -> None:
    (folder / "meta.yaml").write_bytes(b"\xff\xfe\x00garbage")
    assert "meta.yaml" in refused(folder)
