"""The « Relecture avant envoi » page of the team's edition (issue 17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdf_helpers import loose, pdf_text

from diagapp.services import answers, assessments, reporting
from diagapp.services import reread as reread_service
from diagapp.storage.database import open_database


def test_the_page_lists_what_to_fix_and_what_the_team_accepted(tmp_path: Path) -> None:
    db = open_database(tmp_path / "flawed.sqlite", backup=False)
    try:
        dynamic = assessments.create_dynamic(db, name="Dynamique pressée")
        aid = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2026, 3, 1))
        for item_id in ("impact.effets_quantitatifs", "impact.effets_qualitatifs"):
            answers.record_answer(
                db, assessment_id=aid, participant_id=None, item_id=item_id, value=3
            )
        reread_service.accept(
            db,
            assessment_id=aid,
            rule_id="evidence.top_without_evidence",
            subject="impact.effets_qualitatifs",
            note="Témoignages filmés, joints au dossier.",
        )
        pdf, _ = reporting.render_pdf(
            db, assessment_id=aid, sections="identity,reread", invariant=True
        )
        english, _ = reporting.render_pdf(db, assessment_id=aid, sections="reread", lang="en")
    finally:
        db.close()
    text = loose(pdf_text(pdf))
    assert "Relecture avant envoi" in text
    assert "Niveau le plus haut sans preuve" in text
    assert "4.2" in text and "4.3" in text
    assert "Accepté par l'équipe : Témoignages filmés, joints au dossier." in text
    # 1 top level without evidence + 8 empty sections (4 dimensions, identity, governance,
    # funding, story) are left; the other top level was accepted.
    assert "Restent 9 point(s) à corriger ; 1 point(s) accepté(s)." in text
    assert "Reread before sending" in loose(pdf_text(english))
    assert "Top level with no evidence" in loose(pdf_text(english))
