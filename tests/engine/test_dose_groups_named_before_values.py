"""Groups named before their values decide the values' order: a compared pair of dose groups with
the unit said once ("≤X vs >X mg/m²", in parentheses, in a lead-in clause, or in the sentence
before the values) names both groups, and the values listed after it ("A% and B%", "A% vs B%")
take them in order. Texts written for this test; facts of the shipped BESPONSA library
(dose-analysis entries: CR/CRi 50.9/90.4, grade >=3 AEs 59.6/79.7, HSCT 42.2/42.4)."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"


def _found(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(BES + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


CLEAN = [
    "In the dose analysis (≤3.3 vs >3.3 mg/m²), CR/CRi was 50.9% vs 90.4%.\n",
    "In the dose analysis (≤3.3 vs >3.3 mg/m²), grade ≥3 adverse events occurred in 59.6% vs 79.7%.\n",
    "Patients were split by cumulative dose, ≤3.3 vs >3.3 mg/m². Transplant rates were 42.2% and 42.4%.\n",
    "Patients were grouped by cumulative dose (≤3.3 versus >3.3 mg/m²). CR/CRi rates were 50.9% and 90.4%.\n",
    "- Cumulative dose ≤3,3 vs >3,3 mg/m²: CR/CRi 50,9 % vs 90,4 %\n",
]
SWAPPED = [
    "In the dose analysis (≤3.3 vs >3.3 mg/m²), CR/CRi was 90.4% vs 50.9%.\n",
    "By cumulative dose (≤3.3 vs >3.3 mg/m²), grade ≥3 adverse events occurred in 79.7% vs 59.6%.\n",
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_groups_named_before_values_give_their_order(linter, tmp_path, k):
    assert _found(linter, tmp_path, CLEAN[k]) == []


@pytest.mark.parametrize("k", range(len(SWAPPED)))
def test_values_against_the_groups_named_before_are_swapped(linter, tmp_path, k):
    assert _found(linter, tmp_path, SWAPPED[k]) == ["V002", "V002"]
