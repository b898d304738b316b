"""A subgroup results table whose only exploratory caveat was its footnote, the footnote deleted and
its mark left orphaned on the table's title, must still be reported by F002 (post hoc / subgroup
disclaimer), whatever the layout: a plain-text aligned table, a Markdown pipe table, an HTML table
whose title carries "<sup>a</sup>".

The reason it was not: the next paragraph gave another result with a caution of its own ("At 2
years, 22.8% ... were alive. Because the overall survival analysis did not reach statistical
significance, these rates should be interpreted with caution."). That caution refers back to its
own paragraph's figures ("these rates"), which are not of a subgroup or post hoc analysis, so F002
never counted them as results; the caveat was taken for one of its own and covered the table rows
within its 3 sentences. A caveat that refers back to the results before it in its paragraph is
those results' caveat, whatever their analysis: it does not speak for the table above.

What is no caveat: a title that only names the rows as subgroups ("CR/CRi across baseline
subgroups*": it says what they are, not that they are exploratory), the orphaned mark.

The finding stands at the table (its title or first subgroup row) and counts the other rows.

Controls that stay clean: the table with its footnote (under "*", "†", "a", "1", "<sup>a</sup>"),
a caveat in the title itself ("Exploratory subgroup analyses (not powered)"), a caveat sentence
right after the table ("These subgroup results are exploratory ...")."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_bytes

_INDICATION = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell "
               "precursor acute lymphoblastic leukemia in adult and pediatric patients 1 year of age and older.")
_INDICATION_EU = ("BESPONSA is indicated as monotherapy for adults with relapsed or refractory CD22-positive "
                  "B cell precursor ALL.")

_ROWS = [("First salvage", "87.7%", "28.8%"),
         ("Bone marrow blasts 50% or more", "77.9%", "24.4%"),
         ("First remission lasting <12 months", "77.5%", "23.9%"),
         ("First remission lasting 12 months or more", "86.8%", "39.5%")]

#: a paragraph after the table giving other results with a caution of their own
OTHER_CAUTIONS = {
    "os-rates": ("At 2 years, 22.8% of BESPONSA patients and 10.0% of chemotherapy patients were alive "
                 "(median follow-up 29.6 months). Because the overall survival analysis did not reach "
                 "statistical significance, these rates should be interpreted with caution."),
    "os-median": ("Median overall survival was 7.7 months with BESPONSA vs 6.2 months with chemotherapy. "
                  "This difference did not reach statistical significance and should be interpreted "
                  "with caution."),
    "mrd": ("Among responders, 78.4% of BESPONSA patients and 28.1% of chemotherapy patients were "
            "MRD-negative. Please interpret these figures with caution."),
}

_CAVEAT = ("Subgroup results are exploratory. The trial was not powered to compare arms within "
           "subgroups; no conclusions can be drawn.")
#: a caveat in the sentence right after the table
AFTER = [
    "These subgroup results are exploratory; the trial was not powered to compare arms within subgroups.",
    "Subgroup analyses were not powered for comparison and should be interpreted with caution.",
    "The trial was not designed to compare arms within subgroups; no conclusions can be drawn.",
]
_TITLE = "CR/CRi across baseline subgroups"
#: titles that only name the rows as subgroups: no caveat
NAMING_TITLES = [_TITLE, "Subgroup analysis: CR/CRi by baseline characteristic", "CR/CRi in key patient subgroups"]
#: titles that carry the caveat themselves
CAVEAT_TITLES = ["Exploratory subgroup analyses (not powered): CR/CRi",
                 "CR/CRi across baseline subgroups (exploratory; interpret with caution)"]


def _after_table(after: str, note: str) -> list[str]:
    """The lines under a table: a blank, then the sentence after it and the footnote, where given."""
    return [""] + [line for part in (after, note) if part for line in (part, "")]


def _text(title: str, mark: str, after: str, note: str) -> str:
    head = f"  {title}{mark}"
    lines = ["REMISSION AT A GLANCE", "", "INDICATION", _INDICATION, "", "CR/CRI BY SUBGROUP", "",
             head + " " * max(2, 46 - len(head)) + "BESPONSA   Chemo", "  " + "-" * 60]
    lines += [f"  {label:<44}{a:<10}{b}" for label, a, b in _ROWS]
    return "\n".join(lines + _after_table(after, note))


def _markdown(title: str, mark: str, after: str, note: str) -> str:
    lines = ["# Remission at a glance", "", "## Indication", "", _INDICATION, "", "## CR/CRi by subgroup", "",
             f"**{title}{mark}**", "", "| Subgroup | BESPONSA | Chemotherapy |", "|---|---|---|"]
    lines += [f"| {label} | {a} | {b} |" for label, a, b in _ROWS]
    return "\n".join(lines + _after_table(after, note))


def _html(title: str, mark: str, after: str, note: str) -> str:
    sup = f"<sup>{mark.strip('<sup>/')}</sup>" if mark else ""
    rows = "\n".join(f"<tr><td>{label.replace('<', '&lt;')}</td><td>{a}</td><td>{b}</td></tr>"
                     for label, a, b in _ROWS)
    return ("<html><body>\n<h1>Remission at a glance</h1>\n<h2>Indication</h2>\n<p>" + _INDICATION + "</p>\n"
            "<h2>CR/CRi by subgroup</h2>\n"
            f"<table>\n<caption>{title}{sup}</caption>\n"
            "<tr><th>Subgroup</th><th>BESPONSA</th><th>Chemotherapy</th></tr>\n" + rows + "\n</table>\n"
            + "".join(f"<p>{part}</p>\n" for part in after.split("\n\n") if part)
            + (f"<p>{note}</p>\n" if note else "") + "</body></html>\n")


_LAYOUTS = {"text": ("tent.txt", _text), "markdown": ("tent.md", _markdown), "html": ("tent.html", _html)}


def _f002(full_linter, layout: str, title: str = _TITLE, mark: str = "*", after: str = "", note: str = "",
          market: str = "US"):
    name, build = _LAYOUTS[layout]
    text = build(title, mark, after, note)
    if market == "EU":
        text = text.replace(_INDICATION, _INDICATION_EU)
    doc = read_bytes(name, text.encode("utf-8"))
    doc.metadata["market"] = market
    return [f for f in full_linter.lint_document(doc) if f.rule == "F002"], text


def _line_of(source: str, needle: str) -> int:
    """The line of the source (as the finding's line counts) that holds ``needle``."""
    for n, line in enumerate(source.splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


# ------------------------------------------------------------------ flagged: no caveat in reach


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("other", [""] + sorted(OTHER_CAUTIONS))
@pytest.mark.parametrize("market", ["US", "EU"])
def test_table_without_its_footnote_is_reported(full_linter, layout, other, market):
    found, doc = _f002(full_linter, layout, after=OTHER_CAUTIONS.get(other, ""), market=market)
    assert len(found) == 1, [f.message for f in found]
    f = found[0]
    # at the table: its title or its first subgroup row
    lines = {_line_of(doc, _TITLE), _line_of(doc, _ROWS[0][0])}
    assert f.line in lines, (f.line, lines, doc)
    assert "3 more such claims" in f.message, f.message


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("mark", ["", "\u2020", "a", "1"])
def test_any_orphaned_mark_is_no_caveat(full_linter, layout, mark):
    found, _ = _f002(full_linter, layout, mark=mark, after=OTHER_CAUTIONS["os-rates"])
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("title", NAMING_TITLES[1:])
def test_title_naming_subgroups_is_no_caveat(full_linter, layout, title):
    found, source = _f002(full_linter, layout, title=title, after=OTHER_CAUTIONS["os-rates"])
    assert len(found) == 1, [f.message for f in found]
    assert found[0].line in {_line_of(source, title), _line_of(source, _ROWS[0][0])}


# ------------------------------------------------------------------ clean: a caveat in reach


def _note(layout: str, mark: str) -> str:
    if layout == "html":
        return f"<sup>{mark}</sup>{_CAVEAT}"
    return f"{mark}{_CAVEAT}" if mark == "*" else f"{mark} {_CAVEAT}"


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("mark", ["*", "\u2020", "a", "1"])
@pytest.mark.parametrize("other", ["", "os-rates", "mrd"])
def test_table_with_its_footnote_is_clean(full_linter, layout, mark, other):
    found, _ = _f002(full_linter, layout, mark=mark, after=OTHER_CAUTIONS.get(other, ""), note=_note(layout, mark))
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("title", CAVEAT_TITLES)
@pytest.mark.parametrize("other", ["", "os-rates"])
def test_caveat_in_the_title_is_clean(full_linter, layout, title, other):
    found, _ = _f002(full_linter, layout, title=title, mark="", after=OTHER_CAUTIONS.get(other, ""))
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("market", ["US", "EU"])
def test_caveat_right_after_the_table_is_clean(full_linter, layout, after, market):
    found, _ = _f002(full_linter, layout, mark="", after=after, market=market)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("after", AFTER[:2])
def test_caveat_right_after_the_table_then_other_results_is_clean(full_linter, layout, after):
    found, _ = _f002(full_linter, layout, mark="", after=after + "\n\n" + OTHER_CAUTIONS["os-rates"])
    assert found == [], [f.message for f in found]


# ------------------------------------------------------------------ a regional subgroup in an HTML table

_NRM = ("<p>Post-HSCT non-relapse mortality was 31/79 (39%) with BESPONSA and 8/35 (23%) with\n"
        "investigator&rsquo;s choice of chemotherapy. {second}</p>\n")
_NRM_PLAIN = "The median time from HSCT to onset of VOD was 15 days."
_NRM_CAUTION = "Because patient numbers after HSCT were small, these rates should be interpreted with caution."
_REGION_NOTE = ("<p><sup>a</sup>Exploratory, descriptive subgroup analysis; not prespecified for hypothesis "
                "testing, and no conclusions can be drawn about risk in any region.</p>\n")


def _regional(title_in: str, second: str, note: str) -> str:
    title = "VOD by region<sup>a</sup>"
    head = (f"<p><b>{title}</b></p>\n<table>\n<tr><th>Region</th><th>BESPONSA, n/N (%)</th></tr>\n"
            if title_in == "paragraph" else
            f"<table>\n<tr><th>{title}</th><th>BESPONSA, n/N (%)</th></tr>\n")
    return ("<html><body>\n<h1>Order-set build reference</h1>\n<h2>Indication</h2>\n<p>" + _INDICATION + "</p>\n"
            "<h2>Hepatotoxicity</h2>\n" + _NRM.format(second=second) + "\n" + head
            + "<tr><td>Treated in the United States</td><td>5/75 (6.7%)</td></tr>\n"
            "<tr><td>Treated at sites in the rest of the world</td><td>18/89 (20.2%)</td></tr>\n</table>\n"
            + note + "<h2>Efficacy</h2>\n<p>CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy.</p>\n"
            "</body></html>\n")


def _regional_f002(full_linter, title_in: str, second: str, note: str):
    text = _regional(title_in, second, note)
    doc = read_bytes("orderset.html", text.encode("utf-8"))
    doc.metadata["market"] = "US"
    return [f for f in full_linter.lint_document(doc) if f.rule == "F002"], text


@pytest.mark.parametrize("title_in", ["paragraph", "header"])
@pytest.mark.parametrize("second", [_NRM_PLAIN, _NRM_CAUTION])
def test_regional_table_without_its_footnote_is_reported_at_its_first_row(full_linter, title_in, second):
    found, text = _regional_f002(full_linter, title_in, second, "")
    assert len(found) == 1, [f.message for f in found]
    assert found[0].line in {_line_of(text, "VOD by region"), _line_of(text, "Treated in the United States")}, \
        (found[0].line, text)
    assert "1 more such claim" in found[0].message


@pytest.mark.parametrize("title_in", ["paragraph", "header"])
@pytest.mark.parametrize("second", [_NRM_PLAIN, _NRM_CAUTION])
def test_regional_table_with_its_footnote_is_clean(full_linter, title_in, second):
    found, _ = _regional_f002(full_linter, title_in, second, _REGION_NOTE)
    assert found == [], [f.message for f in found]
