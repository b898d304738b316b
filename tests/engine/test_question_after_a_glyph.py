"""A question that asks claims nothing, also where a glyph or an emoji leads it, as in a push
notification or a post ("\u25bc How fast is MRD negativity reached with BESPONSA? 80 of 92 patients
within 2 cycles."): the speed word of the question was reported (O016) because the black triangle
before "How" hid the question's opening word (found in an outside writer's congress-app push
series). Controls: a claim after the same glyphs is still reported. Texts written for this test."""

from __future__ import annotations

import pytest

LEADS = ["\u25bc ", "\U0001f514 ", "\u25ba ", "\u2192 ", "\u2605 ", "** \u25bc ", "\u2714\ufe0f "]


def _codes(lint_piece, full_linter, line: str) -> list[str]:
    text = f"# Push series\n\n| # | Push text |\n|---|---|\n| 1 | {line} |\n\n{line}\n"
    return sorted(f.rule for f in lint_piece(text, "push.md", rules={"O016", "O003"}, linter=full_linter))


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("question", [
    "How fast is MRD negativity reached with BESPONSA? 80 of 92 patients within 2 cycles.",
    "Which patients respond best to BESPONSA? See the subgroup data.",
    "How quickly do remissions come with BESPONSA? Tap for the cycle-by-cycle data.",
])
def test_a_question_after_a_glyph_claims_nothing(lint_piece, full_linter, lead, question):
    assert _codes(lint_piece, full_linter, lead + question) == []


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("claim,code", [
    ("BESPONSA brings remission fast.", "O016"),
    ("BESPONSA is the best option in relapsed ALL.", "O003"),
])
def test_a_claim_after_a_glyph_is_still_reported(lint_piece, full_linter, lead, claim, code):
    assert _codes(lint_piece, full_linter, lead + claim) == [code, code]
