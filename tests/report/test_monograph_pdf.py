"""The demo's monograph as a funder reads it: every section, both languages, typography,
anonymisation, private notes kept out, fonts embedded, metadata, vector charts."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from pdf_helpers import PARTICIPANT_SECRET, SECRET, Made, flat, loose
from pypdf import PdfReader

from diagapp.report.monograph import SECTIONS
from diagapp.report.wording import say
from diagapp.services import catalog
from diagapp.services.demo_content import JUSTIFICATIONS, PRIVATE_NOTES

# the network's section needs an imported benchmark (tests/report/test_network_section.py)
FR_SECTIONS = [s for s in SECTIONS if s not in ("cover", "evolution", "network")]


@pytest.mark.parametrize("section", FR_SECTIONS)
def test_every_section_is_in_the_french_monograph(french: Made, section: str) -> None:
    assert loose(say(section, "fr")) in loose(french.text)


@pytest.mark.parametrize("section", [s for s in SECTIONS if s not in ("cover", "network")])
def test_every_section_is_in_the_english_monograph(english: Made, section: str) -> None:
    assert loose(say(section, "en")) in loose(english.text)


def test_the_cover_names_the_dynamic_its_territory_and_the_workshop(french: Made) -> None:
    first_page = PdfReader(io.BytesIO(french.pdf)).pages[0].extract_text()
    assert "Pôle coopératif du Haut-Vallon" in first_page
    assert "Communauté de communes du Haut-Vallon" in first_page
    assert "14 novembre 2026" in first_page
    assert "MONOGRAPHIE D’AUTODIAGNOSTIC" in first_page


def test_french_typography_accents_and_narrow_spaces(french: Made) -> None:
    text = flat(french.text)
    assert "\u202f" in text
    assert "Énergie" in text or "L’énergie cinétique" in text
    assert "«\u202ffaire système\u202f»" in text
    assert "Fiche d’identité" in text
    assert "Sommaire" in text
    # Money and shares: narrow no-break spaces between thousands and before the unit.
    assert "325\u202f000\u202f€" in text
    assert "\u202f%" in text
    # No colon is left after a plain space or glued to its word.
    assert " :" not in text.replace("\u202f:", "")


def test_english_wording_throughout(english: Made) -> None:
    text = loose(english.text)
    q = catalog.questionnaire()
    assert loose(q.item("ressort.besoin_territoire").label.en) in text
    assert loose(q.dimension("robustesse").title.en) in text
    for french_only in ("Sommaire", "Fiche d'identité", "Recommandations clés", "Pourquoi"):
        assert french_only not in text
    assert "Since 2024" in text  # the evolution section, written for a funder


def test_the_summary_fits_on_one_page(french: Made) -> None:
    reader = PdfReader(io.BytesIO(french.pdf))
    page = loose(reader.pages[1].extract_text())
    for part in ("L'essentiel en une page", "Trois forces", "Trois questions ouvertes"):
        assert part in page
    assert "Recommandations clés" in page
    assert "Maturité d'ensemble" in page


def test_the_table_of_contents_gives_page_numbers(french: Made) -> None:
    reader = PdfReader(io.BytesIO(french.pdf))
    contents = next(p.extract_text() for p in reader.pages if "Sommaire" in p.extract_text())
    # The dotted leader and the number come out just before the title they belong to.
    found = re.search(r"(\d+)\s*\n\s*Fiche d’identité", contents)
    assert found, contents[:400]
    page = reader.pages[int(found.group(1)) - 1].extract_text()
    assert "Fiche d’identité" in page and "Type de dynamique" in page


def test_private_notes_never_appear(french: Made, english: Made, anonymous: Made) -> None:
    for made in (french, english, anonymous):
        text = flat(made.text)
        assert SECRET not in text
        for note in PRIVATE_NOTES.values():
            assert note[:40] not in text
    assert PARTICIPANT_SECRET not in flat(french.text)


def test_funder_visible_justifications_appear(french: Made) -> None:
    text = loose(french.text)
    for justification in JUSTIFICATIONS.values():
        assert loose(justification)[:60] in text


def test_anonymised_pdf_has_no_participant_name(anonymous: Made, french: Made) -> None:
    names = [p.name for p in french.assessment.participants]
    assert any(name in french.text for name in names)  # the plain export lists them
    for name in names:
        assert name not in anonymous.text
        for part in name.split():
            if len(part) > 4:
                assert f" {part} " not in loose(anonymous.text)
    assert "Collectivités 1" in anonymous.text
    assert "Habitants 2" in anonymous.text
    # Names typed inside free texts are replaced too.
    assert "écrit avec Collectivités 1 et Salariés et bénévoles 1" in flat(anonymous.text)


def _fonts(resources: Any, seen: dict[str, Any]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        seen[str(font.get("/BaseFont"))] = font
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        _fonts(xobject.get("/Resources"), seen)


def test_every_font_is_embedded(french: Made, english: Made) -> None:
    for made in (french, english):
        reader = PdfReader(io.BytesIO(made.pdf))
        fonts: dict[str, Any] = {}
        for page in reader.pages:
            _fonts(page.get("/Resources"), fonts)
        assert fonts
        for name, font in fonts.items():
            assert "Helvetica" not in name and "Times" not in name, name
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a composite font describes itself in its descendant
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert any("DejaVuSerif" in n for n in fonts) and any("DejaVuSans" in n for n in fonts)


def test_metadata_title_author_subject_language(french: Made, english: Made) -> None:
    fr = PdfReader(io.BytesIO(french.pdf))
    assert fr.metadata is not None
    assert (
        fr.metadata.title == "Monographie d'autodiagnostic — Pôle coopératif du Haut-Vallon — 2026"
    )
    assert fr.metadata.author == "Pôle coopératif du Haut-Vallon"
    assert "Labo de l'ESS" in (fr.metadata.subject or "")
    assert fr.trailer["/Root"]["/Lang"] == "fr-FR"
    en = PdfReader(io.BytesIO(english.pdf))
    assert en.trailer["/Root"]["/Lang"] == "en"
    assert en.metadata is not None and (en.metadata.title or "").startswith("Self-assessment")


def test_charts_are_vectors_and_the_file_stays_small(french: Made, english: Made) -> None:
    for made in (french, english):
        reader = PdfReader(io.BytesIO(made.pdf))
        for page in reader.pages:
            xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
            for x in xobjects.values():
                assert x.get_object().get("/Subtype") != "/Image"
        assert len(made.pdf) < 1_000_000  # well under the 3 MB an email carries


def test_running_header_and_page_numbers(french: Made) -> None:
    reader = PdfReader(io.BytesIO(french.pdf))
    total = len(reader.pages)
    page = reader.pages[5].extract_text()
    assert "Pôle coopératif du Haut-Vallon · 2026" in page
    assert f"6 / {total}" in page


def test_disagreements_and_consensus_levels_are_shown(french: Made) -> None:
    text = loose(french.text)
    assert "Là où l'équipe a divergé" in text
    assert "réponses de 0 à 3" in text or "réponses de 1 à 3" in text
    assert "3 — Affirmé" in text
    assert "pas encore de consensus" in text  # the demo's last workshop is still in progress


def test_funding_matrix_indicators_and_de_minimis_alert(french: Made) -> None:
    text = loose(french.text)
    assert "Matrice des ressources" in text
    assert "Part des subventions publiques" in text
    # 120 000 + 110 000 + 95 000 € of public subsidies to the association over three years.
    assert "À vérifier avec les financeurs : règle de minimis" in text
    assert "325 000 €" in text


def test_the_de_minimis_box_is_todays_rule_with_its_source_and_reads_as_a_check(
    french: Made, english: Made
) -> None:
    """Issue 13: 300 000 € since 1 January 2024 (Regulation (EU) 2023/2831), 750 000 € for a
    SIEG (2023/2832), the report's 200 000 / 500 000 € as history; aid to economic activities
    only, SIEG mandates and block exemptions named, a point to check rather than a verdict."""
    fr = loose(french.text)
    assert "au-delà du plafond de minimis de 300 000 € sur 3 ans glissants" in fr
    assert "2023/2831" in fr and "2023/2832" in fr
    assert "en vigueur depuis le 1er janvier 2024" in fr
    assert "750 000 €" in fr
    assert "Le rapport (2020) citait les plafonds d'alors : 200 000 €, et 500 000 €" in fr
    assert "activités économiques" in fr and "régime d'exemption par catégorie" in fr
    assert "Ce n'est pas un constat d'irrégularité" in fr
    assert "Alerte : règle de minimis" not in fr and "200 k€ sur 3 ans" not in fr
    en = loose(english.text)
    assert "To check with the funders: the de minimis rule" in en
    assert "block exemption" in en and "in force since 1 January 2024" in en


def test_volunteering_is_valued_at_the_smic_in_force_with_its_decree(french: Made) -> None:
    from diagapp.services import catalog

    law = catalog.questionnaire(1).funding.law
    rate = law.smic_at(french.assessment.date)
    text = loose(french.text)
    assert "SMIC horaire brut en vigueur à la date de l'évaluation" in text
    assert loose(f"{rate.eur:.2f}".replace(".", ",") + "\u202f€") in text
    assert rate.source in text


def test_matrix_intensities_follow_the_amounts_shares(french: Made) -> None:
    """Issue 12: never « + 180 000 € » beside « ++ 42 000 € » — with amounts, each
    intensity is derived from the resource's share of its structure's money."""
    from diagapp.domain import funding
    from diagapp.report.typography import euros
    from diagapp.services import catalog

    spec = catalog.questionnaire(1).funding
    text = loose(french.text)
    symbols = ("—", "+", "++", "+++")
    checked = 0
    for structure in french.assessment.structures:
        total = funding.monetary_total(structure, spec)
        for key in funding.monetary_keys(spec):
            amount = structure.cell(key).amount_eur
            if amount:
                level = funding.derived_intensity(amount, total)
                assert structure.cell(key).intensity == level
                assert f"{symbols[level]} {loose(euros(amount, 'fr'))}" in text
                checked += 1
    assert checked >= 5
    assert "« +++ » à partir de 50 %" in text


def test_nearest_reference_dynamics_and_typology(french: Made) -> None:
    text = loose(french.text)
    assert "Les dynamiques du rapport qui nous ressemblent" in text
    assert "Au regard de la typologie du rapport" in text
    assert "Biovallée" in text or "Bliiida" in text


def test_byte_stable_under_invariant_mode(monograph_db: Any, french: Made) -> None:
    from diagapp.services import assessments, reporting

    latest = assessments.latest_assessment(monograph_db)
    again, _ = reporting.render_pdf(monograph_db, assessment_id=latest, lang="fr", invariant=True)
    assert again == french.pdf
