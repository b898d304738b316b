"""An interval written after its estimate without its level: "(HR 0.79; CI 0.58-1.09)", "hazard ratio
0.79, but the confidence interval, 0.58 to 1.09, crosses one", "29.4% (CI 21.0-38.8)". Before, an
interval was read only with its level ("95% CI"), so an edited or impossible level-less interval
passed. It is now checked like one with its level: against its estimate (A002) and against the
library's bounds (V001); the library's level is not compared when the text gives none. Texts
written for this test; facts of the shipped claims libraries (ADMIRAL EFS HR 0.79, 95% CI 0.58-1.09;
INO-VATE ALL OS HR 0.75, 97.5% CI 0.57-0.99; CR/CRi 29.4%, 95% CI 21.0-38.8 with chemotherapy)."""

from __future__ import annotations

import pytest

XOS = "---\nmarket: EU\n---\n# XOSPATA (gilteritinib)\n\nADMIRAL compared XOSPATA with salvage chemotherapy.\n\n"
BES = "---\nmarket: US\n---\n# BESPONSA (inotuzumab ozogamicin)\n\nINO-VATE ALL compared BESPONSA with standard chemotherapy.\n\n"
RULES = {"A002", "V001", "V002", "U001"}

CASES = {
    "transcript": (XOS, "[12:40] ROSSI: Median EFS was 2.8 months versus 0.7 months, hazard ratio 0.79, but the "
                        "confidence interval, {lo} to {hi}, crosses one, so I would not claim a difference.\n",
                   ("0.58", "1.09")),
    "brackets": (XOS, "- Event-free survival: median 2.8 vs 0.7 months (HR 0.79; CI {lo}-{hi}; not significant)\n",
                 ("0.58", "1.09")),
    "comma": (BES, "Overall survival: median 7.7 vs 6.2 months, hazard ratio 0.75 (CI, {lo} to {hi}); the "
                   "prespecified boundary for significance was not met.\n", ("0.57", "0.99")),
    "percentage": (BES, "| Outcome | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
                        "| CR/CRi, first 218 randomized | 80.7% | 29.4% (CI {lo}-{hi}) |\n", ("21.0", "38.8")),
}
EXCLUDING = {"transcript": ("0.93", "1.44"), "brackets": ("0.93", "1.44"), "comma": ("0.80", "0.99"),
             "percentage": ("33.9", "51.7")}
EDITED = {"transcript": ("0.58", "1.19"), "brackets": ("0.48", "1.09"), "comma": ("0.57", "0.91"),
          "percentage": ("21.0", "36.8")}


def _found(full_linter, lint_piece, case, bounds):
    head, line, _ = CASES[case]
    text = head + line.format(lo=bounds[0], hi=bounds[1])
    return sorted({f.rule for f in lint_piece(text, linter=full_linter, rules=RULES)})


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_correct_interval_stays_clean(full_linter, lint_piece, case):
    assert _found(full_linter, lint_piece, case, CASES[case][2]) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_interval_that_excludes_its_estimate(full_linter, lint_piece, case):
    assert _found(full_linter, lint_piece, case, EXCLUDING[case]) == ["A002", "V001"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_edited_bound(full_linter, lint_piece, case):
    assert _found(full_linter, lint_piece, case, EDITED[case]) == ["V001"]


def test_the_word_ci_alone_is_no_interval(full_linter, lint_piece):
    text = BES + "The CI team reviewed 3-4 cases. Patients at the CI clinic (ages 18-78) were screened.\n"
    assert lint_piece(text, linter=full_linter, rules={"A002", "V001"}) == []
