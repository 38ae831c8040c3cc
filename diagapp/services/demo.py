"""Write the demo database: a fictional PTCE over several yearly workshops.

`years` and `participants` scale it up for benchmarks (20 years × 40 participants).
Answers are generated from a seeded random source so the demo is the same every time.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert

from diagapp.domain.errors import DiagappError
from diagapp.domain.model import Accounts, FundingLine
from diagapp.domain.questionnaire import Questionnaire
from diagapp.services import answers, assessments, catalog, demo_content, demo_plan, finances
from diagapp.services.clock import now
from diagapp.storage.database import Database, open_database
from diagapp.storage.schema import AnswerRow, ConsensusRow

FIRST_YEAR_END = 2026  # the last demo assessment is in this year


def _participants(count: int) -> list[tuple[str, str]]:
    people = list(demo_content.PARTICIPANTS[:count])
    colleges = [c for _, c in demo_content.PARTICIPANTS]
    index = 0
    while len(people) < count:
        first = demo_content.FIRST_NAMES[index % len(demo_content.FIRST_NAMES)]
        last = demo_content.LAST_NAMES[
            (index // len(demo_content.FIRST_NAMES)) % len(demo_content.LAST_NAMES)
        ]
        people.append(
            (
                f"{first} {last} {index // 80 + 1 if index >= 80 else ''}".strip(),
                colleges[index % len(colleges)],
            )
        )
        index += 1
    return people


def _clamp(value: float) -> int:
    return max(0, min(3, round(value)))


def _team_level(rng: random.Random, section: str, year_index: int, years: int) -> float:
    progress = year_index / max(years - 1, 1) if years > 1 else 0.0
    gain = 0.9 if years <= 3 else 1.4
    return demo_content.BASE_LEVELS[section] + gain * progress + rng.uniform(-0.6, 0.6)


def _fill_answers(
    db: Database,
    questionnaire: Questionnaire,
    assessment_id: int,
    people: dict[int, str],
    rng: random.Random,
    year_index: int,
    years: int,
) -> None:
    stamp = now()
    rows: list[dict[str, object]] = []
    consensus: list[dict[str, object]] = []
    last = year_index == years - 1
    for item in questionnaire.items:
        team = _team_level(rng, item.section_id, year_index, years)
        # A few items are genuinely debated: the collèges pull apart.
        debated = rng.random() < 0.2
        values = []
        for pid, college in people.items():
            lean = demo_content.LEANINGS.get(college, {}).get(item.section_id, 0.0)
            spread = 1.4 if debated else 0.5
            value = _clamp(team + lean * (2 if debated else 1) + rng.uniform(-spread, spread))
            values.append(value)
            not_applicable = item.not_applicable and rng.random() < 0.04
            rows.append(
                {
                    "assessment_id": assessment_id,
                    "participant_id": pid,
                    "item_id": item.id,
                    "value": None if not_applicable else value,
                    "not_applicable": not_applicable,
                    "evidence": "",
                    "private_note": "",
                    "justification": "",
                    "to_review": False,
                    "updated_at": stamp,
                }
            )
        # The last workshop is still in progress: a few items await their consensus.
        if (
            last
            and years <= 3
            and item.section_id == "systeme"
            and item.id.endswith(("resilience", "interterritoriale"))
        ):
            continue
        texts = demo_content.EVIDENCE.get(item.id, ())
        evidence = texts[min(year_index, len(texts) - 1)] if texts else ""
        level = _clamp(sum(values) / len(values)) if values else _clamp(team)
        # The team claims the top level only with evidence (the reread checks it).
        level = min(level, demo_content.CONSENSUS_CAPS.get(item.id, 3), 3 if evidence else 2)
        consensus.append(
            {
                "assessment_id": assessment_id,
                "item_id": item.id,
                "value": level,
                "not_applicable": False,
                "evidence": evidence,
                "private_note": demo_content.PRIVATE_NOTES.get(item.id, "") if last else "",
                "justification": demo_content.JUSTIFICATIONS.get(item.id, "") if last else "",
                "to_review": False,
                "updated_at": stamp,
            }
        )
    # One transaction for the whole workshop: the demo is generated, not typed.
    with db.session() as s:
        if rows:
            s.execute(insert(AnswerRow), rows)
        if consensus:
            s.execute(insert(ConsensusRow), consensus)


def _fill_fields(db: Database, assessment_id: int, year_index: int) -> None:
    values = dict(demo_content.FIELDS)
    for index in range(1, year_index + 1):
        values.update(demo_content.FIELD_CHANGES.get(index, {}))
    q = catalog.questionnaire()
    for field_id, value in values.items():
        if q.has_field(field_id):
            answers.set_field(db, assessment_id=assessment_id, field_id=field_id, value=value)


def _fill_funding(db: Database, assessment_id: int, year_index: int) -> None:
    for name, status in demo_content.STRUCTURES:
        sid = answers.add_structure(db, assessment_id=assessment_id, name=name, legal_status=status)
        for resource, series in demo_content.AMOUNTS[name].items():
            index = min(year_index, len(series) - 1)
            amount = series[index]
            if amount is not None and year_index >= len(series):
                amount = round(amount * 1.04 ** (year_index - len(series) + 1), -2)
            if amount is None:
                continue
            # Amounts only: the intensities follow from them (diagapp.domain.funding).
            answers.set_funding_cell(db, structure_id=sid, resource=resource, amount_eur=amount)
        hours = demo_content.VOLUNTEER_HOURS.get(name)
        if hours:
            value = hours[min(year_index, len(hours) - 1)]
            answers.update_structure(
                db, structure_id=sid, volunteer_hours=float(value), volunteer_smic_multiple=1
            )
            answers.set_funding_cell(db, structure_id=sid, resource="in_kind", intensity=2)


def _fill_finances(db: Database, assessment_id: int, year: int) -> None:
    """The funding lines running in `year` and that year's accounts (demo_content)."""
    from diagapp.domain.funder_rows import first_day, last_day, parse_month

    lines = []
    for funder, purpose, kind, amount, start, end, structure in demo_content.FUNDING_LINES:
        starts, ends = parse_month(start), parse_month(end) if end else None
        assert starts is not None
        if starts[0] > year or (ends is not None and ends[0] < year):
            continue
        lines.append(
            FundingLine(
                funder,
                purpose,
                amount,
                last_day(*ends) if ends else None,
                kind=kind,
                starts=first_day(*starts),
                structure=structure,
            )
        )
    finances.set_funding_lines(db, assessment_id=assessment_id, lines=lines)
    accounts = [
        Accounts(name, {k: float(v) for k, v in values.items()}, year)
        for name, values in demo_content.ACCOUNTS.get(year, {}).items()
    ]
    finances.set_accounts(db, assessment_id=assessment_id, accounts=accounts)


# The team's decisions on recommendations in its first two workshops (shown the year after).
DECISIONS = (
    (
        ("gouvernance.passage_de_relais", "accepted", "Binôme de coordination d'ici l'été."),
        (
            "evaluation.trois_etapes",
            "accepted",
            "Écrire nos objectifs de résultat avec les partenaires.",
        ),
        (
            "modele.fonds_propres",
            "accepted",
            "Proposer aux communes d'entrer au capital de la SCIC.",
        ),
        (
            "modele.prelevement_chiffre_affaires",
            "set_aside",
            "Les entreprises hébergées sont encore trop fragiles.",
        ),
    ),
    (
        ("gouvernance.leadership_partage", "accepted", "Co-présidence à proposer à l'AG de juin."),
        ("a1.fin.prets_partage_risques", "accepted", "À présenter à la Région et à France Active."),
        (
            "outils.communaute_apprenante",
            "set_aside",
            "Pas le temps cette année ; à revoir en 2026.",
        ),
    ),
)


def _decide(db: Database, assessment_ids: list[int]) -> None:
    from diagapp.services import recommendations  # imported here: only the demo writes decisions

    for aid, chosen in zip(assessment_ids, DECISIONS, strict=False):
        for recommendation_id, decision, note in chosen:
            recommendations.set_decision(
                db,
                assessment_id=aid,
                recommendation_id=recommendation_id,
                decision=decision,
                note=note,
            )


def _fill_objectives(db: Database, assessment_id: int, year: int, previous: int | None) -> None:
    """The team's objectives of the year: written in 2025, carried into 2026 with last
    year's reached value shown as the previous one, then this year's filled."""
    from diagapp.services import objectives  # only the demo writes them in bulk

    if year not in demo_content.OBJECTIVES[0][7]:
        return
    carried = previous is not None and objectives.list_objectives(db, assessment_id=previous)
    if carried:
        assert previous is not None
        objectives.carry_into(db, source_id=previous, target_id=assessment_id)
        ids = [o.id for o in objectives.list_objectives(db, assessment_id=assessment_id)]
    else:
        ids = [
            objectives.add_objective(
                db,
                assessment_id=assessment_id,
                title=title,
                unit=unit,
                dimension=dimension,
                baseline=float(baseline),
                baseline_year=since,
                target=float(target),
                target_date=dt.date.fromisoformat(due),
            )
            for title, unit, dimension, baseline, since, target, due, _ in demo_content.OBJECTIVES
        ]
    for oid, entry in zip(ids, demo_content.OBJECTIVES, strict=True):
        reached, comment = entry[7][year]
        objectives.update_objective(db, objective_id=oid, reached=float(reached), comment=comment)


def write_demo(path: Path, years: int = 3, participants: int = 9, seed: int = 2020) -> str:
    """Create the demo in a new database file at `path`; return a one-line summary."""
    if not 1 <= years <= 50:
        raise DiagappError("Le nombre d'années de la démo doit être entre 1 et 50.")
    if not 1 <= participants <= 500:
        raise DiagappError("Le nombre de participants de la démo doit être entre 1 et 500.")
    if path.exists() and path.stat().st_size > 0:
        raise DiagappError(f"{path} existe déjà : choisissez un nouveau fichier pour la démo.")
    rng = random.Random(seed)
    db = open_database(path, backup=False, durable=False)  # generated, not typed
    try:
        questionnaire = catalog.questionnaire()
        dynamic_id = assessments.create_dynamic(db, name=demo_content.DYNAMIC)
        people = _participants(participants)
        previous = None
        created: list[int] = []
        for year_index in range(years):
            year = FIRST_YEAR_END - years + 1 + year_index
            aid = assessments.create_assessment(
                db,
                dynamic_id=dynamic_id,
                date=dt.date(year, 11, 14),
                label=f"Atelier {year}",
            )
            ids = {}
            for name, college in people:
                pid = answers.add_participant(db, assessment_id=aid, name=name, college=college)
                ids[pid] = college
            _fill_answers(db, questionnaire, aid, ids, rng, year_index, years)
            _fill_fields(db, aid, year_index)
            _fill_funding(db, aid, year_index)
            _fill_finances(db, aid, year)
            _fill_objectives(db, aid, year, previous)
            if year_index < years - 1:
                assessments.set_status(db, assessment_id=aid, status="done")
            previous = aid
            created.append(aid)
        assert previous is not None
        _decide(db, created[:2])
        demo_plan.write_plans(db, created)
    finally:
        db.close()
    return (
        f"Démo écrite dans {path} : « {demo_content.DYNAMIC} », {years} évaluation(s), "
        f"{participants} participant(s), {len(questionnaire.items)} éléments."
    )
