"""A question asks, it claims nothing: the comparison and benefit rules (O009 comparative
tolerability, O010 benefit on an endpoint that was not met) set ``not_in: [questions]``, so an FAQ
heading or a "Q:" line that asks about tolerability or survival is not reported, while the same
words stated as a claim still are. Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

HEAD = "# EXAMPLE FAQ\n\nBESPONSA (inotuzumab ozogamicin) was studied in INO-VATE ALL.\n\n"
XOS = "# EXAMPLE FAQ\n\nXOSPATA (gilteritinib) was studied in ADMIRAL.\n\n"


@pytest.mark.parametrize("head, body, rule", [
    (HEAD, "**Q4. Did BESPONSA improve overall survival?**\n\nMedian OS was 7.7 vs 6.2 months; the OS primary "
           "endpoint was not met.", "O010"),
    (HEAD, "## Does BESPONSA prolong survival?\n\nThe OS primary endpoint was not met.", "O010"),
    (XOS, "Q: Was gilteritinib better tolerated than chemotherapy?\nA: ADMIRAL was not designed to show that.",
     "O009"),
    (XOS, "**Is XOSPATA better tolerated than salvage chemotherapy?**\n\nThe trial did not compare tolerability.",
     "O009"),
])
def test_a_question_claims_nothing(full_linter, lint_doc, head, body, rule):
    assert lint_doc(head + body + "\n", linter=full_linter, rules=rule) == []


@pytest.mark.parametrize("head, body, rule", [
    (HEAD, "BESPONSA improved overall survival compared with chemotherapy.", "O010"),
    (XOS, "Gilteritinib was better tolerated than chemotherapy.", "O009"),
    # the answer claims what the question asked
    (XOS, "Q: Was gilteritinib better tolerated than chemotherapy?\nA: Yes, it was clearly better tolerated.",
     "O009"),
])
def test_the_same_words_stated_are_still_reported(full_linter, lint_doc, head, body, rule):
    assert lint_doc(head + body + "\n", linter=full_linter, rules=rule)
