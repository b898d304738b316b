"""Numbers in a script written to be read aloud, every number in words and the lines wrapped
anywhere (found by an outside writer's on-hold message script):

* a time in words, whole or with a decimal ("seven point seven months", "fifteen days"), is read
  in digits, so a wrong one is compared with the library (V001) and a median OS in words needs its
  not-met statement (F001);
* a count in words wraps at any gap ("thirty-two of one" / "hundred nine"; "twenty-three of" /
  "one hundred sixty-four adult patients") and stays one n of N;
* an n of N with its share set beside it after ", or" ("79 of 164 patients, or 48%", "… or about
  forty-eight percent") is checked: A001 where the share is not n/N (within its qualifier).

Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims

HEAD = ("In the phase 3 INO-VATE ALL study, adults with relapsed or refractory B-cell precursor ALL were "
        "randomized to BESPONSA or to standard chemotherapy.\n\n")


def _kinds(text):
    return [(c.kind, c.value.value if c.value is not None else (c.n, c.total)) for c in extract_claims(text)]


@pytest.mark.parametrize("text,value", [
    ("Median overall survival was seven point seven months with BESPONSA.", 7.7),
    ("Median overall survival was seven\n     point seven months with BESPONSA.", 7.7),
    ("After transplant, the median time to onset was fifteen days.", 15),
    ("Median follow-up was twenty-nine point six months.", 29.6),
])
def test_a_time_in_words_is_read(text, value):
    assert ("duration", value) in _kinds(text)


@pytest.mark.parametrize("text", [
    "VOD occurred in twenty-three of\n     one hundred sixty-four adult patients.",
    "VOD occurred in twenty-three of one\n     hundred sixty-four adult patients.",
    "VOD occurred in 23 of\n   164 adult patients.",
    "VOD occurred in 23\nof 164 adult patients.",
])
def test_a_wrapped_count_stays_one_n_of_n(text):
    assert ("fraction", (23, 164)) in _kinds(text)


def test_a_wrong_time_in_words_is_a_mismatch(lint_piece):
    text = HEAD + "Median overall survival was seven point four months with BESPONSA.\n"
    assert "V001" in {f.rule for f in lint_piece(text, "s.txt", rules={"V001"})}


@pytest.mark.parametrize("sentence", [
    "Seventy-nine of 164 BESPONSA patients, or 48%, went on to transplant.",
    "79 of 164 BESPONSA patients, or 48%, went on to transplant.",
    "Seventy-nine of one hundred sixty-four BESPONSA patients, or\n     forty-eight percent, went on to transplant.",
    "79 of 164, or about 48 percent, went on to transplant.",
])
def test_an_apposed_share_that_fits_is_clean(lint_piece, sentence):
    assert lint_piece(HEAD + sentence + "\n", "s.txt", rules="A001") == []


@pytest.mark.parametrize("sentence", [
    "Seventy-nine of 146 BESPONSA patients, or 48%, went on to transplant.",
    "79 of 146 BESPONSA patients, or 48%, went on to transplant.",
    "Seventy-nine of one hundred forty-six BESPONSA patients, or\n     forty-eight percent, went on to transplant.",
    "79 of 146, or about 48 percent, went on to transplant.",
])
def test_an_apposed_share_that_does_not_fit_is_a001(lint_piece, sentence):
    assert [f.rule for f in lint_piece(HEAD + sentence + "\n", "s.txt", rules="A001")] == ["A001"]


def test_an_apposed_choice_is_no_share(lint_piece):
    # ", or" that offers an alternative figure of another group is not the share of the n/N
    text = HEAD + "Of 164 patients, 79 went on to transplant, or 35 of 162 with chemotherapy.\n"
    assert lint_piece(text, "s.txt", rules="A001") == []
