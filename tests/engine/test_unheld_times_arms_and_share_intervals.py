"""Figures misread as agreeing (or as a plain mismatch) where the time point, the arm of a
post-transplant figure, the kind of figure or the share's own interval says otherwise:

- a held value said at a calendar time point no entry of its endpoint holds ("At 3 years, 22.8% and
  10.0% were alive" for the 2-year rates; "the 3-year OS rate was 22.8%") is V001: the time point is
  misquoted, the value is that entry's;
- a value that agrees with an entry held after a cycle, said at a calendar time ("41% remained in
  remission at 3 years" where 41.3% is the MRD-negative rate after cycle 2) is U001: the same value
  by chance;
- a rate said at a time point ("alive and in continuous remission at 3 years") for an endpoint the
  library reports at no time point (a best response) is U001, not a mismatch against the response
  rate, in the product's column and the comparator's;
- a comparator figure counted from an event ("2-year post-transplant OS ... 23% with chemotherapy")
  where the entry counted from it holds the product's arm only is U001, not an arm swap with the
  all-patients rate;
- a median time of an endpoint held only as a rate, in a sentence naming the product whose arm it
  leaves open ("... with EXAMPLIMAB and ... with control were MRD-negative, and MRD negativity was
  maintained for a median of 5.8 months") is U001;
- a share's interval written after its counts in the same brackets ("80.7% of those on EXAMPLIMAB
  (88/109; 95% CI, 74.1-87.7)", "80.7% (88 of 109; 95% CI ...)") is the share's own: a changed bound
  is V001.

The same texts with the library's time point, arm and bounds stay clean. Texts written for this
test; facts of the shipped libraries (BESPONSA: OS 22.8% vs 10.0% at 2 years, MRD negativity after
cycle 2 41.3%, CR/CRi 80.7% (88/109; 95% CI 72.1-87.7), post-transplant OS 51% for BESPONSA only;
XOSPATA: survival 20.6% vs 14.2% at 2 years)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
XOS = "XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
TABLE = "| Outcome | BESPONSA | Chemotherapy |\n|---|---|---|\n"
VALUE_RULES = {"V001", "V002", "U001"}


def _lint(full_linter, head: str, body: str, market: str = "US"):
    doc = Document(path="d.md", text=head + body + "\n", format="markdown")
    doc.metadata["market"] = market
    return [f for f in full_linter.lint_document(doc) if f.rule in VALUE_RULES]


def _rules(full_linter, head, body):
    return sorted({f.rule for f in _lint(full_linter, head, body)})


# ---- a held value at another calendar time point: V001 -------------------------------------------

MISQUOTED_TIME = [
    (BES, "Median OS was 7.7 months with BESPONSA and 6.2 months with chemotherapy. At {t}, 22.8% and 10.0% "
          "of patients were alive, respectively.", "3 years", "2 years"),
    (BES, "The {t} overall survival rate was 22.8% with BESPONSA vs 10.0% with chemotherapy.", "3-year", "2-year"),
    (BES, "- {t} OS: 22.8% (BESPONSA) vs 10.0% (chemotherapy)", "3-year", "2-year"),
    (BES, TABLE + "| OS at {t} | 22.8% | 10.0% |", "3 years", "2 years"),
    (XOS, "At {t}, survival was 20.6% with XOSPATA versus 14.2% with salvage chemotherapy.", "three years",
     "two years"),
    # the library's time point in other units ("at 12 months" for its 1-year rate) agrees
    (XOS, "Survival at {t} was 37.1% with XOSPATA and 16.7% with salvage chemotherapy.", "18 months", "12 months"),
]


@pytest.mark.parametrize("head, body, wrong, right", MISQUOTED_TIME)
def test_held_value_at_another_calendar_time_is_v001(full_linter, head, body, wrong, right):
    found = _lint(full_linter, head, body.format(t=wrong))
    assert [f.rule for f in found] and {f.rule for f in found} == {"V001"}, [(f.rule, f.message) for f in found]
    assert any(wrong.split()[0] in f.message for f in found)
    assert _lint(full_linter, head, body.format(t=right)) == []


# ---- a value held after a cycle, said at a calendar time: U001 -----------------------------------

@pytest.mark.parametrize("body", [
    "MRD negativity in responders: 78.4% with BESPONSA vs 28.1% with chemotherapy; 41% of BESPONSA "
    "responders remained in remission at 3 years.",
    "With BESPONSA, 41% of responders remained MRD-negative at 1 year.",
])
def test_cycle_value_said_at_a_calendar_time_is_u001(full_linter, body):
    found = _lint(full_linter, BES, body)
    mine = [f for f in found if f.rule == "U001" and "41%" in f.message]
    assert mine and not [f for f in found if f.rule == "V001"], [(f.rule, f.message) for f in found]


# ---- a time point for an endpoint held at none: U001, product and comparator ---------------------

@pytest.mark.parametrize("body", [
    TABLE + "| Alive and in continuous remission at 3 years, ITT | 19.6% | 6.8% |",
    TABLE + "| In continuous remission at three years | 19.6% | 6.8% |",
])
def test_time_point_of_an_untimed_endpoint_in_a_row_is_u001(full_linter, body):
    found = _lint(full_linter, BES, body)
    assert sorted(f.rule for f in found) == ["U001", "U001"], [(f.rule, f.message) for f in found]
    # "At 2 years, the CR/CRi rate was ..." names no outcome held at that time: a misquoted rate
    assert _rules(full_linter, BES, "At 2 years, the CR/CRi rate was 81.7% with BESPONSA (first 218 randomized).") \
        == ["V001"]


# ---- a comparator figure counted from an event its entry holds for the product only: U001 --------

@pytest.mark.parametrize("body", [
    "In the pooled analysis, 2-year post-transplant OS was 51% with BESPONSA, compared with 23% with chemotherapy.",
    "Post-transplant OS at 2 years: 51% with BESPONSA vs 23% with standard chemotherapy (pooled analysis).",
    "A pooled analysis (101 BESPONSA-treated and 31 SC-treated patients who underwent HSCT) reported a 2-year "
    "post-transplant OS of 51% in the BESPONSA group, compared with 23% in the SC group.",
])
def test_comparator_figure_counted_from_an_event_held_for_the_product_only_is_u001(full_linter, body):
    found = _lint(full_linter, BES, body)
    assert [f.rule for f in found] == ["U001"] and "23%" in found[0].message, [(f.rule, f.message) for f in found]
    # the product's figure, which the entry counted from the event holds, stays clean
    assert _lint(full_linter, BES, "In the pooled analysis, 2-year post-transplant OS was 51% with BESPONSA.") == []


# ---- a median time of a rate-only endpoint, the arm left open: U001 ------------------------------

LEAD = "Among patients in CR/CRi, 78.4% with BESPONSA and 28.1% with chemotherapy were MRD-negative"


@pytest.mark.parametrize("tail", [
    ", and MRD negativity was maintained for a median of 5.8 months.",
    "; the median duration of MRD negativity was 5.8 months.",
])
def test_median_time_of_a_rate_only_endpoint_is_u001(full_linter, tail):
    found = _lint(full_linter, BES, LEAD + tail)
    assert [f.rule for f in found] == ["U001"] and "5.8 months" in found[0].message, \
        [(f.rule, f.message) for f in found]
    assert _lint(full_linter, BES, LEAD + ".") == []


# ---- a share's interval after its counts, in the same brackets: V001 -----------------------------

SHARE_INTERVALS = [
    "- Remission: 80.7% of those on BESPONSA (88/109; 95% CI, {lo}–87.7) reached CR/CRi, compared with 29.4% on "
    "chemotherapy (32/109; 95% CI, 21.0–38.8).",
    "CR/CRi was reached by 80.7% (88/109, 95% CI {lo}-87.7) with BESPONSA vs 29.4% (32/109, 95% CI 21.0-38.8) "
    "with chemotherapy.",
    "CR/CRi: BESPONSA 80.7% (88 of 109; 95% CI, {lo}–87.7) vs chemotherapy 29.4% (32 of 109; 95% CI, 21.0–38.8).",
    "CR/CRi with BESPONSA: 80.7% [n=88/109; 95% CI {lo} to 87.7]; with chemotherapy: 29.4% [n=32/109; 95% CI "
    "21.0 to 38.8].",
    TABLE + "| CR/CRi, first 218 | 80.7% (88/109; 95% CI {lo}-87.7) | 29.4% (32/109; 95% CI 21.0-38.8) |",
]


@pytest.mark.parametrize("body", SHARE_INTERVALS)
def test_changed_bound_after_the_counts_is_v001(full_linter, body):
    found = _lint(full_linter, BES, body.format(lo="74.1"))
    assert [f.rule for f in found] == ["V001"] and "72.1" in found[0].message, [(f.rule, f.message) for f in found]
    assert _lint(full_linter, BES, body.format(lo="72.1")) == []
