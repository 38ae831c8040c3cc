"""Helpers shared by the monograph tests: reading a PDF's text, the secrets planted."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from diagapp.domain.model import Assessment
from diagapp.report.monograph import Monograph

SECRET = "NOTE-PRIVEE-7391 ne jamais montrer"
PARTICIPANT_SECRET = "Avis personnel réservé 5518"
# A participant's own evidence and funder-visible justification (item 1.1): the PDF shows them.
PARTICIPANT_EVIDENCE = "Diagnostic partagé de 2023 avec la mairie 4471"
PARTICIPANT_JUSTIFICATION = "Le besoin a été confirmé au forum de janvier 8829"


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


def with_texts(m: Monograph, **changes: str) -> Monograph:
    """`m` with long or odd texts: consensus evidence and justification of item 1.1, the
    territory, the dynamic's name."""
    a = m.assessment
    answers = []
    for answer in a.answers:
        if answer.participant_id is None and answer.item_id == "ressort.besoin_territoire":
            answer = dataclasses.replace(
                answer,
                evidence=changes.get("evidence", answer.evidence),
                justification=changes.get("justification", answer.justification),
            )
        answers.append(answer)
    fields = dict(a.fields)
    if "territory" in changes:
        fields["identity.territory"] = changes["territory"]
    a = dataclasses.replace(
        a,
        answers=tuple(answers),
        fields=fields,
        dynamic_name=changes.get("name", a.dynamic_name),
    )
    return dataclasses.replace(m, assessment=a)


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn on a page: where it starts, in points from the bottom left."""

    x: float
    y: float
    text: str


def text_runs(page: object) -> list[Run]:
    """Every text run on a pypdf page, with its position."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append(Run(x, y, text))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return runs
