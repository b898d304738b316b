"""A002 for an estimate whose interval sits in its own table cell after it, the level named by the
row label or the column header in any of the ways writers put it: "% [95% CI]", "% (95% CI)",
", % (95% CI)", "95% CI" with no bracket; the cell written "v [lo, hi]", "v (lo-hi)" or
"v (lo to hi)"; in Markdown, HTML and plain-text tables. Before, only a header "(95% CI)" in round
brackets named a level, and only round brackets held the bounds, so "22.8 [23.7, 29.6]" under
"2-year OS, % [95% CI]" went unread. Negatives: reference brackets "[3, 4]" in prose, ranges
"(range 18-79)" and a "median (range)" cell stay clean. Texts written for this test."""

from __future__ import annotations

import pytest

HEAD = "# XOSPATA in relapsed or refractory AML\n\nIn the phase 3 ADMIRAL study of XOSPATA:\n\n"

#: row labels and cells: the label names the level
LABELS = ["2-year OS, % [95% CI]\u1d43", "2-year OS, % (95% CI)", "2-year OS, % 95% CI", "2-year OS [95% CI], %",
          "2-year survival rate, %, 95% CI"]
CELLS = ["{v} [{lo}, {hi}]", "{v} ({lo}-{hi})", "{v} ({lo} to {hi})", "{v} [{lo}\u2013{hi}]"]


def _md(label: str, a: str, b: str) -> str:
    return (HEAD + "| Outcome | Population | XOSPATA | Chemotherapy |\n|---|---|---|---|\n"
            f"| {label} | ITT | {a} | {b} |\n\n\u1d43 Kaplan-Meier estimate.\n")


def _md_header(header: str, a: str, b: str) -> str:
    # the level in the column headers
    return (HEAD + f"| Outcome | XOSPATA, {header} | Chemotherapy, {header} |\n|---|---|---|\n"
            f"| 2-year OS | {a} | {b} |\n")


def _html(label: str, a: str, b: str) -> str:
    return ("<html><body><h1>XOSPATA in relapsed or refractory AML</h1><p>In the phase 3 ADMIRAL study of "
            "XOSPATA:</p><table><tr><th>Outcome</th><th>Population</th><th>XOSPATA</th><th>Chemotherapy</th></tr>"
            f"<tr><td>{label}</td><td>ITT</td><td>{a}</td><td>{b}</td></tr></table></body></html>\n")


def _txt(label: str, a: str, b: str) -> str:
    return (HEAD.replace("# ", "") + f"{'Outcome':<34}{'XOSPATA':<22}Chemotherapy\n"
            f"{label:<34}{a:<22}{b}\n")


def _a002(lint_piece, text, ext):
    return lint_piece(text, f"p.{ext}", rules="A002")


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("label", LABELS)
def test_row_label_names_the_interval(lint_piece, label, cell):
    wrong = _a002(lint_piece, _md(label, cell.format(v="22.8", lo="23.7", hi="29.6"),
                                  cell.format(v="10.0", lo="5.7", hi="15.5")), "md")
    assert len(wrong) == 1 and "22.8" in wrong[0].message, (label, cell)
    right = _a002(lint_piece, _md(label, cell.format(v="22.8", lo="16.7", hi="29.6"),
                                  cell.format(v="10.0", lo="5.7", hi="15.5")), "md")
    assert right == []


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("header", ["% [95% CI]", "% (95% CI)", "95% CI", "% 95% CI"])
def test_column_header_names_the_interval(lint_piece, header, cell):
    wrong = _a002(lint_piece, _md_header(header, cell.format(v="22.8", lo="16.7", hi="29.6"),
                                         cell.format(v="10.0", lo="11.7", hi="15.5")), "md")
    assert len(wrong) == 1 and "10.0" in wrong[0].message, (header, cell)
    assert _a002(lint_piece, _md_header(header, cell.format(v="22.8", lo="16.7", hi="29.6"),
                                        cell.format(v="10.0", lo="5.7", hi="15.5")), "md") == []


@pytest.mark.parametrize("build, ext", [(_html, "html"), (_txt, "txt")])
@pytest.mark.parametrize("label", ["2-year OS, % [95% CI]", "2-year OS, % (95% CI)", "2-year OS, 95% CI"])
@pytest.mark.parametrize("cell", ["{v} [{lo}, {hi}]", "{v} ({lo}-{hi})"])
def test_html_and_plain_text_tables(lint_piece, build, ext, label, cell):
    wrong = _a002(lint_piece, build(label, cell.format(v="22.8", lo="23.7", hi="29.6"),
                                    cell.format(v="10.0", lo="5.7", hi="15.5")), ext)
    assert len(wrong) == 1 and "22.8" in wrong[0].message
    assert _a002(lint_piece, build(label, cell.format(v="22.8", lo="16.7", hi="29.6"),
                                   cell.format(v="10.0", lo="5.7", hi="15.5")), ext) == []


@pytest.mark.parametrize("text", [
    # reference brackets in prose after a table that names its intervals
    "| Outcome | XOSPATA | Chemotherapy |\n|---|---|---|\n| 2-year OS, % [95% CI] | 22.8 [16.7, 29.6] | "
    "10.0 [5.7, 15.5] |\n\nMedian survival was 9.3 months in ADMIRAL [3, 4] and response lasted 11.0 [5, 6].\n",
    "In ADMIRAL, 2-year OS was 22.8% [95% CI] as reported before [3, 4]; patients were aged 20 [1, 2].\n",
    # a range in brackets in a row of its own, under a CI header
    "| Outcome | XOSPATA, % (95% CI) | Chemotherapy, % (95% CI) |\n|---|---|---|\n"
    "| 2-year OS | 22.8 (16.7-29.6) | 10.0 (5.7-15.5) |\n| Age, years (range) | 62 (20-84) | 62 (19-85) |\n",
    "| Outcome | XOSPATA | Chemotherapy |\n|---|---|---|\n| 2-year OS, % [95% CI] | 22.8 [16.7, 29.6] | "
    "10.0 [5.7, 15.5] |\n| Median age, years (range) | 62 (20-84) | 62 (19-85) |\n",
    "| Outcome | XOSPATA | Chemotherapy |\n|---|---|---|\n| Median age (range 18-79) | 45 (18-79) | 47 (19-78) |\n",
])
def test_citations_and_ranges_stay_clean(lint_piece, text):
    assert _a002(lint_piece, HEAD + text, "md") == []
