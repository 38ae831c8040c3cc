"""Malformed files thrown at every loader: only our own clear errors come out, the data is
untouched, and whatever a loader accepts can be used afterwards without a crash."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, given
from hypothesis import strategies as st
from reliability_data import small_database, usable
from reliability_fuzzing import FUZZ, JSON_VALUES, mutated, retouched

from diagapp.domain.errors import DiagappError
from diagapp.domain.questionnaire_loader import load_questionnaire
from diagapp.paths import questionnaires_dir
from diagapp.services import exchange
from diagapp.storage.database import Database

# --- import files (services.exchange) ---------------------------------------------------


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = small_database(tmp_path_factory.mktemp("export") / "source.sqlite")
    try:
        return exchange.export_data(db)
    finally:
        db.close()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The database files are thrown at (one for the module: the property holds each time)."""
    folder = tmp_path_factory.mktemp("target")
    db = small_database(folder / "target.sqlite")
    yield db
    db.close()


def _throw(db: Database, path: Path) -> None:
    before = exchange.export_data(db)
    try:
        exchange.import_file(db, path)
    except DiagappError as exc:
        assert str(exc).strip()
        assert exchange.export_data(db) == before
        return
    event("imported")
    usable(db)


@FUZZ
@given(data=st.data())
def test_mutated_exports(
    data: st.DataObject, valid_export: dict[str, Any], target: Database, tmp_path: Path
) -> None:
    document = data.draw(mutated(valid_export))
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    _throw(target, path)


@FUZZ
@given(data=st.data())
def test_retouched_exports(
    data: st.DataObject, valid_export: dict[str, Any], target: Database, tmp_path: Path
) -> None:
    document = data.draw(retouched(valid_export))
    path = tmp_path / "retouched.json"
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    _throw(target, path)


@FUZZ
@given(document=JSON_VALUES)
def test_any_json_document(document: Any, target: Database, tmp_path: Path) -> None:
    path = tmp_path / "any.json"
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    _throw(target, path)


@FUZZ
@given(data=st.data())
def test_truncated_or_corrupted_bytes(
    data: st.DataObject, valid_export: dict[str, Any], target: Database, tmp_path: Path
) -> None:
    raw = json.dumps(valid_export, ensure_ascii=False).encode("utf-8")
    cut = data.draw(st.integers(0, len(raw)))
    noise = data.draw(st.binary(max_size=16))
    at = data.draw(st.integers(0, cut))
    path = tmp_path / "bytes.json"
    path.write_bytes(raw[:at] + noise + raw[at:cut])
    _throw(target, path)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # deeper than Python's recursion limit
        '{"format": "diagapp-export", "format_version": 1, "dynamics": ' + "[" * 5000,
        "\ufeff{}",  # a byte-order mark, as some editors write
        "",
    ],
    ids=["deep", "deep-truncated", "bom", "empty"],
)
def test_pathological_json(text: str, target: Database, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    _throw(target, path)


# --- questionnaire folders (domain.questionnaire_loader) --------------------------------

QUESTIONNAIRE_FILES = sorted(p.name for p in (questionnaires_dir() / "v1").glob("*.yaml"))


@pytest.fixture(scope="module")
def questionnaire_data() -> dict[str, Any]:
    folder = questionnaires_dir() / "v1"
    return {
        name: yaml.safe_load((folder / name).read_text(encoding="utf-8"))
        for name in QUESTIONNAIRE_FILES
    }


def _questionnaire_folder(base: Path, files: dict[str, str | bytes]) -> Path:
    folder = base / "v1"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, content in files.items():
        target = folder / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return folder


def _load_or_refuse(folder: Path) -> None:
    try:
        load_questionnaire(folder)
    except DiagappError as exc:
        assert str(exc).startswith("Questionnaire invalide")


@FUZZ
@given(data=st.data())
def test_mutated_questionnaire_files(
    data: st.DataObject, questionnaire_data: dict[str, Any], tmp_path: Path
) -> None:
    name = data.draw(st.sampled_from(QUESTIONNAIRE_FILES))
    source = questionnaires_dir() / "v1"
    files: dict[str, str | bytes] = {n: (source / n).read_bytes() for n in QUESTIONNAIRE_FILES}
    document = data.draw(mutated(questionnaire_data[name]))
    try:
        files[name] = yaml.dump(document, Dumper=yaml.CSafeDumper, allow_unicode=True)
    except UnicodeEncodeError:  # a lone surrogate: written escaped, JSON being YAML too
        files[name] = json.dumps(document)
    _load_or_refuse(_questionnaire_folder(tmp_path, files))


@FUZZ
@given(data=st.data())
def test_broken_questionnaire_text(data: st.DataObject, tmp_path: Path) -> None:
    source = questionnaires_dir() / "v1"
    files: dict[str, str | bytes] = {n: (source / n).read_bytes() for n in QUESTIONNAIRE_FILES}
    name = data.draw(st.sampled_from(QUESTIONNAIRE_FILES))
    raw = files[name]
    assert isinstance(raw, bytes)
    cut = data.draw(st.integers(0, len(raw)))
    at = data.draw(st.integers(0, cut))
    files[name] = raw[:at] + data.draw(st.binary(max_size=12)) + raw[at:cut]
    if data.draw(st.booleans()):
        del files[data.draw(st.sampled_from(QUESTIONNAIRE_FILES))]
    _load_or_refuse(_questionnaire_folder(tmp_path, files))


def _billion_laughs() -> str:
    """Nine levels of nine aliases: a billion leaves if anything expanded them."""
    lines = ["x0: &x0 [1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    lines += [f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 10_000 + "]" * 10_000,  # deeper than Python's recursion limit
        "a: &a [*a]",  # a recursive alias
        _billion_laughs(),
        "!!python/object/apply:os.system ['echo owned']",
    ],
    ids=["deep", "recursive-alias", "billion-laughs", "python-object"],
)
def test_pathological_yaml(text: str, tmp_path: Path) -> None:
    source = questionnaires_dir() / "v1"
    files: dict[str, str | bytes] = {n: (source / n).read_bytes() for n in QUESTIONNAIRE_FILES}
    files["meta.yaml"] = text
    _load_or_refuse(_questionnaire_folder(tmp_path, files))


@pytest.mark.parametrize(
    "kind", [["choice"], {"a": 1}, 3, None], ids=["list", "dict", "int", "none"]
)
def test_a_field_kind_of_the_wrong_type(
    kind: Any, questionnaire_data: dict[str, Any], tmp_path: Path
) -> None:
    """Found by the stress run: an unhashable « kind » crashed the loader."""
    source = questionnaires_dir() / "v1"
    files: dict[str, str | bytes] = {n: (source / n).read_bytes() for n in QUESTIONNAIRE_FILES}
    identity = json.loads(json.dumps(questionnaire_data["identity.yaml"]))
    identity["fields"][0]["kind"] = kind
    files["identity.yaml"] = json.dumps(identity)
    _load_or_refuse(_questionnaire_folder(tmp_path, files))
