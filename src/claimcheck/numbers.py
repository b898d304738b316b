"""Numbers as written: value, precision, and rounding-aware comparison.

A value written with k decimals stands for the interval value ± ½·10^-k (statcheck's rule).
``faithful(written, reference)`` is true when the reference value rounds to the written one at
the written precision: "81" for 80.7 is faithful, "29.3" for 29.4 is not. A written value more
precise than the reference cannot be confirmed (``more_precise``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


@dataclass(frozen=True)
class Num:
    """A number as written: its value, its text and how many decimals it was written with."""

    value: float
    text: str
    decimals: int

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
        return 0.5 * 10 ** (-self.decimals)

    def __str__(self) -> str:
        return self.text


def round_half_up(value: float, decimals: int) -> Decimal:
    """Round as publications do (0.5 away from zero), on the decimal text of ``value``."""
    try:
        d = Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - NaN/inf never come from parsing
        d = Decimal(0)
    return d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def faithful(written: Num, reference: Num | float) -> bool:
    """True when ``reference`` rounds to ``written`` at the written precision.

    When the written value is more precise than the reference, it is faithful only if it is the
    same number (e.g. "80.70" for 80.7); use :func:`more_precise` to tell that case apart.
    """
    ref = reference if isinstance(reference, Num) else Num.of(reference)
    if written.decimals > ref.decimals:
        return round_half_up(written.value, ref.decimals) == round_half_up(ref.value, ref.decimals) and \
            abs(written.value - ref.value) < 10 ** (-written.decimals) / 2 + 1e-12
    return round_half_up(ref.value, written.decimals) == Decimal(written.text.replace(",", "")).quantize(
        Decimal(1).scaleb(-written.decimals))


def more_precise(written: Num, reference: Num) -> bool:
    """The written value has more decimals than the reference holds and rounds to it."""
    return written.decimals > reference.decimals and (
        round_half_up(written.value, reference.decimals) == round_half_up(reference.value, reference.decimals)
    )


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
