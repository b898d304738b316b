"""A share with a few words before its n/N (helper v2): "16% overall (23/164)", "16% of all treated
patients (23 of 164)", and "23 of the 164 patients (16%)" are checked by A001; correct ones are clean,
and a comparison word between them keeps the n/N another figure's."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims
from claimcheck.documents import read_document


def _a001(linter, tmp_path, sentence: str):
    path = tmp_path / "p.md"
    path.write_text(f"# Safety\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "A001"]


FORMS = [
    "VOD occurred in {p}% overall ({n}/164).",
    "VOD occurred in {p}% of patients overall ({n}/164).",
    "VOD occurred in {p}% of all treated patients ({n} of 164).",
    "VOD occurred in {n} of the 164 patients ({p}%).",
    "VOD occurred in {n} out of 164 treated patients ({p}%).",
]


@pytest.mark.parametrize("form", FORMS)
def test_a_wrong_share_is_caught(linter, tmp_path, form):
    assert _a001(linter, tmp_path, form.format(p=16, n=23))


@pytest.mark.parametrize("form", FORMS)
def test_a_right_share_is_clean(linter, tmp_path, form):
    assert _a001(linter, tmp_path, form.format(p=14, n=23)) == []


def test_a_comparison_word_keeps_the_fraction_apart():
    claims = extract_claims("Rates were 14% vs 16% (23/164 vs 26/162).")
    assert not [c for c in claims if c.kind == "percentage" and c.total and c.value.value == 14 and c.n == 26]
    claims = extract_claims("VOD occurred in 14% versus chemotherapy (3/162).")
    assert not [c for c in claims if c.kind == "percentage" and c.total]
