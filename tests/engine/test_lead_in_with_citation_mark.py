"""A list's lead-in whose colon carries a citation or footnote mark ("... in responders:\u00b9",
"Results:\u2020") is a lead-in all the same: the items below it are read under it, so a wrong figure
in a numbered item is judged against the entry the item names (V001), as it is where the colon is
bare. Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.context import MARKED_COLON_END

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"


def _findings(lint_piece, body, linter=None):
    return sorted((f.rule, f.line) for f in lint_piece(HEAD + body, "d.md", linter=linter, rules={"V001", "V002", "U001"}))


@pytest.mark.parametrize("mark", ["", "\u00b9", "\u00b2\u00b3", "\u2020", "\u00b9,\u2021"])
def test_wrong_item_under_a_marked_lead_in_is_a_mismatch(lint_piece, full_linter, mark):
    body = (f"Median OS by best MRD status in BESPONSA responders:{mark}\n\n"
            "1. MRD-negative: 13.4 months, vs 7.2 months if MRD-positive \u2014 about twice\n"
            "   as long.\n"
            "2. MRD-positive without HSCT: 6.3 months.\n")
    assert ("V001", 5) in _findings(lint_piece, body, full_linter)


@pytest.mark.parametrize("line, marked", [
    ("Median OS by MRD status:\u00b9", True),
    ("Results:\u2020\u2021", True),
    ("randomised 1:2", False),
    ("Ratio 2:1", False),
])
def test_marked_colon_end(line, marked):
    assert bool(MARKED_COLON_END.search(line)) is marked
