"""Counts of one stated total dated by a cycle, day or time: "Of the 92 responders, 80 (87.0%) did so
within 2 cycles: 42 (45.7%) in cycle 1 and 38 (41.3%) in cycle 2". The second count is a count (the
cycle-number list "cycle 1 and 38" is no list of cycle numbers when a share or a noun of people follows
the number), and every count of the breakdown is judged against the total (A001): a cycle or time
between the counts, or the colon that opens their breakdown, is no figure of another group. Texts
written for this test."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims

HEAD = "EXAMPLIMAB (examplimab) for adults with relapsed disease.\n\n"


@pytest.mark.parametrize("text,count", [
    ("Of the 92 patients, 42 (45.7%) in cycle 1 and 38 (41.3%) in cycle 2.", "38 (41.3%)"),
    ("Of 60 responders, 30 (50%) on day 8 and 21 (35%) by Day 15.", "21 (35%)"),
])
def test_a_count_after_a_cycle_number_is_a_count(text, count):
    found = {c.text: c.n for c in extract_claims(text)}
    assert found[count] == int(count.split()[0])


def test_cycle_and_day_lists_stay_masked():
    assert [c.text for c in extract_claims("Give it on Days 1, 8 and 15 of cycles 1 and 2.")] == []


@pytest.mark.parametrize("body,name", [
    ("Of the 92 patients who reached remission, 80 (87.0%) did so within 2 cycles: 42 (45.7%) in cycle 1 "
     "and 36 (41.3%) in cycle 2.", "piece.md"),
    ("Of the 60 responders, 33 (55.0%) responded by day 28 and 20 (38.3%) after 3 months.", "piece.txt"),
])
def test_every_count_of_a_dated_breakdown_is_judged(lint_piece, body, name):
    found = [(f.rule, f.line) for f in lint_piece(HEAD + body + "\n", name, rules={"A001"})]
    assert found == [("A001", 3)]


@pytest.mark.parametrize("body", [
    "Of the 92 patients who reached remission, 80 (87.0%) did so within 2 cycles: 42 (45.7%) in cycle 1 "
    "and 38 (41.3%) in cycle 2.",
    "Of the 60 responders, 33 (55.0%) responded by day 28 and 23 (38.3%) after 3 months.",
])
def test_a_right_breakdown_is_clean(lint_piece, body):
    assert lint_piece(HEAD + body + "\n", "piece.md", rules={"A001"}) == []
