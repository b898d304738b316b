"""Value mismatches (V001) that were read past, and a threshold that was read as a claim.

- a duration after "median follow-up" and the name of the analysis it is of ("Median follow-up, final OS
  analysis: …", "(final overall survival analysis)"), also a form's label with its answer set apart in
  brackets or in the next cell: the follow-up's figure, not an OS figure;
- intervals listed after the values they belong to ("80.7% and 29.4%, respectively; 95% CIs … and …"):
  each value's own interval;
- a p-value in the bracket of a ratio's interval whose line breaks inside the bracket: the ratio's p;
- a timing given under a line that names the event ("VOD 14%" over "- onset up to 56 days after the
  last dose"): judged by the entry whose own words the item uses;
- a share written as a category's threshold in words ("15% or more", "10 percent or higher") is no claim.

Texts written for this test, in other numbers and layouts than the probes; facts of the shipped
claims libraries."""

from __future__ import annotations

import pytest

BESPONSA = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
XOSPATA = "XOSPATA (gilteritinib) in the phase 3 ADMIRAL trial.\n\n"
VALUES = {"V001", "U001"}


def _rules(lint, text, name="d.md"):
    return sorted(f.rule for f in lint(text, name=name, rules=VALUES))


# ------------------------------------------------------------------ follow-up of a named analysis
@pytest.mark.parametrize("line", [
    "Median follow-up, final OS analysis: {x} months.",
    "Median follow-up (final overall survival analysis) was {x} months.",
    "Median follow-up - final OS analysis: {x} months.",
    "Median follow-up at the final OS data cutoff: {x} months.",
])
def test_follow_up_of_a_named_analysis(lint_doc, line):
    assert _rules(lint_doc, BESPONSA + line.format(x="29.6") + "\n") == []
    assert _rules(lint_doc, BESPONSA + line.format(x="31.2") + "\n") == ["V001"]


def test_a_median_of_the_outcome_in_a_named_analysis_stays_the_outcome(lint_doc):
    assert _rules(lint_doc, BESPONSA + "Median OS, final analysis: 7.9 months.\n") == ["V001"]


FORM = """BESPONSA (inotuzumab ozogamicin): INO-VATE ALL journal club worksheet

QUESTIONS (fill in the blanks; answers in brackets)
  1. Study design: open-label, randomized, phase 3 trial          [yes, INO-VATE ALL]
  2. Adults randomized in the whole trial:                         [326; 164 InO vs 162 SC]
  3. Population for the remission endpoint:                        [first 218 randomized, 109 per arm]
  4. Chemotherapy the investigator could choose (SC)               [FLAG, cytarabine + mitoxantrone, or HIDAC]
  5. Median follow-up, final OS analysis:                          [{x} months]
"""


def test_a_forms_answer_in_brackets_is_its_labels_figure(lint_piece):
    assert [f.rule for f in lint_piece(FORM.format(x="29.6"), name="form.txt", rules=VALUES)] == []
    found = lint_piece(FORM.format(x="28.1"), name="form.txt", rules=VALUES)
    assert [(f.rule, f.line) for f in found] == [("V001", 8)]


def test_a_table_row_of_the_follow_up_of_an_analysis(lint_doc):
    table = ("| Measure | Value |\n|---|---|\n| Median follow-up, final OS analysis | {x} months |\n")
    assert _rules(lint_doc, BESPONSA + table.format(x="29.6")) == []
    assert _rules(lint_doc, BESPONSA + table.format(x="24.0")) == ["V001"]


def test_form_labels_with_answers_are_not_two_columns_of_prose():
    from claimcheck.documents.columns import find_column_runs

    assert find_column_runs(FORM.format(x="29.6")) == []
    prose = (
        "In the phase 3 trial, response was seen     Liver toxicity, including a rare but\n"
        "in most of the patients who were treated     serious occlusive disease, was reported\n"
        "with the product and in fewer patients       in some patients during treatment or\n"
        "on chemotherapy, as the paper reports.       after a later transplant procedure.\n")
    assert find_column_runs(prose) != []


# ------------------------------------------------------------------ intervals listed after their values
@pytest.mark.parametrize("body, wrong", [
    ("In the first 218 randomized patients, CR/CRi rates were 80.7% and 29.4% (BESPONSA vs chemotherapy), "
     "respectively; 95% CIs 72.1-87.7 and {ci}.", "21.0-35.8"),
    ("In the first 218 randomized patients, CR/CRi was 80.7% vs 29.4% (95% CI 72.1 to 87.7 vs {ci}).",
     "22.0 to 38.8"),
    ("Median overall survival was 7.7 versus 6.2 months (95% confidence intervals: 6.0-9.2, {ci}).", "4.7-8.9"),
])
def test_listed_intervals_belong_to_their_values_in_order(lint_doc, body, wrong):
    right = {"21.0-35.8": "21.0-38.8", "22.0 to 38.8": "21.0 to 38.8", "4.7-8.9": "4.7-8.3"}[wrong]
    assert "V001" not in _rules(lint_doc, BESPONSA + body.format(ci=right) + "\n")
    assert "V001" in _rules(lint_doc, BESPONSA + body.format(ci=wrong) + "\n")


def test_intervals_listed_in_the_wrong_order_are_a_mismatch(lint_doc):
    body = ("In the first 218 randomized patients, CR/CRi rates were 80.7% and 29.4%, respectively "
            "(95% CIs 21.0-38.8 and 72.1-87.7).\n")
    assert "V001" in _rules(lint_doc, BESPONSA + body)


# ------------------------------------------------------------------ a p-value in a ratio's bracket over a line break
@pytest.mark.parametrize("p, wrong", [("0.0013", False), ("0.013", True), ("0.0031", True)])
def test_p_in_the_bracket_of_the_ratio_across_a_line(lint_doc, p, wrong):
    body = (XOSPATA + "The two-year follow-up was presented. With a median\nfollow-up of survivors of 37.1 months, "
            "the OS hazard ratio was 0.665 (95% CI 0.518 to 0.853;\ntwo-sided P = " + p + ") and medians were unchanged.\n")
    assert ("V001" in _rules(lint_doc, body)) is wrong


def test_a_p_after_a_closed_bracket_on_the_next_line_is_not_the_ratios(lint_doc):
    body = (BESPONSA + "Median OS was 7.7 vs 6.2 months (HR 0.75; 97.5% CI 0.57-0.99).\n"
            "Across all subgroups, P = 0.0150 for interaction.\n")
    assert "V001" not in _rules(lint_doc, body)


# ------------------------------------------------------------------ timing under the event's line
@pytest.mark.parametrize("item", [
    "- onset up to {x} days after the last dose",
    "- onset up to {x} days\n  after the last dose",
    "- reported up to {x} days following the final dose",
])
def test_timing_under_the_events_line(lint_doc, item):
    head = BESPONSA + "Hepatic VOD/SOS 14% (23/164)\n"
    assert _rules(lint_doc, head + item.format(x="56") + "\n") == []
    assert _rules(lint_doc, head + item.format(x="42") + "\n") == ["V001"]


# ------------------------------------------------------------------ a category's threshold in words
@pytest.mark.parametrize("line", [
    "- Most common (15% or more) adverse reactions include thrombocytopenia, pyrexia and neutropenia.",
    "- Adverse reactions in 10 percent or higher of patients were thrombocytopenia and neutropenia.",
    "- Adverse reactions reported at 5% and above: thrombocytopenia, neutropenia, infections.",
    "- The most common (at least 30%) adverse reactions were thrombocytopenia and neutropenia.",
])
def test_a_threshold_in_words_is_no_claim(lint_doc, line):
    assert _rules(lint_doc, BESPONSA + line + "\n") == []


def test_a_real_rate_beside_a_threshold_is_still_checked(lint_doc):
    line = "- Most common (20% or more) adverse reactions: thrombocytopenia (52%), neutropenia (49%).\n"
    assert _rules(lint_doc, BESPONSA + line) == ["V001"]
