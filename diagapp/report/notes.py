"""Line references to the report (« (l. 897-898) ») taken out of running text: a funder reads
a small note number there, and the section ends with the references. Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A parenthesis holding a line or page reference, as typeset (« l.\u00a0847 »), with the space
# before it: « (l. 157-181) », « (rapport, l. 847) », « (annexe 1, l. 1406-1494 [voir…]) ».
_REFERENCE = re.compile(r"[ \u00a0\u202f]?\(([^()<>]*?\b[lp]\.[\u00a0\u202f ]\d[^()<>]*)\)")


@dataclass
class Notes:
    """The references taken so far; numbers run through the whole document."""

    pending: list[tuple[int, str]] = field(default_factory=list)
    count: int = 0

    def take(self, markup: str) -> str:
        """`markup` with each parenthesised reference replaced by a superscript number."""
        return _REFERENCE.sub(self._number, markup)

    def _number(self, found: re.Match[str]) -> str:
        text = found.group(1).strip()
        same = next((n for n, t in self.pending if t == text), None)  # once per section
        if same is None:
            self.count += 1
            same = self.count
            self.pending.append((same, text))
        return f"<super>{same}</super>"

    def flush(self) -> list[tuple[int, str]]:
        """The references taken since the last flush (the end of the previous section)."""
        taken, self.pending = self.pending, []
        return taken
