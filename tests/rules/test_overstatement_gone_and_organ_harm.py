"""O013 and O004 in two more forms writers use: a concern said to be gone ("VOD is no longer a
concern", "a thing of the past") and a severity word before the organ or kind of harm ("two
cycles, no serious liver toxicity", "without significant hepatic complications"). A population's
history ("no prior liver toxicity") and facts with their grades stay clean. Texts written for
this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

HEAD = "Market: {m}\n\n{p}: CR/CRi {v} in the pivotal trial.\n\n"
PRODUCTS = [("EU", "BESPONSA", "80.7%"), ("US", "XOSPATA", "34.0%")]


def codes(linter_for, market, product, value, line, code):
    text = HEAD.format(m=market, p=product, v=value) + line + "\n"
    return [f for f in linter_for(market).lint_document(doc(text, "piece.md")) if f.rule == code]


@pytest.mark.parametrize("market,product,value", PRODUCTS)
@pytest.mark.parametrize("line", [
    "- Keep to two cycles before transplant and hepatotoxicity is no longer a concern.",
    "With premedication, infusion reactions are no longer an issue for most centres.",
    "## Myelosuppression: no longer a real worry",
    "Thanks to early monitoring, QT prolongation is a thing of the past.",
])
def test_a_concern_said_to_be_gone(linter_for, market, product, value, line):
    assert len(codes(linter_for, market, product, value, line, "O013")) == 1


@pytest.mark.parametrize("market,product,value", PRODUCTS)
@pytest.mark.parametrize("line", [
    "## Two cycles, no serious liver toxicity",
    "Patients completed treatment without significant hepatic complications.",
    "- Free of serious cardiac side effects in the pivotal study",
    "A regimen with no clinically significant liver injury.",
])
def test_a_severity_word_before_the_organ_and_the_harm(linter_for, market, product, value, line):
    assert len(codes(linter_for, market, product, value, line, "O004")) == 1


@pytest.mark.parametrize("market,product,value", PRODUCTS)
@pytest.mark.parametrize("line", [
    "Patients with no prior liver toxicity were eligible for the trial.",
    "Grade 3 or 4 liver test increases occurred in 4% of patients; monitor liver tests.",
    "Premedicate before each dose; infusion reactions have occurred.",
    "Relapse after transplant is no longer the only route to long-term follow-up visits.",
    "Grading was no longer a manual step in the database.",
])
def test_facts_and_histories_stay_clean(linter_for, market, product, value, line):
    assert codes(linter_for, market, product, value, line, "O013") == []
    assert codes(linter_for, market, product, value, line, "O004") == []
