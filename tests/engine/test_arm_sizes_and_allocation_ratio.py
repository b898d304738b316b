"""A007 on arm sizes in brackets after a randomised total whose arms are named before the bracket
("371 patients were randomised 2:1 to A or B (247 vs 124)"), and on arm sizes that add up to the
total but do not fit the allocation ratio stated with it ("randomised 2:1 (186 vs 185)"). Arms a
few patients off the exact shares (1:1 of 326 is 164 and 162) stay clean. Texts written for this
test; facts of the shipped libraries (ADMIRAL 371 = 247 + 124, 2:1; INO-VATE ALL 326 = 164 + 162, 1:1)."""

from __future__ import annotations

import pytest

XOS = "# XOSPATA (gilteritinib)\n\n"
BES = "# BESPONSA (inotuzumab ozogamicin)\n\n"
LINES = {
    "named-arms-vs": (XOS, "In ADMIRAL, 371 patients were randomised 2:1 to gilteritinib or salvage chemotherapy ({a} vs {b})."),
    "named-arms-words": (XOS, "371 adults were randomized in a 2:1 ratio to XOSPATA or chemotherapy ({a} XOSPATA; {b} chemotherapy)."),
    "ratio-word": (XOS, "Overall, 371 adults were randomized in a 2:1 ratio ({a} vs {b})."),
    "bullet": (XOS, "- 371 patients were randomly assigned 2:1 ({a} / {b})"),
}


def _a007(lint_piece, text):
    return [f.line for f in lint_piece(text, rules="A007")]


@pytest.mark.parametrize("layout", sorted(LINES))
def test_published_arm_sizes_are_clean(lint_piece, layout):
    head, line = LINES[layout]
    assert _a007(lint_piece, head + line.format(a=247, b=124) + "\n") == []


@pytest.mark.parametrize("layout", sorted(LINES))
def test_arm_sizes_that_miss_the_total_are_found(lint_piece, layout):
    head, line = LINES[layout]
    assert _a007(lint_piece, head + line.format(a=274, b=124) + "\n") == [3]


@pytest.mark.parametrize("layout", sorted(LINES))
def test_arm_sizes_that_miss_the_ratio_are_found(lint_piece, layout):
    head, line = LINES[layout]
    assert _a007(lint_piece, head + line.format(a=186, b=185) + "\n") == [3]


@pytest.mark.parametrize("text", [
    BES + "In INO-VATE ALL, 326 patients were randomised 1:1 to BESPONSA or standard chemotherapy (164 vs 162).\n",
    BES + "326 adults were randomized in a 1:1 ratio (162 vs 164).\n",
    XOS + "371 patients were randomised 2:1 (124 vs 247).\n",   # either order: the ratio is about sizes
    XOS + "371 patients were randomised to gilteritinib or chemotherapy (median age 62 years).\n",
])
def test_correct_or_unrelated_brackets_stay_clean(lint_piece, text):
    assert _a007(lint_piece, text) == []
