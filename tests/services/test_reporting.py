"""Exporting the monograph and the email draft: atomic writes, clear failures, options."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from diagapp.domain.errors import DiagappError
from diagapp.report import build
from diagapp.report.document import ExportCancelled
from diagapp.services import assessments, reporting
from diagapp.services.files import WriteError
from diagapp.storage.database import Database

OLD = b"%PDF-1.4 the monograph sent last year"


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def latest(db: Database) -> int:
    return assessments.latest_assessment(db)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where exports go (the demo database lives in folder itself)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_export_writes_a_pdf(demo_db: Database, folder: Path) -> None:
    out = reporting.export_pdf(demo_db, assessment_id=latest(demo_db), out=folder / "m.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert 20 <= len(PdfReader(io.BytesIO(data)).pages) <= 45
    assert [p.name for p in folder.iterdir()] == ["m.pdf"]  # no temporary file left


def test_chosen_sections_only(demo_db: Database) -> None:
    pdf, data = reporting.render_pdf(
        demo_db, assessment_id=latest(demo_db), sections="summary,funding"
    )
    assert data.sections == ("summary", "funding")
    text = text_of(pdf)
    assert "L’essentiel en une page" in text and "Matrice des ressources" in text
    assert "Type de dynamique" not in text  # the identity card
    assert "Tableau complet des éléments" not in text  # the annex
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 4


def test_unknown_section_or_language_is_refused(demo_db: Database, folder: Path) -> None:
    with pytest.raises(DiagappError, match="Section inconnue : sommaire"):
        reporting.export_pdf(demo_db, assessment_id=1, out=folder / "x.pdf", sections="sommaire")
    with pytest.raises(DiagappError, match="Langue inconnue"):
        reporting.export_pdf(demo_db, assessment_id=1, out=folder / "x.pdf", lang="de")
    assert not (folder / "x.pdf").exists()


def test_evolution_section_when_comparing(demo_db: Database) -> None:
    ids = assessments.history(demo_db, dynamic_id=1)
    pdf, data = reporting.render_pdf(
        demo_db, assessment_id=ids[-1], compare=ids[:-1], sections="evolution"
    )
    assert data.evolution is not None
    assert [p.date.year for p in data.evolution.points] == [2024, 2025, 2026]
    text = text_of(pdf).replace("\u202f", " ")
    assert "Évolution d’une année sur l’autre" in text
    assert "Depuis 2024, la maturité d’ensemble de la dynamique est passée de" in text


def test_a_failure_mid_build_leaves_the_previous_pdf(
    demo_db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = folder / "monographie.pdf"
    out.write_bytes(OLD)

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("layout failed half way")

    monkeypatch.setattr(build, "render", broken)
    with pytest.raises(RuntimeError):
        reporting.export_pdf(demo_db, assessment_id=latest(demo_db), out=out)
    assert out.read_bytes() == OLD
    assert [p.name for p in folder.iterdir()] == ["monographie.pdf"]


@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.EROFS, "lecture seule"), (errno.ENOSPC, "Le disque est plein")],
)
def test_read_only_or_full_destination_gets_a_clear_message(
    demo_db: Database,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    message: str,
) -> None:
    out = folder / "monographie.pdf"
    out.write_bytes(OLD)

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError, match=message):
        reporting.export_pdf(demo_db, assessment_id=latest(demo_db), out=out, sections="summary")
    assert out.read_bytes() == OLD


def test_missing_folder_is_refused_before_the_slow_part(
    demo_db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    called = []
    monkeypatch.setattr(build, "render", lambda *a, **k: called.append(1) or b"")
    with pytest.raises(WriteError, match="n'existe pas"):
        reporting.export_pdf(demo_db, assessment_id=1, out=folder / "absent" / "m.pdf")
    with pytest.raises(WriteError, match="est un dossier"):
        reporting.export_pdf(demo_db, assessment_id=1, out=folder)
    assert called == []


def test_cancelling_writes_nothing(demo_db: Database, folder: Path) -> None:
    out = folder / "monographie.pdf"
    out.write_bytes(OLD)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 4  # the user presses « Annuler » after a few pages

    with pytest.raises(ExportCancelled, match="Export annulé"):
        reporting.export_pdf(demo_db, assessment_id=latest(demo_db), out=out, progress=progress)
    assert out.read_bytes() == OLD
    assert len(seen) == 4


def test_progress_is_reported_up_to_the_end(demo_db: Database, folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    reporting.export_pdf(
        demo_db,
        assessment_id=latest(demo_db),
        out=folder / "m.pdf",
        sections="summary,identity",
        progress=lambda done, total: seen.append((done, total)) or True,
    )
    assert seen[0][0] == 0 and seen[-1] == (1, 1)
    assert all(done <= total for done, total in seen)


def test_email_draft_carries_the_same_pdf(demo_db: Database, folder: Path) -> None:
    draft = reporting.export_email(
        demo_db,
        assessment_id=latest(demo_db),
        to="financeur@region.fr",
        out=folder / "envoi.eml",
        pdf_out=folder / "monographie.pdf",
        anonymize=True,
    )
    assert draft.pdf == folder / "monographie.pdf"
    message = message_from_bytes(draft.eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "financeur@region.fr"
    assert "Pôle coopératif du Haut-Vallon" in message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Bonjour" in body.get_content()
    (attachment,) = message.iter_attachments()
    assert (
        attachment.get_filename() == "monographie-pôle-coopératif-du-haut-vallon-2026.pdf"
    )  # accents kept (RFC 2231)
    assert attachment.get_content() == draft.pdf.read_bytes()
    assert "Claire Martin" not in text_of(attachment.get_content())


def test_email_with_a_bad_address_writes_nothing(demo_db: Database, folder: Path) -> None:
    with pytest.raises(DiagappError, match="Adresse électronique invalide"):
        reporting.export_email(demo_db, assessment_id=1, to="oups", out=folder / "x.eml")
    assert list(folder.iterdir()) == []


def test_resolve_assessment(demo_db: Database) -> None:
    assert reporting.resolve_assessment(demo_db, "latest") == latest(demo_db)
    assert reporting.resolve_assessment(demo_db, "2") == 2
    with pytest.raises(DiagappError, match="n'est pas un numéro"):
        reporting.resolve_assessment(demo_db, "dernier-atelier")


def test_logo_on_the_cover(demo_db: Database, folder: Path) -> None:
    from PIL import Image

    logo = folder / "logo.png"
    Image.new("RGB", (120, 60), (31, 95, 91)).save(logo)
    pdf, _ = reporting.render_pdf(
        demo_db, assessment_id=latest(demo_db), sections="cover,summary", logo=logo
    )
    cover = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [
        x.get_object()
        for x in (cover["/Resources"].get("/XObject") or {}).values()
        if x.get_object().get("/Subtype") == "/Image"
    ]
    assert len(images) == 1
    fake = folder / "faux.png"
    fake.write_text("pas une image")
    with pytest.raises(DiagappError, match=r"Logo illisible : faux\.png"):
        reporting.render_pdf(demo_db, assessment_id=1, sections="cover", logo=fake)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_brand_new_empty_assessment_still_gives_a_monograph(db: Database, lang: str) -> None:
    import datetime as dt

    dynamic = assessments.create_dynamic(db, name="Tiers-lieu & Cie <test>")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
    pdf, data = reporting.render_pdf(db, assessment_id=aid, lang=lang)
    text = text_of(pdf)
    assert "Tiers-lieu & Cie <test>" in text
    assert data.indicators.public_dependence is None
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 10
