"""Gather everything the monograph shows from the database and the domain.

The assessment handed to the report is cleaned here, once: private notes are emptied
(they never leave the app) and, when anonymising, participants' names are replaced by
their collège and a number in every text the PDF could show.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from diagapp import __version__
from diagapp.domain import funding, governance_variables, references, scoring
from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Assessment, Participant
from diagapp.domain.reread import Finding
from diagapp.domain.text import Text
from diagapp.report.monograph import (
    EDITION_TEAM,
    FUNDER_FIELDS,
    FUNDER_SECTIONS,
    SECTIONS,
    Evolution,
    EvolutionPoint,
    ItemMove,
    Monograph,
    Recommendation,
)
from diagapp.services import assessments, catalog, funder_data, peers


class SectionError(DiagappError):
    pass


def parse_sections(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """`--sections a,b,c` → the chosen section ids in document order (all when empty)."""
    if value is None or value == "" or value == ():
        return SECTIONS
    names = value.split(",") if isinstance(value, str) else list(value)
    wanted = {n.strip().lower() for n in names if n.strip()}
    unknown = sorted(wanted - set(SECTIONS))
    if unknown:
        raise SectionError(
            f"Section inconnue : {', '.join(unknown)}. Sections possibles : {', '.join(SECTIONS)}."
        )
    return tuple(s for s in SECTIONS if s in wanted)


# --- cleaning -------------------------------------------------------------------------------


def participant_labels(assessment: Assessment, anonymize: bool) -> dict[int, str]:
    """Display names, or « Habitants 2 »: collège and rank within the collège."""
    counts: dict[str, int] = {}
    labels = {}
    for p in assessment.participants:
        counts[p.college] = counts.get(p.college, 0) + 1
        labels[p.id] = p.display_name(anonymize, counts[p.college])
    return labels


MASKED = "***"  # a first name or surname that two participants share


def _name_pattern(assessment: Assessment) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern matching every participant's name (and pseudonym, and « Nom Prénom »), and
    each part of a name alone (« Claire », « Martin », « Jean-Pierre », « Pierre »).

    Whole names match in any case. A part alone matches only as capitalised in the name or
    in capitals (« Rose » the person, not « rose » the colour), only from three letters; a
    part that two participants share is masked (MASKED) rather than given to one of them.
    Returns the pattern and the label of each form it can match (see `_label_of`).
    """
    labels = participant_labels(assessment, anonymize=True)
    whole: dict[str, str] = {}  # casefolded name -> label
    parts: dict[str, str] = {}  # the part as typed -> label
    for p in assessment.participants:
        for name in (p.name, p.pseudonym):
            name = " ".join(name.split())
            if len(name) < 3:
                continue
            whole[name.casefold()] = labels[p.id]
            words = name.split(" ")
            if len(words) == 2:
                whole[f"{words[1]} {words[0]}".casefold()] = labels[p.id]
            if len(words) < 2:
                continue
            for word in words:
                for piece in {word, *re.split(r"[-'’]", word)}:
                    if len(piece) >= 3 and piece[:1].isupper():
                        known = parts.get(piece)
                        parts[piece] = labels[p.id] if known in (None, labels[p.id]) else MASKED
    parts = {k: v for k, v in parts.items() if k.casefold() not in whole}
    if not whole and not parts:
        return None, {}
    alternatives = [
        "(?i:" + re.escape(n).replace(r"\ ", r"\s+") + ")"
        for n in sorted(whole, key=len, reverse=True)
    ]
    for piece in sorted(parts, key=len, reverse=True):
        alternatives += [re.escape(piece), re.escape(piece.upper())]
    lookup = {**whole, **parts, **{k.upper(): v for k, v in parts.items()}}
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(?!\w)"), lookup


def _label_of(found: str, lookup: dict[str, str]) -> str:
    spaced = " ".join(found.split())
    return lookup.get(spaced.casefold()) or lookup.get(spaced) or MASKED


def clean(assessment: Assessment, anonymize: bool) -> Assessment:
    """Private notes removed; with `anonymize`, names replaced everywhere they could show."""
    answers = tuple(dataclasses.replace(a, private_note="") for a in assessment.answers)
    if not anonymize:
        return dataclasses.replace(assessment, answers=answers)
    pattern, names = _name_pattern(assessment)

    def scrub(text: Any) -> Any:
        if isinstance(text, str) and pattern is not None:
            return pattern.sub(lambda m: _label_of(m.group(0), names), text)
        if isinstance(text, list):
            return [scrub(t) for t in text]
        return text

    labels = participant_labels(assessment, anonymize=True)
    return dataclasses.replace(
        assessment,
        participants=tuple(
            Participant(p.id, labels[p.id], p.college, "") for p in assessment.participants
        ),
        answers=tuple(
            dataclasses.replace(a, evidence=scrub(a.evidence), justification=scrub(a.justification))
            for a in answers
        ),
        fields={k: scrub(v) for k, v in assessment.fields.items()},
        structures=tuple(dataclasses.replace(s, name=scrub(s.name)) for s in assessment.structures),
        objectives=tuple(
            dataclasses.replace(o, title=scrub(o.title), comment=scrub(o.comment))
            for o in assessment.objectives
        ),
        label=scrub(assessment.label),
    )


def scrubber(assessment: Assessment, anonymize: bool) -> Any:
    """The name-replacing function for texts that do not live in the assessment."""
    pattern, names = _name_pattern(assessment) if anonymize else (None, {})

    def scrub(text: str) -> str:
        if pattern is None or not text:
            return text
        return pattern.sub(lambda m: names[" ".join(m.group(0).split()).casefold()], text)

    return scrub


# --- recommendations and evolution ----------------------------------------------------------


def _recommendations(
    db: Any, assessment_id: int, lang: str, scrub: Any
) -> tuple[
    tuple[Recommendation, ...], tuple[Recommendation, ...], tuple[Recommendation, ...], bool
]:
    """(for the dynamic, for funders, for public authorities, available) from the engine."""
    try:
        from diagapp.services import recommendations
    except ImportError:  # the engine is not installed in this build
        return (), (), (), False
    try:
        report = recommendations.recommend(db, assessment_id=assessment_id, lang=lang)
    except DiagappError as exc:  # e.g. a damaged catalog: the PDF still goes out, saying so
        from diagapp.services.errors import log_bug

        log_bug(exc)
        return (), (), (), False

    def convert(shown: Any, highlighted: bool) -> Recommendation:
        decided = shown.decision != "open"
        return Recommendation(
            id=shown.id,
            title=shown.title,
            text=shown.text,
            why=tuple(scrub(w) for w in shown.why),
            where=shown.where,
            audience=shown.audience,
            decision=shown.decision_label if decided else "",
            note=scrub(shown.note),
            item_ids=tuple(shown.item_ids),
            highlighted=highlighted,
        )

    for_dynamic = tuple(convert(r, True) for r in report.highlighted) + tuple(
        convert(r, False) for r in report.further
    )
    for_funders = tuple(convert(r, True) for r in report.funders)
    advocacy = tuple(convert(r, False) for r in report.advocacy)
    return for_dynamic, for_funders, advocacy, True


def evolution(db: Any, assessment_id: int, compare_ids: Sequence[int], lang: str) -> Evolution:
    """The current assessment against `compare_ids` (same dynamic), oldest first."""
    from diagapp.services import compare

    comparison = compare.compare(db, assessment_ids=[*compare_ids, assessment_id])
    points = []
    for index, snap in enumerate(comparison.snapshots):
        ind = comparison.funding.indicators[index] if comparison.funding.indicators else None
        points.append(
            EvolutionPoint(
                assessment_id=snap.assessment_id,
                label=snap.label,
                date=snap.date,
                scores={d.dimension_id: d.points[index].mean for d in comparison.dimensions},
                overall=comparison.overall[index],
                public_dependence=ind.public_dependence if ind else None,
                own_resource_share=ind.own_resource_share if ind else None,
                monetary_total_eur=ind.monetary_total_eur if ind else None,
                participants=snap.participants,
            )
        )
    moves = [
        ItemMove(i.item_id, i.points[0].consensus, i.points[-1].consensus)
        for i in (*comparison.moved_up(8), *comparison.moved_down(8))
        if i.points[0] is not None and i.points[-1] is not None
    ]
    notes = [n.get(lang) for n in comparison.notes]
    for change in comparison.changed_fields():
        if change.field_id.startswith(FUNDER_FIELDS):  # the funder edition's, not the team's
            continue
        shown = " → ".join(dict.fromkeys(t.get(lang) for t in change.shown))
        notes.append(
            f"{change.label.get(lang)} : {shown}"
            if lang == "fr"
            else f"{change.label.get(lang)}: {shown}"
        )
    for follow in comparison.recommendations:
        title = follow.title.get(lang) if follow.title else follow.recommendation_id
        year = comparison.snapshots[follow.accepted_in].year
        accepted = f"acceptée en {year}" if lang == "fr" else f"accepted in {year}"
        notes.append(
            f"« {title} » ({accepted}) : {follow.outcome_text(lang)}"
            if lang == "fr"
            else f"“{title}” ({accepted}): {follow.outcome_text(lang)}"
        )
    return Evolution(points=tuple(points), moves=tuple(moves), notes=tuple(notes))


def _de_minimis_window(db: Any, current: Assessment, questionnaire: Any) -> list[Assessment]:
    """The dynamic's earlier assessments that count in the de minimis sum (l.847): only those
    within the period of the rule in force at the assessment's date are loaded."""
    start = funding.de_minimis_window_start(current, questionnaire.funding)
    summaries = next(
        (d.assessments for d in assessments.list_dynamics(db) if d.id == current.dynamic_id), ()
    )
    return [
        assessments.load_assessment(db, s.id)
        for s in summaries
        if s.id != current.id and start <= s.date <= current.date
    ]


def _reread(db: Any, assessment_id: int, scrub: Any) -> tuple[Finding, ...]:
    """The reread's findings, names replaced as elsewhere when the export is anonymised."""
    from diagapp.services import reread

    return tuple(
        dataclasses.replace(
            f, detail=Text(scrub(f.detail.fr), scrub(f.detail.en)), note=scrub(f.note)
        )
        for f in reread.findings(db, assessment_id=assessment_id)
    )


# --- the whole monograph --------------------------------------------------------------------


def gather(
    db: Any,
    *,
    assessment_id: int,
    lang: str = "fr",
    anonymize: bool = False,
    sections: Sequence[str] = SECTIONS,
    compare: Sequence[int] = (),
    logo: bytes | None = None,
    edition: str = EDITION_TEAM,
) -> Monograph:
    # A v1 year's twin questions read as the one v2 asks (mappings « merged »).
    raw = catalog.asked_once(assessments.load_assessment(db, assessment_id))
    funder = edition != EDITION_TEAM
    if funder:  # its own sections; last year comes along for the trends
        sections, compare = FUNDER_SECTIONS, ()
    questionnaire = catalog.questionnaire(raw.questionnaire_version)
    assessment = clean(raw, anonymize)
    sieg = assessment.fields.get("governance.sieg") == "oui"
    indicators = funding.indicators(
        assessment, questionnaire.funding, _de_minimis_window(db, raw, questionnaire), sieg
    )
    refs = catalog.references()
    debate = assessment.fields.get("governance.debate")
    nearest = references.nearest(
        refs,
        funding.profile(assessment.structures, questionnaire.funding.keys),
        governance_variables.inhabitants(assessment),
        debate if isinstance(debate, int) else None,
        governance_variables.table_origin(assessment.fields),
    )
    college_levels = {
        college: scoring.group_levels(
            assessment, [p.id for p in assessment.participants if p.college == college]
        )
        for college in assessment.colleges
    }
    scrub = scrubber(raw, anonymize)
    for_dynamic, for_funders, advocacy, available = (
        _recommendations(db, assessment_id, lang, scrub)
        if {"summary", "findings", "recommendations", "funders"} & set(sections)
        else ((), (), (), True)
    )
    evo = evolution(db, assessment_id, compare, lang) if compare else None
    checked = _reread(db, assessment_id, scrub) if "reread" in sections else ()
    last_year = funder_data.previous_year(db, assessment_id) if funder else None
    previous = clean(last_year, anonymize) if last_year is not None else None
    return Monograph(
        lang=lang,
        assessment=assessment,
        questionnaire=questionnaire,
        results=scoring.item_results(assessment, questionnaire),
        consensus=scoring.consensus_scores(assessment, questionnaire),
        team=scoring.team_scores(assessment, questionnaire),
        college_levels=college_levels,
        participant_labels=participant_labels(raw, anonymize),
        indicators=indicators,
        nearest=tuple(nearest),
        references=refs,
        recommendations=for_dynamic,
        funder_recommendations=for_funders,
        advocacy_recommendations=advocacy,
        recommendations_available=available,
        evolution=evo,
        sections=tuple(s for s in sections if s != "evolution" or evo is not None),
        generated_on=dt.date.today(),
        anonymized=anonymize,
        logo=logo,
        app_version=__version__,
        reread=checked,
        edition=edition,
        funder=funder_data.figures(assessment, previous, questionnaire) if funder else None,
        previous=previous,
        network=peers.standing_of(db, raw) if "network" in sections else None,
    )
