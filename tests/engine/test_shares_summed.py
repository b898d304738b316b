"""A007 for a share given as the sum of the shares listed before it in its sentence ("42 (45.7%)
did so in cycle 1 and 38 (41.3%) in cycle 2, so 92.0% within the first 2 cycles": 45.7 + 41.3 is
87.0), after a word of summing or with one after it; found by an outside writer's transplant
worksheet, where only V001 (against the library's 87.0%) reported it. Controls: a right sum within
the parts' rounding, shares set against each other (arms, "vs", "respectively"), a share of the
share ("of whom") and a figure below a part (no sum) stay clean. A total that is the sum of a run of
the parts (the first two of three cycles, an outside writer's journal-club handout: a false A007
before) is theirs; one that is the sum of no run still is A007. Texts written for this test."""

from __future__ import annotations

import pytest

HEAD = "In a post hoc analysis of INO-VATE ALL (exploratory; interpret with caution):\n\n"


def _a007(lint_piece, sentence: str):
    return [f.rule for f in lint_piece(HEAD + sentence + "\n", "p.md", rules="A007")]


@pytest.mark.parametrize("sentence", [
    "Of the 92 patients who reached MRD negativity, 42 (45.7%) did so in cycle 1 and 38 (41.3%) in cycle 2, "
    "so 92.0% got there within the first 2 cycles.",
    "MRD negativity came in cycle 1 for 45.7% and in cycle 2 for 41.3%; in total, 90% within two cycles.",
    "45.7% reached it after cycle 1 and 41.3% after cycle 2 \u2014 a total of 82.0% by the end of cycle 2.",
    "After cycle 1, 45.7%; after cycle 2, 41.3%; after cycle 3 or later, 13.0%: 95% in total.",
    "Of 92 MRD-negative patients, 42 (45.7%) first got there after cycle 1, 38 (41.3%) after cycle 2 and "
    "12 (13.0%) later — so 89.0% within two cycles.",
])
def test_a_wrong_sum_of_shares_is_a007(lint_piece, sentence):
    assert _a007(lint_piece, sentence) == ["A007"]


@pytest.mark.parametrize("sentence", [
    "Of the 92 patients who reached MRD negativity, 42 (45.7%) did so in cycle 1 and 38 (41.3%) in cycle 2, "
    "so 87.0% got there within the first 2 cycles.",
    "MRD negativity came in cycle 1 for 45.7% and in cycle 2 for 41.3%; in total, 87% within two cycles.",
    "After cycle 1, 45.7%; after cycle 2, 41.3%; after cycle 3 or later, 13.0%: 100% in total.",
    "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy, so 51.3 points more patients responded.",
    "CR/CRi rates were 80.7% and 29.4%, respectively, so in total 64% of the first 218 responded.",
    "80.7% reached CR/CRi, of whom 78.4% were MRD-negative, so 63.3% overall were MRD-negative responders.",
    "45.7% reached it after cycle 1 and 41.3% after cycle 2, so 41% needed a second cycle.",
    "Of 92 MRD-negative patients, 42 (45.7%) first got there after cycle 1, 38 (41.3%) after cycle 2 and "
    "12 (13.0%) later — so 87.0% within two cycles.",
    "MRD negativity came in cycle 1 for 45.7%, in cycle 2 for 41.3% and later for 13.0%, so 54.3% needed more "
    "than one cycle in total.",
])
def test_right_sums_and_other_shares_are_clean(lint_piece, sentence):
    assert _a007(lint_piece, sentence) == []
