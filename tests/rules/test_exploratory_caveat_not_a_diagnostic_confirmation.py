"""A diagnosis or a test confirmed before treatment ("the FLT3 mutation must be confirmed with a
validated test", "CD22 positivity should be confirmed by flow cytometry before the first dose") is
no caveat of an analysis: it used to satisfy the exploratory-disclaimer concept ("should / must be
confirmed" was read as "confirmation still needed"), so exploratory projections and pooled figures
anywhere in the piece passed F007 without their caveat. Confirmation asked of the results ("these
estimates need to be confirmed in prospective trials", "such findings remain to be validated") still
is one. Texts written for this test, in two products and two layouts."""

from __future__ import annotations

import pytest

XOS = ("# Answers for pharmacists\n\n"
       "XOSPATA is indicated as monotherapy for adults with relapsed or refractory AML with a FLT3 mutation.\n\n"
       "- Projected 2-year survival: 20.6% with XOSPATA vs 14.2% with salvage chemotherapy.\n"
       "- Testing: {confirm}\n"
       "{caveat}\n"
       "## Safety\n\nPlease read the SmPC before prescribing.\n")
BES = ("Market: US\n\nTRANSPLANT FAQ\n\n"
       "Q: Who can receive it?\nA: Adults with relapsed or refractory B-cell precursor ALL. {confirm}\n\n"
       "Q: What happened after transplant?\nA: Two-year survival after HSCT was 51% in BESPONSA patients "
       "who proceeded to transplant (pooled analysis of two trials).\n{caveat}\n"
       "Please see the full Prescribing Information, including BOXED WARNING.\n")

DIAGNOSTIC = {
    "xos": "The FLT3 mutation must be confirmed with a validated test before the first dose.",
    "bes": "CD22 positivity should be confirmed by flow cytometry before treatment starts.",
}
CAVEAT = {
    "xos": "\nThese estimates need to be confirmed in prospective trials.\n",
    "bes": "\nSuch findings remain to be validated.\n",
}


def _f007(lint_piece, linter_for, which, caveat):
    if which == "xos":
        text, name, market = XOS, "faq.md", "EU"
    else:
        text, name, market = BES, "faq.txt", "US"
    body = text.format(confirm=DIAGNOSTIC[which], caveat=CAVEAT[which] if caveat else "")
    return lint_piece(body, name, linter=linter_for(market), rules="F007", market=market if which == "xos" else None)


@pytest.mark.parametrize("which", ["xos", "bes"])
def test_a_diagnostic_confirmation_is_no_caveat(lint_piece, linter_for, which):
    assert _f007(lint_piece, linter_for, which, caveat=False)


@pytest.mark.parametrize("which", ["xos", "bes"])
def test_confirmation_asked_of_the_results_is_one(lint_piece, linter_for, which):
    assert _f007(lint_piece, linter_for, which, caveat=True) == []
