"""Funding lines and yearly accounts of an assessment (issue 17): replaced as a whole after
every check passed (a clear French message otherwise, nothing stored)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from diagapp.domain.errors import DiagappError
from diagapp.domain.funder_rows import accounts_problem, duplicate_accounts, line_problem
from diagapp.domain.model import Accounts, FundingLine
from diagapp.services.assessments import _assessment_row, touch
from diagapp.services.clock import now
from diagapp.services.finance_rows import write_accounts, write_lines
from diagapp.storage.database import Database
from diagapp.storage.funding_conversion import ACCOUNTS_FIELD, LINES_FIELD
from diagapp.storage.schema import FieldValueRow, StructureRow

# Field ids that hold, after the conversion of a v1-v3 file, the lines it could not read.
UNREAD_FIELDS = (LINES_FIELD, ACCOUNTS_FIELD)


class FinanceError(DiagappError):
    """A funding line or accounts row the team typed is not plausible."""


def _structures(s: Session, assessment_id: int) -> list[str]:
    return list(
        s.scalars(select(StructureRow.name).where(StructureRow.assessment_id == assessment_id))
    )


def check_lines(lines: Sequence[FundingLine], structures: Sequence[str] = ()) -> None:
    for number, line in enumerate(lines, start=1):
        problem = line_problem(line, structures)
        if problem:
            raise FinanceError(f"Ligne de financement {number} : {problem}")


def check_accounts(accounts: Sequence[Accounts]) -> None:
    for entry in accounts:
        problem = accounts_problem(entry)
        if problem:
            raise FinanceError(f"Comptes {entry.year} de « {entry.structure} » : {problem}")
    problem = duplicate_accounts(accounts)
    if problem:
        raise FinanceError(problem)


def set_funding_lines(db: Database, *, assessment_id: int, lines: Sequence[FundingLine]) -> None:
    """Replace the assessment's funding lines (all checked first: nothing stored otherwise)."""
    with db.session() as s:
        _assessment_row(s, assessment_id)
        check_lines(lines, _structures(s, assessment_id))
        write_lines(s, assessment_id, lines, now())
        touch(s, assessment_id)


def set_accounts(db: Database, *, assessment_id: int, accounts: Sequence[Accounts]) -> None:
    """Replace the assessment's accounts (all checked first: nothing stored otherwise)."""
    with db.session() as s:
        _assessment_row(s, assessment_id)
        check_accounts(accounts)
        write_accounts(s, assessment_id, accounts, now())
        touch(s, assessment_id)


def forget_unread(db: Database, *, assessment_id: int, field_id: str) -> None:
    """The team typed again the lines the conversion could not read: drop that text."""
    if field_id not in UNREAD_FIELDS:
        raise DiagappError(f"Champ inconnu : {field_id}")
    with db.session() as s:
        s.execute(
            delete(FieldValueRow).where(
                FieldValueRow.assessment_id == assessment_id, FieldValueRow.field_id == field_id
            )
        )
        touch(s, assessment_id)
