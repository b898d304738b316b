"""Multiple words checked against the two values of their sentence or bullet (A005, with A008 where the
wording claims more than the figures by more than "nearly" would cover): "more than double / triple /
quadruple", "nearly triple", "twice as many", "three times as many", "N times higher", "a threefold
higher rate", "tripled", "half the rate", "half as many". Before, "double" and "triple" counted only
before "the/that/those" ("more than triple," at a clause's end went unread) and "half the rate" not
at all. Normal tolerance: "nearly three times" for 2.8 and "more than double" for 2.2 are right,
"more than triple" for 2.2 or 2.74 is not. Texts written for this test (the rates are made up, no
claims library entry is meant)."""

from __future__ import annotations

import pytest

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"
RULES = {"A005", "A008"}


def _found(lint_piece, text, ext="md"):
    return sorted(f.rule for f in lint_piece(HEAD + text + "\n", f"p.{ext}", rules=RULES))


#: (sentence, rules expected): the wording against its own two figures
CASES = [
    # "more than" a multiple
    ("- MRD negativity: 37.1% vs 16.7% with chemotherapy, more than triple.", ["A005", "A008"]),
    ("MRD negativity was 37.1% with BESPONSA vs 16.7% with chemotherapy, more than double.", []),
    ("The MRD-negative rate more than tripled with BESPONSA (37.1% vs 16.7% with chemotherapy).", ["A005", "A008"]),
    ("BESPONSA more than doubled the MRD-negative rate (37.1% vs 16.7% with chemotherapy).", []),
    ("CR/CRi was 80.7% vs 29.4% with chemotherapy, more than triple the rate.", ["A005"]),
    ("CR/CRi was 80.7% vs 29.4% with chemotherapy, nearly triple the rate.", []),
    ("With BESPONSA, 80.7% reached CR/CRi vs 19.4% with chemotherapy: more than quadruple.", []),
    ("With BESPONSA, 60.7% reached CR/CRi vs 19.4% with chemotherapy: more than quadruple.", ["A005", "A008"]),
    ("- CR/CRi: 80.7% vs 29.4% with chemotherapy (over triple)", ["A005"]),
    # "N times", "twice as", "threefold"
    ("HSCT: 41% vs 14.6% with chemotherapy, nearly three times as many patients.", []),
    ("Nearly three times as many patients proceeded to HSCT with BESPONSA (41% vs 28% with chemotherapy).",
     ["A005", "A008"]),
    ("MRD negativity: 37.1% vs 16.7% with chemotherapy, a threefold higher rate.", ["A005", "A008"]),
    ("MRD negativity: 50.1% vs 16.7% with chemotherapy, a threefold higher rate.", []),
    ("Twice as many patients proceeded to HSCT with BESPONSA (41% vs 28% with chemotherapy).", ["A005", "A008"]),
    ("Twice as many patients proceeded to HSCT with BESPONSA (41% vs 20.5% with chemotherapy).", []),
    ("The CR/CRi rate was 3 times higher with BESPONSA (80.7% vs 29.4% with chemotherapy).", ["A005"]),
    ("The CR/CRi rate was 2.7 times higher with BESPONSA (80.7% vs 29.4% with chemotherapy).", []),
    ("BESPONSA tripled the rate of transplant (41% vs 18% with chemotherapy).", ["A005", "A008"]),
    # half
    ("Chemotherapy had half the rate of remission of BESPONSA (30% vs 40%).", ["A005", "A008"]),
    ("Chemotherapy had half the rate of remission of BESPONSA (20% vs 40%).", []),
    ("Half as many patients proceeded to HSCT with chemotherapy (30% vs 41% with BESPONSA).", ["A005", "A008"]),
    ("- HSCT: 41% with BESPONSA vs 19% with chemotherapy, less than half the rate", []),
    ("About half as many patients proceeded to HSCT with chemotherapy (21% vs 41% with BESPONSA).", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_multiple_words_against_their_figures(lint_piece, text, expected):
    assert _found(lint_piece, text) == expected


@pytest.mark.parametrize("text, expected", CASES[:6])
def test_plain_text_and_html(lint_piece, text, expected):
    assert _found(lint_piece, text, "txt") == expected


@pytest.mark.parametrize("text", [
    # no comparison: a dose, a proportion, a frequency, a count of arms
    "Patients received half the dose in cycle 2 (0.5 mg/m2) and 37.1% vs 16.7% reached MRD negativity.",
    "Half the patients (50.3%) were aged 55 or over; 37.1% vs 16.7% reached MRD negativity.",
    "BESPONSA is given three times in each cycle; 37.1% vs 16.7% reached MRD negativity.",
    "Doses may be given up to double the interval after VOD; 37.1% vs 16.7% reached MRD negativity.",
    "Triple therapy was not allowed; 37.1% vs 16.7% reached MRD negativity.",
    "The triple combination was not studied. MRD negativity: 37.1% vs 16.7% with chemotherapy.",
])
def test_words_that_compare_nothing_stay_clean(lint_piece, text):
    assert _found(lint_piece, text) == []
