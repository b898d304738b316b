"""Sentence starts only the lines show (sentences.py line_sentence_starts), used by both
sentence splitters: a plain line after a bullet item, a heading or label line before its text.
Lines wrapped inside a paragraph stay joined."""

from __future__ import annotations

import pytest

from claimcheck.checks.packs.text import TextIndex
from claimcheck.sentences import line_sentence_starts


def _lines_started(text: str) -> list[str]:
    """The lines at which a line-level sentence start lies."""
    return [text[s:].split("\n", 1)[0] for s in line_sentence_starts(text)]


def test_a_plain_line_after_a_bullet_item_ends_the_item():
    text = ("Recommended:\n\n  \u2022 For adults with Ph+ disease: Category 2A\n"
            "Review recommendations\nBESPONSA is approved to treat ALL\n")
    assert _lines_started(text) == ["Review recommendations", "BESPONSA is approved to treat ALL"]


@pytest.mark.parametrize("text", [
    "- an item that wraps\n  onto an indented line\n",              # hanging indent: continuation
    "\u2022 an item that wraps\nonto a line in lower case\n",        # lower-case continuation
    "\u2022 For adults with relapsed or refractory disease and\nPh+ disease\n",  # ends with a connective
    # a wrapped item going on with an abbreviation or a bracket (as PDF text of seed 001 does)
    "\u2013 higher remission rates when used for first salvage: 87.7%\nCR/CRi (95% CI, 77.9-94.2) vs 28.8%\n",
    "\u2022 Median OS was 7.7 months\n(95% CI, 6.0-9.2) with BESPONSA\n",
])
def test_a_bullet_items_continuation_stays_in_the_item(text):
    assert line_sentence_starts(text) == []


def test_a_heading_line_is_not_part_of_the_next_lines_sentence():
    text = "Dosing & Administration\nBESPONSA is given in 3- to 4-week cycles.\n"
    assert _lines_started(text) == ["BESPONSA is given in 3- to 4-week cycles."]


@pytest.mark.parametrize("text", [
    # a wrapped paragraph: the short line follows a line that does not end a sentence
    "In the first 218 patients randomized, the CR/CRi rate with\nBESPONSA was higher\nThan with SC\n",
    # a short line ending with a connective or punctuation
    "CR/CRi with\nBESPONSA was 80.7%.\n",
    "Results:\nBESPONSA was 80.7%.\n",
    # a short line followed by a lower-case line
    "The median OS\nwas 7.7 months.\n",
    # a sentence wrapped (HTML source, PDF layout) just before a capitalised word: a clause, or
    # more words than a heading has
    "  Before prescribing, please read the full Summary of Product\nCharacteristics (SmPC). Report adverse events.\n",
    "Read the full prescribing information before you use Product\nX in any patient.\n",
])
def test_wrapped_lines_stay_joined(text):
    assert line_sentence_starts(text) == []


def test_rule_pack_sentences_split_there():
    text = ("  \u2022 For adults with Ph+ relapsed or refractory B-cell precursor ALL: Category 2A\n"
            "Review recommendations\nBESPONSA is approved to treat pediatric patients with CD22-positive ALL\n")
    sentences = [text[s:e] for s, e in TextIndex(text).sentences]
    assert sentences == ["\u2022 For adults with Ph+ relapsed or refractory B-cell precursor ALL: Category 2A",
                         "Review recommendations",
                         "BESPONSA is approved to treat pediatric patients with CD22-positive ALL"]


def test_the_truncated_indication_after_a_bullet_is_reported_at_its_line(full_linter):
    from claimcheck.documents.base import Document

    text = ("# BESPONSA\n\nBESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell "
            "precursor acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n"
            "  \u2022 For adults with Ph+ relapsed or refractory B-cell precursor ALL: Category 2A\n"
            "Review recommendations\n"
            "BESPONSA is FDA approved to treat pediatric patients aged 1 year and older with CD22-positive "
            "B-cell precursor ALL See pediatric data\n")
    findings = full_linter.lint_document(Document(path="d.md", text=text, metadata={"market": "US"}))
    (i001,) = [f for f in findings if f.rule == "I001"]
    assert (i001.line, i001.column) == (7, 1)
    assert i001.extra["missing"] == ["relapsed-or-refractory"]


def test_pipeline_sentences_split_there_too(linter):
    from claimcheck.pipeline import get_pipeline

    text = ("\u2022 Median OS: 7.7 months with BESPONSA\nOverall response\nCR/CRi was 80.7% with BESPONSA\n")
    nlp = get_pipeline(linter.reference.vocabulary(), tuple(sorted(linter.reference.product_arms)))
    doc = nlp(text)
    assert [text[a:b].strip() for a, b in doc._.cc_sentences] == [
        "\u2022 Median OS: 7.7 months with BESPONSA", "Overall response", "CR/CRi was 80.7% with BESPONSA"]


def test_each_table_row_is_a_sentence():
    text = "Results\n| Population | Result |\n| responders | 78.4% |\nAfter the table.\n"
    assert _lines_started(text) == ["| Population | Result |", "| responders | 78.4% |", "After the table."]
    text = "Arm | CR/CRi\nBESPONSA | 80.7%\n"   # rows of an HTML or Word table as the readers write them
    assert _lines_started(text) == ["BESPONSA | 80.7%"]
