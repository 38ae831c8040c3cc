"""Results against objectives in the PDF (issue 17): the funder edition's table of the team's
objectives (baseline, target, reached, where it stands since last year) and next year's plan;
a short section in the team's monograph too."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pdf_helpers import PARTICIPANT_SECRET, SECRET, Made, loose, pdf_text
from pypdf import PdfReader

from diagapp.storage.database import Database, open_database

LINE_NUMBER = re.compile(r"(?<!\w)(?:l\.|lignes?|lines?)[\s\u202f\u00a0]*\d+", re.IGNORECASE)


def _funder(db: Database, lang: str) -> Made:
    from diagapp.services import assessments, reporting

    latest = assessments.latest_assessment(db)
    pdf, _ = reporting.render_pdf(
        db, assessment_id=latest, invariant=True, edition="funder", lang=lang
    )
    return Made(pdf, pdf_text(pdf), assessments.load_assessment(db, latest))


@pytest.fixture(scope="module")
def funder_fr(monograph_db: Database) -> Made:
    return _funder(monograph_db, "fr")


@pytest.fixture(scope="module")
def funder_en(monograph_db: Database) -> Made:
    return _funder(monograph_db, "en")


def _page(made: Made, title: str) -> str:
    pages = [loose(p.extract_text()) for p in PdfReader(io.BytesIO(made.pdf)).pages]
    found = [p for p in pages if title in p]
    assert found, f"no page holds « {title} »"
    return found[-1]  # not the contents page


def test_the_funder_edition_shows_the_demos_objectives_against_baseline_and_target(
    funder_fr: Made,
) -> None:
    page = _page(funder_fr, "Résultats au regard des objectifs")
    # one row per objective: baseline (year), target (date), reached this year, in words
    assert "Chiffre d'affaires de la SCIC" in page
    assert "58 (2024)" in page and "120 (fin 2027)" in page and "112" in page
    assert "Cantines approvisionnées par la légumerie" in page and "Atteint" in page
    assert "Habitants sociétaires de la SCIC" in page and "50 (juin 2026)" in page
    assert "Non atteint à l'échéance" in page
    assert "87 % du chemin" in page  # (112 − 58) / (120 − 58), French-style percentage
    assert "+28 depuis 2025" in page  # 84 → 112: the trend since last year
    assert "Sur 4 objectifs : 2 atteints, 1 en cours, 1 non atteint" in page
    # the team's comment on the missed one says why
    assert "Campagne de sociétariat repoussée" in page
    assert LINE_NUMBER.findall(page) == []
    assert SECRET not in page and PARTICIPANT_SECRET not in page


def test_next_years_plan_lists_what_is_still_to_reach(funder_fr: Made) -> None:
    page = _page(funder_fr, "Ce que nous prévoyons l'an prochain")
    assert "Habitants sociétaires de la SCIC : passer de 34 à 50 sociétaires" in page
    assert "Chiffre d'affaires de la SCIC : passer de 112 à 120 k€ de ventes d'ici fin 2027" in page
    # reached objectives are not re-planned
    assert "passer de 3 à 3" not in page


def test_english_funder_edition_words_the_results(funder_en: Made) -> None:
    page = _page(funder_en, "Results against our objectives")
    assert "120 (end of 2027)" in page and "Reached" in page and "Missed" in page
    assert "87% of the way" in page and "+28 since 2025" in page
    assert "What we plan for next year" in loose(funder_en.text)


def test_the_team_monograph_has_a_short_objectives_section(french: Made) -> None:
    page = _page(french, "Résultats au regard des objectifs")
    assert "Habitants sociétaires de la SCIC" in page and "58 (2024)" in page


def test_anonymised_objectives_carry_no_name(demo_master: Path, tmp_path: Path) -> None:
    from diagapp.services import assessments, objectives, reporting

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    db = open_database(path)
    try:
        latest = assessments.latest_assessment(db)
        a = assessments.load_assessment(db, latest)
        name = a.participants[0].name
        objectives.update_objective(
            db, objective_id=a.objectives[0].id, comment=f"Chiffre suivi par {name}."
        )
        pdf, _ = reporting.render_pdf(
            db, assessment_id=latest, invariant=True, edition="funder", anonymize=True
        )
    finally:
        db.close()
    text = loose(pdf_text(pdf))
    assert "Chiffre suivi par" in text and name not in text


def test_next_years_plan_lists_the_feuille_de_routes_open_actions(funder_fr: Made) -> None:
    page = _page(funder_fr, "Les actions prévues")
    # the demo's open actions, with who carries them and by when; a late one says so
    assert "Mesurer les effets qualitatifs avec les habitants" in page
    assert "d'ici juin 2027" in page
    assert "en retard : prévu pour avril 2025" in page
    assert (
        "Présenter le bilan de l'année aux financeurs (Claire Martin, d'ici février 2027)" in page
    )
