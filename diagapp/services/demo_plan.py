"""The demo's feuille de route: what the Pôle coopératif du Haut-Vallon planned after each
workshop and what became of it — some actions done, some dropped, some late and carried
from year to year. It follows the team's decisions on recommendations (services.demo).

An action is a thread over the years: it enters the plan of the workshop `start` (0 for
the first); each state is its status when the next workshop reviewed it (the last one, in
the current plan, not reviewed yet). While open, it is carried into the next plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diagapp.domain import plan
from diagapp.domain.plan import Owner
from diagapp.services import assessments
from diagapp.services import plan as plans
from diagapp.storage.database import Database
from diagapp.storage.schema import PlanActionRow


@dataclass(frozen=True)
class State:
    status: str
    outcome: str = ""  # what the review said happened
    note: str = ""  # the word on why (dropped)


@dataclass(frozen=True)
class Thread:
    start: int  # the workshop (0: the first) whose plan it enters
    title: str
    done_when: str
    owner: tuple[str, object]  # ("participant", index) | ("structure", index) | ("partner", name)
    target: tuple[int, int, int]  # (years after the workshop's year, month, day)
    items: tuple[str, ...]
    states: tuple[State, ...]
    budget: float | None = None
    resource: str = ""
    recommendation: str = ""


P, S, X = "participant", "structure", "partner"
THREADS = (
    Thread(
        0,
        "Former un binôme de coordination",
        "Un binôme salarié–bénévole anime les comités",
        (P, 8),
        (1, 6, 30),
        ("robustesse.passage_de_relais",),
        (State(plan.DONE, "Binôme en place depuis mai 2025 : Françoise et Julien co-animent."),),
        recommendation="gouvernance.passage_de_relais",
    ),
    Thread(
        0,
        "Écrire nos objectifs de résultat avec les partenaires",
        "Une page d'objectifs validée en comité de pilotage",
        (P, 0),
        (1, 3, 31),
        ("impact.promesse_definie", "impact.evaluation_pilotage"),
        (State(plan.DONE, "Objectifs votés au comité de mars 2025, relus avec la CC."),),
        recommendation="evaluation.trois_etapes",
    ),
    Thread(
        0,
        "Proposer aux communes d'entrer au capital de la SCIC",
        "Deux communes sociétaires",
        (S, 1),
        (1, 9, 30),
        ("energie.diversite_ressources",),
        (
            State(plan.IN_PROGRESS, "Une commune a délibéré ; la seconde attend son budget."),
            State(plan.DONE, "Deux communes sociétaires depuis juin 2026."),
        ),
        budget=10_000.0,
        resource="equity_contributions",
        recommendation="modele.fonds_propres",
    ),
    Thread(
        0,
        "Ouvrir un collège habitants au conseil coopératif",
        "Un collège habitants élu en assemblée générale",
        (P, 6),
        (1, 6, 15),
        ("energie.implication_habitants", "energie.soutien_pouvoirs_publics"),
        (
            State(
                plan.DROPPED,
                "Trois candidats seulement : l'équipe a préféré des ateliers ouverts.",
                "Trop peu de candidats ; remplacé par des ateliers ouverts aux habitants.",
            ),
        ),
    ),
    Thread(
        0,
        "Obtenir le mécénat de la fondation pour l'animation",
        "Une convention de mécénat sur trois ans",
        (X, "Fondation Rhône-Alpes Solidaire"),
        (1, 4, 30),
        ("energie.animation_financee",),
        (
            State(plan.TO_START, "Pas commencé : personne n'a eu le temps de monter le dossier."),
            State(plan.IN_PROGRESS, "Dossier déposé en octobre 2026, réponse attendue."),
            State(plan.IN_PROGRESS),
        ),
        budget=15_000.0,
        resource="private_grants_patronage",
    ),
    Thread(
        1,
        "Proposer une co-présidence à l'AG de juin",
        "Co-présidence votée en assemblée générale",
        (S, 0),
        (1, 6, 30),
        ("robustesse.leadership_partage",),
        (State(plan.DONE, "Votée à l'AG du 20 juin 2026 : deux co-présidents."),),
        recommendation="gouvernance.leadership_partage",
    ),
    Thread(
        1,
        "Présenter un prêt à risques partagés à la Région et à France Active",
        "Un prêt accordé pour l'atelier partagé",
        (X, "France Active Auvergne-Rhône-Alpes"),
        (1, 3, 31),
        ("energie.financements_toutes_echelles",),
        (
            State(plan.IN_PROGRESS, "Rendez-vous tenu en février ; comité reporté à 2027."),
            State(plan.IN_PROGRESS),
        ),
        budget=80_000.0,
        resource="loans",
        recommendation="a1.fin.prets_partage_risques",
    ),
    Thread(
        1,
        "Tenir quatre ateliers ouverts aux habitants",
        "Quatre ateliers tenus, ouverts à tous",
        (P, 7),
        (1, 10, 31),
        ("energie.implication_habitants",),
        (State(plan.DONE, "Cinq ateliers, soixante habitants ; deux rejoignent le comité."),),
        budget=2_000.0,
        resource="public_subsidies",
    ),
    Thread(
        1,
        "Archiver comptes rendus et décisions dans un espace partagé",
        "Tous les comptes rendus de l'année en ligne",
        (P, 3),
        (1, 2, 28),
        ("robustesse.garder_des_traces",),
        (
            State(
                plan.DROPPED,
                "L'outil de la SCIC couvre déjà ce besoin.",
                "Déjà couvert par l'outil de la SCIC.",
            ),
        ),
    ),
    Thread(
        2,
        "Mesurer les effets qualitatifs avec les habitants",
        "Une grille d'effets remplie avec les habitants",
        (P, 6),
        (1, 6, 30),
        ("impact.effets_qualitatifs", "impact.parties_prenantes_associees"),
        (State(plan.TO_START),),
        budget=3_000.0,
        resource="public_subsidies",
    ),
    Thread(
        2,
        "Rencontrer deux PTCE voisins pour apprendre d'eux",
        "Deux visites et un compte rendu partagé",
        (P, 4),
        (1, 3, 31),
        ("systeme.cooperation_interterritoriale",),
        (State(plan.TO_START),),
    ),
    Thread(
        2,
        "Présenter le bilan de l'année aux financeurs",
        "Une réunion de restitution avec les trois principaux financeurs",
        (P, 0),
        (1, 2, 28),
        ("impact.restitution_financeurs",),
        (State(plan.IN_PROGRESS),),
    ),
)


def _owner(db: Database, assessment_id: int, spec: tuple[str, object]) -> Owner:
    kind, which = spec
    if kind == X:
        return Owner(plan.OWNER_PARTNER, text=str(which))
    choices = [c.owner for c in plans.owners(db, assessment_id=assessment_id)]
    wanted = plan.OWNER_PARTICIPANT if kind == P else plan.OWNER_STRUCTURE
    of_kind = [o for o in choices if o.kind == wanted]
    index = int(str(which))
    return of_kind[index] if index < len(of_kind) else Owner()


def write_plans(db: Database, assessment_ids: list[int]) -> int:
    """Add the threads' actions to the workshops (oldest first), the story ending with the
    latest workshop; return how many rows."""
    years = len(assessment_ids)
    shift = years - 3  # the threads tell the last three workshops
    made = 0
    for thread in THREADS:
        first = thread.start + shift
        if first < 0:
            continue  # began before the first workshop of a shorter demo
        start_year = assessments.load_assessment(db, assessment_ids[first]).date.year
        previous: int | None = None
        for step, state in enumerate(thread.states):
            index = first + step
            if index >= years:
                break
            aid = assessment_ids[index]
            reviewed = index < years - 1  # the current plan has no review yet
            new = plans.add_action(
                db,
                assessment_id=aid,
                title=thread.title,
                done_when=thread.done_when,
                owner=_owner(db, aid, thread.owner),
                target_date=dt.date(start_year + thread.target[0], *thread.target[1:]),
                item_ids=thread.items,
                budget_eur=thread.budget,
                resource_key=thread.resource,
                recommendation_id=thread.recommendation,
                status=state.status,
                status_note=state.note,
            )
            if reviewed and state.outcome:
                plans.update_action(db, action_id=new, outcome=state.outcome)
            if previous is not None:
                with db.session() as s:
                    row = s.get(PlanActionRow, new)
                    assert row is not None
                    row.carried_from_id = previous
            previous = new
            made += 1
            if state.status not in plan.OPEN_STATUSES:
                break
    return made
