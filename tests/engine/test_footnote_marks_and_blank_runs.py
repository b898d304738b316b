"""Footnote marks after a full stop, lists of marks in one superscript, and blank runs inside a
sentence (what a Word or HTML export leaves): the not-met statement is read the same as in plain
prose. Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.documents.text import footnote_mark
from claimcheck.sentences import sentence_spans


def sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text,first", [
    ("Survival, the primary endpoint, was not met.\u00b2\nMedian survival was 7.7 months.", "Survival, the primary endpoint, was not met."),
    ("Remission was 80.7% (p<0.001).\u00b9* Among responders, 78.4% were MRD-negative.", "Remission was 80.7% (p<0.001)."),
    ("Rates were alike.\u2020\u2021 The table follows.", "Rates were alike."),
    ("It was reported.\u00b9,\u00b3 Next comes the box.", "It was reported."),
])
def test_a_sentence_ends_after_its_footnote_marks(text, first):
    assert sentences(text)[0] == first and len(sentences(text)) == 2


@pytest.mark.parametrize("text", [
    "**Safety.** The product can cause harm.",      # a bold label, not a sentence end
    "The value was 3.5.\u00b2 Next",                 # a decimal before the stop
])
def test_what_is_not_a_footnote_mark_after_a_stop(text):
    assert len(sentences(text)) == 1


def test_footnote_lines_that_end_with_a_citation_mark_are_separate():
    text = ("\u1d47   Intention-to-treat population; median follow-up 29.6 months.\u00b2   \n"
            "\u1d9c   The primary endpoint of overall survival was not met.\u00b2")
    assert len(sentences(text)) == 2


@pytest.mark.parametrize("marker,prev,nxt,width,expected", [
    ("b,c", "S", "<", 14, (14 - 3, "\u1d47,\u1d9c")),     # after a word: at the end of the tag
    ("a, b", " ", " ", 16, (0, "\u1d43,\u1d47")),          # no word before: at the start
    ("\u2020,\u2021", "l", "<", 12, (0, "\u2020,\u2021")),  # symbols glue to what they mark
    ("1,2", ")", " ", 14, (0, "\u00b9,\u00b2")),
    ("2-4", ")", " ", 14, None),                           # a range: a citation, dropped
    ("b,12", "S", "<", 14, None),                          # a two-digit number: dropped
])
def test_a_list_of_marks_in_one_superscript_is_kept(marker, prev, nxt, width, expected):
    assert footnote_mark(marker, prev, nxt, 0, width) == expected


EMAIL = """<html><body>
<p>Market: EU</p>
<p>BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.</p>
<table>
<thead><tr><th>Endpoint</th><th>BESPONSA</th><th>Chemotherapy</th></tr></thead>
<tbody>
<tr><td>Median overall survival<sup>a,b</sup></td><td>7.7 months</td><td>6.2 months</td></tr>
<tr><td>2-year survival<sup>a,b</sup></td><td>22.8%</td><td>10.0%</td></tr>
</tbody>
</table>
<p><sup>a</sup> Intention-to-treat population (N=326).<sup>1</sup><br>
<sup>b</sup> Overall survival did not reach statistical significance (prespecified one-sided boundary p=0.0104).<sup>1</sup></p>
</body></html>
"""


def test_a_not_met_footnote_tied_by_a_list_of_marks(lint_piece, full_linter):
    assert lint_piece(EMAIL, "email.html", rules="F001", linter=full_linter) == []
    without = EMAIL.replace("<sup>b</sup> Overall survival did not reach statistical significance "
                            "(prespecified one-sided boundary p=0.0104).", "<sup>b</sup> Data on file.")
    assert lint_piece(without, "email.html", rules="F001", linter=full_linter) != []


@pytest.mark.parametrize("gap", [" ", "            ", "\t\t"])
def test_blank_runs_before_the_statement_do_not_hide_it(lint_piece, full_linter, gap):
    text = (f"Market: EU\n\nBESPONSA in INO-VATE ALL.\n\n\u2020{gap}The primary endpoint of overall survival "
            "was not met (one-sided p=0.0105).\u00b9\n")
    assert lint_piece(text, "note.txt", rules="F001", linter=full_linter) == []
