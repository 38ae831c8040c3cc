"""Schema step 4's data: the funding lines and accounts that v1-v3 kept as fixed-format texts
(`identity.funder_funding_lines`, `identity.funder_accounts`) become rows, once.

What the texts' reading understood becomes rows; a line it could not read stays, alone, in
the text field, where the window shows it to be typed again: nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from diagapp.domain.funder_rows import ACCOUNT_FIELDS, accounts_from_text, lines_from_text

LINES_FIELD = "identity.funder_funding_lines"
ACCOUNTS_FIELD = "identity.funder_accounts"


def _month(day: dt.date | None) -> str | None:
    return f"{day.year:04d}-{day.month:02d}" if day else None


def _keep_unread(conn: sqlite3.Connection, row_id: int, unread: tuple[str, ...]) -> None:
    if unread:
        value = json.dumps("\n".join(unread), ensure_ascii=False)
        conn.execute("UPDATE field_values SET value_json = ? WHERE id = ?", (value, row_id))
    else:
        conn.execute("DELETE FROM field_values WHERE id = ?", (row_id,))


def funding_texts_to_rows(conn: sqlite3.Connection) -> None:
    found = conn.execute(
        "SELECT f.id, f.assessment_id, f.field_id, f.value_json, f.updated_at, a.date "
        "FROM field_values f JOIN assessments a ON a.id = f.assessment_id "
        "WHERE f.field_id IN (?, ?) ORDER BY f.id",
        (LINES_FIELD, ACCOUNTS_FIELD),
    ).fetchall()
    for row_id, assessment_id, field_id, value_json, stamp, date in found:
        try:
            text = json.loads(value_json)
        except ValueError:
            continue  # not ours to judge: left as it is
        if field_id == LINES_FIELD:
            lines, unread = lines_from_text(text)
            conn.executemany(
                "INSERT INTO funding_lines (assessment_id, position, funder, purpose, kind, "
                "amount_eur, start_month, end_month, structure, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
                [
                    (
                        assessment_id,
                        position,
                        line.funder,
                        line.purpose,
                        line.kind,
                        line.amount,
                        _month(line.starts),
                        _month(line.ends),
                        stamp,
                    )
                    for position, line in enumerate(lines)
                ],
            )
        else:
            year = dt.date.fromisoformat(str(date)[:10]).year
            accounts, unread = accounts_from_text(text, year)
            names = ", ".join(ACCOUNT_FIELDS)
            marks = ", ".join("?" for _ in ACCOUNT_FIELDS)
            for entry in accounts:
                conn.execute(
                    f"INSERT INTO accounts (assessment_id, structure, year, {names}, updated_at) "
                    f"VALUES (?, ?, ?, {marks}, ?)",
                    (
                        assessment_id,
                        entry.structure,
                        year,
                        *(entry.value(k) for k in ACCOUNT_FIELDS),
                        stamp,
                    ),
                )
        _keep_unread(conn, row_id, unread)
