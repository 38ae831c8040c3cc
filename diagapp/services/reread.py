"""The reread before sending: the rules of questionnaires/reread.yaml run on an assessment,
and the findings the team accepts as they are.

Public API (the CLI, the PDF and the window share it):
    load_rules() -> tuple[Rule, ...]
    reread(db, *, assessment_id, lang="fr") -> RereadReport   (reads only)
    accept(db, *, assessment_id, rule_id, subject="", note="") -> None
    withdraw(db, *, assessment_id, rule_id, subject="") -> None
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from diagapp.domain import funding
from diagapp.domain.errors import DiagappError
from diagapp.domain.reread import SEVERITIES, TO_FIX, Facts, Finding, Rule, evaluate
from diagapp.domain.reread import RereadRulesError as RereadRulesError
from diagapp.domain.reread import parse_rules as _parse
from diagapp.domain.yamlio import read_yaml
from diagapp.paths import questionnaires_dir
from diagapp.services import assessments, catalog
from diagapp.services.clock import now
from diagapp.services.limits import MAX_LONG_TEXT, check_text
from diagapp.services.recommendations import _dynamic_assessments
from diagapp.storage.database import Database
from diagapp.storage.schema import RereadAcceptanceRow


class RereadError(DiagappError):
    pass


@dataclass(frozen=True)
class ShownFinding:
    """One finding in one language, for the CLI, the PDF and the window."""

    rule_id: str
    subject: str
    severity: str  # a_corriger | a_verifier
    severity_label: str
    title: str
    detail: str
    advice: str
    accepted: bool
    note: str
    serious: bool  # à corriger and not accepted


@dataclass(frozen=True)
class RereadReport:
    lang: str
    assessment_id: int
    dynamic: str
    label: str
    findings: tuple[ShownFinding, ...]

    @property
    def serious(self) -> tuple[ShownFinding, ...]:
        return tuple(f for f in self.findings if f.serious)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["serious_count"] = len(self.serious)
        return data


def rules_path() -> Path:
    return questionnaires_dir() / "reread.yaml"


@cache
def _cached(path: Path) -> tuple[Rule, ...]:
    return _parse(read_yaml(path, RereadRulesError), f"{path.parent.name}/{path.name}")


def load_rules() -> tuple[Rule, ...]:
    """The shipped rules, validated (cached)."""
    return _cached(rules_path())


def _facts(db: Database, assessment_id: int) -> Facts:
    assessment = assessments.load_assessment(db, assessment_id)
    questionnaire = catalog.questionnaire(assessment.questionnaire_version)
    earlier = [
        (i, date)
        for i, _, date in _dynamic_assessments(db, assessment_id)
        if i != assessment_id and date <= assessment.date
    ]
    previous = assessments.load_assessment(db, earlier[-1][0]) if earlier else None
    start = funding.de_minimis_window_start(assessment, questionnaire.funding)
    window = [
        previous
        if previous is not None and previous.id == i
        else assessments.load_assessment(db, i)
        for i, date in earlier
        if start <= date
    ]
    sieg = assessment.fields.get("governance.sieg") == "oui"
    indicators = (
        funding.indicators(assessment, questionnaire.funding, window, sieg)
        if assessment.structures
        else None
    )
    return Facts(assessment, questionnaire, previous, indicators)


def _accepted(db: Database, assessment_id: int) -> dict[tuple[str, str], str]:
    with db.reading() as s:
        rows = s.scalars(
            select(RereadAcceptanceRow).where(RereadAcceptanceRow.assessment_id == assessment_id)
        )
        return {(r.rule_id, r.subject): r.note for r in rows}


def findings(db: Database, *, assessment_id: int) -> tuple[Finding, ...]:
    """Every rule's findings on the assessment, with the team's acceptances."""
    facts = _facts(db, assessment_id)
    return evaluate(load_rules(), facts, _accepted(db, assessment_id))


def shown(found: tuple[Finding, ...], lang: str = "fr") -> tuple[ShownFinding, ...]:
    """Findings worded in `lang`, the serious ones first (file order kept within)."""
    ordered = sorted(found, key=lambda f: (not f.serious, f.rule.severity != TO_FIX))
    return tuple(
        ShownFinding(
            rule_id=f.rule.id,
            subject=f.subject,
            severity=f.rule.severity,
            severity_label=SEVERITIES[f.rule.severity].get(lang),
            title=f.rule.title.get(lang),
            detail=f.detail.get(lang),
            advice=f.rule.advice.get(lang),
            accepted=f.accepted,
            note=f.note,
            serious=f.serious,
        )
        for f in ordered
    )


def reread(db: Database, *, assessment_id: int, lang: str = "fr") -> RereadReport:
    """The reread of one assessment, worded in `lang`. Reads only."""
    found = findings(db, assessment_id=assessment_id)
    assessment = assessments.load_assessment(db, assessment_id)
    return RereadReport(
        lang, assessment_id, assessment.dynamic_name, assessment.label, shown(found, lang)
    )


def _known(rule_id: str) -> None:
    if not any(r.id == rule_id for r in load_rules()):
        raise RereadError(f"Règle de relecture inconnue : « {rule_id} ».")


def accept(
    db: Database, *, assessment_id: int, rule_id: str, subject: str = "", note: str = ""
) -> None:
    """The team keeps a finding as it is (with why): it no longer counts as serious."""
    _known(rule_id)
    note = check_text((note or "").strip(), limit=MAX_LONG_TEXT, what="La note", multiline=True)
    with db.session() as s:
        assessments._assessment_row(s, assessment_id)  # NotFound when it does not exist
        row = s.scalar(
            select(RereadAcceptanceRow).where(
                RereadAcceptanceRow.assessment_id == assessment_id,
                RereadAcceptanceRow.rule_id == rule_id,
                RereadAcceptanceRow.subject == subject,
            )
        )
        if row is None:
            s.add(
                RereadAcceptanceRow(
                    assessment_id=assessment_id,
                    rule_id=rule_id,
                    subject=subject,
                    note=note,
                    updated_at=now(),
                )
            )
        else:
            row.note, row.updated_at = note, now()
        assessments.touch(s, assessment_id)


def withdraw(db: Database, *, assessment_id: int, rule_id: str, subject: str = "") -> None:
    """Take an acceptance back: the finding counts again."""
    with db.session() as s:
        s.execute(
            delete(RereadAcceptanceRow).where(
                RereadAcceptanceRow.assessment_id == assessment_id,
                RereadAcceptanceRow.rule_id == rule_id,
                RereadAcceptanceRow.subject == subject,
            )
        )
        assessments.touch(s, assessment_id)
