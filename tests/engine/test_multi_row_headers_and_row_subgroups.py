"""HTML tables whose header has several rows (a title cell spanning every column, a cell spanning
two rows, a group cell spanning the arms' columns) read as one header, wherever the walk up the
table started: a figure in the title row ("ADMIRAL, 371 randomized adults") made its row's walk
cache a header of the title row alone, and every data row below then took that part only, losing
the arms named in the last header row (context.table_header). And a population the row's own label
names ("| First remission <12 months | 77.5% | 23.9% |") is the row's figures', not the one the
spanning title names for the whole table (context._row_population). Texts written for these
tests; facts of the shipped claims libraries."""

from __future__ import annotations

from claimcheck.documents.base import Document

ADMIRAL = """<html><body>
<h1>XOSPATA in relapsed or refractory FLT3-mutated AML</h1>
<table>
<thead>
<tr><th colspan="3">ADMIRAL, 371 randomized adults</th></tr>
<tr><th rowspan="2">Outcome</th><th colspan="2">Result</th></tr>
<tr><th>XOSPATA</th><th>Salvage chemotherapy</th></tr>
</thead>
<tbody>
<tr><td>CR/CRh</td><td>{crh}</td><td>{crh_sc}</td></tr>
<tr><td>1-year survival</td><td>{os1}</td><td>16.7%</td></tr>
</tbody>
</table>
</body></html>
"""

SUBGROUPS = """<html><body>
<h1>BESPONSA for relapsed or refractory CD22-positive B-cell precursor ALL</h1>
<table>
<tr><th colspan="3">CR/CRi rate, remission-analysis population (n=218)</th></tr>
<tr><th>Subgroup</th><th>BESPONSA</th><th>SC</th></tr>
<tr><td>First remission &lt;12 months</td><td>77.5%</td><td>23.9%</td></tr>
<tr><td>CR1 &ge;12 months</td><td>{ge12}</td><td>39.5%</td></tr>
</table>
<p>Subgroup analyses were exploratory and not powered for comparison; interpret with caution.</p>
</body></html>
"""

RULES = {"V001", "V002", "U001"}


def _read(text: str, tmp_path, name: str):
    from claimcheck.documents import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_arms_of_the_last_header_row_under_a_title_with_a_figure(linter, tmp_path):
    doc = _read(ADMIRAL.format(crh="34.0%", crh_sc="15.3%", os1="37.1%"), tmp_path, "t.html")
    claims = {c.text.strip(): c for c in linter.analyse(doc).claims if c.kind == "percentage"}
    assert (claims["34.0%"].arm, claims["15.3%"].arm) == ("xospata", "salvage-chemo")
    assert (claims["37.1%"].arm, claims["16.7%"].arm) == ("xospata", "salvage-chemo")
    assert claims["34.0%"].arm_source == "own"


def test_swapped_columns_under_a_spanned_header_are_both_reported(lint_piece):
    right = ADMIRAL.format(crh="34.0%", crh_sc="15.3%", os1="37.1%")
    assert lint_piece(right, "t.html", rules=RULES) == []
    swapped = ADMIRAL.format(crh="15.3%", crh_sc="34.0%", os1="37.1%")
    assert sorted(f.rule for f in lint_piece(swapped, "t.html", rules=RULES)) == ["V002", "V002"]
    wrong = ADMIRAL.format(crh="34.0%", crh_sc="15.3%", os1="39.1%")
    assert [(f.rule, f.line) for f in lint_piece(wrong, "t.html", rules=RULES)] == [("V001", 11)]


def test_the_walk_from_a_header_row_does_not_cut_the_header_of_the_rows_below():
    from claimcheck.context import table_header

    text = ("Trial X, 218 patients | \u2190 | \u2190\n"
            "Outcome | Rate | \u2190\n"
            "\u3003 | Drug A | Drug B\n"
            "Response | 80.7% | 29.4%\n")
    cache: dict = {}
    assert [row for _, row in table_header(text, 0, cache)] == ["Trial X, 218 patients | \u2190 | \u2190"]
    data = text.index("Response")
    assert len(table_header(text, data, cache)) == 3   # the cached part did not stop the walk
    assert len(table_header(text, data, {})) == 3


def test_a_subgroup_the_row_label_names_beats_the_spanning_titles_population(linter, lint_piece, tmp_path):
    right = SUBGROUPS.format(ge12="86.8%")
    doc = _read(right, tmp_path, "s.html")
    populations = {c.text.strip(): c.population for c in linter.analyse(doc).claims if c.kind == "percentage"}
    assert populations["77.5%"] == populations["23.9%"] == "dor-lt-12"
    assert populations["86.8%"] == populations["39.5%"] == "dor-ge-12"
    assert lint_piece(right, "s.html", rules=RULES) == []   # not the whole population's 80.7% / 29.4%
    wrong = SUBGROUPS.format(ge12="88.6%")
    found = lint_piece(wrong, "s.html", rules=RULES)
    assert [(f.rule, f.line) for f in found] == [("V001", 7)]
    assert "86.8%" in found[0].message
