"""The two values of one comparison are judged together (matching.Matcher.match_pairs).

"A% vs B%", "A and B months", "A | B" compare the two arms of one claims-library entry: where one
value agrees with an arm of a two-arm entry, the other is that entry's other arm's figure. A wrong
one is V001 even when it happens to equal a figure of some other entry (another endpoint, a
population the text does not name); with arms named nowhere near, the values read in the library's
order (the product's arm first), so the two figures the other way round are a swap (V002).
Sentences written for this test (facts from the shipped BESPONSA library, US market).
"""

from __future__ import annotations

import pytest


RULES = {"V001", "V002", "U001"}


def _findings(lint_piece, body: str):
    return lint_piece("BESPONSA (inotuzumab ozogamicin) in relapsed or refractory ALL.\n\n" + body + "\n",
                      "piece.txt", rules=RULES)


@pytest.mark.parametrize("body, rule, found", [
    # the comparator's figure with its digits shuffled: not within any rounding of its arm
    ("In the trial, CR/CRi was achieved by 80.7% vs 49.2% of patients.", "V001", "49.2%"),
    # a median equal to a subgroup's (MRD-positive) median: the pair says it is the ITT median
    ("Median overall survival reached 7.2 versus 6.2 months.", "V001", "7.2"),
    # a comparator's figure equal to another endpoint's figure
    ("Rates of HSCT were 48.2% vs 28.8%.", "V001", "28.8%"),
    # the two medians the other way round, arms named nowhere near
    ("Median overall survival reached 6.2 versus 7.7 months.", "V002", "6.2"),
])
def test_a_wrong_value_of_a_pair_is_found(lint_piece, body, rule, found):
    findings = _findings(lint_piece, body)
    assert [f.rule for f in findings] == [rule], findings
    assert findings[0].line == 3
    assert findings[0].found.startswith(found)


@pytest.mark.parametrize("body", [
    "In the trial, CR/CRi was achieved by 80.7% vs 29.4% of patients.",
    "Median overall survival reached 7.7 versus 6.2 months.",
    "Rates of HSCT were 48.2% vs 21.6%.",
    # two populations named: each value its own entry's, not the two arms of one
    "Among responders, median OS was 14.1 months if MRD-negative vs 7.2 months if MRD-positive.",
])
def test_a_faithful_pair_passes(lint_piece, body):
    assert _findings(lint_piece, body) == []
