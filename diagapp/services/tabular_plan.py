"""The feuille de route in the spreadsheet exports: its own sheet in the workbook, and rows
of the long CSV table (type « Action de la feuille de route »). Private notes stay out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from diagapp.domain import plan
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import plan as plans
from diagapp.storage.database import Database

SHEET = "Feuille de route"
KIND_ACTION = "Action de la feuille de route"
HEADERS = [
    "Action",
    "Fait quand",
    "Porteur",
    "Type de porteur",
    "Échéance",
    "Statut",
    "Pourquoi",
    "Ce qui s'est passé",
    "Dimension",
    "Items visés",
    "Budget (€)",
    "Ressource",
    "Recommandation",
    "Reprise de l'an dernier",
]
OWNER_KINDS = {
    plan.OWNER_PARTICIPANT: "participant",
    plan.OWNER_STRUCTURE: "structure",
    plan.OWNER_PARTNER: "partenaire",
}


def _dimension(q: Questionnaire, dimension_id: str) -> str:
    known = {d.id: d.title.fr for d in q.dimensions}
    return known.get(dimension_id, dimension_id)


def sheet_rows(
    db: Database, head: dict[str, Any], a: Assessment, q: Questionnaire
) -> Iterator[dict[str, Any]]:
    resources = {r.key: r.label.fr for r in q.funding.resources}
    for action in plan.by_date(plans.actions(db, assessment_id=a.id)):
        yield {
            **head,
            "Action": action.title,
            "Fait quand": action.done_when,
            "Porteur": action.owner_label,
            "Type de porteur": OWNER_KINDS.get(action.owner.kind, ""),
            "Échéance": action.target_date,
            "Statut": plan.status_label(action.status),
            "Pourquoi": action.status_note,
            "Ce qui s'est passé": action.outcome,
            "Dimension": _dimension(q, action.dimension_id),
            "Items visés": ", ".join(action.item_ids),
            "Budget (€)": action.budget_eur,
            "Ressource": resources.get(action.resource_key, action.resource_key),
            "Recommandation": action.recommendation_id,
            "Reprise de l'an dernier": "oui" if action.carried_from_id else "non",
        }


def csv_rows(db: Database, a: Assessment, q: Questionnaire) -> Iterator[dict[str, Any]]:
    """One row per action in the answers' long table: the action where the item's label
    goes, its owner where the participant goes, its status where the level's label goes."""
    for action in plan.by_date(plans.actions(db, assessment_id=a.id)):
        yield {
            "Dynamique": a.dynamic_name,
            "Date de l'évaluation": a.date,
            "Version du questionnaire": a.questionnaire_version,
            "Élément": ", ".join(action.item_ids),
            "Intitulé de l'élément": action.title,
            "Dimension": _dimension(q, action.dimension_id),
            "Type de réponse": KIND_ACTION,
            "Participant": action.owner_label,
            "Collège": "",
            "Valeur": None,
            "Libellé du niveau": plan.status_label(action.status),
        }
