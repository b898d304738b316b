"""A share with a few words before its n/N (helper v2): "16% overall (23/164)", "16% of all treated
patients (23 of 164)", and "23 of the 164 patients (16%)" are checked by A001; correct ones are clean,
and a comparison word between them keeps the n/N another figure's."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims


def _a001(lint_piece, sentence: str):
    return lint_piece(f"# Safety\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md", rules="A001")


FORMS = [
    "VOD occurred in {p}% overall ({n}/164).",
    "VOD occurred in {p}% of patients overall ({n}/164).",
    "VOD occurred in {p}% of all treated patients ({n} of 164).",
    "VOD occurred in {n} of the 164 patients ({p}%).",
    "VOD occurred in {n} out of 164 treated patients ({p}%).",
]


@pytest.mark.parametrize("form", FORMS)
def test_a_wrong_share_is_caught(lint_piece, form):
    assert _a001(lint_piece, form.format(p=16, n=23))


@pytest.mark.parametrize("form", FORMS)
def test_a_right_share_is_clean(lint_piece, form):
    assert _a001(lint_piece, form.format(p=14, n=23)) == []


def test_a_comparison_word_keeps_the_fraction_apart():
    claims = extract_claims("Rates were 14% vs 16% (23/164 vs 26/162).")
    assert not [c for c in claims if c.kind == "percentage" and c.total and c.value.value == 14 and c.n == 26]
    claims = extract_claims("VOD occurred in 14% versus chemotherapy (3/162).")
    assert not [c for c in claims if c.kind == "percentage" and c.total]
