"""Two ways a table's figures lost their row.

A footnote under a table whose mark ties it to a row ("CR/CRhᵃ | 34.0% | 15.3%" over "ᵃ Absolute
difference between the arms: 18.7 percentage points.") states that row's result: the note's
figures take the marked row's outcome (context._footnoted_results), so its difference is checked
against the row's two rates (A004) instead of being read as one of the outcome of the row just above
the note. Before, the note took the last row's outcome (median survival) and nothing was checked.

A row of cells the plain-text reader wrote with a bare "|" (a tab, or one space of a column gap:
"1-year OS|37.1%|16.7%") is a sentence of its own, as a " | " row is (sentences._ROW): before, the
rows of a tab-separated table ran together, so a time point one row names ("1-year") was read as
the next row's too. Texts written for these tests; facts of the shipped XOSPATA library."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

HTML_NOTE = """<html><body>
<h1>XOSPATA (gilteritinib): the ADMIRAL trial</h1>
<table>
<tr><th>Outcome</th><th>XOSPATA (n=247)</th><th>Salvage chemotherapy (n=124)</th></tr>
<tr><td>CR/CRh<sup>{mark}</sup></td><td>34.0%</td><td>15.3%</td></tr>
<tr><td>Median overall survival</td><td>9.3 months</td><td>5.6 months</td></tr>
</table>
<p><sup>{mark}</sup>Absolute difference between the arms: {diff} percentage points.</p>
</body></html>
"""

MD_NOTE = """# XOSPATA (gilteritinib) in the ADMIRAL trial

| Outcome | XOSPATA | Salvage chemotherapy |
|---|---|---|
| 1-year survival\u2021 | 37.1% | 16.7% |
| Median event-free survival | 2.8 months | 0.7 months |

\u2021 The gap between the arms was {diff} percentage points.
"""


@pytest.mark.parametrize("mark", ["a", "&dagger;", "1"])
def test_a_marked_note_states_its_rows_difference(lint_piece, mark):
    assert lint_piece(HTML_NOTE.format(mark=mark, diff="18.7"), "n.html", rules={"A004"}) == []
    found = lint_piece(HTML_NOTE.format(mark=mark, diff="21.7"), "n.html", rules={"A004"})
    assert [(f.rule, f.line) for f in found] == [("A004", 8)]
    assert "34.0%" in found[0].message and "15.3%" in found[0].message


def test_a_marked_note_in_markdown(lint_piece):
    assert lint_piece(MD_NOTE.format(diff="20.4"), "n.md", rules={"A004"}) == []
    found = lint_piece(MD_NOTE.format(diff="24.0"), "n.md", rules={"A004"})
    assert [(f.rule, f.line) for f in found] == [("A004", 8)]


def test_a_mark_on_two_rows_ties_the_note_to_neither(linter):
    text = MD_NOTE.replace("| Median event-free survival |", "| Median event-free survival\u2021 |").format(diff="20.4")
    claims = linter.analyse(Document(path="n.md", text=text, format="markdown")).claims
    note = next(c for c in claims if c.kind == "pp-difference")
    assert note.endpoint_strength != "sentence" or note.endpoint != "os"


TSV = ("XOSPATA (gilteritinib), ADMIRAL trial\n\n"
       "Outcome\tXOSPATA\tSalvage chemotherapy\n"
       "1-year OS\t37.1%\t16.7%\n"
       "CR/CRh\t{crh}\t15.3%\n"
       "Median OS, months\t9.3\t5.6\n")


def test_tab_separated_rows_are_sentences_of_their_own(linter):
    from claimcheck.documents import read_bytes

    doc = read_bytes("t.txt", TSV.format(crh="34.0%").encode())
    claims = {c.text.strip(): c for c in linter.analyse(doc).claims if c.kind == "percentage"}
    assert claims["37.1%"].timepoint == "1-year"
    assert claims["34.0%"].timepoint is None and claims["15.3%"].timepoint is None
    assert claims["37.1%"].sentence != claims["34.0%"].sentence


def test_a_typed_grid_row_is_its_own_sentence():
    from claimcheck.sentences import sentence_spans

    text = "Outcome|Drug A|Drug B\n2-year OS|22.8%|10.0%\nTransplant|48.2%|21.6%\n"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["Outcome|Drug A|Drug B", "2-year OS|22.8%|10.0%", "Transplant|48.2%|21.6%"]


def test_tab_separated_table_lints_clean_and_catches_a_changed_cell(lint_piece):
    rules = {"V001", "V002", "U001"}
    assert lint_piece(TSV.format(crh="34.0%"), "t.txt", rules=rules, market="US") == []
    found = lint_piece(TSV.format(crh="36.0%"), "t.txt", rules=rules, market="US")
    assert [(f.rule, f.line) for f in found] == [("V001", 5 + 3)]
