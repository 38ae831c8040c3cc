"""The share file for the network (issue 16): anonymised, versioned, stable pseudonym."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diagapp.domain.errors import DiagappError
from diagapp.domain.share_check import read_share
from diagapp.domain.share_format import ShareFileError
from diagapp.services import answers, assessments, catalog, share
from diagapp.storage.database import open_database

CLOCK = lambda: dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)  # noqa: E731
MARK = "PLANT"


_TEMPLATES: dict[int, tuple[Path, list[int]]] = {}


def _dynamic(path: Path, years: int = 2) -> list[int]:
    """A dynamic with `years` assessments at `path`, copied from one built once per size
    (answering 56 items one transaction at a time takes seconds)."""
    if years not in _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="share-template-"))
        template = folder / f"template{years}.sqlite"
        _TEMPLATES[years] = (template, _build(template, years))
    template, ids = _TEMPLATES[years]
    source, target = sqlite3.connect(template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    return ids


def _build(path: Path, years: int) -> list[int]:
    db = open_database(path, backup=False)
    try:
        dynamic = assessments.create_dynamic(db, name="Dynamique témoin")
        ids: list[int] = []
        q = catalog.questionnaire()
        for year in range(years):
            a = assessments.create_assessment(
                db, dynamic_id=dynamic, date=dt.date(2024 + year, 5, 1), label=f"Atelier {year}"
            )
            ids.append(a)
            p = answers.add_participant(db, assessment_id=a, name="Alice", college="Habitants")
            for n, item in enumerate(q.items):
                for who in (p, None):
                    answers.record_answer(
                        db,
                        assessment_id=a,
                        participant_id=who,
                        item_id=item.id,
                        value=n % 4,
                        evidence="preuve",
                        private_note="note",
                        justification="justification",
                    )
            s = answers.add_structure(db, assessment_id=a, name="Association", legal_status="x")
            answers.set_funding_cell(
                db, structure_id=s, resource="public_subsidies", amount_eur=9e4
            )
            answers.set_funding_cell(db, structure_id=s, resource="sales", amount_eur=1e4)
            answers.set_field(db, assessment_id=a, field_id="identity.type", value="ptce")
        return ids
    finally:
        db.close()


def _plant(path: Path, texts: list[str], numbers: list[Any]) -> None:
    """Write planted texts into every text column and every field of the database, as a
    foreign tool or a damaged file could (no validation)."""
    it = itertools.cycle(texts)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE dynamics SET name = ?", (next(it),))
        conn.execute("UPDATE assessments SET label = ?", (next(it),))
        for table in ("answers", "consensus"):
            conn.execute(
                f"UPDATE {table} SET evidence = ?, private_note = ?, justification = ?",
                (next(it), next(it), next(it)),
            )
        conn.execute(
            "UPDATE participants SET name = ?, college = ?, pseudonym = ?",
            (next(it), next(it), next(it)),
        )
        conn.execute("UPDATE structures SET name = ?, legal_status = ?", (next(it), next(it)))
        (a,) = conn.execute("SELECT max(id) FROM assessments").fetchone()
        conn.execute("DELETE FROM field_values WHERE assessment_id = ?", (a,))
        q = catalog.questionnaire()
        for n, f in enumerate(q.fields):
            choices: list[Any] = [next(it), [next(it), next(it)], *numbers]
            value = choices[n % len(choices)]
            conn.execute(
                "INSERT INTO field_values (assessment_id, field_id, value_json, updated_at) "
                "VALUES (?, ?, ?, '')",
                (a, f.id, json.dumps(value)),
            )
    conn.close()


planted = st.lists(st.text(max_size=30).map(lambda t: f"{MARK}{t}{MARK}"), min_size=1, max_size=6)
odd_numbers = st.lists(
    st.one_of(st.integers(-(2**40), 2**40), st.floats(allow_nan=False), st.booleans(), st.none()),
    max_size=4,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=planted, numbers=odd_numbers)
def test_nothing_planted_in_the_database_reaches_the_share_file(
    texts: list[str], numbers: list[Any]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.sqlite"
        ids = _dynamic(path)
        _plant(path, texts, numbers)
        db = open_database(path, backup=False)
        try:
            document = share.build_share(db, assessment_id=ids[-1], clock=CLOCK)
        finally:
            db.close()
    text = json.dumps(document, ensure_ascii=False)
    assert MARK not in text
    for forbidden in ("Alice", "Habitants", "preuve", "note", "justification", "Association"):
        assert forbidden not in text
    assert set(document) == {
        "format", "format_version", "kind", "pseudonym", "token", "generated_at",
        "typology", "years", "contact", "helping",
    }  # fmt: skip


def test_share_file_holds_every_year_levels_scores_and_funding_bands(tmp_path: Path) -> None:
    ids = _dynamic(tmp_path / "d.sqlite", years=3)
    db = open_database(tmp_path / "d.sqlite", backup=False)
    try:
        doc = share.build_share(db, assessment_id=ids[1], clock=CLOCK, departement="2a")
    finally:
        db.close()
    assert [y["year"] for y in doc["years"]] == [2024, 2025]  # up to the chosen assessment
    year = doc["years"][-1]
    q = catalog.questionnaire()
    assert year["levels"][q.items[5].id] == 5 % 4
    assert year["questionnaire_version"] == q.version
    assert set(year["dimensions"]) == {d.id for d in q.dimensions}
    assert year["funding"]["resources"]["public_subsidies"] == {"intensity": 3, "share": "50-100"}
    assert year["funding"]["resources"]["sales"]["share"] == "1-19"
    assert doc["typology"]["type"] == "ptce"
    assert doc["typology"]["departement"] == "2A"
    assert doc["contact"] is None and doc["helping"] == []


def test_next_years_file_keeps_the_same_pseudonym_and_withdrawal_forgets_it(
    tmp_path: Path,
) -> None:
    ids = _dynamic(tmp_path / "d.sqlite", years=2)
    db = open_database(tmp_path / "d.sqlite", backup=False)
    try:
        first = share.build_share(db, assessment_id=ids[0], clock=CLOCK)
        second = share.build_share(db, assessment_id=ids[1], clock=CLOCK)
        assert (first["pseudonym"], first["token"]) == (second["pseudonym"], second["token"])
        withdrawal = share.build_withdrawal(db, assessment_id=ids[1], clock=CLOCK)
        assert withdrawal["kind"] == "withdrawal"
        assert withdrawal["pseudonym"] == first["pseudonym"]
        share.forget(db, assessment_id=ids[1])
        again = share.build_share(db, assessment_id=ids[1], clock=CLOCK)
        assert again["pseudonym"] != first["pseudonym"]
    finally:
        db.close()
    read_share(withdrawal, share.shipped_questionnaires())


def test_opt_in_contact_and_help_items_are_checked(tmp_path: Path) -> None:
    ids = _dynamic(tmp_path / "d.sqlite", years=1)
    db = open_database(tmp_path / "d.sqlite", backup=False)
    item = catalog.questionnaire().items[0].id
    try:
        doc = share.build_share(
            db, assessment_id=ids[0], contact="equipe@exemple.fr", helping=[item], clock=CLOCK
        )
        assert (doc["contact"], doc["helping"]) == ("equipe@exemple.fr", [item])
        with pytest.raises(DiagappError, match="adresse"):
            share.build_share(db, assessment_id=ids[0], contact="Jean Dupont", clock=CLOCK)
        with pytest.raises(DiagappError, match="Item inconnu"):
            share.build_share(db, assessment_id=ids[0], contact="a@b.fr", helping=["Jean"])
        with pytest.raises(DiagappError, match="département"):
            share.build_share(db, assessment_id=ids[0], departement="Ardèche")
    finally:
        db.close()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(note="Jean Dupont"), "clé inconnue"),
        (lambda d: d["typology"].update(type="Jean Dupont"), "typologie"),
        (lambda d: d["years"][0]["levels"].update({"ressort.x": 1}), "item inconnu"),
        (lambda d: d["years"][0]["governance"].update(x="Jean"), "gouvernance"),
        (lambda d: d.update(contact="Jean Dupont"), "contact"),
        (lambda d: d.update(format_version=99), "version de format"),
        (lambda d: d.update(pseudonym="Jean"), "pseudonyme"),
    ],
)
def test_a_file_carrying_anything_else_is_refused(tmp_path: Path, change: Any, reason: str) -> None:
    ids = _dynamic(tmp_path / "d.sqlite", years=1)
    db = open_database(tmp_path / "d.sqlite", backup=False)
    try:
        doc = share.build_share(db, assessment_id=ids[0], clock=CLOCK)
    finally:
        db.close()
    change(doc)
    with pytest.raises(ShareFileError, match=reason):
        read_share(doc, share.shipped_questionnaires())


def test_share_command_writes_the_file(demo_path: Path, tmp_path: Path, run_diagapp: Any) -> None:
    out = tmp_path / "partage.json"
    result = run_diagapp(
        "share", "--db", str(demo_path), "--assessment", "latest", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "Fichier de partage écrit" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "diagapp-share" and len(data["years"]) == 3
    bad = run_diagapp(
        "share", "--db", str(demo_path), "--assessment", "latest", "--contact", "x", "--out",
        str(tmp_path / "b.json"),
    )  # fmt: skip
    assert bad.returncode == 1 and "adresse" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "b.json").exists()


def test_withdraw_command_writes_the_withdrawal_and_a_later_share_has_a_new_id(
    demo_path: Path, tmp_path: Path, run_diagapp: Any
) -> None:
    def share_to(name: str, *extra: str) -> dict[str, Any]:
        out = tmp_path / name
        args = ["share", "--db", str(demo_path), "--assessment", "latest", "--out", str(out)]
        result = run_diagapp(*args, *extra)
        assert result.returncode == 0, result.stderr
        return json.loads(out.read_text(encoding="utf-8"))

    first = share_to("a.json")
    withdrawal = share_to("retrait.json", "--withdraw")
    assert withdrawal["kind"] == "withdrawal" and withdrawal["pseudonym"] == first["pseudonym"]
    assert share_to("b.json")["pseudonym"] != first["pseudonym"]
