"""The email draft to funders: a .eml message (`X-Unsent: 1`) with the PDF attached.

`mailto:` cannot carry an attachment; a .eml draft opens as a new message, ready to send,
in common mail programs (Thunderbird, Outlook, Apple Mail). Pure standard library.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from diagapp.domain.errors import DiagappError
from diagapp.report.typography import NBSP, NNBSP, long_date, typeset


class AddressError(DiagappError):
    pass


def slug(text: str) -> str:
    """« Pôle coopératif du Haut-Vallon » → pole-cooperatif-du-haut-vallon."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "dynamique"


def pdf_filename(dynamic: str, year: int, lang: str = "fr") -> str:
    word = "monograph" if lang == "en" else "monographie"
    return f"{word}-{slug(dynamic)}-{year}.pdf"


def attachment_filename(dynamic: str, year: int, lang: str = "fr", word: str = "") -> str:
    """The attached PDF's name as the funder sees it, accents kept (sent per RFC 2231):
    « monographie-pôle-coopératif-du-haut-vallon-2026.pdf »; `word` replaces « monographie »
    (the funder edition's « dossier-financeurs »)."""
    word = word or ("monograph" if lang == "en" else "monographie")
    name = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", dynamic).lower()).strip("-")
    return f"{word}-{name[:80].strip('-') or 'dynamique'}-{year}.pdf"


def _one_line(text: str) -> str:
    """A header's text on one line: line breaks and other control characters (a name typed
    with one, or from old data) become spaces, where the mail library raised ValueError."""
    cleaned = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(cleaned.split())


def _no_line_breaks(text: str, what: str) -> None:
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise AddressError(
            f"{what} contient un retour à la ligne ou un caractère de contrôle : indiquez les "
            "adresses sur une seule ligne, séparées par des virgules."
        )


def check_sender(sender: str) -> str:
    """One sender address (« Nom <adresse> » or « adresse »), or AddressError."""
    _no_line_breaks(sender, "L'adresse de l'expéditeur")
    found = check_addresses(sender)
    if len(found) != 1:
        raise AddressError("Indiquez une seule adresse d'expéditeur.")
    return found[0]


def check_addresses(to: str) -> list[str]:
    """Comma-separated addresses, each with an @ and a domain; a clear message otherwise."""
    _no_line_breaks(to, "La liste des destinataires")
    found = []
    for part in to.split(","):
        part = part.strip()
        if not part:
            continue
        _, address = parseaddr(part)
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
            raise AddressError(
                f"Adresse électronique invalide : « {part} ». Exemple : financeur@region.fr"
            )
        found.append(part)
    if not found:
        raise AddressError("Indiquez au moins une adresse de destinataire.")
    return found


def subject(dynamic: str, year: int, lang: str) -> str:
    dynamic = _one_line(dynamic)
    if lang == "en":
        return f"{dynamic}: our {year} self-assessment monograph"
    # Plain no-break spaces: some mail fonts lack the narrow one.
    return typeset(f"{dynamic} : notre monographie d'autodiagnostic {year}", "fr").replace(
        NNBSP, NBSP
    )


def body(dynamic: str, day: dt.date, lang: str, highlights: list[str] | None = None) -> str:
    """A short, plain-text cover note; `highlights` are a few sentences from the summary."""
    lines: list[str]
    if lang == "en":
        lines = [
            "Hello,",
            "",
            f"Please find attached the monograph of {dynamic}, written by our team after its "
            f"self-assessment workshop of {long_date(day, 'en')}.",
            "It follows the analysis framework of the Labo de l'ESS report “Collective "
            "dynamics of transitions in the territories” (2020): the five dimensions, our "
            "governance and funding model, and the report's proposals that fit our situation, "
            "including those addressed to funders.",
        ]
        if highlights:
            lines += ["", "In short:"] + [f"- {h}" for h in highlights]
        lines += ["", "We would be glad to discuss it with you.", "", f"The {dynamic} team"]
    else:
        lines = [
            "Bonjour,",
            "",
            f"Vous trouverez ci-joint la monographie de {dynamic}, rédigée par notre équipe à "
            f"l'issue de son atelier d'autodiagnostic du {long_date(day, 'fr')}.",
            "Elle suit le cadre d'analyse du rapport du Labo de l'ESS « Dynamiques collectives "
            "de transitions dans les territoires » (2020) : les cinq dimensions, notre "
            "gouvernance et notre modèle économique, et les propositions du rapport qui "
            "correspondent à notre situation, dont celles adressées aux financeurs.",
        ]
        if highlights:
            lines += ["", "En bref :"] + [f"- {h}" for h in highlights]
        lines += [
            "",
            "Nous serions heureux d'en échanger avec vous.",
            "",
            f"L'équipe de {dynamic}",
        ]
    text = "\n".join(lines) + "\n"
    return typeset(text, "fr").replace(NNBSP, NBSP) if lang == "fr" else text


def build_draft(
    *,
    to: str,
    subject_line: str,
    text: str,
    attachment: bytes,
    filename: str,
    sender: str = "",
    when: dt.datetime | None = None,
) -> bytes:
    """The .eml bytes: an unsent draft with the PDF attached (`to` may be left empty).

    `when` (aware; default now) dates the draft; the Message-ID names no machine."""
    message = EmailMessage(policy=default)
    if sender.strip():
        name, address = parseaddr(check_sender(sender))
        message["From"] = formataddr((name, address))
    if to.strip():
        message["To"] = ", ".join(check_addresses(to))
    message["Subject"] = _one_line(subject_line)
    message["Date"] = format_datetime(when or dt.datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain="diagapp.invalid")
    message["X-Unsent"] = "1"
    message.set_content(text)
    message.add_attachment(
        attachment, maintype="application", subtype="pdf", filename=_one_line(filename)
    )
    for part in message.iter_parts():  # MIME-Version belongs to the message, not its parts
        del part["MIME-Version"]
    return message.as_bytes()
