"""`diagapp recommend`: for an assessment, a reference dynamic, or the whole catalog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diagapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["recommend", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_latest_assessment_in_text(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(demo_path), "--assessment", "latest")
    assert code == 0 and err == ""
    assert out.startswith("Recommandations pour « Pôle coopératif du Haut-Vallon »")
    highlighted = out.split("À regarder d'abord (")[1]
    assert highlighted.startswith(("1)", "2)", "3)", "4)", "5)"))
    assert "Pourquoi : " in out and "Où dans le rapport : " in out
    assert "Pour vos partenaires financeurs" in out
    assert "Décisions prises lors de l'évaluation précédente (Atelier 2025, 14/11/2025)" in out
    assert "«\u00a0Pas le temps cette année ; à revoir en 2026.\u00a0»" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_assessment_in_json(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "--assessment", "2", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["assessment_id"] == 2 and data["lang"] == "fr"
    assert len(data["highlighted"]) <= 5
    assert {r["audience"] for r in data["funders"]} == {"funders"}
    assert [p["decision"] for p in data["last_year"]][:1] == ["accepted"]


def test_english(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "--assessment", "1", "--lang", "en")
    assert code == 0
    assert "Look at these first" in out and "Why: " in out


def test_reference_dynamic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--reference", "douaisis")
    assert code == 0
    assert "ce que le texte du rapport en dit" in " ".join(out.split())
    first_three = out.split("1. ", 1)[1].split("4. ", 1)[0]
    assert "Ouvrir la gouvernance d'une dynamique portée par une collectivité" in first_three
    assert "l. 1021" in out


def test_reference_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--reference", "TZCLD Villeurbanne", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["reference_id"] == "tzcld_villeurbanne"
    # The report's table has no « fonds propres » column: nothing is advised on an unknown.
    assert not any(r["id"] == "a1.fin.fonds_propres" for r in data["funders"])
    assert any(r["id"] == "a1.fin.depenses_structure" for r in data["funders"])
    assert all("%" not in why for r in data["highlighted"] for why in r["why"])


def test_catalog_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--catalog")
    assert code == 0
    count = int(out.split("Catalogue : ")[1].split(" ")[0])
    assert count >= 40
    assert "[annexe1]" in out and "a1.leg.mecenat_eligibilite (legislator, 2)" in out
    code, out, _ = run(capsys, "--catalog", "--json")
    assert code == 0 and json.loads(out)["count"] == count


def test_all_shows_what_was_not_triggered(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, short, _ = run(capsys, "--db", str(demo_path), "--assessment", "3")
    _, full, _ = run(capsys, "--db", str(demo_path), "--assessment", "3", "--all")
    assert "Non déclenchées par ce diagnostic" in full
    assert "Non déclenchées" not in short


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "précisez une seule cible"),
        (("--catalog", "--reference", "eusko"), "précisez une seule cible"),
        (("--reference", "Atlantide"), "Dynamique de référence introuvable"),
        (("--assessment", "abc"), "numéro d'évaluation ou « latest »"),
        (("--assessment", "999"), "Évaluation n° 999 introuvable"),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(
    demo_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    extra = ("--db", str(demo_path)) if "--assessment" in args else ()
    code, out, err = run(capsys, *args, *extra)
    assert code != 0 and out == ""
    assert err.startswith("diagapp : ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "absente.sqlite"
    code, _, err = run(capsys, "--db", str(path), "--assessment", "latest")
    assert code != 0 and "n'existe pas" in err
    assert not path.exists()
