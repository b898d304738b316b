"""Rows of "a% vs b%" under a lead-in that names the compared arms ("Adverse events, EXAMPLIMAB versus
control:") take those arms in order (context.py _listed_before): the first value is the first arm's,
the second the other's. Before, every value took the last arm named (the comparator), so the product's
figure was judged as the comparator's. Texts written for this test; facts of the shipped XOSPATA
library (grade 3 or higher adverse events with XOSPATA in ADMIRAL: febrile neutropenia 45.9 %,
anaemia 40.7 %, thrombocytopenia 22.8 %)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

RULES = {"V001", "V002", "U001"}
LEAD = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML: the ADMIRAL trial.\n\n"
        "Severe (grade 3 or higher) adverse reactions, XOSPATA compared with salvage chemotherapy:\n\n")


def _lint(lint_piece, text):
    return sorted((f.rule, f.line) for f in lint_piece(text, "safety.md", rules=RULES))


@pytest.mark.parametrize("rows", [
    "- Febrile neutropenia: {fn} vs 33.0%\n- Anaemia: 40.7% vs 29.0%\n- Thrombocytopenia: 22.8% vs 28.0%\n",
    "* Anaemia - 40.7% vs 29.0%\n* Febrile neutropenia - {fn} vs 33.0%\n",
])
def test_each_row_takes_the_lead_ins_arms_in_order(lint_piece, linter, rows):
    right = LEAD + rows.format(fn="45.9%")
    analysis = linter.analyse(Document(path="d.md", text=right, format="markdown"))
    arms = {c.text.strip(): c.arm for c in analysis.claims if c.kind == "percentage"}
    assert arms["45.9%"] == "xospata" and arms["33.0%"] == "salvage-chemo"
    assert arms["40.7%"] == "xospata" and arms["29.0%"] == "salvage-chemo"
    assert _lint(lint_piece, right) == []  # the comparator's figures are not judged as XOSPATA's
    wrong = LEAD + rows.format(fn="49.5%")
    line = 1 + wrong[:wrong.index("49.5%")].count("\n")
    assert _lint(lint_piece, wrong) == [("V001", line)]


def test_arms_joined_by_and_are_no_compared_pair(linter):
    text = ("XOSPATA (gilteritinib), ADMIRAL trial. Patients on XOSPATA and salvage chemotherapy were followed:\n\n"
            "- Febrile neutropenia: 45.9% vs 33.0%\n")
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    arms = {c.text.strip(): c.arm for c in analysis.claims if c.kind == "percentage"}
    assert arms["45.9%"] == arms["33.0%"]  # no order given: both take the last arm named, as before
