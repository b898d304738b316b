"""F002: an exploratory label or caveat attached to ONE subgroup or post hoc result (in a sentence,
list item or table row that itself gives the figure) covers that result's paragraph, item or row,
not the next bullet, answer or row within 3 sentences; a caveat of its own (a sentence without
such a figure, a heading naming the analysis, a list's lead-in, a marked footnote) or one that
speaks beyond its result still covers its scope. Texts written for this test; figures of the
shipped BESPONSA library (CR/CRi in first salvage and with 90% or more blasts are subgroup
results; OS by MRD status is post hoc)."""

from __future__ import annotations

import pytest

from rulepack_helpers import EU_INDICATION

TITLE = "# BESPONSA in relapsed or refractory ALL\n\n"
TAIL = f"\n\n## Safety\n\nHepatotoxicity, including VOD, has occurred with BESPONSA.\n\n{EU_INDICATION}\n"
#: the lines of the YAML front matter lint_piece writes for the market
FRONT_MATTER = 3


@pytest.fixture
def linter(full_linter):
    return full_linter


def f002(lint_piece, body, name="piece.md"):
    return lint_piece(TITLE + body + TAIL, name=name, rules="F002", market="EU")


def lines(lint_piece, body):
    return [f.line for f in f002(lint_piece, body)]


def line_of(body, words):
    """The file line of the first line of ``body`` holding ``words`` (after the front matter)."""
    text = (TITLE + body).splitlines()
    return text.index(next(x for x in text if words in x)) + 1 + FRONT_MATTER


# ------------------------------------------------------------------ bullets
BULLETS = [
    "## CR/CRi by baseline subgroup\n\n- First salvage [exploratory]: 87.7% with BESPONSA vs 28.8% with "
    "chemotherapy\n- 90% or more bone marrow blasts: 77.9% with BESPONSA\n",
    "## Response in subgroups\n\n* In first salvage, CR/CRi was 87.7% with BESPONSA (exploratory, not powered)\n"
    "* With 90% or more blasts at baseline, CR/CRi was 77.9% with BESPONSA\n",
    "## Who responded\n\n1. With 90% or more bone marrow blasts, 77.9% of BESPONSA patients reached CR/CRi\n"
    "2. In an exploratory analysis, 87.7% of BESPONSA patients in first salvage reached CR/CRi\n",
]


@pytest.mark.parametrize("body", BULLETS)
def test_a_label_on_one_bullet_does_not_cover_the_next(lint_piece, body):
    assert lines(lint_piece, body) == [line_of(body, "77.9%")]


def test_every_bullet_labelled_is_clean(lint_piece):
    body = ("## CR/CRi by baseline subgroup\n\n- First salvage [exploratory]: 87.7% with BESPONSA\n"
            "- 90% or more bone marrow blasts [exploratory]: 77.9% with BESPONSA\n")
    assert f002(lint_piece, body) == []


# ------------------------------------------------------------------ FAQ prose
FAQ = [
    "## Questions\n\n**Did patients in first salvage respond?**\n\nYes: 87.7% of BESPONSA patients in first "
    "salvage reached CR/CRi; this subgroup analysis is exploratory and was not powered.\n\n"
    "**And patients with a high blast count?**\n\nWith 90% or more bone marrow blasts, CR/CRi was 77.9% with "
    "BESPONSA.\n",
    "## Questions\n\nQ: Did a high blast count matter?\n\nA: CR/CRi was 77.9% with BESPONSA in patients with 90% "
    "or more bone marrow blasts.\n\nQ: And in first salvage?\n\nA: In an exploratory subgroup analysis, 87.7% "
    "reached CR/CRi with BESPONSA.\n",
    "## Your questions\n\n### Does response depend on line of therapy?\n\nIn first salvage, 87.7% of BESPONSA "
    "patients reached CR/CRi (an exploratory subgroup result to be interpreted with caution).\n\n"
    "### What about blast count?\n\nPatients with 90% or more bone marrow blasts reached CR/CRi in 77.9% of cases "
    "with BESPONSA.\n",
]


@pytest.mark.parametrize("body", FAQ)
def test_a_caveat_in_one_answer_does_not_cover_another(lint_piece, body):
    assert lines(lint_piece, body) == [line_of(body, "77.9%")]


# ------------------------------------------------------------------ HTML
HTML_HEAD = "<html><body><h1>BESPONSA in relapsed or refractory ALL</h1>\n"
HTML_TAIL = (f"<h2>Safety</h2>\n<p>Hepatotoxicity, including VOD, has occurred with BESPONSA.</p>\n"
             f"<p>{EU_INDICATION}</p>\n</body></html>\n")
HTML = [
    "<h2>CR/CRi by subgroup</h2>\n<table>\n<tr><th>Subgroup</th><th>BESPONSA</th><th>Chemotherapy</th></tr>\n"
    "<tr><td>First salvage (exploratory)</td><td>87.7%</td><td>28.8%</td></tr>\n"
    "<tr><td>90% or more blasts</td><td>77.9%</td><td>24.4%</td></tr>\n</table>\n",
    "<h2>Response in subgroups</h2>\n<p>In first salvage, CR/CRi was 87.7% with BESPONSA; this subgroup result "
    "is exploratory.</p>\n<p>With 90% or more bone marrow blasts, CR/CRi was 77.9% with BESPONSA.</p>\n",
    "<h2>Response in subgroups</h2>\n<ul>\n<li>With 90% or more bone marrow blasts, CR/CRi was 77.9% with "
    "BESPONSA</li>\n<li>In an exploratory analysis, CR/CRi in first salvage was 87.7% with BESPONSA</li>\n</ul>\n",
]


@pytest.mark.parametrize("body", HTML)
def test_html_a_label_on_one_row_or_paragraph_does_not_cover_another(lint_piece, body):
    found = lint_piece(HTML_HEAD + body + HTML_TAIL, name="page.html", rules="F002", market="EU")
    assert len(found) == 1 and "77.9%" in found[0].message


# ------------------------------------------------------------------ caveats that cover their scope
COVERED = [
    # a caveat of its own right after the list
    "## CR/CRi by baseline subgroup\n\n- First salvage [exploratory]: 87.7% with BESPONSA\n"
    "- 90% or more bone marrow blasts: 77.9% with BESPONSA\n\nSubgroup results are exploratory and not powered.\n",
    # a heading naming the analysis
    "## Exploratory subgroup analyses\n\n- First salvage: 87.7% with BESPONSA\n"
    "- 90% or more bone marrow blasts: 77.9% with BESPONSA\n",
    # a lead-in
    "## Response\n\nExploratory subgroup results, not powered for comparison:\n\n- First salvage: 87.7% with "
    "BESPONSA\n- 90% or more bone marrow blasts: 77.9% with BESPONSA\n",
    # a footnote its marker points to
    "## Response\n\n- First salvage\u2021: 87.7% with BESPONSA\n- 90% or more bone marrow blasts\u2021: 77.9% with "
    "BESPONSA\n\n\u2021 Subgroup analyses were not powered; interpret them with caution.\n",
    # "these analyses" for two results of one paragraph
    "## Response\n\nIn first salvage, 87.7% of BESPONSA patients reached CR/CRi. With 90% or more bone marrow "
    "blasts, 77.9% did; these subgroup analyses are exploratory.\n",
    # a wide caveat inside one result's bullet
    "## Response\n\n- First salvage: 87.7% with BESPONSA; all subgroup results on this page are exploratory\n"
    "- 90% or more bone marrow blasts: 77.9% with BESPONSA\n",
]


@pytest.mark.parametrize("body", COVERED)
def test_a_caveat_for_the_results_covers_them(lint_piece, body):
    assert f002(lint_piece, body) == []


@pytest.mark.parametrize("note", [
    "  Interpret with caution: this analysis was exploratory and not powered for any comparison.",
    "  These descriptive results are hypothesis-generating; no conclusions can be drawn.",
    "Subgroup results are exploratory and were not powered.",
])
def test_a_note_on_the_line_after_a_list_is_no_part_of_its_last_item(lint_piece, note):
    # indented as deep as the items' markers (or not at all): a note for the list, not the last item's text
    body = ("## Response\n\nCR/CRi by subgroup (post hoc):\n  - With 90% or more bone marrow blasts: 77.9% with "
            f"BESPONSA\n  - First salvage: 87.7% with BESPONSA\n{note}\n")
    assert f002(lint_piece, body) == []
    assert f002(lint_piece, body.replace(note + "\n", ""))   # the items need it


def test_a_wrapped_caveat_inside_an_item_is_that_items(lint_piece):
    body = ("## Response\n\n- CR/CRi in first salvage: 87.7% with BESPONSA;\n  this subgroup result is "
            "exploratory\n- CR/CRi with 90% or more bone marrow blasts: 77.9% with BESPONSA\n")
    assert lines(lint_piece, body) == [line_of(body, "77.9%")]


def test_a_caveat_attached_in_a_long_paragraph_still_reaches_only_its_scope(lint_piece):
    # the caveat labels the first result of its paragraph; the other, five sentences on, is beyond
    # the rule's 3 sentences
    body = ("## Response\n\nIn first salvage, CR/CRi was 87.7% with BESPONSA (exploratory, not powered). "
            "Responses were assessed by investigators. Remissions were durable. Most patients were adults. "
            "Transplant followed for many. With 90% or more bone marrow blasts, CR/CRi was 77.9% with BESPONSA.\n")
    assert lines(lint_piece, body) == [line_of(body, "77.9%")]
