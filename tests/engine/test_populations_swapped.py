"""Two populations' values swapped: each value equals SOME entry of the endpoint (the other
population's), but the population bound to it (next to it, its place in an "X vs Y" chain or a
"respectively" list) names the entry it must match, so each swapped value is a V001 mismatch at
its own line -- never confirmed by the other population's entry because the sentence names that
population too. Correct pairs, written either way round, stay clean.

Texts written for this test; facts of the shipped libraries (median OS by MRD status among
responders; MRD negativity by salvage line)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL (INO-VATE ALL).\n\n"
RULES = {"V001", "V002", "V003", "U001", "A006"}


def _findings(linter, body, name="d.md", fmt="markdown"):
    doc = Document(path=name, text=BES + body + "\n", format=fmt)
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


SWAPPED = [
    # prose "X vs Y", the population after each value
    "Among responders, median overall survival was {a} months in MRD-negative patients vs {b} months "
    "in MRD-positive patients (post hoc analysis).",
    # "respectively" list
    "In a post hoc analysis, median OS in MRD-negative and MRD-positive responders was {a} and {b} "
    "months, respectively.",
    # the population before each value
    "Post hoc: median OS was, for MRD-negative patients, {a} months, and for MRD-positive patients, "
    "{b} months.",
]


@pytest.mark.parametrize("template", SWAPPED)
def test_swapped_population_values_are_each_a_mismatch(linter, template):
    assert _findings(linter, template.format(a="14.1", b="7.2")) == []
    got = _findings(linter, template.format(a="7.2", b="14.1"))
    assert sorted(g[0] for g in got) == ["V001", "V001"], got
    assert all(g[1] == 3 for g in got), got
    msgs = " ".join(g[2] for g in got)
    assert "14.1" in msgs and "7.2" in msgs


@pytest.mark.parametrize("template", [
    "Among responders, MRD negativity was reached by {a}% of those treated in first salvage "
    "and by {b}% of those in second salvage (post hoc analysis).",
    "Post hoc analysis of responders: MRD negativity {a}% in first salvage and {b}% in second salvage.",
])
def test_swapped_salvage_lines_are_a_mismatch(linter, template):
    assert _findings(linter, template.format(a="68", b="48")) == []
    got = _findings(linter, template.format(a="48", b="68"))
    # the second-salvage 68% (its population next to it) is judged against the second-salvage
    # entry (48%), not confirmed by the first-salvage entry nor by the baseline "68% in first salvage"
    assert any(g[0] == "V001" and "48%" in g[2] for g in got), got


@pytest.mark.parametrize("body", [
    # the populations named the other way round, values in the matching order
    "Among responders, median overall survival was 7.2 months in MRD-positive patients vs 14.1 months "
    "in MRD-negative patients (post hoc analysis).",
    "In a post hoc analysis, median OS in MRD-positive and MRD-negative responders was 7.2 and 14.1 "
    "months, respectively.",
    # a row label naming the population
    "Median OS among responders (post hoc analysis):\n\n| Population | Median OS |\n|---|---|\n"
    "| MRD-positive | 7.2 months |\n| MRD-negative | 14.1 months |",
])
def test_correct_pairs_in_either_order_stay_clean(linter, body):
    assert _findings(linter, body) == []
