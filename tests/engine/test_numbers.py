"""Rounding-aware comparison (numbers.py) and the arithmetic helpers."""

from __future__ import annotations

import pytest

from claimcheck.checks.arithmetic import difference_ok, interval_contains, percent_fraction_ok, relative_ok
from claimcheck.numbers import Num, consistent_percent, faithful, more_precise


@pytest.mark.parametrize("written, ref, ok", [
    ("81", "80.7", True), ("78", "78.4", True), ("80.7", "80.7", True), ("29.3", "29.4", False),
    ("80", "80.7", False), ("10.0", "10.0", True), ("10", "10.0", True), ("23", "22.8", True),
    ("0.75", "0.75", True), ("0.8", "0.75", True), ("0.7", "0.75", False),
])
def test_faithful_rounding(written, ref, ok):
    assert faithful(Num.parse(written), Num.parse(ref)) is ok


def test_more_precise_than_reference_is_not_confirmable():
    assert more_precise(Num.parse("80.73"), Num.parse("80.7"))
    assert not more_precise(Num.parse("80.79"), Num.parse("80.7"))
    assert not faithful(Num.parse("80.73"), Num.parse("80.7"))


@pytest.mark.parametrize("pct, n, total, ok", [
    ("14", 23, 164, True), ("16", 23, 164, False), ("45.7", 42, 92, True), ("87.0", 80, 92, True),
    ("3", 4, 162, False), ("8", 4, 53, True), ("28.1", 9, 32, True),
])
def test_percent_against_fraction(pct, n, total, ok):
    assert consistent_percent(Num.parse(pct), n, total) is ok
    assert percent_fraction_ok(Num.parse(pct), n, total) is ok


def test_fraction_larger_than_one_is_inconsistent():
    assert not percent_fraction_ok(Num.parse("100"), 5, 4)


def test_interval_and_difference_and_relative():
    assert interval_contains(Num.parse("80.7"), Num.parse("72.1"), Num.parse("87.7"))
    assert not interval_contains(Num.parse("80.7"), Num.parse("82.1"), Num.parse("87.7"))
    assert difference_ok(Num.parse("51.3"), Num.parse("80.7"), Num.parse("29.4"))
    assert not difference_ok(Num.parse("53.1"), Num.parse("80.7"), Num.parse("29.4"))
    assert relative_ok("more than doubled", 2.0, 80.7 / 29.4)
    assert not relative_ok("tripled", 3.0, 80.7 / 29.4)
    assert relative_ok("more than doubled", 2.0, 48.2 / 21.6)
    assert not relative_ok("more than doubled", 2.0, 1.9)
