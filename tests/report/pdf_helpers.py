"""Helpers shared by the monograph tests: reading a PDF's text, the secrets planted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diagapp.domain.model import Assessment

SECRET = "NOTE-PRIVEE-7391 ne jamais montrer"
PARTICIPANT_SECRET = "Avis personnel réservé 5518"


@dataclass(frozen=True)
class Made:
    pdf: bytes
    text: str  # every page's text, then the metadata and the bookmarks
    assessment: Assessment


def flat(text: str) -> str:
    """Line breaks and plain spaces collapsed; curly apostrophes and no-break spaces kept."""
    return re.sub(r"[ \n]+", " ", text)


def loose(text: str) -> str:
    """For matching titles: no-break spaces as spaces, curly apostrophes as straight ones."""
    return flat(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'"))


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    parts = [page.extract_text() or "" for page in reader.pages]
    meta = reader.metadata or {}
    parts += [str(v) for v in meta.values()]

    def outline(items: list) -> None:  # type: ignore[type-arg]
        for entry in items:
            if isinstance(entry, list):
                outline(entry)
            else:
                parts.append(str(entry.title))

    outline(reader.outline)
    return "\n".join(parts)
