"""Objectives as a team types them (issue 17): French numbers and dates read, figures written
back French-style, where an objective stands."""

from __future__ import annotations

import datetime as dt

import pytest

from diagapp.domain.objectives import (
    Objective,
    ObjectiveRefused,
    parse_date,
    parse_number,
    progress,
    target_ratio,
)
from diagapp.report.typography import number


@pytest.mark.parametrize(
    ("typed", "read"),
    [("12", 12.0), ("1 200,5", 1200.5), ("1\u202f200", 1200.0), ("34 %", 34.0), ("", None)],
)
def test_french_numbers_are_read(typed: str, read: float | None) -> None:
    assert parse_number(typed, "La cible") == read


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2027", dt.date(2027, 12, 31)),
        ("06/2027", dt.date(2027, 6, 30)),
        ("02/2028", dt.date(2028, 2, 29)),
        ("12/2027", dt.date(2027, 12, 31)),
        ("15/03/2027", dt.date(2027, 3, 15)),
        ("2027-03-15", dt.date(2027, 3, 15)),
        ("", None),
    ],
)
def test_target_dates_are_read_as_a_team_writes_them(typed: str, day: dt.date | None) -> None:
    assert parse_date(typed) == day


@pytest.mark.parametrize("typed", ["13/2027", "fin 2027", "31/04/2027"])
def test_a_date_that_is_not_one_is_refused_in_french(typed: str) -> None:
    with pytest.raises(ObjectiveRefused, match="n'est pas une date"):
        parse_date(typed)


def test_figures_are_written_french_style() -> None:
    assert [number(v, "fr") for v in (58.0, 1200.5, 0.25, 1_234_567, -3.456)] == [
        "58",
        "1\u202f200,5",
        "0,25",
        "1\u202f234\u202f567",
        "−3,46",
    ]
    assert number(1200.5, "en") == "1,200.5"


def test_progress_and_ratio_read_both_ways() -> None:
    rising = Objective(0, "Ventes", baseline=58, target=120, reached=112)
    assert progress(rising) == pytest.approx(54 / 62)
    falling = Objective(0, "Déchets", baseline=100, target=60, reached=80)
    assert progress(falling) == pytest.approx(0.5)
    assert target_ratio(Objective(0, "x", target=100, reached=450)) == 4.5
    assert target_ratio(Objective(0, "x", target=0, reached=3)) is None
