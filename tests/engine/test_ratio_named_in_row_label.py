"""A table row whose label names a hazard ratio before its interval level ("HR for death (95% CI);
P value", "Hazard ratio for OS (95% CI)") holds that ratio: its cell "0.64 (0.49-0.83)" is a hazard
ratio with its CI, checked against the library's ratio, never read as a percentage (the "%" of
"95% CI" is the interval's level) nor compared with a median in months. A probe draft's correct
table got a false V001 "overall survival is 9.3 in the reference, the text says 0.64" (issue 11)."""

from __future__ import annotations

import pytest

HEAD = "Market: EU\n\nXOSPATA (gilteritinib) in ADMIRAL.\n\n"

ROWS = [
    "| HR for death (95% CI); P value | {v} ({lo}–{hi}); P < 0.001 | reference |",
    "| Hazard ratio for OS (95% CI) | {v} ({lo}-{hi}) | — |",
    "| Overall survival, HR (95% CI) | {v} ({lo} to {hi}) | |",
]
TABLE = ("| Outcome | Gilteritinib (n = 247) | Salvage chemotherapy (n = 124) |\n|---|---|---|\n"
         "| Median OS, months | 9.3 | 5.6 |\n{row}\n")


def _rules(lint_piece, row, **kw):
    text = HEAD + TABLE.format(row=row.format(**kw))
    return sorted({f.rule for f in lint_piece(text, "piece.md", rules=("V001", "V002", "A002", "U001"))})


@pytest.mark.parametrize("row", ROWS)
def test_correct_ratio_row_is_clean(lint_piece, row):
    assert _rules(lint_piece, row, v="0.64", lo="0.49", hi="0.83") == []


@pytest.mark.parametrize("row", ROWS)
def test_wrong_ratio_in_row_is_a_mismatch(lint_piece, row):
    assert "V001" in _rules(lint_piece, row, v="0.46", lo="0.49", hi="0.83") or \
        "A002" in _rules(lint_piece, row, v="0.46", lo="0.49", hi="0.83")
    assert "V001" in _rules(lint_piece, row, v="0.74", lo="0.59", hi="0.93")
