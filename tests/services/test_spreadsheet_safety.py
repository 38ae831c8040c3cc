"""What the spreadsheets hold once opened: no text a participant typed ever becomes a formula
(OWASP « CSV injection »: = + - @ tab CR at the start get an apostrophe, in every CSV and xlsx
cell through services/cells.py), control characters from old data do not break the form, and
the funding and answers sheets say what their rows are."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from diagapp.services import answers, assessments, forms, tabular
from diagapp.services.cells import FORMULA_START, cell_text
from diagapp.storage.database import Database, open_database

ITEM = "energie.implication_habitants"
PAYLOADS = {
    "dynamic": '=CONCATENATE("PW";"NED")',
    "participant": '=HYPERLINK("http://evil.example/?x=1";"clic")',
    "college": '@SUM(1+1)*CONCATENATE("PW";"NED")',
    "evidence": '+CONCATENATE("PW";"NED")',
    "structure": '-1+CONCATENATE("PW";"NED")',
    "justification": "\t=1+1",
}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A database whose texts are formulas, with a participant named « Consensus »."""
    path = tmp_path / "hostile.sqlite"
    db = open_database(path)
    try:
        dynamic = assessments.create_dynamic(db, name=PAYLOADS["dynamic"])
        aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 11, 14))
        pid = answers.add_participant(
            db, assessment_id=aid, name=PAYLOADS["participant"], college=PAYLOADS["college"]
        )
        named = answers.add_participant(db, assessment_id=aid, name="Consensus")
        for who in (pid, named, None):
            answers.record_answer(
                db,
                assessment_id=aid,
                participant_id=who,
                item_id=ITEM,
                value=2,
                evidence=PAYLOADS["evidence"],
                justification=PAYLOADS["justification"],
            )
        for name, hours in ((PAYLOADS["structure"], 120.0), ("Mairie", 30.0)):
            sid = answers.add_structure(
                db, assessment_id=aid, name=name, legal_status="association_1901"
            )
            answers.update_structure(db, structure_id=sid, volunteer_hours=hours)
            answers.set_funding_cell(db, structure_id=sid, resource="sales", amount_eur=1000.0)
    finally:
        db.close()
    return path


def test_cell_text_follows_owasp() -> None:
    for start in "=+-@\t\r":
        assert cell_text(f"{start}1+1") == f"'{start}1+1"
    assert cell_text("Claire") == "Claire"
    assert cell_text("Nom\x00\x1b[31m") == "Nom\ufffd\ufffd[31m"
    assert cell_text("ligne 1\nligne 2") == "ligne 1\nligne 2"


def _assert_inert_xlsx(path: Path) -> int:
    texts = 0
    book = openpyxl.load_workbook(path)  # formulas kept as formulas (not data_only)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts += 1
                    assert cell.value[:1] not in FORMULA_START, (sheet.title, cell.value)
    assert book.properties.title is None or book.properties.title[:1] not in FORMULA_START
    return texts


def test_the_xlsx_export_and_the_form_hold_no_formula(hostile: Path, tmp_path: Path) -> None:
    db = open_database(hostile)
    try:
        workbook = tabular.export_xlsx(db, tmp_path / "export.xlsx")
        aid = assessments.latest_assessment(db)
        form = tmp_path / "form.xlsx"
        forms.export_form(db, assessment_id=aid, participant=PAYLOADS["participant"], path=form)
    finally:
        db.close()
    assert _assert_inert_xlsx(workbook) > 50
    assert _assert_inert_xlsx(form) > 50
    meta = openpyxl.load_workbook(form)[forms.SHEET_META]
    values = {row[0].value: row[1].value for row in meta.iter_rows()}
    assert values["participant_name"] == "'" + PAYLOADS["participant"]
    answers_sheet = pd.read_excel(workbook, sheet_name="Réponses")
    assert ("'" + PAYLOADS["participant"]) in set(answers_sheet["Participant"])


def test_the_csv_holds_no_formula(hostile: Path, tmp_path: Path) -> None:
    db = open_database(hostile)
    try:
        path = tabular.export_csv(db, tmp_path / "reponses.csv")
    finally:
        db.close()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and all(cell[:1] not in FORMULA_START for cell in cells)
    assert "'" + PAYLOADS["participant"] in cells


def test_a_form_for_a_name_with_nul_or_esc_from_old_data(demo_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_path) as con:  # as written by an older version or another tool
        con.execute("UPDATE participants SET name = ? WHERE id = 1", ("Claire\x00\x1b[2J",))
    db = open_database(demo_path)
    try:
        form = tmp_path / "form.xlsx"
        target = forms.export_form(db, assessment_id=1, participant=1, path=form)
        report = forms_import_round_trip(db, form)
    finally:
        db.close()
    assert target.participant_id == 1
    assert openpyxl.load_workbook(form).properties.title == "Autodiagnostic — Claire\ufffd\ufffd[2J"
    assert report.count("refused") == 0


def forms_import_round_trip(db: Database, form: Path):  # type: ignore[no-untyped-def]
    from diagapp.services import forms_import

    return forms_import.import_form(db, form)


def test_funding_sheet_names_statuses_and_counts_volunteering_once(
    hostile: Path, tmp_path: Path
) -> None:
    db = open_database(hostile)
    try:
        funding = tabular.tables(db)["Financement"]
    finally:
        db.close()
    assert set(funding["Statut juridique"]) == {"Association loi 1901"}
    assert funding["Heures de bénévolat"].sum() == 150
    volunteering = funding[funding["Clé"] == "volunteering"]
    assert volunteering["Structure"].tolist() == [PAYLOADS["structure"], "Mairie"]
    assert volunteering["Valeur du bénévolat (€)"].tolist() == [120 * 11.88, 30 * 11.88]
    assert funding["Montant annuel (€)"].sum() == 2000


def test_consensus_rows_have_their_own_column(hostile: Path, tmp_path: Path) -> None:
    db = open_database(hostile)
    try:
        sheet = tabular.tables(db)["Réponses"]
        table = tabular.answers_table(db)
    finally:
        db.close()
    for frame in (sheet, table):
        kinds = dict(
            zip(
                frame["Participant"].where(frame[tabular.KIND] != "Consensus", "—"),
                frame[tabular.KIND],
                strict=True,
            )
        )
        assert (frame[tabular.KIND] == "Consensus").sum() == 1
        assert kinds["Consensus"] == "Participant"  # the participant called « Consensus »
    assert tabular.KIND in tabular.CSV_COLUMNS


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (libreoffice-calc-nogui) not installed")
def test_libreoffice_evaluates_none_of_it(hostile: Path, tmp_path: Path) -> None:
    """Opened by LibreOffice as a user would: a live formula would show « PWNED »."""
    db = open_database(hostile)
    try:
        workbook = tabular.export_xlsx(db, tmp_path / "export.xlsx")
        table = tabular.export_csv(db, tmp_path / "reponses.csv")
    finally:
        db.close()
    out = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    common = [
        SOFFICE,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
    ]
    # every sheet of the workbook as CSV, then the CSV (« ; », UTF-8) read back as a workbook
    filter_all = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [*common, "--convert-to", filter_all, "--outdir", str(out), str(workbook)],
        check=True,
        timeout=240,
    )
    subprocess.run(
        [
            *common,
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(table),
        ],
        check=True,
        timeout=240,
    )
    sheets = sorted(out.glob("export*.csv"))
    assert len(sheets) == len(tabular.SHEETS)
    for sheet in sheets:
        text = sheet.read_text(encoding="utf-8")
        assert "PWNED" not in text and "clic" not in text.replace('clic""', ""), sheet.name
    assert "CONCATENATE" in (out / "export-Évaluations.csv").read_text(encoding="utf-8")
    reread = openpyxl.load_workbook(out / "reponses.xlsx")
    for row in reread.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            assert "PWNED" not in str(cell.value)
