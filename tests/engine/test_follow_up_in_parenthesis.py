"""The median follow-up written beside an outcome (helper v2): "Overall survival was longer (median
follow-up 29.6 months)" — the duration right after the design term is the follow-up's, checked
against the follow-up entry, not the outcome the sentence names."""

from __future__ import annotations

import pytest


def _value(lint_piece, sentence: str):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md",
                      rules=("V001", "V002", "U001"))


FORMS = [
    "Overall survival was longer with BESPONSA (median follow-up {v} months).",
    "Overall survival was longer with BESPONSA (median follow-up: {v} months).",
    "Overall survival was longer with BESPONSA (median follow-up, {v} months).",
    "After a median follow-up of {v} months, overall survival was longer with BESPONSA.",
    "Median overall survival was 7.7 months with BESPONSA (median follow-up {v} months).",
]


@pytest.mark.parametrize("form", FORMS)
def test_the_correct_follow_up_is_clean(lint_piece, form):
    assert _value(lint_piece, form.format(v="29.6")) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_wrong_follow_up_is_compared_with_the_follow_up(lint_piece, form):
    found = _value(lint_piece, form.format(v="26.9"))
    assert [f.rule for f in found] == ["V001"] and "29.6" in found[0].message
