"""The feuille de route as the PDF shows it: what we commit to, who, when; and, with
`--compare`, what became of the plans of the earlier assessments.

Public API (the team edition uses both; the funder edition may call the first):
    pdf_actions(db, *, assessment_id, lang="fr", anonymize=False, today=None)
        -> tuple[PlanAction, ...]
    pdf_plan(db, *, assessment_id, lang="fr", anonymize=False, compare=(), today=None)
        -> PlanReport
Private notes never leave; with `anonymize`, a participant who carries an action is shown
as their collège and a number, a partner as « un partenaire », and names inside the texts
are replaced as everywhere else in the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from diagapp.domain import plan
from diagapp.domain.model import Assessment
from diagapp.domain.plan import Action
from diagapp.report.monograph import PlanAction, PlanFollowed, PlanReport
from diagapp.services import assessments, catalog, monograph_data
from diagapp.services import plan as plans
from diagapp.storage.database import Database

PARTNER_ANONYMOUS = {"fr": "un partenaire", "en": "a partner"}


def _owner(action: Action, raw: Assessment, anonymize: bool, lang: str) -> str:
    if not anonymize:
        return action.owner_label
    if action.owner.kind == plan.OWNER_PARTICIPANT:
        labels = monograph_data.participant_labels(raw, anonymize=True)
        return labels.get(action.owner.participant_id or 0, "")
    if action.owner.kind == plan.OWNER_PARTNER:
        return PARTNER_ANONYMOUS.get(lang, PARTNER_ANONYMOUS["fr"])
    return str(monograph_data.scrubber(raw, True)(action.owner_label))


def _shown(
    action: Action,
    raw: Assessment,
    *,
    lang: str,
    anonymize: bool,
    today: dt.date,
    scrub: Callable[[str], str],
    titles: dict[str, str],
    levels: tuple[dict[str, int | None], dict[str, int | None]] | None = None,
) -> PlanAction:
    questionnaire = catalog.questionnaire(raw.questionnaire_version)
    dims = {d.id: d.title.get(lang) for d in questionnaire.dimensions}
    resources = {r.key: r.label.get(lang) for r in questionnaire.funding.resources}

    def label(item_id: str) -> str:
        if questionnaire.has_item(item_id):
            return questionnaire.item(item_id).label.get(lang)
        return item_id

    moves: tuple[tuple[str, int | None, int | None], ...] = ()
    if levels is not None:
        moves = tuple((label(i), levels[0].get(i), levels[1].get(i)) for i in action.item_ids)
    return PlanAction(
        title=scrub(action.title),
        done_when=scrub(action.done_when),
        owner=_owner(action, raw, anonymize, lang),
        target_date=action.target_date,
        status=action.status,
        status_label=plan.status_label(action.status, lang),
        status_note=scrub(action.status_note),
        dimension=dims.get(action.dimension_id, ""),
        items=tuple(label(i) for i in action.item_ids),
        budget_eur=action.budget_eur,
        resource=resources.get(action.resource_key, ""),
        recommendation=titles.get(action.recommendation_id, ""),
        outcome=scrub(action.outcome),
        late=action.is_late(today),
        moves=moves,
    )


def _titles(lang: str) -> dict[str, str]:
    try:
        from diagapp.services import recommendations

        return {k: v.get(lang) for k, v in recommendations.titles().items()}
    except Exception:
        return {}


def pdf_actions(
    db: Database,
    *,
    assessment_id: int,
    lang: str = "fr",
    anonymize: bool = False,
    today: dt.date | None = None,
) -> tuple[PlanAction, ...]:
    """The assessment's plan for a PDF, by target date (undated last)."""
    raw = assessments.load_assessment(db, assessment_id)
    scrub = monograph_data.scrubber(raw, anonymize)
    titles = _titles(lang)
    return tuple(
        _shown(
            a,
            raw,
            lang=lang,
            anonymize=anonymize,
            today=today or raw.date,
            scrub=scrub,
            titles=titles,
        )
        for a in plan.by_date(plans.actions(db, assessment_id=assessment_id))
    )


def _consensus(assessment: Assessment) -> dict[str, int | None]:
    return {a.item_id: a.value for a in assessment.answers if a.participant_id is None}


def pdf_plan(
    db: Database,
    *,
    assessment_id: int,
    lang: str = "fr",
    anonymize: bool = False,
    compare: Sequence[int] = (),
    today: dt.date | None = None,
) -> PlanReport:
    """The plan, and with `compare` the earlier assessments' plans beside what moved since."""
    current = assessments.load_assessment(db, assessment_id)
    followed = []
    titles = _titles(lang)
    for earlier_id in compare:
        if earlier_id == assessment_id:
            continue
        earlier = assessments.load_assessment(db, earlier_id)
        if earlier.date > current.date:
            continue
        scrub = monograph_data.scrubber(earlier, anonymize)
        levels = (_consensus(earlier), _consensus(current))
        actions = tuple(
            _shown(
                a,
                earlier,
                lang=lang,
                anonymize=anonymize,
                today=today or current.date,
                scrub=scrub,
                titles=titles,
                levels=levels,
            )
            for a in plan.by_date(plans.actions(db, assessment_id=earlier_id))
        )
        if actions:
            followed.append(PlanFollowed(earlier.label, earlier.date, actions))
    followed.sort(key=lambda f: f.date)
    return PlanReport(
        actions=pdf_actions(
            db, assessment_id=assessment_id, lang=lang, anonymize=anonymize, today=today
        ),
        followed=tuple(followed),
    )
