"""An indication broadened to every age ("patients of any age", "regardless of age", "all ages"),
in a statement wrapped over several lines, is reported as the broadened slot at the line that
broadens it: the words a reviewer must change. Before, "patients of any age" was read as the adult
population missing, at the statement's first line (an outside writer's sales-training module: the
defect stood two lines below). A correct statement over the same lines stays clean. Texts written
for this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE, AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY\n\n")
PI = "\nSee the full Prescribing Information, including the Boxed Warning.\n"

BROAD = [
    ("The approved use:\nBESPONSA is indicated for the treatment of relapsed or refractory\n"
     "CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL) in\npatients of any age.\n", "any age"),
    ("BESPONSA is indicated for relapsed or refractory CD22-positive\nB-cell precursor ALL in patients\n"
     "regardless of age.\n", "regardless of age"),
    ("Indication: BESPONSA treats relapsed or refractory CD22-positive B-cell\nprecursor acute lymphoblastic "
     "leukemia\nin patients of all ages.\n", "all ages"),
]


def _i001(linter_for, text, name="piece.txt"):
    return [f for f in linter_for("US").lint_document(doc(BOX + text + PI, name)) if f.rule == "I001"]


@pytest.mark.parametrize("statement, words", BROAD)
def test_every_age_is_the_age_slot_broadened_at_its_line(linter_for, statement, words):
    found = _i001(linter_for, statement)
    assert len(found) == 1
    assert f'"{words}"' in found[0].message and "broader" in found[0].message
    line_of_words = (BOX + statement).lower().split("\n").index(
        next(ln for ln in (BOX + statement).lower().split("\n") if words in ln)) + 1
    assert found[0].line == line_of_words


def test_the_same_statement_as_approved_is_clean(linter_for):
    ok = ("The approved use:\nBESPONSA is indicated for the treatment of relapsed or refractory\n"
          "CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL) in\n"
          "adult and pediatric patients 1 year and older.\n")
    assert _i001(linter_for, ok) == []
