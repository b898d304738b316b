"""Two values set apart by conditions ("X months if they were A and Y months if B"): each value's
population is the condition after it, and the condition ("if they were MRD-negative") names who was
measured, never the endpoint; so the second value of the pair is checked too. Correct text stays clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _lint(linter, tmp_path, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001")]


FORMS = [
    ("In patients treated with BESPONSA who reached CR/CRi:\n\n- median OS was {a} months if they were MRD-negative "
     "and {b} months if MRD-positive;", "md"),
    ("Among BESPONSA responders, median overall survival was {a} months when patients were MRD-negative and {b} "
     "months when MRD-positive.", "md"),
    ("| Responders | Median OS |\n|---|---|\n| BESPONSA | {a} months if MRD-negative, {b} months if MRD-positive |", "md"),
    ("[02:14] GUEST: With BESPONSA, median overall survival was {a} months if they were MRD-negative and {b} months "
     "if they were MRD-positive.", "txt"),
]


@pytest.mark.parametrize("form, ext", FORMS)
def test_the_second_value_of_a_condition_pair_is_checked(linter, tmp_path, form, ext):
    found = _lint(linter, tmp_path, form.format(a="14.1", b="8.2"), ext)
    assert [f.rule for f in found] == ["V001"], form
    assert "7.2" in found[0].message and "MRD-positive" in found[0].message


@pytest.mark.parametrize("form, ext", FORMS)
def test_the_first_value_of_a_condition_pair_is_checked(linter, tmp_path, form, ext):
    found = _lint(linter, tmp_path, form.format(a="15.1", b="7.2"), ext)
    assert [f.rule for f in found] == ["V001"], form
    assert "14.1" in found[0].message


@pytest.mark.parametrize("form, ext", FORMS)
def test_a_correct_condition_pair_is_clean(linter, tmp_path, form, ext):
    assert _lint(linter, tmp_path, form.format(a="14.1", b="7.2"), ext) == []


def test_a_share_of_the_state_keeps_its_endpoint(linter, tmp_path):
    assert _lint(linter, tmp_path, "Of BESPONSA responders, 78.4% were MRD-negative; median OS was 14.1 months.") == []
