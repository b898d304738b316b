"""Confidence intervals whose level is written in words ("95 per cent CI", "97.5 percent confidence
interval") are intervals, as "95% CI" is: the estimate's bounds are checked (A002) and compared with
the claims library's (V001). Before, the interval was dropped and a wrong bound passed."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims


@pytest.mark.parametrize("text, low, high, level", [
    ("the hazard ratio was 0.64 (95 per cent CI 0.49 to 0.83)", 0.49, 0.83, 95.0),
    ("hazard ratio 0.665 (95 percent confidence interval, 0.518-0.853)", 0.518, 0.853, 95.0),
    ("HR 0.64; 95 per cent confidence interval 0.49 to 0.83; P<0.001", 0.49, 0.83, 95.0),
    ("a response rate of 34.0% (95 per cent CI 28.1 to 40.3)", 28.1, 40.3, 95.0),
    ("hazard ratio 0.79 (97.5 per cent confidence interval of 0.58 to 1.09)", 0.58, 1.09, 97.5),
])
def test_a_level_in_words_makes_an_interval(text, low, high, level):
    (claim,) = [c for c in extract_claims(text) if c.kind in ("ratio", "percentage")]
    assert claim.interval is not None, claim
    assert (claim.interval.low.value, claim.interval.high.value, claim.interval.level) == (low, high, level)


def test_per_cent_of_patients_is_still_a_percentage():
    got = [(c.kind, c.value.value) for c in extract_claims("About 95 per cent of patients completed two cycles.")]
    assert got == [("percentage", 95.0)]


PIECE = ("XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML (ADMIRAL).\n\n"
         "Patients given XOSPATA lived longer than those given salvage chemotherapy: median 9.3 vs 5.6 months "
         "(hazard ratio for death 0.64, 95 per cent CI {ci}).\n")


def test_a_wrong_bound_written_in_words_is_found(lint_piece):
    assert not lint_piece(PIECE.format(ci="0.49 to 0.83"), "ci.txt", rules={"V001", "A002"})
    found = lint_piece(PIECE.format(ci="0.49 to 0.88"), "ci.txt", rules={"V001", "A002"})
    assert {(f.rule, f.line) for f in found} == {("V001", 3)}
    assert {f.rule for f in lint_piece(PIECE.format(ci="0.69 to 0.83"), "ci.txt") if f.line == 3} >= {"A002", "V001"}


NOTE = ("XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML (ADMIRAL).\n\n"
        "Median overall survival: 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy "
        "(hazard ratio for death 0.64\u2020).\n"
        "Complete remission with full or partial hematologic recovery: 34.0% vs 15.3%*\n\n"
        "\u2020 95% CI, {ci}; P<0.001.\n"
        "* Two-sided P value from a stratified test.\n")


def test_an_interval_in_a_footnote_belongs_to_the_estimate_with_its_mark(lint_piece):
    (ratio,) = [c for c in extract_claims(NOTE.format(ci="0.49-0.83")) if c.kind == "ratio"]
    assert ratio.interval is not None and (ratio.interval.low.value, ratio.interval.high.value) == (0.49, 0.83)
    assert all(c.interval is None for c in extract_claims(NOTE.format(ci="0.49-0.83")) if c.kind == "percentage")
    assert not lint_piece(NOTE.format(ci="0.49-0.83"), "note.txt", rules={"V001", "A002"})
    found = lint_piece(NOTE.format(ci="0.49-0.93"), "note.txt", rules={"V001", "A002"})
    assert {(f.rule, f.line) for f in found} == {("V001", 3)}


def test_a_mark_on_two_estimates_or_two_footnotes_gives_no_interval():
    text = "HR 0.64\u2021 and HR 0.79\u2021 were reported.\n\u2021 95% CI 0.49-0.83\n"
    assert all(c.interval is None for c in extract_claims(text))
    text = "HR 0.64\u2021 was reported.\n\u2021 95% CI 0.49-0.83\n\u2021 95% CI 0.58-1.09\n"
    assert all(c.interval is None for c in extract_claims(text))
