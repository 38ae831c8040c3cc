"""`diagapp plan`: the feuille de route as text or JSON; bad input, a French line and exit 1."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diagapp.cli import main
from diagapp.domain import plan
from diagapp.domain.plan import Owner
from diagapp.services import assessments
from diagapp.services import plan as plans
from diagapp.storage.database import open_database


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["plan", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def planned(demo_path: Path) -> Path:
    db = open_database(demo_path)
    try:
        latest = assessments.latest_assessment(db)
        plans.add_action(
            db,
            assessment_id=latest,
            title="Écrire la charte d'évaluation",
            done_when="Charte votée en AG",
            owner=Owner(plan.OWNER_PARTNER, text="Mairie du Haut-Vallon"),
            target_date=dt.date(2027, 6, 30),
            private_note="secret 9911",
        )
        done = plans.add_action(db, assessment_id=latest, title="Ouvrir le tiers-lieu")
        plans.update_action(db, action_id=done, status=plan.DONE, outcome="Ouvert en mars.")
    finally:
        db.close()
    return demo_path


def test_the_plan_as_text(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(planned), "--assessment", "latest")
    assert code == 0 and err == ""
    assert out.startswith("Feuille de route — Pôle coopératif du Haut-Vallon")
    assert "[à lancer] Écrire la charte d'évaluation" in out
    assert "porteur : Mairie du Haut-Vallon ; échéance : 2027-06-30" in out
    assert "Fait quand : Charte votée en AG" in out
    assert "[fait] Ouvrir le tiers-lieu" in out and "Ce qui s'est passé : Ouvert en mars." in out
    assert "secret 9911" not in out


def test_the_plan_as_json(planned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(planned), "--assessment", "latest", "--json")
    assert code == 0
    data = json.loads(out)
    titles = {a["title"]: a for a in data["actions"]}
    charter = titles["Écrire la charte d'évaluation"]
    assert charter["status"] == "to_start" and charter["target_date"] == "2027-06-30"
    assert charter["owner"] == {"kind": "partner", "label": "Mairie du Haut-Vallon"}
    assert data["counts"]["done"] >= 1
    assert "secret 9911" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--assessment", "999"], "Évaluation n° 999 introuvable"),
        (["--assessment", "abc"], "n'est pas un numéro d'évaluation"),
    ],
)
def test_bad_input_says_why_in_french(
    planned: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", str(planned), *args)
    assert code != 0 and out == ""
    assert message in err and "Traceback" not in err


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "absent.sqlite"))
    assert code != 0 and "n'existe pas" in err
    assert not (tmp_path / "absent.sqlite").exists()
