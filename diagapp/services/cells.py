"""One rule for every text cell the app writes to a spreadsheet (CSV, the xlsx export, the
participant form): it is shown, never run.

Per the OWASP « CSV injection » guidance, a text starting with = + - @, a tab or a line break
(or their full-width forms, which some spreadsheets also read as formulas) gets a leading
apostrophe, so that `=HYPERLINK(…)` stays visible text in Excel and LibreOffice even once the
file is saved again as CSV. Control characters no spreadsheet can hold (NUL, ESC…, which made
openpyxl fail) become U+FFFD; tabs and line breaks inside a text stay.
"""

from __future__ import annotations

import re

FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def cell_text(value: str) -> str:
    """`value` as a spreadsheet cell can show it without evaluating it."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("\ufffd", value)
    if value and value[0] in FORMULA_START:
        return "'" + value
    return value
