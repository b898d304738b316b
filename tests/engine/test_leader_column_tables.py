"""Plain-text tables whose label column runs into a dot leader ("Median OS, months ......  7.7   6.2")
under a header row that names the arms are read as tables (documents/plaintables.py, leader tables).

Before, a line with a dot leader was never a table row: the side-by-side figures of such a sheet
had no cells, so a bare figure ("7.7" under "months") was no claim at all (a changed median, an
invented row passed silently), every figure took the arm last named above it (the comparator), and
an "n/N" sub-row was not read against the rate above it. A "95% CI" row under an "n/N" sub-row now
gives its intervals to the rates two rows up (claims._ci_row). Lines of "label ...... value" with
no header naming the columns stay a list (each line one statement).

Texts written for this test; facts of the shipped claims libraries."""

from __future__ import annotations

import pytest

XOS = (
    "XOSPATA (gilteritinib) in adults with relapsed or refractory FLT3-mutated AML: the ADMIRAL trial.\n\n"
    "ADMIRAL AT A GLANCE                       XOSPATA       Salvage chemotherapy\n"
    "---------------------------------------------------------------------------\n"
    "Median overall survival, months .....     9.3           5.6\n"
    "Survival at 1 year ..................     37.1%         16.7%\n"
    "CR/CRh ..............................     34.0%         15.3%\n"
    "  n/N ...............................     84/247        19/124\n"
    "Median EFS, months ..................     2.8           0.7\n"
    "{row}"
    "---------------------------------------------------------------------------\n"
)
BES = (
    "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory B-cell precursor ALL (INO-VATE ALL).\n\n"
    "KEY OUTCOMES                        BESPONSA (n=164)    SC (n=162)\n"
    "Median overall survival in the\n"
    "  ITT population, months .........  7.7                 6.2\n"
    "  95% CI .........................  6.0-9.2             4.7-8.3\n"
    "CR/CRi, first 218 randomized .....  80.7%               29.4%\n"
    "  n/N ............................  88/109              32/109\n"
    "  95% CI .........................  72.1-87.7           21.0-38.8\n"
    "{row}"
)
BES_MD = (
    "# INO-VATE ALL in brief\n\n"
    "BESPONSA (inotuzumab ozogamicin) vs standard chemotherapy (SC) in relapsed or refractory B-cell "
    "precursor ALL.\n\n"
    "Outcome                                 BESPONSA     SC\n"
    "MRD negativity among responders \u2026       78.4%        28.1%\n"
    "  n/N \u2026                                 69/88        9/32\n"
    "Median OS (months) \u2026 \u2026 \u2026                7.7          6.2\n"
    "{row}"
    "\nOS was not statistically significant (one-sided P=0.0105 vs boundary P=0.0104).\n"
)
SHEETS = {"xospata": (XOS, "sheet.txt"), "besponsa": (BES, "sheet.txt"), "markdown": (BES_MD, "sheet.md")}
RULES = {"V001", "V002", "U001", "A001"}

# (sheet, text replaced, its replacement, the rule, the line's first words)
DEFECTS = [
    ("xospata", "     9.3           5.6", "     9.8           5.6", "V001", "Median overall survival"),
    ("xospata", "     37.1%         16.7%", "     16.7%         37.1%", "V002", "Survival at 1 year"),
    ("xospata", "84/247        19/124", "84/274        19/124", "A001", "  n/N"),
    ("besponsa", "  7.7                 6.2", "  7.9                 6.2", "V001", "  ITT population"),
    ("besponsa", "4.7-8.3", "4.7-8.8", "V001", "  ITT population"),
    ("besponsa", "72.1-87.7", "74.1-87.7", "V001", "CR/CRi, first"),
    ("besponsa", "88/109 ", "88/119 ", "A001", "  n/N"),
    ("markdown", "7.7          6.2", "7.7          6.9", "V001", "Median OS"),
    ("markdown", "69/88        9/32", "69/98        9/32", "A001", "  n/N"),
]


def _found(lint_piece, sheet, text):
    _, name = SHEETS[sheet]
    return sorted((f.rule, f.line) for f in lint_piece(text, name, rules=RULES))


@pytest.mark.parametrize("sheet", sorted(SHEETS))
def test_a_faithful_leader_table_is_clean(lint_piece, sheet):
    assert _found(lint_piece, sheet, SHEETS[sheet][0].format(row="")) == []


@pytest.mark.parametrize("sheet, old, new, rule, where", DEFECTS)
def test_a_changed_figure_in_a_leader_table_is_found_on_its_row(lint_piece, sheet, old, new, rule, where):
    text = SHEETS[sheet][0].format(row="")
    assert old in text
    text = text.replace(old, new, 1)
    line = text[:text.index("\n" + where) + 1].count("\n") + 1
    got = _found(lint_piece, sheet, text)
    assert (rule, line) in got, got


@pytest.mark.parametrize("sheet, row", [
    ("xospata", "Median time to relapse, months ......     4.4           1.9\n"),
    ("besponsa", "Median remission duration (months)  5.3                 3.9\n"),
    ("markdown", "Remission duration (months) \u2026          5.3          3.9\n"),
])
def test_an_invented_row_of_a_leader_table_is_unsupported(lint_piece, sheet, row):
    text = SHEETS[sheet][0].format(row=row)
    line = text[:text.index(row)].count("\n") + 1
    got = _found(lint_piece, sheet, text)
    assert ("U001", line) in got, got


def test_leader_lines_without_a_header_stay_a_list(lint_piece):
    # no header names the columns: each line is "label ...... value", the figures as written
    text = ("XOSPATA (gilteritinib) vs salvage chemotherapy in the ADMIRAL trial.\n\n"
            "  Median overall survival ...... 9.3 vs 5.6 months\n"
            "  CR/CRh ....................... 34.0%   (84/247)\n")
    assert _found(lint_piece, "xospata", text) == []
    assert [r for r, _ in _found(lint_piece, "xospata", text.replace("9.3 vs", "9.8 vs"))] == ["V001"]
