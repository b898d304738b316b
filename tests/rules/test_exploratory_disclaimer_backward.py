"""F002: a disclaimer given once, after the figures, for what came before ("the results above are
from a post hoc analysis; they are exploratory", "all of the preceding figures are exploratory")
covers the claims before it back to the previous heading or section break; a bold question or a
label line between them does not end it. It does not reach across a heading, and a sentence that
only looks back ("the results above are striking") covers nothing. Texts written for this test
(a Q&A interview, plain paragraphs, HTML), with figures of the shipped claims library (the post
hoc MRD analysis: median OS 14.1 vs 7.2 months; 45.7% MRD-negative after cycle 1)."""

from __future__ import annotations

import textwrap

import pytest

from rulepack_helpers import EU_INDICATION

IND = EU_INDICATION


@pytest.fixture
def linter(full_linter):
    return full_linter


def f002(lint_piece, body, name="piece.md"):
    text = textwrap.dedent(body).lstrip() + f"\n{IND}\n"
    if name.endswith(".html"):
        text = f"<html><body>\n<!-- Market: EU -->\n{text}\n</body></html>\n"
    market = "EU" if name.endswith(".md") else None
    if name.endswith(".txt"):
        text = "Market: EU\n\n" + text
    return [f for f in lint_piece(text, name, market=market, rules="F002", lint_file=True)]


BACKWARD = [
    "*The cycle-by-cycle and MRD-by-survival results above are from a post hoc analysis. They are exploratory "
    "and hypothesis-generating only, and the study was not powered to test them.*",
    "All of the preceding figures come from post hoc analyses; they are exploratory and should be interpreted "
    "with caution.",
    "Note: the findings presented above are exploratory (post hoc) and were not powered for comparison.",
]

QA = """\
# Five questions on MRD with BESPONSA

**Q: How quickly do patients reach MRD negativity?**

A: Quickly. In the post hoc MRD analysis, 42 of 92 MRD-negative responders (45.7%) got there after the
first cycle of BESPONSA. Most of the rest followed in the second cycle. Very few needed a third.

**Q: Does MRD status relate to survival?**

A: It does. Median OS was 14.1 months in MRD-negative responders. It was 7.2 months in those who stayed
MRD-positive. The difference was large. Both groups were followed for the same time.

{disclaimer}
"""


@pytest.mark.parametrize("disclaimer", BACKWARD)
def test_a_closing_disclaimer_covers_the_answers_above(linter, lint_piece, disclaimer):
    assert f002(lint_piece, QA.format(disclaimer=disclaimer)) == []


def test_without_it_the_claims_are_reported(linter, lint_piece):
    assert f002(lint_piece, QA.format(disclaimer="Thank you for reading."))


PLAIN = """\
MRD and survival with BESPONSA

In a post hoc analysis, median overall survival was 14.1 months in MRD-negative responders to BESPONSA.
Patients who stayed MRD-positive had a median overall survival of 7.2 months.
The curves separated early. They stayed apart for two years. Follow-up was similar in both groups.
Most deaths were from relapse.

{disclaimer}
"""


@pytest.mark.parametrize("disclaimer", BACKWARD[1:])
def test_plain_text_paragraphs(linter, lint_piece, disclaimer):
    assert f002(lint_piece, PLAIN.format(disclaimer=disclaimer), name="piece.txt") == []


def test_html(linter, lint_piece):
    body = ("<h1>MRD and survival with BESPONSA</h1>\n"
            "<p>In a post hoc analysis, median overall survival was 14.1 months in MRD-negative responders to "
            "BESPONSA.</p>\n<p>Patients who stayed MRD-positive had a median overall survival of 7.2 months.</p>\n"
            "<p>The curves separated early. They stayed apart for two years. Follow-up was similar.</p>\n"
            "<p><em>The results above are from a post hoc analysis; they are exploratory.</em></p>\n")
    assert f002(lint_piece, body, name="piece.html") == []


def test_it_does_not_reach_across_a_heading(linter, lint_piece):
    body = """\
    # MRD with BESPONSA

    ## Survival

    In a post hoc analysis, median overall survival was 14.1 months in MRD-negative responders.
    Patients who stayed MRD-positive had a median overall survival of 7.2 months.
    The curves separated early. They stayed apart for two years. Follow-up was similar in both groups.

    ## Safety

    Hepatotoxicity was monitored throughout. Liver tests were done before each dose. Doses were held for
    raised bilirubin. The results above are from a post hoc analysis; they are exploratory.
    """
    assert f002(lint_piece, body)


def test_a_look_back_without_the_caveat_covers_nothing(linter, lint_piece):
    assert f002(lint_piece, QA.format(disclaimer="The results above are striking, and they come from the trial."))
