"""Funding lines and accounts travel in the JSON export: round trip, merge, earlier files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diagapp.domain.errors import DataFileError
from diagapp.domain.model import FundingLine
from diagapp.services import assessments, exchange, finances
from diagapp.storage.database import Database, open_database


def _latest(data: dict) -> dict:  # type: ignore[type-arg]
    return max(data["dynamics"][0]["assessments"], key=lambda a: a["date"])


def test_funding_lines_and_accounts_round_trip(demo_db: Database, tmp_path: Path) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    latest = _latest(json.loads(path.read_text(encoding="utf-8")))
    region = latest["funding_lines"][0]
    assert {k: region[k] for k in ("funder", "kind", "amount_eur", "start_month", "end_month")} == {
        "funder": "Région", "kind": "subvention_fonctionnement", "amount_eur": 45_000,
        "start_month": "2024-01", "end_month": "2026-12",
    }  # fmt: skip
    assert {(a["structure"], a["year"]) for a in latest["accounts"]} == {
        ("Association Haut-Vallon Coopère", 2026),
        ("SCIC La Fabrique du Vallon", 2026),
    }
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        exchange.import_file(empty, path)
        aid = assessments.latest_assessment(empty)
        assert (
            assessments.load_assessment(empty, aid).funding_lines
            == (
                assessments.load_assessment(demo_db, assessments.latest_assessment(demo_db))
            ).funding_lines
        )
        again = exchange.export_json(empty, tmp_path / "again.json")
    finally:
        empty.close()
    assert again.read_bytes() == path.read_bytes()


def test_newer_funding_lines_from_another_laptop_replace_older_ones(
    demo_db: Database, tmp_path: Path
) -> None:
    shared = exchange.export_json(demo_db, tmp_path / "shared.json")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        exchange.import_file(laptop, shared)
        aid = assessments.latest_assessment(laptop)
        renewed = FundingLine(
            "Région", "poste de coordination", 40_000, dt.date(2029, 12, 31),
            kind="subvention_fonctionnement",
        )  # fmt: skip
        finances.set_funding_lines(laptop, assessment_id=aid, lines=[renewed])
        back = exchange.export_json(laptop, tmp_path / "back.json")
    finally:
        laptop.close()
    exchange.import_file(demo_db, back)
    lines = assessments.load_assessment(demo_db, assessments.latest_assessment(demo_db))
    assert [(x.funder, x.amount, x.ends) for x in lines.funding_lines] == [
        ("Région", 40_000, dt.date(2029, 12, 31))
    ]
    exchange.import_file(demo_db, shared)  # the older file changes nothing back
    again = assessments.load_assessment(demo_db, assessments.latest_assessment(demo_db))
    assert again.funding_lines == lines.funding_lines


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"amount_eur": -45_000}, "ne peut pas être négatif"),
        ({"end_month": "2026-13"}, "mois '2026-13' invalide"),
        ({"kind": "cadeau"}, "Nature de financement inconnue"),
        ({"updated_at": "9999-01-01T00:00:00+00:00"}, "dans le futur"),
    ],
)
def test_a_file_with_an_absurd_line_is_refused_and_nothing_is_written(
    demo_db: Database, tmp_path: Path, change: dict[str, object], message: str
) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    _latest(data)["funding_lines"][0].update(change)
    path.write_text(json.dumps(data), encoding="utf-8")
    empty = open_database(tmp_path / "target.sqlite")
    try:
        with pytest.raises(DataFileError, match=message):
            exchange.import_file(empty, path)
        assert assessments.list_dynamics(empty) == []
    finally:
        empty.close()


def test_a_file_from_an_earlier_version_brings_its_texts_as_rows(
    demo_db: Database, tmp_path: Path
) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for a in data["dynamics"][0]["assessments"]:
        del a["funding_lines"], a["accounts"]
    _latest(data)["fields"].append(
        {
            "field_id": "identity.funder_funding_lines",
            "value": "Région ; coordination ; 45 000 ; 2026-12\nillisible",
            "updated_at": "2026-11-20T10:00:00+00:00",
        }
    )
    path.write_text(json.dumps(data), encoding="utf-8")
    empty = open_database(tmp_path / "target.sqlite")
    try:
        exchange.import_file(empty, path)
        latest = assessments.load_assessment(empty, assessments.latest_assessment(empty))
    finally:
        empty.close()
    assert [(x.funder, x.ends) for x in latest.funding_lines] == [("Région", dt.date(2026, 12, 31))]
    assert latest.fields["identity.funder_funding_lines"] == "illisible"
