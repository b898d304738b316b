"""F007 and F002: a caveat that names the result right before it, and not the claim's own
endpoint ("The exposure-adjusted figures are exploratory" set under the exposure-adjusted event
rates), is that result's caveat: it does not speak for another exploratory or post hoc result of
its section, however near ("Patients alive at least 2 years ... 19.8%" above it, under another
sub-heading, or in the paragraph before). A caveat that names no endpoint ("Exploratory analyses;
not powered for comparison"), or names the claim's own endpoint too, still covers its scope; so
does a caveat that names a result that is not the one right before it. Texts written for this
test, in plain text with dotted leaders, Markdown and HTML; figures of the shipped XOSPATA and
BESPONSA libraries (ADMIRAL's long-term survivors, projected 2-year survival and exposure-adjusted
event rates are exploratory; INO-VATE ALL's first-salvage CR/CRi is a subgroup result)."""

from __future__ import annotations

import pytest


@pytest.fixture
def linter(full_linter):
    return full_linter


def found(lint_piece, text, name, rule, market="US"):
    """The lines (of ``text``) of the ``rule`` findings of a piece (the front matter taken off)."""
    return [f.line - 3 for f in lint_piece(text, name=name, rules=rule, market=market)]


def line_of(text, words):
    return next(n for n, line in enumerate(text.splitlines(), 1) if words in line)


# ------------------------------------------------------------------ F007, three layouts
#: (file name, text with {caveat} where the caveat of the later result stands); the long-term
#: survivors are given first, the exposure-adjusted rates after them in the same section
LAYOUTS = {
    "dotted-leaders": ("notes.txt", """\
XOSPATA (gilteritinib) -- TUMOUR BOARD NOTES
--------------------------------------------
 Longer follow-up of ADMIRAL
   Patients alive at least 2 years ......... 49/247 (19.8%) vs 14/124 (11.3%)

 Tolerability
   Exposure-adjusted adverse events ........ 19.34 vs 42.44 events per patient-year
   * {caveat}
"""),
    "markdown-paragraphs": ("brief.md", """\
# XOSPATA: what the longer follow-up adds

## Beyond the primary analysis

Projected 2-year survival was 20.6% with XOSPATA and 14.2% with salvage chemotherapy.

Adjusted for exposure, there were 19.34 events per patient-year with XOSPATA and 42.44 with
salvage chemotherapy. {caveat}
"""),
    "html-list": ("panel.html", """\
<html><body>
<h1>XOSPATA in relapsed or refractory FLT3-mutated AML</h1>
<h2>Further results of ADMIRAL</h2>
<ul>
<li>Long-term survivors: 49/247 (19.8%) with XOSPATA vs 14/124 (11.3%) with chemotherapy</li>
<li>Exposure-adjusted adverse events: 19.34 vs 42.44 events per patient-year</li>
</ul>
<p>{caveat}</p>
</body></html>
"""),
}

#: caveats that name the exposure-adjusted rates only
NAMING_THE_OTHER = [
    "The exposure-adjusted figures are exploratory and reflect the longer time on treatment.",
    "Exposure-adjusted rates come from an exploratory analysis and should be interpreted with caution.",
    "Caution: the events per patient-year comparison was exploratory, not powered for any test.",
]

#: caveats that keep the section: they name no endpoint, or the survival result too
FOR_THE_SECTION = [
    "Exploratory analyses; not powered for formal comparison. Interpret with caution.",
    "The long-term survival figures and the exposure-adjusted rates are exploratory and descriptive only.",
]


def _first_result(text):
    return line_of(text, next(w for w in ("alive at least", "Projected 2-year", "Long-term survivors") if w in text))


@pytest.mark.parametrize("caveat", NAMING_THE_OTHER)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_caveat_naming_the_result_before_it_leaves_the_other_result_bare(lint_piece, layout, caveat):
    name, text = LAYOUTS[layout]
    text = text.replace("{caveat}", caveat)
    assert found(lint_piece, text, name, "F007") == [_first_result(text)]


@pytest.mark.parametrize("caveat", FOR_THE_SECTION)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_caveat_for_the_section_still_covers_both(lint_piece, layout, caveat):
    name, text = LAYOUTS[layout]
    assert found(lint_piece, text.replace("{caveat}", caveat), name, "F007") == []


def test_each_result_with_its_own_named_caveat_is_clean(lint_piece):
    text = """\
XOSPATA (gilteritinib) -- TUMOUR BOARD NOTES
--------------------------------------------
 Longer follow-up of ADMIRAL
   Patients alive at least 2 years ......... 49/247 (19.8%) vs 14/124 (11.3%)
   * The long-term survivor counts are exploratory and descriptive.

 Tolerability
   Exposure-adjusted adverse events ........ 19.34 vs 42.44 events per patient-year
   * The exposure-adjusted figures are exploratory and reflect longer time on treatment.
"""
    assert found(lint_piece, text, "notes.txt", "F007") == []


def test_a_named_caveat_far_from_the_result_it_names_keeps_its_section(lint_piece):
    # the caveat names the rates, but the survival figure stands right before it: it is no
    # label of the rates there
    text = """\
# XOSPATA: what the longer follow-up adds

## Beyond the primary analysis

Adjusted for exposure, there were 19.34 events per patient-year with XOSPATA and 42.44 with
salvage chemotherapy.

Projected 2-year survival was 20.6% with XOSPATA and 14.2% with salvage chemotherapy. Like the
exposure-adjusted rates, this projection is exploratory.
"""
    assert found(lint_piece, text, "brief.md", "F007") == []


# ------------------------------------------------------------------ F002
F002_PIECE = """\
# BESPONSA: responses in INO-VATE ALL

## By line of therapy and MRD status

Patients treated in first salvage reached CR/CRi in 87.7% of cases with BESPONSA versus 28.8% with
chemotherapy. In a post hoc analysis, BESPONSA responders who became MRD-negative had a median
overall survival of 14.1 months. {caveat}

Overall survival did not reach statistical significance in INO-VATE ALL.
"""


@pytest.mark.parametrize("caveat", [
    "The MRD survival comparison is post hoc and exploratory and was not powered.",
    "This overall survival comparison by MRD status is exploratory; interpret it with caution.",
])
def test_f002_a_caveat_naming_the_survival_result_leaves_the_subgroup_bare(lint_piece, caveat):
    text = F002_PIECE.replace("{caveat}", caveat)
    assert found(lint_piece, text, "piece.md", "F002") == [line_of(text, "first salvage")]


def test_f002_a_caveat_naming_no_endpoint_covers_both(lint_piece):
    text = F002_PIECE.replace("{caveat}", "Both analyses are exploratory and were not powered for comparison.")
    assert found(lint_piece, text, "piece.md", "F002") == []


# ------------------------------------------------------------------ the claim's entry's own words
#: a caveat set after the long-term survivors that also names the projected survival by the
#: entry's own word in another form ("projections" for "projected"): it speaks for both
ENTRY_WORDS = {
    "bullets.md": """\
## Two-year data

- Projected survival at 2 years: 20.6% with XOSPATA vs 14.2% with salvage chemotherapy.
- 49 of 247 patients on XOSPATA and 14 of 124 on chemotherapy lived at least 2 years.
  - {caveat}
""",
    "panel.html": """\
<html><body><h2>Two-year data</h2><ul>
<li>Projected survival at 2 years: 20.6% with XOSPATA vs 14.2% with salvage chemotherapy.</li>
<li>49 of 247 patients on XOSPATA and 14 of 124 on chemotherapy lived at least 2 years.
<ul><li>{caveat}</li></ul></li></ul></body></html>
""",
}


@pytest.mark.parametrize("name", sorted(ENTRY_WORDS))
def test_a_caveat_using_the_entrys_own_word_covers_it_too(lint_piece, name):
    both = "The 2-year projections and the long-term survivor counts are exploratory; interpret with caution."
    assert found(lint_piece, ENTRY_WORDS[name].replace("{caveat}", both), name, "F007") == []
    only = "The long-term survivor counts are exploratory; interpret with caution."
    text = ENTRY_WORDS[name].replace("{caveat}", only)
    assert found(lint_piece, text, name, "F007") == [line_of(text, "Projected survival")]
