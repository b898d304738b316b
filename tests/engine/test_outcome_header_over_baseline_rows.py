"""A results table whose header names the outcome over the arms' columns ("CR/CRi rate" spanning
BESPONSA | SC, "Remission (CR/CRi)") and whose row labels name a baseline subgroup the claims
library also declares as a baseline characteristic ("Salvage 1", "Bone marrow blasts >=50%",
"Prior HSCT"): each cell is the outcome's rate in that subgroup, not the share of patients with the
characteristic (context._read_twins, context._table_columns). A table whose header names no
outcome ("Characteristic | BESPONSA | SC") keeps reading its rows as baseline shares. Texts written
for these tests (figures of the shipped claims libraries; wrong ones on purpose)."""

from __future__ import annotations

import pytest

RULES = {"V001", "V002", "U001"}

HTML = """<html><body>
<h1>BESPONSA in relapsed or refractory CD22-positive B-cell precursor ALL</h1>
<table>
<thead>
<tr><th colspan="3">INO-VATE ALL: the 218 patients of the remission analysis</th></tr>
<tr><th rowspan="2">Subgroup at entry</th><th colspan="2">Remission (CR/CRi)</th></tr>
<tr><th>BESPONSA</th><th>SC</th></tr>
</thead>
<tbody>
<tr><td>Bone marrow blasts &ge;50%</td><td>{blasts}</td><td>24.4%</td></tr>
<tr><td>Salvage 1</td><td>{s1}</td><td>28.8%</td></tr>
{extra}</tbody>
</table>
<p>Subgroup analyses were exploratory and not powered for comparison; interpret with caution.</p>
</body></html>
"""

PIPE = """# BESPONSA in relapsed or refractory CD22-positive B-cell precursor ALL

| INO-VATE ALL, first 218 randomized patients | | |
|---|---|---|
| Group at baseline | CR/CRi rate, BESPONSA | CR/CRi rate, SC |
| Salvage 1 | {s1} | 28.8% |
| Bone marrow blasts ≥50% | {blasts} | 24.4% |
{extra}
Subgroup analyses were exploratory and not powered for comparison; interpret with caution.
"""

PLAIN = """BESPONSA in relapsed or refractory CD22-positive B-cell precursor ALL

INO-VATE ALL, first 218 randomized patients

Group at baseline           CR/CRi, BESPONSA     CR/CRi, SC
Salvage 1                   {s1}                28.8%
Bone marrow blasts ≥50%     {blasts}                24.4%
{extra}
Subgroup analyses were exploratory and not powered for comparison; interpret with caution.
"""

LAYOUTS = [("t.html", HTML, "<tr><td>Prior HSCT</td><td>{v}</td><td>19.0%</td></tr>\n"),
           ("t.md", PIPE, "| Prior HSCT | {v} | 19.0% |\n"),
           ("t.txt", PLAIN, "Prior HSCT                  {v}                19.0%\n")]


def _line(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("name,layout,extra", LAYOUTS)
def test_the_right_subgroup_rows_are_clean(lint_piece, name, layout, extra):
    text = layout.format(s1="87.7%", blasts="77.9%", extra="")
    assert lint_piece(text, name, rules=RULES, market="EU") == []


@pytest.mark.parametrize("name,layout,extra", LAYOUTS)
def test_a_wrong_rate_in_a_baseline_subgroup_row_is_a_mismatch_of_the_outcome(lint_piece, name, layout, extra):
    text = layout.format(s1="83.7%", blasts="77.9%", extra="")
    found = [(f.rule, f.line) for f in lint_piece(text, name, rules=RULES, market="EU")]
    assert found == [("V001", _line(text, "83.7%") + 3)]   # (+ the front matter's three lines)
    text = layout.format(s1="87.7%", blasts="71.9%", extra="")
    assert [f.rule for f in lint_piece(text, name, rules=RULES, market="EU")] == ["V001"]


@pytest.mark.parametrize("name,layout,extra", LAYOUTS)
def test_a_subgroup_row_the_library_holds_no_entry_of_is_unsupported(lint_piece, name, layout, extra):
    text = layout.format(s1="87.7%", blasts="77.9%", extra=extra.format(v="58.0%"))
    found = lint_piece(text, name, rules=RULES, market="EU")
    mine = [f for f in found if f.found and "58.0%" in f.found]
    assert [f.rule for f in mine] == ["U001"]
    assert not any(f.rule == "V001" for f in found)   # never compared with the baseline share of prior HSCT


def test_the_rows_take_the_outcome_and_the_subgroup(linter, tmp_path):
    from claimcheck.documents import read_document

    path = tmp_path / "t.html"
    path.write_text(HTML.format(s1="87.7%", blasts="77.9%", extra=""), encoding="utf-8")
    claims = {c.text.strip(): c for c in linter.analyse(read_document(path)).claims if c.kind == "percentage"}
    assert (claims["87.7%"].endpoint, claims["87.7%"].population) == ("cr-cri", "first-salvage")
    assert (claims["24.4%"].endpoint, claims["24.4%"].population, claims["24.4%"].arm) == ("cr-cri", "high-bm-blasts", "sc")


BASELINE_HTML = """<html><body>
<h1>BESPONSA in relapsed or refractory CD22-positive B-cell precursor ALL</h1>
<table>
<tr><th colspan="3">INO-VATE ALL, all randomized patients</th></tr>
<tr><th>Characteristic</th><th>BESPONSA</th><th>SC</th></tr>
<tr><td>First salvage</td><td>{s1}</td><td>64.2%</td></tr>
<tr><td>&ge;50% bone marrow blasts</td><td>66.5%</td><td>69.8%</td></tr>
</table>
</body></html>
"""

BASELINE_PIPE = """# BESPONSA in relapsed or refractory CD22-positive B-cell precursor ALL

Patient characteristics at study entry, INO-VATE ALL:

| Characteristic | BESPONSA | SC |
|---|---|---|
| First salvage | {s1} | 64.2% |
| ≥50% bone marrow blasts | 66.5% | 69.8% |
"""


@pytest.mark.parametrize("name,layout", [("b.html", BASELINE_HTML), ("b.md", BASELINE_PIPE)])
def test_a_table_whose_header_names_no_outcome_keeps_baseline_shares(lint_piece, linter, tmp_path, name, layout):
    from claimcheck.documents import read_document

    assert lint_piece(layout.format(s1="67.7%"), name, rules=RULES, market="EU") == []
    path = tmp_path / ("x" + name)
    path.write_text(layout.format(s1="67.7%"), encoding="utf-8")
    claims = {c.text.strip(): c for c in linter.analyse(read_document(path)).claims if c.kind == "percentage"}
    assert claims["67.7%"].endpoint == "baseline-first-salvage"
    assert claims["69.8%"].endpoint == "baseline-bm-blasts-ge-50"


XOSPATA = """# XOSPATA in relapsed or refractory FLT3-mutated AML

| ADMIRAL, 371 randomized adults | | |
|---|---|---|
| Mutation type | CR/CRh with XOSPATA | CR/CRh with salvage chemotherapy |
| All patients | 34.0% | 15.3% |
| FLT3-ITD-mutated | 36.1% | 14.2% |

Subgroup analyses were exploratory and not powered for comparison; interpret with caution.
"""


def test_the_other_product_a_mutation_subgroup_row_is_unsupported(lint_piece):
    # (the other library declares its mutation subgroups as populations only: a guard, not the twin case)
    found = lint_piece(XOSPATA, "x.md", rules=RULES, market="EU")
    assert any(f.rule == "U001" and "36.1%" in (f.found or "") for f in found)
    assert not any("34.0%" in (f.found or "") or "15.3%" in (f.found or "") for f in found)
