"""`diagapp export pdf` and `diagapp export email`: what a script or a user at a terminal sees."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from diagapp.cli import main


def pages_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_export_pdf_latest_in_english_with_comparison(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "monograph.pdf"
    code = main(
        [
            "export", "pdf", "--db", str(demo_path), "--assessment", "latest",
            "--out", str(out), "--lang", "en", "--compare", "previous",
        ]
    )  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Monographie écrite : {out}")
    text = pages_text(out)
    assert "Year-over-year changes" in text
    assert "At a glance" in text


def test_export_pdf_anonymized_and_chosen_sections(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    code = main(
        [
            "export", "pdf", "--db", str(demo_path), "--assessment", "3", "--out", str(out),
            "--anonymize", "--sections", "identity,annex",
        ]
    )  # fmt: skip
    assert code == 0
    text = pages_text(out)
    assert "Participants par collège" in text
    assert "Claire Martin" not in text and "Collectivités 1" in text
    assert "L’essentiel en une page" not in text


def test_export_email_writes_a_draft(demo_path: Path, tmp_path: Path) -> None:
    eml, pdf = tmp_path / "envoi.eml", tmp_path / "monographie.pdf"
    code = main(
        [
            "export", "email", "--db", str(demo_path), "--assessment", "latest",
            "--to", "financeur@region.fr", "--out", str(eml), "--pdf", str(pdf),
        ]
    )  # fmt: skip
    assert code == 0
    message = message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    (attachment,) = message.iter_attachments()
    assert attachment.get_content() == pdf.read_bytes()
    assert len(PdfReader(io.BytesIO(pdf.read_bytes())).pages) > 10


def test_export_pdf_funder_edition(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team, funder = tmp_path / "team.pdf", tmp_path / "funder.pdf"
    base = ["export", "pdf", "--db", str(demo_path)]
    assert main([*base, "--out", str(team)]) == 0  # the team's monograph stays the default
    assert main([*base, "--out", str(funder), "--edition", "funder"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Dossier pour les financeurs écrit")
    assert "Dossier pour les financeurs" not in pages_text(team)
    assert len(PdfReader(team).pages) > 10
    text = pages_text(funder)
    assert "Dossier pour les financeurs" in text and "Notre demande" in text
    assert len(PdfReader(funder).pages) <= 8


def test_export_email_funder_edition(demo_path: Path, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 120, 40)).save(logo)
    eml = tmp_path / "envoi.eml"
    code = main(
        [
            "export", "email", "--db", str(demo_path), "--to", "financeur@region.fr",
            "--out", str(eml), "--edition", "funder", "--lang", "en", "--logo", str(logo),
        ]
    )  # fmt: skip
    assert code == 0
    message = message_from_bytes(eml.read_bytes(), policy=default)
    assert "brief for funders" in message["Subject"]
    assert "Our request: €135,000 for 2027-2029" in message.get_body().get_content()
    (attachment,) = message.iter_attachments()
    # accents kept in the attachment (RFC 2231), as in the team edition
    assert attachment.get_filename() == "funder-brief-pôle-coopératif-du-haut-vallon-2026.pdf"
    pdf = PdfReader(io.BytesIO(attachment.get_content()))
    assert len(pdf.pages) <= 8 and "Brief for funders" in pdf.pages[0].extract_text()
    assert len(pdf.pages[0].images) == 1  # the logo beside the front sheet's title


def test_export_email_with_a_logo_on_the_cover(demo_path: Path, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.jpg"
    Image.new("RGB", (90, 90), (200, 120, 40)).save(logo)
    eml = tmp_path / "envoi.eml"
    code = main(
        [
            "export", "email", "--db", str(demo_path), "--to", "financeur@region.fr",
            "--out", str(eml), "--sections", "cover", "--logo", str(logo),
        ]
    )  # fmt: skip
    assert code == 0
    (attachment,) = message_from_bytes(eml.read_bytes(), policy=default).iter_attachments()
    assert len(PdfReader(io.BytesIO(attachment.get_content())).pages[0].images) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--assessment", "99"], "Évaluation n° 99 introuvable"),
        (["--sections", "couverture"], "Section inconnue : couverture"),
        (["--assessment", "dernier"], "n'est pas un numéro d'évaluation"),
        (["--edition", "funder", "--sections", "cover"], "l'édition pour les financeurs"),
    ],
)
def test_user_errors_are_one_clear_line(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["export", "pdf", "--db", str(demo_path), "--out", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("diagapp : ") and message in err
    assert not out.exists()


def test_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "absente.sqlite"
    code = main(["export", "pdf", "--db", str(db), "--out", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "n'existe pas" in capsys.readouterr().err
    assert not db.exists()


def test_a_bad_address_in_a_real_process_shows_no_traceback(
    demo_path: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            sys.executable, "-m", "diagapp.cli", "export", "email", "--db", str(demo_path),
            "--to", "pas-une-adresse", "--out", str(tmp_path / "x.eml"),
        ],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "diagapp : Adresse électronique invalide : « pas-une-adresse ». "
        "Exemple : financeur@region.fr"
    )
