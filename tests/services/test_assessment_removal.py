"""Deleting an assessment made by mistake: never without a copy of the database first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diagapp.domain.errors import DiagappError
from diagapp.services import assessments
from diagapp.services.workspace import open_workspace


def test_no_copy_means_no_deletion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = open_workspace(tmp_path / "keep.sqlite")
    try:
        db = workspace.db
        dynamic = assessments.create_dynamic(db, name="Tiers-lieu")
        wrong = assessments.create_assessment(db, dynamic_id=dynamic, date=dt.date(2025, 3, 2))

        def full_disk(_reason: str = "") -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(db, "backup", full_disk)
        with pytest.raises(DiagappError, match="n'a pas été supprimée"):
            assessments.delete_assessment_after_backup(db, assessment_id=wrong)
        assert assessments.load_assessment(db, wrong).id == wrong
        with pytest.raises(DiagappError, match="vide"):
            assessments.rename_assessment(db, assessment_id=wrong, label="  ")
    finally:
        workspace.close()
