"""Whose caveat is it? F002's ``scope.own_section``: a disclaimer across a heading, in a section
whose own claims all come from another analysis, is that section's and does not cover the claims
before the heading (a subgroup table, then an MRD section with "This post hoc analysis is
exploratory"). Claims of one analysis under two headings share one caveat: the analysis is the
library entry's study (a post hoc analysis of the trial), not the trial the text names. And
dose-group figures in prose ("3.3 mg/m² or less") are the exploratory dose analysis's figures:
F007 asks for their caveat, U001 stays silent. Texts written for this test; facts of the shipped
BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

TAIL = ("\n\nOverall survival did not reach statistical significance.\n\n"
        "Please see the full Prescribing Information, including BOXED WARNING.\n")
MRD_SECTION = ("## Survival by MRD status\n\nIn a post hoc analysis of patients in CR/CRi, median OS was 14.1 "
               "months with MRD negativity and 7.2 months without it. This post hoc analysis is exploratory.")


def _rules(linter, tmp_path, text, rules, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(f"---\nmarket: US\nproduct: besponsa\n---\n{text}{TAIL}", encoding="utf-8")
    return sorted((f.rule, f.line) for f in linter.lint_document(read_document(path)) if f.rule in rules)


SUBGROUPS_THEN_MRD = [
    ("## CR/CRi by subgroup\n\n| Subgroup | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
     f"| First salvage | 87.7% | 28.8% |\n| Second salvage | 70.0% | 18.2% |\n\n{MRD_SECTION}", "md"),
    ("## CR/CRi by line of salvage\n\n- First salvage: 87.7% with BESPONSA vs 28.8% with chemotherapy\n"
     f"- Second salvage: 70.0% vs 18.2%\n\n{MRD_SECTION}", "md"),
    ("<h2>CR/CRi by subgroup</h2><table><tr><th>Subgroup</th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>"
     "<tr><td>First salvage</td><td>87.7%</td><td>28.8%</td></tr></table>"
     f"<h2>Survival by MRD status</h2><p>{MRD_SECTION.split(chr(10))[-1]}</p>", "html"),
]


@pytest.mark.parametrize("k", range(len(SUBGROUPS_THEN_MRD)))
def test_another_analysis_caveat_does_not_cover_the_subgroups(full_linter, tmp_path, k):
    text, ext = SUBGROUPS_THEN_MRD[k]
    assert any(rule == "F002" for rule, _ in _rules(full_linter, tmp_path, text, {"F002"}, ext))


@pytest.mark.parametrize("text", [
    # one post hoc analysis under two headings: its caveat below covers the figures above
    "## MRD negativity by cycle\n\nOf the 92 patients who reached MRD-negative CR/CRi with BESPONSA, "
    f"80 (87.0%) did so within 2 cycles.\n\n{MRD_SECTION}",
    "## How fast\n\n- 87.0% of MRD-negative responders on BESPONSA got there within 2 cycles\n\n"
    f"{MRD_SECTION}",
    # the caveat of the subgroups' own section
    "## CR/CRi by subgroup\n\n- First salvage: 87.7% with BESPONSA vs 28.8% with chemotherapy. "
    f"Subgroup analyses are exploratory.\n\n{MRD_SECTION}",
])
def test_one_analysis_or_its_own_caveat_is_covered(full_linter, tmp_path, text):
    assert _rules(full_linter, tmp_path, text, {"F002"}) == []


DOSE = [
    "Patients whose cumulative dose was 3.3 mg/m² or less reached CR/CRi in 50.9%, compared with 90.4% "
    "above 3.3 mg/m².",
    "- CR/CRi, cumulative dose up to 3.3 mg/m²: 50.9%\n- CR/CRi, cumulative dose more than 3.3 mg/m²: 90.4%",
    "CR/CRi was reached by 50.9% of the lower-dose group and 90.4% of the higher-dose group.",
]
CAVEAT = "\n\nThis analysis by cumulative dose was exploratory and not powered for comparison."


@pytest.mark.parametrize("k", range(len(DOSE)))
def test_dose_group_figures_need_the_exploratory_caveat(full_linter, tmp_path, k):
    found = _rules(full_linter, tmp_path, "## Response by dose\n\n" + DOSE[k], {"F007", "U001"})
    assert [r for r, _ in found if r == "F007"] and not [r for r, _ in found if r == "U001"]


@pytest.mark.parametrize("k", range(len(DOSE)))
def test_dose_group_figures_with_their_caveat_are_clean(full_linter, tmp_path, k):
    assert _rules(full_linter, tmp_path, "## Response by dose\n\n" + DOSE[k] + CAVEAT, {"F007", "U001"}) == []
