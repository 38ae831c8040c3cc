"""The feuille de route in the spreadsheet exports: its sheet in the workbook and its rows
in the long CSV table; private notes stay out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from diagapp.domain import plan
from diagapp.services import assessments, tabular, tabular_plan
from diagapp.services import plan as plans
from diagapp.storage.database import Database

SECRET = "ne sort jamais 7733"


def _planned(db: Database) -> int:
    latest = assessments.latest_assessment(db)
    plans.add_action(
        db,
        assessment_id=latest,
        title="Monter un groupement d'employeurs",
        target_date=dt.date(2027, 9, 1),
        item_ids=["robustesse.diversite_parties_prenantes"],
        budget_eur=2500.0,
        resource_key="public_subsidies",
        private_note=SECRET,
        status=plan.IN_PROGRESS,
    )
    return latest


def test_the_workbook_has_a_feuille_de_route_sheet(demo_db: Database, tmp_path: Path) -> None:
    _planned(demo_db)
    book = tabular.export_xlsx(demo_db, tmp_path / "export.xlsx")
    sheets = pd.read_excel(book, sheet_name=None)
    sheet = sheets[tabular_plan.SHEET]
    row = sheet[sheet["Action"] == "Monter un groupement d'employeurs"].iloc[0]
    assert row["Statut"] == "en cours" and row["Budget (€)"] == 2500
    assert row["Échéance"] == pd.Timestamp(2027, 9, 1)
    assert row["Ressource"].startswith("Subventions")
    for frame in sheets.values():
        assert not frame.astype(str).apply(lambda c: c.str.contains(SECRET)).any().any()


def test_the_csv_has_a_row_per_action(demo_db: Database, tmp_path: Path) -> None:
    _planned(demo_db)
    path = tabular.export_csv(demo_db, tmp_path / "reponses.csv")
    table = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    actions = table[table[tabular.KIND] == tabular_plan.KIND_ACTION]
    ours = actions[actions["Intitulé de l'élément"] == "Monter un groupement d'employeurs"]
    assert ours["Libellé du niveau"].tolist() == ["en cours"]
    assert ours["Élément"].tolist() == ["robustesse.diversite_parties_prenantes"]
    assert SECRET not in path.read_text(encoding="utf-8-sig")


def test_an_empty_database_has_a_headed_plan_sheet(db: Database, tmp_path: Path) -> None:
    sheets = pd.read_excel(tabular.export_xlsx(db, tmp_path / "vide.xlsx"), sheet_name=None)
    assert "Action" in sheets[tabular_plan.SHEET].columns
