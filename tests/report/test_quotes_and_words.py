"""Quotes within quotes, apostrophes, parentheses within parentheses, « de » before a name,
and what the demo's monograph shows of them in both languages."""

from __future__ import annotations

import io
import re

import pytest
from pdf_helpers import Made, flat
from pypdf import PdfReader

from diagapp.report.typography import (
    NNBSP,
    english,
    french,
    nest_quotes,
    of_dynamic,
    parenthesized,
)


@pytest.mark.parametrize(
    ("plain", "typeset"),
    [
        (
            "« Le « faire système » sur le territoire » (+0,6)",
            f"«{NNBSP}Le “faire système” sur le territoire{NNBSP}» (+0,6)",
        ),
        ("au départ (l'« effet process »)", f"au départ (l’«{NNBSP}effet process{NNBSP}»)"),
        ("« a » et « b »", f"«{NNBSP}a{NNBSP}» et «{NNBSP}b{NNBSP}»"),
    ],
)
def test_french_quotes_and_apostrophes(plain: str, typeset: str) -> None:
    assert french(plain) == typeset
    assert french(typeset) == typeset


def test_english_quotes_and_apostrophes() -> None:
    assert english("is ““Making a system” in the territory”") == (
        "is “‘Making a system’ in the territory”"
    )
    assert english("the participants' mean") == "the participants’ mean"
    assert nest_quotes("“a” and “b”", "en") == "“a” and “b”"


def test_parentheses_within_parentheses_become_brackets() -> None:
    assert parenthesized("Metz (Moselle)") == "(Metz [Moselle])"
    assert parenthesized("l. 586-592 (voir aussi l. 1892)") == "(l. 586-592 [voir aussi l. 1892])"


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Le Pôle coopératif", "du Pôle coopératif"),
        ("Les Ateliers du Vallon", "des Ateliers du Vallon"),
        ("La Fabrique", "de la Fabrique"),
        ("L'Archipel", "de l’Archipel"),
        ("Pôle coopératif du Haut-Vallon", "de la dynamique « Pôle coopératif du Haut-Vallon »"),
    ],
)
def test_de_before_a_dynamics_name(name: str, said: str) -> None:
    assert of_dynamic(name) == said


def _pages(made: Made) -> str:
    """The pages' text only (the metadata keeps plain ASCII apostrophes)."""
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(made.pdf)).pages)


def test_the_french_monograph_reads_well(french: Made) -> None:
    text = flat(_pages(french))
    assert not re.search(r"«[^»]*«", text), re.search(r"«[^»]*«", text)
    assert "'" not in text
    assert "))" not in text and "((" not in text
    assert "l’équipe de Pôle" not in text
    assert "l’équipe de la dynamique «\u202fPôle coopératif du Haut-Vallon\u202f»" in text
    # A yes/no answer in the fact sheet reads « Oui », as the choices beside it.
    assert re.search(r"une SEM\)\.?\s+Oui\b", text), text[text.find("une SEM") :][:80]


def test_the_english_monograph_reads_well(english: Made) -> None:
    text = flat(_pages(english))
    assert "““" not in text and "””" not in text
    assert "'" not in text
    assert "))" not in text
    assert "Inhabitant\ns" not in _pages(english) and "Inhabitant s" not in text
