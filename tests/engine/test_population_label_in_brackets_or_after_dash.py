"""A population set off as a value's label -- in brackets or after a dash, right after the value or
right before it, or in brackets in a table row's label -- is that value's population: a correct
figure raises no finding, a changed one is a mismatch (V001) against that population's entry, never
against the intention-to-treat (default) entry and never U001.

    "Median OS was 14.1 months (MRD-negative) vs 7.2 months (MRD-positive)"
    "median OS 14.1 months [patients achieving MRD negativity]"
    "CR/CRi: first salvage — 87.7% with BESPONSA; second salvage — 30.6% with chemotherapy"
    "| Responders (MRD-negative) | 14.1 months |"

A bracket that holds another figure ("80.7% (MRD-negative 78.4%)") labels that figure, not the value
before it; two populations in one bracket ("(MRD-negative, first salvage)") name the library's
population that is both.

Texts written for this test; facts of the shipped libraries (reference/besponsa.yaml: Jabbour 2020
OS 14.1 / 7.2 months, PFS 8.6 / 5.4 months by MRD status, OS 15.6 months MRD-negative in first
salvage, MRD negativity 68% / 48% in first / second salvage; INO-VATE CR/CRi 87.7% / 28.8% in first
salvage, 30.6% with chemotherapy in second salvage)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL (INO-VATE ALL).\n\n"
XOS = "XOSPATA (gilteritinib) in adults with relapsed or refractory FLT3-mutated AML (ADMIRAL).\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, body, head=BES):
    doc = Document(path="d.md", text=head + body + "\n", format="markdown")
    doc.metadata["market"] = "US"
    return [(f.rule, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


# (template with {a} and {b}, right a, right b, label of a's entry, label of b's entry)
OS_MRD = ("14.1", "7.2", "MRD-negative", "MRD-positive")
PFS_MRD = ("8.6", "5.4", "MRD-negative", "MRD-positive")
SALVAGE_MRD = ("68", "48", "first salvage", "second salvage")

PAIRS = [
    ("With BESPONSA, median OS was {a} months (MRD-negative) and {b} months (MRD-positive).", OS_MRD),
    ("With BESPONSA, median OS was {a} months (in MRD-negative patients) and {b} months "
     "(in MRD-positive patients).", OS_MRD),
    ("With BESPONSA, median OS was {a} months [MRD-negative] and {b} months [MRD-positive].", OS_MRD),
    ("With BESPONSA, median OS: {a} months — MRD-negative; {b} months — MRD-positive.", OS_MRD),
    ("BESPONSA: median OS {a} months - MRD-negative; {b} months - MRD-positive.", OS_MRD),
    ("With BESPONSA, median OS: {a} months – MRD-negative, {b} months – MRD-positive.", OS_MRD),
    ("Median OS with BESPONSA: MRD-negative — {a} months; MRD-positive — {b} months.", OS_MRD),
    ("Median OS (MRD-negative) was {a} months and median OS (MRD-positive) was {b} months with BESPONSA.",
     OS_MRD),
    ("Median PFS was {a} months (MRD-negative) and {b} months (MRD-positive) with BESPONSA.", PFS_MRD),
    ("MRD negativity among BESPONSA responders: {a}% (first salvage) vs {b}% (second salvage).", SALVAGE_MRD),
    ("Among responders, BESPONSA MRD negativity was {a}% (in first salvage) and {b}% (in second salvage).",
     SALVAGE_MRD),
    ("MRD negativity with BESPONSA: {a}% [first salvage] and {b}% [second salvage].", SALVAGE_MRD),
    ("Among responders, BESPONSA MRD negativity was {a}% — first salvage — and {b}% — second salvage.",
     SALVAGE_MRD),
    ("| Population | BESPONSA median OS |\n|---|---|\n| ITT | 7.7 months |\n"
     "| Responders (MRD-negative) | {a} months |\n| Responders (MRD-positive) | {b} months |", OS_MRD),
]


def _changed(value: str) -> str:
    return f"{float(value) + 1:g}" if "." in value else str(int(value) - 4)


@pytest.mark.parametrize("template,facts", PAIRS)
def test_each_value_is_read_against_its_own_population(linter, template, facts):
    a, b, _, _ = facts
    assert _findings(linter, template.format(a=a, b=b)) == []
    for which in (0, 1):
        values = [a, b]
        right = values[which]
        values[which] = _changed(right)
        got = _findings(linter, template.format(a=values[0], b=values[1]))
        assert [g[0] for g in got] == ["V001"], (values, got)
        message = got[0][1]
        assert f"is {right}" in message and facts[2 + which] in message, message
        assert "intention-to-treat" not in message and "remission-analysis" not in message, message


SALVAGE_CR = [
    "CR/CRi: first salvage — {a}% with BESPONSA; second salvage — {b}% with chemotherapy.",
    "CR/CRi: {a}% with BESPONSA (first salvage) and {b}% with chemotherapy (second salvage).",
    "CR/CRi: {a}% with BESPONSA [first salvage] and {b}% with chemotherapy [second salvage].",
]


@pytest.mark.parametrize("template", SALVAGE_CR)
def test_an_arm_between_the_value_and_its_bracket(linter, template):
    assert _findings(linter, template.format(a="87.7", b="30.6")) == []
    got = _findings(linter, template.format(a="81.7", b="30.6"))
    assert [g[0] for g in got] == ["V001"] and "is 87.7%" in got[0][1] and "first salvage" in got[0][1], got
    got = _findings(linter, template.format(a="87.7", b="34.6"))
    assert [g[0] for g in got] == ["V001"] and "is 30.6%" in got[0][1] and "second salvage" in got[0][1], got


@pytest.mark.parametrize("template", [
    "With BESPONSA, median OS was 7.7 months (ITT) and {v} months (MRD-negative).",
    "Median OS with BESPONSA was 7.7 months (ITT population) and {v} months (MRD-negative responders).",
])
def test_a_bracketed_subgroup_beside_the_itt_figure(linter, template):
    assert _findings(linter, template.format(v="14.1")) == []
    got = _findings(linter, template.format(v="15.1"))
    assert [g[0] for g in got] == ["V001"] and "is 14.1 months" in got[0][1], got


@pytest.mark.parametrize("template", [
    "With BESPONSA, median OS was {v} months (MRD-negative, first salvage).",
    "| Population | BESPONSA median OS |\n|---|---|\n| MRD-negative (first salvage) | {v} months |\n"
    "| MRD-positive (first salvage) | 6.9 months |",
])
def test_two_populations_in_one_bracket_name_the_population_that_is_both(linter, template):
    assert _findings(linter, template.format(v="15.6")) == []
    got = _findings(linter, template.format(v="16.6"))
    assert [g[0] for g in got] == ["V001"] and "is 15.6 months" in got[0][1] \
        and "MRD-negative patients in first salvage" in got[0][1], got


def test_a_subgroup_the_library_does_not_hold_is_not_checked_against_the_itt_entry(linter):
    got = _findings(linter, "Median OS with XOSPATA: 9.3 months — all randomized patients; "
                            "10.1 months — FLT3-ITD patients.", head=XOS)
    assert all(g[0] != "V001" for g in got), got
