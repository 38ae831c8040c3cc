"""Participant forms: export, filled by a script, import; malformed forms refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from questionnaire_v2 import make_data_root

from diagapp.domain.errors import DiagappError
from diagapp.services import answers, assessments, catalog, forms, forms_import
from diagapp.services.forms import COL_ANSWER, COL_EVIDENCE, COL_ID, SHEET_ITEMS, SHEET_META
from diagapp.storage.database import Database, open_database

BESOIN = "ressort.besoin_territoire"
DIAGNOSTIC = "ressort.diagnostic_territoire"
HABITANTS = "energie.implication_habitants"  # "non concerné" allowed
RECIT = "ressort.recit_fondateur"


@pytest.fixture
def workshop(db: Database) -> dict[str, int]:
    dyn = assessments.create_dynamic(db, name="Monnaie locale du Piémont")
    aid = assessments.create_assessment(db, dynamic_id=dyn, date=dt.date(2025, 3, 8))
    anne = answers.add_participant(db, assessment_id=aid, name="Anne Roche", college="Habitants")
    paul = answers.add_participant(db, assessment_id=aid, name="Paul Sabatier", college="Élus")
    other = assessments.create_assessment(db, dynamic_id=dyn, date=dt.date(2026, 3, 8))
    answers.add_participant(db, assessment_id=other, name="Anne Roche", college="Habitants")
    return {"assessment": aid, "anne": anne, "paul": paul, "other": other}


def _export(
    db: Database, workshop: dict[str, int], tmp_path: Path, who: str = "anne roche"
) -> Path:
    path = tmp_path / "formulaire.xlsx"
    forms.export_form(db, assessment_id=workshop["assessment"], participant=who, path=path)
    return path


def _fill(path: Path, values: dict[str, tuple[object, object]]) -> None:
    """What the absent member does in Excel: a level and evidence per item id."""
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET_ITEMS]
    for row in range(2, sheet.max_row + 1):
        item_id = sheet.cell(row=row, column=COL_ID).value
        if item_id in values:
            level, evidence = values[item_id]
            sheet.cell(row=row, column=COL_ANSWER, value=level)
            sheet.cell(row=row, column=COL_EVIDENCE, value=evidence)
    book.save(path)


def _dump(db: Database) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        rows = []
        for table in ("answers", "consensus", "participants", "assessments", "dynamics"):
            rows += [(table, *r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
        return rows
    finally:
        conn.close()


def _levels(db: Database, workshop: dict[str, int], who: str = "anne") -> dict[str, object]:
    a = assessments.load_assessment(db, workshop["assessment"])
    return {
        x.item_id: ("NC" if x.not_applicable else x.value, x.evidence)
        for x in a.answers
        if x.participant_id == workshop[who]
    }


def test_the_form_carries_the_questionnaire_and_drop_downs(
    db: Database, workshop: dict[str, int], tmp_path: Path
):
    book = openpyxl.load_workbook(_export(db, workshop, tmp_path))
    assert book.sheetnames == ["Mode d'emploi", SHEET_ITEMS, SHEET_META]
    assert book[SHEET_META].sheet_state == "veryHidden"
    guide = "\n".join(str(c.value) for c in book["Mode d'emploi"]["A"] if c.value)
    assert "Anne Roche" in guide and "Monnaie locale du Piémont" in guide
    sheet = book[SHEET_ITEMS]
    q = catalog.questionnaire()
    assert [sheet.cell(row=r, column=COL_ID).value for r in range(2, 2 + len(q.items))] == [
        i.id for i in q.items
    ]
    assert sheet.cell(row=2, column=5).value == q.item(BESOIN).level(0).text.fr
    lists = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert '"0 — Absent,1 — Émergent,2 — En place,3 — Affirmé"' in lists
    assert '"0 — Absent,1 — Émergent,2 — En place,3 — Affirmé,Non concerné"' in lists
    assert sheet.protection.sheet  # questions locked, answer cells open
    assert not sheet.cell(row=2, column=COL_ANSWER).protection.locked


def test_round_trip_and_importing_twice_changes_nothing(
    db: Database, workshop: dict[str, int], tmp_path: Path
):
    path = _export(db, workshop, tmp_path)
    _fill(
        path,
        {
            BESOIN: ("2 — En place", "Le besoin est écrit dans la charte."),
            DIAGNOSTIC: (3, None),  # a number typed instead of the list
            HABITANTS: ("Non concerné", ""),
            RECIT: ("1", 42),
        },
    )
    report = forms_import.import_form(db, path)
    assert (report.count("imported"), report.count("refused"), report.count("empty")) == (
        4,
        0,
        len(catalog.questionnaire().items) - 4,
    )
    assert "Anne Roche" in report.summary()
    assert _levels(db, workshop) == {
        BESOIN: (2, "Le besoin est écrit dans la charte."),
        DIAGNOSTIC: (3, ""),
        HABITANTS: ("NC", ""),
        RECIT: (1, "42"),
    }
    assert _levels(db, workshop, "paul") == {}  # only Anne's answers
    before = _dump(db)
    again = forms_import.import_form(db, path)
    assert (again.count("imported"), again.count("unchanged")) == (0, 4)
    assert _dump(db) == before


def test_bad_cells_are_refused_one_by_one_and_their_answers_untouched(
    db: Database, workshop: dict[str, int], tmp_path: Path
):
    answers.record_answer(
        db,
        assessment_id=workshop["assessment"],
        participant_id=workshop["anne"],
        item_id=RECIT,
        value=1,
    )
    path = _export(db, workshop, tmp_path)
    _fill(
        path,
        {
            BESOIN: (2, "ok"),
            RECIT: (5, "trop haut"),
            DIAGNOSTIC: ("beaucoup", None),
            "ressort.impulsion_leaders": (1.5, None),
            "ressort.acteurs_decisifs": (dt.datetime(2025, 1, 2), None),
            "ressort.premieres_victoires": (True, None),
            "ressort.co_construction_initiale": ("Non concerné", None),  # not offered there
        },
    )
    book = openpyxl.load_workbook(path)
    book[SHEET_ITEMS].cell(row=60, column=COL_ID, value="ressort.invente")
    book[SHEET_ITEMS].cell(row=60, column=COL_ANSWER, value=2)
    book.save(path)
    report = forms_import.import_form(db, path)
    reasons = {r.item_id: r.reason for r in report.rows if r.status == "refused"}
    assert reasons == {
        RECIT: "5 n'est pas un niveau de l'échelle (0 à 3)",
        DIAGNOSTIC: "« beaucoup » n'est pas un niveau : choisissez-le dans la liste",
        "ressort.impulsion_leaders": "1,5 n'est pas un niveau entier (0, 1, 2 ou 3)",
        "ressort.acteurs_decisifs": "une date n'est pas un niveau (la cellule a-t-elle été mise en forme ?)",
        "ressort.premieres_victoires": "une valeur vrai/faux n'est pas un niveau",
        "ressort.co_construction_initiale": "« Non concerné » n'est pas proposé pour cet élément",
        "ressort.invente": f"élément inconnu du questionnaire v{catalog.current_version()}",
    }
    assert any(line.startswith("Ligne ") and "(0 à 3)" in line for line in report.details())
    assert _levels(db, workshop) == {BESOIN: (2, "ok"), RECIT: (1, "")}  # RECIT untouched


def _refused(db: Database, path: Path, message: str, **kwargs: int) -> None:
    before = _dump(db)
    with pytest.raises(DiagappError, match=message):
        forms_import.import_form(db, path, **kwargs)
    assert _dump(db) == before


def test_a_form_for_another_assessment_is_refused(
    db: Database, workshop: dict[str, int], tmp_path: Path
):
    path = _export(db, workshop, tmp_path)
    _fill(path, {BESOIN: (2, "")})
    _refused(
        db,
        path,
        "concerne l'évaluation « Diagnostic 2025 » .*pas « Diagnostic 2026 »",
        assessment_id=workshop["other"],
    )


def test_a_form_from_another_database_is_refused(
    db: Database, workshop: dict[str, int], tmp_path: Path
):
    path = _export(db, workshop, tmp_path)
    other_db = open_database(tmp_path / "autre.sqlite")
    try:
        _refused(other_db, path, "n'existe pas dans cette base")
    finally:
        other_db.close()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("drop_items", "feuille « Questionnaire » manque"),
        ("drop_meta", "n'est pas un formulaire diagapp"),
        ("tamper_participant", "informations cachées .* ont été modifiées"),
        ("tamper_version", "informations cachées .* ont été modifiées"),
        ("insert_column", "colonnes .* déplacées"),
    ],
)
def test_a_damaged_form_is_refused_whole(
    db: Database, workshop: dict[str, int], tmp_path: Path, damage: str, message: str
):
    path = _export(db, workshop, tmp_path)
    _fill(path, {BESOIN: (2, "")})
    book = openpyxl.load_workbook(path)
    meta = {row[0].value: row[1] for row in book[SHEET_META].iter_rows()}
    if damage == "drop_items":
        del book[SHEET_ITEMS]
    elif damage == "drop_meta":
        del book[SHEET_META]
    elif damage == "tamper_participant":  # pointed at Paul: his answers must not be touched
        paul = forms.find_target(
            db, assessment_id=workshop["assessment"], participant="Paul Sabatier"
        )
        meta["participant_uid"].value = paul.participant_uid
    elif damage == "tamper_version":
        meta["questionnaire_version"].value = 1 if catalog.current_version() != 1 else 2
    elif damage == "insert_column":
        book[SHEET_ITEMS].insert_cols(2)
    book.save(path)
    _refused(db, path, message)


def test_a_file_that_is_not_a_workbook_is_refused(db: Database, tmp_path: Path):
    path = tmp_path / "formulaire.xlsx"
    path.write_text("Dynamique;Valeur\n", encoding="utf-8")
    _refused(db, path, "n'est pas un classeur Excel")


def test_a_form_from_another_questionnaire_version_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DIAGAPP_DATA_DIR", str(make_data_root(tmp_path / "data")))
    dyn = assessments.create_dynamic(db, name="TEPOS du Val")
    aid = assessments.create_assessment(
        db, dynamic_id=dyn, date=dt.date(2025, 1, 1), questionnaire_version=1
    )
    answers.add_participant(db, assessment_id=aid, name="Inès")
    target = forms.find_target(db, assessment_id=aid, participant="Inès")
    # The same participant's form, written with questionnaire v2 (another installation).
    path = tmp_path / "v2.xlsx"
    path.write_bytes(
        forms.build_form(
            forms.FormTarget(**{**target.__dict__, "questionnaire_version": 2}),
            catalog.questionnaire(2),
        )
    )
    _refused(db, path, "suit la version 2 du questionnaire ; .* utilise la version 1")


def test_export_names_the_participants_when_the_name_is_unknown(
    db: Database, workshop: dict[str, int], tmp_path: Path
):
    with pytest.raises(DiagappError, match=r"aucun participant « Zoé ».*Anne Roche"):
        _export(db, workshop, tmp_path, who="Zoé")
    path = _export(db, workshop, tmp_path, who=str(workshop["paul"]))  # by number
    book = openpyxl.load_workbook(path)
    assert "Paul Sabatier" in str(book["Mode d'emploi"]["A5"].value)


def test_cli_form_export_and_import(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from diagapp.cli import main

    form = tmp_path / "lucas.xlsx"
    args = ["--db", str(demo_path), "--assessment", "latest", "--participant", "Lucas Petit"]
    assert main(["form", "export", *args, "--out", str(form)]) == 0
    assert "Formulaire pour Lucas Petit" in capsys.readouterr().out
    _fill(form, {BESOIN: ("3 — Affirmé", "Vu en réunion publique"), DIAGNOSTIC: (7, None)})
    assert main(["form", "import", str(form), "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "1 réponse(s) importée(s)" in out
    assert "7 n'est pas un niveau de l'échelle (0 à 3)" in out
    assert main(["form", "import", str(form), "--db", str(demo_path), "--assessment", "1"]) == 1
    assert "rien n'a été importé" in capsys.readouterr().err
