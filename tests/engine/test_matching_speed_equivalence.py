"""The fast comparison paths equal the Decimal definitions they replace.

numbers.faithful/more_precise round with exact integer arithmetic (numbers.units) and the matcher
compares precomputed rounding ladders (numbers.roundings) against facts it builds once per
Matcher. These tests hold them to the Decimal definitions (copied below as they were before the
fast paths), results and errors alike, on generated numbers and on the shipped corpus.
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import matching
from claimcheck.documents import read_document
from claimcheck.model import Match
from claimcheck.numbers import Num, faithful, more_precise, round_half_up, roundings, units, written_units

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ the definitions
def faithful_def(written: Num, reference: Num | float) -> bool:
    ref = reference if isinstance(reference, Num) else Num.of(reference)
    if written.decimals > ref.decimals:
        return round_half_up(written.value, ref.decimals) == round_half_up(ref.value, ref.decimals) and \
            abs(written.value - ref.value) < 10 ** (-written.decimals) / 2 + 1e-12
    return round_half_up(ref.value, written.decimals) == Decimal(written.text.replace(",", "")).quantize(
        Decimal(1).scaleb(-written.decimals))


def more_precise_def(written: Num, reference: Num) -> bool:
    return written.decimals > reference.decimals and (
        round_half_up(written.value, reference.decimals) == round_half_up(reference.value, reference.decimals)
    )


def outcome(fn, *args):
    """The result, or the type of the error raised: both must be the same."""
    try:
        return ("ok", fn(*args))
    except Exception as exc:  # noqa: BLE001 - comparing whatever is raised
        return ("raised", type(exc))


# ------------------------------------------------------------------ generated numbers
def _text(sign: bool, whole: str, frac: str, commas: bool) -> str:
    if commas and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = ",".join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return ("-" if sign else "") + whole + ("." + frac if frac else "")


#: as drafts and the library write numbers, with many ties (…5) and long digit strings
written_texts = st.builds(
    _text, st.booleans(), st.text("0123456789", min_size=1, max_size=32).filter(lambda s: s[0] != "0" or len(s) == 1),
    st.one_of(st.text("0123456789", max_size=6), st.text("05", max_size=4), st.text("0123456789", max_size=31)),
    st.booleans())

finite = st.floats(allow_nan=False, allow_infinity=False)
odd_floats = st.sampled_from([math.inf, -math.inf, math.nan, 0.0, -0.0, 1e30, 1e28, 9.999999999999999e27,
                              5e-324, 1e-300, 2.0 ** 60, 0.125, 2.675, 1.005, 0.5, -0.5, -2.5])

nums = st.one_of(
    written_texts.map(Num.parse),
    finite.map(Num.of),
    st.builds(Num.of, st.one_of(finite, odd_floats), st.integers(0, 6)),
    st.builds(lambda v, d: Num(v, repr(v), d), st.one_of(finite, odd_floats), st.integers(0, 40)),
    # text the Decimal path must decide: unicode minus (raises), "+", underscores, more decimals
    # than claimed (quantize rounds half even), more digits than the context holds
    st.sampled_from([Num(-5.0, "\u22125", 0), Num(5.0, "+5", 0), Num(1000.0, "1_000", 0), Num(1.25, "1.25", 1),
                     Num(1.35, "1.35", 1), Num(2.0, "2", -1), Num(1e29, "1" + "0" * 29, 0),
                     Num(math.inf, "inf", 0), Num(0.0, "-0", 0), Num(0.0, "0." + "0" * 30, 30)]),
)


@settings(max_examples=3000, deadline=None)
@given(nums, nums)
def test_faithful_and_more_precise_equal_the_decimal_definitions(written, reference):
    assert outcome(faithful, written, reference) == outcome(faithful_def, written, reference)
    assert outcome(more_precise, written, reference) == outcome(more_precise_def, written, reference)


@settings(max_examples=3000, deadline=None)
@given(nums, nums)
def test_rounding_ladders_agree_exactly_when_faithful_or_more_precise(written, reference):
    mine, theirs = roundings(written, written=True), roundings(reference)
    if mine is None or theirs is None:
        return  # the matcher asks the definitions then
    d = min(len(mine), len(theirs)) - 1
    # within the integer path the definitions never raise
    assert (mine[d] == theirs[d]) == (faithful_def(written, reference) or more_precise_def(written, reference))


@settings(max_examples=3000, deadline=None)
@given(st.one_of(finite, odd_floats, st.builds(lambda k, d: k / 10 ** d + 5 / 10 ** (d + 1),
                                                 st.integers(-10 ** 9, 10 ** 9), st.integers(0, 8))),
       st.integers(-2, 34))
def test_units_are_the_decimal_rounding(value, decimals):
    got = units(value, decimals)
    if got is None:
        return
    assert Decimal(got).scaleb(-decimals) == round_half_up(value, decimals)


def test_integer_path_declines_what_decimal_would_refuse():
    assert units(1e30, 0) is None and units(math.inf, 1) is None and units(math.nan, 1) is None
    assert units(1, 0) is None  # not a float: its text is not a float's repr
    assert written_units("\u22125", 0) is None and written_units("1.25", 1) is None
    assert units(0.125, 2) == 13 and units(-0.125, 2) == -13 and units(2.675, 2) == 268  # on the text
    assert written_units("1,234.5", 1) == 12345


# ------------------------------------------------------------------ the matcher
class DefinitionMatcher(matching.Matcher):
    """The matcher as it was: facts rebuilt for every claim, each compared with the definitions."""

    def facts(self, claim, endpoints, scope=None):
        kind = claim.kind
        return [f for endpoint in endpoints for entry in self.ref.by_endpoint.get(endpoint, ())
                if scope is None or entry.study.product in scope
                for f in self._entry_facts(entry, kind, claim.unit, claim.ratio_kind)]

    def _agreeing(self, claim, facts):
        return [f for f in facts if self._agrees(claim, f)]


def _as_tuple(m: Match):
    return (m.status, m.reference_id, m.arm, m.field, m.expected, m.found, m.detail, repr(m.score))


def test_matcher_equals_the_definitions_on_the_corpus(linter, reference, monkeypatch):
    files = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")
    docs = [(linter.nlp(text)._.claims, text) for text in (read_document(p).text for p in files)]
    assert sum(len(claims) for claims, _ in docs) > 50
    fast = matching.Matcher(reference)
    got = [[_as_tuple(fast.match(c, text)) for c in claims] for claims, text in docs]
    got_again = [[_as_tuple(fast.match(c, text)) for c in claims] for claims, text in docs]  # cached facts
    with monkeypatch.context() as mp:
        mp.setattr(matching, "faithful", faithful_def)
        mp.setattr(matching, "more_precise", more_precise_def)
        slow = DefinitionMatcher(reference)
        want = [[_as_tuple(slow.match(c, text)) for c in claims] for claims, text in docs]
    assert got == want
    assert got_again == want


@pytest.mark.parametrize("kind, unit, ratio_kind", [("duration", "months", None), ("duration", "weeks", None),
                                                    ("ratio", None, "hazard-ratio"), ("percentage", "%", None)])
def test_cached_facts_are_the_facts_built_per_claim(reference, kind, unit, ratio_kind):
    from claimcheck.model import Claim

    m = matching.Matcher(reference)
    for endpoint in reference.by_endpoint:
        claim = Claim(kind, 0, 0, "", unit=unit, ratio_kind=ratio_kind)
        built = [f for entry in reference.by_endpoint[endpoint]
                 for f in m._entry_facts(entry, kind, unit, ratio_kind)]
        assert m.facts(claim, [endpoint]) == built
        assert m.facts(claim, [endpoint]) == built  # and again, from the cache
