"""The only arm named after a compared pair, as the reference of the comparison the pair makes
("34.0% vs 15.3%: more than twice the rate with chemotherapy", "..., nearly triple that seen in the
chemotherapy arm"), is the SECOND value's; the first value is the other arm's, not the arm named
nearest it. Written the wrong way round, the pair is still a swap. Texts written for this test;
facts of the shipped XOSPATA library."""

from __future__ import annotations

import pytest

HEAD = "XOSPATA (gilteritinib) vs salvage chemotherapy in ADMIRAL.\n\nResults of the primary analysis follow.\n\n"
RULES = {"V001", "V002", "U001"}


def _findings(lint_doc, body):
    return sorted((f.rule, f.line) for f in lint_doc(HEAD + body + "\n", "d.md", rules=RULES))


@pytest.mark.parametrize("body", [
    "CR/CRh\n34.0% vs 15.3%: over twice the rate seen with chemotherapy",
    "Complete remission: 21.1% vs 10.5%, double the rate with salvage chemotherapy.",
    "CR/CRh: 34.0% vs 15.3%, more than 2-fold higher than with chemotherapy.",
    "Survival at 1 year\n37.1% vs 16.7%: more than twice that in the chemotherapy arm",
])
def test_the_arm_after_the_comparison_is_the_second_values(lint_doc, body):
    assert _findings(lint_doc, body) == []


def test_the_pair_written_the_wrong_way_round_is_still_a_swap(lint_doc):
    body = "CR/CRh: 15.3% vs 34.0%: more than twice the rate with chemotherapy."
    assert {r for r, _ in _findings(lint_doc, body)} == {"V002"}
