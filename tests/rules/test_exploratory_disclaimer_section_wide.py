"""F002: a disclaimer that states its own scope as its section ("everything reported in this
section …", "the findings on this page …", "each of the analyses below …", a heading "(all post
hoc)", its section named by its label: "everything in Part B:", "all analyses in Section 3 are")
covers every claim of that section, however far, including a table under a bold or plain
sub-heading inside it: a section runs to the next heading of its level (Markdown "##", HTML
"<h2>"), or in plain text from a capitalised or underlined heading to the next one. A disclaimer
without such scope words keeps its reach of 3 sentences; one with them does not reach the next
section; and the same layouts without the disclaimer are flagged. Texts written for this test."""

from __future__ import annotations

import pytest

from rulepack_helpers import eu_f002_lines


@pytest.fixture
def linter(full_linter):
    return full_linter


f002 = eu_f002_lines


#: disclaimers that name their section (or all of what follows in it) as their scope
SCOPED = [
    "Reader's note: everything reported in this section was examined after unblinding. Such analyses are "
    "exploratory and cannot establish an effect of treatment.",
    "The findings on this page come from post hoc analyses and are hypothesis-generating only.",
    "Each of the analyses below was planned after the trial ended; they are exploratory and should be "
    "interpreted with caution.",
]
#: the same caveats without scope words: they keep their reach of a few sentences
UNSCOPED = [
    "Reader's note: the MRD results were examined after unblinding. Such analyses are exploratory and "
    "cannot establish an effect of treatment.",
    "These findings come from post hoc analyses and are hypothesis-generating only.",
]


MARKDOWN = """\
# Reading the MRD paper

## MRD and response

> {disclaimer}

- At the end of treatment, 76 of the 121 responders (63%) were MRD-negative.
- MRD was measured by a central laboratory.
- Non-responders were left out of the comparison.
- Many MRD-negative responders went on to transplant.

Transplant was not randomised. Follow-up was short in some patients. Central review confirmed most responses.

**Survival of responders, by MRD status**

| | MRD-negative | MRD-positive |
|---|---|---|
| Median OS | 14.1 months | 7.2 months |
| Median PFS | 8.6 months | 5.4 months |

## Points to discuss

- Is a responder-only comparison fair?
"""

HTML = """\
<h1>Reading the MRD paper</h1>
<h2>MRD and response</h2>
<p>{disclaimer}</p>
<p>At the end of treatment, 76 of the 121 responders (63%) were MRD-negative. MRD was measured by a central laboratory.
Non-responders were left out of the comparison.</p>
<p>Many MRD-negative responders went on to transplant.</p>
<p>Transplant was not randomised. Follow-up was short in some patients. Central review confirmed most responses.</p>
<p><strong>Survival of responders, by MRD status</strong></p>
<table>
<tr><th></th><th>MRD-negative</th><th>MRD-positive</th></tr>
<tr><td>Median OS</td><td>14.1 months</td><td>7.2 months</td></tr>
<tr><td>Median PFS</td><td>8.6 months</td><td>5.4 months</td></tr>
</table>
<h2>Points to discuss</h2>
<p>Is a responder-only comparison fair?</p>
"""

PLAIN_CAPS = """\
Market: EU
READING THE MRD PAPER

MRD AND RESPONSE

{disclaimer}

At the end of treatment, 76 of the 121 responders (63%) were MRD-negative.
MRD was measured by a central laboratory.
Non-responders were left out of the comparison.
Many MRD-negative responders went on to transplant.

Transplant was not randomised. Follow-up was short in some patients. Central review confirmed most responses.

Survival of responders, by MRD status

Median OS ........................ 14.1 months vs 7.2 months
Median PFS ....................... 8.6 months vs 5.4 months

POINTS TO DISCUSS

Is a responder-only comparison fair?
"""

PLAIN_UNDERLINED = """\
Market: EU
Reading the MRD paper
=====================

MRD and response
================

{disclaimer}

At the end of treatment, 76 of the 121 responders (63%) were MRD-negative.
MRD was measured by a central laboratory.
Non-responders were left out of the comparison.
Many MRD-negative responders went on to transplant.

Transplant was not randomised. Follow-up was short in some patients. Central review confirmed most responses.

Survival of responders, by MRD status

Median OS ........................ 14.1 months vs 7.2 months
Median PFS ....................... 8.6 months vs 5.4 months

Points to discuss
=================

Is a responder-only comparison fair?
"""

LAYOUTS = {"markdown": ("piece.md", MARKDOWN), "html": ("piece.html", HTML),
           "plain-capitals": ("piece.txt", PLAIN_CAPS), "plain-underlined": ("piece.txt", PLAIN_UNDERLINED)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("disclaimer", SCOPED)
def test_a_disclaimer_for_its_section_covers_the_table_under_a_sub_heading(lint_piece, layout, disclaimer):
    name, body = LAYOUTS[layout]
    assert f002(lint_piece, body.format(disclaimer=disclaimer), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_without_the_disclaimer_the_section_is_flagged(lint_piece, layout):
    name, body = LAYOUTS[layout]
    assert f002(lint_piece, body.format(disclaimer="The paper looked at MRD in responders."), name) != []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("disclaimer", UNSCOPED)
def test_a_disclaimer_without_scope_words_keeps_its_sentence_reach(lint_piece, layout, disclaimer):
    name, body = LAYOUTS[layout]
    found = f002(lint_piece, body.format(disclaimer=disclaimer), name)
    lines = body.format(disclaimer=disclaimer).splitlines()
    table = next(k for k, line in enumerate(lines, 1) if "14.1 months" in line)
    assert found == [table + (2 if name.endswith(".html") else 0)]     # the wrapper's two lines above


def test_a_disclaimer_for_its_section_does_not_reach_the_next_section(lint_piece):
    assert f002(lint_piece, """\
        # Reading the MRD paper

        ## MRD and response

        The findings on this page come from post hoc analyses and are hypothesis-generating only.

        In a post hoc analysis, MRD-negative BESPONSA responders had a median OS of 14.1 months.

        ## After transplant

        The trial enrolled adults. Response was assessed centrally. Transplant rates were high.
        Non-responders were left out. In a post hoc analysis, MRD-negative BESPONSA responders who
        went on to transplant had a median OS of 19.2 months.
        """) == [13]


def test_a_disclaimer_for_its_section_covers_its_subsections(lint_piece):
    assert f002(lint_piece, """\
        # Reading the MRD paper

        ## MRD and response

        Everything reported in this section was examined after unblinding. Such analyses are exploratory.

        The trial enrolled adults. Response was assessed centrally. Transplant rates were high.
        Non-responders were left out of the comparison.

        ### Survival by MRD status

        MRD-negative BESPONSA responders had a median OS of 14.1 months in a post hoc analysis.
        """) == []


def test_a_section_wide_disclaimer_for_what_follows_does_not_cover_the_claims_before_it(lint_piece):
    assert f002(lint_piece, """\
        # Reading the MRD paper

        ## MRD and response

        In a post hoc analysis, MRD-negative BESPONSA responders had a median OS of 14.1 months.
        The trial enrolled adults. Response was assessed centrally. Transplant rates were high.

        Each of the analyses below was planned after the trial ended; they are exploratory.

        **Progression-free survival**

        In a post hoc analysis, MRD-negative BESPONSA responders had a median PFS of 8.6 months.
        """) == [5]


def test_in_plain_text_the_next_capitalised_heading_ends_the_section(lint_piece):
    assert f002(lint_piece, PLAIN_CAPS.format(disclaimer=SCOPED[1]).replace(
        "POINTS TO DISCUSS\n",
        "AFTER TRANSPLANT\n\nIn a post hoc analysis, MRD-negative BESPONSA responders who went on to transplant "
        "had a median OS of 19.2 months.\n\nPOINTS TO DISCUSS\n"), "piece.txt") == [22]


@pytest.mark.parametrize("heading", ["MRD AND RESPONSE (ALL POST HOC, EXPLORATORY)",
                                     "MRD AND RESPONSE (ALL EXPLORATORY)"])
def test_a_capitalised_plain_text_heading_that_labels_all_it_heads_covers_its_sub_headings(lint_piece, heading):
    body = PLAIN_CAPS.replace("MRD AND RESPONSE\n", heading + "\n")
    assert f002(lint_piece, body.format(disclaimer="The paper looked at MRD in responders."), "piece.txt") == []


@pytest.mark.parametrize("disclaimer, found", [
    # names its section: that section's, not the whole piece's
    ("All results in this section are post hoc and should be read as exploratory.", [13]),
    ("All data on this slide come from a post hoc analysis; treat them as hypothesis-generating.", [13]),
    # names no section: the whole piece's, as before
    ("All analyses in this handout are post hoc and should be read as exploratory.", []),
])
def test_a_disclaimer_for_all_results_of_its_section_is_not_the_documents(lint_piece, disclaimer, found):
    assert f002(lint_piece, f"""\
        # Reading the MRD paper

        ## MRD and response

        {disclaimer}

        In a post hoc analysis, MRD-negative BESPONSA responders had a median OS of 14.1 months.

        ## After transplant

        The trial enrolled adults. Response was assessed centrally. Transplant rates were high.
        Non-responders were left out. In a post hoc analysis, MRD-negative BESPONSA responders who
        went on to transplant had a median OS of 19.2 months.
        """) == found


#: a plain-text handout in lettered parts; the caveat names its part by its label
PARTS = """\
JOURNAL CLUB: MRD AND OUTCOME

PART A. THE TRIAL

The trial randomised 326 adults. The overall survival primary endpoint was not met.

PART B. THE MRD ANALYSES

{disclaimer}

B1. Responders by MRD status
    Median OS, MRD-negative ............ 14.1 months
    Median OS, MRD-positive ............ 7.2 months
    Median PFS, MRD-negative ........... 8.6 months
    Median PFS, MRD-positive ........... 5.4 months

B2. Transplant
    Median OS after transplant, MRD-negative .... 19.2 months

PART C. DISCUSSION

{part_c}
"""


@pytest.mark.parametrize("disclaimer", [
    "A word on everything in Part B: these analyses were not planned and are exploratory only.",
    "Please note that all analyses in Part B are post hoc and hypothesis-generating.",
    "All results reported in Section B, below, are exploratory and should be read with caution.",
])
def test_a_disclaimer_naming_its_part_by_its_label_covers_the_part(lint_piece, disclaimer):
    text = PARTS.format(disclaimer=disclaimer, part_c="What would a randomised comparison need?")
    assert f002(lint_piece, text, "piece.txt") == []


@pytest.mark.parametrize("disclaimer", [
    "A word on everything in Part B: these analyses are exploratory only.",
    "Please note that all analyses in Part B are post hoc and hypothesis-generating.",
])
def test_a_disclaimer_naming_its_part_does_not_reach_the_next_part(lint_piece, disclaimer):
    later = ("Sources of bias remain. The groups differ. Transplant was not randomised. In a post hoc analysis "
             "of responders in first salvage, median OS was 15.6 months when MRD-negative.")
    text = PARTS.format(disclaimer=disclaimer, part_c=later)
    assert f002(lint_piece, text, "piece.txt") == [text.splitlines().index(later) + 1]


def test_the_part_without_its_disclaimer_is_flagged(lint_piece):
    text = PARTS.format(disclaimer="The figures come from the published report.", part_c="Any questions?")
    assert f002(lint_piece, text, "piece.txt") != []
