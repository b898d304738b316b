"""Two endpoints x two values per arm written distributively, without "respectively": "CR/CRi and
MRD negativity were 80.7% and 78.4% with A, versus 29.4% and 28.1% with B". Each group of values
lists the endpoints in order; before, the values were read as one vs-pair and every value took
the last endpoint named (false V001 on a correct draft)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document


def _rates(linter, text):
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    return [(c.text, c.endpoint) for c in analysis.claims if c.kind == "percentage"]


CORRECT = [
    "In INO-VATE ALL, CR/CRi and MRD-negativity rates were 80.7% and 78.4% with BESPONSA, versus 29.4% "
    "and 28.1% with standard chemotherapy.",
    "Rates of CR/CRi and MRD negativity: 80.7% and 78.4% vs 29.4% and 28.1%.",
    "With BESPONSA, CR/CRi and MRD negativity were achieved by 80.7% and 78.4% of patients, compared with "
    "29.4% and 28.1% with SC.",
    "CR/CRi and MRD negativity with standard chemotherapy were 29.4% and 28.1%, versus 80.7% and 78.4% "
    "with BESPONSA.",
    "CR/CRi and MRD negativity rates were 80.7% and 78.4%, respectively, with BESPONSA and 29.4% and "
    "28.1%, respectively, with SC.",
]


@pytest.mark.parametrize("sentence", CORRECT)
def test_correct_distributive_lists_stay_clean(lint_doc, sentence):
    found = [f for f in lint_doc(sentence + "\n", "d.md") if f.rule == "V001"]
    assert not found, [f.message for f in found]


def test_each_value_takes_its_endpoint_in_order(linter):
    rates = _rates(linter, CORRECT[0] + "\n")
    assert len(rates) == 4 and all(e for _, e in rates)
    assert rates[0][1] != rates[1][1] and rates[0][1] == rates[2][1] and rates[1][1] == rates[3][1]


@pytest.mark.parametrize("sentence", [
    # a changed value
    "CR/CRi and MRD-negativity rates were 80.7% and 78.4% with BESPONSA, versus 29.4% and 38.1% with "
    "standard chemotherapy.",
    # the endpoints' values swapped within the arm
    "CR/CRi and MRD negativity were achieved by 78.4% and 80.7% of BESPONSA patients compared with 29.4% "
    "and 28.1% of SC patients.",
    # the comparator's values swapped
    "Rates of CR/CRi and MRD negativity: 80.7% and 78.4% vs 28.1% and 29.4%.",
])
def test_wrong_values_are_still_caught(lint_doc, sentence):
    assert any(f.rule == "V001" for f in lint_doc(sentence + "\n", "d.md"))
