"""F001 for survival figures whose sentence does not name the endpoint (issue 11 item 5): a
bracket or a line of figures after a list of other results ("Median 7.7 vs 6.2 months") has the
list's last endpoint attached by context, which the figures do not fit. The sentence's figures
identify the entry when a single figure could not do it by chance: the product arm's value and
another arm's value of one entry, or a ratio with its confidence interval.

Texts written fresh for these tests (not the benchmark's sentences)."""

from __future__ import annotations

RESULTS = ("Market: EU\n\nBESPONSA▼ in INO-VATE ALL, first 218 randomised:\n\n"
           "- remission (CR/CRi): 80.7% vs 29.4%\n"
           "- went on to a stem cell transplant: 48.2% vs 21.6%\n\n")
NOT_MET = "Survival, a primary endpoint, was not met: the overall survival analysis missed its boundary.\n"


def f001(lint_piece, linter_for, text, market="EU"):
    return lint_piece(text, linter=linter_for(market), rules="F001")


def test_both_arms_of_the_survival_entry_trigger_without_the_endpoint_named(lint_piece, linter_for):
    (f,) = f001(lint_piece, linter_for, RESULTS + "Medians of 7.7 and 6.2 months followed.\n")
    assert f.line == 8 and "overall survival" in f.message.lower()


def test_a_ratio_with_its_interval_triggers(lint_piece, linter_for):
    (f,) = f001(lint_piece, linter_for, RESULTS + "(HR 0.75; 97.5% CI 0.57 to 0.99)\n")
    assert f.line == 8


def test_the_figures_with_the_not_met_statement_nearby_pass(lint_piece, linter_for):
    assert f001(lint_piece, linter_for, RESULTS + "Medians of 7.7 and 6.2 months followed.\n\n" + NOT_MET) == []


def test_one_coinciding_figure_is_not_enough(lint_piece, linter_for):
    # a single value, or a ratio without its interval, may be anything's
    assert f001(lint_piece, linter_for, RESULTS + "A median of 7.7 months followed.\n") == []
    assert f001(lint_piece, linter_for, RESULTS + "(HR 0.75)\n") == []


def test_a_sentence_naming_another_endpoint_is_read_as_that_endpoint(lint_piece, linter_for):
    # the figures coincide with the survival entry, but the sentence says what they are
    assert f001(lint_piece, linter_for, RESULTS + "Median time to transplant: 7.7 vs 6.2 months.\n") == []


def test_a_met_survival_endpoint_triggers_nothing(lint_piece, linter_for):
    # the second product's trial met its survival endpoint: its figures need no disclosure
    text = ("Market: US\n\nXOSPATA in ADMIRAL:\n\n- CR/CRh: 34.0% vs 15.3%\n\n"
            "Medians of 9.3 and 5.6 months followed (HR 0.64; 95% CI 0.49 to 0.83).\n")
    assert f001(lint_piece, linter_for, text, "US") == []


def test_figures_with_a_population_of_their_own_are_judged(lint_piece, linter_for):
    # the sentence gives a population and its figures matched no entry: still a trigger (and no crash)
    for line in ("In the intention-to-treat population, medians of 7.7 and 6.2 months followed.",
                 "Overall (ITT): HR 0.75 (97.5% CI 0.57 to 0.99)."):
        (f,) = f001(lint_piece, linter_for, RESULTS + line + "\n")
        assert f.line == 8, line
