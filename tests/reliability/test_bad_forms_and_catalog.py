"""Malformed participant forms (.xlsx) and recommendation catalogs: only our own clear
errors, nothing written on refusal, and whatever is accepted can be used afterwards."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from reliability_data import small_database, usable
from reliability_fuzzing import FUZZ, FUZZ_EXAMPLES, NASTY_TEXT, SCALARS, mutated, retouched

from diagapp.domain.errors import DiagappError
from diagapp.domain.recommendations_loader import parse_catalog
from diagapp.services import assessments, catalog, exchange, forms, forms_import, recommendations
from diagapp.storage.database import Database

# A form is a real workbook to write and read: fewer examples by default.
FUZZ_FORMS = settings(FUZZ, max_examples=max(FUZZ_EXAMPLES // 4, 25))

CELL_VALUES = (
    SCALARS
    | NASTY_TEXT
    | st.sampled_from(
        ["2", "2 — En place", "3,0", "Non concerné", "nc", "=1+1", "=A1/0", "#DIV/0!", "4", "-1"]
    )
    | st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1))
)


@pytest.fixture(scope="module")
def form_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = small_database(tmp_path_factory.mktemp("forms") / "forms.sqlite")
    yield db
    db.close()


@pytest.fixture(scope="module")
def blank_form(form_db: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    aid = assessments.latest_assessment(form_db)
    path = tmp_path_factory.mktemp("form") / "form.xlsx"
    forms.export_form(form_db, assessment_id=aid, participant="Léa", path=path)
    return path


def _throw_form(db: Database, path: Path) -> None:
    before = exchange.export_data(db)
    try:
        forms_import.import_form(db, path)
    except DiagappError as exc:
        assert str(exc).strip()
        assert exchange.export_data(db) == before
        return
    usable(db)


@FUZZ_FORMS
@given(data=st.data())
def test_forms_filled_with_anything(
    data: st.DataObject, blank_form: Path, form_db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = load_workbook(blank_form)
    sheet_name = data.draw(
        st.sampled_from([forms.SHEET_ITEMS] * 4 + [forms.SHEET_META, forms.SHEET_GUIDE])
    )
    sheet = book[sheet_name]
    for _ in range(data.draw(st.integers(1, 8))):
        row = data.draw(st.integers(1, max(sheet.max_row, 2) + 1))
        column = data.draw(
            st.sampled_from([forms.COL_ANSWER] * 4 + [forms.COL_EVIDENCE, forms.COL_ID, 2, 11])
        )
        value = data.draw(CELL_VALUES)
        # openpyxl refuses to write some values: no such file can exist, skip them.
        with contextlib.suppress(ValueError, TypeError, IllegalCharacterError):
            sheet.cell(row=row, column=column, value=value)
    if data.draw(st.booleans()) and sheet.max_row > 3:
        sheet.delete_rows(data.draw(st.integers(1, sheet.max_row)))
    path = tmp_path / "filled.xlsx"
    try:
        book.save(path)
    except Exception:  # openpyxl cannot write it (a control character…): no such file exists
        return
    _throw_form(form_db, path)


@FUZZ_FORMS
@given(data=st.data())
def test_damaged_form_bytes(
    data: st.DataObject, blank_form: Path, form_db: Database, tmp_path: Path
) -> None:
    raw = blank_form.read_bytes()
    cut = data.draw(st.integers(0, len(raw)))
    at = data.draw(st.integers(0, cut))
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(raw[:at] + data.draw(st.binary(max_size=64)) + raw[at:cut])
    _throw_form(form_db, path)


@pytest.mark.parametrize(
    "value", [dt.datetime(2000, 1, 1), 3.5, "=1+1", None], ids=["date", "float", "formula", "empty"]
)
def test_a_hand_edited_hidden_sheet(
    value: object, blank_form: Path, form_db: Database, tmp_path: Path
) -> None:
    """Found by the stress run: a date typed over the hidden metadata crashed the checksum."""
    from openpyxl import load_workbook

    book = load_workbook(blank_form)
    book[forms.SHEET_META].cell(row=3, column=2, value=value)
    path = tmp_path / "edited.xlsx"
    book.save(path)
    _throw_form(form_db, path)


@pytest.mark.parametrize("value", [1.7976931348623155e308, -1e300, 2.0000001, "2,0", "3 — Affirmé"])
def test_odd_numbers_as_answers(
    value: object, blank_form: Path, form_db: Database, tmp_path: Path
) -> None:
    """Found by the stress run: a huge number (read back as infinity) crashed the import."""
    from openpyxl import load_workbook

    book = load_workbook(blank_form)
    book[forms.SHEET_ITEMS].cell(row=forms.FIRST_ROW, column=forms.COL_ANSWER, value=value)
    path = tmp_path / "odd.xlsx"
    book.save(path)
    _throw_form(form_db, path)


def test_a_json_export_given_as_a_form(form_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "not-a-form.xlsx"
    path.write_text(json.dumps(exchange.export_data(form_db)), encoding="utf-8")
    with pytest.raises(DiagappError):
        forms_import.import_form(form_db, path)


# --- the recommendation catalog (questionnaires/recommendations.yaml) -------------------


@pytest.fixture(scope="module")
def catalog_data() -> Any:
    path = recommendations.catalog_path()
    if not path.exists():
        pytest.skip("the recommendation catalog has not landed yet")
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def _parse_or_refuse(data: Any) -> None:
    q = catalog.questionnaire()
    try:
        parsed = parse_catalog(data, "recommendations.yaml", q)
    except DiagappError as exc:
        assert str(exc).strip()
        return
    assert parsed.entries


@FUZZ
@given(data=st.data())
def test_mutated_catalogs(data: st.DataObject, catalog_data: Any) -> None:
    _parse_or_refuse(data.draw(mutated(catalog_data)))


@FUZZ
@given(data=st.data())
def test_retouched_catalogs(data: st.DataObject, catalog_data: Any) -> None:
    _parse_or_refuse(data.draw(retouched(catalog_data)))
