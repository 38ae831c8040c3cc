"""Imports that must be refused whole, with a clear French line and the database untouched:
a file reusing another dynamic's uids, fields that would block later merges, unknown ids,
absurd numbers, deep nesting, files that are not files. And one that must be accepted: a
file saved with a byte-order mark by a Windows editor."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from diagapp.domain.errors import DataFileError
from diagapp.services import assessments, exchange
from diagapp.storage.database import Database


def _export(db: Database, tmp_path: Path) -> dict[str, Any]:
    path = exchange.export_json(db, tmp_path / "demo.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: Any, name: str = "file.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _later(stamp: str) -> str:
    """A moment just after `stamp` (so newer than what the database holds, never in the future)."""
    return (dt.datetime.fromisoformat(stamp) + dt.timedelta(seconds=1)).isoformat(
        timespec="microseconds"
    )


def _snapshot(db: Database, tmp_path: Path) -> bytes:
    return exchange.export_json(db, tmp_path / "snapshot.json").read_bytes()


def test_a_file_for_another_dynamic_cannot_take_over_an_assessment(
    demo_db: Database, tmp_path: Path
) -> None:
    data = _export(demo_db, tmp_path)
    victim = data["dynamics"][0]["assessments"][-1]
    attack = copy.deepcopy(data)
    d = attack["dynamics"][0]
    d["uid"], d["name"] = "f" * 32, "Autre dynamique"
    a = copy.deepcopy(victim)
    a["label"], a["updated_at"] = "Renommée par l'import", _later(a["updated_at"])
    a["participants"], a["answers"], a["structures"] = [], [], []
    for r in a["consensus"]:
        r["value"], r["updated_at"] = 0, _later(r["updated_at"])
    d["assessments"] = [a]
    before = _snapshot(demo_db, tmp_path)
    with pytest.raises(DataFileError, match="appartient, dans cette base, à une autre dynamique"):
        exchange.import_file(demo_db, _write(tmp_path, attack))
    assert _snapshot(demo_db, tmp_path) == before


@pytest.mark.parametrize("kind", ["participants", "structures"])
def test_a_participant_or_structure_uid_owned_by_another_assessment_is_refused(
    demo_db: Database, tmp_path: Path, kind: str
) -> None:
    data = _export(demo_db, tmp_path)
    assessments_ = data["dynamics"][0]["assessments"]
    thief, owner = assessments_[0], assessments_[-1]
    stolen = copy.deepcopy(owner[kind][0])
    stolen["name"] = "Volé"
    if kind == "structures":
        stolen["updated_at"] = _later(stolen["updated_at"])
    thief[kind] = [r for r in thief[kind] if r["uid"] != stolen["uid"]] + [stolen]
    data["dynamics"][0]["assessments"] = [thief]  # the owner stays only in the database
    before = _snapshot(demo_db, tmp_path)
    with pytest.raises(DataFileError, match="appartient, dans cette base, à une autre évaluation"):
        exchange.import_file(demo_db, _write(tmp_path, data))
    assert _snapshot(demo_db, tmp_path) == before


def _change(data: dict[str, Any], change: str) -> None:
    a = data["dynamics"][0]["assessments"][0]
    if change == "updated_at":
        a["answers"][0]["updated_at"] = "zzzz"
    elif change == "future":
        a["consensus"][0]["updated_at"] = "9999-12-31T23:59:59.000000+00:00"
    elif change == "created_at":
        a["participants"][0]["created_at"] = "hier"
    elif change == "recommendation":
        a["recommendation_decisions"] = [
            {
                "recommendation_id": "nexiste.pas",
                "decision": "accepted",
                "note": "",
                "updated_at": "2026-01-01T00:00:00.000000+00:00",
            }
        ]
    elif change == "name":
        a["participants"][0]["name"] = "N" * 4000
    elif change == "control":
        data["dynamics"][0]["name"] = "Pôle\x1b[2J"
    elif change == "evidence":
        a["answers"][0]["evidence"] = "E" * 30_000
    elif change == "version":
        a["questionnaire_version"] = int("9" * 4000)
    elif change == "na":
        closed = next(r for r in a["answers"] if r["item_id"] == "impact.promesse_definie")
        closed["not_applicable"] = True
    elif change == "copied_from":
        a["copied_from"] = "../" * 40
    elif change == "uid":
        a["participants"][0]["uid"] = {"x": [1, 2, 3]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("updated_at", "horodatage « updated_at » 'zzzz' invalide"),
        ("future", "dans le futur"),
        ("created_at", "horodatage « created_at »"),
        ("recommendation", "recommandation inconnue 'nexiste.pas'"),
        ("name", "dépasse la longueur permise"),
        ("control", "caractère de contrôle"),
        ("evidence", "dépasse la longueur permise"),
        ("version", "version de questionnaire invalide"),
        ("uid", "champ « uid » manquant ou invalide"),
        ("na", "« Non concerné » n'est pas proposé pour impact.promesse_definie"),
        ("copied_from", "champ « copied_from » invalide"),
    ],
)
def test_every_field_is_validated_before_anything_is_written(
    demo_db: Database, tmp_path: Path, change: str, message: str
) -> None:
    data = _export(demo_db, tmp_path)
    _change(data, change)
    before = _snapshot(demo_db, tmp_path)
    with pytest.raises(DataFileError, match=message) as caught:
        exchange.import_file(demo_db, _write(tmp_path, data))
    assert len(str(caught.value)) < 300
    assert _snapshot(demo_db, tmp_path) == before


def test_a_file_with_a_byte_order_mark_is_accepted(demo_db: Database, tmp_path: Path) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    windows = tmp_path / "windows.json"
    windows.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    report = exchange.import_file(demo_db, windows)
    assert report.answers == 0
    assert report.unchanged > 0


def test_a_huge_integer_and_deep_nesting_give_a_short_french_line(
    db: Database, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    huge.write_text('{"format": "diagapp-export", "format_version": ' + "9" * 5000 + "}")
    with pytest.raises(DataFileError, match="nombre démesuré"):
        exchange.import_file(db, huge)
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "diagapp-export", "x": ' + "[" * 900 + "]" * 900 + "}")
    with pytest.raises(DataFileError, match="trop profonde") as caught:
        exchange.import_file(db, deep)
    assert len(str(caught.value)) < 200
    assert assessments.list_dynamics(db) == []


def test_devices_fifos_and_folders_are_refused_at_once(db: Database, tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="pas un fichier ordinaire"):
        exchange.import_file(db, Path("/dev/zero"))
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(DataFileError, match="pas un fichier ordinaire"):
        exchange.import_file(db, fifo)  # would block forever if it were opened
    with pytest.raises(DataFileError, match="dossier"):
        exchange.import_file(db, tmp_path)
