"""What the funder edition needs beyond the team's monograph: last year's assessment (for the
trends) and the figures a funder reads (diagapp.domain.finance)."""

from __future__ import annotations

from typing import Any

from diagapp.domain.finance import FunderFigures, funder_figures
from diagapp.domain.model import Assessment
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import assessments, catalog, compare


def previous_year(db: Any, assessment_id: int) -> Assessment | None:
    """The dynamic's assessment just before this one (raw: the caller cleans it)."""
    earlier = compare.previous_assessment(db, assessment_id=assessment_id)
    if earlier is None:
        return None
    return catalog.asked_once(assessments.load_assessment(db, earlier))


def figures(
    current: Assessment, previous: Assessment | None, questionnaire: Questionnaire
) -> FunderFigures:
    return funder_figures(
        current.structures,
        previous.structures if previous is not None else None,
        questionnaire.funding,
        current.date.year,
        previous.date.year if previous is not None else None,
    )
