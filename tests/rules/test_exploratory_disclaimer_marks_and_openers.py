"""Where an exploratory caveat stands decides what it covers (F002, F007), in three forms writers
use and the scope of sentences did not read:

- a result pointed by a footnote mark to its own footnote is covered by a marked footnote only
  when the footnote opens with its mark (``require.footnote_by_mark``): a caveat under "‡" speaks
  for the "‡" results, not for a "†" result whose footnote is gone. Digits, which also cite
  references, point to no caveat; a caveat that is no footnote covers as before;
- a caveat that opens a section, before any of its results ("> Post hoc analysis, not powered …"
  under its heading), covers the section's results however many sentences on;
- a footnote mark after a sentence's full stop ("… interpret with caution.³") does not make the
  sentence a heading-like line that cuts the section.

Texts written for this test."""

from __future__ import annotations

import textwrap


def _lines(lint_piece, linter_for, body: str, code: str, market: str = "EU") -> list[int]:
    text = textwrap.dedent(body).lstrip()
    return [f.line for f in lint_piece(text, linter=linter_for(market), rules=code)]


# ------------------------------------------------------------------ a caveat under another mark
_ODDS = """\
    Market: EU

    OUTCOMES AFTER TRANSPLANT WITH BESPONSA
    Liver events. Hepatic VOD was the main concern after transplant in the BESPONSA arm.
    Predictors.\u2020 Conditioning with two alkylating agents (OR 8.61; 95% CI 1.52-48.86) and a
    prior transplant (OR 6.02; 95% CI 1.17-31.00) went with a higher VOD risk.
    Survival.\u2021 Across two pooled studies, 51% of BESPONSA patients who went to transplant were
    alive at two years.

    NOTES
    {dagger}\u2021 A post hoc analysis pooling two studies of different design; the results are descriptive
    and should be interpreted with caution.
"""


def test_a_result_whose_own_footnote_is_gone_is_not_covered_by_another_marks_caveat(lint_piece, linter_for):
    assert _lines(lint_piece, linter_for, _ODDS.format(dagger=""), "F007") == [5]


def test_a_result_with_its_own_caveat_footnote_is_covered(lint_piece, linter_for):
    dagger = ("\u2020 A multivariable model fitted after the trial; exploratory, not powered, interpret "
              "with caution.\n    ")
    assert _lines(lint_piece, linter_for, _ODDS.format(dagger=dagger), "F007") == []


def test_a_caveat_that_is_no_footnote_still_covers_a_marked_result(lint_piece, linter_for):
    body = _ODDS.format(dagger="").replace(
        "    NOTES\n", "    All results in this piece are exploratory and should be read with caution.\n\n    NOTES\n")
    assert _lines(lint_piece, linter_for, body, "F007") == []


def test_a_citation_digit_is_no_mark_that_binds_a_result_to_a_footnote(lint_piece, linter_for):
    # "¹" cites a paper: the caveat footnote under "*" speaks for the section as before
    body = """\
        Market: EU

        ## Risk of VOD after transplant

        With BESPONSA, a prior transplant went with a higher risk of VOD (OR 6.02; 95% CI 1.17-31.00).\u00b9

        * Multivariable, exploratory analysis; not powered for these comparisons.

        1. Kebriaei P et al. Bone Marrow Transplant 2018.
    """
    assert _lines(lint_piece, linter_for, body, "F007") == []


# ------------------------------------------------------------------ a caveat opening its section
_OPENER = """\
    ---
    market: EU
    ---
    # BESPONSA: a closer look at remission depth

    ## Session 3: depth of remission

    {caveat}

    Among BESPONSA responders, median overall survival was 14.1 months if MRD-negative.
    MRD-positive responders had a median overall survival of 7.2 months.
    Progression-free survival ran the same way.
    Most responders reached this state quickly.
    In first salvage, median overall survival was 15.6 vs 6.9 months by MRD status.

    ## Session 4: planning

    Discuss transplant early.
"""


def test_a_caveat_opening_the_section_covers_its_results_beyond_three_sentences(lint_piece, linter_for):
    caveat = ("> From a post hoc analysis that was not prespecified or powered for these comparisons; "
              "treat the findings as hypothesis-generating.")
    assert _lines(lint_piece, linter_for, _OPENER.format(caveat=caveat), "F002") == []


def test_without_the_opening_caveat_the_section_is_reported(lint_piece, linter_for):
    assert _lines(lint_piece, linter_for, _OPENER.format(caveat="Speaker: a haematologist."), "F002") == [10]


def test_a_caveat_in_another_section_opens_nothing_here(lint_piece, linter_for):
    body = _OPENER.format(caveat="Speaker: a haematologist.").replace(
        "    Discuss transplant early.\n",
        "    Post hoc analyses are not powered; treat them as hypothesis-generating.\n")
    assert _lines(lint_piece, linter_for, body, "F002") == [10]


def test_a_caveat_after_the_first_result_does_not_reach_back_over_the_section(lint_piece, linter_for):
    # a caveat after a result is no opener: it covers the results near it, not a later paragraph's
    body = _OPENER.format(caveat="Speaker: a haematologist.").replace(
        "    Progression-free survival ran the same way.\n",
        "    Post hoc comparisons are not powered; interpret them with caution.\n"
        "    Progression-free survival ran the same way.\n    Responses came early.\n    Few relapsed.\n\n")
    assert _lines(lint_piece, linter_for, body, "F002") == [18]


# ------------------------------------------------------------------ a mark after the full stop
def test_a_mark_after_a_caveats_full_stop_keeps_it_in_its_paragraph(lint_piece, linter_for):
    body = """\
        Market: EU

        ## Screen 5: what the post hoc data suggest

        These come from post hoc analyses of INO-VATE ALL. They were not powered for these differences; interpret them with caution.\u00b3
        With BESPONSA, MRD-negative responders had a median overall survival of 14.1 months vs 7.2 months if MRD-positive.\u00b3 The hazard ratio without transplant was 0.47 (97.5% CI 0.23-0.98).\u00b3
        In first salvage, MRD negativity was more common than in second salvage.\u00b3 Of the responders, most stayed MRD-negative.\u00b3 Medians in first salvage were 15.6 vs 6.9 months.\u00b3
    """
    assert _lines(lint_piece, linter_for, body, "F002") == []
