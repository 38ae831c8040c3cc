"""Funding lines and accounts as stored rows (issue 17): checked, carried forward while they
run, and read once from the fixed-format texts of earlier databases."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from diagapp.domain.model import Accounts, FundingLine
from diagapp.services import assessments, finances
from diagapp.storage.database import Database, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _assessment(db: Database, year: int = 2026) -> tuple[int, int]:
    dynamic = assessments.create_dynamic(db, name="Dyn")
    return dynamic, assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(year, 11, 14)
    )


REGION = FundingLine(
    "Région",
    "poste de coordination",
    45_000,
    dt.date(2026, 12, 31),
    kind="subvention_fonctionnement",
    starts=dt.date(2024, 1, 1),
)
LOAN = FundingLine("France Active", "prêt participatif", 50_000, dt.date(2031, 12, 31), kind="pret")


def test_lines_and_accounts_are_stored_as_typed(db: Database) -> None:
    _, aid = _assessment(db)
    finances.set_funding_lines(db, assessment_id=aid, lines=[REGION, LOAN])
    accounts = Accounts(
        "Asso",
        {"subsidies": 95_000.0, "sales": 24_000.0, "charges": 166_500.0, "result": -2_500.0,
         "fte": 2.5, "volunteers": 30.0},
        2026,
    )  # fmt: skip
    finances.set_accounts(db, assessment_id=aid, accounts=[accounts])
    loaded = assessments.load_assessment(db, aid)
    assert loaded.funding_lines == (REGION, LOAN)
    assert loaded.accounts[0].value("result") == -2_500 and loaded.accounts[0].year == 2026
    assert loaded.accounts[0].value("cash") is None


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (FundingLine("", "objet", 1_000), "Indiquez le financeur"),
        (FundingLine("Région", "x", -5_000), "ne peut pas être négatif"),
        (FundingLine("Région", "x", 45_000_000_000), "pas un montant plausible"),
        (
            FundingLine("Région", "x", 1, dt.date(2024, 1, 31), starts=dt.date(2026, 1, 1)),
            "est avant le début",
        ),
        (FundingLine("Région", "x", 1, dt.date(3026, 12, 31)), "3026 n'est pas plausible"),
        (FundingLine("Région", "x", 1, kind="subvention"), "Nature de financement inconnue"),
    ],
)
def test_an_absurd_line_is_refused_in_french_and_nothing_is_stored(
    db: Database, line: FundingLine, says: str
) -> None:
    _, aid = _assessment(db)
    finances.set_funding_lines(db, assessment_id=aid, lines=[REGION])
    with pytest.raises(finances.FinanceError, match=says) as caught:
        finances.set_funding_lines(db, assessment_id=aid, lines=[REGION, line])
    assert str(caught.value).startswith("Ligne de financement 2 : ")
    assert assessments.load_assessment(db, aid).funding_lines == (REGION,)


@pytest.mark.parametrize(
    ("values", "year", "says"),
    [
        ({"charges": -10.0}, 2026, "Charges ne peut pas être négatif"),
        ({"sales": 2e9}, 2026, "pas un montant plausible"),
        ({"fte": -1.0}, 2026, "pas un effectif plausible"),
        ({"volunteers": 2.5}, 2026, "pas un nombre de bénévoles plausible"),
        ({"charges": 1.0}, 26, "L'année 26 n'est pas plausible"),
    ],
)
def test_absurd_accounts_are_refused(
    db: Database, values: dict[str, float], year: int, says: str
) -> None:
    _, aid = _assessment(db)
    with pytest.raises(finances.FinanceError, match=says):
        finances.set_accounts(db, assessment_id=aid, accounts=[Accounts("Asso", values, year)])
    assert assessments.load_assessment(db, aid).accounts == ()


def test_the_same_structure_and_year_twice_is_refused(db: Database) -> None:
    _, aid = _assessment(db)
    twice = [Accounts("Asso", {"charges": 1.0}, 2026), Accounts("Asso", {"charges": 2.0}, 2026)]
    with pytest.raises(finances.FinanceError, match="déjà saisis"):
        finances.set_accounts(db, assessment_id=aid, accounts=twice)


def test_running_lines_carry_over_to_next_year_and_ended_ones_do_not(db: Database) -> None:
    dynamic, aid = _assessment(db)
    ended = FundingLine("Département", "étude", 10_000, dt.date(2026, 6, 30), kind="autre")
    open_ended = FundingLine("Commune", "local", 5_000, None, kind="subvention_fonctionnement")
    finances.set_funding_lines(db, assessment_id=aid, lines=[REGION, ended, LOAN, open_ended])
    finances.set_accounts(
        db, assessment_id=aid, accounts=[Accounts("Asso", {"charges": 1.0}, 2026)]
    )
    # next workshop in January 2027: the Region's line ended in December 2026
    nxt = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2027, 1, 20), copy_from=aid
    )
    loaded = assessments.load_assessment(db, nxt)
    assert [line.funder for line in loaded.funding_lines] == ["France Active", "Commune"]
    assert loaded.accounts == ()  # a year's accounts stay with their year
    # a workshop still in 2026 keeps the Region's line, ending this year
    same_year = assessments.create_assessment(
        db, dynamic_id=dynamic, date=dt.date(2026, 12, 1), copy_from=aid
    )
    funders = [line.funder for line in assessments.load_assessment(db, same_year).funding_lines]
    assert funders == ["Région", "France Active", "Commune"]


def _v3_with_texts(tmp_path: Path) -> tuple[Path, int]:
    """The stored v3 fixture with the funder texts a v3 user typed on its latest workshop."""
    path = tmp_path / "v3.sqlite"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite", path)
    conn = sqlite3.connect(path)
    try:
        aid = conn.execute("SELECT id FROM assessments ORDER BY date DESC LIMIT 1").fetchone()[0]
        texts = {
            "identity.funder_funding_lines": (
                "Région ; poste de coordination ; 45 000 ; 2026-12\n"
                "France Active ; prêt participatif à la SCIC ; 50 000 ; 2031-12\n"
                "une ligne sans séparateur"
            ),
            "identity.funder_accounts": (
                "Association ; 166 500 ; -2 500 ; 41 000 ; 28 000\nSCIC ; beaucoup ; 1"
            ),
        }
        for field_id, text in texts.items():
            conn.execute(
                "INSERT INTO field_values (assessment_id, field_id, value_json, updated_at) "
                "VALUES (?, ?, ?, '2026-11-20T10:00:00+00:00')",
                (aid, field_id, json.dumps(text, ensure_ascii=False)),
            )
        conn.commit()
    finally:
        conn.close()
    return path, aid


def test_a_v3_database_s_texts_become_rows_and_what_was_not_read_stays(tmp_path: Path) -> None:
    path, aid = _v3_with_texts(tmp_path)
    db = open_database(path)
    try:
        loaded = assessments.load_assessment(db, aid)
    finally:
        db.close()
    region, loan = loaded.funding_lines
    assert (region.funder, region.amount, region.ends) == ("Région", 45_000, dt.date(2026, 12, 31))
    assert loan.kind == "pret"  # financing, not income
    (asso,) = loaded.accounts
    assert asso.structure == "Association" and asso.year == loaded.date.year
    assert asso.value("charges") == 166_500 and asso.value("result") == -2_500
    # only what could not be read stays as text, for the window to show
    assert loaded.fields["identity.funder_funding_lines"] == "une ligne sans séparateur"
    assert loaded.fields["identity.funder_accounts"] == "SCIC ; beaucoup ; 1"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 4
    finally:
        conn.close()


def test_a_v3_database_read_only_shows_the_rows_without_writing(tmp_path: Path) -> None:
    path, aid = _v3_with_texts(tmp_path)
    before = path.read_bytes()
    db = open_database(path, read_only=True)
    try:
        assert len(assessments.load_assessment(db, aid).funding_lines) == 2
    finally:
        db.close()
    assert path.read_bytes() == before


def test_lines_and_accounts_follow_a_renamed_or_removed_structure(db: Database) -> None:
    from diagapp.services import answers

    _, aid = _assessment(db)
    sid = answers.add_structure(db, assessment_id=aid, name="Asso", legal_status="")
    line = FundingLine(
        "Région", "poste", 45_000, kind="subvention_fonctionnement", structure="Asso"
    )
    finances.set_funding_lines(db, assessment_id=aid, lines=[line])
    finances.set_accounts(
        db, assessment_id=aid, accounts=[Accounts("Asso", {"charges": 1.0}, 2026)]
    )
    answers.update_structure(db, structure_id=sid, name="Association du Vallon")
    loaded = assessments.load_assessment(db, aid)
    assert loaded.funding_lines[0].structure == "Association du Vallon"
    assert loaded.accounts[0].structure == "Association du Vallon"
    # the lines can still be edited: their structure is one of the dynamic's
    finances.set_funding_lines(db, assessment_id=aid, lines=loaded.funding_lines)
    answers.remove_structure(db, structure_id=sid)
    loaded = assessments.load_assessment(db, aid)
    assert loaded.funding_lines[0].structure == ""  # the whole dynamic's now
    finances.set_funding_lines(db, assessment_id=aid, lines=loaded.funding_lines)
