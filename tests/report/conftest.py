"""Monographs of the demo, written once per session (a PDF takes about a second)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_helpers import (
    PARTICIPANT_EVIDENCE,
    PARTICIPANT_JUSTIFICATION,
    PARTICIPANT_SECRET,
    SECRET,
    Made,
    pdf_text,
)

from diagapp.report.monograph import Monograph
from diagapp.storage.database import Database, open_database


@pytest.fixture(scope="session")
def monograph_db(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo with a private note on every kind of answer and names inside free texts."""
    from diagapp.services import answers, assessments

    path = tmp_path_factory.mktemp("monograph") / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    db = open_database(path)
    latest = assessments.latest_assessment(db)
    a = assessments.load_assessment(db, latest)
    first = a.participants[0]
    answers.record_answer(
        db,
        assessment_id=latest,
        participant_id=None,
        item_id="impact.promesse_definie",
        private_note=SECRET,
    )
    answers.record_answer(
        db,
        assessment_id=latest,
        participant_id=first.id,
        item_id="ressort.besoin_territoire",
        private_note=PARTICIPANT_SECRET,
        evidence=PARTICIPANT_EVIDENCE,
        justification=f"{PARTICIPANT_JUSTIFICATION}, avec {a.participants[1].name}.",
    )
    story = str(a.fields.get("identity.story", ""))
    answers.set_field(
        db,
        assessment_id=latest,
        field_id="identity.story",
        value=f"{story}\n\nLe récit a été écrit avec {first.name} et {a.participants[-1].name}.",
    )
    answers.record_answer(
        db,
        assessment_id=latest,
        participant_id=None,
        item_id="ressort.recit_fondateur",
        evidence=f"Récit présenté par {a.participants[1].name} en assemblée générale.",
    )
    yield db
    db.close()


def _make(db: Database, **options: object) -> Made:
    from diagapp.services import assessments, reporting

    latest = assessments.latest_assessment(db)
    pdf, _ = reporting.render_pdf(db, assessment_id=latest, invariant=True, **options)  # type: ignore[arg-type]
    return Made(pdf, pdf_text(pdf), assessments.load_assessment(db, latest))


@pytest.fixture(scope="session")
def french(monograph_db: Database) -> Made:
    return _make(monograph_db, lang="fr")


@pytest.fixture(scope="session")
def english(monograph_db: Database) -> Made:
    from diagapp.services import assessments

    ids = assessments.history(db=monograph_db, dynamic_id=1)
    return _make(monograph_db, lang="en", compare=ids[:-1])


@pytest.fixture(scope="session")
def anonymous(monograph_db: Database) -> Made:
    return _make(monograph_db, lang="fr", anonymize=True)


@pytest.fixture(scope="session")
def pristine_demo(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """The demo as written, without the texts planted above."""
    path = tmp_path_factory.mktemp("pristine") / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def french_compared(pristine_demo: Database) -> Made:
    """The demo as `diagapp export pdf --compare previous` makes it."""
    from diagapp.services import assessments

    ids = assessments.history(db=pristine_demo, dynamic_id=1)
    return _make(pristine_demo, lang="fr", compare=ids[-2:-1])


@pytest.fixture(scope="session")
def demo_monograph(pristine_demo: Database) -> Monograph:
    """The demo's latest assessment, gathered for the report layer to lay out."""
    from diagapp.services import assessments, monograph_data

    latest = assessments.latest_assessment(pristine_demo)
    return monograph_data.gather(pristine_demo, assessment_id=latest, lang="fr")
