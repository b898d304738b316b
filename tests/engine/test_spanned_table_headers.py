"""Arms swapped in tables whose header and row labels span (HTML rowspan/colspan, two label
columns, footnote marks in the value cells): the value under each arm's column is that arm's, so
a row with the two arms' values exchanged is found (V001/V002), and the row as published is clean.

The classes: a two-row header (the top row spans the arms, the second names them) written in
compact markup, where two rowspan cells stand before the first named cell and the reader had room
for only one "〃" (the arms were read one column off); a row with two label columns (a category,
then the outcome with its unit: the unit was looked for in the first only); a row header cell
spanning several rows ("Overall survival" over "Median, months" and "2-year rate, %": the later
rows read "〃" where the outcome is named); a footnote mark after a value ("48.2ᵇ", "48.2 a",
"48.2<sup>b</sup>", "48.2*"), which made the cell no bare value; an HTML table's head and body
parted by blank lines (</thead> <tbody>), which cut the body from the header that gives the unit. Texts written for this test;
facts of the shipped libraries (ADMIRAL median OS 9.3 vs 5.6 months, CR/CRh 34.0% vs 15.3%,
2-year OS 20.6% vs 14.2%; INO-VATE ALL CR/CRi 80.7% vs 29.4%, MRD negativity 78.4% vs 28.1%,
follow-up HSCT 48.2% vs 21.6%, directly 43.3% vs 11.1%)."""

from __future__ import annotations

import pytest

XOS = "<h1>XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML</h1>\n" \
      "<p>In ADMIRAL, adults were randomized to XOSPATA or salvage chemotherapy.</p>\n"
BES = "<h1>BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell precursor ALL</h1>\n" \
      "<p>In INO-VATE ALL, adults were randomized to BESPONSA or standard chemotherapy.</p>\n"

#: name -> (text with {a}/{b} per row, the published pairs, the swapped rows' lines, file name)
LAYOUTS = {
    "html-two-label-columns-compact": (
        XOS + "<table>\n"
        "<tr><th rowspan=\"2\">Domain</th><th rowspan=\"2\">Measure</th><th colspan=\"2\">ADMIRAL</th></tr>\n"
        "<tr><th>XOSPATA</th><th>Salvage chemotherapy</th></tr>\n"
        "<tr><td rowspan=\"2\">Efficacy</td><td>Median OS (months)</td><td>{a1}</td><td>{b1}</td></tr>\n"
        "<tr><td>CR/CRh (%)</td><td>{a2}</td><td>{b2}<sup>c</sup></td></tr>\n"
        "</table>\n<p><sup>c</sup> Complete remission with full or partial hematologic recovery.</p>\n",
        (("9.3", "5.6"), ("34.0", "15.3")), (6, 7), "t.html"),
    "html-row-header-spans-rows": (
        XOS + "<table>\n<thead>\n"
        "<tr>\n  <th rowspan=\"2\">Outcome</th>\n  <th rowspan=\"2\">Analysis</th>\n  <th colspan=\"2\">Arm</th>\n</tr>\n"
        "<tr>\n  <th>XOSPATA (n=247)</th>\n  <th>Salvage chemotherapy (n=124)</th>\n</tr>\n</thead>\n<tbody>\n"
        "<tr><td rowspan=\"2\">Overall survival</td><td>Median, months</td><td>{a1}</td><td>{b1}</td></tr>\n"
        "<tr><td>Projected 2-year rate, %</td><td>{a2}<sup>a</sup></td><td>{b2}</td></tr>\n"
        "</tbody>\n</table>\n<p><sup>a</sup> Exploratory.</p>\n",
        (("9.3", "5.6"), ("20.6", "14.2")), (16, 17), "t.html"),
    "html-rowspan-outcome-besponsa": (
        BES + "<table>\n"
        "<tr><th rowspan=\"2\">Outcome</th><th rowspan=\"2\"></th><th colspan=\"2\">Treatment group</th></tr>\n"
        "<tr><th>BESPONSA (N=164)</th><th>Standard chemotherapy (N=162)</th></tr>\n"
        "<tr><td rowspan=\"2\">Follow-up HSCT</td><td>Any, %</td><td>{a1}</td><td>{b1}<sup>b</sup></td></tr>\n"
        "<tr><td>Directly after study treatment, %</td><td>{a2}</td><td>{b2}</td></tr>\n"
        "</table>\n<p><sup>b</sup> Intention-to-treat population.</p>\n",
        (("48.2", "21.6"), ("43.3", "11.1")), (6, 7), "t.html"),
    "html-head-and-body-plain-footnote-letters": (
        BES + "<table>\n<thead>\n"
        "<tr><th scope=\"col\" rowspan=\"2\">Endpoint</th><th scope=\"colgroup\" colspan=\"2\">Patients, %</th>"
        "<th rowspan=\"2\">P value</th></tr>\n"
        "<tr><th scope=\"col\">BESPONSA</th><th scope=\"col\">Standard chemotherapy</th></tr>\n</thead>\n<tbody>\n"
        "<tr><th scope=\"row\">CR/CRi<sup>a</sup></th><td>{a1} a</td><td>{b1}</td><td>&lt;0.001</td></tr>\n"
        "<tr><th scope=\"row\">MRD negativity<sup>b</sup></th><td>{a2}</td><td>{b2} b</td><td>&lt;0.001</td></tr>\n"
        "</tbody>\n</table>\n<p>a First 218 randomized patients. b Among patients with CR/CRi.</p>\n",
        (("80.7", "29.4"), ("78.4", "28.1")), (9, 10), "t.html"),
    "markdown-footnote-marks": (
        "# BESPONSA (inotuzumab ozogamicin)\n\nINO-VATE ALL randomized adults to BESPONSA or standard chemotherapy.\n\n"
        "| | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
        "| MRD negativity, %ᵇ | {a1}ᵇ | {b1}ᵇ |\n"
        "| Follow-up HSCT, % | {a2} a | {b2} a |\n\n"
        "ᵇ Among patients with CR/CRi. a Intention-to-treat population.\n",
        (("78.4", "28.1"), ("48.2", "21.6")), (7, 8), "t.md"),
    "markdown-two-label-columns": (
        "# XOSPATA (gilteritinib)\n\nADMIRAL: XOSPATA or salvage chemotherapy.\n\n"
        "| Endpoint | Measure | XOSPATA | Salvage chemotherapy |\n|---|---|---|---|\n"
        "| Survival | Median OS (months) | {a1}* | {b1} |\n"
        "| Remission | CR/CRh (%) | {a2} | {b2}† |\n\n* Primary analysis. † Key secondary endpoint.\n",
        (("9.3", "5.6"), ("34.0", "15.3")), (7, 8), "t.md"),
}


def _text(layout: str, swap: bool) -> str:
    template, pairs, _, _ = LAYOUTS[layout]
    values = {}
    for k, (a, b) in enumerate(pairs, start=1):
        values[f"a{k}"], values[f"b{k}"] = (b, a) if swap else (a, b)
    return template.format(**values)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_published_order_is_clean(lint_piece, layout):
    name = LAYOUTS[layout][3]
    assert [(f.rule, f.line) for f in lint_piece(_text(layout, False), name=name,
                                                  rules=("V001", "V002", "U001"))] == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_swapped_row_is_found(lint_piece, layout):
    _, _, lines, name = LAYOUTS[layout]
    got = [(f.rule, f.line) for f in lint_piece(_text(layout, True), name=name, rules=("V001", "V002", "U001"))]
    assert {r for r, _ in got} <= {"V001", "V002"}, got
    assert {n for _, n in got} == set(lines), got


def test_compact_two_rowspan_cells_keep_their_columns(tmp_path):
    """The reader writes one "〃" per column spanned from above, also where two stand before the
    row's first cell and the markup between them is short ("<tr><th>A</th>")."""
    from claimcheck.documents import read_document

    path = tmp_path / "t.html"
    path.write_text("<table>\n<tr><th rowspan=\"2\">Domain</th><th rowspan=\"2\">Measure</th><th colspan=\"2\">Arm</th></tr>\n"
                    "<tr><th>Alpha</th><th>Beta</th></tr>\n</table>\n", encoding="utf-8")
    rows = [line for line in read_document(path).text.split("\n") if "|" in line]
    assert [c.strip() for c in rows[1].split("|")] == ["\u3003", "\u3003", "Alpha", "Beta"]
    assert len(rows[0].split("|")) == len(rows[1].split("|"))
