"""A stated difference whose own sentence gives the rates only in words ("roughly four in five …
fewer than one in three, a difference of 61.3 percentage points", a presenter's note or a recap under
the figures): the words' bands would let almost any difference pass, so the difference is judged
against the exact rates stated before it that those words stand for (A004 where they do not give
it). Texts written for this test (plain text, other endpoints and wording)."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) recap\n\n"

CASES = [
    ("MRD negativity among responders: 78.4% (69/88) vs 28.1% (9/32).\n\n"
     "Put simply, about four in five responders on BESPONSA were MRD-negative, against fewer than one in "
     "three with chemotherapy, a difference of {d} percentage points.\n", "50.3", "40.3"),
    ("- CR/CRi: 80.7% (88/109) vs 29.4% (32/109)\n\n"
     "Roughly four in five reached CR/CRi against fewer than one in three with chemotherapy: "
     "{d} percentage points apart.\n", "51.3", "57.3"),
]


@pytest.mark.parametrize("text,right,wrong", CASES)
def test_wrong_difference_of_worded_rates_is_a004(lint_piece, text, right, wrong):
    found = [f for f in lint_piece(HEAD + text.format(d=wrong), name="p.txt") if f.rule == "A004"]
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("text,right,wrong", CASES)
def test_right_difference_of_worded_rates_is_clean(lint_piece, text, right, wrong):
    assert [f for f in lint_piece(HEAD + text.format(d=right), name="p.txt") if f.rule == "A004"] == []
