"""One rounding rule for every figure a reader sees: ties away from zero on the decimal
writing, changes computed from the printed figures, shares that add up to 100 %."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diagapp.domain.figures import apportion, difference
from diagapp.report.typography import NNBSP, decimal, euros, integer, level, percent, signed


@pytest.mark.parametrize(
    ("value", "digits", "fr"),
    [
        (2.25, 1, "2,3"),  # printed 2,2 before (round half to even)
        (0.125, 2, "0,13"),
        (2.675, 2, "2,68"),  # 2.675 is 2.67499… in binary
        (1.05, 1, "1,1"),
        (-2.25, 1, "-2,3"),
        (2.2499999999999996, 1, "2,3"),  # a mean that missed its tie by one bit
        (2.24, 1, "2,2"),
    ],
)
def test_decimals_round_half_away_from_zero(value: float, digits: int, fr: str) -> None:
    assert decimal(value, "fr", digits) == fr
    assert decimal(value, "en", digits) == fr.replace(",", ".")


def test_levels_integers_and_percentages_use_the_same_rule() -> None:
    assert level(2.25, "fr") == "2,3"
    assert level(1.75, "en") == "1.8"
    assert integer(2.5, "en") == "3"
    assert integer(1500.5, "fr") == f"1{NNBSP}501"
    assert euros(0.5, "fr") == f"1{NNBSP}€"
    assert percent(0.125, "en") == "13%"
    assert percent(0.285, "fr") == f"29{NNBSP}%"  # 28.499999999999996 once multiplied in binary


def test_a_printed_change_is_the_change_of_the_printed_values() -> None:
    """The issue's row: 1,7 → 2,25 printed « 1,7 — 2,2 — +0,6 »."""
    assert level(2.25, "fr") == "2,3"
    assert signed(difference(1.7, 2.25), "fr") == "+0,6"
    assert signed(difference(2.04, 1.96), "fr") == "="  # both print 2,0
    assert signed(difference(1.96, 2.04), "fr", zero="0,0") == "0,0"
    assert signed(difference(2.35, 1.74), "en") == "−0.7"


@given(st.lists(st.floats(0, 1e7, allow_nan=False), min_size=1, max_size=12))
def test_apportioned_shares_add_up_to_100(values: list[float]) -> None:
    shares = apportion(values)
    total = sum(values)
    assert sum(shares) == (100 if total > 0 else 0)
    for share, value in zip(shares, values, strict=True):
        if total > 0:  # each share is its exact percentage rounded down or up
            assert abs(share - 100 * value / total) < 1 + 1e-9


def test_apportioning_favours_the_largest_remainders() -> None:
    assert apportion([1, 1, 1]) == [34, 33, 33]
    assert apportion([324, 90, 352, 20, 50, 40, 124]) == [33, 9, 35, 2, 5, 4, 12]  # tie: larger
    assert apportion([0, 0]) == [0, 0]


def test_recommendation_reasons_round_as_the_monograph() -> None:
    """The « why » sentences under a recommendation quote indicators with the same rule."""
    from diagapp.domain.recommendation_checks import _indicator_value

    assert _indicator_value("in_kind_share", 0.125, "fr") == "13\u00a0%"
    assert _indicator_value("monetary_total_eur", 2.5, "en") == "€3"
    assert _indicator_value("diversification", 0.125, "en") == "0.13"
