"""A database written before questionnaire v2 (its assessments all answer v1) keeps working:
it opens, takes a v2 year, compares it with the v1 years through the shipped mapping, and
prints the monograph with its evolution section (issue 13)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from diagapp.services import answers, assessments, catalog, compare, reporting, tabular
from diagapp.storage.database import Database, open_database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.sqlite"
KEPT = "ressort.besoin_territoire"  # asked in v1 and v2 alike
ADDED = "robustesse.freins_cooperation"  # new in v2 (l.230-238)
EFFECTS = "impact.effets_negatifs"  # « non concerné » allowed in v1, not in v2 (l.195)


@pytest.fixture
def old_db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "diagnostics-2027.diagapp"
    shutil.copyfile(FIXTURE, path)
    db = open_database(path)
    yield db
    db.close()


def _text(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_a_v1_database_takes_a_v2_year_compares_and_prints(old_db: Database) -> None:
    years = assessments.history(old_db, dynamic_id=1)
    loaded = [assessments.load_assessment(old_db, i) for i in years]
    assert {a.questionnaire_version for a in loaded} == {1}
    assert catalog.current_version() == 2
    last = years[-1]
    before = loaded[-1].consensus(KEPT)
    assert before is not None and before.value is not None
    # In v1 the team could say the negative effects did not concern it.
    answers.record_answer(
        old_db,
        assessment_id=last,
        participant_id=None,
        item_id=EFFECTS,
        value=None,
        not_applicable=True,
    )

    new = assessments.create_assessment(
        old_db, dynamic_id=1, date=dt.date(2028, 1, 20), copy_from=last
    )
    fresh = assessments.load_assessment(old_db, new)
    assert fresh.questionnaire_version == 2
    carried = fresh.consensus(KEPT)
    assert carried is not None and carried.value == before.value and carried.to_review
    assert fresh.consensus(EFFECTS) is None  # v2 asks it again: no « non concerné » there
    target = min(before.value + 1, 3)
    answers.record_answer(
        old_db, assessment_id=new, participant_id=None, item_id=KEPT, value=target
    )
    answers.record_answer(old_db, assessment_id=new, participant_id=None, item_id=ADDED, value=2)

    result = compare.compare(old_db, assessment_ids=[*years, new])
    assert result.version == 2
    kept = result.item(KEPT)
    assert kept.status == "same"
    assert [p.consensus if p else None for p in kept.points][-2:] == [before.value, target]
    added = result.item(ADDED)
    assert added.status == "new" and added.points[0] is None and added.points[-1] is not None
    assert added.note is not None and added.note.fr.startswith("Nouvel élément en v2")

    pdf, data = reporting.render_pdf(old_db, assessment_id=new, compare=years)
    assert data.evolution is not None
    assert [p.date.year for p in data.evolution.points] == [2025, 2026, 2027, 2028]
    text = _text(pdf)
    assert "Évolution d’une année sur l’autre" in text
    assert "Depuis 2025" in text
    # The v2 year prints its new item like any other.
    assert catalog.questionnaire(2).item(ADDED).label.fr[:40] in text


INHABITANTS = "energie.implication_habitants"  # kept in v2; v1 also had governance.inhabitants
ORIGIN = "identity.origin"  # kept in v2; v1 also had governance.origin_actors


def _forget_the_kept_answers(db: Database, assessment_id: int, origin: str, level: int) -> None:
    """A v1 year whose team answered only the governance page's twin questions."""
    answers.record_answer(
        db, assessment_id=assessment_id, participant_id=None, item_id=INHABITANTS, value=None
    )
    answers.set_field(db, assessment_id=assessment_id, field_id=ORIGIN, value=None)
    answers.set_field(
        db, assessment_id=assessment_id, field_id="governance.origin_actors", value=origin
    )
    answers.set_field(
        db, assessment_id=assessment_id, field_id="governance.inhabitants", value=level
    )


def test_v1_answers_to_the_dropped_questions_reach_the_kept_ones(old_db: Database) -> None:
    years = assessments.history(old_db, dynamic_id=1)
    first, last = years[0], years[-1]
    _forget_the_kept_answers(old_db, first, "societe_civile", 3)
    _forget_the_kept_answers(old_db, last, "societe_civile_et_pouvoirs_publics", 3)

    new = assessments.create_assessment(
        old_db, dynamic_id=1, date=dt.date(2028, 1, 20), copy_from=last
    )
    fresh = assessments.load_assessment(old_db, new)
    assert fresh.fields.get(ORIGIN) == "hybride"  # through the mapping
    carried = fresh.consensus(INHABITANTS)
    assert carried is not None and carried.value == 3 and carried.to_review
    assert not {"governance.inhabitants", "governance.origin_actors"} & set(fresh.fields)
    answers.record_answer(
        old_db, assessment_id=new, participant_id=None, item_id=INHABITANTS, value=2
    )

    result = compare.compare(old_db, assessment_ids=[*years, new])
    points = [p.consensus if p else None for p in result.item(INHABITANTS).points]
    assert points[0] == 3 and points[-2:] == [3, 2]
    origin = next(f for f in result.fields if f.field_id == ORIGIN)
    assert origin.values[0] == "societe_civile" and origin.values[-1] == "hybride"
    assert [f.field_id for f in result.fields].count(ORIGIN) == 1
    assert "governance.origin_actors" not in [f.field_id for f in result.fields]

    old_pdf, _ = reporting.render_pdf(old_db, assessment_id=first)
    old_text = _text(old_pdf)
    assert "3. Implication des habitants +++" in old_text
    assert "Née de la société civile" in old_text
    pdf, _ = reporting.render_pdf(old_db, assessment_id=new, compare=years)
    text = _text(pdf)
    assert "3. Implication des habitants ++ —" in text
    assert "Hybride" in text


def test_the_spreadsheet_export_reads_a_v1_year_through_the_mapping(old_db: Database) -> None:
    first = assessments.history(old_db, dynamic_id=1)[0]
    _forget_the_kept_answers(old_db, first, "societe_civile_et_pouvoirs_publics", 3)
    consensus = tabular.tables(old_db)["Consensus"]
    rows = consensus[(consensus["Élément"] == INHABITANTS)]
    levels = rows["Niveau de consensus"].tolist()
    assert levels[0] == 3  # the first year's governance-page answer, through the mapping
