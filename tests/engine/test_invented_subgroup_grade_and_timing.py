"""U001, not V001, for a figure of the product that no entry backs although it was compared with an
entry of another value: a subgroup named by a disease feature the library holds no entry of the
endpoint for ("In Ph-positive patients", "with an NPM1 co-mutation", "high marrow blast counts",
data/outcomes.yaml subgroups); a grade >=3 rate of an event the library holds only as an any-grade
rate; a rate of events in a time window or of their resolution ("within the first hour in 85%",
"resolved within 2 days in 80%", data/outcomes.yaml time_window) the entry holds no time for.
Near-misses: a subgroup the library holds, a grade >=3 rate the library holds, definitional figures
(a threshold, a dose, a cycle, an age in an eligibility sentence). Texts written for this test."""

from __future__ import annotations

import pytest

BES = ("BESPONSA (inotuzumab ozogamicin) for adults with relapsed or refractory B-cell precursor ALL.\n\n"
       "In INO-VATE ALL, CR/CRi was reached by 80.7% of BESPONSA patients and 29.4% of chemotherapy patients "
       "(first 218 randomized).\n\n")
XOS = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
       "In ADMIRAL, XOSPATA achieved CR/CRh in 34.0% of patients.\n\n")
RULES = {"V001", "U001"}


def _found(lint_piece, head: str, body: str, name: str = "piece.md") -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(head + body + "\n", name, rules=RULES))


@pytest.mark.parametrize("head,body", [
    (BES, "In Ph-positive patients, the CR/CRi rate with BESPONSA was 78.6%."),
    (BES, "Among patients with Philadelphia chromosome-positive ALL, BESPONSA produced CR/CRi in 74.1%."),
    (BES, "In those with high marrow blast counts, BESPONSA achieved CR/CRi in 71.2%."),
    (XOS, "Among patients with an NPM1 co-mutation, the CR/CRh rate with XOSPATA was 41.3%."),
    (XOS, "In those with adverse-risk cytogenetics, XOSPATA gave a CR/CRh rate of 22.0%."),
])
def test_a_subgroup_by_disease_feature_the_library_lacks_is_unsupported(lint_piece, head, body):
    assert _found(lint_piece, head, body) == [("U001", 5)]


@pytest.mark.parametrize("body,name", [
    ("Grade ≥3 infusion-related reactions occurred in 4.5% of patients treated with BESPONSA.", "piece.md"),
    ("Infusion-related reactions occurred within the first hour of infusion in most cases (85%) with "
     "BESPONSA.", "piece.txt"),
    ("With BESPONSA, most infusion-related reactions resolved within 2 days, in 80% of patients.", "piece.md"),
])
def test_a_grade_or_time_the_library_does_not_hold_is_unsupported(lint_piece, body, name):
    got = _found(lint_piece, BES, body, name)
    assert ("U001", 5) in got and ("V001", 5) not in got, got


@pytest.mark.parametrize("head,body,want", [
    # a subgroup the library holds: still a value comparison
    (BES, "In first salvage, BESPONSA achieved CR/CRi in 60.0%.", [("V001", 5)]),
    (BES, "Among patients with ≥50% bone marrow blasts, CR/CRi with BESPONSA was 60.0%.", [("V001", 5)]),
    # a grade >=3 rate the library holds: a value comparison
    (XOS, "Grade ≥3 febrile neutropenia occurred in 40.0% of patients with XOSPATA.", [("V001", 5)]),
    (XOS, "Grade ≥3 febrile neutropenia occurred in 45.9% of patients with XOSPATA.", []),
    # definitional figures: no claim
    (BES, "Eligible patients were aged 18 years or older. MRD negativity was defined as less than 0.01% "
          "leukemic cells.", []),
    (BES, "BESPONSA is given at 1.8 mg/m2 per cycle; each cycle lasts 21 days.", []),
    (XOS, "Patients were aged 18 years or older; XOSPATA is given at 120 mg once daily.", []),
])
def test_held_subgroups_grades_and_definitions_are_not_unsupported(lint_piece, head, body, want):
    assert _found(lint_piece, head, body) == want
