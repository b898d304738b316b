"""A length of treatment the label sets is a definition, not an outcome: "continue for a minimum of
6 months to allow time for clinical response" names a response, but the months are how long to
treat, so no U001 (data/outcomes.yaml ``defining``: "minimum", "allow ... time"). Found by an
outside writer's clinic timeline, where the row's duration was reported as an unbacked outcome.
Controls: a duration the text gives as a result of the product stays a claim. Texts written for
this test."""

from __future__ import annotations

import pytest

XOS = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
       "In ADMIRAL, XOSPATA achieved CR/CRh in 34.0% of patients.\n\n")
RULES = {"V001", "V002", "U001"}


def _codes(lint_piece, body: str, name: str = "piece.md") -> list[str]:
    return sorted(f.rule for f in lint_piece(XOS + body + "\n", name, rules=RULES) if f.line == 5)


@pytest.mark.parametrize("body", [
    "In the absence of progression or unacceptable toxicity, continue for a minimum of 6 months to allow "
    "time for clinical response.",
    "| Month 6 | Keep going: a minimum of 6 months of XOSPATA allows time for a clinical response |",
    "Treat patients with XOSPATA for at least 6 months, allowing enough time for a response.",
    "Plan on 6 months of XOSPATA as a minimum before judging response.",
    "XOSPATA: minimum treatment 6 months (to allow time for clinical response).",
])
def test_treatment_length_is_no_outcome_claim(lint_piece, body):
    assert _codes(lint_piece, body) == []


@pytest.mark.parametrize("body", [
    "With XOSPATA, the median time to transfusion independence was 6 months.",
    "Responses to XOSPATA lasted 19 months in most patients.",
])
def test_a_duration_given_as_a_result_stays_a_claim(lint_piece, body):
    assert "U001" in _codes(lint_piece, body)
