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
def test_a_capitalised_bound_is_a_bound(text):
    # a threshold (no claim), or a share of people said as a bound (a claim whose value is a band)
    assert [c.text for c in extract_claims(text) if c.kind == "percentage" and c.value.band is None] == []


@pytest.mark.parametrize("body", [
    "More than 80% of BESPONSA patients reached CR/CRi (first 218 randomized).",
    "Over 80% of BESPONSA patients reached CR/CRi vs under 30% with chemotherapy.",
])
def test_a_true_bound_opening_a_sentence_is_no_mismatch(lint_piece, body):
    text = "BESPONSA (inotuzumab ozogamicin) for relapsed or refractory B-cell precursor ALL.\n\n" + body + "\n"
    assert lint_piece(text, "piece.md", rules={"V001", "U001"}) == []


@pytest.mark.parametrize("body,found", [
    # a share of people said as a bound is a result: true within the bound's reach, else V001
    ("In INO-VATE ALL, more than 85% of BESPONSA patients reached CR/CRi.", "more than 85%"),
    ("Over 90% of BESPONSA patients reached CR/CRi.", "Over 90%"),
])
def test_a_false_bound_on_a_share_of_people_is_a_mismatch(lint_piece, body, found):
    text = "BESPONSA (inotuzumab ozogamicin) for relapsed or refractory B-cell precursor ALL.\n\n" + body + "\n"
    got = lint_piece(text, "piece.md", rules={"V001"})
    assert [f.rule for f in got] == ["V001"] and f"the text says {found}" in got[0].message


@pytest.mark.parametrize("body", [
    # a category's cut-off and a group's definition are no results
    "The most common adverse reactions (more than 20% of patients) were thrombocytopenia and neutropenia.",
    "Patients with more than 5% of marrow blasts were eligible.",
    "Adverse reactions reported in more than 10% of patients are listed in the table.",
])
def test_cut_offs_and_definitions_stay_thresholds(lint_piece, body):
    text = "BESPONSA (inotuzumab ozogamicin) for relapsed or refractory B-cell precursor ALL.\n\n" + body + "\n"
    assert lint_piece(text, "piece.md", rules={"V001", "U001"}) == []
