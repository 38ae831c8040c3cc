"""The team's objectives in the exports (issue 17): JSON round trip and merge, the workbook's
« Objectifs » sheet, the objectives CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diagapp.domain.errors import DataFileError
from diagapp.services import assessments, exchange, objectives, tabular
from diagapp.storage.database import Database, open_database


def _all(db: Database) -> list[tuple[object, ...]]:
    return [
        (a.label, o.title, o.unit, o.baseline, o.target, o.target_date, o.reached, o.previous)
        for d in assessments.list_dynamics(db)
        for s in d.assessments
        for a in [assessments.load_assessment(db, s.id)]
        for o in a.objectives
    ]


def _with_first_objective(db: Database, folder: Path, **change: object) -> Path:
    """The database's JSON export with the latest assessment's first objective changed."""
    path = exchange.export_json(db, folder / "demo.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    latest = max(data["dynamics"][0]["assessments"], key=lambda a: a["date"])
    first = latest["objectives"][0]
    if change.pop("newer", False):
        change["updated_at"] = first["updated_at"][:19] + ".999999+00:00"  # a later edit
    first.update(change)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_demos_objectives_round_trip_through_json(demo_db: Database, tmp_path: Path) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    latest = max(data["dynamics"][0]["assessments"], key=lambda a: a["date"])
    assert [o["title"] for o in latest["objectives"]][-1] == "Habitants sociétaires de la SCIC"
    other = open_database(tmp_path / "other.sqlite")
    try:
        exchange.import_file(other, path)
        assert _all(other) == _all(demo_db) and len(_all(other)) == 8
        # last year's reached value still shows as this year's previous one
        assert _all(other)[4][:2] == ("Atelier 2026", "Chiffre d'affaires de la SCIC")
        assert _all(other)[4][-2:] == (112, 84)
    finally:
        other.close()


def test_a_newer_reached_value_from_another_laptop_wins(demo_db: Database, tmp_path: Path) -> None:
    shared = exchange.export_json(demo_db, tmp_path / "shared.json")
    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        exchange.import_file(laptop, shared)
        latest = assessments.latest_assessment(laptop)
        first = objectives.list_objectives(laptop, assessment_id=latest)[-1]
        objectives.update_objective(laptop, objective_id=first.id, reached="36")
        back = exchange.export_json(laptop, tmp_path / "back.json")
    finally:
        laptop.close()
    exchange.import_file(demo_db, back)
    latest = assessments.latest_assessment(demo_db)
    assert objectives.list_objectives(demo_db, assessment_id=latest)[-1].reached == 36
    # the older file again changes nothing back
    exchange.import_file(demo_db, shared)
    assert objectives.list_objectives(demo_db, assessment_id=latest)[-1].reached == 36


def test_an_absurd_objective_in_a_file_is_refused_and_nothing_written(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _with_first_objective(demo_db, tmp_path, target=58.0, newer=True)  # = baseline
    before = _all(demo_db)
    with pytest.raises(DataFileError, match="égale à la valeur de départ"):
        exchange.import_file(demo_db, path)
    assert _all(demo_db) == before


def test_a_file_from_before_the_objectives_still_imports(demo_db: Database, tmp_path: Path) -> None:
    path = exchange.export_json(demo_db, tmp_path / "demo.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for a in data["dynamics"][0]["assessments"]:
        del a["objectives"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        exchange.import_file(fresh, path)
        assert _all(fresh) == []
    finally:
        fresh.close()


def test_the_workbook_has_an_objectives_sheet(demo_db: Database) -> None:
    sheet = tabular.tables(demo_db)["Objectifs"]
    assert len(sheet) == 8
    row = sheet[sheet["Évaluation"] == "Atelier 2026"].iloc[0]
    assert row["Objectif"] == "Chiffre d'affaires de la SCIC"
    assert (row["Valeur de départ"], row["Cible"], row["Valeur atteinte"]) == (58, 120, 112)
    assert row["Valeur l'année précédente"] == 84 and row["Année de départ"] == 2024
    assert row["Dimension"] == "L'énergie cinétique"


def test_the_objectives_csv_opens_in_french_excel(demo_db: Database, tmp_path: Path) -> None:
    out = tabular.export_objectives_csv(demo_db, tmp_path / "objectifs.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Dynamique;Évaluation;Date de l'évaluation;Objectif;")
    assert len(lines) == 9
    assert any("Habitants sociétaires de la SCIC;sociétaires" in line for line in lines)


def test_the_command_line_writes_the_objectives_csv(demo_path: Path, tmp_path: Path) -> None:
    from diagapp.cli import main

    out = tmp_path / "objectifs.csv"
    args = ["export", "csv", "--table", "objectifs", "--db", str(demo_path), "--out", str(out)]
    assert main(args) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Chiffre d'affaires de la SCIC;k€ de ventes;L'énergie cinétique;58,0;2024;120,0" in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "Ventes\x07"}, "caractère de contrôle"),
        ({"reached": "beaucoup"}, "n'est pas un nombre"),
        ({"dimension": "bonheur"}, "dimension inconnue"),
        ({"target_date": "2027-02-30"}, "n'est pas une date"),
    ],
)
def test_an_odd_objective_in_a_file_is_refused_in_french(
    demo_db: Database, tmp_path: Path, change: dict[str, object], message: str
) -> None:
    path = _with_first_objective(demo_db, tmp_path, **change)
    with pytest.raises(DataFileError, match=message):
        exchange.import_file(demo_db, path)


def test_a_target_date_written_as_a_year_is_stored_as_a_date(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _with_first_objective(demo_db, tmp_path, target_date="2028", newer=True)
    exchange.import_file(demo_db, path)
    latest_id = assessments.latest_assessment(demo_db)
    stored = objectives.list_objectives(demo_db, assessment_id=latest_id)[0]
    assert stored.target_date is not None and stored.target_date.isoformat() == "2028-12-31"
