"""A description of whom a trial enrolled is not an indication statement.

A study-design paragraph ("Who was studied: 240 adults with relapsed or refractory … randomized
1:1 …", "The trial enrolled adults with …") near an indication label ("Indication + ISI: <link>",
a heading "Indications") was read as a labelled fragment of the indication and reported as
truncated (the age or the pediatric population missing). A fragment found without a cue that
holds study wording (the packs' ``statement.study``: randomized, enrolled, was studied, study
population) or counts its people ("240 adults with …") is the trial's population; the piece's
real indication statement is still compared slot by slot, and a truncated fragment under a label
that describes no trial is still reported. Texts written for this test (other counts, products,
orders and layouts than the probe that showed the class).
"""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

US_PI = "See the full Prescribing Information, including the Boxed Warning."

BSP_US = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
          "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.")
XOS_US = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute myeloid "
          "leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")

STUDY = {
    "besponsa": [
        "Indication and ISI: example.com/isi\n\nWho was studied: 240 adults with relapsed or refractory CD22-positive "
        "B-cell precursor ALL, randomized 1:1 to BESPONSA or chemotherapy.",
        "## Indications\n\nThe phase 3 trial enrolled adults with relapsed or refractory CD22-positive B-cell "
        "precursor ALL who then received BESPONSA or standard chemotherapy.",
        "Indication: see the linked page.\n\n1,024 adults with relapsed or refractory CD22-positive B-cell "
        "precursor ALL received BESPONSA in the pooled studies.",
        "**Indication** (full wording below)\n\nStudy population: adults with relapsed or refractory CD22-positive "
        "B-cell precursor ALL treated with BESPONSA in first or second salvage.",
    ],
    "xospata": [
        "Indication + safety: example.com/xos\n\nWho was studied: 371 adults with relapsed or refractory AML with a "
        "FLT3 mutation, randomised 2:1 to XOSPATA or salvage chemotherapy.",
        "## Indication\n\nParticipants were adults with relapsed or refractory acute myeloid leukemia (AML) with a "
        "FLT3 mutation who received XOSPATA.",
    ],
}
CODE = {"besponsa": "I001", "xospata": "I004"}
FULL = {"besponsa": BSP_US, "xospata": XOS_US}


def i_hits(linter_for, product, text, name="piece.md"):
    return [f for f in linter_for("US").lint_document(doc(text, name)) if f.rule == CODE[product]]


@pytest.mark.parametrize("product,k", [(p, k) for p in STUDY for k in range(len(STUDY[p]))])
def test_a_trial_population_is_not_a_truncated_indication(linter_for, product, k):
    text = "# Product update\n\n" + STUDY[product][k] + "\n\n" + FULL[product] + "\n\n" + US_PI + "\n"
    assert i_hits(linter_for, product, text) == [], [f.message for f in i_hits(linter_for, product, text)]


@pytest.mark.parametrize("name", ["piece.md", "piece.txt"])
def test_the_real_statement_is_still_compared(linter_for, name):
    truncated = BSP_US.replace(" and pediatric patients 1 year and older", "s")
    text = "# Product update\n\n" + STUDY["besponsa"][0] + "\n\n" + truncated + "\n\n" + US_PI + "\n"
    found = i_hits(linter_for, "besponsa", text, name)
    assert len(found) == 1 and ("missing" in found[0].message or "narrowed" in found[0].message), \
        [f.message for f in found]


@pytest.mark.parametrize("fragment", [
    "Indication: adults with relapsed or refractory CD22-positive B-cell precursor ALL.",
    "## Approved use\n\nRelapsed or refractory CD22-positive B-cell precursor ALL in adults.",
])
def test_a_truncated_labelled_fragment_is_still_reported(linter_for, fragment):
    text = "# BESPONSA\n\n" + fragment + "\n\n" + US_PI + "\n"
    found = i_hits(linter_for, "besponsa", text)
    assert len(found) == 1 and "no statement" not in found[0].message, [f.message for f in found]


def test_with_only_a_trial_population_the_indication_is_missing(linter_for):
    text = "# BESPONSA\n\n" + STUDY["besponsa"][0] + "\n\n" + US_PI + "\n"
    found = i_hits(linter_for, "besponsa", text)
    assert len(found) == 1 and "no statement" in found[0].message, [f.message for f in found]
