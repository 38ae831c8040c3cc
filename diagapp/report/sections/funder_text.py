"""Text helpers the funder edition's pages share: no report line numbers, free-text lines.

Apart from `funder_edition` (which imports every page) so that no page imports it back.
"""

from __future__ import annotations

import re

# « (l. 802, l. 836-913) », « l.197 »: a reference to a line of the report, as the app's
# texts write them (a team's « 3 lignes de bus » is left alone).
LINE_REFS = re.compile(
    r"\s*\((?:\s*l\.[\s\u202f\u00a0]*\d+(?:[-–]\d+)?[,;]?)+\s*\)"
    r"|(?<!\w)l\.[\s\u202f\u00a0]*\d+(?:[-–]\d+)?"
)


def no_line_refs(text: str) -> str:
    """`text` without its references to report lines (a funder has no line-numbered copy)."""
    return LINE_REFS.sub("", text)


def text_lines(value: object) -> list[str]:
    """A free-text answer's non-empty lines, without list marks (« - », « • »)."""
    if not isinstance(value, str):
        return []
    lines = [line.strip().lstrip("-•*").strip() for line in value.splitlines()]
    return [line for line in lines if line]
