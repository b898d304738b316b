"""F002: a caveat given in the sentence of a result of its own that is none of the rule's
triggers ("At two years 22.8% were alive; this is a descriptive figure") labels that result. In
another section, across a heading, it does not cover a post hoc or subgroup result that follows
or precedes it within 3 sentences: that result needs its own caveat. Within one section such a
sentence is still read by distance, and a caveat of its own (no result in it) keeps its reach.
Texts written for this test; figures of the shipped BESPONSA library (OS by MRD status is post
hoc, CR/CRi in first salvage a subgroup result, the 2-year OS rates descriptive)."""

from __future__ import annotations

import pytest

from rulepack_helpers import EU_INDICATION

TAIL = f"\n\n{EU_INDICATION}\n"
FRONT_MATTER = 3

RATE = ("Two years after randomisation 22.8% of BESPONSA patients and 10.0% of chemotherapy patients were "
        "alive; this is a descriptive figure only.")
RATE_PLAIN = "Two years after randomisation 22.8% of BESPONSA patients and 10.0% of chemotherapy patients were alive."
POST_HOC = ("In a post hoc look at responders, median survival reached 14.1 months when the best response was "
            "MRD-negative, against 7.2 months for those who stayed MRD-positive.")
SUBGROUP = "Among patients in first salvage, 87.7% achieved CR/CRi with BESPONSA."
OWN = "All survival figures are descriptive and should be read with caution."


@pytest.fixture
def linter(full_linter):
    return full_linter


def f002_lines(lint_piece, text, name):
    return [f.line for f in lint_piece(text + TAIL, name=name, rules="F002", market="EU")]


def line_of(text, words):
    lines = text.splitlines()
    return lines.index(next(x for x in lines if words in x)) + 1 + FRONT_MATTER


def markdown(first, second, claim):
    return f"# Survival and response\n\n## Survival\n\n{first} {second}\n\n## After the response\n\n{claim}\n"


def html(first, second, claim):
    return (f"<html><body>\n<h1>Survival and response</h1>\n<h2>Survival</h2>\n<p>{first} {second}</p>\n"
            f"<h2>After the response</h2>\n<p>{claim}</p>\n</body></html>")


def plain(first, second, claim):
    return f"SURVIVAL AND RESPONSE\n\nSURVIVAL\n\n{first} {second}\n\nAFTER THE RESPONSE\n\n{claim}\n"


LAYOUTS = [(markdown, "piece.md"), (html, "piece.html"), (plain, "piece.txt")]


@pytest.mark.parametrize("layout,name", LAYOUTS)
@pytest.mark.parametrize("claim,words", [(POST_HOC, "14.1"), (SUBGROUP, "87.7%")])
def test_a_caveat_on_another_sections_result_does_not_cover(lint_piece, layout, name, claim, words):
    text = layout("The overall survival primary endpoint was not met.", RATE, claim)
    assert f002_lines(lint_piece, text, name) == [line_of(text, words)]


@pytest.mark.parametrize("layout,name", LAYOUTS)
def test_the_same_caveat_after_the_result_in_the_next_section_does_not_cover(lint_piece, layout, name):
    text = layout(RATE, "The overall survival primary endpoint was not met.", POST_HOC)
    text = text.replace(POST_HOC, f"{POST_HOC} These responder figures are shown for context.")
    assert f002_lines(lint_piece, text, name) == [line_of(text, "14.1")]


@pytest.mark.parametrize("layout,name", LAYOUTS)
def test_a_caveat_of_its_own_in_the_claims_section_covers(lint_piece, layout, name):
    text = layout("The overall survival primary endpoint was not met.", RATE_PLAIN, f"{POST_HOC} {OWN}")
    assert f002_lines(lint_piece, text, name) == []


def test_within_one_section_the_result_caveat_still_reads_by_distance(lint_piece):
    text = f"# Survival\n\nThe overall survival primary endpoint was not met. {RATE} {POST_HOC}\n"
    assert f002_lines(lint_piece, text, "piece.md") == []
