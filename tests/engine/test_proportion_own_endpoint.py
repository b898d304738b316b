"""A proportion in words is judged against its own endpoint (helper v2): "four in five responders were
MRD-negative" is the MRD-negativity-among-responders rate, not the CR/CRi rate of the sentence before,
and "were MRD-negative" names the endpoint, not the population of MRD-negative patients."""

from __future__ import annotations

import pytest


def _a005(lint_piece, text: str):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{text}\n", "p.md", rules="A005")


RIGHT = [
    "Four in five responders on BESPONSA were MRD-negative.",
    "Roughly three in four responders on BESPONSA were MRD-negative.",
    "With BESPONSA, 80.7% achieved CR/CRi. Four in five responders were MRD-negative.",
    "Among responders on BESPONSA, four in five achieved MRD negativity.",
]
WRONG = [
    "Nine in ten responders on BESPONSA were MRD-negative.",
    "Two in five responders on BESPONSA were MRD-negative.",
    "With BESPONSA, 80.7% achieved CR/CRi. Nine in ten responders were MRD-negative.",
    "Among responders on BESPONSA, nine in ten achieved MRD negativity.",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_true_proportion_of_its_own_endpoint_is_clean(lint_piece, text):
    assert _a005(lint_piece, text) == []


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_proportion_is_judged_against_its_own_endpoint(lint_piece, text):
    found = _a005(lint_piece, text)
    assert found and "78.4%" in found[0].message
