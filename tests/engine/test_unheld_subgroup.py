"""U001 for a figure of the product said of a subgroup the claims library holds no entry for
("Within the subset of adults with Ph-positive disease, ... 58.0%"): before, it was compared
with the all-patients entry (V001) or, with both arms named in its sentence, passed. A subgroup
the library holds (first salvage) stays a value comparison; another trial's subgroup, in a
sentence that does not name the product, is not judged here."""

from __future__ import annotations

import pytest

HEAD = ("BESPONSA (inotuzumab ozogamicin) for adults with relapsed or refractory B-cell precursor ALL.\n\n"
        "In INO-VATE ALL, CR/CRi was reached by 80.7% of BESPONSA patients and 29.4% of chemotherapy patients "
        "(first 218 randomized).\n\n")


def _found(lint_piece, body: str) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(HEAD + body + "\n", "piece.txt", rules="U001"))


@pytest.mark.parametrize("body", [
    # a population the library holds named earlier in the sentence, the subgroup in the figure's clause
    "Most patients were treated in first salvage; among patients with Ph-positive disease, BESPONSA gave "
    "CR/CRi in 47.5%.",
    # both arms named, the subgroup figure after them
    "CR/CRi with BESPONSA exceeded chemotherapy overall. Among patients with Ph+ disease, 44.2% of them "
    "reached CR/CRi on BESPONSA vs chemotherapy.",
    "Within the subset of adults with Ph-positive disease, BESPONSA yielded CR/CRi in 58.0%.",
    "Among women, CR/CRi with BESPONSA reached 91.4%.",
    # both arms named in the sentence: the arm is unsure, the figure is still invented
    "BESPONSA beat chemotherapy on CR/CRi, and in patients with Philadelphia chromosome-positive disease 61.5% "
    "of those on BESPONSA responded.",
])
def test_a_figure_of_a_subgroup_the_library_lacks_is_unsupported(lint_piece, body):
    assert ("U001", 5) in _found(lint_piece, body)


@pytest.mark.parametrize("body", [
    # a subgroup the library holds: a value comparison, not an invented figure
    "For patients in first salvage, CR/CRi with BESPONSA was 87.7%.",
    # another trial's subgroup, the product not named
    "In an older registry, patients aged over 60 had a 2-year survival rate of 31%.",
    # a design word that names no subgroup
    "At the final data cut, 80.7% of BESPONSA patients had reached CR/CRi.",
])
def test_a_held_subgroup_or_another_trials_is_not_unsupported_here(lint_piece, body):
    assert ("U001", 5) not in _found(lint_piece, body)


def test_an_outcome_figure_equal_to_a_baseline_figure_by_chance_is_still_unsupported(lint_piece):
    """12.6% is the library's share of ECOG 2 patients at baseline; said of stopping treatment for an
    adverse reaction, an outcome the library holds no figure for, it is not that entry's figure in
    other words (a decimal figure of an outcome entry still is: see test_unsupported_claims)."""
    body = "Permanent withdrawal of BESPONSA after an adverse reaction occurred in 12.6% of patients."
    assert [f.line for f in lint_piece(HEAD + body + "\n", "piece.txt", rules="U001")] == [5]


def test_an_outcome_line_inside_an_arm_list_takes_no_arm_from_the_next_line(lint_piece):
    """List lines with no full stop run into one sentence; the comparator named on the next line is
    not the arm of a line that names none, so an invented outcome figure there is the product's."""
    body = ("Went on to transplant (ITT):\n"
            "   BESPONSA ......................... 48.2%\n"
            "   Length of hospital stay 16 days (4 days fewer)\n"
            "   Standard chemotherapy ............ 21.6%")
    assert 7 in [f.line for f in lint_piece(HEAD + body + "\n", "piece.txt", rules="U001")]
