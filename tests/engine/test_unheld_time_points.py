"""U001, not V001, for a rate said at a time point (data/outcomes.yaml time_point_landmark,
time_points: "the 3-year OS rate", "survival at three years", "100-day mortality") or counted from an
event (time_anchor_events: "2-year survival after transplant") that no entry of its endpoint holds:
matched to an entry of another time point (a 2-year rate, a 1-year rate), it was reported as a
misquote of that entry. A time point must agree before a value can be judged a mismatch.
Near-misses: held time points misquoted stay V001; held figures stay clean; a cycle length or a
follow-up is no time point. Texts written for this test."""

from __future__ import annotations

import pytest

BES = ("BESPONSA (inotuzumab ozogamicin) for adults with relapsed or refractory B-cell precursor ALL.\n\n"
       "In INO-VATE ALL, CR/CRi was reached by 80.7% of BESPONSA patients and 29.4% of chemotherapy patients "
       "(first 218 randomized).\n\n")
XOS = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
       "In ADMIRAL, XOSPATA achieved CR/CRh in 34.0% of patients.\n\n")
RULES = {"V001", "V002", "U001"}


def _findings(lint_piece, head: str, body: str, name: str = "piece.md"):
    return [f for f in lint_piece(head + body + "\n", name, rules=RULES) if f.line == 5]


def _codes(lint_piece, head: str, body: str, name: str = "piece.md") -> list[str]:
    return sorted(f.rule for f in _findings(lint_piece, head, body, name))


# ---- a time point (or the event it is counted from) that no entry holds

@pytest.mark.parametrize("head,body,words", [
    (XOS, "Median OS was 9.3 months with XOSPATA, and the 3-year OS rate reached 20%.", "3-year"),
    (XOS, "XOSPATA extended median OS to 9.3 months; 3-year survival was 20%.", "3-year"),
    (XOS, "Survival at three years was 12% with XOSPATA vs 5% with chemotherapy.", "at three years"),
    (BES, "BESPONSA: the 3-year overall survival rate was 20.3% versus 10.0% for chemotherapy.", "3-year"),
    (BES, "100-day mortality after HSCT was 12% with BESPONSA.", "100-day"),
    (XOS, "The 2-year survival rate after transplant was 41% with XOSPATA.", "after transplant"),
    (XOS, "Two-year survival after transplantation reached 41% with XOSPATA.", "after transplantation"),
    (XOS, "XOSPATA: 2-year survival following allogeneic transplant of 41%.", "following allogeneic transplant"),
])
def test_a_time_point_no_entry_holds_is_unsupported_not_mismatched(lint_piece, head, body, words):
    found = _findings(lint_piece, head, body)
    mine = [f for f in found if f.rule == "U001" and f'"{words}"' in f.message]
    assert mine and not [f for f in found if f.rule == "V001"], [(f.rule, f.message) for f in found]


@pytest.mark.parametrize("head,body", [
    (BES, "With BESPONSA, the 3-year OS rate reached 20%."),
    (XOS, "At 18 months, survival was 25% with XOSPATA."),
    (XOS, "With XOSPATA, 6-month OS was 60%."),
    (BES, "Among transplanted BESPONSA patients, 3-year post-transplant survival was 41%."),
    (XOS, "Among XOSPATA patients who underwent HSCT, 2-year survival was 41%."),
    (XOS, "Post-transplant 2-year survival: 41% with XOSPATA."),
    (XOS, "The 2-year survival rate after HSCT was 41% with XOSPATA."),
    (XOS, "Survival 2 years post-HSCT reached 41% with XOSPATA."),
])
def test_other_wordings_of_unheld_time_points_stay_unsupported(lint_piece, head, body):
    assert _codes(lint_piece, head, body) == ["U001"]


@pytest.mark.parametrize("head,body,want", [
    # a time point the library holds, misquoted: a value mismatch
    (XOS, "1-year survival with XOSPATA was 40%.", ["V001"]),
    (BES, "With BESPONSA, 2-year overall survival was 25%.", ["V001"]),
    (XOS, "The 2-year survival rate with XOSPATA was 25%.", ["V001"]),
    # held, quoted right
    (XOS, "In ADMIRAL, 1-year survival was 37.1% with XOSPATA vs 16.7% with chemotherapy, and 2-year "
          "survival 20.6% vs 14.2%.", []),
    (XOS, "At 2 years, 20.6% of XOSPATA patients were alive.", []),
    (BES, "At 2 years, OS was 22.8% with BESPONSA vs 10.0% with chemotherapy.", []),
    (BES, "Post-transplant OS at 2 years was 51% in the pooled analysis of BESPONSA patients who proceeded "
          "to HSCT.", []),
    (XOS, "At a median follow-up of 37.1 months, 2-year OS was 20.6% with XOSPATA.", []),
    # a cycle length is no time point
    (XOS, "XOSPATA is dosed in 28-day cycles; CR/CRh was 34% with XOSPATA.", []),
])
def test_held_time_points_are_judged_on_their_value(lint_piece, head, body, want):
    assert _codes(lint_piece, head, body) == want
