"""A figure in a sentence that lists the product's adverse reactions, whose own clause names its
outcome ("treatment discontinuation for adverse events (9%)"), matches no entry: U001, although some
other outcome's entry holds the same whole number (a figure named by its own clause, as a row's
label names it, is not excused by another outcome's 9%). A held-out speaker-notes draft's invented
rate passed silently (the arm carried from the text before it, the comparator named last there,
kept it from being judged). A figure in running prose whose sentence has no figure the library backs as
the product's (another study's results) stays unjudged (issue 11)."""

from __future__ import annotations

import pytest

HEAD = ("INO-VATE ALL compared BESPONSA (inotuzumab ozogamicin) with investigator's choice of chemotherapy.\n\n"
        "SLIDE 7: Warnings and precautions\n\n")

LISTS = [
    "Speaker notes: Cover myelosuppression (thrombocytopenia 51%, neutropenia 49%, febrile neutropenia 26% in adults), "
    "infusion-related reactions (2%){extra}, QT interval prolongation, and embryo-fetal toxicity.",
    "Safety highlights: thrombocytopenia 51%, neutropenia 49%{extra}; monitor blood counts before each dose.",
    "Key adverse reactions were thrombocytopenia (51%), neutropenia (49%) and febrile neutropenia (26%){extra}.",
]
EXTRAS = [", treatment discontinuation for adverse events (9%)", ", with discontinuation due to adverse events in 9%"]


def _u001(lint_piece, text):
    return [f.line for f in lint_piece(HEAD + text + "\n", "notes.txt", rules="U001")]


@pytest.mark.parametrize("extra", EXTRAS)
@pytest.mark.parametrize("text", LISTS)
def test_invented_rate_in_a_backed_list_is_unsupported(lint_piece, text, extra):
    assert _u001(lint_piece, text.format(extra=extra)) == [5]


@pytest.mark.parametrize("text", LISTS)
def test_backed_list_alone_is_clean(lint_piece, text):
    assert _u001(lint_piece, text.format(extra="")) == []


def test_another_studys_prose_figure_stays_unjudged(lint_piece):
    text = ("In a post hoc analysis of four cooperative-group trials, patients with a first remission longer than "
            "2 years had a 2-year survival rate of 36%, compared with 17% in those who relapsed earlier.")
    assert _u001(lint_piece, text) == []
