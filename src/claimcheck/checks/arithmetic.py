"""Arithmetic checks: the text's own numbers must add up (no reference needed except for A005).

Each recomputation is a small pure function (statcheck's way) with rounding-aware tolerance: a
written value stands for the interval ± ½ of its last digit.
"""

from __future__ import annotations

import bisect
import re

from . import CheckContext, Rule, register
from ..claims import Claim
from ..numbers import Num, consistent_percent

_BASIS = "21 CFR 202.1(e)(6) (misleading presentation of data); ABPI Code clause 6.1 (accuracy)."

PERCENT_FRACTION = Rule(
    code="A001", name="percent-fraction-mismatch", category="arithmetic", severity="error",
    summary="An n/N given with a percentage (\"23/164 (14%)\", \"45.7% (n=42/92)\", \"80 of 92 (87.0%)\") where "
            "n/N does not round to the stated percentage at its precision (GRIM-style check; rounding half "
            "up, half to even and truncation are accepted).",
    why="A percentage that does not follow from its own counts is a typo in one of them; either may be the "
        "one a reader trusts.",
    basis=_BASIS,
    bad="Grade 3 neutropenia occurred in 23/164 patients (16%).",
    good="Grade 3 neutropenia occurred in 23/164 patients (14%).",
    fix="Recompute the percentage from n/N (or correct n or N) from the source.",
    origin="src/claimcheck/checks/arithmetic.py",
)

CI_EXCLUDES_ESTIMATE = Rule(
    code="A002", name="ci-excludes-estimate", category="arithmetic", severity="error",
    summary="A confidence interval (or range) that does not contain its own point estimate.",
    why="An interval must contain its estimate; one that does not was copied from another row or arm.",
    basis=_BASIS,
    bad="80.7% (95% CI, 82.1-87.7)",
    good="80.7% (95% CI, 72.1-87.7)",
    fix="Copy the interval that belongs to the estimate from the source.",
    origin="src/claimcheck/checks/arithmetic.py",
)

INTERVAL_ORDER = Rule(
    code="A003", name="interval-bounds-order", category="arithmetic", severity="error",
    summary="A confidence interval whose lower bound is not below its upper bound.",
    why="Reversed or equal bounds are a transcription error.",
    basis=_BASIS,
    bad="HR 0.75 [97.5% CI, 0.99-0.57]",
    good="HR 0.75 [97.5% CI, 0.57-0.99]",
    fix="Write the interval as lower-upper from the source.",
    origin="src/claimcheck/checks/arithmetic.py",
)

DIFFERENCE = Rule(
    code="A004", name="difference-arithmetic", category="arithmetic", severity="error",
    summary="A stated difference between two rates that is not a − b (within rounding), or a difference of "
            "percentages written in percent (\"a difference of 51.3%\") instead of percentage points.",
    why="A difference of two percentages is in percentage points; 51.3% would read as a relative change.",
    basis=_BASIS,
    bad="80.7% vs 29.4%, a difference of 53.1 percentage points",
    good="80.7% vs 29.4%, a difference of 51.3 percentage points",
    fix="Recompute a − b and write it in percentage points.",
    origin="src/claimcheck/checks/arithmetic.py",
)

RELATIVE_WORDING = Rule(
    code="A005", name="relative-wording", category="arithmetic", severity="error",
    summary="Relative wording (\"more than doubled\", \"tripled\", \"3-fold\", \"25% relative reduction\") that "
            "the actual ratio does not support. The two rates come from the same sentence, else from the "
            "claims-library entry for the endpoint; a relative reduction is checked against 1 − HR.",
    why="Relative wording amplifies an effect; it must be exactly as large as the data allow.",
    basis="21 CFR 202.1(e)(6)(i) (overstating efficacy); ABPI Code clauses 6.1 and 6.4 (exaggeration).",
    bad="EXAMPLIMAB tripled the response rate vs control (80.7% vs 29.4%).",
    good="EXAMPLIMAB more than doubled the response rate vs control (80.7% vs 29.4%).",
    fix="Use wording the ratio supports, or state the two values.",
    origin="src/claimcheck/checks/arithmetic.py",
)

_DIFF_CUE = re.compile(r"(?:difference|differ(?:ed|s)?|higher|lower|improvement|absolute|gain|benefit)\s+(?:of|by)\s+$", re.I)


def percent_fraction_ok(percent: Num, n: int, total: int) -> bool:
    return n <= total and consistent_percent(percent, n, total)


def interval_contains(value: Num, low: Num, high: Num) -> bool:
    slack = max(value.half_unit, low.half_unit, high.half_unit)
    return low.value - slack <= value.value <= high.value + slack


def difference_ok(stated: Num, a: Num, b: Num) -> bool:
    exact = a.value - b.value
    return abs(abs(exact) - stated.value) <= stated.half_unit + a.half_unit + b.half_unit + 1e-9


def relative_ok(wording: str, factor: float, ratio: float) -> bool:
    """Does ``ratio`` (a/b) support the relative wording?

    "more than doubled": ratio > 2; "nearly/almost doubled": 1.6 <= ratio < 2; "2.7-fold": within 5 %
    of 2.7; plain "doubled"/"tripled": at least 95 % of the factor (a rate that went from 29.4% to
    80.7% has not tripled: 2.74).
    """
    if wording.startswith(("more than", "over")):
        return ratio > factor
    if wording.startswith(("nearly", "almost")):
        return factor * 0.8 <= ratio < factor
    if wording.endswith("fold") or wording.startswith("approximately"):
        return abs(ratio - factor) <= 0.05 * factor
    if factor < 1:  # halved
        return ratio <= factor * 1.05
    return ratio >= 0.95 * factor


_window_cache: list = [None, None]


def _near(ctx: CheckContext, lo: int, hi: int) -> list[Claim]:
    """The document's claims that start in [lo, hi), in document order: a bisection over the claims
    sorted once per document (scanning every claim for every claim made a long document quadratic:
    a 50 MB file took minutes in these checks alone)."""
    claims = ctx.claims
    if _window_cache[0] is not claims:
        ordered = sorted(claims, key=lambda c: c.start)
        _window_cache[:] = [claims, (ordered, [c.start for c in ordered])]
    ordered, starts = _window_cache[1]
    return ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def _pair(ctx: CheckContext, claim: Claim) -> tuple[Claim, Claim] | None:
    """Two rates of different arms (same endpoint) stated before ``claim`` in its sentence or the previous one."""
    rates = [c for c in _near(ctx, claim.start - 599, claim.start + 1) if c.kind == "percentage" and c.arm and c is not claim
             and c.end <= claim.start and claim.start - c.start < 600
             and (claim.endpoint is None or c.endpoint in (None, claim.endpoint))]
    rates.reverse()
    for i, a in enumerate(rates):
        for b in rates[i + 1:]:
            if a.arm != b.arm:
                first, second = (b, a) if b.start < a.start else (a, b)
                return first, second
    return None


def _reference_rates(ctx: CheckContext, claim: Claim) -> tuple[float, float, str] | None:
    """The product and comparator rates of the default entry for the claim's endpoint."""
    ref = ctx.reference
    entries = [e for e in ref.by_endpoint.get(claim.endpoint or "", ()) if e.measure == "rate" and len(e.arms) >= 2]
    entries.sort(key=lambda e: not e.default)
    for e in entries:
        prod = [a for a in e.arms if a in ref.product_arms]
        other = [a for a in e.arms if a not in ref.product_arms]
        if prod and other:
            return e.arms[prod[0]].value.value, e.arms[other[0]].value.value, e.id
    return None


def _reference_hr(ctx: CheckContext, claim: Claim):
    ref = ctx.reference
    for e in ref.by_endpoint.get(claim.endpoint or "", ()):
        if e.ratio and e.ratio.kind == "hazard-ratio":
            return e
    return None


@register(PERCENT_FRACTION, CI_EXCLUDES_ESTIMATE, INTERVAL_ORDER, DIFFERENCE, RELATIVE_WORDING)
def check_arithmetic(ctx: CheckContext):
    text = ctx.document.text
    for claim in ctx.claims:
        if claim.kind == "percentage" and claim.n is not None and claim.total is not None and claim.value:
            if not percent_fraction_ok(claim.value, claim.n, claim.total):
                exact = 100.0 * claim.n / claim.total
                yield ctx.finding(
                    PERCENT_FRACTION, claim.start, claim.end,
                    f"{claim.n}/{claim.total} is {exact:.2f}%, which does not round to the stated {claim.value}%",
                    expected=f"{exact:.{claim.value.decimals}f}%", found=f"{claim.value}%")
        iv = claim.interval
        if iv and claim.value is not None:
            if not iv.low.value < iv.high.value:
                yield ctx.finding(
                    INTERVAL_ORDER, claim.start, claim.end,
                    f"interval {iv.low}-{iv.high} has its lower bound not below its upper bound",
                    found=f"{iv.low}-{iv.high}")
            elif not interval_contains(claim.value, iv.low, iv.high):
                what = "confidence interval" if iv.kind == "ci" else "range"
                yield ctx.finding(
                    CI_EXCLUDES_ESTIMATE, claim.start, claim.end,
                    f"{what} {iv.low}-{iv.high} does not contain its estimate {claim.value}",
                    found=f"{claim.value} ({iv.low}-{iv.high})")
        if claim.kind == "pp-difference" and claim.value is not None:
            pair = _pair(ctx, claim)
            if pair and pair[0].value and pair[1].value and not difference_ok(claim.value, pair[0].value, pair[1].value):
                a, b = pair
                yield ctx.finding(
                    DIFFERENCE, claim.start, claim.end,
                    f"stated difference {claim.value} percentage points, but {a.value}% − {b.value}% = "
                    f"{a.value.value - b.value.value:.{max(a.value.decimals, b.value.decimals)}f} percentage points",
                    expected=f"{a.value.value - b.value.value:.{max(a.value.decimals, b.value.decimals)}f} percentage points",
                    found=f"{claim.value} percentage points")
        if claim.kind == "percentage" and claim.value is not None and _DIFF_CUE.search(text[max(0, claim.start - 40):claim.start]):
            pair = _pair(ctx, claim)
            if pair and pair[0].value and pair[1].value and difference_ok(claim.value, pair[0].value, pair[1].value):
                yield ctx.finding(
                    DIFFERENCE, claim.start, claim.end,
                    f"the difference between {pair[0].value}% and {pair[1].value}% is {claim.value} percentage "
                    f"points, not {claim.value}%",
                    expected=f"{claim.value} percentage points", found=f"{claim.value}%")
        if claim.kind == "relative":
            yield from _relative(ctx, claim)


def _relative(ctx: CheckContext, claim: Claim):
    if claim.relative in ("relative reduction", "relative increase") and claim.value is not None:
        entry = _reference_hr(ctx, claim)
        hr_claims = [c for c in _near(ctx, claim.start - 399, claim.start + 400)
                     if c.kind == "ratio" and c.ratio_kind == "hazard-ratio"
                     and abs(c.start - claim.start) < 400]
        hr = hr_claims[0].value.value if hr_claims and hr_claims[0].value else (entry.ratio.value.value if entry else None)
        if hr is None:
            return
        implied = (1 - hr) * 100 if claim.relative == "relative reduction" else (hr - 1) * 100
        if abs(implied - claim.value.value) > claim.value.half_unit + 0.5 + 1e-9:
            yield ctx.finding(
                RELATIVE_WORDING, claim.start, claim.end,
                f"a hazard ratio of {hr:g} is a {abs(implied):.0f}% {claim.relative}, not {claim.value}%"
                + (f" (source: {entry.source})" if entry and not hr_claims else ""),
                expected=f"{abs(implied):.0f}%", found=f"{claim.value}%",
                reference_id=entry.id if entry and not hr_claims else None,
                source=entry.source if entry and not hr_claims else None)
        return
    if claim.factor is None:
        return
    pair = None
    s0, s1 = claim.sentence
    same = _near(ctx, s0, s1 + 1) if s1 > s0 else ctx.claims  # a claim starts inside its sentence
    rates = [c for c in same if c.kind == "percentage" and c.sentence == claim.sentence and c.arm and c.value]
    prod = [c for c in rates if c.arm in ctx.reference.product_arms]
    other = [c for c in rates if c.arm not in ctx.reference.product_arms]
    source = entry_id = None
    if prod and other:
        pair = (prod[0].value.value, other[0].value.value)
    else:
        found = _reference_rates(ctx, claim)
        if found:
            pair = found[:2]
            entry_id = found[2]
            source = ctx.reference.entries[entry_id].source
    if not pair or pair[1] == 0:
        return
    ratio = pair[0] / pair[1]
    if not relative_ok(claim.relative or "", claim.factor, ratio):
        yield ctx.finding(
            RELATIVE_WORDING, claim.start, claim.end,
            f"\"{claim.text.strip()}\" claims a factor of {claim.factor:g}, but {pair[0]:g} / {pair[1]:g} = {ratio:.2f}"
            + (f" (source: {source})" if source else ""),
            expected=f"ratio {ratio:.2f}", found=claim.relative, reference_id=entry_id, source=source)
