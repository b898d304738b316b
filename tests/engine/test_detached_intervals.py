"""A002 for a confidence interval written apart from its estimate: on a line of its own under the
figure, in a later sentence, inside a bracket after other words, two intervals after two figures.
A finding only where no way of giving each interval its own estimate makes every interval contain
it; an interval given to an estimate no figure states (a difference, a ratio in words) is not judged."""

from __future__ import annotations

import pytest


HEAD = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory disease.\n\n"


def _a002(lint_piece, body: str) -> list[int]:
    return sorted(f.line for f in lint_piece(HEAD + body, "piece.txt", rules="A002"))


@pytest.mark.parametrize("body, line", [
    # the ratio on one line, its interval on the next
    ("Overall survival, hazard ratio: 0.75\n   97.5% CI, 0.81 to 0.99\n", 3),
    # two figures on a line, their two intervals on the line below
    ("CR/CRi, BESPONSA vs chemotherapy: 80.7% vs 29.4%\n95% CIs: 72.1–87.7 and 40.5–52.0\n", 3),
    # a later sentence naming each interval's arm, in the other order than the figures
    ("In the first 218 patients randomized, 80.7% and 29.4% reached CR/CRi. The 95% confidence "
     "intervals were 21.0 to 38.8 with chemotherapy and 83.0 to 90.1 with BESPONSA.\n", 3),
    # inside a bracket after other words
    ("The hazard ratio for death was 0.75 (stratified analysis, 97.5% CI 0.78-0.99).\n", 3),
    ("CR/CRi was reached by 80.7% of BESPONSA patients (first 218 randomized; 95% CI from 82.5% to 87.7%).\n", 3),
])
def test_an_interval_apart_from_its_estimate_that_excludes_it_is_found(lint_piece, body, line):
    assert _a002(lint_piece, body) == [line]


@pytest.mark.parametrize("body", [
    "Overall survival, hazard ratio: 0.75\n   97.5% CI, 0.57 to 0.99\n",
    "CR/CRi, BESPONSA vs chemotherapy: 80.7% vs 29.4%\n95% CIs: 72.1–87.7 and 21.0–38.8\n",
    # the intervals in the other order than the figures: each still contains one of them
    "In the first 218 patients randomized, 80.7% and 29.4% reached CR/CRi. The 95% confidence "
    "intervals were 21.0 to 38.8 with chemotherapy and 72.1 to 87.7 with BESPONSA.\n",
    "The hazard ratio for death was 0.75 (stratified analysis, 97.5% CI 0.57-0.99).\n",
    # the interval of a difference no figure states, of a ratio named in words only
    "CR/CRi: 80.7% vs 29.4%; for the difference between the arms, the 95% CI was 40.2 to 62.4.\n",
    "Median overall survival was 7.7 vs 6.2 months (hazard ratio stratified by region; 97.5% CI 0.57 to 0.99).\n",
    # a figure the extraction does not read as a claim stands between: it may own the interval
    "CR/CRi: 80.7% vs 29.4%, a mean gain of 51.3 (95% CI 40.2-62.4).\n",
    # more intervals than figures before them
    "CR/CRi with BESPONSA: 80.7%. 95% CIs 72.1-87.7, 21.0-38.8 and 40.1-55.9.\n",
])
def test_an_interval_that_contains_an_estimate_or_has_no_sure_owner_is_not_found(lint_piece, body):
    assert _a002(lint_piece, body) == []
