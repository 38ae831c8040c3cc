"""How long and what a text the team types may be: one place for every service and the imports.

Names fit on one line of a table or a running header; the territory and other short fields fit
in a cover; long texts (evidence, justification, notes, narratives) stay far above what a
workshop writes but below what breaks the exports. A text outside the limits is refused with a
French message that says which text and by how much, and nothing is stored.
"""

from __future__ import annotations

import unicodedata

from diagapp.domain.errors import DiagappError

MAX_NAME = 200  # dynamic, assessment, participant, structure, college, pseudonym, legal status
MAX_SHORT_TEXT = 500  # one-line fields of the questionnaire (territory…)
MAX_LONG_TEXT = 20_000  # evidence, justification, private note, decision note, long fields
_LINE_BREAKS = frozenset("\n\r\t")


class TextRefused(DiagappError):
    """A text too long, or holding characters no document can carry."""


def _plural(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def check_text(value: str, *, limit: int, what: str, multiline: bool = False) -> str:
    """`value` if it fits `limit` characters and holds no control character (tabs and line
    breaks allowed in `multiline` texts); otherwise TextRefused naming `what` (« Le nom du
    participant »)."""
    if len(value) > limit:
        raise TextRefused(
            f"{what} dépasse la longueur permise : {_plural(len(value))} caractères pour "
            f"{_plural(limit)} au plus. Raccourcissez ce texte."
        )
    for char in value:
        if unicodedata.category(char) == "Cc" and not (multiline and char in _LINE_BREAKS):
            where = "un retour à la ligne" if char in _LINE_BREAKS else "un caractère de contrôle"
            raise TextRefused(
                f"{what} contient {where} (U+{ord(char):04X}) qu'aucun document ne peut "
                "afficher. Retirez-le."
            )
    return value


def check_name(value: str, what: str) -> str:
    """A one-line name (stripped), at most MAX_NAME characters."""
    return check_text(value.strip(), limit=MAX_NAME, what=what)


def check_long_text(value: str, what: str) -> str:
    """A text over several lines, at most MAX_LONG_TEXT characters."""
    return check_text(value, limit=MAX_LONG_TEXT, what=what, multiline=True)
