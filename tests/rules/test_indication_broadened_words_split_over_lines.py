"""An indication broadened by words that a line break splits ("patients of all\n   ages",
"regardless\nof age", "any\nage" in a dot-leader row's indented value) is reported at the line
where the broadening words begin, not at the statement's first line. Before, the words were looked
up with single blanks between them, missed across the line break, and the finding fell back to the
statement's start (a payer submission's dot-leader row: reported four lines above the defect). A
correct statement in the same layouts stays clean. Texts written for this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE, AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY\n\n")
PI = "\nSee the full Prescribing Information, including the Boxed Warning.\n"

ROW = " " * 30

SPLIT = [
    # a dot-leader row whose value wraps with a hanging indent, the words split by it
    ("Approved use ........ BESPONSA is indicated for the treatment of\n" + ROW
     + "relapsed or refractory CD22-positive B-cell\n" + ROW + "precursor acute lymphoblastic leukemia\n"
     + ROW + "(ALL) in adult and pediatric patients of all\n" + ROW + "ages.\n", "of all"),
    # plain prose wrapped at a fixed width
    ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive\n"
     "B-cell precursor acute lymphoblastic leukemia (ALL) in patients regardless\n"
     "of age.\n", "regardless"),
    # a Markdown list item with its continuation indented
    ("- BESPONSA is indicated for the treatment of relapsed or refractory\n"
     "  CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL)\n"
     "  in patients of any\n  age.\n", "of any"),
]


def _i001(linter_for, text, name="piece.txt"):
    return [f for f in linter_for("US").lint_document(doc(BOX + text + PI, name)) if f.rule == "I001"]


@pytest.mark.parametrize("statement, start", SPLIT)
def test_broadening_words_split_by_a_line_break_are_reported_where_they_begin(linter_for, statement, start):
    found = _i001(linter_for, statement)
    assert len(found) == 1
    assert "broader" in found[0].message
    lines = (BOX + statement).split("\n")
    want = next(k for k, ln in enumerate(lines) if start in ln) + 1
    assert found[0].line == want


def test_the_same_row_as_approved_is_clean(linter_for):
    ok = ("Approved use ........ BESPONSA is indicated for the treatment of\n" + ROW
          + "relapsed or refractory CD22-positive B-cell\n" + ROW + "precursor acute lymphoblastic leukemia\n"
          + ROW + "(ALL) in adult and pediatric patients 1 year\n" + ROW + "and older.\n")
    assert _i001(linter_for, ok) == []
