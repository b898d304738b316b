"""A median follow-up written with its range ("Median follow-up 29.6 months (range 0.1-47.2)"): the
median is a claim, matched with the follow-up entry (V001 when wrong); the range's bounds are not
claims (claims.py: the "range" pattern keeps the duration before the range)."""

from __future__ import annotations

import pytest


def _lint(lint_piece, body: str, name: str = "p.md"):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n{body}\n",
                      name, rules=("V001", "V002", "U001"))


FORMS = [
    "Median follow-up {v} months (range 0.1\u201347.2).",
    "The median follow-up was {v} months (range 0.1-47.2 months).",
    "- Median follow-up: {v} mo (range: 0.1\u201347.2)",
    "1. Median follow-up {v} months (range 0.1 \u2013 47.2)",
    "Median follow-up was {v} months (range, 0.1 to 47.2).",
]


@pytest.mark.parametrize("form", FORMS)
def test_the_correct_median_is_clean(lint_piece, form):
    assert _lint(lint_piece, form.format(v="29.6")) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wrong", ["49.7", "26.9"])
def test_a_wrong_median_is_a_value_mismatch(lint_piece, form, wrong):
    found = _lint(lint_piece, form.format(v=wrong))
    assert [f.rule for f in found] == ["V001"] and "29.6" in found[0].message


def test_html_paragraph(lint_piece):
    body = "<p>In the phase 3 INO-VATE ALL study of BESPONSA:</p><p>Median follow-up {v} months (range 0.1\u201347.2).</p>"
    assert lint_piece(body.format(v="29.6"), "p.html", rules=("V001", "V002", "U001")) == []
    assert [f.rule for f in lint_piece(body.format(v="49.7"), "p.html", rules=("V001", "V002", "U001"))] == ["V001"]


def test_a_range_whose_bound_equals_the_median_is_no_interval_finding(lint_piece):
    assert _lint(lint_piece, "Median follow-up 29.6 months (range 1.7\u201329.6).") == []


def test_a_median_age_with_a_range_stays_silent(lint_piece):
    assert _lint(lint_piece, "Patients had a median age of 47 (range 18\u201378) years.") == []
