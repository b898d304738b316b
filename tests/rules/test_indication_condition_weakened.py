"""A condition of the indication stated without its force (I002): the SmPC's Ph+ sentence says the
patients should have *failed* a TKI; "may have received prior treatment with a TKI", "can have
been pretreated with …", "previous exposure to a TKI" keep what the condition is about (Ph+, a
TKI) and drop the failure, so the condition is broadened, and the finding names the wording
that stands in its place. The failure in other words ("progressed on", "after failure of",
"TKI-refractory", "resistant to") is clean, and so is a sentence about a TKI received when the
condition itself is stated. The element's ``force`` (one more concept, read per sentence) does
it; the SmPC wording is data (rules/eu.yaml). Texts written for this test (txt, Markdown, HTML)."""

from __future__ import annotations

import pytest

EU_TAIL = ("\u25bc This medicinal product is subject to additional monitoring. Please refer to the Summary of "
           "Product Characteristics (SmPC) before prescribing.")
STATEMENT = ("BESPONSA is authorised as monotherapy for adults with relapsed or refractory CD22-positive "
             "B-cell precursor acute lymphoblastic leukaemia (ALL). ")


@pytest.fixture
def linter(full_linter):
    return full_linter


def piece(name, text):
    if name.endswith(".html"):
        return (f"<html><head><meta name=\"market\" content=\"EU\"></head><body><h1>BESPONSA</h1>"
                f"<p>{text}</p><p>{EU_TAIL}</p></body></html>\n")
    if name.endswith(".txt"):
        return f"Market: EU\n\nBESPONSA in relapsed ALL\n\n{text}\n\n{EU_TAIL}\n"
    return f"---\nmarket: EU\n---\n# BESPONSA\n\n{text}\n\n{EU_TAIL}\n"


def i002(lint_piece, name, text):
    return lint_piece(piece(name, text), name, rules="I002", lint_file=True)


WEAKENED = {
    "received-txt": ("piece.txt", "Patients with Ph+ disease may have received a tyrosine kinase inhibitor (TKI) before.",
                     "may have received a tyrosine kinase inhibitor"),
    "pretreated-md": ("piece.md", "Ph+ adults can have been pretreated with one or more TKIs.",
                      "can have been pretreated with one or more TKIs"),
    "exposure-html": ("piece.html", "For Philadelphia-positive disease, previous exposure to a TKI is expected.",
                      "previous exposure to a TKI"),
    "given-after-md": ("piece.md", "In Ph+ ALL it is given after a prior TKI.", "is given after a prior TKI"),
}


@pytest.mark.parametrize("case", sorted(WEAKENED))
def test_the_condition_without_its_failure_is_broadened(lint_piece, case):
    name, condition, words = WEAKENED[case]
    (f,) = i002(lint_piece, name, STATEMENT + condition)
    assert "broadened" in f.message and f'"{words}"' in f.message, f.message
    assert "ph-positive-tki" not in f.extra["missing"] + f.extra["narrowed"], f.message


@pytest.mark.parametrize("name", ["piece.txt", "piece.md", "piece.html"])
@pytest.mark.parametrize("condition", [
    "Adults with Ph+ disease must have progressed on at least one TKI.",
    "In Philadelphia chromosome-positive disease it is used after failure of a tyrosine kinase inhibitor.",
    "Ph+ patients should have TKI-refractory disease.",
    "Adults with Ph+ ALL should be resistant to at least 1 TKI.",
    # the condition stated, then a sentence about a TKI received: the condition holds
    "Adults with Ph+ disease should have failed at least one TKI. Most Ph+ patients in the trial had received "
    "a second-generation TKI.",
])
def test_the_failure_in_other_words_is_clean(lint_piece, name, condition):
    assert i002(lint_piece, name, STATEMENT + condition) == []


def test_a_higher_count_with_the_failure_dropped_is_both(lint_piece):
    (f,) = i002(lint_piece, "piece.md", STATEMENT + "Ph+ adults may have received two prior TKIs.")
    assert "ph-positive-tki" in f.extra["narrowed"] and '"two prior"' in f.message, f.message
    assert "broadened" in f.message, f.message
