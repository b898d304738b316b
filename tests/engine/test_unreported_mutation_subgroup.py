"""A figure said of a subgroup by mutation type that the trial's library does not report ("FLT3-TKD
subgroup: CR/CRh 31.0%") is unsupported (U001), not a mismatch against the whole population's
entry (34.0%). The subgroups are declared in the library's populations with no entries.
Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

XOS = "XOSPATA (gilteritinib) in the ADMIRAL trial.\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, body):
    doc = Document(path="d.md", text=XOS + body + "\n", format="markdown")
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


@pytest.mark.parametrize("body", [
    "- FLT3-TKD subgroup: CR/CRh 31.0%",
    "- Patients with FLT3-TKD mutations: CR/CRh 31.0%",
    "In patients with FLT3-ITD mutations, CR/CRh was 32.5% with XOSPATA.",
    "Among FLT3-ITD-positive patients, median OS was 9.0 months with XOSPATA.",
])
def test_an_unreported_mutation_subgroup_is_unsupported(linter, body):
    got = _findings(linter, body)
    assert [g[0] for g in got] == ["U001"], got


def test_the_whole_population_figure_stays_clean(linter):
    assert _findings(linter, "CR/CRh was 34.0% with XOSPATA vs 15.3% with salvage chemotherapy.") == []
