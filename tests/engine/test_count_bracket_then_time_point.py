"""A count with its percentage in brackets, then the time point it belongs to ("42 (45.7%) in cycle
1 and 38 (41.3%) in cycle 2"): the bracket closes on the value, and the time point after it is the
value's own, not the previous clause's. A correct held-out speaker-notes draft got a false V001
(41.3% read at cycle 1); swapping the two figures must still be V001 (issue 11)."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin), INO-VATE ALL (post hoc, descriptive analysis).\n\n"

WORDINGS = [
    "Among the 92 BESPONSA patients with MRD-negative CR/CRi, {a} (first reached it) in cycle 1 and {b} in cycle 2.",
    "Of 92 patients on BESPONSA who became MRD-negative, {a} did so in cycle 1 and {b} did so in cycle 2.",
    "MRD negativity with BESPONSA (n = 92): {a} reached it in cycle 1, and {b} in cycle 2.",
]


def test_percentage_then_its_count_in_brackets(lint_piece):
    """"41.3% (n=38/92) in Cycle 2": the bracket of the count closes on the value too."""
    text = HEAD + ("MRD-negative responses with BESPONSA: 45.7% (n=42/92) occurred in Cycle 1, 41.3% (n=38/92) "
                   "in Cycle 2, and 13.0% (n=12/92) in Cycle 3 and beyond.\n")
    assert [f.rule for f in lint_piece(text, "notes.txt", rules={"V001", "A001"})] == []


def _v001(lint_piece, wording, a, b):
    text = HEAD + wording.replace("(first reached it) ", "first reached it ").format(a=a, b=b) + "\n"
    return [f.line for f in lint_piece(text, "notes.txt", rules="V001")]


@pytest.mark.parametrize("wording", WORDINGS)
def test_correct_order_is_clean(lint_piece, wording):
    assert _v001(lint_piece, wording, "42 (45.7%)", "38 (41.3%)") == []


@pytest.mark.parametrize("wording", WORDINGS)
def test_swapped_figures_are_a_mismatch(lint_piece, wording):
    assert _v001(lint_piece, wording, "38 (41.3%)", "42 (45.7%)") != []
