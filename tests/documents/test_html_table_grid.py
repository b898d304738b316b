"""HTML tables keep their grid in the text: one row a line, one ``|`` per cell boundary.

The text-based table reading (context: the n-th cell of a row is under the n-th header cell) needs
each row on one line with every cell counted. Two layouts lost that: a row whose cells sit on lines
of their own (pretty-printed or exported HTML), and an empty cell (the value before it was then
read under the next column's header).
"""

from __future__ import annotations

import re

from claimcheck.documents import read_document
from claimcheck.documents.base import Location
from claimcheck.documents.html import parse_html

PRETTY = """\
<html><body>
<h1>XOSPATA in relapsed or refractory FLT3-mutated AML</h1>
<table>
  <tr>
    <th></th>
    <th>XOSPATA
      (n=247)</th>
    <th>Salvage chemotherapy (n=124)</th>
  </tr>
  <tr>
    <td>1-year survival rate</td>
    <td>37.1%</td>
    <td>16.7%</td>
  </tr>
  <tr>
    <td>CR/CRh</td>
    <td>34.0%<br>(84/247)</td>
    <td></td>
  </tr>
</table>
<p>Overall survival was significantly longer with XOSPATA.</p>
</body></html>
"""


def _line_of(doc, needle: str) -> str:
    at = doc.text.index(needle)
    return doc.text[doc.text.rfind("\n", 0, at) + 1 : doc.text.find("\n", at)]


def _src_location(text: str, offset: int) -> Location:
    return Location(line=text.count("\n", 0, offset) + 1, column=offset - text.rfind("\n", 0, offset))


def test_a_row_laid_out_over_several_lines_is_one_line_of_cells():
    doc = parse_html("pretty.html", PRETTY)
    assert len(doc.text) == len(PRETTY)
    header = _line_of(doc, "Salvage")
    assert [" ".join(c.split()) for c in header.split("|")] == ["", "XOSPATA (n=247)", "Salvage chemotherapy (n=124)"]
    row = _line_of(doc, "1-year survival rate")
    assert [" ".join(c.split()) for c in row.split("|")] == ["1-year survival rate", "37.1%", "16.7%"]
    # a <br> inside a cell and an empty last cell: still three cells, the value in the second
    row = _line_of(doc, "CR/CRh")
    assert [" ".join(c.split()) for c in row.split("|")] == ["CR/CRh", "34.0% (84/247)", ""]
    # the paragraph after the table is its own block, and every location is the file's
    assert "\n\n" in doc.text[doc.text.index("(84/247)") : doc.text.index("Overall survival")]
    for needle in ("37.1%", "16.7%", "(84/247)", "Salvage", "(n=247)", "Overall survival"):
        offset = PRETTY.index(needle)
        assert doc.text.startswith(needle, offset)
        assert doc.locate(offset) == _src_location(PRETTY, offset)


def test_empty_cells_keep_their_column():
    text = ("<table><tr><td>Event</td><td>Drug</td><td>Control</td></tr>"
            "<tr><td>Rash</td><td>12%</td><td></td></tr>"
            "<tr><td></td><td>8%</td><td>5%</td></tr>"
            "<tr><td>Fever</td><td></td><td></td></tr></table>")
    doc = parse_html("grid.html", text)
    rows = [line for line in doc.text.split("\n") if line.strip()]
    cells = [[c.strip() for c in line.split("|")] for line in rows]
    assert cells == [["Event", "Drug", "Control"], ["Rash", "12%", ""], ["", "8%", "5%"], ["Fever", "", ""]]
    assert "Rash |" in doc.text  # the separator follows the text before it
    grid = [[cell for _, cell in row] for row in doc.tables[0]]
    assert grid[1] == ["Rash", "12%", ""]


def test_layout_rows_are_left_alone():
    # one cell per row, or a cell with much text: page layout, whose paragraphs stay paragraphs
    long = "This letter is for healthcare professionals. " * 30
    text = (f"<table><tr><td><p>{long}</p>\n<p>Second paragraph.</p></td><td>Side note</td></tr>"
            "<tr><td><p>Boxed text.</p>\n<p>More boxed text.</p></td></tr></table>")
    doc = parse_html("layout.html", text)
    assert "\n\n" in doc.text[doc.text.index("Boxed text.") : doc.text.index("More boxed text.")]
    assert "\n" in doc.text[doc.text.rindex("professionals.") : doc.text.index("Second paragraph.")]
    assert "|" not in doc.text.replace("Side note", "")[: doc.text.index("Second paragraph.")]
    # a list in a cell: its items keep their lines
    doc = parse_html("list.html", "<table><tr><td>Grade 3 or higher</td><td><ul><li>Rash 4%</li>"
                                  "<li>Fever 2%</li></ul></td></tr></table>")
    assert re.search(r"\n- +Rash 4%\n- +Fever 2%", doc.text)


def test_a_swapped_row_of_a_pretty_printed_table_is_a_swap(linter, tmp_path):
    swapped = PRETTY.replace("<td>37.1%</td>\n    <td>16.7%</td>", "<td>16.7%</td>\n    <td>37.1%</td>")
    page = tmp_path / "swapped.html"
    page.write_text(swapped, encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(page)) if f.rule in {"V001", "V002", "U001"}]
    lines = {(f.rule, f.line) for f in findings}
    assert ("V002", 12) in lines or ("V002", 13) in lines, findings

    right = tmp_path / "right.html"
    right.write_text(PRETTY, encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(right)) if f.rule in {"V001", "V002", "U001"}]
    assert not [f for f in findings if 10 <= f.line <= 19], findings


def test_a_value_before_an_empty_last_cell_keeps_its_arm(linter, tmp_path):
    # a fourth column for comparisons, empty in the survival row: the two rates stay under their
    # arms (they were read one column to the right: 37.1% as the salvage arm's, a false V002)
    text = """<html><body>
<p>XOSPATA (gilteritinib) versus salvage chemotherapy in FLT3-mutated relapsed or refractory AML.</p>
<table>
<tr><th>Endpoint</th><th>XOSPATA (n=247)</th><th>Salvage chemotherapy (n=124)</th><th>Between arms</th></tr>
<tr><td>Median overall survival</td><td>9.3 months</td><td>5.6 months</td><td>HR 0.64</td></tr>
<tr><td>1-year survival rate</td><td>37.1%</td><td>16.7%</td><td></td></tr>
</table>
</body></html>
"""
    page = tmp_path / "empty.html"
    page.write_text(text, encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(page)) if f.rule in {"V001", "V002"}]
    assert not findings, findings
    swapped = tmp_path / "swapped.html"
    swapped.write_text(text.replace("<td>37.1%</td><td>16.7%</td>", "<td>16.7%</td><td>37.1%</td>"), encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(swapped)) if f.rule in {"V001", "V002"}]
    assert {(f.rule, f.line) for f in findings} == {("V002", 6)}, findings
