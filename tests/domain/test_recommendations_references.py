"""The engine on the report's own dynamics: the advice the report gives or implies for them.

Their governance (l.1023-1043) and funding matrix (l.810-832) are known, plus what the report's
text says of them (references_report_says.yaml); the rest is unknown, not zero. Each dynamic's
five first recommendations are checked against the report in test_reference_dynamics.py.
"""

from __future__ import annotations

import pytest

from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.recommendations import (
    HIGHLIGHTED,
    Catalog,
    Evaluation,
    evaluate_reference,
)
from diagapp.domain.references import ReferenceDynamic, load_references
from diagapp.paths import questionnaires_dir

ROOT = questionnaires_dir()
REFERENCES = load_references(ROOT / "references.yaml")
# The report says it of the PAT only (l.1021): no structure, led by the agglomeration, which
# remains « l'unique décideur » (l.483).
SCIC_PATH = {"pat_douaisis"}


def ref(ref_id: str) -> ReferenceDynamic:
    return next(r for r in REFERENCES if r.id == ref_id)


def run(cat: Catalog, q: Questionnaire, ref_id: str) -> Evaluation:
    return evaluate_reference(cat, ref(ref_id), q)


def ids(results: tuple) -> list[str]:  # type: ignore[type-arg]
    return [r.id for r in results]


def test_pat_du_douaisis_is_shown_the_scic_path_among_the_first(
    cat: Catalog, q: Questionnaire
) -> None:
    """Carried by Douaisis Agglo without a structure of its own, governance to open (l.1021)."""
    evaluation = run(cat, q, "pat_douaisis")
    first = ids(evaluation.highlighted[:3])
    assert "gouvernance.scic_ouverture" in first
    scic = evaluation.result("gouvernance.scic_ouverture")
    assert scic is not None and scic.recommendation.source.lines == (1021, 1021)
    reasons = " | ".join(r.text.fr for r in scic.reasons)
    assert "portée directement par une collectivité, sans structure juridique propre" in reasons
    assert "Initiée et portée par les collectivités territoriales" in reasons
    assert "(d'après le rapport, l. 483" in reasons and "l'unique décideur" in reasons
    # Its money is the agglomeration's own budget (l.824, l.483): not « subsidies » to reduce.
    assert "modele.diversifier_ressources" not in ids(evaluation.triggered)
    assert "a1.fin.depenses_structure" in ids(evaluation.for_funders)
    # …and the proposals on SCICs to public authorities fit it (l.1486-1487).
    assert {"a1.pub.scic_collectivites", "a1.pub.sensibiliser_associations_elus"} <= set(
        ids(evaluation.advocacy)
    )
    # No equity can go into a structure that does not exist.
    assert "a1.fin.fonds_propres" not in ids(evaluation.triggered)


@pytest.mark.parametrize("ref_id", sorted(r.id for r in REFERENCES))
def test_the_scic_path_only_where_the_report_gives_it(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    triggered = ids(run(cat, q, ref_id).triggered)
    assert ("gouvernance.scic_ouverture" in triggered) == (ref_id in SCIC_PATH)


@pytest.mark.parametrize("ref_id", ["tzcld_premery", "tzcld_villeurbanne"])
def test_tzcld_living_on_public_subsidies_is_told_to_diversify_in_intensities(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    """EBE at +++ public subsidies, nothing else monetary (l.820-823)."""
    evaluation = run(cat, q, ref_id)
    dynamic = ids(evaluation.highlighted + evaluation.further)
    assert {"modele.diversifier_ressources", "modele.ventes_prestations"} <= set(dynamic)
    # The table has no « fonds propres » column: no advice about equity rests on it.
    assert "modele.fonds_propres" not in dynamic
    assert "a1.fin.fonds_propres" not in ids(evaluation.for_funders)
    reasons = [r.text.fr for r in evaluation.result("modele.diversifier_ressources").reasons]  # type: ignore[union-attr]
    assert "Subventions publiques : +++ (tableau du rapport)" in reasons
    assert not [r for r in reasons if "%" in r]  # intensities are not shares
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
    assert "a1.fin.excedent_raisonnable" in ids(evaluation.for_funders)  # associations (l.942)
    # Its own path: a SCIC to invest, the association kept for donations (l.764, l.781).
    assert "modele.scic_investissement_association_dons" in ids(evaluation.highlighted)


@pytest.mark.parametrize(
    "ref_id", ["nova_child", "pole_mer_bretagne_atlantique", "aful_chantrerie"]
)
def test_dynamics_pooling_economic_structures_are_not_pushed_to_inhabitants(
    cat: Catalog, q: Questionnaire, ref_id: str
) -> None:
    """Inhabitants absent « ces dynamiques se concentrant sur la mutualisation entre des
    structures à visée économique » (l.516); not the vocation of clusters and pôles (l.1342)."""
    evaluation = run(cat, q, ref_id)
    assert not [r.id for r in evaluation.triggered if r.recommendation.group == "habitants"]
    assert "modele.participation_citoyenne" not in ids(evaluation.triggered)


def test_mine_d_idees_funded_by_one_foundation_is_not_told_about_public_subsidies(
    cat: Catalog, q: Questionnaire
) -> None:
    """Private grants +++ only (l.818), now a territorial foundation (l.988, l.1029)."""
    evaluation = run(cat, q, "mine_d_idees")
    assert "modele.diversifier_ressources" not in ids(evaluation.triggered)
    fondation = evaluation.result("modele.fondation_territoriale")
    assert fondation is not None and not fondation.triggered
    assert "l. 988" in fondation.reasons[0].text.fr  # already done, says the report
    assert "a1.pub.experimenter_appels_fondations" in ids(evaluation.advocacy)


def test_imaginations_fertiles_tiers_lieu_with_little_shared_decision(
    cat: Catalog, q: Questionnaire
) -> None:
    """Debate + (l.1039): give a deciding voice to those who make the place live (l.1017)."""
    assert "gouvernance.voix_deliberative" in ids(run(cat, q, "imaginations_fertiles").highlighted)


def test_bliiida_already_shares_decisions(cat: Catalog, q: Questionnaire) -> None:
    evaluation = run(cat, q, "bliiida")
    triggered = ids(evaluation.triggered)
    assert "gouvernance.place_du_debat" not in triggered
    assert "gouvernance.voix_deliberative" not in triggered
    done = evaluation.result("gouvernance.voix_deliberative")
    assert done is not None and "l. 1017-1019" in done.reasons[0].text.fr


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
