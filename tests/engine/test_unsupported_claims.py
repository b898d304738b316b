"""U001 (checks/unsupported.py), issue 11 class 3: a number about the product's efficacy or safety
that no entry of the claims library backs is unsupported, whatever its kind and layout; a number
that only defines something is not a claim. Texts written for this file (not benchmark sentences)."""

from __future__ import annotations

import pytest


def _u001(lint_piece, text: str, name: str = "piece.md") -> list[tuple[int, str]]:
    return sorted((f.line, f.found or "") for f in lint_piece(text, name, rules="U001"))


BESPONSA_HEAD = ("BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL\n\nKey results:\n\n"
                 "- CR/CRi: 80.7% with BESPONSA vs 29.4% with standard chemotherapy\n")


@pytest.mark.parametrize("row", [
    # the outcome its own label names has entries, none with this figure; the figure is one the
    # library holds for another outcome (post-HSCT non-relapse mortality 39%, 23%), not named here
    "- Treatment discontinuation due to AEs: 39%\n",
    "- Infections of grade 3 or worse: 23%\n",
])
def test_a_row_naming_its_outcome_is_not_excused_by_another_outcomes_figure(lint_piece, row):
    assert _u001(lint_piece, BESPONSA_HEAD + row) == [(6, row.rsplit(" ", 1)[1].strip())]


def test_the_carried_arm_is_not_named_as_the_figures_arm(lint_piece):
    (f,) = lint_piece(BESPONSA_HEAD + "- Infections of grade 3 or worse: 23%\n", rules="U001")
    assert "standard chemotherapy" not in f.message and "the product" in f.message


def test_a_figure_of_an_endpoint_in_its_library_words_is_backed(lint_piece):
    # "complete remission" is the CR rate endpoint's (reference/xospata.yaml); 21.1% and 10.5% are its entry's
    text = ("XOSPATA (gilteritinib) in ADMIRAL\n\nResponse, XOSPATA vs salvage chemotherapy:\n\n"
            "- Complete remission: 21.1% vs 10.5%\n- CR ........ 21.1% vs 10.5%\n")
    assert _u001(lint_piece, text) == []


XOSPATA_HEAD = ("XOSPATA (gilteritinib) in ADMIRAL\n\n"
                "Alive at one year: 37.1% with XOSPATA vs 16.7% with salvage chemotherapy.\n\n")


@pytest.mark.parametrize("text,line", [
    # a change in an outcome no entry holds, whose number happens to be another entry's (37.1% one-year survival)
    (XOSPATA_HEAD + "Across the trial, XOSPATA cut the rate of relapse after transplant by 37%.\n", 5),
    (XOSPATA_HEAD + "- Relapse after stem cell transplant lowered by 37%\n", 5),
    # the same, in a sentence whose other figure names an endpoint of the library (VOD 14%)
    (BESPONSA_HEAD + "\nVOD was reported in 14% of BESPONSA patients, and BESPONSA lowered relapse after "
                     "transplant by 14%.\n", 7),
])
def test_a_change_by_n_percent_matched_to_another_outcome_is_unsupported(lint_piece, text, line):
    assert (line, "37%" if "37%" in text else "14%") in _u001(lint_piece, text)


def test_a_change_by_n_percent_of_the_outcome_the_library_holds_is_not_flagged(lint_piece):
    # the hazard ratio's relative change is A005's to judge; U001 stays silent
    text = XOSPATA_HEAD + "XOSPATA reduced the risk of death by 36% (HR 0.64).\n"
    assert _u001(lint_piece, text) == []


def test_a_figure_the_library_holds_in_words_it_lacks_is_not_invented(lint_piece):
    # "alive at one year" is not a term of the library's OS endpoint, but 37.1% is its entry's figure
    assert _u001(lint_piece, XOSPATA_HEAD) == []


@pytest.mark.parametrize("row,found", [
    # an endpoint the XOSPATA library does not declare, by its usual abbreviation
    ("- mPFS: 6.3 vs 2.2 months\n", "6.3 months"),
    # a time to an outcome the library holds only as a rate
    ("- Time to complete remission, median: 2.4 months\n", "2.4 months"),
])
def test_an_outcome_the_library_holds_no_figure_of_is_unsupported(lint_piece, row, found):
    assert (5, found) in _u001(lint_piece, XOSPATA_HEAD + row)


@pytest.mark.parametrize("row", [
    # a duration that bounds a group, and a schedule, are not outcome claims
    "- Responses were assessed in patients whose complete remission lasted 6 months or longer.\n",
    "- Complete remission at any time (patients treated for at least 4 months).\n",
])
def test_a_bounding_duration_is_not_an_outcome(lint_piece, row):
    assert _u001(lint_piece, XOSPATA_HEAD + row) == []


def test_a_number_in_running_prose_that_the_library_holds_stays_excused(lint_piece):
    # prose about another data set: its figures may be anyone's; the row rule does not reach it
    text = (BESPONSA_HEAD + "\nIn an older cooperative-group series, adults whose first remission was long had a "
            "2-year survival rate of 39%, compared with 23% in those who relapsed early.\n")
    assert [x for x in _u001(lint_piece, text) if x[0] == 7] == []
