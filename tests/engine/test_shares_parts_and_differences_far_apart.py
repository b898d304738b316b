"""Arithmetic read across a few words (arith17): an n/N and its share in a bracket after the words of
what they did (A001), the counts of a group's alternatives given "respectively" (A007), a difference in
points whose rates the piece gives elsewhere (A004), and a proportion in words of an outcome's own
cases or of a population with another outcome (U001, not A005)."""

from __future__ import annotations

import pytest


def _rules(findings, *codes):
    return [(f.line, f.rule) for f in findings if f.rule in codes]


# ------------------------------------------------------------------ A001: n/N, words, (p%)
@pytest.mark.parametrize("sentence", [
    "Twenty-one of the 92 XOSPATA patients who proceeded to transplant relapsed (25.0%).",
    "- 31/120 patients treated in the\n  extension phase relapsed later (30%).",
    "Twelve out of 40 patients in the older cohort relapsed\nwithin a year (25%).",
])
def test_a_share_after_the_words_of_what_the_n_of_n_did_is_checked(lint_doc, sentence):
    assert _rules(lint_doc(f"# Transplant\n\n{sentence}\n", rules="A001"), "A001") == [(3, "A001")]


@pytest.mark.parametrize("sentence", [
    "Twenty-three of the 92 XOSPATA patients who proceeded to transplant relapsed (25.0%).",
    "12 of 40 patients relapsed, whereas on placebo the rate was low (20%).",
    "12 of 40 patients relapsed within a year (20% overall).",
    "Twelve of the 40 patients relapsed and 8 of 40 died (20%).",
])
def test_a_share_that_fits_or_may_be_another_groups_is_not(lint_doc, sentence):
    assert _rules(lint_doc(f"# Transplant\n\n{sentence}\n", rules="A001"), "A001") == []


# ------------------------------------------------------------------ A007: alternatives "respectively"
def test_counts_of_alternatives_that_do_not_add_up_to_their_group_are_reported(lint_doc):
    text = ("# Design\n\nThe control arm was salvage chemotherapy: MEC or FLAG-IDA in 60 and 70 of the 124 "
            "patients, respectively.\n")
    (f,) = lint_doc(text, rules="A007")
    assert f.line == 3 and "60 + 70 = 130, not 124" in f.message


def test_counts_of_alternatives_in_a_bracket_over_two_lines(lint_doc):
    text = ("# Design\n\nChemotherapy of the investigator's choice (FLAG, MEC or HiDAC in 50,\n"
            "40 and 44 of the 124 control patients, respectively).\n")
    assert [f.line for f in lint_doc(text, rules="A007")] == [3]


@pytest.mark.parametrize("text", [
    "MEC or FLAG-IDA was given in 60 and 64 of the 124 patients, respectively.",
    "Nausea and vomiting occurred in 30 and 12 of the 124 patients, respectively.",
    "Nausea, vomiting or diarrhoea occurred in 30 and 12 of the 124 patients, respectively.",
])
def test_alternatives_that_add_up_or_events_that_overlap_are_not(lint_doc, text):
    assert lint_doc(f"# Design\n\n{text}\n", rules="A007") == []


# ------------------------------------------------------------------ A004: rates elsewhere in the piece
_TABLE = "\n\n| Endpoint | BESPONSA | SC |\n|---|---|---|\n| MRD negativity | 78.4% | 28.1% |\n"


def test_a_difference_before_the_table_of_its_rates_is_checked_against_them(lint_doc):
    text = "# MRD\n\nMRD negativity was higher with BESPONSA by 45.3 percentage points." + _TABLE
    (f,) = lint_doc(text, rules="A004")
    assert f.line == 3 and "78.4% − 28.1% = 50.3" in f.message


def test_a_difference_the_table_gives_is_not(lint_doc):
    text = "# MRD\n\nMRD negativity was higher with BESPONSA by 50.3 percentage points." + _TABLE
    assert lint_doc(text, rules="A004") == []


# ------------------------------------------------------------------ U001: shares of an outcome's cases
@pytest.mark.parametrize("sentence, line", [
    ("- VOD in 23/164 adults (14%)\n- Eight out of ten patients who developed VOD recovered after "
     "BESPONSA was discontinued.", 4),
    ("VOD occurred in 14% of patients treated with BESPONSA. Three in four cases of hepatic VOD were "
     "reversible.", 3),
])
def test_a_share_of_an_outcomes_cases_is_unsupported_not_relative_wording(lint_doc, sentence, line):
    found = lint_doc(f"# Liver\n\n{sentence}\n", rules={"A005", "U001", "V001"})
    assert _rules(found, "A005", "U001", "V001") == [(line, "U001")]


def test_a_share_of_patients_of_the_outcome_is_still_judged_by_its_rate(lint_doc):
    found = lint_doc("# Liver\n\nVOD occurred in 14% of patients. About one in seven patients developed VOD.\n",
                     rules={"A005", "U001", "V001"})
    assert found == []


def test_a_share_of_a_population_whose_rates_near_it_are_of_another_outcome_is_not_a005(lint_doc):
    text = ("# Remission\n\nCR/CRi: 80.7% with BESPONSA vs 29.4% with SC. Among responders, 78.4% vs 28.1% "
            "were MRD-negative. Six in ten BESPONSA responders reached CR/CRi after a single cycle.\n")
    found = lint_doc(text, rules={"A005", "U001", "V001"})
    assert [f.rule for f in found] == ["U001"]
