"""A value whose own words name one entry's qualifier ("went directly to transplant", "any grade",
"for survivors") is judged against that entry, never confirmed by another entry of the same
endpoint, trial and population whose figure it happens to equal (the comparator's ANY-transplant
rate 21.6% written on the "directly to transplant" row, where the direct rate is 11.1%). And
dot-leader rows under a header line that names the arms take the arms by position. Texts written
for this test in several layouts; facts of the shipped BESPONSA and XOSPATA libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"
XOS = "# XOSPATA (gilteritinib), relapsed or refractory FLT3-mutated AML\n\nADMIRAL: XOSPATA or salvage chemotherapy.\n\n"


def _found(linter, tmp_path, head, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(head + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


DIRECT = {
    "dotted": ("txt", "Transplant outcomes                  BESPONSA      Chemo\n"
                      "Went directly to transplant ..... 43.3% ..... {sc}\n"),
    "pipe": ("md", "| HSCT | BESPONSA | Chemotherapy |\n|---|---|---|\n| Proceeded directly to HSCT | 43.3% | {sc} |\n"),
    "sentence": ("md", "Patients proceeded directly to HSCT in 43.3% of the BESPONSA arm vs {sc} with chemotherapy.\n"),
    "sentence-eu": ("md", "Direct transplant (without additional induction): 43,3 % with BESPONSA vs {sc} with chemotherapy.\n"),
    "after": ("md", "With chemotherapy, {sc} of patients went straight to transplant.\n"),
}


@pytest.mark.parametrize("layout", sorted(DIRECT))
def test_direct_transplant_rate_correct_is_clean(linter, tmp_path, layout):
    ext, template = DIRECT[layout]
    sc = "11,1 %" if layout.endswith("-eu") else "11.1%"
    assert _found(linter, tmp_path, BES, template.format(sc=sc), ext) == []


@pytest.mark.parametrize("layout", sorted(DIRECT))
def test_any_transplant_rate_on_the_direct_row_is_a_mismatch(linter, tmp_path, layout):
    ext, template = DIRECT[layout]
    sc = "21,6 %" if layout.endswith("-eu") else "21.6%"
    assert _found(linter, tmp_path, BES, template.format(sc=sc), ext) == ["V001"]


@pytest.mark.parametrize("text", [
    "Any follow-up HSCT: 48.2% with BESPONSA vs 21.6% with chemotherapy; directly to HSCT: 43.3% vs 11.1%.\n",
    "Directly to HSCT: 43.3% vs 11.1%; any HSCT: 48.2% vs 21.6%.\n",
    "Overall, 48.2% of BESPONSA and 21.6% of chemotherapy patients proceeded to HSCT.\n",
])
def test_each_value_keeps_its_own_words(linter, tmp_path, text):
    assert _found(linter, tmp_path, BES, text) == []


@pytest.mark.parametrize("text", [
    "Thrombocytopenia of any grade occurred in 20% of BESPONSA-treated patients (grade ≥3: 20%).\n",
    "All-grade thrombocytopenia was reported in 20% of patients receiving BESPONSA.\n",
])
def test_grade3_figure_as_all_grade_figure_is_a_mismatch(linter, tmp_path, text):
    assert "V001" in _found(linter, tmp_path, BES, text)


def test_follow_up_of_survivors_given_the_primary_figure(linter, tmp_path):
    assert _found(linter, tmp_path, XOS, "Median follow-up for survivors was 17.8 months.\n") == ["V001"]
    assert _found(linter, tmp_path, XOS, "Median follow-up for survivors was 37.1 months.\n") == []


LEADER = {
    "label-header": "Remission (first 218 patients)      BESPONSA      Chemo\nCR/CRi ........ {a} ........ {b}\n",
    "arms-only-header": "                         BESPONSA          Standard chemotherapy\n"
                        "-----------------------------------------------------------\n"
                        "CR/CRi, first 218 ............ {a} .......... {b}\n",
    "two-rows": "Outcome                BESPONSA    SC\nCR/CRi ........ {a} ........ {b}\nMedian OS, months ........ 7.7 ........ 6.2\n",
}


@pytest.mark.parametrize("layout", sorted(LEADER))
def test_leader_rows_in_published_order_pass(linter, tmp_path, layout):
    assert _found(linter, tmp_path, BES, LEADER[layout].format(a="80.7%", b="29.4%"), "txt") == []


@pytest.mark.parametrize("layout", sorted(LEADER))
def test_leader_rows_swapped_are_found(linter, tmp_path, layout):
    got = _found(linter, tmp_path, BES, LEADER[layout].format(a="29.4%", b="80.7%"), "txt")
    assert got and set(got) <= {"V001", "V002"}, got


def test_leader_row_with_vs_is_left_to_the_sentence(linter, tmp_path):
    text = "Outcome                BESPONSA    SC\nCR/CRi ........ 80.7% vs 29.4%\n"
    assert _found(linter, tmp_path, BES, text, "txt") == []
