"""F002: a disclaimer given once for what follows ("everything I am about to show comes from post
hoc analyses, which are hypothesis-generating", "the findings below are exploratory") covers the
claims after it, up to the next heading or section (a speaker's label line goes on), and not
the claims before it; a heading that states the caveat ("## Exploratory analyses") covers its
subsections. A forward disclaimer turned into its opposite covers nothing. Texts written for
this test (webinar transcripts, bullets, plain text, HTML)."""

from __future__ import annotations

import textwrap

import pytest

from rulepack_helpers import eu_f002_lines


@pytest.fixture
def linter(full_linter):
    return full_linter


f002 = eu_f002_lines


FORWARD = [
    "Before I give any number: everything I am about to show comes from post hoc analyses of the trial, "
    "which are hypothesis-generating and cannot establish an effect of treatment.",
    "All the data I am going to present are from post hoc analyses; they are exploratory and were not powered "
    "for these comparisons.",
    "The following analyses were done after the trial ended; they are hypothesis-generating only.",
    "Please bear in mind that what follows is post hoc and should be interpreted with caution.",
]


TRANSCRIPT = """\
# Webinar transcript: MRD negativity with BESPONSA

**Moderator:** Welcome. Today Dr Lee walks us through the MRD data from INO-VATE ALL.

**Dr Lee:** Thank you. {disclaimer}

- BESPONSA responders who became MRD-negative had a median overall survival of 14.1 months.
- Those who stayed MRD-positive had a median overall survival of 7.2 months.

**Moderator:** And progression-free survival?

**Dr Lee:** Median progression-free survival was 8.6 months in MRD-negative responders. It was 5.4 months
in MRD-positive responders. The pattern held across lines. Response was assessed centrally. Among
those treated in first salvage, MRD-negative responders had a median overall survival of 15.6 months.
That compares with 6.9 months for MRD-positive responders in first salvage.
"""


@pytest.mark.parametrize("disclaimer", FORWARD)
def test_a_forward_disclaimer_covers_the_next_bullets_and_turns(lint_piece, disclaimer):
    assert f002(lint_piece, TRANSCRIPT.format(disclaimer=disclaimer)) == []


#: layouts with a forward disclaimer ({disclaimer}) and post hoc figures after it, not within
#: three sentences of it: (file name, text)
LAYOUTS = {
    "labels-on-own-lines": ("piece.md", """\
        # Q&A session

        **Dr Lee:**

        {disclaimer}

        **Moderator:**

        What did MRD negativity mean for survival?

        **Dr Lee:**

        Survival differed. Responders who became MRD-negative had a median overall survival of 14.1 months.
        Those who stayed MRD-positive had 7.2 months. Progression-free survival was longer too. The curves
        separated early. Median progression-free survival was 8.6 months versus 5.4 months.
        """),
    "plain-text": ("piece.txt", """\
        Market: EU
        WEBINAR: MRD NEGATIVITY WITH BESPONSA

        MODERATOR: Let us turn to the MRD findings.
        DR LEE: {disclaimer}
        MODERATOR: Were responses assessed centrally?
        DR LEE: Yes. Most responders reached MRD negativity early.
        DR LEE: Responders who became MRD-negative had a median overall survival of 14.1 months.
        MODERATOR: And the others?
        DR LEE: Those who stayed MRD-positive had 7.2 months. The difference is large. It is also consistent.
        DR LEE: Median progression-free survival was 8.6 months versus 5.4 months.
        """),
    "html": ("piece.html", """\
        <h1>MRD negativity with BESPONSA</h1>
        <p>{disclaimer}</p>
        <p>Response was assessed centrally. Most responders reached MRD negativity early.
        Transplant rates were high.</p>
        <ul>
        <li>MRD-negative responders: median overall survival 14.1 months.</li>
        <li>MRD-positive responders: median overall survival 7.2 months.</li>
        </ul>
        <p>Median progression-free survival was 8.6 months versus 5.4 months.</p>
        """),
}
LAYOUT_DISCLAIMERS = {
    "labels-on-own-lines": "Everything I am about to show comes from post hoc analyses, which are hypothesis-generating.",
    "plain-text": "The findings below are post hoc and hypothesis-generating; please read them with that in mind.",
    "html": "The results that follow come from a post hoc analysis and are exploratory.",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_forward_disclaimer_covers_what_follows_in_other_layouts(lint_piece, layout):
    name, body = LAYOUTS[layout]
    assert f002(lint_piece, body.replace("{disclaimer}", LAYOUT_DISCLAIMERS[layout]), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_without_the_disclaimer_the_same_layouts_are_flagged(lint_piece, layout):
    name, body = LAYOUTS[layout]
    assert f002(lint_piece, body.replace("{disclaimer}", "Thank you for joining us today."), name) != []


def test_without_the_disclaimer_the_transcript_is_flagged(lint_piece):
    assert f002(lint_piece, TRANSCRIPT.format(disclaimer="Let me start with the survival data.")) != []


def test_a_heading_that_states_the_caveat_covers_its_subsections(lint_piece):
    assert f002(lint_piece, """\
        # MRD negativity with BESPONSA

        ## Exploratory analyses

        ### Survival by MRD status

        Responders who became MRD-negative had a median overall survival of 14.1 months. Those who stayed
        MRD-positive had a median overall survival of 7.2 months.

        ### Progression-free survival by MRD status

        Median progression-free survival was 8.6 months in MRD-negative responders. It was 5.4 months in
        MRD-positive responders.
        """) == []


def test_the_next_heading_of_the_same_level_ends_a_heading_caveat(lint_piece):
    assert f002(lint_piece, """\
        # MRD negativity with BESPONSA

        ## Exploratory analyses

        Responders who became MRD-negative had a median overall survival of 14.1 months.

        ## Progression-free survival by MRD status

        The trial enrolled adults. Response was assessed centrally. Transplant rates were high.
        Median progression-free survival was 8.6 months in MRD-negative responders.
        """) == [10]


def test_a_forward_disclaimer_ends_at_the_next_heading(lint_piece):
    assert f002(lint_piece, """\
        # MRD negativity with BESPONSA

        ## Survival by MRD status

        Everything I am about to show comes from post hoc analyses, which are hypothesis-generating.

        Responders who became MRD-negative had a median overall survival of 14.1 months.

        ## Progression-free survival

        The trial enrolled adults. Response was assessed centrally. Transplant rates were high.
        Median progression-free survival was 8.6 months in MRD-negative responders.
        """) == [12]


@pytest.mark.parametrize("disclaimer", [
    "What follows is post hoc and hypothesis-generating.",
    "The findings below are exploratory and should be interpreted with caution.",
    "I will now show post hoc results, which are hypothesis-generating.",
    "All analyses that follow are post hoc and exploratory.",
])
def test_a_forward_disclaimer_does_not_cover_the_claims_before_it(lint_piece, disclaimer):
    assert f002(lint_piece, f"""\
        # MRD negativity with BESPONSA

        Responders who became MRD-negative had a median overall survival of 14.1 months.
        {disclaimer}
        """) == [3]


@pytest.mark.parametrize("opposite", [
    "Before I give any number: everything I am about to show is confirmed long-term benefit of treatment.",
    "The findings below establish the effect of treatment beyond doubt.",
    "Everything I am about to show comes from post hoc analyses, which are not exploratory but confirmatory.",
])
def test_a_forward_disclaimer_turned_into_its_opposite_covers_nothing(lint_piece, opposite):
    assert f002(lint_piece, f"""\
        # Webinar transcript

        **Dr Lee:** Thank you. {opposite}

        - BESPONSA responders who became MRD-negative had a median overall survival of 14.1 months.
        - Those who stayed MRD-positive had a median overall survival of 7.2 months.
        """) == [5]


@pytest.mark.parametrize("label, found", [
    ("labelled as an exploratory analysis", []),
    ("labelled as confirmed long-term benefit", [3]),
    ("presented as hypothesis-generating", []),
    ("presented as proof of long-term benefit", [3]),
])
def test_a_disclaimer_replaced_by_its_opposite_gives_the_finding(lint_piece, label, found):
    assert f002(lint_piece, f"""\
        # MRD negativity with BESPONSA

        In a post hoc analysis, BESPONSA responders who became MRD-negative had a median overall survival of 14.1 months versus 7.2 months in those who stayed MRD-positive, {label}.
        """) == found


def test_claims_far_past_the_reach_of_a_forward_disclaimer_are_not_covered(lint_piece):
    filler = "\n".join(f"Point {k} of the discussion was about the trial design." for k in range(45))
    assert f002(lint_piece, f"""\
        # Webinar transcript

        Everything I am about to show comes from post hoc analyses, which are hypothesis-generating.

{textwrap.indent(filler, "        ")}

        Responders who became MRD-negative had a median overall survival of 14.1 months.
        """) != []
