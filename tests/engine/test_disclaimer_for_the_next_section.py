"""An exploratory disclaimer given in a block that holds no claim of its own speaks for the block
after it (F002 not raised): a structured abstract's Methods for its Results, a checklist item
("[x] Subgroup results below are exploratory") for the numbered section under it. A negated
first predicate does not reach a second one after a comma ("were not prespecified, are
hypothesis-generating only"). A disclaimer in a section that has claims of its own speaks for
those, not for the next section's. Texts written for this test; facts of
the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

MRD = ("In patients who achieved CR/CRi, median overall survival was 14.1 months in those who reached "
       "MRD negativity and 7.2 months in those who did not.")
FAIR = "Overall survival did not reach statistical significance."
PI = "Please see the full Prescribing Information, including BOXED WARNING."


def _f002(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(f"---\nmarket: US\nproduct: besponsa\n---\n{text}", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "F002"]


CLEAN = [
    # structured abstract, Markdown headings; the disclaimer's negation ends at ", are"
    ("## Methods\n\nWe analysed the ITT population by MRD status. These analyses were not prespecified, "
     f"are hypothesis-generating only, and no formal comparison should be inferred.\n\n## Results\n\n{MRD}\n\n"
     f"{FAIR}\n\n{PI}\n", "md"),
    ("## Methods\n\nMRD analyses were post hoc and exploratory.\n\n## Results\n\n"
     f"{MRD}\n\n## Conclusions\n\n{FAIR}\n\n{PI}\n", "md"),
    # plain-text checklist: boxes and a numbered heading start their own sentences
    ("REVIEW CHECKLIST\n[x] Subgroup results below are exploratory\n[x] Fair balance included\n\n"
     f"5. MRD SUBGROUP\n{MRD}\n\n{FAIR}\n{PI}\n", "txt"),
    ("Checklist\n\u2611 The subgroup findings that follow are post hoc and hypothesis-generating\n\n"
     f"3. Outcomes by MRD status\n{MRD}\n\n{FAIR}\n{PI}\n", "txt"),
]

FLAGGED = [
    # no disclaimer anywhere
    (f"## Methods\n\nWe analysed the ITT population by MRD status.\n\n## Results\n\n{MRD}\n\n{FAIR}\n\n{PI}\n",
     "md"),
    # negated disclaimer: the negation reaches its own predicate
    ("## Methods\n\nThese analyses were not exploratory.\n\n## Results\n\n"
     f"{MRD}\n\n{FAIR}\n\n{PI}\n", "md"),
    # the disclaimer's section holds a claim it speaks for; the next section's claim stays uncovered
    (f"## MRD status\n\n{MRD} These analyses were post hoc.\n\n## Earlier responders\n\n"
     "Among patients in first salvage, median overall survival was 14.1 months with MRD negativity "
     f"and 7.2 months without it.\n\n{FAIR}\n\n{PI}\n", "md"),
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_disclaimer_in_a_claimless_block_covers_the_next(full_linter, tmp_path, k):
    text, ext = CLEAN[k]
    assert _f002(full_linter, tmp_path, text, ext) == []


@pytest.mark.parametrize("k", range(len(FLAGGED)))
def test_no_disclaimer_for_this_block_is_still_flagged(full_linter, tmp_path, k):
    text, ext = FLAGGED[k]
    assert _f002(full_linter, tmp_path, text, ext)
