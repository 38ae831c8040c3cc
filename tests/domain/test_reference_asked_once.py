"""The report's 18 dynamics, read through questionnaire v2's single questions (issue 13):
their table's origin and inhabitants' level feed identity.origin and
energie.implication_habitants, and the catalog entries that look at those answers fire for
the same dynamics as when v1's twin fields carried them."""

from __future__ import annotations

import pytest

from diagapp.domain.model import CONSENSUS
from diagapp.domain.questionnaire import Questionnaire
from diagapp.domain.questionnaire_loader import latest_version, load_version
from diagapp.domain.recommendations import (
    Catalog,
    assessment_from_reference,
    evaluate_reference,
)
from diagapp.domain.recommendations_loader import load_catalog
from diagapp.domain.references import RESOURCE_KEYS, ReferenceDynamic, load_references
from diagapp.paths import questionnaires_dir

ROOT = questionnaires_dir()
REFERENCES = load_references(ROOT / "references.yaml")
INHABITANTS = "energie.implication_habitants"
# Entries whose conditions look at the origin or at inhabitants' involvement that fired for
# each dynamic while v1's governance.origin_actors and governance.inhabitants carried them.
FIRED_BEFORE = {
    "figeacteurs": {
        "habitants.invisibles",
        "habitants.liberer_creativite",
        "habitants.methodes_animation",
        "habitants.sensibiliser_jeunes",
    },
    "start_up_de_territoire": {"modele.participation_citoyenne"},
    "nova_child": set(),
    "pole_mer_bretagne_atlantique": set(),
    "pole_mer_mediterranee": set(),
    "mine_d_idees": set(),
    "euralens": {"modele.participation_citoyenne"},
    "tzcld_premery": {
        "gouvernance.continuite_mandats",
        "habitants.cadre_gouvernance_clair",
        "modele.participation_citoyenne",
    },
    "tzcld_villeurbanne": {
        "gouvernance.continuite_mandats",
        "habitants.cadre_gouvernance_clair",
        "modele.participation_citoyenne",
    },
    "pat_douaisis": {
        "gouvernance.continuite_mandats",
        "gouvernance.scic_ouverture",
        "habitants.invisibles",
        "pouvoirs_publics.ouverture_acteurs_prives",
    },
    "tepos_coeur_haute_lande": {"gouvernance.continuite_mandats"},
    "aful_chantrerie": set(),
    "bliiida": {"modele.participation_citoyenne"},
    "imaginations_fertiles": {
        "habitants.liberer_creativite",
        "habitants.methodes_animation",
        "habitants.sensibiliser_jeunes",
        "habitants.volet_economique",
        "modele.participation_citoyenne",
        "outils.sujets_concrets",
    },
    "eusko": {"modele.participation_citoyenne"},
    "biovallee": {"modele.participation_citoyenne"},
    "in_seine_saint_denis": {"gouvernance.continuite_mandats"},
    "villages_du_futur": {"gouvernance.continuite_mandats"},
}
WATCHED = {
    "a1.pub.former_agents_coconstruction",
    "pouvoirs_publics.coconstruire_sans_plaquer",
    "pouvoirs_publics.rapprochement",
    "pouvoirs_publics.ouverture_acteurs_prives",
    "habitants.liberer_creativite",
    "habitants.sensibiliser_jeunes",
    "habitants.invisibles",
    "habitants.methodes_animation",
    "habitants.rencontre_convivialite",
    "habitants.miser_culture",
    "habitants.vision_positive",
    "habitants.cadre_gouvernance_clair",
    "habitants.role_models",
    "habitants.volet_economique",
    "habitants.numerique",
    "entrepreneuriat.creativite_collective",
    "modele.participation_citoyenne",
    "gouvernance.scic_ouverture",
    "gouvernance.continuite_mandats",
    "outils.chantiers_collectifs",
    "outils.sujets_concrets",
    "outils.design_usages",
    "outils.marque_territoire",
    "outils.transversalite_pouvoirs_publics",
    "outils.bailleurs_sociaux",
    "referentiel.forum_ouvert",
    "referentiel.budget_participatif",
}


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return load_version(ROOT, latest_version(ROOT))


@pytest.fixture(scope="module")
def cat(q: Questionnaire) -> Catalog:
    return load_catalog(ROOT / "recommendations.yaml", q)


def test_the_watched_entries_are_those_that_read_origin_or_inhabitants() -> None:
    text = (ROOT / "recommendations.yaml").read_text(encoding="utf-8")
    assert "governance.inhabitants" not in text and "governance.origin_actors" not in text
    assert "twins:" not in text


@pytest.mark.parametrize("ref", REFERENCES, ids=lambda r: r.id)
def test_a_reference_answers_the_kept_questions_only(
    ref: ReferenceDynamic, q: Questionnaire
) -> None:
    a = assessment_from_reference(ref, RESOURCE_KEYS)
    assert not {"governance.inhabitants", "governance.origin_actors"} & set(a.fields)
    assert set(a.fields) <= {f.id for f in q.fields}
    consensus = a.consensus(INHABITANTS)
    assert consensus is not None and consensus.participant_id is CONSENSUS
    assert consensus.value == ref.inhabitants  # the table's mark (l.1023-1043)


# The table's « + » now reads as the item's level 1, which these two entries address (≤ 1,
# « informés ou consultés […] ou investisseurs »): they come in addition, never in the five
# first (test_reference_dynamics.py). v1's twin field only fired them at « Néant ».
ADDED = {
    "figeacteurs": {"habitants.miser_culture", "habitants.numerique"},
    "imaginations_fertiles": {"habitants.miser_culture", "habitants.numerique"},
}


@pytest.mark.parametrize("ref", REFERENCES, ids=lambda r: r.id)
def test_the_entries_fire_for_the_same_dynamics(
    ref: ReferenceDynamic, cat: Catalog, q: Questionnaire
) -> None:
    evaluation = evaluate_reference(cat, ref, q)
    fired = {r.recommendation.id for r in evaluation.results if r.triggered} & WATCHED
    assert fired == FIRED_BEFORE[ref.id] | ADDED.get(ref.id, set())
    reasons = [x.text.fr for r in evaluation.triggered for x in r.reasons]
    for reason in reasons:
        if reason.startswith("Implication des habitants"):
            assert "au tableau du rapport, l. " in reason
