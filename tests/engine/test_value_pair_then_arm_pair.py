"""A pair of values followed by a pair of arms joined the same way pairs in order (an unwritten
"respectively"), whatever words say whose the values are: "20% vs 47% of patients on A vs B",
"20% and 47% of patients in the A and B arms", "… of patients who received / randomized to A vs
those on B", "… of A-treated and B-treated patients", "… of A- vs B-treated patients". Correct text
is clean; the values in the wrong arm order are V002 (arms swapped), nothing else.

Texts written for this test; figures of the shipped libraries: BESPONSA grade >=3 thrombocytopenia
20% vs 47% (INO-VATE ALL, NEJM 2016 Table S1), CR/CRi 80.7% vs 29.4%; XOSPATA CR/CRh 34.0% vs 15.3%
(ADMIRAL)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BESPONSA = "# BESPONSA (inotuzumab ozogamicin)\n\nIn the phase 3 INO-VATE ALL study:\n\n"
XOSPATA = "# XOSPATA (gilteritinib), relapsed or refractory FLT3-mutated AML\n\nIn the ADMIRAL trial:\n\n"

#: (head, sentence with {a} {b} for the product's and the comparator's value, a, b)
CASES = {
    "thrombocytopenia-vs-of-patients-on": (
        BESPONSA, "Grade ≥3 thrombocytopenia occurred in {a}% vs {b}% of patients on BESPONSA vs chemotherapy.",
        "20", "47"),
    "thrombocytopenia-vs-of-patients-receiving": (
        BESPONSA, "Grade ≥3 thrombocytopenia occurred in {a}% vs {b}% of patients receiving BESPONSA vs standard "
        "chemotherapy.", "20", "47"),
    "thrombocytopenia-and-in-the-arms": (
        BESPONSA, "Grade ≥3 thrombocytopenia occurred in {a}% and {b}% of patients in the BESPONSA and chemotherapy "
        "arms.", "20", "47"),
    "thrombocytopenia-bullet-treated-with": (
        BESPONSA, "- Grade ≥3 thrombocytopenia: {a}% and {b}% of patients treated with BESPONSA and chemotherapy",
        "20", "47"),
    "thrombocytopenia-hyphenated-arms": (
        BESPONSA, "Grade ≥3 thrombocytopenia occurred in {a}% vs {b}% of BESPONSA- vs chemotherapy-treated "
        "patients.", "20", "47"),
    "cr-cri-vs-of-patients-with": (
        BESPONSA, "CR/CRi was achieved by {a}% vs {b}% of patients with BESPONSA vs standard chemotherapy.",
        "80.7", "29.4"),
    "cr-cri-randomized-to": (
        BESPONSA, "CR/CRi was achieved by {a}% versus {b}% of patients randomized to BESPONSA versus standard "
        "chemotherapy.", "80.7", "29.4"),
    "cr-cri-those-on": (
        BESPONSA, "CR/CRi was achieved by {a}% vs {b}% of patients on BESPONSA vs those on chemotherapy.",
        "80.7", "29.4"),
    "cr-cri-table-cell": (
        BESPONSA, "| Endpoint | Result |\n|---|---|\n| CR/CRi | {a}% vs {b}% of patients receiving BESPONSA vs "
        "chemotherapy |", "80.7", "29.4"),
    "cr-crh-vs-of-patients-with": (
        XOSPATA, "CR/CRh was achieved in {a}% vs {b}% of patients with XOSPATA vs salvage chemotherapy.",
        "34.0", "15.3"),
    "cr-crh-who-received": (
        XOSPATA, "CR/CRh: {a}% and {b}% of patients who received XOSPATA or salvage chemotherapy.",
        "34.0", "15.3"),
    "cr-crh-treated-and-treated": (
        XOSPATA, "CR/CRh was reached by {a}% and {b}% of XOSPATA-treated and chemotherapy-treated patients.",
        "34.0", "15.3"),
    "cr-crh-in-the-groups": (
        XOSPATA, "The CR/CRh rate (in {a}% and {b}% of the patients in the XOSPATA and salvage chemotherapy "
        "groups) favoured XOSPATA.", "34.0", "15.3"),
}


def _findings(linter, text: str):
    doc = Document(path="pair.md", text=text + "\n", format="markdown")
    doc.metadata["market"] = "US"
    return [f.rule for f in linter.lint_document(doc) if f.rule in ("V001", "V002", "V003", "U001")]


@pytest.mark.parametrize("case", sorted(CASES))
def test_values_pair_with_the_arms_in_order(full_linter, case):
    head, sentence, a, b = CASES[case]
    assert _findings(full_linter, head + sentence.format(a=a, b=b)) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_values_in_the_wrong_arm_order_are_swapped(full_linter, case):
    head, sentence, a, b = CASES[case]
    found = _findings(full_linter, head + sentence.format(a=b, b=a))
    assert found and set(found) == {"V002"}, found


def test_a_wrong_comparator_value_is_one_v001(full_linter):
    found = _findings(full_linter, BESPONSA + "Grade ≥3 thrombocytopenia occurred in 20% vs 44% of patients "
                                              "on BESPONSA vs chemotherapy.")
    assert found == ["V001"]
