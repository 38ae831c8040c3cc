"""The .eml draft: an unsent message that mail programs open with the PDF attached."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest

from diagapp.report import email_draft


def test_draft_round_trips_with_its_attachment() -> None:
    pdf = b"%PDF-1.4 fake but exact \x00\xff bytes"
    raw = email_draft.build_draft(
        to="financeur@region.fr, Fondation <contact@fondation.org>",
        subject_line=email_draft.subject("Pôle coopératif du Haut-Vallon", 2026, "fr"),
        text=email_draft.body("Pôle coopératif du Haut-Vallon", dt.date(2026, 11, 14), "fr"),
        attachment=pdf,
        filename="monographie.pdf",
    )
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert "contact@fondation.org" in message["To"]
    assert message["Subject"].startswith("Pôle coopératif du Haut-Vallon")
    assert "monographie d’autodiagnostic 2026" in message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert "Vous trouverez ci-joint la monographie" in body.get_content()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["monographie.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == pdf


def test_english_draft_is_in_english() -> None:
    assert "self-assessment monograph" in email_draft.subject("X", 2026, "en")
    assert email_draft.body("X", dt.date(2026, 1, 2), "en").startswith("Hello,")


@pytest.mark.parametrize("bad", ["pas-une-adresse", "a@b", "financeur@region.fr, oups"])
def test_bad_addresses_are_refused_clearly(bad: str) -> None:
    with pytest.raises(email_draft.AddressError, match="Adresse électronique invalide"):
        email_draft.check_addresses(bad)


def test_file_name_is_plain_ascii() -> None:
    name = email_draft.pdf_filename("Pôle coopératif du Haut-Vallon", 2026)
    assert name == "monographie-pole-cooperatif-du-haut-vallon-2026.pdf"
