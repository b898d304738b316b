"""Arms swapped where the arms are named in order before a bare-then-unit pair ("A and B had a
median of 9.3 and 5.6 months") and in a table whose rows are the arms under a header whose value
column gives only the unit ("| Median OS, longer follow-up | Months |"): the values take the arms
in order / the endpoint of the header's first cell, so a swap is found. Texts written for this
test; facts of the shipped XOSPATA library (ADMIRAL median OS 9.3 vs 5.6 months)."""

from __future__ import annotations

import pytest


HEAD = "# XOSPATA (gilteritinib), relapsed or refractory FLT3-mutated AML\n\nADMIRAL: XOSPATA or salvage chemotherapy.\n\n"
LAYOUTS = {
    "arms-in-order": ("Over the longer follow-up, XOSPATA and salvage chemotherapy reached a median overall "
                      "survival of {a} and {b} months.\n", 5),
    "unit-column-table": ("| Median overall survival (updated) | Months |\n|---|---|\n"
                          "| XOSPATA arm | {a} |\n| Salvage chemotherapy arm | {b} |\n", 7),
}


def _found(lint_piece, text):
    return [(f.rule, f.line) for f in lint_piece(HEAD + text, rules=("V001", "V002", "U001"))]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_arms_in_the_published_order_pass(lint_piece, layout):
    template, _ = LAYOUTS[layout]
    assert _found(lint_piece, template.format(a="9.3", b="5.6")) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_swapped_arms_are_found(lint_piece, layout):
    template, line = LAYOUTS[layout]
    got = _found(lint_piece, template.format(a="5.6", b="9.3"))
    assert got and {r for r, _ in got} <= {"V001", "V002"}
    assert all(abs(n - line) <= 1 for _, n in got), got
