"""HTML cells that span columns or rows keep the grid in the text: a column spanned into from
above reads "〃", one spanned into from the left "←", so no value is read under another column's
header, and a value across both arms' columns (a hazard ratio, its P value) is no one arm's."""

from __future__ import annotations

from pathlib import Path

from claimcheck.documents.html import COLSPAN_CELL, ROWSPAN_CELL, parse_html
from claimcheck.engine import Linter
from claimcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]

ACROSS_ARMS = """<html><body><h1>Survival in ADMIRAL</h1>
<table>
<tr><th>Overall survival</th><th>XOSPATA</th><th>Salvage chemotherapy</th></tr>
<tr><td>Median, months</td><td>9.3</td><td>5.6</td></tr>
<tr><td>Stratified comparison</td><td colspan="2">0.665 (0.518-0.853); P=0.0013</td></tr>
</table></body></html>"""

DOWN_ARMS = """<html><body><h1>Survival in ADMIRAL</h1>
<table>
<tr><th>Arm</th><th>Patients</th><th>Median overall survival, months</th><th>Hazard ratio</th></tr>
<tr><td>XOSPATA</td><td>247</td><td>9.3</td><td rowspan="2">0.64</td></tr>
<tr><td>Salvage chemotherapy</td><td>124</td><td>5.6</td></tr>
</table></body></html>"""


def _rows(text):
    return [" ".join(line.split()) for line in text.split("\n") if "|" in line]


def test_spanned_columns_are_cells_of_their_own():
    assert _rows(parse_html("a.html", ACROSS_ARMS).text)[-1] == \
        f"Stratified comparison | 0.665 (0.518-0.853); P=0.0013 | {COLSPAN_CELL}"
    assert _rows(parse_html("b.html", DOWN_ARMS).text)[-1] == f"Salvage chemotherapy | 124 | 5.6 | {ROWSPAN_CELL}"


def test_locations_are_kept():
    doc = parse_html("a.html", ACROSS_ARMS)
    assert len(doc.text) == len(ACROSS_ARMS)
    at = ACROSS_ARMS.index("0.665")
    assert doc.text[at:at + 5] == "0.665"


_LINTER = {}


def _analysed(source):
    if not _LINTER:
        _LINTER["l"] = Linter(load_reference(ROOT / "reference"), market="US")
    linter = _LINTER["l"]
    doc = parse_html("piece.html", source)
    return linter.analyse(doc).claims, linter.lint_document(doc)


def test_a_value_across_both_arms_is_no_arms_value():
    claims, findings = _analysed(ACROSS_ARMS)
    by_text = {c.text: c for c in claims}
    assert by_text["9.3"].arm == "xospata" and by_text["5.6"].arm == "salvage-chemo"
    assert by_text["P=0.0013"].arm is None            # was the first (XOSPATA) column's
    assert [f for f in findings if f.rule in ("V001", "U001")] == []


def test_a_row_under_a_rowspan_keeps_its_columns():
    # without the ditto cell, "124" was read under "Median overall survival, months" (124 months)
    claims, findings = _analysed(DOWN_ARMS)
    assert not any(c.text == "124" and c.kind == "duration" for c in claims)
    assert {c.text: c.arm for c in claims if c.kind == "duration"} == {"9.3": "xospata", "5.6": "salvage-chemo"}
    assert [f for f in findings if f.rule in ("V001", "U001")] == []


TWO_INTERVALS = """<html><body><h1>Survival in ADMIRAL</h1>
<table>
<tr><th>Arm</th><th>Median overall survival, months (95% CI)</th><th>HR (95% CI)</th></tr>
<tr><td>XOSPATA</td><td>9.3 (7.7-10.7)</td><td rowspan="2">0.64 (0.49-0.83)</td></tr>
<tr><td>Salvage chemotherapy</td><td>5.6 (4.7-7.3)</td></tr>
</table></body></html>"""


def test_an_interval_header_is_read_over_its_own_column():
    # the medians were read as hazard ratios: "HR (95% CI)" was the last interval header above them
    claims, findings = _analysed(TWO_INTERVALS)
    kinds = {c.text.split()[0]: (c.kind, c.arm) for c in claims}
    assert kinds["9.3"] == ("estimate", "xospata") and kinds["5.6"] == ("estimate", "salvage-chemo")
    assert kinds["0.64"] == ("ratio", None)
    assert [f for f in findings if f.rule in ("V001", "V002", "U001")] == []
