"""The monograph's optional « Au regard du réseau » section (issue 16)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader

from diagapp.services import assessments, peers, reporting
from diagapp.storage.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services" / "network"))
from network_scenario import HELPER, benchmark_for


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_says_where_the_dynamic_stands_once_a_benchmark_is_imported(
    demo_path: Path, tmp_path: Path
) -> None:
    db = open_database(demo_path, backup=False)
    try:
        latest = assessments.latest_assessment(db)
        before, _ = reporting.render_pdf(db, assessment_id=latest, invariant=True)
        assert "Au regard du réseau" not in _text(before)
        peers.import_benchmark(db, benchmark_for(db, latest, tmp_path))
        after, data = reporting.render_pdf(db, assessment_id=latest, invariant=True)
        english, _ = reporting.render_pdf(db, assessment_id=latest, invariant=True, lang="en")
        left_out, _ = reporting.render_pdf(
            db, assessment_id=latest, invariant=True, sections="cover,summary,dimensions"
        )
    finally:
        db.close()
    text = " ".join(_text(after).split())
    assert "Au regard du réseau" in text
    assert data.network is not None
    assert f"{data.network.group_size} dynamiques du même type et de la même phase" in text
    assert HELPER in text
    assert "Against the network" in _text(english)
    assert "Au regard du réseau" not in _text(left_out)
    # the benchmark's date in words, and the column headers whole (not « Dynamique s »)
    assert "(référentiel du 1er février 2027)" in text  # network_scenario.STAMP
    assert "Quartiles Dynamiques" in text
