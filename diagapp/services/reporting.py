"""Export the monograph PDF and the email draft to funders (the window and the CLI share it).

    export_pdf(db, assessment_id=3, out=Path("monographie.pdf"), lang="fr", anonymize=False)
    export_email(db, assessment_id=3, to="financeur@region.fr", out=Path("envoi.eml"))

Everything is computed from the domain (services.monograph_data), laid out by
diagapp.report, and written atomically: a failed or cancelled export never leaves a half
file nor touches the previous one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypedDict, Unpack

from diagapp.domain.errors import DiagappError, explain_errno
from diagapp.domain.scoring import basis, overall
from diagapp.report.monograph import EDITION_TEAM, EDITIONS, Monograph
from diagapp.services import assessments
from diagapp.services.files import WriteError, explain_os_error, write_atomic
from diagapp.services.monograph_data import gather, parse_sections

Progress = Callable[[int, int], bool]
LANGUAGES = ("fr", "en")


class ExportError(DiagappError):
    pass


class MonographOptions(TypedDict, total=False):
    """What the team chooses about the document; each export passes them on as they are
    (defaults in `monograph`)."""

    lang: str
    anonymize: bool
    sections: str | Sequence[str] | None
    compare: Sequence[int]
    logo: Path | None
    edition: str  # "team" (the full monograph, by default) or "funder"


@dataclass(frozen=True)
class EmailDraft:
    eml: Path
    pdf: Path | None  # the PDF written beside it, when asked
    filename: str  # the attachment's name
    to: str
    subject: str


def section_titles(lang: str = "fr") -> list[tuple[str, str]]:
    """(id, title) of every section the monograph can hold, in document order."""
    from diagapp.report.monograph import SECTIONS
    from diagapp.report.wording import say

    return [(s, say(s, lang)) for s in SECTIONS]


def default_filename(dynamic_name: str, year: int, lang: str = "fr") -> str:
    from diagapp.report.email_draft import pdf_filename

    return pdf_filename(dynamic_name, year, lang)


def edition_filename(name: str, edition: str) -> str:
    """A proposed file name moved to `edition`'s (« monographie-… » ↔ « dossier-financeurs-… »);
    a name the user chose stays as it is."""
    from diagapp.report.funder_email import PREFIX, TEAM_PREFIX

    pairs = [(TEAM_PREFIX[lang], PREFIX[lang]) for lang in LANGUAGES]
    for team, funder in pairs:
        old, new = (funder, team) if edition == EDITION_TEAM else (team, funder)
        if name.startswith(f"{old}-"):
            return new + name[len(old) :]
    return name


def resolve_assessment(db: Any, value: str | int) -> int:
    """An assessment id from "latest" or a number, with a clear message otherwise."""
    if isinstance(value, int):
        return value
    text = str(value).strip().lower()
    if text in ("latest", "derniere", "dernière"):
        return assessments.latest_assessment(db)
    try:
        return int(text)
    except ValueError:
        raise ExportError(
            f"« {value} » n'est pas un numéro d'évaluation (ou « latest » pour la plus récente)."
        ) from None


def _check_destination(out: Path) -> None:
    """Refuse early, before the slow layout, a destination that cannot be written."""
    if out.is_dir():
        raise WriteError(f"{out} est un dossier : indiquez un nom de fichier.")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise WriteError(f"Le dossier {parent} n'existe pas.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise WriteError(explain_os_error(out, PermissionError(13, "Permission denied")))


def _read_logo(logo: Path | None) -> bytes | None:
    if logo is None:
        return None
    if logo.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise ExportError(f"Logo {logo.name} : choisissez une image PNG ou JPEG.")
    try:
        data = logo.read_bytes()
    except OSError as exc:
        raise ExportError(f"Logo illisible : {logo} ({explain_errno(exc)}).") from None
    import io

    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # any decoding failure: the file is not the image it claims to be
        raise ExportError(
            f"Logo illisible : {logo.name} n'est pas une image PNG ou JPEG valide."
        ) from None
    return data


def monograph(
    db: Any,
    *,
    assessment_id: int,
    lang: str = "fr",
    anonymize: bool = False,
    sections: str | Sequence[str] | None = None,
    compare: Sequence[int] = (),
    logo: Path | None = None,
    edition: str = EDITION_TEAM,
) -> Monograph:
    """The monograph's data, ready to lay out."""
    if lang not in LANGUAGES:
        raise ExportError(f"Langue inconnue « {lang} » : choisissez fr ou en.")
    if edition not in EDITIONS:
        raise ExportError(
            f"Édition inconnue « {edition} » : choisissez team (équipe) ou funder (financeurs)."
        )
    if edition != EDITION_TEAM and sections:
        raise ExportError(
            "Le choix des sections vaut pour l'édition de l'équipe ; l'édition pour les "
            "financeurs a toujours les mêmes pages."
        )
    others = [i for i in dict.fromkeys(compare) if i != assessment_id]
    gathered = gather(
        db,
        assessment_id=assessment_id,
        lang=lang,
        anonymize=anonymize,
        sections=parse_sections(sections),
        compare=others,
        logo=_read_logo(logo),
        edition=edition,
    )
    if not (gathered.includes("plan") or gathered.includes("objectives")):
        return gathered
    # the feuille de route: its own section in the team edition, next year's actions under
    # « Ce que nous prévoyons l'an prochain » in the funder edition
    from diagapp.services import plan_report

    road = plan_report.pdf_plan(
        db, assessment_id=assessment_id, lang=lang, anonymize=anonymize, compare=others
    )
    return dataclasses.replace(gathered, plan=road)


def render_pdf(
    db: Any,
    *,
    assessment_id: int,
    invariant: bool = False,
    progress: Progress | None = None,
    **options: Unpack[MonographOptions],
) -> tuple[bytes, Monograph]:
    """The PDF bytes and the data they were made from (nothing written)."""
    from diagapp.report.build import build_pdf

    data = monograph(db, assessment_id=assessment_id, **options)
    return build_pdf(data, invariant=invariant, progress=progress), data


def export_pdf(
    db: Any,
    *,
    assessment_id: int,
    out: Path,
    progress: Progress | None = None,
    invariant: bool = False,
    **options: Unpack[MonographOptions],
) -> Path:
    """Write the monograph PDF at `out` (atomically); return the path written."""
    out = Path(out)
    _check_destination(out)
    pdf, _ = render_pdf(
        db, assessment_id=assessment_id, invariant=invariant, progress=progress, **options
    )
    write_atomic(out, pdf)
    if progress is not None:
        progress(1, 1)
    return out


def _highlights(data: Monograph) -> list[str]:
    """Two or three facts for the email's body, from the same data as the PDF."""
    from diagapp.report.typography import level, percent
    from diagapp.report.wording import say

    lang = data.lang
    facts = []
    score = overall(data.consensus)
    if score is not None:  # on what it rests: unassessed dimensions are absent, not 0
        rests = say("overall_basis", lang, **asdict(basis(data.consensus)))
        facts.append(
            f"maturité d'ensemble : {level(score, lang)} sur 3 ({rests})"
            if lang == "fr"
            else f"overall maturity: {level(score, lang)} out of 3 ({rests})"
        )
    a = data.assessment
    facts.append(
        f"{len(a.participants)} participants de {len(a.colleges)} collèges"
        if lang == "fr"
        else f"{len(a.participants)} participants from {len(a.colleges)} colleges"
    )
    share = data.indicators.own_resource_share
    if share is not None:
        facts.append(
            f"part des ressources propres : {percent(share, lang)}"
            if lang == "fr"
            else f"share of own resources: {percent(share, lang)}"
        )
    return facts


def _funder_words(data: Monograph) -> tuple[str, str, str]:
    """The funder edition's file name, subject and cover note."""
    from diagapp.report import email_draft as draft
    from diagapp.report import funder_email as words

    a, lang = data.assessment, data.lang
    amount = data.value("identity.funder_request_amount")
    return (
        draft.attachment_filename(
            a.dynamic_name, a.date.year, lang, word=words.PREFIX["en" if lang == "en" else "fr"]
        ),
        words.subject(a.dynamic_name, a.date.year, lang),
        words.body(
            a.dynamic_name,
            a.date,
            lang,
            amount if isinstance(amount, int | float) else None,
            str(data.value("identity.funder_request_purpose") or "").strip(),
            str(data.value("identity.funder_request_period") or "").strip(),
        ),
    )


def email_draft(
    data: Monograph,
    pdf: bytes,
    *,
    to: str,
    out: Path,
    sender: str = "",
    when: dt.datetime | None = None,
) -> EmailDraft:
    """Write the .eml draft carrying `pdf` (atomically)."""
    from diagapp.report import email_draft as draft

    a = data.assessment
    filename = draft.attachment_filename(a.dynamic_name, a.date.year, data.lang)
    subject = draft.subject(a.dynamic_name, a.date.year, data.lang)
    if data.for_funder:
        filename, subject, text = _funder_words(data)
    else:
        text = draft.body(a.dynamic_name, a.date, data.lang, _highlights(data))
    eml = draft.build_draft(
        to=to,
        subject_line=subject,
        text=text,
        attachment=pdf,
        filename=filename,
        sender=sender,
        when=when,
    )
    write_atomic(Path(out), eml)
    return EmailDraft(Path(out), None, filename, to, subject)


def export_email(
    db: Any,
    *,
    assessment_id: int,
    to: str,
    out: Path,
    pdf_out: Path | None = None,
    progress: Progress | None = None,
    invariant: bool = False,
    sender: str = "",
    when: dt.datetime | None = None,
    **options: Unpack[MonographOptions],
) -> EmailDraft:
    """Build the PDF and write a .eml draft carrying it (and the PDF too, with `pdf_out`).

    `sender` fills From (optional); `when` dates the draft (default: now)."""
    from diagapp.report.email_draft import check_addresses, check_sender

    if to.strip():
        check_addresses(to)  # a typo in the address is refused before the slow part
    if sender.strip():
        check_sender(sender)
    out = Path(out)
    _check_destination(out)
    if pdf_out is not None:
        _check_destination(Path(pdf_out))
    pdf, data = render_pdf(
        db, assessment_id=assessment_id, invariant=invariant, progress=progress, **options
    )
    written = None
    if pdf_out is not None:
        written = write_atomic(Path(pdf_out), pdf)
    result = email_draft(data, pdf, to=to, out=out, sender=sender, when=when)
    return EmailDraft(result.eml, written, result.filename, result.to, result.subject)
