"""The funder edition (issue 17): a short document a funder can decide on — front sheet,
figures with financing apart, risks said plainly, scores in one annex page."""

from __future__ import annotations

import io
import re

import pytest
from pdf_helpers import PARTICIPANT_SECRET, SECRET, Made, flat, loose, pdf_text
from pypdf import PdfReader

from diagapp.storage.database import Database

# « l. 123 », « l.197 », « l. 1260-1266 », « lines 12-14 »: a report line reference.
LINE_NUMBER = re.compile(r"(?<!\w)(?:l\.|lignes?|lines?)[\s\u202f\u00a0]*\d+", re.IGNORECASE)


def _make(db: Database, **options: object) -> Made:
    from diagapp.services import assessments, reporting

    latest = assessments.latest_assessment(db)
    pdf, _ = reporting.render_pdf(
        db,
        assessment_id=latest,
        invariant=True,
        edition="funder",
        **options,  # type: ignore[arg-type]
    )
    return Made(pdf, pdf_text(pdf), assessments.load_assessment(db, latest))


@pytest.fixture(scope="session")
def funder_fr(monograph_db: Database) -> Made:
    return _make(monograph_db, lang="fr")


@pytest.fixture(scope="session")
def funder_en(monograph_db: Database) -> Made:
    return _make(monograph_db, lang="en")


@pytest.fixture(scope="session")
def funder_anonymous(monograph_db: Database) -> Made:
    return _make(monograph_db, lang="fr", anonymize=True)


def test_the_funder_edition_of_the_demo_fits_in_eight_pages(funder_fr: Made, french: Made) -> None:
    pages = len(PdfReader(io.BytesIO(funder_fr.pdf)).pages)
    assert 2 <= pages <= 8
    assert len(PdfReader(io.BytesIO(french.pdf)).pages) > pages  # the team's stays full


def test_the_front_sheet_says_who_what_is_asked_who_signs(funder_fr: Made) -> None:
    first = flat(PdfReader(io.BytesIO(funder_fr.pdf)).pages[0].extract_text())
    text = loose(first)
    assert "Dossier pour les financeurs".upper() in text.upper()
    assert "Notre mission" in text and "vallon rural" in text
    assert "Ce que nous avons accompli en 2026" in text and "34 sociétaires" in text
    assert "Notre demande" in text and "135 000 €" in text and "2027-2029" in text
    assert "Poste de coordination (1 ETP)" in text  # what the money pays for
    assert "SIRET 812 345 678 00017" in text and "SIRET 894 512 367 00025" in text
    assert "Bernard Vial" in text and "contact@hautvallon-coopere.fr" in text


def test_no_line_numbers_no_private_notes_no_lecturing(funder_fr: Made, funder_en: Made) -> None:
    for made in (funder_fr, funder_en):
        assert LINE_NUMBER.findall(made.text) == []
        assert SECRET not in made.text and PARTICIPANT_SECRET not in made.text
        text = loose(made.text)
        assert "À l'attention des financeurs" not in text and "For funders" not in text
        assert "Recommandations" not in text and "Recommendations" not in text


def test_the_report_is_cited_once_by_section_in_the_annex(funder_fr: Made) -> None:
    pages = [loose(p.extract_text()) for p in PdfReader(io.BytesIO(funder_fr.pdf)).pages]
    cited = [i for i, page in enumerate(pages) if "Labo de l'ESS" in page]
    assert cited == [len(pages) - 1]
    assert "section « Les cinq dimensions d'analyse »" in pages[-1]


def test_loans_and_capital_apart_and_subsidy_share_on_operating_income(funder_fr: Made) -> None:
    text = loose(funder_fr.text)
    # Demo 2026: public 95 000 + 30 000 = 125 000 € over operating income 321 000 € = 39 %
    # (with the 50 000 € loan and 20 000 € capital in the denominator it would read 32 %).
    assert "Part des subventions publiques dans les recettes d'exploitation : 39 %" in text
    assert "(2025 : 51 %)" in text
    assert "Financement (hors recettes) : Emprunts — 50 000 €" in text
    assert "Financement (hors recettes) : Apports en fonds propres 20 000 € 20 000 €" in text
    assert "Recettes d'exploitation 119 000 € 157 000 €" in text  # the SCIC, loans left out


def test_funding_lines_with_loans_and_capital_apart(funder_fr: Made) -> None:
    """The stored funding lines: income lines with their kind and period, then the loan and
    the capital under their own heading (financing, not income)."""
    text = loose(funder_fr.text)
    assert (
        "Région Association Haut-Vallon Coopère poste de coordination Subvention de "
        "fonctionnement 45 000 € 01/2024 – 12/2026" in text
    )
    table = text[text.index("Nos financeurs et nos risques") :]  # not page 3's plan
    income, financing = table.split("Financements, hors recettes : prêts et apports en capital")
    assert "Fondation de France" in income and "France Active" not in income
    assert "prêt participatif à la SCIC Prêt 50 000 € 03/2026 – 12/2031" in financing
    assert "parts sociales (collège habitants) Apport en capital 20 000 €" in financing
    # a loan coming to term is no income lost: not among the risks
    assert "France Active — prêt" not in text


def test_accounts_team_and_volunteers_beside_last_year(funder_fr: Made) -> None:
    text = loose(funder_fr.text)
    assert "Comptes des structures" in text
    # the structures' stored accounts: operating income, charges, result, with 2025's
    assert "164 000 € 2025 : 166 200 € 166 500 € 2025 : 170 000 € −2 500 €" in text
    assert "Salariés (ETP) 8,0 (2025 : 7,0) Bénévoles 53 (2025 : 46)" in text
    assert "Équipe d'animation (ETP) 3,0 (2025 : 3,0)" in text
    assert "Bénévolat 2 100 heures (2025 : 1 850)" in text


def test_funding_ending_within_18_months_and_a_college_at_zero(
    monograph_db: Database, funder_fr: Made
) -> None:
    from diagapp.report.sections.common import Ctx
    from diagapp.report.sections.funder_risks import score, weak_points
    from diagapp.services import assessments, reporting

    text = loose(funder_fr.text)
    assert "Financements qui s'arrêtent dans les 18 mois" in text
    assert "Région — poste de coordination : s'arrête le 31 décembre 2026" in text
    assert "France Active" in text and "s'arrête le 31 décembre 2031" not in text
    data = reporting.monograph(
        monograph_db, assessment_id=assessments.latest_assessment(monograph_db), edition="funder"
    )
    weakest = weak_points(Ctx(data))[0]
    lowest = min(
        levels[weakest.item_id]
        for levels in data.college_levels.values()
        if weakest.item_id in levels
    )
    # a collège's own low score, not the team's average (the demo's collège scores below the
    # team's consensus on its weakest point)
    assert weakest.college_mean == lowest
    assert weakest.consensus is not None and lowest < weakest.consensus
    assert f"collège {weakest.college} : {score(lowest, 'fr')} sur 3" in text


def test_english_and_anonymised(funder_en: Made, funder_anonymous: Made) -> None:
    text = loose(funder_en.text)
    assert "Brief for funders" in text and "Our request" in text
    assert "Share of public subsidies in operating income: 39%" in text
    assert "Our funders and our risks" in text and "Funding that ends within 18 months" in text
    for person in funder_anonymous.assessment.participants:
        assert person.name not in funder_anonymous.text


def test_the_funder_edition_leaves_the_team_card_alone(french: Made, english: Made) -> None:
    assert "SIRET" not in french.text and "Dossier pour les financeurs" not in french.text
    # nor the team's year-over-year notes (the English one compares with earlier years)
    assert "Year-over-year changes" in english.text
    assert "The year's accounts" not in english.text
    assert "What we achieved this year" not in english.text


def test_report_line_references_are_taken_out_of_team_texts() -> None:
    from diagapp.report.sections.funder_edition import no_line_refs

    assert no_line_refs("une fragilité (l. 802, l. 836-913).") == "une fragilité."
    assert no_line_refs("voir l.\u202f197") == "voir "
    assert no_line_refs("3 lignes de bus, 12 lines") == "3 lignes de bus, 12 lines"


def test_a_first_year_with_nothing_filled_still_reads(db: Database) -> None:
    import datetime as dt

    from diagapp.services import assessments, reporting

    dynamic = assessments.create_dynamic(db, name="Nouvelle dynamique")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 5, 4))
    pdf, _ = reporting.render_pdf(db, assessment_id=aid, invariant=True, edition="funder")
    text = loose(pdf_text(pdf))
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 8
    assert "Notre demande non renseigné" in text
    assert "Recettes, charges, résultat, fonds propres et trésorerie : non renseignés" in text
    assert "Aucun risque de ce type" in text


def test_governance_weakest_points_are_governance_items_only(monograph_db: Database) -> None:
    """The heading « Gouvernance : les points les plus faibles » draws only from governance
    items (shared decision, debate, rules, leadership…), never from territorial anchoring or
    the pleasure of working together, however low a collège rated those."""
    from dataclasses import replace

    from diagapp.report.sections.common import Ctx
    from diagapp.report.sections.funder_risks import GOVERNANCE_ITEMS, weak_points
    from diagapp.services import assessments, reporting

    data = reporting.monograph(
        monograph_db, assessment_id=assessments.latest_assessment(monograph_db), edition="funder"
    )
    # a collège rating territorial anchoring 0 and shared decision 0.5
    levels = {c: dict(v) for c, v in data.college_levels.items()}
    college = next(iter(levels))
    levels[college]["robustesse.ancrage_territorial"] = 0.0
    levels[college]["robustesse.confiance_convivialite"] = 0.0
    levels[college]["robustesse.gouvernance_partagee"] = 0.5
    found = weak_points(Ctx(replace(data, college_levels=levels)))
    assert found and {w.item_id for w in found} <= set(GOVERNANCE_ITEMS)
    assert found[0].item_id == "robustesse.gouvernance_partagee"
    assert found[0].college == college and found[0].college_mean == 0.5


def test_the_de_minimis_line_reads_as_a_check_on_economic_aid_only(funder_fr: Made) -> None:
    """Issue 13's law figures in the funder edition: the ceiling concerns aid to economic
    activities; an SGEI mandate or a block exemption may cover part of it; a check, not a
    verdict."""
    text = loose(funder_fr.text)
    assert "au-delà du plafond de minimis de 300 000 €" in text
    assert "ne vise que les aides à des activités économiques" in text
    assert "mandat de SIEG ou un régime d'exemption" in text and "à vérifier ensemble" in text
