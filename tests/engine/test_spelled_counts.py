"""Counts spelled out in an n of N (helper a3): "eighty-eight of the first 109 patients (80.7%)",
"Ninety-eight of 109 (80,7 %)", "88 of one hundred and nine" are read as numbers, so A001 checks the
n/N against its percentage; correct ones stay clean and the findings point at the original words."""

from __future__ import annotations

import pytest

from claimcheck.claims import cardinal_value, extract_claims


def _a001(lint_piece, sentence: str):
    return lint_piece(f"# Efficacy\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md", rules="A001")


FORMS = [
    "CR/CRi was achieved by {n} of the first 109 patients ({p}).",
    "{N} of 109 ({p}) achieved CR/CRi.",
    "{N} out of 109 randomized patients ({p}) reached CR/CRi.",
    "{N} of one hundred and nine patients ({p}) achieved CR/CRi.",
    "CR/CRi: {p} ({n} of 109 patients).",
    "In all, {n} of one hundred nine evaluable patients ({p}) achieved CR/CRi.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("words", ["ninety-eight", "Ninety eight", "seventy-eight"])
def test_a_wrong_spelled_count_is_caught(lint_piece, form, words):
    text = form.format(n=words.lower(), N=words[0].upper() + words[1:], p="80.7%")
    assert _a001(lint_piece, text), text


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("p", ["80.7%", "80,7 %", "81%"])
def test_a_right_spelled_count_is_clean(lint_piece, form, p):
    text = form.format(n="eighty-eight", N="Eighty-eight", p=p)
    assert _a001(lint_piece, text) == [], text


def test_a_wrong_percentage_after_a_spelled_count_is_caught(lint_piece):
    assert _a001(lint_piece, "Eighty-eight of one hundred and nine patients (70.7%) achieved CR/CRi.")


@pytest.mark.parametrize("words, value", [
    ("eighty-eight", 88), ("Ninety eight", 98), ("one hundred and nine", 109), ("a hundred", 100),
    ("one hundred nine", 109), ("twelve", 12), ("two thousand three hundred and five", 2305), ("tree", None),
])
def test_cardinal_values(words, value):
    assert cardinal_value(words) == value


def test_the_claim_keeps_the_original_words_and_offsets():
    text = "Overall, Eighty-eight of 109 (80,7 %) achieved CR/CRi."
    (c,) = [c for c in extract_claims(text) if c.kind == "percentage"]
    assert (c.n, c.total, c.value.value) == (88, 109, 80.7)
    assert c.text == "Eighty-eight of 109 (80,7 %)" and text[c.start:c.end] == c.text


def test_words_that_are_no_n_of_n_stay_words():
    # no number on the other side of "of": nothing is read as a count
    for text in ("One of the most common adverse reactions was nausea (31%).",
                 "The safety of two doses was assessed in 20% of patients."):
        assert all(c.n is None for c in extract_claims(text)), text


@pytest.mark.parametrize("text", [
    "Three out of four patients (80.7%) achieved CR/CRi.",
    "Nine of ten patients (86%) achieved CR/CRi.",
    "One of two patients (48.2%) proceeded to HSCT.",
])
def test_a_proportion_in_words_is_not_read_as_counts(lint_piece, text):
    # both in words and a whole of ten or fewer: wording of a rate (A005's), not an n/N
    assert _a001(lint_piece, text) == []
