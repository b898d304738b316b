"""A007 where arm sizes no longer add up to their total, in layouts the bracket reading missed: a header
line "N = 317: XOSPATA 247 + salvage chemotherapy 124", a table row of patient numbers under a total
column and the arms' columns (Markdown, HTML, a space-aligned plain-text pocket card), and a total and
arm sizes spelled out in a transcript ("three hundred and seventy-five patients were randomised, two
hundred and forty-seven to ..."). Sizes that add up stay clean. Texts written for this test; the
shipped XOSPATA library's arms."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

XOS = "# XOSPATA (gilteritinib), relapsed or refractory FLT3-mutated AML\n\nADMIRAL: XOSPATA or salvage chemotherapy.\n\n"
CARD = ("ADMIRAL POCKET CARD\n\n                 Total    XOSPATA    Salvage chemo\nPatients, N      {t}      247        124\n"
        "Median OS, mo             9.3        5.6\n")
PIPE = ("| | Total | XOSPATA | Salvage chemotherapy |\n|---|---|---|---|\n| Randomized, n | {t} | 247 | 124 |\n"
        "| Median OS, months | | 9.3 | 5.6 |\n")
HTML = ("<table><tr><th></th><th>Total</th><th>XOSPATA</th><th>Salvage chemotherapy</th></tr>"
        "<tr><td>Patients, N</td><td>{t}</td><td>247</td><td>124</td></tr></table>\n")
HEADER = "ADMIRAL POCKET CARD\n\nN={t}: XOSPATA 247 + salvage chemotherapy 124\n"
HEADER_VS = "ADMIRAL at a glance\n\nN = {t} - XOSPATA 247 vs salvage chemotherapy 124\n"
SPOKEN = ("SPEAKER 1: {t} patients were randomised, two hundred and forty-seven to XOSPATA and one hundred and "
          "twenty-four to salvage chemotherapy.\n")
LAYOUTS = [(CARD, "txt"), (PIPE, "md"), (HTML, "html"), (HEADER, "txt"), (HEADER_VS, "md")]


def _found(linter, tmp_path, text, ext):
    path = tmp_path / f"piece.{ext}"
    path.write_text(XOS + text, encoding="utf-8")
    return [f.rule for f in linter.lint_document(read_document(path)) if f.rule == "A007"]


@pytest.mark.parametrize("k", range(len(LAYOUTS)))
def test_sizes_not_adding_up_are_reported(linter, tmp_path, k):
    layout, ext = LAYOUTS[k]
    assert _found(linter, tmp_path, layout.format(t=317), ext) == ["A007"]


@pytest.mark.parametrize("k", range(len(LAYOUTS)))
def test_sizes_adding_up_are_clean(linter, tmp_path, k):
    layout, ext = LAYOUTS[k]
    assert _found(linter, tmp_path, layout.format(t=371), ext) == []


@pytest.mark.parametrize("total", ["Three hundred and seventy-five", "Three hundred seventy-five"])
def test_spelled_out_total_not_matching_is_reported(linter, tmp_path, total):
    assert _found(linter, tmp_path, SPOKEN.format(t=total), "txt") == ["A007"]


@pytest.mark.parametrize("total", ["Three hundred and seventy-one", "371"])
def test_spelled_out_sizes_adding_up_are_clean(linter, tmp_path, total):
    assert _found(linter, tmp_path, SPOKEN.format(t=total), "txt") == []


def test_table_without_total_column_or_of_other_numbers_is_clean(linter, tmp_path):
    text = ("| | Total | XOSPATA | Salvage chemotherapy |\n|---|---|---|---|\n| Deaths, n | 317 | 247 | 124 |\n"
            "| Median age, years | 56 | 62 | 57 |\n")
    assert _found(linter, tmp_path, text, "md") == []


WRAPPED = {
    "words, wrapped after 'to'": (
        "ROSSI: It was an open-label phase 3 trial. {total} adults with relapsed\n"
        "or refractory FLT3-mutated AML were randomised two to one: two hundred and forty-seven to\n"
        "gilteritinib and one hundred and twenty-four to salvage chemotherapy.\n"),
    "digits, wrapped after 'to'": (
        "In ADMIRAL, {digits} adults were randomised 2:1: 247 were assigned to\n"
        "gilteritinib and 124 to salvage chemotherapy.\n"),
    "digits, wrapped before the verb": (
        "ADMIRAL randomised {digits} adults 2:1. Of these, 247\n"
        "were randomised to gilteritinib and 124 to salvage chemotherapy.\n"),
}


@pytest.mark.parametrize("case", sorted(WRAPPED))
def test_sizes_in_hard_wrapped_text(full_linter, lint_piece, case):
    head = "Market: EU\n\nXOSPATA (gilteritinib)\n\n"
    wrong = WRAPPED[case].format(total="Three hundred and seventy-five", digits="375")
    right = WRAPPED[case].format(total="Three hundred and seventy-one", digits="371")
    assert [f.rule for f in lint_piece(head + wrong, name="t.txt", linter=full_linter, rules="A007")] == ["A007"]
    assert lint_piece(head + right, name="t.txt", linter=full_linter, rules="A007") == []
