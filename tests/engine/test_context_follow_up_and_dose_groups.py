"""Median follow-up given another figure of the same trial (the survivors' follow-up for the primary
analysis, the range's upper end for the median) is a mismatch of the trial's own figure; groups
listed with their sizes before a list of values ("patients grouped by cumulative dose (≤X mg/m²,
n = 161; >X mg/m², n = 177) ... 42.2% and 42.4%") give the values their groups in order, in US and
EU decimals. Texts written for this test; facts of the shipped XOSPATA and BESPONSA libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"
XOS = "# XOSPATA (gilteritinib), relapsed or refractory FLT3-mutated AML\n\nADMIRAL: XOSPATA or salvage chemotherapy.\n\n"


def _found(linter, tmp_path, head, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(head + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


FOLLOW_UP_BAD = [
    (XOS, "In ADMIRAL (median follow-up 37.1 months), median OS was 9.3 vs 5.6 months.\n"),
    (XOS, "At a median follow-up of 37.1 months, XOSPATA improved median OS (9.3 vs 5.6 months).\n"),
    (XOS, "| Median follow-up, months | 37.1 |\n|---|---|\n| Median OS, months | 9.3 vs 5.6 |\n"),
    (XOS, "Median follow-up for survivors was 17.8 months.\n"),
    (XOS, "Median follow-up: 37.1 months (primary analysis); 37.1 months among survivors at the 2-year update.\n"),
    (BES, "After a median follow-up of 49.7 months, median OS was 7.7 vs 6.2 months.\n"),
    (BES, "Median follow-up was 49,7 months.\n"),
]
FOLLOW_UP_OK = [
    (XOS, "In ADMIRAL (median follow-up 17.8 months), median OS was 9.3 vs 5.6 months; at the 2-year "
          "follow-up the median follow-up was 37.1 months for survivors.\n"),
    (XOS, "In the 2-year follow-up, survivors had been followed for a median of 37.1 months.\n"),
    (XOS, "Median follow-up: 17.8 months (primary analysis); 37.1 months among survivors at the 2-year update.\n"),
    (BES, "After a median follow-up of 29.6 months (range, 1.7-49.7), median OS was 7.7 vs 6.2 months.\n"),
]


@pytest.mark.parametrize("k", range(len(FOLLOW_UP_BAD)))
def test_follow_up_given_another_figure_is_a_mismatch(linter, tmp_path, k):
    head, text = FOLLOW_UP_BAD[k]
    assert _found(linter, tmp_path, head, text) == ["V001"]


@pytest.mark.parametrize("k", range(len(FOLLOW_UP_OK)))
def test_follow_up_figures_in_their_own_words_are_clean(linter, tmp_path, k):
    head, text = FOLLOW_UP_OK[k]
    assert _found(linter, tmp_path, head, text) == []


DOSE_OK = [
    "In patients grouped by total cumulative dose (≤3,3 mg/m², n = 161; >3,3 mg/m², n = 177), transplant rates were 42,2 % and 42,4 %.\n",
    "Grouped by cumulative BESPONSA dose (≤3,3 mg/m², n = 161; >3,3 mg/m², n = 177), HSCT rates were 42,2 % and 42,4 % and CR/CRi rates 50,9 % and 90,4 %.\n",
    "When patients were grouped by total cumulative dose (≤3.3 mg/m², n=161; >3.3 mg/m², n=177), the transplant rates were 42.2% and 42.4%.\n",
    "Transplant rates by cumulative dose: 42.2% (≤3.3 mg/m²) vs 42.4% (>3.3 mg/m²).\n",
    "| Cumulative dose | ≤3.3 mg/m² (n = 161) | >3.3 mg/m² (n = 177) |\n|---|---|---|\n| Proceeded to HSCT | 42.2% | 42.4% |\n| CR/CRi | 50.9% | 90.4% |\n",
]
DOSE_BAD = [
    "In patients grouped by total cumulative dose (≤3,3 mg/m², n = 161; >3,3 mg/m², n = 177), CR/CRi rates were 90,4 % and 50,9 %.\n",
    "When patients were grouped by total cumulative dose (≤3.3 mg/m², n=161; >3.3 mg/m², n=177), CR/CRi rates were 90.4% and 50.9%.\n",
    "| Cumulative dose | ≤3.3 mg/m² (n = 161) | >3.3 mg/m² (n = 177) |\n|---|---|---|\n| CR/CRi | 90.4% | 50.9% |\n",
]


@pytest.mark.parametrize("k", range(len(DOSE_OK)))
def test_dose_groups_in_other_words_are_consistent(linter, tmp_path, k):
    assert _found(linter, tmp_path, BES, DOSE_OK[k]) == []


@pytest.mark.parametrize("k", range(len(DOSE_BAD)))
def test_dose_groups_swapped_are_found(linter, tmp_path, k):
    got = _found(linter, tmp_path, BES, DOSE_BAD[k])
    assert got and set(got) <= {"V001", "V002"}, got


@pytest.mark.parametrize("text, ok", [
    ("MRD-negative patients who went on to HSCT had a median OS of 19.2 months.\n", True),
    ("MRD-negative patients who went on to HSCT had a median OS of 14.1 months.\n", False),
    ("Median OS reached 14.1 months in MRD-negative patients who underwent transplant.\n", False),
    ("Median OS reached 19.2 months in MRD-negative patients who underwent transplant, and 14.1 months "
     "in all MRD-negative patients.\n", True),
])
def test_subgroup_median_not_confirmed_by_the_whole_group(linter, tmp_path, text, ok):
    assert _found(linter, tmp_path, BES, text) == ([] if ok else ["V001"])
