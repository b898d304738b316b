"""O013 (adverse events minimised): "never serious / severe" and "no … to worry about" said of
adverse events, in headings, bullets and sentences; facts with their grades stay clean. Texts
written for this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

HEAD = "Market: {m}\n\n{p}: CR/CRi {v} in the pivotal trial.\n\n"
PRODUCTS = [("EU", "BESPONSA", "80.7%"), ("US", "XOSPATA", "34.0%")]


def o013(linter_for, market, product, value, line):
    text = HEAD.format(m=market, p=product, v=value) + line + "\n"
    return [f for f in linter_for(market).lint_document(doc(text, "piece.md")) if f.rule == "O013"]


@pytest.mark.parametrize("market,product,value", PRODUCTS)
@pytest.mark.parametrize("line", [
    "## Tolerability: side effects were mild and never serious",
    "- Infusion reactions occurred in 2%, so there are no serious reactions to worry about",
    "Most adverse reactions were manageable and at no point life-threatening.",
    "Nausea and fatigue: not ever severe in our experience.",
    "Once premedicated, there are no serious infusion reactions to be concerned about.",
])
def test_minimised(linter_for, market, product, value, line):
    assert len(o013(linter_for, market, product, value, line)) == 1


@pytest.mark.parametrize("market,product,value", PRODUCTS)
@pytest.mark.parametrize("line", [
    "Infusion-related reactions occurred in 2% of patients; all were grade 2.",
    "Never skip the premedication before each infusion; serious infections have occurred.",
    "There is no dose adjustment to worry about for mild renal impairment.",
    "Differentiation syndrome can be fatal; never delay corticosteroids if it is suspected.",
])
def test_facts_and_instructions_stay_clean(linter_for, market, product, value, line):
    assert o013(linter_for, market, product, value, line) == []
