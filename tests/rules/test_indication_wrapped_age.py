"""The age slot of the indication read across a wrapped, indented line of plain text.

Plain-text pieces (P&T summaries, speaker notes) wrap long sentences and indent the
continuation; "1 year of age and" + newline + three spaces + "older" is four whitespace
characters between two words. The age concept must read it as one phrase, as it reads it on one
line (before, such a correct statement was reported truncated: age missing). Texts written for
this test.
"""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE, AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY\n")
PI = "See the full Prescribing Information, including the Boxed Warning.\n"

WRAPPED = [
    # continuation indented by three spaces after "and"
    "Approved use\n   Treatment of relapsed or refractory CD22-positive B-cell precursor acute\n"
    "   lymphoblastic leukemia (ALL) in adults and pediatric patients 1 year of age and\n   older.\n",
    # break before "of age", tab-indented
    "EXAMPLE is indicated for relapsed or refractory CD22-positive B-cell precursor ALL\n"
    "\tin adult and pediatric patients 1 year\n\tof age and older.\n",
    # break after "at least", continuation indented by four spaces
    "BESPONSA is indicated to treat relapsed or refractory CD22-positive B-cell precursor\n"
    "    acute lymphoblastic leukemia in adults and in pediatric patients at least\n    1 year old.\n",
]


def i001(linter_for, text):
    return [f for f in linter_for("US").lint_document(doc(text, "piece.txt")) if f.rule == "I001"]


@pytest.mark.parametrize("statement", WRAPPED)
def test_wrapped_age_is_read(linter_for, statement):
    text = BOX + "\n" + statement.replace("EXAMPLE", "BESPONSA") + "\n" + PI
    assert i001(linter_for, text) == []

