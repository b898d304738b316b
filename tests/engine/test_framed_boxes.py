"""A passage in a box drawn with characters (a boxed warning typed in a .txt draft) is read as
the passage: its border characters are no table cells, so a sentence wrapped over the box's lines
runs on and every element of the warning is found. A table's rows, with cell boundaries inside
them, are left as they are. Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.documents.text import unframe_boxes

_BOX_LINES = [
    "WARNING: DIFFERENTIATION SYNDROME",
    "Patients treated with XOSPATA have had symptoms of differentiation syndrome,",
    "which can be fatal or life-threatening if not treated. Symptoms may include",
    "fever, dyspnea, hypoxia, pulmonary infiltrates, pleural or pericardial",
    "effusions, rapid weight gain or peripheral edema, hypotension, or renal",
    "dysfunction. If differentiation syndrome is suspected, initiate corticosteroid",
    "therapy and hemodynamic monitoring until symptom resolution.",
]
_FRAMES = {
    "ascii": ("+{}+", "| {} |"),
    "unicode": ("\u250c{}\u2510", "\u2502 {} \u2502"),
    "double": ("\u2554{}\u2557", "\u2551 {} \u2551"),
}


def _boxed(style: str) -> str:
    rule, line = _FRAMES[style]
    width = max(map(len, _BOX_LINES))
    fill = "\u2500" if style == "unicode" else "\u2550" if style == "double" else "-"
    top = rule.format(fill * (width + 2))
    body = "\n".join(line.format(t.ljust(width)) for t in _BOX_LINES)
    return f"{top}\n{body}\n{top}\n"


@pytest.mark.parametrize("style", sorted(_FRAMES))
def test_the_borders_of_a_drawn_box_become_spaces(style):
    text = "Onboarding letter\n\n" + _boxed(style) + "\nDear colleague,\n"
    out = unframe_boxes(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "|" not in out and "\u2502" not in out and "\u2551" not in out
    assert "corticosteroid" in out


def test_a_table_with_cells_inside_its_rows_is_left_alone():
    text = ("+---------+------+------+\n| Outcome | Arm A | Arm B |\n+---------+------+------+\n"
            "| CR/CRi  | 34%  | 15%  |\n+---------+------+------+\n")
    assert unframe_boxes(text) == text


def test_lines_with_bars_and_no_rule_round_them_are_left_alone():
    text = "| not a box |\n| just two lines with bars |\nThen prose.\n"
    assert unframe_boxes(text) == text


@pytest.mark.parametrize("style", sorted(_FRAMES))
def test_a_complete_boxed_warning_in_a_drawn_box_is_found_complete(lint_piece, full_linter, style):
    text = ("Market: US\n\nXOSPATA (gilteritinib) onboarding notes\n\n" + _boxed(style) +
            "\nXOSPATA is indicated for the treatment of adult patients who have relapsed or refractory "
            "acute myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.\n\n"
            "Please see the full Prescribing Information, including the Boxed WARNING.\n")
    found = lint_piece(text, name="letter.txt", linter=full_linter, rules={"B001", "B002", "I001", "I002"})
    assert found == []


def test_an_element_deleted_from_a_drawn_box_is_still_reported(lint_piece, full_linter):
    box = _boxed("ascii").replace("therapy and hemodynamic monitoring until symptom resolution.",
                                  "therapy.                                                   ")
    text = ("Market: US\n\nXOSPATA (gilteritinib) onboarding notes\n\n" + box +
            "\nXOSPATA is indicated for the treatment of adult patients who have relapsed or refractory "
            "acute myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.\n\n"
            "Please see the full Prescribing Information, including the Boxed WARNING.\n")
    found = lint_piece(text, name="letter.txt", linter=full_linter, rules={"B001", "B002"})
    assert [f.rule for f in found] == ["B002"] and "hemodynamic" in found[0].message
