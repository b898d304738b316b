"""A bound that opens a sentence or a headline ("More than 80% of patients ...", "Over 80% ...",
"Under 30% ...") is the bound it is in the middle of a sentence ("... more than 80% of patients"): not
the plain figure 80% read against the entry's 80.7% (a false V001). Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims

HEAD = "EXAMPLIMAB (examplimab) for adults with relapsed disease.\n\n"


@pytest.mark.parametrize("text", [
    "More than 80% of patients responded.",
    "Over 80% of patients responded.",
    "Fewer Than 30% relapsed.",
    "Above 20% in every group.",
    "OVER 80% RESPONDED",
])
def test_a_capitalised_bound_is_a_threshold(text):
    assert [c.kind for c in extract_claims(text) if c.kind == "percentage"] == []


@pytest.mark.parametrize("body", [
    "More than 80% of BESPONSA patients reached CR/CRi (first 218 randomized).",
    "Over 80% of BESPONSA patients reached CR/CRi vs under 30% with chemotherapy.",
])
def test_a_true_bound_opening_a_sentence_is_no_mismatch(lint_piece, body):
    text = "BESPONSA (inotuzumab ozogamicin) for relapsed or refractory B-cell precursor ALL.\n\n" + body + "\n"
    assert lint_piece(text, "piece.md", rules={"V001", "U001"}) == []
