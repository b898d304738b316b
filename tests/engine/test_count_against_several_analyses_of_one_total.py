"""A count over a total (n/N, no percentage) that no entry holds, where several analyses of its
endpoint share the arm's total (the rate of going on to transplant and of going directly to it,
both over the same 162 comparator patients): the entry meant is the one whose own words the
sentence names, else the endpoint's default entry, and the count is reported as wrong there (V001).
Before, two candidates left it a figure of no entry, with no finding at all. Right counts stay
clean. Texts written for this test; figures of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

BODIES = [
    # a pair of shares, then their counts in one bracket
    ("48.2% vs 21.6% of patients went on to HSCT (79/164 vs {n}/162, ITT).", "35/162"),
    ("Follow-up transplant, ITT population: 48.2% with BESPONSA and 21.6% with chemotherapy "
     "(79/164 and {n}/162).", "35/162"),
    # the entry's own words named: the direct-transplant analysis over the same total
    ("43.3% vs 11.1% proceeded directly to HSCT (71/164 vs {n}/162).", "18/162"),
]
RIGHT = {"35/162": "35", "18/162": "18"}


@pytest.fixture
def linter(full_linter):
    return full_linter


def _found(lint_piece, body):
    text = "# Transplant after BESPONSA\n\nIn INO-VATE ALL, " + body[0].lower() + body[1:] + "\n"
    return [(f.rule, f.message) for f in lint_piece(text, "piece.md", rules={"V001", "U001", "A001"}, market="US")]


@pytest.mark.parametrize("body,right", BODIES)
def test_the_right_count_is_clean(lint_piece, body, right):
    assert _found(lint_piece, body.format(n=RIGHT[right])) == []


@pytest.mark.parametrize("body,right", BODIES)
def test_a_wrong_count_is_reported_against_the_entry_meant(lint_piece, body, right):
    """Once: the share's counts and the count read on its own are one figure (the share's own
    arithmetic, 53/162 against 21.6%, is A001's)."""
    found = _found(lint_piece, body.format(n="53"))
    v001 = [message for rule, message in found if rule == "V001"]
    assert len(v001) == 1, found
    assert f"n/N is {right} in the reference, the text says 53/162" in v001[0], found
    assert {rule for rule, _ in found} <= {"V001", "A001"}, found
