"""Overstatement wording as classes (rules/common.yaml): every-patient / every-time efficacy (O006),
with negation, and "best" in a letter's closing (not O003)."""

from __future__ import annotations

import pytest

from rulepack_helpers import doc


def _hits(linter_for, text, code):
    return [(f.line, f.found) for f in linter_for("US").lint_document(doc("Response\n\n" + text + "\n"))
            if f.rule == code]


@pytest.mark.parametrize("sentence, found", [
    ("EXAMPLIMAB works every time, even in heavily pretreated patients.", "works every time"),
    ("EXAMPLIMAB is effective in all patients with relapsed disease.", "effective in all patients"),
    ("EXAMPLIMAB worked for everyone in the study.", "worked for everyone"),
    ("Every patient responds to EXAMPLIMAB.", "Every patient responds"),
    ("EXAMPLIMAB never fails.", "never fails"),
    ("With EXAMPLIMAB, all patients benefit.", "all patients benefit"),
    ("EXAMPLIMAB invariably works.", "invariably works"),
])
def test_efficacy_claimed_for_every_patient_or_every_use_is_o006(linter_for, sentence, found):
    assert _hits(linter_for, sentence, "O006") == [(3, found)]


@pytest.mark.parametrize("sentence", [
    "Not all patients respond to EXAMPLIMAB.",
    "EXAMPLIMAB does not work in every patient.",
    "Monitor every patient for hepatotoxicity each time a dose is given.",
    "All patients received premedication before each infusion.",
])
def test_negated_or_unrelated_wording_is_not_o006(linter_for, sentence):
    assert _hits(linter_for, sentence, "O006") == []


@pytest.mark.parametrize("closing", ["Best,\nA. Rep", "Best regards,\nMedical Information",
                                     "With best wishes,\nA. Rep", "All the best!\nA. Rep"])
def test_best_in_a_letters_closing_is_not_o003(linter_for, closing):
    assert _hits(linter_for, "Please read the Prescribing Information.\n\n" + closing, "O003") == []


def test_best_as_praise_next_to_a_closing_is_still_o003(linter_for):
    text = "EXAMPLIMAB is the best option.\n\nBest regards,\nA. Rep"
    assert _hits(linter_for, text, "O003") == [(3, "best")]
