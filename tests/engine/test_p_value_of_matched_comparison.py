"""A p-value given right after the figures of a comparison that matched an entry ("HR 0.665 (95% CI
0.518-0.853); two-sided P=0.013", "80.7% vs 29.4% (P=0.01)") is that comparison's: compared with the
entry's p, exact to its written precision, a bound consistent where the entry's p lies within it.
Prose, bullets, a pipe table, HTML and a transcript line. Texts written for this test; facts of the
shipped XOSPATA and BESPONSA libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"
XOS = "# XOSPATA (gilteritinib), relapsed or refractory FLT3-mutated AML\n\nADMIRAL: XOSPATA or salvage chemotherapy.\n\n"
TABLE = ("| | XOSPATA | Salvage chemotherapy |\n|---|---|---|\n| Median OS (2-year follow-up), months | 9.3 | 5.6 |\n"
         "| HR (95% CI); P | 0.665 (0.518-0.853); {p} | |\n")


def _found(linter, tmp_path, head, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(head + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


WRONG = [
    (XOS, "At the 2-year follow-up, median OS was 9.3 vs 5.6 months. The difference remained significant "
          "(HR 0.665; two-sided P=0.013).\n", "md"),
    (XOS, "- Median OS at 2-year follow-up: 9.3 vs 5.6 months\n- HR 0.665 (95% CI 0.518-0.853), two-sided P=0.013\n", "md"),
    (XOS, "SPEAKER 1: With two years of follow-up, median survival stayed at 9.3 versus 5.6 months, hazard ratio "
          "0.665, two-sided P=0.013.\n", "txt"),
    (XOS, TABLE.format(p="P=0.013"), "md"),
    (XOS, "<p>Two-year follow-up: OS benefit maintained (HR 0.665; 95% CI, 0.518-0.853; two-sided P=0.013).</p>\n", "html"),
    (BES, "Median OS was 7.7 vs 6.2 months (HR 0.75; one-sided P=0.105).\n", "md"),
    (BES, "CR/CRi was 80.7% vs 29.4% (P=0.01).\n", "md"),
]
CLEAN = [
    (XOS, "At the 2-year follow-up, median OS was 9.3 vs 5.6 months. The difference remained significant "
          "(HR 0.665; two-sided P=0.0013).\n", "md"),
    (XOS, "- Median OS at 2-year follow-up: 9.3 vs 5.6 months\n- HR 0.665 (95% CI 0.518-0.853), two-sided P=0.001\n", "md"),
    (XOS, "- Median OS at 2-year follow-up: 9.3 vs 5.6 months\n- HR 0.665 (95% CI 0.518-0.853), P<0.01\n", "md"),
    (XOS, TABLE.format(p="P=0.0013"), "md"),
    (XOS, "Two-year follow-up: OS benefit maintained (HR 0.665; 95% CI, 0.518-0.853; two-sided P=0.0013).\n", "md"),
    (BES, "Median OS was 7.7 vs 6.2 months (HR 0.75; one-sided P=0.0105).\n", "md"),
    (BES, "CR/CRi was 80.7% vs 29.4% (P<0.001).\n", "md"),
]


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_p_value_of_comparison_differs(linter, tmp_path, k):
    head, text, ext = WRONG[k]
    assert _found(linter, tmp_path, head, text, ext) == ["V001"]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_p_value_of_comparison_agrees(linter, tmp_path, k):
    head, text, ext = CLEAN[k]
    assert _found(linter, tmp_path, head, text, ext) == []
