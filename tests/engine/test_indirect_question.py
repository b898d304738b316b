"""An indirect question reports what someone asked; it claims nothing: "You asked whether MRD
negativity with BESPONSA is linked to longer survival" (a medical-information response restating
the enquiry) is no survival claim on an unmet endpoint (O010), and "Several centres wanted to know
if BESPONSA is the best option" is no superlative (O003). A verb of asking, then "whether" / "if",
the words after it in the same clause. Controls: the same words said, or said in a clause of
their own after the question, are still reported. Texts written for this test."""

from __future__ import annotations

import pytest

RULES = {"O010", "O003", "O001", "O002"}


def _codes(lint_piece, full_linter, sentence: str, name: str) -> list[str]:
    if name.endswith(".html"):
        text = f"<html><body><h1>Medical information</h1><p>{sentence}</p></body></html>"
    else:
        text = f"MEDICAL INFORMATION RESPONSE\n\n{sentence}\n"
    return sorted(f.rule for f in lint_piece(text, name, rules=RULES, linter=full_linter))


ASKED = [
    "You asked whether reaching MRD negativity with BESPONSA is linked to longer survival.",
    "Your enquiry asked if BESPONSA offers longer survival than chemotherapy in adults over 55.",
    "Several centres wanted to know if BESPONSA is the best option before transplant.",
    "Dr Patel wondered whether BESPONSA is safe in patients with prior liver disease.",
    "The caller inquired about whether BESPONSA could cure relapsed ALL.",
]


@pytest.mark.parametrize("name", ["response.txt", "response.html"])
@pytest.mark.parametrize("sentence", ASKED)
def test_an_indirect_question_claims_nothing(lint_piece, full_linter, sentence, name):
    assert _codes(lint_piece, full_linter, sentence, name) == []


SAID = [
    ("Reaching MRD negativity with BESPONSA is linked to longer survival.", "O010"),
    ("BESPONSA is the best option before transplant.", "O003"),
    # the claim in a clause of its own after the question
    ("You asked whether it matters; BESPONSA is the best option before transplant.", "O003"),
    # "if" as a condition, not after a verb of asking
    ("If MRD negativity is reached, BESPONSA gives longer survival.", "O010"),
]


@pytest.mark.parametrize("sentence,code", SAID)
def test_the_same_words_said_are_still_reported(lint_piece, full_linter, sentence, code):
    assert code in _codes(lint_piece, full_linter, sentence, "response.txt")
