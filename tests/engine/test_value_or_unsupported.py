"""The boundary between a wrong value (V001) and an unsupported figure (U001), decided by what the
text names (issue 11, item 3 and class 2).

1. A confidence interval the library holds names its entry, as n/N does: an estimate written with
   it that is not the entry's is V001 (the finding says the interval matched), never "no entry".
2. Two values of one comparison, each with its own arm named next to it ("X months with A versus
   Y months with B"), are the two arms of one entry: one that agrees with another entry's figure
   (a subgroup the text never names) while its partner is the headline entry's is V001.
3. A population the text names that no entry of the figure's endpoint holds (another product's
   vocabulary included) makes the figure unsupported (U001, saying so), not a wrong copy of the
   whole population's entry.
4. The endpoint's only entry is the one meant only where nothing sets it apart that the text does
   not name: a subgroup analysis's figure (arms that are dose groups) does not make "13% of
   patients discontinued" a near miss of it.
5. A time point the sentence names pins the one entry that has it, as a named population does.

Sentences written for this test (facts from the shipped claims libraries, US market).
"""

from __future__ import annotations


RULES = {"V001", "V002", "U001"}

BES = "Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.\n\n"
XOS = "XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.\n\n"


def _findings(lint_piece, body: str):
    return [(f.rule, f.line, f.expected, f.found, f.message)
            for f in lint_piece(body + "\n", "piece.txt", rules=RULES)]


# ---- 1. the interval names the entry
def test_an_estimate_with_the_entrys_own_interval_is_a_mismatch(lint_piece):
    got = _findings(lint_piece, XOS + "In ADMIRAL the hazard ratio for death was 0.58 (95% CI 0.49-0.83) "
                                            "with XOSPATA.")
    assert [g[:4] for g in got] == [("V001", 3, "0.64", "0.58")], got
    assert "confidence interval 0.49-0.83 is this entry's" in got[0][4]


def test_the_entrys_estimate_with_its_interval_passes(lint_piece):
    assert _findings(lint_piece, XOS + "In ADMIRAL the hazard ratio for death was 0.64 (95% CI 0.49-0.83) "
                                             "with XOSPATA.") == []


def test_an_interval_of_the_next_line_does_not_name_the_entry(lint_piece):
    # a table's "95% CI" row belongs to the row above it; a row inserted between does not take it
    body = (BES + "| | BESPONSA | Chemotherapy |\n|---|---|---|\n| CR/CRi, % | 80.7 | 29.4 |\n"
            "| CR/CRi, patients aged 70 or older | 52.5% | |\n| 95% CI | 72.1–87.7 | 21.0–38.8 |\n")
    got = _findings(lint_piece, body)
    assert ("V001", 6) not in [g[:2] for g in got], got


# ---- 2. a comparison with each arm named next to its value
def test_a_value_of_an_unnamed_subgroup_in_a_headline_comparison_is_a_mismatch(lint_piece):
    # 14.1 months is the MRD-negative responders' median; the sentence names the whole trial's comparison
    got = _findings(lint_piece, BES + "Median overall survival was 14.1 months with BESPONSA compared with "
                                            "6.2 months with standard chemotherapy.")
    assert [g[:4] for g in got] == [("V001", 3, "7.7 months", "14.1 months")], got
    assert "other value of the comparison" in got[0][4]


def test_a_comparator_value_written_wrong_next_to_the_named_product_value(lint_piece):
    got = _findings(lint_piece, XOS + "Median survival reached 9.3 months with XOSPATA versus 4.4 months "
                                            "with salvage chemotherapy.")
    assert [g[:4] for g in got] == [("V001", 3, "5.6 months", "4.4 months")], got


def test_the_headline_comparison_with_arms_named_passes(lint_piece):
    assert _findings(lint_piece, BES + "Median overall survival was 7.7 months with BESPONSA compared with "
                                             "6.2 months with standard chemotherapy.") == []


# ---- 3. a population the library does not hold for the endpoint
def test_a_figure_of_a_population_not_held_is_unsupported(lint_piece):
    got = _findings(lint_piece, XOS + "For patients treated in first salvage, median overall survival with "
                                            "XOSPATA was 8.0 months.")
    assert [g[:2] for g in got] == [("U001", 3)], got
    assert "names a population (first salvage)" in got[0][4]


def test_the_same_figure_without_a_population_is_a_mismatch(lint_piece):
    got = _findings(lint_piece, XOS + "Median overall survival with XOSPATA was 8.0 months.")
    assert [g[:4] for g in got] == [("V001", 3, "9.3 months", "8.0 months")], got


# ---- 4. the only entry of an endpoint, held for a subgroup analysis only
def test_a_figure_near_a_subgroup_analysiss_only_entry_is_unsupported(lint_piece):
    got = _findings(lint_piece, BES + "Safety at a glance:\n\n- Discontinuation for adverse events: 13%")
    assert [g[:2] for g in got] == [("U001", 5)], got


# ---- 5. a named time point pins its entry
def test_a_figure_at_a_named_time_point_is_judged_against_that_entry(lint_piece):
    got = _findings(lint_piece, BES + "In a post hoc look at patients who became MRD-negative on BESPONSA, "
                                            "83.0% got there within two cycles.")
    assert [g[:4] for g in got] == [("V001", 3, "87.0%", "83.0%")], got
    assert "time point named" in got[0][4] or "population named" in got[0][4]


def test_the_time_points_own_figure_passes(lint_piece):
    assert _findings(lint_piece, BES + "In a post hoc look at patients who became MRD-negative on BESPONSA, "
                                             "87.0% got there within two cycles.") == []
