"""A partial diagnostic, said plainly wherever it could pass for a finished one (« Marquer
comme terminée », « Envoyer aux financeurs »): one sentence, from domain.scoring.basis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from diagapp.domain import scoring
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire


def partial_basis(assessment: Assessment, questionnaire: Questionnaire) -> scoring.Basis | None:
    """What the consensus rests on, when too little to stand for the whole; else None."""
    basis = scoring.basis(scoring.consensus_scores(assessment, questionnaire))
    return basis if basis.partial else None


def partial_warning(basis: scoring.Basis) -> str:
    return (
        QCoreApplication.translate(
            "coverage",
            "Diagnostic partiel : seuls %1 éléments sur %2 ont un niveau de consensus "
            "(%3 dimensions évaluées sur %4). Les dimensions non évaluées sont absentes des "
            "résultats, et la couverture du PDF l'indique.",
        )
        .replace("%1", str(basis.items))
        .replace("%2", str(basis.total))
        .replace("%3", str(basis.dimensions))
        .replace("%4", str(basis.dimension_count))
    )
