"""« Notre feuille de route » in the team's PDF: what we commit to, who, when; private notes
kept out; owners anonymised; with --compare, what we planned and what we did."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_helpers import flat, loose, pdf_text

from diagapp.domain import plan
from diagapp.domain.plan import Owner
from diagapp.services import answers, assessments, plan_report, reporting
from diagapp.services import plan as plans
from diagapp.storage.database import Database, open_database

PRIVATE = "Ne pas dire au financeur 6612"
PARTNER = "Fondation Rivages 3390"
ITEM = "ressort.besoin_territoire"


@pytest.fixture(scope="module")
def plan_db(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("plan") / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    db = open_database(path)
    ids = assessments.history(db, dynamic_id=assessments.list_dynamics(db)[0].id)
    earlier, latest = ids[-2], ids[-1]
    person = assessments.load_assessment(db, latest).participants[0]
    plans.add_action(
        db,
        assessment_id=latest,
        title="Ouvrir un collège habitants",
        done_when="Dix habitants inscrits au collège",
        owner=Owner(plan.OWNER_PARTICIPANT, participant_id=person.id),
        target_date=dt.date(2027, 6, 30),
        item_ids=["energie.implication_habitants"],
        budget_eur=1500.0,
        resource_key="public_subsidies",
        private_note=PRIVATE,
    )
    plans.add_action(
        db,
        assessment_id=latest,
        title="Chercher un mécène pour l'animation",
        owner=Owner(plan.OWNER_PARTNER, text=PARTNER),
    )
    before = plans.add_action(
        db, assessment_id=earlier, title="Restituer le diagnostic au territoire", item_ids=[ITEM]
    )
    plans.update_action(
        db, action_id=before, status=plan.DONE, outcome="Trois réunions publiques en mai 4102."
    )
    answers.record_answer(db, assessment_id=earlier, participant_id=None, item_id=ITEM, value=1)
    answers.record_answer(db, assessment_id=latest, participant_id=None, item_id=ITEM, value=3)
    yield db
    db.close()


def _text(db: Database, **options: object) -> str:
    latest = assessments.latest_assessment(db)
    pdf, _ = reporting.render_pdf(db, assessment_id=latest, invariant=True, **options)  # type: ignore[arg-type]
    return flat(pdf_text(pdf))


def test_the_team_edition_says_what_we_commit_to_who_and_when(plan_db: Database) -> None:
    person = assessments.load_assessment(plan_db, assessments.latest_assessment(plan_db))
    text = _text(plan_db, lang="fr")
    assert "Notre feuille de route" in text
    assert "Ouvrir un collège habitants" in text
    assert "Dix habitants inscrits au collège" in text
    assert person.participants[0].name in text
    assert PARTNER in text
    assert "30 juin 2027" in text
    assert "1\u202f500\u202f€" in text
    assert PRIVATE not in text
    assert "Ce que nous avions prévu" not in text  # only with --compare


def test_anonymisation_covers_owners(plan_db: Database) -> None:
    latest = assessments.load_assessment(plan_db, assessments.latest_assessment(plan_db))
    person = latest.participants[0]
    text = _text(plan_db, lang="fr", anonymize=True)
    assert "Ouvrir un collège habitants" in text
    assert person.name not in text and PARTNER not in text
    assert "un partenaire" in text
    assert f"{person.college} 1" in text


def test_with_compare_what_we_planned_and_what_we_did(plan_db: Database) -> None:
    ids = assessments.history(plan_db, dynamic_id=assessments.list_dynamics(plan_db)[0].id)
    text = _text(plan_db, lang="fr", compare=[ids[-2]])
    assert "Ce que nous avions prévu, ce que nous avons fait" in loose(text)
    assert "Restituer le diagnostic au territoire" in text
    assert "Trois réunions publiques en mai 4102." in text
    assert "1 → 3 (+2)" in text
    english = _text(plan_db, lang="en", compare=[ids[-2]])
    assert "Our roadmap" in english and "What we planned, what we did" in english


def test_the_plan_is_listed_for_other_editions(plan_db: Database) -> None:
    latest = assessments.latest_assessment(plan_db)
    listed = plan_report.pdf_actions(plan_db, assessment_id=latest, anonymize=True)
    assert "Ouvrir un collège habitants" in [a.title for a in listed]
    assert all(PRIVATE not in repr(a) for a in listed)
    assert {a.owner for a in listed} >= {"un partenaire"}
