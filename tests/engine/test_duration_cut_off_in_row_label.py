"""A duration inside a table row's label is the subgroup's definition ("First remission lasting ≥12
months", "Remission of 12 months or more"), not the unit of the row's cells: under a "CR/CRi, %" header
the cells are rates of the header's endpoint, checked as such; "12 months or more" is a cut-off, no
claim. Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"


def _found(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(BES + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


CLEAN = [
    ("| Subgroup | BESPONSA CR/CRi, % | Chemotherapy CR/CRi, % |\n|---|---|---|\n"
     "| First remission lasting ≥12 months | 86.8 | 39.5 |\n| First remission lasting <12 months | 77.5 | 23.9 |\n", "md"),
    ("<table><tr><th>Subgroup</th><th>BESPONSA CR/CRi (%)</th><th>SC CR/CRi (%)</th></tr>"
     "<tr><td>Duration of first remission ≥12 months</td><td>86.8</td><td>39.5</td></tr></table>\n", "html"),
    ("| CR/CRi rate, % | BESPONSA | SC |\n|---|---|---|\n| Remission duration of 12 months or more | 86.8 | 39.5 |\n", "md"),
    ("CR/CRi by duration of first remission (%)\n\nSubgroup                              BESPONSA   Chemotherapy\n"
     "First remission ≥12 months             86.8       39.5\nFirst remission <12 months             77.5       23.9\n", "txt"),
    ("Patients whose first remission lasted 12 months or more had a CR/CRi rate of 86.8% with BESPONSA.\n", "md"),
    # a duration row stays a duration row
    ("| | BESPONSA | SC |\n|---|---|---|\n| Median OS, months | 7.7 | 6.2 |\n", "md"),
]
WRONG = [
    ("| Subgroup | BESPONSA CR/CRi, % | Chemotherapy CR/CRi, % |\n|---|---|---|\n"
     "| First remission lasting ≥12 months | 96.8 | 39.5 |\n", "md"),
    ("| CR/CRi rate, % | BESPONSA | SC |\n|---|---|---|\n| Remission duration of 12 months or more | 96.8 | 39.5 |\n", "md"),
    ("| | BESPONSA | SC |\n|---|---|---|\n| Median OS, months | 8.7 | 6.2 |\n", "md"),
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_cut_off_in_row_label_is_clean(linter, tmp_path, k):
    text, ext = CLEAN[k]
    assert _found(linter, tmp_path, text, ext) == []


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_cut_off_row_cells_are_checked_as_rates(linter, tmp_path, k):
    text, ext = WRONG[k]
    found = _found(linter, tmp_path, text, ext)
    assert found and "months" not in "".join(found)
