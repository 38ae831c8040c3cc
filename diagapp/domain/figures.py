"""How a figure is rounded for a reader, in one place: half away from zero on the number's
decimal writing (2,25 → 2,3; 0,125 → 0,13; 2,675 → 2,68), and shares of a whole apportioned
so the printed percentages add up to 100 (largest remainder). Formatting (commas, spaces,
units) is `report.typography`'s; this module only decides the digits."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

# A mean computed in binary can land a hair beside the tie it really is (2.2499999999999996
# for 2.25): snapping to this many decimals first puts it back on the tie.
_SNAP = Decimal(1).scaleb(-9)


def half_up(value: float | Decimal, digits: int = 0) -> Decimal:
    """`value` rounded to `digits` decimals, ties away from zero, as a reader rounds."""
    number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    number = number.quantize(_SNAP, rounding=ROUND_HALF_EVEN) if number.is_finite() else number
    return number.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP) + 0


def whole(value: float) -> int:
    """A whole number (euros, hours), ties away from zero."""
    return int(half_up(value))


def percent(share: float) -> int:
    """A share (0..1) as a whole percentage, ties away from zero (0.125 → 13), computed on the
    share's decimal writing (0.285 → 29, though 0.285 × 100 is 28.4999… in binary)."""
    return int(half_up(Decimal(repr(float(share))) * 100))


def difference(before: float, after: float, digits: int = 1) -> Decimal:
    """The change a reader computes from the two figures as printed with `digits` decimals."""
    return half_up(after, digits) - half_up(before, digits)


def apportion(values: Sequence[float], total: int = 100) -> list[int]:
    """Whole shares of `total` proportional to `values` (not negative) that add up to `total`
    exactly: each share's whole part, then one more to the largest remainders (the larger value,
    then the earlier one, on a tie). All zeros when the values add up to nothing."""
    exact = [Fraction(max(v, 0.0)) for v in values]
    whole_sum = sum(exact, Fraction(0))
    if whole_sum == 0:
        return [0] * len(values)
    scaled = [v * total / whole_sum for v in exact]
    shares = [int(s) for s in scaled]  # floor: every value is >= 0
    order = sorted(range(len(values)), key=lambda i: (-(scaled[i] - shares[i]), -exact[i], i))
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares
