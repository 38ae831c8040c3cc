"""`diagapp export email`: the sender option, a line break in --to or in the dynamic's name."""

from __future__ import annotations

import sqlite3
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from diagapp.cli import main


def test_from_option_and_a_name_with_line_breaks(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_path) as con:  # old data, written before names were checked
        con.execute("UPDATE dynamics SET name = ?", ("Pôle coopératif\ndu\x0bHaut-Vallon\x0c",))
    eml = tmp_path / "envoi.eml"
    code = main(
        [
            "export", "email", "--db", str(demo_path), "--to", "financeur@region.fr",
            "--from", "Équipe du Pôle <equipe@pole.fr>", "--out", str(eml),
        ]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    message = message_from_bytes(eml.read_bytes(), policy=default)
    assert message["Subject"].startswith("Pôle coopératif du Haut-Vallon : notre monographie")
    assert message["From"].addresses[0].addr_spec == "equipe@pole.fr"
    assert message["Date"] is not None and message["Message-ID"] is not None
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "monographie-pôle-coopératif-du-haut-vallon-2026.pdf"


@pytest.mark.parametrize("option", ["--to", "--from"])
def test_a_line_break_in_an_address_is_one_clear_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    addresses = {"--to": "financeur@region.fr", "--from": "equipe@pole.fr"}
    addresses[option] = "financeur@region.fr\nBcc: espion@ailleurs.fr"
    out = tmp_path / "x.eml"
    args = ["export", "email", "--db", str(demo_path), "--out", str(out)]
    code = main([*args, "--to", addresses["--to"], "--from", addresses["--from"]])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "retour à la ligne" in err and "ValueError" not in err
    assert not out.exists()
