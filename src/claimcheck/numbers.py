"""Numbers as written: value, precision, and rounding-aware comparison.

A value written with k decimals stands for the interval value ± ½·10^-k (statcheck's rule).
``faithful(written, reference)`` is true when the reference value rounds to the written one at
the written precision: "81" for 80.7 is faithful, "29.3" for 29.4 is not. A written value more
precise than the reference cannot be confirmed (``more_precise``).

Rounding is half up (0.5 away from zero) on the *decimal text* of a value — ``repr`` of the
float, so 0.125 rounds to 0.13 although the binary double lies just below it — as
:func:`round_half_up` does with :mod:`decimal`. The matcher makes ~10^5 such comparisons per
megabyte of drafts, so :func:`faithful` and :func:`more_precise` do the same rounding with exact
integer arithmetic on that text (:func:`units`), and :func:`roundings` gives a number's whole
"rounding ladder" for the matcher to precompute. Whatever the integer path does not cover
(inf, nan, more digits than the decimal context holds, text that is not plain digits) goes to
the Decimal code instead, so results — and errors — are those of the Decimal definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache


@dataclass(frozen=True)
class Num:
    """A number as written: its value, its text and how many decimals it was written with."""

    value: float
    text: str
    decimals: int
    #: the values a share said in words stands for, where its wording's grain (not its digits) sets
    #: them: "eight in ten" is 75-85, "nearly half" 45-50 (claims._frequency_claims); None for a
    #: number written in digits, whose precision is its decimals
    band: tuple[float, float] | None = None

    @classmethod
    def parse(cls, text: str) -> "Num":
        clean = text.replace(",", "").replace("\u2212", "-").strip()
        decimals = len(clean.split(".", 1)[1]) if "." in clean else 0
        return cls(float(clean), text.strip(), decimals)

    @classmethod
    def of(cls, value: float | int, decimals: int | None = None) -> "Num":
        if decimals is None:
            text = repr(value) if isinstance(value, float) else str(value)
            if text.endswith(".0") and isinstance(value, float):
                decimals = 1
            return cls.parse(text)
        return cls(float(value), f"{value:.{decimals}f}", decimals)

    @property
    def half_unit(self) -> float:
        if self.band is not None:
            return max(self.value - self.band[0], self.band[1] - self.value)
        return 0.5 * 10 ** (-self.decimals)

    def __str__(self) -> str:
        return self.text


def round_half_up(value: float, decimals: int) -> Decimal:
    """Round as publications do (0.5 away from zero), on the decimal text of ``value``.

    This is the definition; :func:`units` computes the same rounding faster.
    """
    try:
        d = Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - NaN/inf never come from parsing
        d = Decimal(0)
    return d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------ exact integer rounding
# A quantized Decimal with more digits than the context's precision (28, the default, which
# claimcheck never changes) raises InvalidOperation; the integer path declines such results so
# the Decimal path raises as it always did. Precisions beyond _MAX_DECIMALS are declined too (no
# published figure has them, and Decimal's exponent limits then come into play).
_DIGIT_LIMIT = 28
_UNIT_LIMIT = 10 ** _DIGIT_LIMIT
_MAX_DECIMALS = 28

#: repr() of a finite float: -12.5, 1e-05, 1.5e+16 (ASCII digits only: Decimal also takes others)
_REPR = re.compile(r"(-?)([0-9]+)(?:\.([0-9]+))?(?:e([-+]?[0-9]+))?")
#: a written number as faithful() reads it (commas removed); anything else is left to Decimal
_PLAIN = re.compile(r"(-?)([0-9]+)(?:\.([0-9]+))?")


def _scaled(negative: str, whole: str, frac: str, exponent: int, decimals: int) -> int | None:
    """±whole.frac·10^exponent rounded half up to ``decimals``, as a count of 10^-decimals units.

    None when the result would not fit the decimal context (Decimal raises there).
    """
    digits = whole + frac
    if len(digits) > 2 * _DIGIT_LIMIT:  # far from int()'s digit limit; Decimal decides such text
        return None
    coefficient = int(digits)
    shift = decimals - len(frac) + exponent  # the value is coefficient·10^(shift - decimals)
    if shift >= 0:
        if coefficient and shift >= _DIGIT_LIMIT:
            return None
        result = coefficient * 10 ** shift
    elif -shift > len(digits):
        result = 0  # coefficient < 10^len(digits), less than half a unit: rounds to zero
    else:
        step = 10 ** -shift
        result, rest = divmod(coefficient, step)
        if 2 * rest >= step:  # half up, on the magnitude: away from zero
            result += 1
    if result >= _UNIT_LIMIT:
        return None
    return -result if negative else result  # -0 is 0, as Decimal("-0") == 0


@lru_cache(maxsize=1 << 16, typed=True)
def units(value: float, decimals: int) -> int | None:
    """``round_half_up(value, decimals)`` as an integer count of 10^-decimals (80.66, 1 → 807).

    Exact: it reads the same text (``repr``) Decimal does. None where the integer path does not
    apply (not a float, inf/nan, too many digits or decimals): use :func:`round_half_up` there.
    Memoised: the same few hundred library values are rounded for every claim.
    """
    if type(value) is not float or not 0 <= decimals <= _MAX_DECIMALS:
        return None
    m = _REPR.fullmatch(repr(value))
    if m is None:
        return None
    negative, whole, frac, exponent = m.groups()
    return _scaled(negative, whole, frac or "", int(exponent) if exponent else 0, decimals)


@lru_cache(maxsize=1 << 16, typed=True)
def written_units(text: str, decimals: int) -> int | None:
    """The written text at its own precision, as :func:`faithful` compares it, in 10^-decimals.

    ``Decimal(text without commas).quantize(10^-decimals)``; None where that is not plain
    digits held exactly (a sign other than "-", more decimals than ``decimals``, too long).
    """
    if not 0 <= decimals <= _MAX_DECIMALS:
        return None
    m = _PLAIN.fullmatch(text.replace(",", ""))
    if m is None:
        return None
    negative, whole, frac = m.groups()
    frac = frac or ""
    if len(frac) > decimals:  # quantize would round (half even): rare, leave it to Decimal
        return None
    return _scaled(negative, whole, frac, 0, decimals)


def roundings(num: Num, written: bool = False) -> tuple[int, ...] | None:
    """``num`` rounded half up to 0, 1, …, ``num.decimals`` decimals, each in :func:`units`.

    With ``written`` the last rung is the written text itself (what :func:`faithful` compares a
    reference against). For a written value ``w`` and a reference ``r``, with ``d`` the smaller of
    their precisions::

        faithful(w, r) or more_precise(w, r)  ==  (roundings(w, True)[d] == roundings(r)[d])

    (both say: rounded to the coarser precision, the two agree). None when any rung is outside
    the integer path; then compare with faithful/more_precise.
    """
    top = num.decimals
    if num.band is not None or not 0 <= top <= _MAX_DECIMALS:
        return None
    rungs = [units(num.value, d) for d in range(top)]
    rungs.append(written_units(num.text, top) if written else units(num.value, top))
    return None if None in rungs else tuple(rungs)


def faithful(written: Num, reference: Num | float) -> bool:
    """True when ``reference`` rounds to ``written`` at the written precision.

    When the written value is more precise than the reference, it is faithful only if it is the
    same number (e.g. "80.70" for 80.7); use :func:`more_precise` to tell that case apart.
    """
    ref = reference if isinstance(reference, Num) else Num.of(reference)
    if written.band is not None:  # a share in words: the reference lies within its wording's grain
        return written.band[0] - 1e-9 <= ref.value <= written.band[1] + 1e-9
    if written.decimals > ref.decimals:
        w, r = units(written.value, ref.decimals), units(ref.value, ref.decimals)
        if w is None or r is None:  # outside the integer path: the Decimal definition decides
            same = round_half_up(written.value, ref.decimals) == round_half_up(ref.value, ref.decimals)
        else:
            same = w == r
        return same and abs(written.value - ref.value) < 10 ** (-written.decimals) / 2 + 1e-12
    r, w = units(ref.value, written.decimals), written_units(written.text, written.decimals)
    if w is None or r is None:
        return round_half_up(ref.value, written.decimals) == Decimal(written.text.replace(",", "")).quantize(
            Decimal(1).scaleb(-written.decimals))
    return r == w


def more_precise(written: Num, reference: Num) -> bool:
    """The written value has more decimals than the reference holds and rounds to it."""
    if written.band is not None or written.decimals <= reference.decimals:
        return False
    w, r = units(written.value, reference.decimals), units(reference.value, reference.decimals)
    if w is None or r is None:
        return round_half_up(written.value, reference.decimals) == round_half_up(reference.value, reference.decimals)
    return w == r


def consistent_percent(percent: Num, n: int, total: int) -> bool:
    """GRIM-style: does n/total, as a percentage, round to the written percent?

    Accepts rounding half up and half to even at the written precision, and truncation, since
    all three occur in published tables; the written value must lie within ½ unit of the exact
    value, or be its truncation.
    """
    if total <= 0:
        return False
    exact = 100.0 * n / total
    if abs(exact - percent.value) <= percent.half_unit + 1e-9:
        return True
    step = 10 ** (-percent.decimals)
    truncated = int(exact / step + 1e-9) * step
    return abs(truncated - percent.value) < step / 10


def within(value: float, low: float, high: float, slack: float = 0.0) -> bool:
    return low - slack <= value <= high + slack


#: the qualifiers of an approximate figure, by the side of it on which the figure described lies
#: ("about 48%", "nearly half", "more than one in three", "under 40%")
_AROUND_Q = frozenset({"", "about", "approximately", "approx", "approx.", "around", "roughly", "some",
                       "close to", "~"})
_BELOW_Q = frozenset({"nearly", "almost", "just under"})
_ABOVE_Q = frozenset({"over", "more than", "just over", "above", "at least"})
_UNDER_Q = frozenset({"under", "less than", "fewer than", "below"})
#: how far past its figure "more than" / "fewer than" may go
DIRECTION_REACH = 10.0


def qualified_band(qualifier: str, value: float, grain: float,
                   below_at_least: float = 0.0) -> tuple[float, float] | None:
    """(low, high): what a figure ``value`` said with ``qualifier`` describes, ``grain`` being the
    rounding its wording shows. "about" (approximately, around, roughly, close to, none): within the
    grain either side; "nearly" (almost, just under): at or below it by at most the grain (at least
    ``below_at_least``); "more than" (over, above, at least): at or above it by at most
    :data:`DIRECTION_REACH`; "fewer than" (under, less than, below): at or below it by at most that.
    None for a qualifier not read. Used for a qualified percentage of an n/N (A001) and for a share
    in words ("nearly four in five": :func:`claimcheck.claims.frequency_band`)."""
    q = " ".join(qualifier.lower().split())
    if q in _BELOW_Q:
        return (value - max(grain, below_at_least), value)
    if q in _ABOVE_Q:
        return (value, value + DIRECTION_REACH)
    if q in _UNDER_Q:
        return (value - DIRECTION_REACH, value)
    if q in _AROUND_Q:
        return (value - grain, value + grain)
    return None
