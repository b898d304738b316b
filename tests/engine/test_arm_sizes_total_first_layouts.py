"""A007 for arm sizes set against a total given first, in layouts the earlier readers
(tests/engine/test_arm_sizes_other_layouts.py, test_arm_sizes_in_prose.py) did not take: an arm's
"(n=...)" bracket that holds more after a semicolon ("investigator's choice of chemotherapy (n=166;
FLAG 102/162, ...)"), and a total then its arms, each with "n =", with no bracket ("N = 371: XOSPATA
n = 247, chemotherapy n = 124"). Subgroup counts inside an arm's bracket (FLAG 102/162), ages and
doses are not arm sizes and stay clean. Texts written for this test."""

from __future__ import annotations

import pytest

HEAD_B = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"
HEAD_X = "# XOSPATA in relapsed or refractory AML\n\nIn the phase 3 ADMIRAL study of XOSPATA:\n\n"

#: the total, then the arms each with "(n=...)", the last bracket holding more after a semicolon
BRACKETED = [
    "N={t} adults were randomized to BESPONSA (n={a}) or investigator's choice of chemotherapy (n={b}; "
    "FLAG 102/162, cytarabine plus mitoxantrone 38/162, HIDAC 22/162).",
    "In INO-VATE ALL (N = {t}), patients were randomised to BESPONSA (n = {a}) or standard chemotherapy "
    "(n = {b}; FLAG, cytarabine/mitoxantrone or HIDAC).",
    "{t} adults were randomised 1:1 to inotuzumab ozogamicin (n={a}) or investigator's choice of chemotherapy "
    "(n={b}; FLAG in 102 patients).",
    "A total of {t} patients were randomized to BESPONSA (n={a}; 1.8 mg/m2 per cycle) or chemotherapy "
    "(n={b}; FLAG, n=102).",
]
#: the total, then the arms each with "n =", no bracket
UNBRACKETED = [
    "N = {t}: XOSPATA n = {a}, chemotherapy n = {b}",
    "N = {t}: XOSPATA n = {a}; salvage chemotherapy n = {b}.",
    "N = {t} \u2013 XOSPATA n = {a}, chemotherapy n = {b}",
    "- N={t}: XOSPATA n={a}, salvage chemotherapy n={b}",
    "Randomized (N = {t}): XOSPATA, n = {a}; salvage chemotherapy, n = {b}.",
    "N = {t}: XOSPATA (n = {a}), chemotherapy (n = {b}).",
]


def _a007(lint_piece, text: str, ext: str = "md"):
    return lint_piece(text + "\n", f"p.{ext}", rules="A007")


@pytest.mark.parametrize("form", BRACKETED)
def test_arm_bracket_with_more_after_a_semicolon(lint_piece, form):
    wrong = _a007(lint_piece, HEAD_B + form.format(t=326, a=164, b=166))
    assert len(wrong) == 1 and "330" in wrong[0].message and "326" in wrong[0].message, form
    assert _a007(lint_piece, HEAD_B + form.format(t=326, a=164, b=162)) == []
    assert _a007(lint_piece, HEAD_B + form.format(t=326, a=164, b=162), "txt") == []


@pytest.mark.parametrize("form", UNBRACKETED)
def test_total_then_arms_with_n_equals(lint_piece, form):
    wrong = _a007(lint_piece, HEAD_X + form.format(t=371, a=247, b=128))
    assert len(wrong) == 1 and "375" in wrong[0].message and "371" in wrong[0].message, form
    assert _a007(lint_piece, HEAD_X + form.format(t=371, a=247, b=124)) == []
    assert _a007(lint_piece, HEAD_X + form.format(t=371, a=247, b=124), "txt") == []


@pytest.mark.parametrize("text", [
    # subgroups within an arm, in its bracket
    HEAD_B + "N=326 adults were randomized to BESPONSA (n=164) or chemotherapy (n=162; FLAG n=102, HIDAC n=22).",
    HEAD_B + "N=326 adults were randomized to BESPONSA (n=164; 79 proceeded to HSCT) or chemotherapy (n=162).",
    # subgroup sizes, not arms, after a total
    HEAD_X + "N = 371: FLT3-ITD n = 329, FLT3-TKD n = 31",
    HEAD_X + "N = 371: XOSPATA n = 247 (median age 62), chemotherapy n = 124 (median age 57).",
    # ages and doses after a total
    HEAD_X + "N = 371: XOSPATA 120 mg daily, chemotherapy 2 cycles",
    HEAD_X + "N = 371: median age 62 years, 58 years in the chemotherapy arm",
    HEAD_B + "N=326 adults (median age 47; range 18-79) were randomized to BESPONSA (n=164) or chemotherapy (n=162).",
])
def test_not_arm_sizes_stay_clean(lint_piece, text):
    assert _a007(lint_piece, text) == []
