"""Funding lines and accounts in the JSON export and its merge-import (services.exchange).

An assessment's funding lines travel as one block: the file's replace this database's when
they are newer (their latest `updated_at`), as a whole, since a line has no identity of its
own. Accounts are merged one structure and year at a time, the newer winning. A file made
before the rows existed carries the fixed-format texts: they are read into rows as a
database of that time is (storage.funding_conversion), and what cannot be read stays text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diagapp.domain.funder_rows import (
    ACCOUNT_FIELDS,
    accounts_from_text,
    accounts_problem,
    first_day,
    last_day,
    line_problem,
    lines_from_text,
    parse_month,
)
from diagapp.domain.model import Accounts, FundingLine
from diagapp.services import finance_rows
from diagapp.storage.funding_conversion import ACCOUNTS_FIELD, LINES_FIELD
from diagapp.storage.schema import AccountsRow, FieldValueRow, FundingLineRow

# Fields of files made before the rows: read into rows on import, not as fields.
OLD_TEXT_FIELDS = (LINES_FIELD, ACCOUNTS_FIELD)
LINE_KEYS = ("funder", "purpose", "kind", "amount_eur", "start_month", "end_month", "structure")


def old_text(a: Mapping[str, Any], field_id: str) -> bool:
    """A fixed-format text of a file made before the rows (read into rows by merge)."""
    return field_id in OLD_TEXT_FIELDS and "funding_lines" not in a


def export(s: Session, assessment_id: int) -> dict[str, Any]:
    lines = finance_rows.line_rows(s, assessment_id)
    accounts = finance_rows.account_rows(s, assessment_id)
    return {
        "funding_lines": [
            {k: getattr(r, k) for k in LINE_KEYS} | {"updated_at": r.updated_at} for r in lines
        ],
        "accounts": [
            {"structure": r.structure, "year": r.year}
            | {k: getattr(r, k) for k in ACCOUNT_FIELDS}
            | {"updated_at": r.updated_at}
            for r in accounts
        ],
    }


# --- checking a file ---------------------------------------------------------------------


def _month(value: Any, last: bool) -> dt.date | None:
    if value is None:
        return None
    found = parse_month(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"mois {value!r} invalide (attendu AAAA-MM)")
    return last_day(*found) if last else first_day(*found)


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"nombre attendu, pas {value!r}")
    return float(value)


def line_of(r: Mapping[str, Any]) -> FundingLine:
    """A line of the file as domain data; ValueError in French when a value has a wrong type."""
    texts = [r.get(k, "") for k in ("funder", "purpose", "kind", "structure")]
    if not all(isinstance(t, str) for t in texts):
        raise ValueError("texte attendu pour le financeur, l'objet, la nature et la structure")
    amount = _number(r.get("amount_eur"))
    return FundingLine(
        texts[0],
        texts[1],
        round(amount) if amount is not None else None,
        _month(r.get("end_month"), last=True),
        kind=texts[2],
        starts=_month(r.get("start_month"), last=False),
        structure=texts[3],
    )


def accounts_of(r: Mapping[str, Any]) -> Accounts:
    year = r.get("year")
    if not isinstance(r.get("structure"), str) or not isinstance(year, int):
        raise ValueError("structure et année attendues")
    return Accounts(r["structure"], {k: _number(r.get(k)) for k in ACCOUNT_FIELDS}, year)


def validate(
    a: Mapping[str, Any],
    fail: Callable[[str], Exception],
    timestamp: Callable[[str, str], None],
) -> None:
    """Raise fail(message) at the first funding line or accounts row that is not plausible
    (`timestamp` checks an `updated_at` as the rest of the file's)."""
    for key, read, problem in (
        ("funding_lines", line_of, lambda x: line_problem(x)),
        ("accounts", accounts_of, lambda x: accounts_problem(x)),
    ):
        rows = a.get(key, [])
        if not isinstance(rows, list):
            raise fail(f"liste « {key} » invalide")
        for number, r in enumerate(rows, start=1):
            if not isinstance(r, Mapping) or not isinstance(r.get("updated_at"), str):
                raise fail(f"{key} n° {number} : objet avec « updated_at » attendu")
            timestamp(r["updated_at"], "updated_at")
            try:
                said = problem(read(r))
            except ValueError as exc:
                said = str(exc)
            if said:
                raise fail(f"{key} n° {number} : {said}")


# --- merging -----------------------------------------------------------------------------


def _newest(stamps: list[str]) -> str:
    return max(stamps, default="")


def merge(s: Session, assessment_id: int, a: Mapping[str, Any]) -> None:
    if "funding_lines" not in a and "accounts" not in a:
        _from_old_texts(s, assessment_id, a)
        return
    incoming = a.get("funding_lines", [])
    known = list(
        s.scalars(select(FundingLineRow).where(FundingLineRow.assessment_id == assessment_id))
    )
    theirs = _newest([r["updated_at"] for r in incoming])
    if incoming and theirs > _newest([r.updated_at for r in known]):
        finance_rows.write_lines(s, assessment_id, [line_of(r) for r in incoming], theirs)
    rows = {
        (r.structure, r.year): r
        for r in s.scalars(select(AccountsRow).where(AccountsRow.assessment_id == assessment_id))
    }
    for r in a.get("accounts", []):
        entry = accounts_of(r)
        row = rows.get((entry.structure, entry.year))
        if row is None:
            row = AccountsRow(assessment_id=assessment_id, structure=entry.structure)
            row.year, row.updated_at = entry.year, ""
            s.add(row)
            rows[(entry.structure, entry.year)] = row
        if r["updated_at"] > row.updated_at:
            for k in ACCOUNT_FIELDS:
                setattr(row, k, entry.value(k))
            row.updated_at = r["updated_at"]


def _from_old_texts(s: Session, assessment_id: int, a: Mapping[str, Any]) -> None:
    """A file made before the rows: its texts become rows when this assessment has none."""
    date = dt.date.fromisoformat(a["date"])
    has_lines, has_accounts = (
        s.scalar(select(table.id).where(table.assessment_id == assessment_id).limit(1))
        for table in (FundingLineRow, AccountsRow)
    )
    for f in a.get("fields", []):
        unread: tuple[str, ...] = ()
        if f["field_id"] == LINES_FIELD and not has_lines:
            lines, unread = lines_from_text(f["value"])
            finance_rows.write_lines(s, assessment_id, lines, f["updated_at"])
        elif f["field_id"] == ACCOUNTS_FIELD and not has_accounts:
            accounts, unread = accounts_from_text(f["value"], date.year)
            finance_rows.write_accounts(s, assessment_id, accounts, f["updated_at"])
        else:
            continue
        taken = s.scalar(
            select(FieldValueRow.id).where(
                FieldValueRow.assessment_id == assessment_id,
                FieldValueRow.field_id == f["field_id"],
            )
        )
        if unread and taken is None:
            s.add(
                FieldValueRow(
                    assessment_id=assessment_id,
                    field_id=f["field_id"],
                    value_json=json.dumps("\n".join(unread), ensure_ascii=False),
                    updated_at=f["updated_at"],
                )
            )
