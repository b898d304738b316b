"""Context beats coincidence: a value whose sentence names the population it is about (a subgroup
the library holds for that endpoint) is judged against that population's entry, never confirmed by
another subgroup's figure of the same endpoint that it happens to equal ("in first-salvage patients
CR/CRi was 86.8%" where 86.8% is the first-remission-≥12-months figure and first salvage is 87.7%).
A population named inside a longer one ("MRD-positive" in "MRD-positive patients who did not undergo
HSCT") is part of that name, not a second population. Texts written for this test; facts of the
shipped BESPONSA library."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
RULES = {"V001", "V002", "U001"}


def _findings(lint_doc, body):
    return sorted((f.rule, f.line) for f in lint_doc(HEAD + body + "\n", "d.md", rules=RULES))


@pytest.mark.parametrize("wrong, right", [
    ("In patients in Salvage 1, the CR/CRi rate was 86.8% with BESPONSA.",
     "In patients in Salvage 1, the CR/CRi rate was 87.7% with BESPONSA."),
    ("For first-salvage patients, CR/CRi reached 80.7% on BESPONSA.",
     "For first-salvage patients, CR/CRi reached 87.7% on BESPONSA."),
    ("In MRD-positive patients who did not undergo HSCT, median OS was 7.7 months with BESPONSA.",
     "In MRD-positive patients who did not undergo HSCT, median OS was 6.3 months with BESPONSA."),
    ("Median OS was 7.7 months in MRD-positive patients who did not undergo HSCT.",
     "Median OS was 6.3 months in MRD-positive patients who did not undergo HSCT."),
    ("Median OS in MRD-negative patients in first salvage was 14.1 months with BESPONSA.",
     "Median OS in MRD-negative patients in first salvage was 15.6 months with BESPONSA."),
    ("Among MRD-positive patients, median PFS was 8.6 months with BESPONSA.",
     "Among MRD-positive patients, median PFS was 5.4 months with BESPONSA."),
])
def test_the_named_population_decides_the_entry(lint_doc, wrong, right):
    assert _findings(lint_doc, right) == []
    assert _findings(lint_doc, wrong) == [("V001", 3)]


@pytest.mark.parametrize("body", [
    # the transplant population belongs to the other figure
    "VOD/SOS occurred in 14% of BESPONSA patients in INO-VATE ALL, and in 22.8% of those who went on to HSCT.",
    "VOD/SOS occurred in 22.8% of patients who underwent HSCT after BESPONSA (14% of all BESPONSA patients).",
    # named after the value, in another statement
    "Hepatotoxicity, including VOD/SOS, occurred in 14% of BESPONSA-treated patients in the trial and was "
    "more frequent after HSCT.",
    # part of an endpoint's name, not who was counted
    "VOD and post-HSCT non-relapse mortality were reported in 14% and 39% of adult BESPONSA patients, "
    "respectively (the latter among those who underwent HSCT; 23% with chemotherapy).",
    # a narrower subgroup of the column's population
    "OS by MRD status:\n\n| | MRD-negative | MRD-positive |\n|---|---|---|\n| Median OS, months | 14.1 | 7.2 |\n"
    "| Median OS in first salvage, months | 15.6 | 6.9 |",
    "CR/CRi in the first 218 patients was 80.7% with BESPONSA, and 87.7% in first salvage.",
    # populations paired with a later list by "respectively": the one just before the list is not
    # the first value's
    "Patients who reached MRD negativity lived longer than those who stayed MRD positive "
    "(14.1 months vs 7.2 months, respectively).",
    "Median OS favoured MRD-negative over MRD-positive patients\n(14.1 and 7.2 months, respectively).",
])
def test_a_population_not_named_for_the_value_decides_nothing(lint_doc, body):
    assert _findings(lint_doc, body) == []
