"""A004 for a difference in points that the text states beside its rates in forms the earlier readers
missed (probe 17): a table cell of an "Effect" / "Benefit" / "Difference"-like column in the row of the
two rates (the rates may carry their n/N), a cell of words that holds the difference ("Prespecified;
difference 12.4 points, p=0.01"), and a hyphenated "N-percentage-point difference" in a callout line
under a table of rates. A correct difference stays clean; a table of scores stays clean."""

from __future__ import annotations

import pytest

HEAD = "# XOSPATA in relapsed or refractory AML\n\nIn the phase 3 ADMIRAL study of XOSPATA:\n\n"


def _a004(lint_piece, text: str, ext: str = "md"):
    if ext == "html":
        text = "<html><body><p>" + HEAD.replace("\n\n", "</p><p>") + "</p>" + text + "</body></html>"
    else:
        text = HEAD + text
    return lint_piece(text + "\n", f"p.{ext}", rules="A004")


EFFECT_MD = ("| Endpoint | XOSPATA | Chemotherapy | {col} | Analysis |\n|---|---|---|---|---|\n"
             "| CR/CRh | 34.0% (84/247) | 15.3% (19/124) | {d} | ITT |\n"
             "| Overall response | 67.6% | 25.8% | {e} | ITT |\n")


@pytest.mark.parametrize("col", ["Effect", "Treatment benefit", "Absolute advantage", "Δ"])
def test_effect_column_cells(lint_piece, col):
    ok = EFFECT_MD.format(col=col, d="+18.7 points", e="41.8 pts")
    assert _a004(lint_piece, ok) == []
    wrong = _a004(lint_piece, EFFECT_MD.format(col=col, d="+18.7 points", e="+48.1 points"))
    assert len(wrong) == 1 and "41.8" in wrong[0].message
    wrong = _a004(lint_piece, EFFECT_MD.format(col=col, d="28.7 points", e="41.8 points"))
    assert len(wrong) == 1 and "18.7" in wrong[0].message


WORDS_CELL = [
    ("md", "| Endpoint | XOSPATA | Chemotherapy | Comment |\n|---|---|---|---|\n"
           "| CR/CRh | 34.0% (84/247) | 15.3% (19/124) | Key secondary; difference {d} points, p=0.0001 |\n"),
    ("html", "<table><tr><th>Endpoint</th><th>XOSPATA</th><th>Chemotherapy</th><th>Notes</th></tr>"
             "<tr><td>CR/CRh</td><td>34.0% (84/247)</td><td>15.3% (19/124)</td>"
             "<td>ITT population; a difference of {d} points</td></tr></table>"),
]


@pytest.mark.parametrize("ext, table", WORDS_CELL)
def test_difference_in_a_cell_of_words(lint_piece, ext, table):
    assert _a004(lint_piece, table.format(d="18.7"), ext) == []
    wrong = _a004(lint_piece, table.format(d="21.7"), ext)
    assert len(wrong) == 1 and "18.7" in wrong[0].message


CALLOUT = ("| Group | XOSPATA | Chemotherapy |\n|---|---|---|\n| All randomised | 34.0% | 15.3% |\n"
           "| Older patients | 30.1% | 12.0% |\n\n"
           "- Callout: {d}-percentage-point difference in CR/CRh, all randomised (p=0.0001)\n"
           "- Footnote: subgroup analyses were exploratory.\n")


def test_hyphenated_callout_under_a_table(lint_piece):
    assert _a004(lint_piece, CALLOUT.format(d="18.7")) == []
    assert _a004(lint_piece, CALLOUT.format(d="18.1")) == []   # the other row's difference
    wrong = _a004(lint_piece, CALLOUT.format(d="23.7"))
    assert len(wrong) == 1 and "23.7" in wrong[0].message


def test_score_columns_stay_clean(lint_piece):
    table = ("| Scale | XOSPATA | Chemotherapy | Change in score |\n|---|---|---|---|\n"
             "| Fatigue | 40.0% | 30.0% | 4 points |\n")
    assert _a004(lint_piece, table) == []
