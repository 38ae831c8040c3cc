"""The .eml draft: an unsent message that mail programs open with the PDF attached."""

from __future__ import annotations

import datetime as dt
import re
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


WHEN = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
DYNAMIC = "Pôle coopératif du Haut-Vallon"


def _draft(**changes: object) -> tuple[bytes, EmailMessage]:
    arguments: dict[str, object] = {
        "to": "financeur@region.fr",
        "subject_line": email_draft.subject(DYNAMIC, 2026, "fr"),
        "text": "Bonjour,\n",
        "attachment": b"%PDF-1.4",
        "filename": email_draft.attachment_filename(DYNAMIC, 2026),
        "when": WHEN,
    }
    arguments.update(changes)
    raw = email_draft.build_draft(**arguments)  # type: ignore[arg-type]
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return raw, message


def test_draft_has_date_message_id_and_optional_sender() -> None:
    _, message = _draft(sender="Équipe du Pôle <equipe@pole.fr>")
    assert message["Date"] == "Fri, 20 Nov 2026 09:30:00 +0100"
    assert re.fullmatch(r"<[^<>@\s]+@diagapp\.invalid>", str(message["Message-ID"]))
    assert message["From"].addresses[0].addr_spec == "equipe@pole.fr"
    assert message["From"].addresses[0].display_name == "Équipe du Pôle"
    _, without = _draft()
    assert without["From"] is None and without["Date"] is not None
    assert _draft()[1]["Message-ID"] != without["Message-ID"]


def test_mime_version_only_on_the_message() -> None:
    raw, message = _draft()
    assert raw.count(b"MIME-Version") == 1
    assert all(part["MIME-Version"] is None for part in message.iter_parts())


def test_attachment_name_keeps_its_accents_per_rfc_2231() -> None:
    raw, message = _draft()
    name = "monographie-pôle-coopératif-du-haut-vallon-2026.pdf"
    assert [a.get_filename() for a in message.iter_attachments()] == [name]
    assert re.search(rb"filename\*(0\*)?=utf-8''monographie-p%C3%B4le-coop%C3%A9ratif", raw)


@pytest.mark.parametrize(
    "to", ["financeur@region.fr\nBcc: espion@ailleurs.fr", "a@b.fr\r\n", "a@b.fr,\x0bc@d.fr"]
)
def test_a_line_break_in_the_addresses_is_a_clear_refusal(to: str) -> None:
    with pytest.raises(email_draft.AddressError, match="retour à la ligne"):
        _draft(to=to)
    with pytest.raises(email_draft.AddressError, match="retour à la ligne"):
        _draft(to="a@b.fr", sender=to)


@pytest.mark.parametrize("name", ["Pôle\ncoopératif", "Pôle\x0bcoopératif", "Pôle\x0ccoopératif"])
def test_a_control_character_in_the_name_stays_out_of_the_headers(name: str) -> None:
    _, message = _draft(
        subject_line=email_draft.subject(name, 2026, "fr"),
        filename=email_draft.attachment_filename(name, 2026),
    )
    assert message["Subject"].startswith("Pôle coopératif : notre monographie")
    assert [a.get_filename() for a in message.iter_attachments()] == [
        "monographie-pôle-coopératif-2026.pdf"
    ]
