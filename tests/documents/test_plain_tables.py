"""Plain-text tables (columns lined up with spaces or tabs) are read as a grid of cells.

Before, a table typed in a .txt draft (or in a Markdown paragraph or indented block) had no cells:
every value took the last arm named above it (the comparator), a row's timepoint leaked into the
next rows, and an "n (%)" cell gave no claim. The readers now write a ``|`` into one character of
each column gap (offsets and locations unchanged), blank the rule lines and fill
``Document.tables``, as the Markdown and HTML readers do for their tables.
"""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document
from claimcheck.documents.markdown import parse_markdown
from claimcheck.documents.plaintables import find_plain_tables
from claimcheck.documents.text import read_text

XOSPATA = """\
XOSPATA (gilteritinib) in adults with relapsed or refractory FLT3-mutated AML: ADMIRAL

==================================================================
                             XOSPATA            Salvage chemotherapy
------------------------------------------------------------------
Median overall survival      9.3 months         5.6 months
1-year survival              37.1%              16.7%
CR/CRh                       34.0%              15.3%
==================================================================
"""


def _cells(doc, needle: str) -> list[str]:
    at = doc.text.index(needle)
    line = doc.text[doc.text.rfind("\n", 0, at) + 1 : doc.text.find("\n", at)]
    return [c.strip() for c in line.split("|")]


def test_a_text_table_gets_cells_rules_blanked_and_offsets_kept():
    doc = read_text("admiral.txt", XOSPATA.encode())
    assert len(doc.text) == len(XOSPATA)
    assert _cells(doc, "1-year survival") == ["1-year survival", "37.1%", "16.7%"]
    assert _cells(doc, "Salvage chemotherapy") == ["", "XOSPATA", "Salvage chemotherapy"]
    assert "=====" not in doc.text and "-----" not in doc.text
    for needle in ("37.1%", "16.7%", "Salvage", "CR/CRh"):
        assert doc.text.index(needle) == XOSPATA.index(needle)
        assert doc.locate(XOSPATA.index(needle)).line == XOSPATA[: XOSPATA.index(needle)].count("\n") + 1
    (grid,) = doc.tables
    assert [cell for _, cell in grid[2]] == ["1-year survival", "37.1%", "16.7%"]


def test_prose_dot_leaders_lists_and_unaligned_gaps_are_not_tables():
    text = (
        "Median OS was 9.3 months.  The comparator arm had 5.6 months, and the\n"
        "difference was significant.  Survival at one year was 37.1% and 16.7%.\n\n"
        "   XOSPATA ................ 34.0%   (84/247)\n"
        "   Salvage chemotherapy ... 15.3%   (19/124)\n\n"
        "1.  Perl AE et al. N Engl J Med 2019;381:1728-1740.\n"
        "2.  Perl AE et al. Blood 2022.\n\n"
        "Contact:    Medical Information    Tel:  0800 000 000\n"
        "Prepared:   December 2026          Job code:   XOS-0001\n"
    )
    assert find_plain_tables(text) == []
    assert read_text("prose.txt", text.encode()).text == text


def test_tab_separated_rows_are_cells():
    text = "Endpoint\tXOSPATA\tSalvage chemotherapy\n1-year survival\t37.1%\t16.7%\nCR/CRh\t34.0%\t15.3%\n"
    doc = read_text("tabs.txt", text.encode())
    assert doc.text.split("\n")[1].split("|") == ["1-year survival", "37.1%", "16.7%"]
    assert len(doc.tables[0]) == 3


def test_a_section_label_and_a_spanning_value_stay_inside_the_table():
    text = (
        "                         XOSPATA        Salvage chemotherapy\n"
        "Survival\n"
        "  Median, months         9.3            5.6\n"
        "  Hazard ratio           0.64 (0.49-0.83)\n"
        "  At 1 year              37.1%          16.7%\n"
    )
    doc = read_text("label.txt", text.encode())
    assert _cells(doc, "At 1 year") == ["At 1 year", "37.1%", "16.7%"]
    assert "|" not in doc.text.split("\n")[1] and "|" not in doc.text.split("\n")[3]


def test_markdown_paragraph_indented_and_fenced_tables():
    text = (
        "# ADMIRAL\n\n"
        "Endpoint                 XOSPATA     Salvage chemotherapy\n"
        "-----------------------  ----------  --------------------\n"
        "1-year survival          37.1%       16.7%\n\n"
        "    CR/CRh               34.0%       15.3%\n"
        "    CR                   21.1%       10.5%\n\n"
        "```\n"
        "Median OS (months)       9.3         5.6\n"
        "Median EFS (months)      2.8         0.7\n"
        "```\n\n"
        "```python\n"
        "x  =  1.5\n"
        "y  =  2.5\n"
        "```\n"
    )
    doc = parse_markdown("admiral.md", text)
    assert _cells(doc, "1-year survival") == ["1-year survival", "37.1%", "16.7%"]
    assert _cells(doc, "Salvage") == ["Endpoint", "XOSPATA", "Salvage chemotherapy"]
    assert _cells(doc, "CR/CRh") == ["CR/CRh", "34.0%", "15.3%"]  # an indented block is content
    assert _cells(doc, "Median EFS") == ["Median EFS (months)", "2.8", "0.7"]  # a plain fence too
    assert "x  =" not in doc.text  # code stays blanked
    assert not [h for h in doc.metadata["headings"] if "XOSPATA" in h[2]]  # the rule made no heading
    assert len(doc.tables) == 2  # the paragraph and the indented block line up: one table


def test_each_column_gets_its_arm_and_each_row_its_own_context(linter, tmp_path):
    right = tmp_path / "right.txt"
    right.write_text(XOSPATA, encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(right)) if f.rule in {"V001", "V002", "U001"}]
    assert not findings, findings
    swapped = tmp_path / "swapped.txt"
    swapped.write_text(XOSPATA.replace("37.1%              16.7%", "16.7%              37.1%"), encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(swapped)) if f.rule in {"V001", "V002"}]
    assert {(f.rule, f.line) for f in findings} == {("V002", 7)}, findings
    nearby = tmp_path / "nearby.txt"
    nearby.write_text(XOSPATA.replace("34.0%              15.3%", "34.0%              13.5%"), encoding="utf-8")
    findings = [f for f in linter.lint_document(read_document(nearby)) if f.rule in {"V001", "V002"}]
    assert [(f.rule, f.line, f.column) for f in findings] == [("V001", 8, 49)], findings


def test_an_n_percent_text_table_gives_claims_and_checks_its_column_n(linter, tmp_path):
    text = (
        "BESPONSA (inotuzumab ozogamicin), INO-VATE ALL, intent-to-treat population\n\n"
        "                                 BESPONSA (N=164)    Standard chemotherapy (N=162)\n"
        "Went on to HSCT, n (%)           79 (48.2)           35 (21.6)\n"
        "HSCT directly after, n (%)       71 (43.3)           18 (11.1)\n"
    )
    page = tmp_path / "hsct.txt"
    page.write_text(text, encoding="utf-8")
    assert not [f for f in linter.lint_document(read_document(page)) if f.severity in ("error", "warning")]
    page.write_text(text.replace("35 (21.6)", "35 (22.6)"), encoding="utf-8")
    findings = {(f.rule, f.line) for f in linter.lint_document(read_document(page))}
    assert ("A006", 4) in findings, findings
    page.write_text(text.replace("79 (48.2)           35 (21.6)", "35 (21.6)           79 (48.2)"), encoding="utf-8")
    findings = {(f.rule, f.line) for f in linter.lint_document(read_document(page))}
    assert ("V002", 4) in findings, findings


# a table whose last column wraps onto the next line, and rows that leave that column empty
WRAPPED = """\
ADMIRAL, relapsed or refractory FLT3-mutated AML (randomized 2:1)

  Result                       XOSPATA       Salvage chemotherapy   What to say
  ---------------------------  ------------  ---------------------  -------------------------
  CR/CRh                       34.0%         15.3%                  a primary endpoint; quote
                                                                    both arms together
  CR                           21.1%         10.5%
  Survival at 1 year              37.1%         16.7%
  Median OS                    9.3 months    5.6 months             HR 0.64 (95% CI,
                                                                    0.49-0.83)
  Median EFS                   2.8 months    0.7 months
"""


def test_a_wrapped_last_cell_and_rows_without_it_keep_their_cells():
    """Before, the first wrapped line ended the table (its rows below had no header) and a row whose
    last cell is empty got no cell boundaries at all: its figures took the last arm named above."""
    doc = read_text("wrapped.txt", WRAPPED.encode())
    assert len(doc.text) == len(WRAPPED)
    assert _cells(doc, "CR/CRh") == ["CR/CRh", "34.0%", "15.3%", "a primary endpoint; quote"]
    assert _cells(doc, "  CR   ") == ["CR", "21.1%", "10.5%"]  # its empty last cell gets no boundary
    assert _cells(doc, "Survival at 1 year") == ["Survival at 1 year", "37.1%", "16.7%"]
    assert _cells(doc, "Median EFS") == ["Median EFS", "2.8 months", "0.7 months"]
    assert "|" not in doc.text.split("\n")[5] and "|" not in doc.text.split("\n")[9]  # the wrapped lines
    (grid,) = doc.tables
    assert len(grid) == 6


def test_a_short_header_still_gets_no_boundaries():
    """A header row whose last cell is empty, over rows with one more cell, stays without boundaries
    (its cells would be read under the wrong columns); the data rows' short cells do not change that."""
    text = (
        "  Endpoint          XOSPATA     Salvage chemotherapy\n"
        "  CR/CRh            34.0%       15.3%                  (84/247 vs 19/124)\n"
        "  CR                21.1%       10.5%                  (52/247 vs 13/124)\n"
    )
    doc = read_text("short.txt", text.encode())
    assert "|" not in doc.text.split("\n")[0]


@pytest.mark.parametrize("name", ["wrapped.txt", "wrapped.md"])
@pytest.mark.parametrize("row, right, swapped", [
    ("CR ", "21.1%         10.5%", "10.5%         21.1%"),                      # a row with an empty last cell
    ("Survival at 1 year", "37.1%         16.7%", "16.7%         37.1%"),
    ("CR/CRh", "34.0%         15.3%", "15.3%         34.0%"),                  # a row with a wrapped cell
    ("Median EFS", "2.8 months    0.7 months", "0.7 months    2.8 months"),    # under a wrapped cell
])
def test_swapped_arms_in_a_table_with_wrapped_cells_are_found(linter, tmp_path, name, row, right, swapped):
    page = tmp_path / name
    page.write_text(WRAPPED, encoding="utf-8")
    assert not [f for f in linter.lint_document(read_document(page)) if f.rule in {"V001", "V002", "U001"}]
    line = next(k for k, ln in enumerate(WRAPPED.split("\n"), 1) if ln.strip().startswith(row) and right in ln)
    page.write_text(WRAPPED.replace(right, swapped), encoding="utf-8")
    found = {(f.rule, f.line) for f in linter.lint_document(read_document(page)) if f.rule in {"V001", "V002"}}
    assert found and all(at == line for _, at in found), found


def test_a_wrapped_line_longer_than_a_section_label_keeps_the_header():
    """A cell's next line far to the right (past the label column) is no section label however long:
    the rows under it still read their arms from the header."""
    pad = " " * 60
    text = (
        f"  Result                     XOSPATA       Salvage chemotherapy   {pad}Comment\n"
        f"  Median OS                  9.3 months    5.6 months             {pad}hazard ratio 0.64,\n"
        f"                                                                  {pad}two-sided P<0.001\n"
        f"  Survival at 1 year            16.7%         37.1%\n"
    )
    doc = read_text("wide.txt", text.encode())
    assert _cells(doc, "Survival at 1 year") == ["Survival at 1 year", "16.7%", "37.1%"]


def test_a_wide_table_with_a_long_wrapped_line_finds_the_swap(linter, tmp_path):
    pad = " " * 60
    text = (
        f"  Result                     XOSPATA       Salvage chemotherapy   {pad}Comment\n"
        f"  Median OS                  9.3 months    5.6 months             {pad}hazard ratio 0.64,\n"
        f"                                                                  {pad}two-sided P<0.001\n"
        f"  Survival at 1 year            {{a}}         {{b}}\n"
    )
    page = tmp_path / "wide.txt"
    page.write_text(text.format(a="37.1%", b="16.7%"), encoding="utf-8")
    assert not [f for f in linter.lint_document(read_document(page)) if f.rule in {"V001", "V002", "U001"}]
    page.write_text(text.format(a="16.7%", b="37.1%"), encoding="utf-8")
    found = [(f.line, f.column) for f in linter.lint_document(read_document(page)) if f.rule in {"V001", "V002"}]
    assert len(found) == 2 and {line for line, _ in found} == {4}, found  # each figure under its own arm's column


# a label column run into dot leaders, under a header row that names the arms (leader tables)
LEADER_TABLES = {
    "two arms, dotted labels between rules": (
        "ADMIRAL                                 XOSPATA       Salvage chemotherapy\n"
        "--------------------------------------------------------------------------\n"
        "Median overall survival, months ...     9.3           5.6\n"
        "CR/CRh ............................     34.0%         15.3%\n"
        "  n/N .............................     84/247        19/124\n",
        "CR/CRh", ["CR/CRh", "34.0%", "15.3%"]),
    "arm headers with counts, leader touching the value": (
        "EFFICACY                          Arm A (n=164)    Arm B (n=162)\n"
        "  Response, first 218 ........... 80.7%            29.4%\n"
        "  Median survival, months ....... 7.7              6.2\n",
        "Median survival", ["Median survival, months", "7.7", "6.2"]),
    "ellipsis leaders and a wrapped label": (
        "Outcome                              XOSPATA     Control\n"
        "Median overall survival in\n"
        "  all randomized, months \u2026 \u2026       9.3         5.6\n"
        "1-year survival \u2026                    37.1%       16.7%\n",
        "all randomized", ["all randomized, months", "9.3", "5.6"]),
}


@pytest.mark.parametrize("layout", sorted(LEADER_TABLES))
def test_a_leader_table_under_a_header_gets_cells_and_its_leaders_blanked(layout):
    text, needle, cells = LEADER_TABLES[layout]
    doc = read_text("sheet.txt", text.encode())
    assert len(doc.text) == len(text)
    assert _cells(doc, needle) == cells
    assert "..." not in doc.text and "\u2026" not in doc.text
    for value in cells[1:]:
        assert doc.text.index(value) == text.index(value)
    (grid,) = doc.tables
    assert [cell for _, cell in grid[0]][1:] == [c.strip() for c in text.split("\n")[0].split("  ") if c.strip()][1:]


def test_leader_lines_without_a_header_or_with_one_value_are_no_table():
    text = (
        "Design ............ Phase 3, open-label, randomized\n"
        "Follow-up ......... 29.6 months\n\n"
        "RESULTS\n"
        "  Median survival ........ 9.3      5.6\n"
        "  Response rate .......... 34.0%    15.3%\n\n"
        "SAFETY                          EXAMPLIMAB\n"
        "  Neutropenia ................. 49% (81/164)\n"
        "  Thrombocytopenia ............ 51% (83/164)\n"
    )
    assert find_plain_tables(text) == []
    assert read_text("list.txt", text.encode()).text == text
