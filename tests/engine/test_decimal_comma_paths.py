"""EU decimal commas on every path a decimal point takes: a hazard ratio followed by a comma ("HR
0,75, 97,5 % CI 0,57–0,99"), a difference in "points" ("difference 18,6 points"), "n (%)" table
cells ("88 (80,7)"), and arms swapped in "vs" chains. Each is read as the same line written with
decimal points would be: the same findings, and none on the correct line. Texts written for this
test; facts of the shipped claims libraries (INO-VATE ALL CR/CRi 80.7% vs 29.4%, 88/109 and 32/109,
median OS 7.7 vs 6.2 months, HR 0.75 (97.5% CI 0.57-0.99); ADMIRAL CR/CRh 34.0% vs 15.3%, difference
18.6 points, median OS 9.3 vs 5.6 months)."""

from __future__ import annotations

import pytest

EU = "---\nmarket: EU\n---\n"
BES = EU + "# BESPONSA (inotuzumab ozogamicin)\n\nINO-VATE ALL compared BESPONSA with standard chemotherapy.\n\n"
XOS = EU + "# XOSPATA (gilteritinib)\n\nADMIRAL compared XOSPATA with salvage chemotherapy.\n\n"


def _rules(full_linter, lint_piece, text, name="piece.md", rules=("V001", "V002", "A001", "A002", "A004", "A006", "U001")):
    return sorted({f.rule for f in lint_piece(text, name=name, linter=full_linter, rules=set(rules))})


HR_LINES = {
    "prose": "Overall survival did not reach significance (median 7,7 vs 6,2 months; HR {hr}, 97,5 % CI 0,57–0,99).\n",
    "bullet": "- Median OS 7,7 vs 6,2 months; HR {hr}, 97,5 % CI 0,57 to 0,99, not significant\n",
    "table": "| Outcome | Result |\n|---|---|\n| OS hazard ratio | HR {hr}, 97,5 % CI 0,57–0,99 |\n",
}


@pytest.mark.parametrize("layout", sorted(HR_LINES))
def test_hazard_ratio_before_a_comma_is_read_whole(full_linter, lint_piece, layout):
    assert _rules(full_linter, lint_piece, BES + HR_LINES[layout].format(hr="0,75")) == []
    assert _rules(full_linter, lint_piece, BES + HR_LINES[layout].format(hr="0,82")) == ["V001"]


POINTS = {
    "prose": "CR/CRh was 34,0 % with XOSPATA vs 15,3 % with salvage chemotherapy, a difference of {d} points.\n",
    "bullet": "- CR/CRh: 34,0 % vs 15,3 % (difference {d} points)\n",
    "html": ("<html><body><p>Market: EU</p><h1>XOSPATA (gilteritinib)</h1><table>\n"
             "<tr><th>Outcome</th><th>XOSPATA</th><th>Salvage chemotherapy</th><th>Comparison</th></tr>\n"
             "<tr><td>CR/CRh</td><td>34,0 %</td><td>15,3 %</td><td>difference {d} points</td></tr>\n"
             "</table></body></html>\n"),
}


@pytest.mark.parametrize("layout", sorted(POINTS))
def test_difference_in_points_with_a_decimal_comma(full_linter, lint_piece, layout):
    html = layout == "html"
    text = (lambda d: POINTS[layout].format(d=d)) if html else (lambda d: XOS + POINTS[layout].format(d=d))
    name = "piece.html" if html else "piece.md"
    assert _rules(full_linter, lint_piece, text("18,6"), name=name) == []
    assert "A004" in _rules(full_linter, lint_piece, text("8,6"), name=name)


N_PCT_TABLES = {
    "pipe": ("| | BESPONSA (n=109) | Standard chemotherapy (n=109) |\n|---|---|---|\n"
             "| CR/CRi, n (%) | {n} (80,7) | 32 (29,4) |\n", "piece.md"),
    "pipe-percent-sign": ("| | BESPONSA (n = 109) | SC (n = 109) |\n|---|---|---|\n"
                          "| Patients in CR/CRi, n (%) | {n} (80,7 %) | 32 (29,4 %) |\n", "piece.md"),
    "html": ("<html><body><p>Market: EU</p><h1>BESPONSA (inotuzumab ozogamicin)</h1><table>\n"
             "<tr><th></th><th>BESPONSA (n=109)</th><th>Standard chemotherapy (n=109)</th></tr>\n"
             "<tr><td>CR/CRi, n (%)</td><td>{n} (80,7)</td><td>32 (29,4)</td></tr>\n</table></body></html>\n", "piece.html"),
}


@pytest.mark.parametrize("layout", sorted(N_PCT_TABLES))
def test_n_percent_table_cell_with_a_decimal_comma(full_linter, lint_piece, layout):
    template, name = N_PCT_TABLES[layout]
    head = "" if name.endswith(".html") else BES
    assert "A006" not in _rules(full_linter, lint_piece, head + template.format(n="88"), name=name)
    assert "A006" in _rules(full_linter, lint_piece, head + template.format(n="98"), name=name)


SWAPS = [
    (BES, "CR/CRi {a} % vs {b} % (BESPONSA vs standard chemotherapy).", "80,7", "29,4"),
    (BES, "BESPONSA vs SC – CR/CRi: {a} % vs {b} %", "80,7", "29,4"),
    (BES, "- Median OS (BESPONSA vs SC): {a} vs {b} mo", "7,7", "6,2"),
    (BES, "Median OS was {a} versus {b} months with BESPONSA and standard chemotherapy.", "7,7", "6,2"),
    (BES, "| Endpoint | BESPONSA vs SC |\n|---|---|\n| CR/CRi | {a} % vs {b} % |", "80,7", "29,4"),
    (XOS, "Median OS {a} vs {b} months (XOSPATA vs salvage chemotherapy; HR 0,64).", "9,3", "5,6"),
]


@pytest.mark.parametrize("i", range(len(SWAPS)))
def test_arms_swapped_with_decimal_commas_as_with_points(full_linter, lint_piece, i):
    head, line, a, b = SWAPS[i]
    assert _rules(full_linter, lint_piece, head + line.format(a=a, b=b) + "\n") == []
    swapped = _rules(full_linter, lint_piece, head + line.format(a=b, b=a) + "\n")
    dotted = _rules(full_linter, lint_piece, head + line.replace("0,64", "0.64").format(
        a=b.replace(",", "."), b=a.replace(",", ".")) + "\n")
    assert swapped and set(swapped) <= {"V001", "V002"} and swapped == dotted
