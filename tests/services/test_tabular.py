"""Excel and CSV exports, opened back with openpyxl and pandas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from diagapp.cli import main
from diagapp.services import catalog, recommendations, tabular, tabular_plan
from diagapp.storage.database import Database

DECIDED = "a1.dyn.dispositifs_accompagnement"
PRIVATE = "Tension entre les fondateurs"  # the demo's private note: never exported
ITEMS = len(catalog.questionnaire().items)  # the demo answers the newest questionnaire
DEMO_ANSWERS = 3 * 9 * ITEMS  # 3 workshops, 9 participants
DEMO_CONSENSUS = 3 * ITEMS - 2  # the last workshop awaits two consensus answers


@pytest.fixture
def workbook(demo_db: Database, tmp_path: Path) -> Path:
    recommendations.set_decision(
        demo_db,
        assessment_id=1,
        recommendation_id=DECIDED,
        decision="set_aside",
        note="Pas cette année.",
    )
    return tabular.export_xlsx(demo_db, tmp_path / "export.xlsx")


def test_workbook_sheets_headers_and_layout(workbook: Path):
    book = openpyxl.load_workbook(workbook)
    assert tuple(book.sheetnames) == tabular.SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].value == "Dynamique" and sheet["A1"].font.bold
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        # The file stores Excel's width plus its 0.71-character cell padding.
        assert all(8 <= w <= tabular.MAX_WIDTH + 1 for w in widths)
    answers = book["Réponses"]
    header = [c.value for c in answers[1]]
    row = [c.value for c in answers[2]]
    record = dict(zip(header, row, strict=True))
    assert isinstance(record["Date de l'évaluation"], dt.datetime)
    assert answers.cell(row=2, column=header.index("Date de l'évaluation") + 1).number_format == (
        "DD/MM/YYYY"
    )
    assert isinstance(record["Valeur"], int) and 0 <= record["Valeur"] <= 3
    assert record["Participant"] == "Claire Martin" and record["Collège"] == "Collectivités"


def test_workbook_read_back_with_pandas(workbook: Path):
    sheets = pd.read_excel(workbook, sheet_name=None)
    evaluations = sheets["Évaluations"]
    assert evaluations["Date de l'évaluation"].dt.year.tolist() == [2024, 2025, 2026]
    assert evaluations["Statut"].tolist() == ["Terminée", "Terminée", "En cours"]
    assert len(sheets["Participants"]) == 27
    answers = sheets["Réponses"]
    assert (answers["Participant"] != "Consensus").sum() == DEMO_ANSWERS
    assert (answers["Participant"] == "Consensus").sum() == DEMO_CONSENSUS
    assert len(sheets["Consensus"]) == 3 * ITEMS
    assert sheets["Consensus"]["Niveau de consensus"].dropna().between(0, 3).all()
    funding = sheets["Financement"]
    sales = funding[(funding["Clé"] == "sales") & (funding["Structure"].str.startswith("SCIC"))]
    assert sales["Montant annuel (€)"].tolist() == [58_000, 84_000, 112_000]
    assert pd.api.types.is_numeric_dtype(funding["Montant annuel (€)"])
    decisions = sheets["Recommandations"]
    ours = decisions[decisions["Recommandation"] == DECIDED]
    assert ours[["Évaluation", "Décision", "Note"]].values.tolist() == [
        ["Atelier 2024", "Écartée", "Pas cette année."]
    ]
    assert ours["Intitulé"].tolist() == [recommendations.titles()[DECIDED].fr]
    assert set(decisions["Décision"]) <= {"Retenue", "Écartée", "À discuter"}
    for frame in sheets.values():
        assert not frame.astype(str).apply(lambda c: c.str.contains(PRIVATE)).any().any()


def test_csv_is_one_long_table_french_excel_opens(demo_db: Database, tmp_path: Path):
    path = tabular.export_csv(demo_db, tmp_path / "reponses.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    assert raw.splitlines()[0].decode("utf-8-sig").split(";") == list(tabular.CSV_COLUMNS)
    table = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype={"Valeur": "Int64"})
    plan_rows = table[tabular.KIND] == tabular_plan.KIND_ACTION
    table = table[~plan_rows]  # the feuille de route's rows (test_plan_exports)
    assert len(table) == DEMO_ANSWERS + DEMO_CONSENSUS
    assert set(table["Date de l'évaluation"]) == {"2024-11-14", "2025-11-14", "2026-11-14"}
    consensus = table[table["Participant"] == "Consensus"]
    assert consensus["Collège"].isna().all() and consensus["Valeur"].notna().all()
    not_applicable = table[table["Libellé du niveau"] == "Non concerné"]
    assert len(not_applicable) > 0 and not_applicable["Valeur"].isna().all()
    assert PRIVATE not in raw.decode("utf-8-sig")


def test_an_empty_database_still_gives_headed_sheets(db: Database, tmp_path: Path):
    sheets = pd.read_excel(tabular.export_xlsx(db, tmp_path / "vide.xlsx"), sheet_name=None)
    assert all(len(frame) == 0 and "Dynamique" in frame.columns for frame in sheets.values())


def test_cli_exports(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "classeur.xlsx"
    assert main(["export", "xlsx", "--db", str(demo_path), "--out", str(out)]) == 0
    assert "Classeur écrit" in capsys.readouterr().out
    assert openpyxl.load_workbook(out, read_only=True).sheetnames == list(tabular.SHEETS)
    csv = tmp_path / "reponses.csv"
    assert main(["export", "csv", "--db", str(demo_path), "--out", str(csv)]) == 0
    assert csv.stat().st_size > 0
    missing = tmp_path / "absent" / "x.csv"
    assert main(["export", "csv", "--db", str(demo_path), "--out", str(missing)]) == 1
    assert "n'existe pas" in capsys.readouterr().err


def test_the_workbook_has_the_funding_lines_and_accounts(workbook: Path) -> None:
    sheets = pd.read_excel(workbook, sheet_name=None)
    lines = sheets["Financeurs"]
    latest = lines[lines["Évaluation"] == "Atelier 2026"]
    region = latest[latest["Financeur"] == "Région"].iloc[0]
    assert (region["Nature"], region["Montant annuel (€)"], region["Fin"]) == (
        "Subvention de fonctionnement", 45_000, "2026-12"
    )  # fmt: skip
    loan = latest[latest["Nature"] == "Prêt"].iloc[0]
    assert loan["Financement (hors recettes)"] == "oui"
    accounts = sheets["Comptes"]
    asso = accounts[
        (accounts["Année des comptes"] == 2026) & accounts["Structure"].str.startswith("Asso")
    ].iloc[0]
    assert asso["Recettes d'exploitation (€)"] == 164_000 and asso["Résultat (€)"] == -2_500
    assert asso["Salariés (ETP)"] == 3.0 and asso["Bénévoles"] == 45
