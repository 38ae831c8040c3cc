"""A participant form that is a zip bomb: a few megabytes that unpack to hundreds. The zip's
directory is checked before anything is unpacked, so the refusal costs little memory."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from diagapp.services import answers, assessments, forms, forms_import
from diagapp.services.files import ReadRefused, check_zip_directory
from diagapp.storage.database import Database

SHEET = "xl/worksheets/sheet2.xml"  # the « Questionnaire » sheet


@pytest.fixture
def form(db: Database, tmp_path: Path) -> tuple[Path, int]:
    dynamic = assessments.create_dynamic(db, name="Monnaie locale du Pays")
    aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 10, 1))
    answers.add_participant(db, assessment_id=aid, name="Marc", college="Associations")
    path = tmp_path / "form.xlsx"
    forms.export_form(db, assessment_id=aid, participant="Marc", path=path)
    return path, aid


def _bomb(form: Path, target: Path, padding_mb: int) -> Path:
    """The same form whose items sheet carries `padding_mb` MB of spaces (valid XML)."""
    with (
        zipfile.ZipFile(form) as source,
        zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename != SHEET:
                out.writestr(info, data)
                continue
            head, rest = data.split(b"<sheetData>", 1)
            with out.open(SHEET, "w", force_zip64=True) as member:
                member.write(head)
                chunk = b" " * (1024 * 1024)
                for _ in range(padding_mb):
                    member.write(chunk)
                member.write(b"<sheetData>" + rest)
    return target


def test_a_zip_bomb_form_is_refused_before_it_is_unpacked(
    db: Database, form: tuple[Path, int], tmp_path: Path
) -> None:
    path, aid = form
    bomb = _bomb(path, tmp_path / "bombe.xlsx", padding_mb=300)
    assert bomb.stat().st_size < forms_import.MAX_FORM_BYTES  # under the 20 MB file limit
    tracemalloc.start()
    try:
        with pytest.raises(forms.FormError, match="bombe de décompression"):
            forms_import.import_form(db, bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024, f"{peak / 1e6:.0f} MB"
    assert all(not p.answers for p in [assessments.load_assessment(db, aid)])


def test_a_real_form_passes_the_check(form: tuple[Path, int]) -> None:
    path, _ = form
    check_zip_directory(
        path.read_bytes(),
        max_total=forms_import.MAX_FORM_UNPACKED,
        max_ratio=forms_import.MAX_FORM_RATIO,
    )


def test_too_much_once_unpacked_or_too_many_members() -> None:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for n in range(3):
            archive.writestr(f"part{n}.xml", b"x" * 400_000)
    with pytest.raises(ReadRefused, match="Mo une fois décompressée"):
        check_zip_directory(buffer.getvalue(), max_total=1_000_000, max_ratio=100)
    with pytest.raises(ReadRefused, match="3 fichiers internes"):
        check_zip_directory(buffer.getvalue(), max_total=10**9, max_ratio=100, max_entries=2)
