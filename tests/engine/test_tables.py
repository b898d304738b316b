"""A006: n (%) table cells against their column's N, in reader tables and in PDF-style text rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.documents import read_document

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def test_text_rows_under_a_header_with_column_ns(lint_piece):
    text = (" AE, n (%) BESPONSA \n(n = 139)\n\nSC \n(n = 120)\n\n"
            "Thrombocytopenia 62 (45) 73 (61)\n\nNeutropenia 67 (48) 53 (49)\n")
    found = [(f.rule, f.line, f.column, f.found) for f in lint_piece(text, "table.txt")]
    assert found == [("A006", 9, 21, "49")]


def test_seed_000_adverse_event_tables_are_consistent(linter):
    if not SEEDS.is_dir():
        pytest.skip(f"seed materials not found at {SEEDS}")
    findings = linter.lint_document(read_document(next(SEEDS.glob("000*.txt"))))
    assert [f for f in findings if f.rule == "A006"] == []
