"""A hazard or odds ratio named earlier in its sentence, or in the sentence before, then its value with
its interval (helper v2): "The hazard ratio for death with BESPONSA versus chemotherapy was 0.79
(97.5% CI, 0.57 to 0.99)". The value is read as that ratio and compared (value, bounds, level)."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims


def _v001(lint_piece, sentence: str):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md",
                      rules=("V001", "V002", "U001"))


WRONG = [
    "The hazard ratio for overall survival was reported as follows: 0.77 (97.5% CI 0.57–0.99).",
    "The hazard ratio for death with BESPONSA versus chemotherapy was 0.79 (97.5% CI, 0.57 to 0.99).",
    "Overall survival was longer with BESPONSA (hazard ratio). It was 0.79 (97.5% CI 0.57–0.99).",
    "The hazard ratio for overall survival was reported as follows: 0.75 (95% CI 0.57–0.99).",
    "The hazard ratio for overall survival with BESPONSA was 0.75 (90% CI 0.57–0.99).",
    "The hazard ratio for overall survival with BESPONSA was 0.75 (97.5% CI 0.59–0.99).",
]
RIGHT = [
    "The hazard ratio for overall survival was reported as follows: 0.75 (97.5% CI 0.57–0.99).",
    "The hazard ratio for death with BESPONSA versus chemotherapy was 0.75 (97.5% CI, 0.57 to 0.99).",
    "Overall survival was longer with BESPONSA (hazard ratio). It was 0.75 (97.5% CI 0.57–0.99).",
]


@pytest.mark.parametrize("sentence", WRONG)
def test_a_ratio_named_before_its_value_is_compared(lint_piece, sentence):
    assert _v001(lint_piece, sentence), sentence


@pytest.mark.parametrize("sentence", RIGHT)
def test_the_correct_ratio_stays_clean(lint_piece, sentence):
    assert _v001(lint_piece, sentence) == []


def test_another_figure_between_the_name_and_the_value_keeps_it_unnamed():
    text = "Hazard ratios are given below. Median OS was 7.7 months; estimate 1.25 (95% CI 1.01-1.50)."
    assert not [c for c in extract_claims(text) if c.kind == "ratio"]


def test_an_odds_ratio_named_before_is_an_odds_ratio():
    text = "The odds ratio for remission favoured the product: 3.1 (95% CI 1.9-5.0)."
    ratios = [c for c in extract_claims(text) if c.kind == "ratio"]
    assert len(ratios) == 1 and ratios[0].ratio_kind == "odds-ratio" and ratios[0].interval.level == 95.0


@pytest.mark.parametrize("text", [
    "HR, 95% CI: 0.64, 0.49–0.83",
    "Odds ratio, 95% CI ........ 0.52 (0.31–0.88)",
    "hazard ratio 95% CI 0.49-0.83",
    "OR 95 % confidence interval 0.31-0.88",
    "Hazard ratio for death 97.5% CI 0.57 to 0.99",
])
def test_the_level_of_an_interval_is_never_a_ratio(text):
    assert not [c for c in extract_claims(text) if c.kind == "ratio" and c.value.value >= 90]


@pytest.mark.parametrize("text", ["HR 0.64 (95% CI 0.49-0.83)", "HR ........ 0.64", "HR 0.64; 95% CI 0.49-0.83",
                                  "Odds ratio ........ 0.52"])
def test_a_named_ratio_is_still_read(text):
    assert [c.value.value for c in extract_claims(text) if c.kind == "ratio"] in ([0.64], [0.52])
