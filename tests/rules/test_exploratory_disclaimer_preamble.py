"""F002: a preamble's disclaimer for what follows ("The information below comes from a post hoc
analysis ... the results are exploratory"), given before the document's first result in a block
that gives none (the summary over a medical-information response's numbered sections, an
introduction), covers the post hoc results of every section after it, past their headings. Without
a word for what follows ("These analyses are exploratory" in the introduction) it speaks for the
next block only, as before; a forward disclaimer in a section that gives results of its own, or
one placed after the document's first result, keeps to its passage. Texts written for this test,
in plain text, Markdown and HTML; figures of the shipped BESPONSA library (the MRD analysis of
INO-VATE ALL is post hoc)."""

from __future__ import annotations

import pytest

from rulepack_helpers import eu_f002_lines


@pytest.fixture
def linter(full_linter):
    return full_linter


f002 = eu_f002_lines


def line_of(text, words):
    return next(n for n, line in enumerate(text.splitlines(), 1) if words in line)


#: (file name, text with {preamble}): a preamble, a section of randomised results, then the post
#: hoc MRD results two headings below the preamble
LAYOUTS = {
    "plain-text": ("letter.txt", """\
MEDICAL INFORMATION LETTER: BESPONSA AND MRD NEGATIVITY

YOUR QUESTION
Thank you for your enquiry. You asked how MRD status related to outcomes with
BESPONSA. We searched the published literature and our clinical study reports. One
publication answers the question. {preamble}

1. THE RANDOMISED TRIAL
   The trial enrolled adults with relapsed or refractory ALL. Response was assessed
   centrally. CR/CRi was reached by 80.7% of BESPONSA patients and 29.4% with chemotherapy.

2. MRD STATUS
   Among BESPONSA responders, median overall survival was 14.1 months with MRD
   negativity and 7.2 months without it.
"""),
    "markdown": ("reply.md", """\
# BESPONSA and MRD negativity

## Summary

You asked how MRD status related to outcomes with BESPONSA. {preamble}

## 1. The randomised trial

The trial enrolled adults with relapsed or refractory ALL. Response was assessed centrally. CR/CRi was
reached by 80.7% of BESPONSA patients and 29.4% with chemotherapy.

## 2. MRD status

Among BESPONSA responders, median overall survival was 14.1 months with MRD negativity and 7.2 months
without it.
"""),
    "html": ("reply.html", """\
<h1>BESPONSA and MRD negativity</h1>
<h2>Summary</h2>
<p>You asked how MRD status related to outcomes with BESPONSA. {preamble}</p>
<h2>1. The randomised trial</h2>
<p>The trial enrolled adults with relapsed or refractory ALL. Response was assessed centrally. CR/CRi was
reached by 80.7% of BESPONSA patients and 29.4% with chemotherapy.</p>
<h2>2. MRD status</h2>
<p>Among BESPONSA responders, median overall survival was 14.1 months with MRD negativity and 7.2 months
without it.</p>
"""),
}

PREAMBLES = [
    # the forward words in one sentence, the caveat in the next
    "The information below comes from a post hoc analysis. Because it was not prespecified, its "
    "results are exploratory and hypothesis-generating.",
    "The evidence summarised below is post hoc and should be interpreted with caution.",
    "Everything that follows is from an exploratory analysis that was not powered for comparison.",
    "The following information is exploratory: the analysis was not prespecified.",
]


@pytest.mark.parametrize("preamble", PREAMBLES)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_preamble_for_what_follows_covers_the_later_sections(lint_piece, layout, preamble):
    name, text = LAYOUTS[layout]
    assert f002(lint_piece, text.replace("{preamble}", preamble), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_without_the_preamble_the_post_hoc_section_is_flagged(lint_piece, layout):
    name, text = LAYOUTS[layout]
    text = text.replace("{preamble}", "A summary of the data follows.")
    assert f002(lint_piece, text, name) != []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_preamble_caveat_without_forward_words_reaches_the_next_block_only(lint_piece, layout):
    name, text = LAYOUTS[layout]
    text = text.replace("{preamble}", "These analyses are exploratory and were not powered.")
    assert f002(lint_piece, text, name) != []


def test_a_forward_disclaimer_after_the_first_result_keeps_to_the_next_block(lint_piece):
    # not a preamble: the randomised results come before it
    text = """\
# BESPONSA and MRD negativity

## 1. The randomised trial

The trial enrolled adults with relapsed or refractory ALL. Response was assessed centrally. CR/CRi was
reached by 80.7% of BESPONSA patients and 29.4% with chemotherapy.

## 2. A note

The information below comes from a post hoc analysis and is exploratory.

## 3. Time to remission

Most responders reached remission within the first cycles of treatment.

## 4. MRD status

Among BESPONSA responders, median overall survival was 14.1 months with MRD negativity and 7.2 months
without it.
"""
    assert f002(lint_piece, text) != []


def test_a_forward_disclaimer_in_a_section_with_results_keeps_to_its_section(lint_piece):
    text = """\
# BESPONSA and MRD negativity

## Summary

The information below comes from a post hoc analysis and is exploratory. In that post hoc analysis,
BESPONSA responders reached MRD negativity in 78.4% of cases versus 28.1% with chemotherapy.

## MRD status

The analysis looked at responders only. Their MRD status was tested centrally. Samples were taken at
each cycle. Among BESPONSA responders, median overall survival was 14.1 months with MRD negativity and
7.2 months without it.
"""
    assert f002(lint_piece, text) == [line_of(text, "median overall survival was 14.1")]
