"""A figure whose context is known is judged against the entry it names, wherever its value falls.

1. Endpoint named in the figure's own sentence, no population, subgroup, analysis or time point other
   than the endpoint's default entry's, and the figure's arm settled (named, the entry's only arm, or
   none: a hazard ratio): a value far from the default entry is a wrong figure of it (V001, its
   certainty in words), not "matches no entry" (U001). A subgroup or time point the library does not
   hold keeps it U001; so does a count and rate that both differ from the entry's (another denominator).
2. A figure whose own sentence names an endpoint is not confirmed by an equal figure of another
   endpoint the sentence does not name.

Sentences written for this test (facts from the shipped claims libraries, US market).
"""

from __future__ import annotations

import pytest


RULES = {"V001", "V002", "U001"}


def _findings(lint_piece, body: str, name: str = "piece.txt"):
    return lint_piece(body + "\n", name, rules=RULES)


BES = "Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.\n\n"
XOS = "XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.\n\n"


@pytest.mark.parametrize("body, expected, found", [
    # a median survival far from the default entry's, arm named next to it
    (BES + "Median overall survival came to 10.4 months with BESPONSA, against 6.2 months on chemotherapy.",
     "7.7 months", "10.4 months"),
    # a hazard ratio (no arm of its own) far from the endpoint's default entry (its interval not the
    # entry's either: an interval the library holds names the entry itself, test_values_by_interval.py)
    (XOS + "The risk of dying fell with XOSPATA: overall survival hazard ratio 0.81 (95% CI 0.62-1.06).",
     "0.64", "0.81"),
    # a single-arm safety figure, arm not named in the sentence
    (XOS + "Grade 3 or worse febrile neutropenia was seen in 31.0% of treated patients.", "45.9%", "31.0%"),
    # "complete remission" (the CR rate, not CR/CRh) read as its endpoint
    (XOS + "Complete remission was reached by 26.3% of patients on XOSPATA.", "21.1%", "26.3%"),
])
def test_a_far_value_with_known_context_is_a_mismatch(lint_piece, body, expected, found):
    findings = _findings(lint_piece, body)
    assert [f.rule for f in findings] == ["V001"], findings
    f = findings[0]
    assert f.line == 3 and f.expected == expected and f.found == found
    assert "default entry" in f.message and "far from it" in f.message  # how sure the match is, in words


@pytest.mark.parametrize("body", [
    # a subgroup the library holds no figure for: not a figure of the default entry
    BES + "In patients aged 70 or older, BESPONSA gave a median survival of 10.4 months.",
    # a kind of disease the trial population as a whole does not have
    XOS + "Among patients with FLT3-TKD disease, 61.5% reached CR/CRh with XOSPATA.",
    # a time point the library does not hold, in a sentence that also names one it holds
    XOS + "Overall survival at 1 year was 37.1% with XOSPATA, and five-year overall survival was 30.0% with XOSPATA.",
])
def test_a_far_value_of_a_subgroup_stays_unsupported(lint_piece, body):
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line) for f in findings] == [("U001", 3)], findings


def test_count_and_rate_of_another_denominator_are_not_a_slip(lint_piece):
    # 88/109 (80.7%) is the headline entry; 95 (57.9%) of 164 is another denominator, not a typo of it
    body = BES + "With BESPONSA, 95 patients (57.9%) reached CR/CRi."
    assert "V001" not in [f.rule for f in _findings(lint_piece, body)]


def test_a_value_equal_to_another_endpoints_figure_is_judged_on_its_own_endpoint(lint_piece):
    # 23% is a figure of other endpoints (post-HSCT mortality, VOD after HSCT); the sentence names
    # thrombocytopenia only, whose default entry is 51%
    body = BES + "Thrombocytopenia was reported in 23% of BESPONSA-treated adults."
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line, f.expected) for f in findings] == [("V001", 3, "51%")], findings


def test_a_value_confirmed_by_an_entry_the_sentence_names_stays_consistent(lint_piece):
    # the endpoint chosen for 37.1 is overall survival, but the sentence names the follow-up entry's
    # endpoint too: that entry's figure confirms it
    body = XOS + ("After a median follow-up of survivors of 37.1 months, median overall survival remained "
                  "9.3 months with XOSPATA.")
    assert _findings(lint_piece, body) == []


def test_a_time_point_pins_the_entry_of_a_headings_endpoint(lint_piece):
    # the endpoint comes from the heading, the time point from the bullet: the 1-year rate is meant
    body = XOS + "Overall survival\n\n- still alive at 1 year: 31.9% with XOSPATA"
    findings = _findings(lint_piece, body, name="piece.md")
    assert [(f.rule, f.line, f.expected) for f in findings] == [("V001", 5, "37.1%")], findings
    assert "endpoint from the preceding text" in findings[0].message


def test_a_hazard_ratio_for_death_is_the_survival_hazard_ratio(lint_piece):
    body = XOS + "Against salvage chemotherapy, the hazard ratio for death was 0.71 (95% CI 0.49-0.83)."
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line, f.expected) for f in findings] == [("V001", 3, "0.64")], findings
