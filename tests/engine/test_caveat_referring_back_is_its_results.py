"""F002 / F007: a caveat SENTENCE with no figure of its own that follows one result and refers back
to it ("… median OS was 14.1 months. This was a post hoc analysis and should be interpreted with
caution.", "These estimates are exploratory." in the paragraph after a paragraph, list or table
of them, "Interpret these projections with caution", "The comparison above was post hoc") is that
result's: it covers its paragraph (or the list or table before it), not the later results of its
section, so a later result that lost its own label is reported at its own line. A caveat that
speaks of the section ("All results in this section are exploratory", "The following analyses are
post hoc", a generic subject "Subgroup analyses were not powered", a heading, a footnote) still
covers it. Texts written for this test; figures of the shipped claims libraries (BESPONSA: OS by
MRD status is post hoc, CR/CRi in first salvage and with 90% or more blasts are subgroup results;
XOSPATA: projected 2-year survival and long-term survivors of ADMIRAL are exploratory)."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_bytes
from claimcheck.documents.base import Document

EU_INDICATION = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
                 "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with "
                 "Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have "
                 "failed treatment with at least 1 tyrosine kinase inhibitor (TKI).")
BES_TITLE = "# BESPONSA in relapsed or refractory ALL\n\n"
BES_TAIL = f"\n\n## Safety\n\nHepatotoxicity, including VOD, has occurred with BESPONSA.\n\n{EU_INDICATION}\n"
XOS_TITLE = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"
XOS_TAIL = ("\n\n## Safety\n\nThe most common adverse reactions with XOSPATA were transaminase increased, "
            "myalgia/arthralgia and fatigue. Differentiation syndrome can be fatal.\n")


def _lint(linter, text, market, rule, fmt="markdown", name="piece.md"):
    doc = Document(path=name, text=text, format=fmt)
    doc.metadata["market"] = market
    return [f for f in linter.lint_document(doc) if f.rule == rule]


def f002(linter, body):
    return _lint(linter, BES_TITLE + body + BES_TAIL, "EU", "F002")


def f007(linter, body):
    return _lint(linter, XOS_TITLE + body + XOS_TAIL, "US", "F007")


def line_of(title, body, words):
    lines = (title + body).splitlines()
    return lines.index(next(x for x in lines if words in x)) + 1


MRD_OS = "Among BESPONSA patients who reached MRD negativity, median OS was 14.1 months."
FIRST_SALVAGE = "In first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with chemotherapy."
HIGH_BLASTS = "With 90% or more bone marrow blasts, CR/CRi was 77.9% with BESPONSA."
PROJECTED = "Projected 2-year survival was 20.6% with XOSPATA vs 14.2% with chemotherapy."
SURVIVORS = "49 of 247 XOSPATA patients (19.8%) and 14 of 124 chemotherapy patients (11.3%) were long-term survivors."

# ------------------------------------------------------------------ F002: the later result is reported
F002_REPORTED = [
    # the brief's layout: the caveat continues the MRD result's paragraph
    (f"## Survival and response\n\n{MRD_OS} This was a post hoc analysis and should be interpreted with "
     f"caution.\n\n{FIRST_SALVAGE}\n", "87.7%"),
    # "These findings …" after a comparison
    (f"## Survival and response\n\nAmong BESPONSA patients who reached MRD negativity, median OS was 14.1 "
     f"months vs 7.2 months in those who remained MRD-positive. These findings are exploratory and were not "
     f"powered for comparison.\n\n{FIRST_SALVAGE}\n", "87.7%"),
    # the caveat a paragraph of its own right after the result's
    (f"## Response\n\n{FIRST_SALVAGE}\n\nThis was a subgroup analysis and should be interpreted with "
     f"caution.\n\n{HIGH_BLASTS}\n", "77.9%"),
    # a note label before the reference back
    (f"## Response\n\n{FIRST_SALVAGE} Note: this subgroup analysis was not powered and should be interpreted "
     f"with caution.\n\n{HIGH_BLASTS}\n", "77.9%"),
    # "please note that this …"
    (f"## Response\n\n{FIRST_SALVAGE} Please note that this subgroup analysis was exploratory.\n\n"
     f"{HIGH_BLASTS}\n", "77.9%"),
    # a backward term: what came before it only
    (f"## Response\n\n{FIRST_SALVAGE} The comparison above was a subgroup analysis and is exploratory.\n\n"
     f"{HIGH_BLASTS}\n", "77.9%"),
]


@pytest.mark.parametrize("body, later", F002_REPORTED)
def test_f002_a_caveat_referring_back_does_not_cover_the_next_result(full_linter, body, later):
    assert [f.line for f in f002(full_linter, body)] == [line_of(BES_TITLE, body, later)]


def test_f002_each_result_with_its_own_caveat_is_clean(full_linter):
    body = (f"## Response\n\n{FIRST_SALVAGE} This was a subgroup analysis and should be interpreted with "
            f"caution.\n\n{HIGH_BLASTS} This subgroup result is also exploratory.\n")
    assert f002(full_linter, body) == []


# ------------------------------------------------------------------ F007: the later result is reported
F007_REPORTED = [
    # a pronoun subject continuing the paragraph
    f"## Results\n\n{PROJECTED} It was an exploratory Kaplan-Meier estimate.\n\n{SURVIVORS}\n",
    # "These estimates …" a paragraph of its own
    f"## Results\n\n{PROJECTED}\n\nThese estimates are exploratory; interpret them with caution.\n\n{SURVIVORS}\n",
    # an opening clause before the reference back
    f"## Results\n\n{PROJECTED} Being exploratory, this estimate should be interpreted with caution.\n\n"
    f"{SURVIVORS}\n",
    # an imperative whose object refers back
    f"## Results\n\n{PROJECTED} Interpret these projections with caution: they are exploratory.\n\n{SURVIVORS}\n",
    # a backward term ("above")
    f"## Results\n\n{PROJECTED} The projections above are exploratory.\n\n{SURVIVORS}\n",
    # the caveat inside parentheses
    f"## Results\n\n{PROJECTED} (This was an exploratory analysis.)\n\n{SURVIVORS}\n",
    # a FAQ: the caveat after one answer
    f"## Survival\n\n**What about 2-year survival?**\n\n{PROJECTED}\n\nThese survival estimates are "
    f"exploratory.\n\n**Were there long-term survivors?**\n\n{SURVIVORS}\n",
]


@pytest.mark.parametrize("body", F007_REPORTED)
def test_f007_a_caveat_referring_back_does_not_cover_the_next_result(full_linter, body):
    assert [f.line for f in f007(full_linter, body)] == [line_of(XOS_TITLE, body, "XOSPATA patients (19.8%)")]


def test_f007_html_paragraphs(full_linter):
    html = ("<html><body><h1>XOSPATA in relapsed or refractory FLT3-mutated AML</h1>\n<h2>Results</h2>\n"
            f"<p>{PROJECTED} This was an exploratory analysis.</p>\n<p>{SURVIVORS}</p>\n<h2>Safety</h2>\n"
            "<p>The most common adverse reactions with XOSPATA were transaminase increased, myalgia/arthralgia and "
            "fatigue. Differentiation syndrome can be fatal.</p></body></html>\n")
    doc = read_bytes("page.html", html.encode())
    doc.metadata["market"] = "US"
    found = [f for f in full_linter.lint_document(doc) if f.rule == "F007"]
    assert len(found) == 1 and "19.8%" in found[0].message


# ------------------------------------------------------------------ caveats that still cover the section
F002_COVERED = [
    # a generic subject: the section's analyses
    f"## Response\n\n{FIRST_SALVAGE}\n\nSubgroup analyses were exploratory and not powered.\n\n{HIGH_BLASTS}\n",
    # a caveat for the section before the results, whatever follows a result
    f"## Response\n\nAll results in this section are exploratory.\n\n{FIRST_SALVAGE} This was a subgroup "
    f"analysis.\n\n{HIGH_BLASTS}\n",
    # "the following analyses"
    f"## Response\n\nThe following analyses are post hoc and exploratory.\n\n{FIRST_SALVAGE}\n\n{HIGH_BLASTS}\n",
    # a heading naming the analysis
    f"## Exploratory subgroup analyses\n\n{FIRST_SALVAGE}\n\n{HIGH_BLASTS}\n",
    # two results in the paragraph the caveat refers back to
    f"## Response\n\n{FIRST_SALVAGE} {HIGH_BLASTS} These subgroup analyses are exploratory.\n",
    # a plural reference back after two paragraphs of results: both
    f"## Subgroup analyses\n\n{FIRST_SALVAGE}\n\n{HIGH_BLASTS}\n\nThese subgroup results are exploratory and were "
    "not powered.\n",
    # a table, then "these …": the whole table
    "## Response\n\n| Subgroup | BESPONSA | Chemotherapy |\n|---|---|---|\n| First salvage | 87.7% | 28.8% |\n"
    "| 90% or more blasts | 77.9% | 24.4% |\n\nThese subgroup results are exploratory.\n",
    # a long list, then "these …": the whole list
    "## Response\n\n- First salvage: CR/CRi 87.7% with BESPONSA\n- 90% or more blasts: CR/CRi 77.9% with BESPONSA\n"
    "- Remission duration under 12 months: 77.5% with BESPONSA\n- Remission duration 12 months or more: 86.8% "
    "with BESPONSA\n\nThese subgroup results are exploratory.\n",
    # a caveat under the heading, before any result ("This analysis" is the section's)
    f"## Response by line of salvage\n\nThis subgroup analysis was exploratory and not powered.\n\n{FIRST_SALVAGE}"
    f"\n\n{HIGH_BLASTS}\n",
]


@pytest.mark.parametrize("body", F002_COVERED)
def test_f002_a_caveat_for_the_section_still_covers_it(full_linter, body):
    assert f002(full_linter, body) == []


F007_COVERED = [
    # the reference back reaches beyond its result
    f"## Results\n\n{PROJECTED} These estimates, like all analyses in this section, are exploratory.\n\n"
    f"{SURVIVORS}\n",
    # a disclaimer for what follows
    f"## Results\n\nThe following analyses are exploratory.\n\n{PROJECTED} This was a Kaplan-Meier "
    f"projection.\n\n{SURVIVORS}\n",
    # an expletive "it" before a generic subject
    f"## Results\n\n{PROJECTED}\n\nIt is important to note that exploratory analyses are not powered for "
    f"comparison.\n\n{SURVIVORS}\n",
    # both results in the paragraph the caveat refers back to
    f"## Results\n\n{PROJECTED} {SURVIVORS} These analyses were exploratory.\n",
    # "these analyses" in a paragraph of its own after two paragraphs of results
    f"## Results\n\n{PROJECTED}\n\n{SURVIVORS}\n\nThese analyses were exploratory and not powered for comparison.\n",
    # each result with its own caveat
    f"## Results\n\n{PROJECTED} These were exploratory projections.\n\nAt 2 years, 49 of 247 XOSPATA patients "
    "(19.8%) and 14 of 124 chemotherapy patients (11.3%) were long-term survivors; this long-term survivor "
    "analysis is exploratory.\n",
    # a caveat of its own after a methods paragraph: no result before it
    "## Results\n\n**Method.** Survival was followed for 2 years. This was an exploratory, non-prespecified "
    f"analysis.\n\n{PROJECTED}\n\n{SURVIVORS}\n",
]


@pytest.mark.parametrize("body", F007_COVERED)
def test_f007_a_caveat_for_the_section_still_covers_it(full_linter, body):
    assert f007(full_linter, body) == []
