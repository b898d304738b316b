"""HTML reader: the standard library's tokenizer; boilerplate skipped, offsets those of the file."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.documents import read_document
from claimcheck.documents.base import Location
from claimcheck.documents.html import parse_html

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><title>BESPONSA 99% HCP</title>
<style>p { margin: 0 } /* 98% */</style>
<script>var claim = "<p>97% cure</p>";</script>
</head>
<body>
<header><a href="/">Logo</a><ul class="menu"><li><a href="/a">Dosing 96%</a></li></ul>
<p>For US healthcare professionals only</p></header>
<nav><ul><li><a href="/b">Efficacy 95%</a></li></ul></nav>
<h1>Efficacy in <em>adults</em></h1>
<p>BESPONSA achieved CR/CRi in 80.7%&nbsp;of patients<sup>1,a</sup> vs 29.4% with SC.</p><p>Dose 0.8 mg/m<sup>2</sup> on day 1 &amp; day 8.</p>
<!-- claimcheck: ignore[V001] reason="approved, MLR-1234" -->
<table>
<tr><th>AE, n (%)</th><th>BESPONSA (n = 139)</th><th>SC (n = 120)</th></tr>
<tr><td>Thrombocytopenia</td><td>62 (45)</td><td>73 (61)</td></tr>
<tr><td rowspan="2">Grade &ge; 3</td><td colspan="2">see below</td></tr>
<tr><td>28 (20)</td><td>56 (47)</td></tr>
</table>
<div hidden>Hidden 94%</div>
<button>Download 93%</button>
<footer><ul><li><a href="/c">Sitemap 92%</a></li></ul><p>PP-INO-USA-0001 &copy; 2024</p></footer>
</body>
</html>
"""


def src_location(text: str, offset: int) -> Location:
    line = text.count("\n", 0, offset) + 1
    return Location(line=line, column=offset - (text.rfind("\n", 0, offset) + 1) + 1)


@pytest.fixture(scope="module")
def doc():
    return parse_html("page.html", PAGE)


def test_offsets_and_locations_are_those_of_the_file(doc):
    assert len(doc.text) == len(PAGE)
    for needle in ("80.7%", "29.4%", "0.8 mg/m", "62 (45)", "73 (61)", "PP-INO-USA-0001", "Efficacy in"):
        offset = PAGE.index(needle)
        assert doc.text.startswith(needle, offset)
        assert doc.locate(offset) == src_location(PAGE, offset)
    assert doc.locate(PAGE.index("Dose 0.8")) == Location(line=12, column=93)


def test_boilerplate_and_code_are_skipped(doc):
    for skipped in ("99%", "98%", "97%", "96%", "95%", "94%", "93%", "92%", "Dosing", "Sitemap"):
        assert skipped not in doc.text
    # header/footer text outside their menus is kept
    assert "For US healthcare professionals only" in doc.text
    assert "PP-INO-USA-0001 \u00a9" in doc.text


def test_blocks_on_one_line_do_not_run_together(doc):
    a = doc.text.index("with SC.")
    b = doc.text.index("Dose 0.8")
    between = doc.text[a + len("with SC.") : b]
    assert between.strip() == "" and between.count("\n") == 2  # a blank line: a sentence boundary


def test_list_items_get_a_bullet_table_rows_a_line(tmp_path):
    text = "<p>Intro:</p><ul><li>CR/CRi 80.7%</li><li>MRD negativity 78.4%</li></ul>\n" \
           "<table><tr><td>Nausea</td><td>44 (32)</td></tr><tr><td>Anemia</td><td>42 (30)</td></tr></table>\n"
    doc = parse_html("list.html", text)
    assert doc.text.split() == ["Intro:", "-", "CR/CRi", "80.7%", "-", "MRD", "negativity", "78.4%",
                                "Nausea", "|", "44", "(32)", "Anemia", "|", "42", "(30)"]
    items = doc.text[: text.index("</ul>")]
    assert re.search(r"Intro:\n\n- +CR/CRi 80.7%\n- +MRD negativity 78.4%", items)
    table = doc.text[text.index("<table>") :]
    assert "44 (32)" in table and "\n\n" not in table.strip()  # the table is one block
    assert doc.locate(doc.text.index("Anemia")) == src_location(text, text.index("Anemia"))


def test_entities_and_superscripts(doc):
    assert "80.7%" in doc.text and "&nbsp;" not in doc.text
    assert "of patients" in doc.text and "1,a" not in doc.text
    assert "mg/m2" in doc.text
    assert "day 1 &     day 8." in doc.text  # &amp; decoded and padded to its length


def test_comments_are_collected(doc):
    raw = '<!-- claimcheck: ignore[V001] reason="approved, MLR-1234" -->'
    assert doc.comments == [(PAGE.index(raw), raw)]
    assert "claimcheck" not in doc.text


def test_headings(doc):
    assert doc.metadata["headings"] == [(PAGE.index("Efficacy in"), 1, "Efficacy in adults")]


def test_tables_expand_spans(doc):
    assert len(doc.tables) == 1
    grid = [[cell for _, cell in row] for row in doc.tables[0]]
    assert grid == [
        ["AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"],
        ["Thrombocytopenia", "62 (45)", "73 (61)"],
        ["Grade \u2265    3", "see below", "see below"],
        ["Grade \u2265    3", "28 (20)", "56 (47)"],
    ]
    header = doc.tables[0][0]
    assert header[1] == (PAGE.index("BESPONSA (n = 139)"), "BESPONSA (n = 139)")
    for row in doc.tables[0]:
        for offset, cell in row:
            assert doc.text.startswith(cell, offset)
    # cells on one source line are separated by " | " in the text
    assert "Thrombocytopenia |" in doc.text


def test_html_sniffed_by_content(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("<!doctype html><html><body><p>CR/CRi 80.7%</p></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.text.strip() == "CR/CRi 80.7%"


def test_htm_extension_and_cp1252(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes("<p>CR/CRi \u2265 80.7% \u2013 caf\u00e9</p>".encode("cp1252", errors="replace"))
    doc = read_document(path)
    assert doc.format == "html"
    assert "80.7% \u2013 caf\u00e9" in doc.text
    assert doc.metadata["encoding"] == "cp1252"


HTML_PIECES = st.sampled_from([
    "BESPONSA ", "80.7% ", "(n = 139) ", "\n", "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>",
    "<td>", "</td>", "<tr>", "</tr>", "<table>", "</table>", "<th colspan=2>", "<td rowspan='3'>",
    "<h2>", "</h2>", "<sup>", "</sup>", "1,a", "<script>", "</script>", "<nav>", "</nav>", "<!-- c -->",
    "<!--", "-->", "&amp;", "&nbsp;", "&#8805;", "&#x2265;", "&bogus;", "&", "<", ">", "<b", "</",
    "<![CDATA[x]]>", "<?pi?>", "<!DOCTYPE html>", "\t", "é", "<header><ul><li>", "</li></ul></header>",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(HTML_PIECES, max_size=40).map("".join))
def test_any_html_keeps_locations(text):
    doc = parse_html("fuzz.html", text)
    assert len(doc.text) == len(text)
    for offset in range(0, len(text) + 1):
        assert doc.locate(offset) == src_location(text, offset)
    for offset, raw in doc.comments:
        assert text.startswith(raw, offset)
    for table in doc.tables:
        for row in table:
            for offset, cell in row:
                assert doc.text.startswith(cell, offset)
