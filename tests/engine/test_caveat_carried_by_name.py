"""A caveat carried on by name ("Same caveat: …", "The same caveats apply", "same footnote as
claim 10") states the
exploratory disclaimer again for the results after it (F002): speaker notes repeat the caveat
that way from one slide to the next."""

import pytest

from claimcheck.documents.base import Document

SLIDE_6 = ("# MSL notes\n\n## Slide 6 | MRD negativity (post hoc)\n\n"
           "In the post hoc analysis of responders, 87.0% of MRD-negative patients were so within 2 cycles. "
           "These are exploratory, hypothesis-generating findings.\n\n"
           "## Slide 7 | Outcomes by MRD status (post hoc)\n\n")
SLIDE_7 = ("In this post hoc analysis of BESPONSA-treated responders:\n\n"
           "| Group | Median OS |\n|---|---|\n| MRD-negative | 14.1 months |\n| MRD-positive | 7.2 months |\n")


def _f002(linter, text):
    doc = Document(path="notes.md", text=text, format="markdown")
    doc.metadata["market"] = "US"
    return [f.line for f in linter.lint_document(doc) if f.rule in ("F002", "F007")]


@pytest.mark.parametrize("carried", [
    "Same caveat, and repeat that the OS primary endpoint was not met.",
    "The same caveats apply to these survival figures.",
    "Caveats as above.",
    # by the footnote that gave it (an outside writer's claims key: "(same footnote as claim 10)")
    "Same footnote as slide 6.",
    "Footnote as above.",
])
def test_the_caveat_carried_by_name_covers_the_next_slide(full_linter, carried):
    assert _f002(full_linter, SLIDE_6 + carried + "\n\n" + SLIDE_7) == []


def test_without_it_the_next_slide_is_reported(full_linter):
    text = SLIDE_6 + "Repeat that the OS primary endpoint was not met.\n\n" + SLIDE_7
    assert _f002(full_linter, text) != []
