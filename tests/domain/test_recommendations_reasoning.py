"""The reasoning the shipped catalog must get right on a team's own assessment (issue 13)."""

from __future__ import annotations

from typing import Any

from test_recommendations_triggers import make

from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.recommendations import Catalog, Evaluation, evaluate

LEVERS = "habitants"


def run(cat: Catalog, q: Questionnaire, assessment: Assessment) -> Evaluation:
    return evaluate(cat, assessment, q)


def triggered(cat: Catalog, q: Questionnaire, assessment: Assessment) -> set[str]:
    return {r.id for r in run(cat, q, assessment).triggered}


def levers(cat: Catalog, q: Questionnaire, assessment: Assessment) -> list[str]:
    return [r.id for r in run(cat, q, assessment).triggered if r.recommendation.group == LEVERS]


def test_non_concerne_on_the_inhabitants_item_brings_no_lever(
    cat: Catalog, q: Questionnaire
) -> None:
    """energie.implication_habitants « non concerné »: the team said inhabitants are not its
    concern; v2 asks it once (no governance twin can bring the levers back)."""
    none = {"energie.implication_habitants": 0}
    assert "habitants.liberer_creativite" in triggered(cat, q, make(consensus=none))
    not_concerned = make(not_applicable=("energie.implication_habitants",))
    assert levers(cat, q, not_concerned) == []
    said = [x.text.fr for r in run(cat, q, not_concerned).triggered for x in r.reasons]
    assert not [s for s in said if "Implication des habitants" in s]


def test_a_cluster_is_not_pushed_to_inhabitants_unless_the_team_says_so(
    cat: Catalog, q: Questionnaire
) -> None:
    """Inhabitants are absent from clusters and pôles by vocation (l.516, l.1342): « Néant »,
    as the report's table rates Nova CHILD and the Pôles Mer (l.1023-1043)."""
    fields: dict[str, Any] = {"identity.type": "cluster"}
    none = {"energie.implication_habitants": 0}
    assert levers(cat, q, make(consensus=none, fields=fields)) == []
    # The team says it wants to move towards a territorial project…
    towards = dict(fields, **{"identity.cooperation_purposes": ["projet_territoire"]})
    assert "habitants.liberer_creativite" in levers(cat, q, make(consensus=none, fields=towards))
    # …or inhabitants are already involved a little: the issue has appeared (l.520).
    rated = make(fields=fields, consensus={"energie.implication_habitants": 1})
    assert "habitants.liberer_creativite" in levers(cat, q, rated)
    # A PTCE keeps them: the issue is opening for Figeacteurs (l.522).
    ptce = dict(fields, **{"identity.type": "ptce"})
    assert "habitants.liberer_creativite" in levers(cat, q, make(consensus=none, fields=ptce))


def test_intensities_are_not_shares(cat: Catalog, q: Questionnaire) -> None:
    only_intensities = make(structures=[{"public_subsidies": (3, None), "sales": (1, None)}])
    evaluation = run(cat, q, only_intensities)
    said = [x.text.fr for r in evaluation.triggered for x in r.reasons]
    assert not [s for s in said if "%" in s], said
    diversify = evaluation.result("modele.diversifier_ressources")
    assert diversify is not None and diversify.triggered
    assert "Subventions publiques : +++" in [x.text.fr for x in diversify.reasons]
    # With amounts, the share is a share.
    amounts = make(structures=[{"public_subsidies": (3, 90_000.0), "sales": (1, 10_000.0)}])
    result = run(cat, q, amounts).result("modele.diversifier_ressources")
    assert result is not None
    assert "Part des subventions publiques dans les recettes d'exploitation : 90\u00a0%" in [
        x.text.fr for x in result.reasons
    ]


def test_the_reasonable_surplus_is_for_associations(cat: Catalog, q: Questionnaire) -> None:
    """« Reconnaître la nécessité pour les associations de disposer d'un excédent
    raisonnable » (l.942): not a SCIC's concern."""
    poor = [{"public_subsidies": (2, None), "sales": (0, None)}]
    association = make(fields={"governance.legal_statuses": ["association_1901"]}, structures=poor)
    scic = make(fields={"governance.legal_statuses": ["scic"]}, structures=poor)
    assert "a1.fin.excedent_raisonnable" in triggered(cat, q, association)
    assert "a1.fin.excedent_raisonnable" not in triggered(cat, q, scic)


def test_public_authorities_are_not_all_local_authorities(cat: Catalog, q: Questionnaire) -> None:
    """« Pouvoirs publics » at the origin may be the State (the pôles, l.425): electoral terms
    and participatory budgets are for dynamics led by local authorities (l.394, l.1061)."""
    state = make(fields={"identity.origin": "etat"})
    assert not {"gouvernance.continuite_mandats", "referentiel.budget_participatif"} & triggered(
        cat, q, state
    )
    local = make(fields={"identity.origin": "collectivites"})
    assert "gouvernance.continuite_mandats" in triggered(cat, q, local)


def test_the_scic_path_is_not_first_for_every_dynamic_without_a_structure(
    cat: Catalog, q: Questionnaire
) -> None:
    """A cautious remark about the PAT (« pourrait », l.1021) is not a rule: a collectivité's
    dynamic that already shares decisions is not sent to the SCIC."""
    shared = make(
        fields={
            "governance.legal_statuses": ["none_collectivite"],
            "identity.origin": "collectivites",
            "governance.debate": 2,
        }
    )
    assert "gouvernance.scic_ouverture" not in triggered(cat, q, shared)
    scic = cat.get("gouvernance.scic_ouverture")
    assert scic is not None and scic.emphasis < 3


def test_systemic_transition_is_not_a_cluster_s_vocation_unless_it_says_so(
    cat: Catalog, q: Questionnaire
) -> None:
    """« Ce n'est la vocation ni des clusters d'entreprises ni des pôles de compétitivité »
    (l.1342); a team that places itself on the way to « faire système » still hears it."""
    low = {"systeme.transition_multidimensionnelle": 0, "systeme.ecosysteme_territorial": 0}
    cluster = {"identity.type": "cluster"}
    systemic = {"evaluation.chaine_de_valeur", "outils.cartographie_dynamiques"}
    assert not systemic & triggered(cat, q, make(consensus=low, fields=cluster))
    heading = dict(cluster, **{"identity.phase": "consolidation_faire_systeme"})
    assert systemic <= triggered(cat, q, make(consensus=low, fields=heading))
    assert systemic <= triggered(cat, q, make(consensus=low, fields={"identity.type": "ptce"}))


def test_no_advice_rests_on_an_unknown_answer(cat: Catalog, q: Questionnaire) -> None:
    """Clear participation rules (l.613-615): for inhabitants involved (++) when the rules are
    known to be unclear, or in a TZCLD where the report says it is « particulièrement
    prégnant » — not because readability has not been answered yet."""
    involved = {"energie.implication_habitants": 2}
    assert "habitants.cadre_gouvernance_clair" not in triggered(cat, q, make(consensus=involved))
    unclear = make(consensus=dict(involved, **{"robustesse.lisibilite_gouvernance": 1}))
    assert "habitants.cadre_gouvernance_clair" in triggered(cat, q, unclear)
    tzcld = make(consensus=involved, fields={"identity.type": "tzcld"})
    assert "habitants.cadre_gouvernance_clair" in triggered(cat, q, tzcld)
