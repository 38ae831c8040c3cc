"""« Justification pour les financeurs » says « Visible dans le rapport PDF »: a participant's
justification and evidence reach the PDF, attributed, and anonymised on demand."""

from __future__ import annotations

import io
import re

from pdf_helpers import PARTICIPANT_EVIDENCE, PARTICIPANT_JUSTIFICATION, Made, loose
from pypdf import PdfReader


def _pages_with(made: Made, text: str) -> list[str]:
    reader = PdfReader(io.BytesIO(made.pdf))
    pages = [loose(p.extract_text() or "") for p in reader.pages]
    return [p for p in pages if text in p]


def _near(page: str, text: str, span: int = 160) -> str:
    at = page.index(text)
    return page[max(0, at - span) : at + len(text) + span]


def test_a_participants_justification_and_evidence_are_in_the_pdf(french: Made) -> None:
    who = french.assessment.participants[0].name
    other = french.assessment.participants[1].name
    for text in (PARTICIPANT_EVIDENCE, PARTICIPANT_JUSTIFICATION):
        pages = _pages_with(french, text)
        assert pages, text
        for page in pages:
            assert who in _near(page, text), _near(page, text)  # said by whom
    justified = _pages_with(french, PARTICIPANT_JUSTIFICATION)
    assert any(other in _near(p, PARTICIPANT_JUSTIFICATION) for p in justified)
    # The funders' section carries the justification.
    assert any("Ce que l'équipe tient à vous dire" in p for p in justified)


def test_participants_texts_are_anonymised_with_the_export(anonymous: Made, french: Made) -> None:
    who = french.assessment.participants[0]
    other = french.assessment.participants[1].name
    for text in (PARTICIPANT_EVIDENCE, PARTICIPANT_JUSTIFICATION):
        pages = _pages_with(anonymous, text)
        assert pages, text
        for page in pages:
            near = _near(page, text)
            assert who.name not in near and other not in near
            assert re.search(rf"{re.escape(who.college)} \d", near), near
