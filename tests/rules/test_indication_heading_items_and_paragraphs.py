"""Two readings of the indication statement (I001, I002, I004, I005), in texts written for this
test:

1. a heading or line that ends with its cue ("What XOSPATA is approved for", "BESPONSA is
   indicated for", no colon) takes in the list items under it, as a line ending with a colon does:
   the statement is found, and a slot missing from the items is named;
2. a word of use after a blank line ("**Place in the pathway.** Salvage therapy for adults … in
   the adult leukaemia service") speaks of another topic: it is not read as broadening the
   statement before it; in the statement's own paragraph it still is ("It is also used in
   children with leukaemia").
"""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

CODE = {("besponsa", "US"): "I001", ("besponsa", "EU"): "I002", ("xospata", "US"): "I004",
        ("xospata", "EU"): "I005"}

ITEMS = {
    ("besponsa", "US"): ["Relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL)",
                         "Adults and pediatric patients aged 1 year and older"],
    ("xospata", "US"): ["Adult patients with relapsed or refractory acute myeloid leukemia (AML)",
                        "with a FLT3 mutation, as detected by an FDA-approved test"],
}
RESULT = {"besponsa": "CR/CRi was 80.7% with BESPONSA.", "xospata": "Median OS was 9.3 months with XOSPATA."}


def hits(linter_for, market, product, text, name="deck.md"):
    code = CODE[(product, market)]
    return [f for f in linter_for(market).lint_document(doc(text, name)) if f.rule == code]


@pytest.mark.parametrize("product", ["besponsa", "xospata"])
@pytest.mark.parametrize("heading", ["### Slide 2 \u2014 What {P} is approved for", "{P} is indicated for",
                                     "## Who is {P} approved for?"])
def test_a_heading_ending_with_its_cue_takes_in_the_items(linter_for, product, heading):
    name = product.upper()
    items = "\n".join(f"- {x}" for x in ITEMS[(product, "US")])
    text = f"Market: US\n\n{heading.format(P=name)}\n{items}\n\n{RESULT[product]}\n"
    assert hits(linter_for, "US", product, text) == []
    dropped = text.replace("Relapsed or refractory ", "").replace("relapsed or refractory ", "")
    (f,) = hits(linter_for, "US", product, dropped)
    assert "relapsed or refractory" in f.message and f.line != 1


def test_a_heading_that_only_mentions_approval_takes_in_nothing(linter_for):
    text = ("Market: US\n\n## BESPONSA was approved for\n\nCR/CRi was 80.7% with BESPONSA. Review the data.\n")
    (f,) = hits(linter_for, "US", "besponsa", text)
    assert "no statement of the approved indication" in f.message


EU_STATEMENT = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
                "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with "
                "Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have "
                "failed treatment with at least one tyrosine kinase inhibitor (TKI).")


@pytest.mark.parametrize("after", [
    "**Place in the pathway.** Salvage therapy for adults with relapsed disease, run by the adult leukaemia service.",
    "Service: treatment for all adult leukaemia referrals is coordinated by the haematology day unit.",
])
def test_a_word_of_use_in_another_paragraph_does_not_broaden_it(linter_for, after):
    text = f"Market: EU\n\n{EU_STATEMENT}\n\n{after}\n\n{RESULT['besponsa']}\n"
    assert hits(linter_for, "EU", "besponsa", text, "form.md") == []


def test_a_word_of_use_in_the_statements_paragraph_still_broadens_it(linter_for):
    text = f"Market: EU\n\n{EU_STATEMENT} It is also used in children with leukaemia.\n\n{RESULT['besponsa']}\n"
    (f,) = hits(linter_for, "EU", "besponsa", text, "form.md")
    assert "broadened" in f.message
