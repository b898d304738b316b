"""The median follow-up written beside an outcome (helper v2): "Overall survival was longer (median
follow-up 29.6 months)" — the duration right after the design term is the follow-up's, checked
against the follow-up entry, not the outcome the sentence names."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _value(linter, tmp_path, sentence: str):
    path = tmp_path / "p.md"
    path.write_text(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001")]


FORMS = [
    "Overall survival was longer with BESPONSA (median follow-up {v} months).",
    "Overall survival was longer with BESPONSA (median follow-up: {v} months).",
    "Overall survival was longer with BESPONSA (median follow-up, {v} months).",
    "After a median follow-up of {v} months, overall survival was longer with BESPONSA.",
    "Median overall survival was 7.7 months with BESPONSA (median follow-up {v} months).",
]


@pytest.mark.parametrize("form", FORMS)
def test_the_correct_follow_up_is_clean(linter, tmp_path, form):
    assert _value(linter, tmp_path, form.format(v="29.6")) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_wrong_follow_up_is_compared_with_the_follow_up(linter, tmp_path, form):
    found = _value(linter, tmp_path, form.format(v="26.9"))
    assert [f.rule for f in found] == ["V001"] and "29.6" in found[0].message
