"""An exploratory disclaimer is recognised by its concepts, whatever its wording: no hypothesis
tested, a non-randomised comparison, descriptive … (F002). A disclaimer further than the rule's
three sentences still does not cover the figure. Texts written for this test, in several layouts."""

from __future__ import annotations

import pytest

OPENING = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
           "acute lymphoblastic leukemia (ALL) in adults and pediatric patients 1 year and older.")
BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY")
BOX_TEXT = ("Liver injury, VOD among it, proved fatal or life-threatening in some patients. Death not caused by "
            "relapse after HSCT was more frequent with BESPONSA.")
FIGURE = ("Looking back at INO-VATE ALL after it closed (post hoc), BESPONSA responders who cleared MRD "
          "survived a median of 14.1 months.")
FILLER = ["Most of them had received one earlier salvage regimen.", "Their baseline blast counts were alike.",
          "Cycle numbers did not differ much.", "Median age was in the mid-forties."]


def f002(lint_piece, linter_for, text, name):
    return lint_piece(text, name, linter=linter_for("US"), rules="F002", lint_file=True)


def markdown(section):
    return (f"---\nmarket: US\n---\n# MRD and survival\n\n{OPENING}\n\n**{BOX}**\n\n{BOX_TEXT}\n\n"
            f"## Survival by MRD status\n\n" + "\n\n".join(section) +
            "\n\n## More\n\nPlease see the full Prescribing Information, including BOXED WARNING.\n")


def plain(section):
    return (f"Market: US\nMRD and survival\n\n{OPENING}\n\n{BOX}\n{BOX_TEXT}\n\nSURVIVAL BY MRD STATUS\n"
            + "\n\n".join(section) + "\n\nPlease see the full Prescribing Information, including BOXED WARNING.\n")


LAYOUTS = {"md": (markdown, "piece.md"), "txt": (plain, "piece.txt")}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("disclaimer", [
    "No hypothesis was tested, and the two groups were compared descriptively.",
    "Formal hypothesis testing was not done: no hypothesis testing was planned for MRD groups.",
    "MRD groups were not randomized, so the comparison is only suggestive.",
    "It is a non-randomised comparison; read it with that in mind.",
])
def test_a_disclaimer_in_other_words_next_to_the_figure(lint_piece, linter_for, layout, disclaimer):
    make, name = LAYOUTS[layout]
    assert f002(lint_piece, linter_for, make([FIGURE, disclaimer]), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_single_disclaimer_far_from_the_figure_does_not_cover_it(lint_piece, linter_for, layout):
    # far from the figure, it may be another analysis's caveat
    make, name = LAYOUTS[layout]
    text = make([FIGURE, " ".join(FILLER), "The dose analysis was exploratory."])
    (f,) = f002(lint_piece, linter_for, text, name)
    assert "14.1" in f.message


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_without_a_disclaimer_the_figure_is_reported(lint_piece, linter_for, layout):
    make, name = LAYOUTS[layout]
    text = make([FIGURE, "Randomisation had assigned patients to the two arms 1:1."])
    (f,) = f002(lint_piece, linter_for, text, name)
    assert "14.1" in f.message
