"""Arithmetic checks (checks/arithmetic.py): the pure recomputations, and the findings at their lines."""

from __future__ import annotations

import pytest

from claimcheck.checks.arithmetic import difference
from claimcheck.numbers import Num
from conftest import lint_text


def _at(findings, code):
    return [(f.line, f.message) for f in findings if f.rule == code]


# ------------------------------------------------------------------ A004 difference
@pytest.mark.parametrize("a, b, expected", [
    ("80.7", "29.3", "51.4"), ("80.7", "29.4", "51.3"), ("48.2", "21.6", "26.6"), ("29.4", "80.7", "51.3"),
    ("81", "29.4", "51.6"), ("0.1", "0.2", "0.1"),
])
def test_difference_is_exact_on_the_written_decimals(a, b, expected):
    d = difference(Num.parse(a), Num.parse(b))
    assert d.text == expected and d.decimals == len(expected.split(".")[1])


def test_a_wrong_difference_written_in_percent_is_reported_with_the_right_arithmetic(linter):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with SC, "
            "a difference of 40%.\n")
    (found,) = _at(lint_text(linter, text), "A004")
    assert found == (3, "stated difference 40%, but 80.7% − 29.4% = 51.3 percentage points")


def test_a_right_difference_written_in_percent_uses_the_values_the_text_states(linter):
    # the text says 29.3% (a transcription slip): the message computes with it, 80.7 − 29.3 = 51.4
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC, "
            "a difference of 51.3%.\n")
    (found,) = _at(lint_text(linter, text), "A004")
    assert found[0] == 3
    assert "80.7% − 29.3% = 51.4 percentage points, not 51.3%" in found[1]


def test_a_wrong_difference_in_percentage_points_names_the_exact_difference(linter):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC, "
            "a difference of 53.1 percentage points.\n")
    (found,) = _at(lint_text(linter, text), "A004")
    assert found == (3, "stated difference 53.1 percentage points, but 80.7% − 29.3% = 51.4 percentage points")


def test_a_right_difference_in_percentage_points_is_clean(linter):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with SC, "
            "a difference of 51.3 percentage points.\n")
    assert _at(lint_text(linter, text), "A004") == []
