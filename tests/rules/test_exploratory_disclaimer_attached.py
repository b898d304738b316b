"""F007: an exploratory label or caveat attached to ONE result (in a sentence, list item or table
row that itself gives an exploratory figure: "[exploratory]", "(exploratory)", "; these projections
are exploratory", "In an exploratory analysis, X was ...") covers that result's paragraph, item or
row, not the other results of its section; each result left without one is reported at its own
line. A caveat of its own (a sentence with no such figure, a heading, a marked footnote), or one
that speaks beyond its result ("all survival projections on this page"), still covers the
section. Texts written for this test; figures of the shipped XOSPATA library (projected 2-year
survival and long-term survivors of ADMIRAL are exploratory)."""

from __future__ import annotations

import pytest

TITLE = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"
OS = ("Median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy "
      "(HR 0.64; 95% CI 0.49-0.83).")
SAFETY = ("\n\n## Safety\n\nThe most common adverse reactions with XOSPATA were transaminase increased, "
          "myalgia/arthralgia and fatigue. Differentiation syndrome can be fatal.\n")


#: the lines of the YAML front matter lint_piece writes for the market
FRONT_MATTER = 3


@pytest.fixture
def linter(full_linter):
    return full_linter


def f007(lint_piece, body, name="draft.md"):
    """The lines of the F007 findings of a piece made of ``body`` under a title."""
    found = lint_piece(TITLE + body + SAFETY, name=name, rules="F007", market="US")
    return [f.line for f in found]


def line_of(body, words):
    """The file line of the first line of ``body`` holding ``words`` (after the market's front matter)."""
    lines = (TITLE + body).splitlines()
    return lines.index(next(x for x in lines if words in x)) + 1 + FRONT_MATTER


# ------------------------------------------------------------------ bullets
BULLETS_LABEL_ON_ONE = [
    # a bracket label on the first bullet only
    "## Results\n\n- " + OS + "\n- Projected 2-year survival [exploratory]: 20.6% (95% CI: 15.8-26.0) vs 14.2% "
    "(95% CI: 8.3-21.6) with salvage chemotherapy.\n- Long-term survivors: 49/247 (19.8%) gilteritinib vs "
    "14/124 (11.3%) chemotherapy patients were alive at least 2 years after randomisation.\n",
    # a parenthesised label, numbered items, the unlabelled result first
    "## Two years on\n\n1. Long-term survivors: 19.8% of XOSPATA patients vs 11.3% with chemotherapy were alive "
    "at 2 years\n2. Projected 2-year survival (exploratory): 20.6% vs 14.2%\n",
    # a caveat clause after the figures of one bullet
    "## What the follow-up showed\n\n* Projected survival at 2 years was 20.6% with XOSPATA and 14.2% with "
    "chemotherapy; these Kaplan-Meier projections are exploratory\n* At 2 years, 49 of 247 XOSPATA patients "
    "(19.8%) and 14 of 124 chemotherapy patients (11.3%) were alive\n",
    # "In an exploratory analysis" opening one bullet
    "## Longer follow-up\n\n- In an exploratory analysis, projected 2-year survival was 20.6% vs 14.2%.\n"
    "- 49/247 (19.8%) vs 14/124 (11.3%) patients were long-term survivors.\n",
]


@pytest.mark.parametrize("body", BULLETS_LABEL_ON_ONE)
def test_a_label_on_one_bullet_does_not_cover_the_next(lint_piece, body):
    survivors = next(w for w in ("Long-term survivors:", "were alive", "long-term survivors.") if w in body)
    assert f007(lint_piece, body) == [line_of(body, survivors)]


def test_each_unlabelled_bullet_gets_its_own_finding(lint_piece):
    body = ("## Results\n\n- Projected 2-year survival [exploratory]: 20.6% vs 14.2%\n"
            "- Long-term survivors: 49/247 (19.8%) vs 14/124 (11.3%)\n"
            "- Alive at 2 years: 19.8% of XOSPATA patients vs 11.3% with chemotherapy\n")
    assert f007(lint_piece, body) == [line_of(body, "Long-term survivors"), line_of(body, "Alive at 2 years")]


def test_every_bullet_labelled_is_clean(lint_piece):
    body = ("## Results\n\n- Projected 2-year survival [exploratory]: 20.6% vs 14.2%\n"
            "- Long-term survivors (exploratory): 49/247 (19.8%) vs 14/124 (11.3%)\n")
    assert f007(lint_piece, body) == []


def test_a_caveat_sentence_inside_the_bullet_covers_its_own_bullet(lint_piece):
    body = ("## Results\n\n- Projected 2-year survival: 20.6% vs 14.2%. These projections are exploratory.\n"
            "- Long-term survivors: 49/247 (19.8%) vs 14/124 (11.3%).\n")
    assert f007(lint_piece, body) == [line_of(body, "Long-term survivors")]


# ------------------------------------------------------------------ FAQ prose
FAQ = [
    # the brief's answer: the 2-year projection lost its trailing caveat, the survivors' answer kept its own
    "## Survival\n\n**How long did patients live?**\n\n" + OS + "\n\n**What about 2-year survival?**\n\n"
    "Projected 2-year survival was 20.6% (95% CI 15.8 to 26.0) with gilteritinib and 14.2% (95% CI 8.3 to 21.6) "
    "with chemotherapy.\n\n**How many patients were long-term survivors?**\n\n49 of 247 (19.8%) patients given "
    "XOSPATA and 14 of 124 (11.3%) given chemotherapy were alive at 2 years; this long-term survivor analysis "
    "is exploratory and descriptive only.\n",
    # Q:/A: labels, the kept caveat opening its answer
    "## Questions about follow-up\n\nQ: Were there long-term survivors?\n\nA: In an exploratory analysis, "
    "19.8% of XOSPATA patients vs 11.3% with chemotherapy were alive 2 years after randomisation.\n\n"
    "Q: What was the projected 2-year survival?\n\nA: It was 20.6% with XOSPATA vs 14.2% with chemotherapy.\n",
    # answers as plain paragraphs, the kept caveat a bracket
    "## Your questions answered\n\n### How many were alive at 2 years?\n\nProjected 2-year survival (an "
    "exploratory Kaplan-Meier estimate) was 20.6% vs 14.2%.\n\nAt the 2-year landmark, 49/247 (19.8%) patients "
    "on XOSPATA vs 14/124 (11.3%) on chemotherapy were still alive.\n",
]
FAQ_MISSED = ["with chemotherapy.", "A: It was 20.6%", "At the 2-year landmark"]


@pytest.mark.parametrize("k", range(len(FAQ)))
def test_a_caveat_in_one_answer_does_not_cover_another(lint_piece, k):
    assert f007(lint_piece, FAQ[k]) == [line_of(FAQ[k], FAQ_MISSED[k])]


def test_the_caveat_continuing_its_paragraph_covers_it(lint_piece):
    body = ("## Survival\n\n**What about 2-year survival?**\n\nProjected 2-year survival was 20.6% with XOSPATA "
            "vs 14.2% with chemotherapy; these projections are exploratory. At 2 years, 19.8% vs 11.3% of "
            "patients were alive.\n")
    assert f007(lint_piece, body) == []


# ------------------------------------------------------------------ HTML: table rows and paragraphs
HTML_HEAD = "<html><body><h1>XOSPATA in relapsed or refractory FLT3-mutated AML</h1>\n"
HTML_SAFETY = ("<h2>Safety</h2>\n<p>The most common adverse reactions with XOSPATA were transaminase increased, "
               "myalgia and fatigue.</p>\n</body></html>\n")
HTML = [
    "<h2>Two-year follow-up</h2>\n<table>\n<tr><th>Outcome</th><th>XOSPATA</th><th>Chemotherapy</th></tr>\n"
    "<tr><td>Projected 2-year survival (exploratory)</td><td>20.6%</td><td>14.2%</td></tr>\n"
    "<tr><td>Long-term survivors</td><td>49/247 (19.8%)</td><td>14/124 (11.3%)</td></tr>\n</table>\n",
    "<h2>Two-year follow-up</h2>\n<p>Projected 2-year survival was 20.6% with XOSPATA vs 14.2% with "
    "chemotherapy; these projections are exploratory.</p>\n<p>Long-term survivors: 49 of 247 (19.8%) XOSPATA "
    "patients vs 14 of 124 (11.3%) chemotherapy patients were alive 2 years after randomisation.</p>\n",
    "<h2>After two years</h2>\n<p>In an exploratory analysis, 19.8% of patients given XOSPATA and 11.3% given "
    "chemotherapy were alive at 2 years.</p>\n<ul>\n<li>Projected 2-year survival: 20.6% vs 14.2%</li>\n</ul>\n",
]


@pytest.mark.parametrize("k", range(len(HTML)))
def test_html_a_label_on_one_row_or_paragraph_does_not_cover_another(lint_piece, k):
    found = lint_piece(HTML_HEAD + HTML[k] + HTML_SAFETY, name="page.html", rules="F007", market="US")
    assert len(found) == 1
    assert ("20.6%" if k == 2 else "19.8%") in found[0].message


def test_html_every_row_labelled_is_clean(lint_piece):
    body = ("<h2>Two-year follow-up</h2>\n<table>\n<tr><th>Outcome</th><th>XOSPATA</th><th>Chemotherapy</th></tr>\n"
            "<tr><td>Projected 2-year survival (exploratory)</td><td>20.6%</td><td>14.2%</td></tr>\n"
            "<tr><td>Long-term survivors (exploratory)</td><td>49/247 (19.8%)</td><td>14/124 (11.3%)</td></tr>\n"
            "</table>\n")
    assert lint_piece(HTML_HEAD + body + HTML_SAFETY, name="page.html", rules="F007", market="US") == []


# ------------------------------------------------------------------ caveats that cover the section
SECTION_CAVEATS = [
    # a caveat of its own after the results
    "## Results\n\n- Projected 2-year survival [exploratory]: 20.6% vs 14.2%\n- Long-term survivors: 49/247 "
    "(19.8%) vs 14/124 (11.3%)\n\nAll survival projections on this page are exploratory.\n",
    # a caveat of its own before them
    "## Results\n\nThe analyses below are exploratory and were not powered for comparison.\n\n"
    "- Projected 2-year survival: 20.6% vs 14.2%\n- Long-term survivors: 19.8% vs 11.3%\n",
    # a heading
    "## Exploratory analyses\n\n- Projected 2-year survival: 20.6% vs 14.2%\n- Long-term survivors: 49/247 "
    "(19.8%) vs 14/124 (11.3%)\n",
    # a footnote marker whose footnote is the caveat
    "## Results\n\n- Projected 2-year survival\u2020: 20.6% vs 14.2%\n- Long-term survivors\u2020: 19.8% vs 11.3%\n"
    "\n\u2020 Exploratory analyses; interpret with caution.\n",
    # "these analyses" covering two results in one paragraph
    "## Two years on\n\nProjected 2-year survival was 20.6% with XOSPATA vs 14.2% with chemotherapy. "
    "Long-term survivors were 19.8% vs 11.3%; these analyses are exploratory.\n",
    # a wide caveat inside one result's sentence
    "## Results\n\n- Projected 2-year survival: 20.6% vs 14.2%; all of the 2-year figures are exploratory\n"
    "- Long-term survivors: 49/247 (19.8%) vs 14/124 (11.3%)\n",
    # a caveat sentence of its own after one answer's paragraph (its subject no reference back to
    # that answer: "These survival estimates …" there is that answer's, tests/engine/
    # test_caveat_referring_back_is_its_results.py)
    "## Survival\n\n**What about 2-year survival?**\n\nProjected 2-year survival was 20.6% vs 14.2%.\n\n"
    "Survival estimates at 2 years are exploratory.\n\n**Were there long-term survivors?**\n\n"
    "49 of 247 (19.8%) vs 14 of 124 (11.3%) were alive at 2 years.\n",
    # a lead-in that labels the list
    "## Results\n\nExploratory 2-year outcomes:\n\n- Projected 2-year survival: 20.6% vs 14.2%\n"
    "- Long-term survivors: 19.8% vs 11.3%\n",
]


@pytest.mark.parametrize("body", SECTION_CAVEATS)
def test_a_caveat_for_the_section_covers_every_result(lint_piece, body):
    assert f007(lint_piece, body) == []


def test_no_caveat_at_all_is_one_finding_for_the_section(lint_piece):
    body = ("## Results\n\n- Projected 2-year survival: 20.6% vs 14.2%\n- Long-term survivors: 49/247 (19.8%) "
            "vs 14/124 (11.3%)\n")
    (line,) = f007(lint_piece, body)
    assert line == line_of(body, "Projected 2-year survival")
