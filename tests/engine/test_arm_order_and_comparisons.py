"""Arms swapped on one line where the library gives the two arms no order (two dose groups of the
product), and a comparison of two figures judged against an entry that holds one:

- the text's own order decides: where a document compares the two dose groups one way in its other
  pairs, the one pair whose values agree with the two groups the other way round is a swap (V002);
- baseline wordings "at least 50% bone marrow blasts" name the baseline characteristic, so its pair
  is judged (a swap there is V002 too);
- "Median PFS | 9.5 vs 3.6 months" under a column of a one-arm subgroup entry is a comparison the
  library does not hold: unsupported (U001), not two mismatches of that entry.

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL.\n\n"
RULES = {"V001", "V002", "V003", "U001"}

DOSE = """## Cumulative dose analysis (≤3.3 vs >3.3 mg/m²)

- Transplant rate: 42.2% vs 42.4% of patients proceeded to HSCT (≤3.3 vs >3.3 mg/m²).
- Early responders went on to HSCT more often in the lower-dose group: 74% vs 46%.
- Post-transplant outcomes in early responders: mortality {a}% vs {b}% and non-relapse mortality 28% vs 44%.
- Adverse events: discontinuation because of adverse events in 14.9% vs 19.2%.
"""


def _findings(linter, body):
    doc = Document(path="d.md", text=BES + body + "\n", format="markdown")
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


def test_a_pair_against_the_documents_own_order_is_a_swap(linter):
    assert _findings(linter, DOSE.format(a="39", b="62")) == []
    got = _findings(linter, DOSE.format(a="62", b="39"))
    assert [g[:2] for g in got] == [("V002", 7)], got


@pytest.mark.parametrize("body", [
    DOSE.format(a="39", b="62"),
    # one pair only: no order to go by, nothing said
    "In the cumulative dose analysis, post-transplant mortality in early responders was 62% vs 39%.",
])
def test_no_order_or_the_order_kept_stays_clean(linter, body):
    assert _findings(linter, body) == []


@pytest.mark.parametrize("template", [
    "- Around two-thirds had at least 50% bone marrow blasts ({a}% vs {b}%)",
    "- 50% or more bone marrow blasts: {a}% vs {b}%",
])
def test_baseline_blasts_wordings_are_judged(linter, template):
    head = "INO-VATE ALL randomised 326 adults to BESPONSA (n=164) or chemotherapy (n=162).\n\n"
    assert _findings(linter, head + template.format(a="66.5", b="69.8")) == []
    got = _findings(linter, head + template.format(a="69.8", b="66.5"))
    # the pair takes the arms the head names with their sizes, in order (context.py _sized_pair): each
    # value is the other arm's, one V002 each, as where the arms are named in the pair's own sentence
    assert [g[0] for g in got] == ["V002", "V002"], got


TABLE = """A post hoc analysis grouped BESPONSA responders by MRD status.

| Outcome in BESPONSA responders (post hoc) | MRD-negative | MRD-positive |
|---|---|---|
| Median OS, months | 14.1 | 7.2 |
| Median PFS, months | 8.6 | 5.4 |
{row}
"""


@pytest.mark.parametrize("row", [
    "| Median PFS, months | 9.5 vs 3.6 months |  |",
    "| Median DoR, months | 6.2 vs 2.4 months |  |",
])
def test_a_comparison_in_a_one_arm_entrys_column_is_unsupported(linter, row):
    got = _findings(linter, TABLE.format(row=row))
    assert got and {g[0] for g in got} == {"U001"}, got


def test_the_table_itself_stays_clean(linter):
    assert _findings(linter, TABLE.format(row="")) == []
