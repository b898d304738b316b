"""A term the library names both as an endpoint and as a population over the same words (a state
reached, and the patients in it: "MRD-negative") is read by grammar (context.py _read_twins): where
its row or sentence gives only shares of patients and names no other endpoint it is the outcome;
where it names another endpoint or gives a duration it is the population. Texts written for this
test; facts of the shipped BESPONSA library (MRD negativity among CR/CRi 78.4% vs 28.1%; median OS
of MRD-negative responders 14.1 months)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

RULES = {"V001", "V002", "U001"}
HEAD = ("BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell precursor ALL, INO-VATE ALL.\n\n"
        "| Result | BESPONSA | Chemotherapy |\n|---|---|---|\n")


def _findings(lint_piece, text: str) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(text, rules=RULES))


def _context(linter, text: str) -> dict[str, tuple[str | None, str | None]]:
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    return {c.text.strip(): (c.endpoint, c.population) for c in analysis.claims}


@pytest.mark.parametrize("label", [
    "MRD-negative among those in CR/CRi, %",
    "MRD-negative (% of remitters)",
    "Responders turning MRD-negative",
    "MRD-negative, share of patients in remission",
])
def test_a_row_giving_the_share_in_the_state_is_that_outcome(lint_piece, label):
    right = HEAD + f"| {label} | 78.4% | 28.1% |\n"
    assert _findings(lint_piece, right) == []
    changed = HEAD + f"| {label} | 74.8% | 28.1% |\n"
    assert ("V001", 5) in _findings(lint_piece, changed)
    swapped = HEAD + f"| {label} | 28.1% | 78.4% |\n"
    assert _findings(lint_piece, swapped) == [("V002", 5), ("V002", 5)]


@pytest.mark.parametrize("text", [
    "Post hoc, BESPONSA responders who were MRD-negative: median overall survival 14.1 months.\n",
    "Median overall survival for MRD-negative: 14.1 months with BESPONSA (post hoc).\n",
    "In a post hoc analysis, overall survival reached a median of 14.1 months among MRD-negative on BESPONSA.\n",
])
def test_a_duration_about_the_state_keeps_it_the_population(linter, text):
    endpoint, population = _context(linter, text)["14.1 months"]
    assert endpoint == "os"
    assert population == "mrd-negative"


BASELINE = ("BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell precursor ALL, INO-VATE ALL.\n\n"
            "Who was enrolled (BESPONSA n=164; chemotherapy n=162)\n\n"
            "| Characteristic at entry | BESPONSA | Chemotherapy |\n|---|---|---|\n"
            "| Salvage 1, % | {s1} | 64.2 |\n"
            "| Blasts in marrow: ≥50% BM blasts, n (%) | 109 ({bm}) | 113 (69.8) |\n")


def test_a_characteristics_row_labelled_by_a_population_is_that_characteristic(lint_piece):
    assert _findings(lint_piece, BASELINE.format(s1="67.7", bm="66.5")) == []
    assert _findings(lint_piece, BASELINE.format(s1="61.7", bm="66.5")) == [("V001", 7)]
    assert _findings(lint_piece, BASELINE.format(s1="67.7", bm="56.5")) == [("V001", 8)]


def test_a_subgroup_row_under_an_outcome_lead_in_stays_the_population(lint_piece, linter):
    text = ("BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell precursor ALL, INO-VATE ALL.\n\n"
            "Remission (CR/CRi) by subgroup, BESPONSA vs chemotherapy:\n\n"
            "- Salvage 1: 87.7% vs 28.8%\n"
            "- ≥50% BM blasts: 77.9% vs 24.4%\n")
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    got = {c.text.strip(): (c.endpoint, c.population) for c in analysis.claims}
    assert got["87.7%"] == ("cr-cri", "first-salvage")
    assert got["77.9%"] == ("cr-cri", "high-bm-blasts")
    assert _findings(lint_piece, text) == []
