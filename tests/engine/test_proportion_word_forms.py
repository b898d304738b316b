"""Proportions in words in more wordings (helper a3, A005): "one patient in three", "one out of every
two", "four in every five", beside the forms already read ("about one in three", "two-thirds", "nine in
ten"); judged against the percentage of their sentence, else the claims library's rate for the endpoint
their sentence names, with the tolerance the qualifier implies. "Most" is not a proportion."""

from __future__ import annotations

import pytest

from claimcheck.claims import proportions


def _a005(lint_piece, sentence: str):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md", rules="A005")


WRONG = [
    "About one in two patients (34%) proceeded to HSCT.",
    "Roughly two in three patients (34%) proceeded to HSCT.",
    "About one patient in three (48%) went on to HSCT.",
    "Almost one out of every two patients (34%) went on to HSCT.",
    "Two in every five patients (80.7%) achieved CR/CRi.",
    "Nine in ten patients (80.7%) achieved CR/CRi.",
    "Approximately one-third of patients (48%) went on to HSCT.",
    "Nearly half of patients (34%) proceeded to HSCT.",
    "About one in three patients proceeded to HSCT.",          # library: 48.2%
    "One in two patients achieved CR/CRi.",                    # library: 80.7%
]

RIGHT = [
    "About one in three patients (34%) proceeded to HSCT.",
    "About one patient in two (48%) went on to HSCT.",
    "Almost one out of every two patients (48%) went on to HSCT.",
    "Four in every five patients (80.7%) achieved CR/CRi.",
    "Four in five patients (80.7%) achieved CR/CRi.",
    "Three in four patients (80.7%) achieved CR/CRi.",
    "More than a third of patients (48.2%) proceeded to HSCT.",
    "About one in two patients proceeded to HSCT.",            # library: 48.2%
    "Four in five patients achieved CR/CRi.",                  # library: 80.7%
    "Most patients (80.7%) achieved CR/CRi.",
    "Most patients achieved CR/CRi.",
]


@pytest.mark.parametrize("sentence", WRONG)
def test_a_proportion_its_rate_does_not_support_is_caught(lint_piece, sentence):
    assert _a005(lint_piece, sentence), sentence


@pytest.mark.parametrize("sentence", RIGHT)
def test_a_proportion_its_rate_supports_is_clean(lint_piece, sentence):
    assert _a005(lint_piece, sentence) == [], sentence


@pytest.mark.parametrize("text, n, d", [
    ("one patient in three", 1, 3), ("one out of every two", 1, 2), ("four in every five", 4, 5),
    ("nine in ten", 9, 10), ("two-thirds of patients", 2, 3),
])
def test_the_forms_are_read(text, n, d):
    (p,) = proportions(text)
    assert (p.n, p.d) == (n, d)


def test_most_is_not_a_proportion():
    assert proportions("Most patients responded.") == []
