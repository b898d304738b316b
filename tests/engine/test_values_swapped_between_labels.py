"""Two related values of one endpoint swapped between their labels: each value is in the claims
library, but under the other label (two time points, two cycles, two populations). The label bound to
the value (next to it, or its place in a "respectively" list of populations) decides the entry, so
a swap is V001 at each value; correct pairs, either way round, stay clean. A "respectively" list
that pairs ARMS ("InO versus SC (77.5% versus 23.9%, respectively, for <group>)") does not bind the
populations the sentence names to its values by their order (seed-002 layout)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document


def lint_text(linter, text):
    return linter.lint_document(Document(path="d.md", text=text, format="markdown"))


def _v001(linter, text):
    return [f for f in lint_text(linter, text) if f.rule == "V001"]


def _errors(linter, text):
    return [f for f in lint_text(linter, text) if f.severity == "error"]


# ---- time points and cycles
@pytest.mark.parametrize("text", [
    "Of the 92 BESPONSA patients who reached MRD negativity, 41.3% did so after cycle 1 and 45.7% after cycle 2.\n",
    "Among patients who became MRD-negative, 41.3% did so in Cycle 1, 45.7% in Cycle 2 and 13.0% in Cycle 3 or later.\n",
    "Survival rates with XOSPATA were 20.6% at 1 year and 37.1% at 2 years.\n",
    "OS at 1 year was 20.6% with XOSPATA, and at 2 years 37.1%.\n",
])
def test_time_points_swapped(linter, text):
    assert len(_v001(linter, text)) == 2


@pytest.mark.parametrize("text", [
    "Of the 92 BESPONSA patients who reached MRD negativity, 45.7% did so after cycle 1 and 41.3% after cycle 2.\n",
    "Among patients who became MRD-negative, 45.7% did so in Cycle 1, 41.3% in Cycle 2 and 13.0% in Cycle 3 or later.\n",
    "Survival rates with XOSPATA were 37.1% at 1 year and 20.6% at 2 years.\n",
    "BESPONSA was given on Days 1, 8, and 15 of each cycle; 45.7% of MRD-negative patients got there in Cycle 1.\n",
])
def test_time_points_right(linter, text):
    assert _errors(linter, text) == []


def test_figure_after_a_cycle_number_is_read():
    from claimcheck.claims import extract_claims

    texts = [c.text for c in extract_claims("41.3% in Cycle 1, 45.7% in Cycle 2 and 13.0% in Cycle 3 or later.")]
    assert texts == ["41.3%", "45.7%", "13.0%"]
    assert [c.text for c in extract_claims("given on Days 1, 8, and 15 of the cycle")] == []


# ---- populations bound next to the value
@pytest.mark.parametrize("text", [
    "VOD occurred in 20.2% of US patients and 6.7% of patients outside the US.\n",
    "The CR/CRi rate with BESPONSA was 80.7% in the ITT population and 73.8% in the first 218 randomized patients.\n",
    "Median OS was 7.2 months in MRD-negative patients and 14.1 months in MRD-positive patients.\n",
])
def test_populations_swapped_next_to_values(linter, text):
    assert len(_v001(linter, text)) == 2


@pytest.mark.parametrize("text", [
    "VOD occurred in 6.7% of US patients and 20.2% of patients outside the US.\n",
    "The CR/CRi rate with BESPONSA was 73.8% in the ITT population and 80.7% in the first 218 randomized patients.\n",
    "Median OS was 14.1 months in MRD-negative patients and 7.2 months in MRD-positive patients.\n",
])
def test_populations_right_next_to_values(linter, text):
    assert _errors(linter, text) == []


# ---- "respectively" lists of populations
@pytest.mark.parametrize("text", [
    "CR/CRi was 80.7% and 73.8% in the ITT and first-218 populations, respectively.\n",
    "Median OS in MRD-negative and MRD-positive patients was 7.2 months and 14.1 months, respectively.\n",
    "For MRD-negative and MRD-positive responders, median OS reached 7.2 and 14.1 months, respectively.\n",
])
def test_populations_swapped_in_respectively_list(linter, text):
    assert len(_v001(linter, text)) == 2


@pytest.mark.parametrize("text", [
    "CR/CRi was 73.8% and 80.7% in the ITT and first-218 populations, respectively.\n",
    "Median OS in MRD-negative and MRD-positive patients was 14.1 months and 7.2 months, respectively.\n",
    "For MRD-negative and MRD-positive responders, median OS reached 14.1 and 7.2 months, respectively.\n",
])
def test_populations_right_in_respectively_list(linter, text):
    assert _errors(linter, text) == []


# ---- "respectively" lists of ARMS in a sentence that names populations (seed-002 layout)
@pytest.mark.parametrize("text", [
    "Among patients with a short (<12 months) and long (≥12 months) duration of first remission, CR/CRi rates "
    "were higher with InO versus SC (77.5% versus 23.9%, respectively, for duration of remission <12 months; "
    "86.8% versus 39.5%, respectively, for duration of remission ≥12 months).\n",
    "Among patients with a short (<12 months) and long (≥12 months) duration of first remission, CR/CRi rates\n"
    "were higher with InO versus SC (77.5% versus 23.9%, respectively,\nfor duration of remission <12 months; "
    "86.8% versus 39.5%,\nrespectively, for duration of remission ≥12 months).\n",
    "In patients with DoR <12 months and DoR ≥12 months, CR/CRi rates with BESPONSA and SC were "
    "77.5% and 23.9%, and 86.8% and 39.5%, respectively.\n",
])
def test_arms_paired_by_respectively_stay_clean(linter, text):
    assert _errors(linter, text) == []


# ---- parallel clauses, each figure before its own time point (seed-002 layout, wrapped lines)
@pytest.mark.parametrize("text", [
    "InO induced more MRD-negative remissions (78.4% [69/88 \npatients] vs 28.1% with SC [9/32 patients]), with 45.7% of \n"
    "MRD responses occurring in Cycle 1 and 41.3% of responses \noccurring in Cycle 2.\n",
    "Of MRD-negative patients, 45.7% of responses were seen in Cycle 1 and 41.3% of the responses were seen in Cycle 2.\n",
    "Among MRD-negative patients, 45.7% of first MRD-negative results came in cycle 1 and 41.3% of them came in cycle 2.\n",
])
def test_parallel_time_point_clauses_right(linter, text):
    assert _errors(linter, text) == []


@pytest.mark.parametrize("text", [
    "Of MRD-negative patients, 41.3% of responses were seen in Cycle 1 and 45.7% of the responses were seen in Cycle 2.\n",
    "Among MRD-negative patients, 41.3% of first MRD-negative results came in cycle 1 and 45.7% of them came in cycle 2.\n",
])
def test_parallel_time_point_clauses_swapped(linter, text):
    assert len(_v001(linter, text)) == 2
