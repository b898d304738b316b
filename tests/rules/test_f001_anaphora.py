"""F001: the not-met statement may name its endpoint by anaphora. A sentence whose subject refers
back ("The difference", "This endpoint", "It", "That comparison") to the sentence before it, in
the same paragraph or list item, states the endpoint of that sentence's figures. Negation,
"no test was done" and scope are kept."""

from __future__ import annotations

import pytest

HEAD = "Market: EU\n\n# Survival with BESPONSA in INO-VATE ALL\n\n"


def _f001(lint_piece, linter_for, body):
    return lint_piece(HEAD + body, linter=linter_for("EU"), rules="F001")


MEDIAN = ("Adults who received BESPONSA had a median overall survival of 7.7 months, against 6.2 months "
          "for those on standard chemotherapy (HR 0.75).")


@pytest.mark.parametrize("follow", [
    "The difference did not reach statistical significance.",
    "This endpoint was not met.",
    "It was not statistically significant at the prespecified boundary.",
    "That comparison did not cross the planned significance boundary.",
    "The result was not statistically significant.",
    "However, the observed difference fell short of statistical significance.",
    "These results did not meet the prespecified boundary.",
])
def test_anaphoric_subject_states_the_previous_sentences_endpoint(lint_piece, linter_for, follow):
    assert _f001(lint_piece, linter_for, f"{MEDIAN} {follow}\n") == []


def test_anaphor_in_the_same_list_item(lint_piece, linter_for):
    body = ("- Median OS: 7.7 months with BESPONSA vs 6.2 months with standard chemotherapy. "
            "It did not reach statistical significance.\n"
            "- Survival at two years: 22.8% with BESPONSA, 10.0% with chemotherapy. "
            "That comparison was not statistically significant.\n")
    assert _f001(lint_piece, linter_for, body) == []


def test_anaphor_covers_subgroup_survival_figures_nearby(lint_piece, linter_for):
    body = (f"{MEDIAN} The difference was not statistically significant.\n\n"
            "In a post hoc analysis, MRD-negative responders on BESPONSA had a median overall survival "
            "of 14.1 months. This exploratory analysis was not powered for comparisons.\n")
    assert _f001(lint_piece, linter_for, body) == []


def test_anaphor_in_a_new_paragraph_does_not_count(lint_piece, linter_for):
    (f,) = _f001(lint_piece, linter_for, f"{MEDIAN}\n\nThe difference did not reach statistical significance.\n")
    assert f.line == 5 and "7.7 months" in f.message


def test_anaphor_in_the_next_list_item_does_not_count(lint_piece, linter_for):
    body = ("- Two-year overall survival: 22.8% with BESPONSA vs 10.0% with chemotherapy.\n"
            "- The difference did not reach statistical significance.\n")
    (f,) = _f001(lint_piece, linter_for, body)
    assert f.line == 5 and "22.8%" in f.message


def test_anaphor_refers_to_the_sentence_just_before(lint_piece, linter_for):
    # the sentence before the anaphor reports remission, not survival
    body = (f"{MEDIAN} Remission (CR/CRi) was reached by 80.7% with BESPONSA and 29.4% with chemotherapy. "
            "The difference was not statistically significant in Ph-positive patients.\n")
    (f,) = _f001(lint_piece, linter_for, body)
    assert "7.7 months" in f.message


@pytest.mark.parametrize("follow", [
    "The difference was clinically meaningful.",                        # no negation
    "This analysis was not powered to detect a difference.",            # no test was done
    "The difference in CR/CRi rates did not reach significance.",       # names another endpoint
    "It was not known at the time of the analysis.",                    # no predicate negated
])
def test_anaphor_without_a_not_met_statement_does_not_count(lint_piece, linter_for, follow):
    (f,) = _f001(lint_piece, linter_for, f"{MEDIAN} {follow}\n")
    assert "7.7 months" in f.message


@pytest.mark.parametrize("interval", ["(95% CI 0.62 to 0.91)", "(97.5 per cent confidence interval, 0.57-0.99)"])
def test_anaphor_after_a_ratio_with_its_interval_in_brackets(lint_piece, linter_for, interval):
    # the splitter cuts after a decimal before a bracket: the antecedent is the figure's sentence
    body = (f"Survival favoured BESPONSA over chemotherapy with a hazard ratio of 0.75 {interval}. "
            "The difference did not reach the prespecified significance boundary.\n")
    assert _f001(lint_piece, linter_for, body) == []


def test_a_bracket_of_another_paragraph_is_no_antecedent(lint_piece, linter_for):
    body = (f"{MEDIAN}\n\n(Data on file.) The difference did not reach statistical significance.\n")
    (f,) = _f001(lint_piece, linter_for, body)
    assert "7.7 months" in f.message
