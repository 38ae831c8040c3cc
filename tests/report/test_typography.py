"""French typography rules applied to every text of the monograph."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.report.typography import (
    NBSP,
    NNBSP,
    euros,
    french,
    integer,
    kilo_euros,
    long_date,
    markup,
    percent,
    shorten,
)


@pytest.mark.parametrize(
    ("plain", "typeset"),
    [
        ("Pourquoi ? Parce que !", f"Pourquoi{NNBSP}? Parce que{NNBSP}!"),
        ("Preuve : la scierie ; fin", f"Preuve{NNBSP}: la scierie{NNBSP}; fin"),
        ("le « faire système »", f"le «{NNBSP}faire système{NNBSP}»"),
        ("Note: collée", f"Note{NNBSP}: collée"),
        ("52 % et 60%", f"52{NNBSP}% et 60{NNBSP}%"),
        ("21 000 habitants", f"21{NNBSP}000 habitants"),
        ("l'équipe", "l’équipe"),
        ("rapport, l. 847", f"rapport, l.{NBSP}847"),
    ],
)
def test_french_spacing(plain: str, typeset: str) -> None:
    assert french(plain) == typeset
    assert french(typeset) == typeset  # applying it twice changes nothing


@pytest.mark.parametrize(
    "untouched", ["https://exemple.fr/page", "à 14:30", "en 2015 400 emplois", "?!"]
)
def test_urls_times_and_years_are_left_alone(untouched: str) -> None:
    assert french(untouched) == untouched


def test_numbers_money_and_shares_in_both_languages() -> None:
    assert integer(120000, "fr") == f"120{NNBSP}000"
    assert euros(120000, "fr") == f"120{NNBSP}000{NNBSP}€"
    assert euros(120000, "en") == "€120,000"
    assert kilo_euros(200000, "fr") == f"200{NNBSP}k€"
    assert percent(0.523, "fr") == f"52{NNBSP}%"
    assert percent(0.523, "en") == "52%"


def test_dates_and_markup() -> None:
    assert long_date(dt.date(2026, 11, 1), "fr") == "1er novembre 2026"
    assert long_date(dt.date(2026, 11, 14), "en") == "14 November 2026"
    assert markup("A & B <c>\nsuite", "en") == "A &amp; B &lt;c&gt;<br/>suite"


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("un deux trois quatre", 12) == "un deux…"
    assert shorten("court", 12) == "court"
