"""A "respectively" list of TIME POINTS pairs with its values in order, as a list of arms or
populations does: "The 1-year and 2-year survival rates with XOSPATA were 37.1% and 20.6%,
respectively" reads 37.1% at 1 year and 20.6% at 2 years, both XOSPATA's. Before, every value took
the time point nearest before it (the last of the list), and the second value was read as the
comparator's (one arm named, two values): a correct statement got V001 + V002.

The list may write each time point in full ("1-year and 2-year", "after cycle 1 and cycle 2", "at 1
year and at 2 years") or its unit once ("at 1 and 2 years", "1- and 2-year", "cycles 1 and 2":
pipeline._elliptic_time_terms, each number the time point the library words as that number with
the unit). A swapped pair is V001 at each value; correct pairs, whichever comes first in the
sentence, stay clean. Time points not listed together, one time point with arms listed
"respectively", and arms-paired lists (seed 002's "InO versus SC (77.5% versus 23.9%, respectively,
for <group>)", tests/engine/test_values_swapped_between_labels.py) are unchanged. Facts of the
shipped libraries: XOSPATA OS 37.1% at 1 year (salvage chemotherapy 16.7%), 20.6% at 2 years
(14.2%); BESPONSA MRD negativity first reached in cycle 1 by 45.7%, in cycle 2 by 41.3% of the 92
MRD-negative patients."""

from __future__ import annotations

import pytest

RULES = {"V001", "V002", "U001", "V003"}

XOS_HEAD = "# XOSPATA: overall survival in ADMIRAL\n\n"
BES_HEAD = "# BESPONSA: MRD negativity by cycle\n\nPost hoc analysis of INO-VATE ALL; exploratory.\n\n"

#: (head, sentence with {a} {b}, right a, right b)
WORDINGS = {
    "one-and-two-year-rates-with-arm": (XOS_HEAD, "The 1-year and 2-year survival rates with XOSPATA were {a} and {b}, "
                                        "respectively.\n", "37.1%", "20.6%"),
    "at-1-and-2-years": (XOS_HEAD, "With XOSPATA, overall survival at 1 and 2 years was {a} and {b}, respectively.\n",
                         "37.1%", "20.6%"),
    "label-colon": (XOS_HEAD, "1-year and 2-year OS with XOSPATA: {a} and {b}, respectively.\n", "37.1%", "20.6%"),
    "hyphen-elided": (XOS_HEAD, "Patients treated with XOSPATA had 1- and 2-year OS rates of {a} and {b}, "
                      "respectively.\n", "37.1%", "20.6%"),
    "at-each-time-point": (XOS_HEAD, "In the XOSPATA arm, the proportion alive at 1 year and at 2 years was {a} and {b}, "
                           "respectively.\n", "37.1%", "20.6%"),
    "values-before-time-points": (XOS_HEAD, "Survival with XOSPATA reached {a} and {b} at one year and two years, "
                                  "respectively.\n", "37.1%", "20.6%"),
    "after-cycle-1-and-cycle-2": (BES_HEAD, "Of the 92 BESPONSA patients who became MRD-negative, {a} and {b} did so "
                                  "after cycle 1 and cycle 2, respectively.\n", "45.7%", "41.3%"),
    "cycles-1-and-2": (BES_HEAD, "Among the 92 MRD-negative BESPONSA patients, MRD negativity was first reached in "
                       "cycles 1 and 2 in {a} and {b}, respectively.\n", "45.7%", "41.3%"),
    "cycle-list-first": (BES_HEAD, "For BESPONSA patients who reached MRD negativity, the first cycle and the second "
                         "cycle accounted for {a} and {b}, respectively.\n", "45.7%", "41.3%"),
}


def _findings(lint_piece, text):
    return sorted((f.rule, f.line) for f in lint_piece(text, rules=RULES))


def _line(head: str) -> int:
    return head.count("\n") + 1


@pytest.mark.parametrize("wording", sorted(WORDINGS))
def test_respectively_time_points_in_order_are_clean(lint_piece, wording):
    head, sentence, a, b = WORDINGS[wording]
    assert _findings(lint_piece, head + sentence.format(a=a, b=b)) == []


@pytest.mark.parametrize("wording", sorted(WORDINGS))
def test_respectively_time_points_swapped_are_v001_at_each_value(lint_piece, wording):
    head, sentence, a, b = WORDINGS[wording]
    line = _line(head)
    assert _findings(lint_piece, head + sentence.format(a=b, b=a)) == [("V001", line), ("V001", line)]


@pytest.mark.parametrize("wording", ["one-and-two-year-rates-with-arm", "at-1-and-2-years", "after-cycle-1-and-cycle-2"])
def test_one_changed_value_is_v001_at_its_own_time_point(lint_piece, wording):
    head, sentence, a, b = WORDINGS[wording]
    changed = {"20.6%": "22.6%", "41.3%": "43.1%"}[b]
    got = [(f.rule, f.reference_id) for f in lint_piece(head + sentence.format(a=a, b=changed), rules=RULES)]
    entry = {"20.6%": "admiral.os.2-year", "41.3%": "jabbour-2020-mrd.mrd-negativity.cycle-2"}[b]
    assert got == [("V001", entry)]


def test_both_arms_at_two_time_points_pair_each_half(lint_piece):
    text = XOS_HEAD + ("The 1-year and 2-year survival rates were {a} and {b} with XOSPATA versus {c} and {d} with "
                       "salvage chemotherapy, respectively.\n")
    assert _findings(lint_piece, text.format(a="37.1%", b="20.6%", c="16.7%", d="14.2%")) == []
    got = _findings(lint_piece, text.format(a="20.6%", b="37.1%", c="16.7%", d="14.2%"))
    assert got == [("V001", 3), ("V001", 3)]


# ---- negatives: unchanged readings
@pytest.mark.parametrize("text", [
    # one time point, arms listed "respectively"
    XOS_HEAD + "At 1 year, survival was 37.1% and 16.7% with XOSPATA and salvage chemotherapy, respectively.\n",
    # time points in separate clauses, each with its own pair of arms
    XOS_HEAD + ("At 1 year, survival was 37.1% and 16.7% with XOSPATA and salvage chemotherapy, respectively; "
                "at 2 years, it was 20.6% and 14.2%.\n"),
    # a time point after each value, no list
    XOS_HEAD + "Survival with XOSPATA was 37.1% at 1 year and 20.6% at 2 years.\n",
    # arms-paired list with a population (seed 002 layout)
    "# BESPONSA\n\nIn the ITT population, CR/CRi was achieved by 73.8% and 30.9% of patients on BESPONSA and "
    "standard chemotherapy, respectively.\n",
])
def test_other_respectively_lists_stay_clean(lint_piece, text):
    assert _findings(lint_piece, text) == []


def test_ages_listed_with_a_unit_are_no_time_points(lint_piece):
    # "18 and 65 years": numbers the library holds no time point for; nothing is paired
    text = XOS_HEAD + ("Patients aged between 18 and 65 years and those older had 1-year survival rates of 37.1% "
                       "with XOSPATA.\n")
    assert _findings(lint_piece, text) == []


def test_elliptic_list_terms_only_for_held_time_points():
    from claimcheck.pipeline import _elliptic_time_terms

    phrases = {"1-year": "1-year", "2-year": "2-year", "2 years": "2-year", "cycle 1": "cycle-1", "cycle 2": "cycle-2"}
    got = _elliptic_time_terms("OS at 1 and 2 years; cycles 1 and 2; 3 and 5 years; 1 and 3 years", [], phrases)
    assert [(t.start, t.id) for t in got] == [(6, "1-year"), (12, "2-year"), (28, "cycle-1"), (34, "cycle-2")]
