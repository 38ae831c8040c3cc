"""Funding lines and yearly accounts of an assessment as rows (issue 17): read as domain data,
written as a whole, carried forward to next year's assessment while they run. The checks and
the use cases that edit them are in services.finances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from diagapp.domain.funder_rows import (
    ACCOUNT_FIELDS,
    first_day,
    last_day,
    month_text,
    still_running,
)
from diagapp.domain.model import Accounts, FundingLine
from diagapp.services.clock import now
from diagapp.storage.schema import AccountsRow, AssessmentRow, FundingLineRow


def _day(text: str | None, last: bool) -> dt.date | None:
    if not text:
        return None
    year, month = int(text[:4]), int(text[5:7])
    return last_day(year, month) if last else first_day(year, month)


def _line(row: FundingLineRow) -> FundingLine:
    return FundingLine(
        funder=row.funder,
        purpose=row.purpose,
        amount=row.amount_eur,
        ends=_day(row.end_month, last=True),
        kind=row.kind,
        starts=_day(row.start_month, last=False),
        structure=row.structure,
    )


def _accounts(row: AccountsRow) -> Accounts:
    return Accounts(row.structure, {k: getattr(row, k) for k in ACCOUNT_FIELDS}, row.year)


def line_rows(s: Session, assessment_id: int) -> list[FundingLineRow]:
    """The assessment's funding lines in the team's order."""
    return list(
        s.scalars(
            select(FundingLineRow)
            .where(FundingLineRow.assessment_id == assessment_id)
            .order_by(FundingLineRow.position, FundingLineRow.id)
        )
    )


def account_rows(s: Session, assessment_id: int) -> list[AccountsRow]:
    """The assessment's accounts, by structure then year."""
    return list(
        s.scalars(
            select(AccountsRow)
            .where(AccountsRow.assessment_id == assessment_id)
            .order_by(AccountsRow.structure, AccountsRow.year)
        )
    )


def load(s: Session, assessment_id: int) -> tuple[tuple[FundingLine, ...], tuple[Accounts, ...]]:
    lines = line_rows(s, assessment_id)
    return tuple(_line(r) for r in lines), tuple(
        _accounts(r) for r in account_rows(s, assessment_id)
    )


def write_lines(s: Session, assessment_id: int, lines: Sequence[FundingLine], stamp: str) -> None:
    s.execute(delete(FundingLineRow).where(FundingLineRow.assessment_id == assessment_id))
    for position, line in enumerate(lines):
        s.add(
            FundingLineRow(
                assessment_id=assessment_id,
                position=position,
                funder=line.funder.strip(),
                purpose=line.purpose.strip(),
                kind=line.kind,
                amount_eur=line.amount,
                start_month=month_text(line.starts) or None,
                end_month=month_text(line.ends) or None,
                structure=line.structure,
                updated_at=stamp,
            )
        )


def write_accounts(
    s: Session, assessment_id: int, accounts: Sequence[Accounts], stamp: str
) -> None:
    s.execute(delete(AccountsRow).where(AccountsRow.assessment_id == assessment_id))
    s.flush()
    for entry in accounts:
        s.add(
            AccountsRow(
                assessment_id=assessment_id,
                structure=entry.structure.strip(),
                year=entry.year,
                updated_at=stamp,
                **{k: entry.value(k) for k in ACCOUNT_FIELDS},
            )
        )


def copy_forward(s: Session, *, source_id: int, target_id: int) -> None:
    """Next year's assessment opens with the funding lines that have not ended by its date
    (accounts are a year's: they stay with theirs)."""
    target = s.get(AssessmentRow, target_id)
    assert target is not None
    lines, _ = load(s, source_id)
    running = still_running(lines, dt.date.fromisoformat(target.date))
    write_lines(s, target_id, running, now())


def rename_structure(s: Session, assessment_id: int, old: str, new: str) -> None:
    """Funding lines and accounts name their structure: they follow its new name (accounts
    only where that name has no accounts of the same year yet)."""
    if old == new:
        return
    s.execute(
        update(FundingLineRow)
        .where(FundingLineRow.assessment_id == assessment_id, FundingLineRow.structure == old)
        .values(structure=new)
    )
    taken = select(AccountsRow.year).where(
        AccountsRow.assessment_id == assessment_id, AccountsRow.structure == new
    )
    s.execute(
        update(AccountsRow)
        .where(
            AccountsRow.assessment_id == assessment_id,
            AccountsRow.structure == old,
            AccountsRow.year.not_in(taken.scalar_subquery()),
        )
        .values(structure=new)
        .execution_options(synchronize_session=False)
    )


def forget_structure(s: Session, assessment_id: int, name: str, remaining: Sequence[str]) -> None:
    """A structure removed from the matrix: its funding lines go to the whole dynamic (unless
    another structure has the same name); its accounts stay, under its name."""
    if name in remaining:
        return
    s.execute(
        update(FundingLineRow)
        .where(FundingLineRow.assessment_id == assessment_id, FundingLineRow.structure == name)
        .values(structure="")
    )
