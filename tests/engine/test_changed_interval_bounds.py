"""A confidence-interval bound changed from the claims library's interval of the matched entry is V001
at its line, however the interval is written: "95% CI 6.0-9.2", "(95% CI: 6.0, 9.2)", "[95% CI 6.0; 9.2]",
"(95% confidence interval [CI], 6.0 to 9.2)", bounds with their own brackets ("97.5% CI [0.57, 0.99]")
or per cent signs ("72.1%–87.7%"), the interval after a few words naming the arm ("7.7 months with
EXAMPLIMAB (95% CI …)"), or the interval of a difference in percentage points. The same layouts with the
library's bounds stay clean. Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document


def _lint(linter, text):
    return list(linter.lint_document(Document(path="d.md", text=text, format="markdown")))


# (template, right bounds, a changed bound): the template's {lo}/{hi} are the interval written
LAYOUTS = [
    ("Median OS was 7.7 months with BESPONSA (95% CI {lo}–{hi}) vs 6.2 months with chemotherapy.\n", "6.0", "9.2", "9.8"),
    ("Median overall survival was 7.7 months with BESPONSA [95% CI {lo}; {hi}] versus 6.2 months with chemotherapy.\n",
     "6.0", "9.2", "9.8"),
    ("Median overall survival was 7.7 months with BESPONSA (95% confidence interval [CI], {lo} to {hi}).\n",
     "6.0", "9.2", "9.8"),
    ("Median OS: BESPONSA 7.7 months (95% CI: {lo}, {hi}) vs standard chemotherapy 6.2 months.\n", "6.0", "9.2", "8.9"),
    ("HR for death 0.75 (97.5% CI [{lo}, {hi}]); median OS 7.7 vs 6.2 months.\n", "0.57", "0.99", "0.89"),
    ("BESPONSA reduced the risk of death by 25% (HR, 0.75; 97.5% CI, {lo}-{hi}).\n", "0.57", "0.99", "0.89"),
    ("Overall survival was longer with XOSPATA (median 9.3 vs 5.6 months; HR 0.64 [95% CI {lo}, {hi}]).\n",
     "0.49", "0.83", "0.88"),
    ("CR/CRi: 80.7% (95% CI, {lo}%–{hi}%) with BESPONSA vs 29.4% with SC.\n", "72.1", "87.7", "86.7"),
    ("CR/CRi was reached by 80.7% (95% CI {lo}% to {hi}%) of BESPONSA patients in the first 218 randomized.\n",
     "72.1", "87.7", "88.7"),
    ("The CR/CRh difference was 18.6 percentage points (95% CI {lo} to {hi}) in favour of XOSPATA.\n",
     "9.8", "27.4", "29.4"),
]


@pytest.mark.parametrize("template, lo, hi, wrong", LAYOUTS)
def test_changed_upper_bound_is_v001(linter, template, lo, hi, wrong):
    found = [f for f in _lint(linter, template.format(lo=lo, hi=wrong)) if f.rule == "V001"]
    assert len(found) == 1 and found[0].line == 1


@pytest.mark.parametrize("template, lo, hi, wrong", LAYOUTS)
def test_library_bounds_stay_clean(linter, template, lo, hi, wrong):
    assert [f for f in _lint(linter, template.format(lo=lo, hi=hi)) if f.severity == "error"] == []


def test_changed_lower_bound_in_per_cent_bounds(linter):
    text = "The 2-year OS rate with BESPONSA was 22.8% (95% CI, 18.7%–29.6%).\n"
    assert [f.rule for f in _lint(linter, text) if f.rule == "V001"] == ["V001"]


def test_interval_bounds_are_no_range_of_their_own():
    from claimcheck.claims import extract_claims

    claims = extract_claims("CR/CRi was 80.7% (95% CI, 72.1%–87.7%) with the product.")
    assert [(c.text.split(" ")[0], str(c.interval.low), str(c.interval.high)) for c in claims] == [("80.7%", "72.1", "87.7")]
    # a plain range stays a range (no claim)
    assert extract_claims("Response rates ranged from 30% to 50% across sites.") == []


@pytest.mark.parametrize("text", [
    # the interval after the second figure's words is the second figure's, not the first's
    "Median OS was 7.7 months with BESPONSA vs 6.2 months with chemotherapy (95% CI 4.7–8.3).\n",
    # the interval's words list another group after "and"
    "Median OS was 7.7 months with BESPONSA and 6.2 months with SC (95% CI 4.7–8.3).\n",
])
def test_interval_after_another_figure_is_not_taken(linter, text):
    assert [f for f in _lint(linter, text) if f.severity == "error"] == []
