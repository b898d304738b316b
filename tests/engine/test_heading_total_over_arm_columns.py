"""A007 for a total in a heading or title line above a table whose column heads give the arms' sizes
("Safety population (N=371)" over "XOSPATA (n=247) | Salvage chemotherapy (n=124)"), in Markdown,
HTML and space-aligned plain text: a heading total that the arms do not add up to is found, and so
is an arm size edited so that the sum no longer fits (the finding on the column head). A heading
total that fits stays clean, and so does a heading N of another population than the table's (the
randomized N over the safety population's arms: both sizes the claims library gives). Texts
written for this test; facts of the shipped libraries (ADMIRAL 371 = 247 + 124; INO-VATE ALL
randomized 326 = 164 + 162, safety population 307 = 164 + 143)."""

from __future__ import annotations

import pytest

XOS_MD = ("# XOSPATA (gilteritinib)\n\nADMIRAL compared XOSPATA with salvage chemotherapy in relapsed or refractory "
          "FLT3-mutated AML.\n\n## Efficacy population (N={N})\n\n"
          "| Outcome | XOSPATA (n={a}) | Salvage chemotherapy (n={b}) |\n|---|---|---|\n"
          "| Median OS, months | 9.3 | 5.6 |\n| CR/CRh, % | 34.0 | 15.3 |\n")
XOS_TXT = ("XOSPATA (gilteritinib)\n\nADMIRAL compared XOSPATA with salvage chemotherapy.\n\n"
           "Intention-to-treat population (N = {N})\n\n"
           "                        XOSPATA (n={a})    Salvage chemotherapy (n={b})\n"
           "Median OS, months       9.3                5.6\nCR/CRh, %               34.0               15.3\n")
XOS_TXT_BARE = ("XOSPATA (gilteritinib)\n\nADMIRAL, intention-to-treat population, N = {N}\n"
                "                          XOSPATA, n={a}     Salvage chemotherapy, n={b}\n"
                "Median OS, months         9.3                5.6\n")
BES_HTML = ("<html><body>\n<h1>BESPONSA (inotuzumab ozogamicin)</h1>\n"
            "<p>INO-VATE ALL compared BESPONSA with standard chemotherapy.</p>\n"
            "<h3>Adverse reactions, {pop} (N={N})</h3>\n<table>\n"
            "<tr><th>Adverse reaction</th><th>BESPONSA (n={a})</th><th>Standard chemotherapy (n={b})</th></tr>\n"
            "<tr><td>Neutropenia, %</td><td>49</td><td>45</td></tr>\n</table>\n</body></html>\n")
BES_MD = ("# BESPONSA (inotuzumab ozogamicin)\n\n**INO-VATE ALL (N = {N})**\n\nTable 1. Demographics\n\n"
          "| Characteristic | BESPONSA (N={a}) | Standard chemotherapy (N={b}) |\n|---|---|---|\n"
          "| Median age, years | 47 | 47 |\n")

#: name -> (template, name, the published sizes, the heading's line, the column heads' line)
LAYOUTS = {
    "markdown-heading": (XOS_MD, "p.md", dict(N=371, a=247, b=124), 5, 7),
    "plain-text-aligned": (XOS_TXT, "p.txt", dict(N=371, a=247, b=124), 5, 7),
    "plain-text-comma-sizes": (XOS_TXT_BARE, "p.txt", dict(N=371, a=247, b=124), 3, 4),
    "html-h3-safety": (BES_HTML, "p.html", dict(pop="safety population", N=307, a=164, b=143), 4, 6),
    "markdown-bold-title-and-caption": (BES_MD, "p.md", dict(N=326, a=164, b=162), 3, 7),
}


def _a007(lint_piece, layout: str, **change):
    template, name, sizes, _, _ = LAYOUTS[layout]
    return [f for f in lint_piece(template.format(**{**sizes, **change}), name=name)
            if f.rule == "A007"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_heading_total_the_arms_add_up_to_is_clean(lint_piece, layout):
    assert _a007(lint_piece, layout) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_heading_total_the_arms_do_not_add_up_to_is_found(lint_piece, layout):
    N = LAYOUTS[layout][2]["N"]
    found = _a007(lint_piece, layout, N=N + 10)
    assert len(found) == 1 and abs(found[0].line - LAYOUTS[layout][3]) <= 1, [(f.line, f.message) for f in found]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_arm_size_edited_is_found_on_its_column_head(lint_piece, layout):
    b = LAYOUTS[layout][2]["b"]
    found = _a007(lint_piece, layout, b=b - 10)
    assert len(found) == 1 and abs(found[0].line - LAYOUTS[layout][4]) <= 1, [(f.line, f.message) for f in found]


@pytest.mark.parametrize("heading", [
    "intention-to-treat population",          # the randomized N (326) over the safety arms (164 + 143)
    "all randomized patients",
])
def test_another_populations_total_is_no_finding(lint_piece, heading):
    assert _a007(lint_piece, "html-h3-safety", pop=heading, N=326) == []


def test_the_randomized_total_over_the_safety_arms_in_markdown(lint_piece):
    text = ("# BESPONSA (inotuzumab ozogamicin)\n\n## INO-VATE ALL (N=326): safety\n\n"
            "| | BESPONSA (n=164) | Standard chemotherapy (n=143) |\n|---|---|---|\n| Neutropenia, % | 49 | 45 |\n")
    assert [f for f in lint_piece(text) if f.rule == "A007"] == []
