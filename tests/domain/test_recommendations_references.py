"""The engine on the report's own dynamics: the advice the report gives or implies for them.

Only their governance (l.1023-1043) and funding matrix (l.810-832) are known, as in the report.
"""

from __future__ import annotations

import pytest

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import latest_version, load_version
from diagapp.domain.recommendations import (
    HIGHLIGHTED,
    PER_GROUP,
    Catalog,
    Evaluation,
    assessment_from_reference,
    evaluate,
)
from diagapp.domain.recommendations_loader import load_catalog
from diagapp.domain.references import ReferenceDynamic, load_references
from diagapp.paths import questionnaires_dir

ROOT = questionnaires_dir()
REFERENCES = load_references(ROOT / "references.yaml")
WITHOUT_STRUCTURE = {"pat_douaisis", "in_seine_saint_denis", "villages_du_futur"}


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return load_version(ROOT, latest_version(ROOT))


@pytest.fixture(scope="module")
def cat(q: Questionnaire) -> Catalog:
    return load_catalog(ROOT / "recommendations.yaml", q)


def ref(ref_id: str) -> ReferenceDynamic:
    return next(r for r in REFERENCES if r.id == ref_id)


def run(cat: Catalog, q: Questionnaire, ref_id: str) -> Evaluation:
    return evaluate(cat, assessment_from_reference(ref(ref_id), q.funding.keys), q)


def ids(results: tuple) -> list[str]:  # type: ignore[type-arg]
    return [r.id for r in results]


def test_pat_du_douaisis_is_shown_the_scic_path_first(cat: Catalog, q: Questionnaire) -> None:
    """Carried by Douaisis Agglo without a structure of its own, governance to open (l.1021)."""
    evaluation = run(cat, q, "pat_douaisis")
    first = evaluation.highlighted[0]
    assert first.id == "gouvernance.scic_ouverture"
    assert first.recommendation.source.lines == (1021, 1021)
    reasons = " | ".join(r.text.fr for r in first.reasons)
    assert "portée directement par une collectivité, sans structure juridique propre" in reasons
    assert "Pouvoirs publics" in reasons
    # Its funding is public subsidies only (l.824): diversify; ask funders to cover running costs.
    assert "modele.diversifier_ressources" in ids(evaluation.highlighted)
    assert "a1.fin.depenses_structure" in ids(evaluation.for_funders)
    # …and the proposals on SCICs to public authorities fit it (l.1486-1487).
    assert {"a1.pub.scic_collectivites", "a1.pub.sensibiliser_associations_elus"} <= set(
        ids(evaluation.advocacy)
    )
    # No equity can go into a structure that does not exist.
    assert "a1.fin.fonds_propres" not in ids(evaluation.triggered)


@pytest.mark.parametrize("ref_id", sorted(r.id for r in REFERENCES))
def test_the_scic_path_only_for_dynamics_without_a_structure(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    triggered = ids(run(cat, q, ref_id).triggered)
    assert ("gouvernance.scic_ouverture" in triggered) == (ref_id in WITHOUT_STRUCTURE)


@pytest.mark.parametrize("ref_id", ["tzcld_premery", "tzcld_villeurbanne"])
def test_tzcld_living_on_public_subsidies_is_told_to_diversify_and_seek_equity(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    """EBE at +++ public subsidies, nothing else monetary (l.820-823)."""
    evaluation = run(cat, q, ref_id)
    dynamic = ids(evaluation.highlighted + evaluation.further)
    assert {
        "modele.diversifier_ressources",
        "modele.fonds_propres",
        "modele.ventes_prestations",
    } <= set(dynamic)
    assert "a1.fin.fonds_propres" in ids(evaluation.for_funders)
    reasons = [r.text.fr for r in evaluation.result("modele.diversifier_ressources").reasons]  # type: ignore[union-attr]
    assert "Part des subventions publiques dans les ressources monétaires : 100\u00a0%" in reasons
    # Inhabitants are both beneficiaries and represented: their role must be clear (l.615).
    assert "habitants.cadre_gouvernance_clair" in dynamic


def test_tzcld_villeurbanne_multi_level_governance_needs_readability(
    cat: Catalog, q: Questionnaire
) -> None:
    """SAS (EBE) + association (Booster): the report's example of multi-level governance (l.1053)."""
    assert "gouvernance.lisibilite" in ids(run(cat, q, "tzcld_villeurbanne").triggered)


def test_tepos_investing_with_citizens_but_no_loan_fits_shared_risk_loans(
    cat: Catalog, q: Questionnaire
) -> None:
    """Citizen crowdfunding for renewable energy, no loans (l.825, l.880, l.950-956)."""
    evaluation = run(cat, q, "tepos_coeur_haute_lande")
    assert "a1.fin.prets_partage_risques" in ids(evaluation.for_funders)
    assert "gouvernance.lisibilite" in ids(evaluation.triggered)  # SEM + SAS citoyenne
    assert "gouvernance.continuite_mandats" in ids(evaluation.triggered)  # led by the commune


def test_eusko_balanced_association_is_not_told_to_diversify(
    cat: Catalog, q: Questionnaire
) -> None:
    """Public ++, private ++, fees +, loans + (l.829): no dependence alarm, but an association."""
    evaluation = run(cat, q, "eusko")
    triggered = ids(evaluation.triggered)
    assert "modele.diversifier_ressources" not in triggered
    assert "gouvernance.scic_ouverture" not in triggered
    assert "a1.fin.excedent_raisonnable" in ids(evaluation.for_funders)  # associations (l.1435)


@pytest.mark.parametrize(
    "ref_id", ["nova_child", "pole_mer_bretagne_atlantique", "aful_chantrerie"]
)
def test_inhabitants_at_neant_bring_the_levers_of_1_3(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    """Inhabitants absent (l.516, table l.1026-1037): the levers of §1.3, without flooding."""
    evaluation = run(cat, q, ref_id)
    levers = [r for r in evaluation.triggered if r.recommendation.group == "habitants"]
    assert len(levers) >= 8
    assert all(
        any("Implication des habitants dans la gouvernance : Néant" in x.text.fr for x in r.reasons)
        for r in levers
        if r.id != "habitants.invisibles"
    )
    shown = [r for r in evaluation.highlighted if r.recommendation.group == "habitants"]
    assert 1 <= len(shown) <= PER_GROUP


def test_mine_d_idees_funded_by_one_foundation_is_told_to_diversify(
    cat: Catalog, q: Questionnaire
) -> None:
    """Private grants +++ only (l.818): a single source, though not a public one."""
    evaluation = run(cat, q, "mine_d_idees")
    result = evaluation.result("modele.diversifier_ressources")
    assert result is not None and result.triggered
    assert "Indice de diversification" in result.reasons[0].text.fr
    assert "a1.pub.experimenter_appels_fondations" in ids(evaluation.advocacy)


def test_imaginations_fertiles_tiers_lieu_with_little_shared_decision(
    cat: Catalog, q: Questionnaire
) -> None:
    """Debate + (l.1039): give a deciding voice to those who make the place live (l.1017)."""
    assert "gouvernance.voix_deliberative" in ids(run(cat, q, "imaginations_fertiles").highlighted)


def test_bliiida_already_shares_decisions(cat: Catalog, q: Questionnaire) -> None:
    triggered = ids(run(cat, q, "bliiida").triggered)
    assert "gouvernance.place_du_debat" not in triggered
    assert "gouvernance.voix_deliberative" not in triggered


@pytest.mark.parametrize("ref_id", sorted(r.id for r in REFERENCES))
def test_every_reference_gets_a_readable_result(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    evaluation = run(cat, q, ref_id)
    assert 1 <= len(evaluation.highlighted) <= HIGHLIGHTED
    assert all(r.recommendation.audience == "dynamic" for r in evaluation.highlighted)
    assert all(r.recommendation.audience == "funders" for r in evaluation.for_funders)
    for result in evaluation.triggered:
        assert result.reasons, result.id  # every triggered recommendation says why
        assert result.score > 0
    # Nothing about items can be known for a reference: item-only triggers stay silent.
    assert "evaluation.outil_pilotage" not in ids(evaluation.triggered)
