"""A figure in a dotted-leader row ("Grade ≥3 infections ........ 37%") whose label states an outcome
the claims library declares no endpoint for is unsupported (U001), however the figure happens to
equal another endpoint's value carried from the rows above (1-year survival 37.1%). The label the
dots lead from is the figure's clause, as a table row's label cell or a "label: figure" line is.

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

XOS = """XOSPATA (gilteritinib) in the ADMIRAL trial (XOSPATA vs salvage chemotherapy).

KEY RESULTS
  Median overall survival ........... 9.3 vs 5.6 months
  Survival at 1 year ................ 37.1% vs 16.7%
  CR/CRh ............................ 34.0% vs 15.3%
{row}
"""
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, row):
    doc = Document(path="d.txt", text=XOS.format(row=row) + "\n", format="text")
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


@pytest.mark.parametrize("row", [
    "  Grade ≥3 infections ........ 37%",
    "  Grade 3 or higher infections ....... 34%",
    "  Infections (grade ≥3) … 16%",
    "  - Hospital days, median ....... 9 days",
])
def test_an_undeclared_outcome_in_a_leader_row_is_unsupported(linter, row):
    got = _findings(linter, row)
    assert [g[0] for g in got] == ["U001"], got


def test_the_leader_rows_of_reported_figures_stay_clean(linter):
    assert _findings(linter, "  CR ................................ 21.1% vs 10.5%") == []
