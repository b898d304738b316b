"""U001 (checks/unsupported.py): a figure qualified by something no entry of the claims library holds
(a grade, a population, a time point counted from an event, a number of cycles, a subgroup's table
row) or of an outcome the library declares no endpoint for is unsupported, not a value mismatch
against the unqualified entry and not silently accepted. Texts written for this file."""

from __future__ import annotations

import pytest

BES = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL\n\n"
XOS = "XOSPATA (gilteritinib) in ADMIRAL\n\n"


def _found(lint_piece, text: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.found or "") for f in lint_piece(text, "piece.md") if f.rule in ("U001", "V001"))


@pytest.mark.parametrize("text,figures", [
    # a subgroup's row (a baseline characteristic in its label) of a results table: not the baseline share
    (BES + "| Group | BESPONSA CR/CRi | SC CR/CRi |\n|---|---|---|\n| All patients | 80.7% | 29.4% |\n"
           "| ECOG 0 | 83.9% | 33.3% |\n", ["33.3%", "83.9%"]),
    # a share of an event's cases by a grade no entry holds
    (BES + "VOD was reported in 14% of BESPONSA patients. Roughly 60% of these VOD events were grade 1 or 2.\n",
     ["60%"]),
    # the only grade >=3 rate of the event is one after transplant, which the sentence does not name
    (BES + "Grade 3 or higher VOD/SOS was seen in 11% (18/164) of patients on BESPONSA.\n", ["11%"]),
    # an outcome of care the library declares no endpoint for, after a pair of backed rates
    (XOS + "The CR rate was 21.1% with XOSPATA vs 10.5% with salvage chemotherapy, and 48% of responding "
           "patients became transfusion-free.\n", ["48%"]),
    # a value that agrees with an entry by chance, said under a number of cycles no entry of it holds
    (BES + "Capping BESPONSA at 3 cycles brought VOD down to 14% of treated patients.\n", ["14%"]),
])
def test_a_qualified_figure_no_entry_holds_is_unsupported(lint_piece, text, figures):
    assert _found(lint_piece, text) == [("U001", f) for f in figures]


def test_survival_counted_from_transplant_at_an_unheld_time_is_unsupported(lint_piece):
    text = XOS + ("CR/CRh was 34.0% with XOSPATA vs 15.3% with salvage chemotherapy, and 70% of transplanted "
                  "XOSPATA patients were alive 18 months after transplant.\n")
    assert ("U001", "70%") in _found(lint_piece, text)


@pytest.mark.parametrize("text", [
    # a dosing ceiling is no condition of the figure
    BES + "BESPONSA was given for up to 6 cycles; CR/CRi was 80.7% with BESPONSA vs 29.4% with standard "
          "chemotherapy.\n",
    # a baseline table: its rows are the baseline shares the library holds
    BES + "| Baseline | BESPONSA | SC |\n|---|---|---|\n| Ph+ | 13.4% | 17.3% |\n",
    # a grade the library holds for the event and population
    BES + "Grade 3/4 increases in AST 4%, ALT 4% and total bilirubin 5% with BESPONSA.\n",
])
def test_backed_or_defining_figures_stay_clean(lint_piece, text):
    assert _found(lint_piece, text) == []


def test_a_wrong_value_of_a_held_grade_stays_a_mismatch(lint_piece):
    text = BES + "Grade 3/4 increases in AST 7%, ALT 4% and total bilirubin 5% with BESPONSA.\n"
    assert [r for r, _ in _found(lint_piece, text)] == ["V001"]
