"""U001 for a rate of an outcome the claims library does not hold, which passed silently: an
outcome of how the treatment was given or had to be changed, or of care, or an event the library
does not list (data/outcomes.yaml outcomes, care_outcomes, adverse_events): a discontinuation rate,
a differentiation-syndrome incidence, a share of doses given as outpatients, a dose-reduction or
interruption rate, transfusion independence, quality-of-life improvement. A dose or infusion word in
the outcome phrase ("dose reductions") or in what the share counts ("of doses") does not make such a
figure a definition; an instruction word does ("is recommended"). The message names the outcome.
Near-misses: instructions, definitions (a dose, a cycle, a threshold, an age) and held figures stay
clean. Texts written for this test."""

from __future__ import annotations

import pytest

BES = ("BESPONSA (inotuzumab ozogamicin) for adults with relapsed or refractory B-cell precursor ALL.\n\n"
       "In INO-VATE ALL, CR/CRi was reached by 80.7% of BESPONSA patients and 29.4% of chemotherapy patients "
       "(first 218 randomized).\n\n")
XOS = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
       "In ADMIRAL, XOSPATA achieved CR/CRh in 34.0% of patients.\n\n")
RULES = {"V001", "V002", "U001"}


def _findings(lint_piece, head: str, body: str, name: str = "piece.md"):
    return [f for f in lint_piece(head + body + "\n", name, rules=RULES) if f.line == 5]


def _codes(lint_piece, head: str, body: str, name: str = "piece.md") -> list[str]:
    return sorted(f.rule for f in _findings(lint_piece, head, body, name))


@pytest.mark.parametrize("head,body,word", [
    # discontinuation (neither library holds an all-patients rate)
    (XOS, "Only 4% of patients discontinued XOSPATA due to adverse reactions.", "discontinued"),
    (XOS, "Discontinuation due to adverse reactions occurred in 11% of patients treated with XOSPATA.",
     "Discontinuation"),
    (XOS, "With XOSPATA, 8% of patients stopped treatment because of side effects.", "side effects"),
    (BES, "Only 4% of patients discontinued BESPONSA due to adverse reactions.", "discontinued"),
    # differentiation syndrome (held by neither library)
    (XOS, "Differentiation syndrome occurred in 3% of patients receiving XOSPATA.", "Differentiation syndrome"),
    (XOS, "With XOSPATA, differentiation syndrome was reported in 7% of patients.", "differentiation syndrome"),
    (BES, "Differentiation syndrome was seen in 2% of BESPONSA patients.", "Differentiation syndrome"),
    # outpatient administration
    (XOS, "92% of doses were given in the outpatient setting with XOSPATA.", "outpatient"),
    (XOS, "With XOSPATA, 85% of patients were treated as outpatients.", "outpatients"),
    (BES, "92% of BESPONSA doses were administered in the outpatient setting.", "outpatient"),
    (BES, "Outpatient administration was possible for 76% of BESPONSA infusions.", "Outpatient"),
    # dose reduction or interruption
    (XOS, "Dose reductions due to adverse reactions were needed in 12% of XOSPATA patients.", "Dose reductions"),
    (XOS, "With XOSPATA, 29% of patients had a dose interruption.", "dose interruption"),
    (BES, "Dose interruptions occurred in 18% of patients on BESPONSA.", "Dose interruptions"),
    (BES, "With BESPONSA, treatment was modified in some: dose modifications were required in 21% of patients.",
     "dose modifications"),
    # transfusion independence
    (XOS, "Transfusion independence was achieved in 31% of XOSPATA patients.", "Transfusion independence"),
    (XOS, "With XOSPATA, 40% of patients became transfusion independent.", "transfusion independent"),
    (BES, "53% of BESPONSA patients achieved transfusion independence.", "transfusion independence"),
    # quality of life
    (XOS, "Quality of life improved in 62% of patients treated with XOSPATA.", "Quality of life"),
    (BES, "58% of BESPONSA patients reported an improvement in quality of life.", "quality of life"),
    (XOS, "With XOSPATA, 47% of patients had a clinically meaningful improvement in QoL.", "QoL"),
])
def test_a_rate_of_an_outcome_the_library_does_not_hold_is_unsupported(lint_piece, head, body, word):
    found = _findings(lint_piece, head, body)
    assert [f.rule for f in found] == ["U001"], [(f.rule, f.message) for f in found]
    assert f'"{word}"' in found[0].message, found[0].message  # the message names what the library lacks


@pytest.mark.parametrize("head,body", [
    ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\nSafety with XOSPATA\n\n",
     "- Dose interruptions: 29%"),
    ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\nSafety with XOSPATA\n\n",
     "Treatment discontinuation due to adverse events: 11%"),
])
def test_a_row_of_such_an_outcome_is_unsupported(lint_piece, head, body):
    assert _codes(lint_piece, head, body) == ["U001"]


@pytest.mark.parametrize("head,body", [
    # instructions of the label: a dose, a schedule, a threshold
    (XOS, "If differentiation syndrome is suspected, interrupt XOSPATA until symptoms resolve; a dose "
          "reduction to 80 mg is recommended."),
    (BES, "A dose reduction of 25% is recommended for BESPONSA in patients with grade 3 toxicity."),
    (XOS, "Dose interruption for 14 days is recommended for XOSPATA patients with differentiation syndrome."),
    (XOS, "XOSPATA can be taken as an outpatient medicine at 120 mg once daily."),
    (BES, "BESPONSA is given as an outpatient infusion in cycles of 21 to 28 days."),
    # definitions: a threshold, an age
    (BES, "MRD negativity (<0.01% blasts) was achieved by 78.4% of BESPONSA responders."),
    (BES, "Patients aged 1 year and older: CR/CRi was 80.7% with BESPONSA."),
    # a held figure, in the words of its entry
    (XOS, "XOSPATA achieved CR/CRh in 34% of patients; outpatient dosing was possible."),
])
def test_instructions_definitions_and_held_figures_stay_clean(lint_piece, head, body):
    assert _codes(lint_piece, head, body) == []
