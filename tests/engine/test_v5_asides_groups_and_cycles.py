"""Three readings that gave false V001 on correct text, and one count they hid:

- a comparator's figures in a bracket of their own in a row label or clause ("(vs chemotherapy 8/35,
  23%)"): the arm named inside is the arm of the figures inside only; the row's cells keep the table's
  (caption's, lead-in's) arm;
- "Among the 79 who underwent transplant, it occurred in 18 (23%)": the group a figure is counted in,
  not the transplant rate;
- "42 after the first cycle (45.7%) and 38 after the second (41.3%) — so 80 of 92, or 87.0%, within two
  cycles": the elliptical ordinal and the cumulative time point are the values' own, never the first
  cycle; and a count with a few words before its bracket ("34 after the second (41.3%)") is checked
  against the total that opens the sentence (A001)."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _lint(linter, tmp_path, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text((HEAD if ext != "html" else "") + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.severity in ("error", "warning")
            and f.rule[0] in "VUA"]


HTML = ("<html><body><h1>BESPONSA in relapsed or refractory ALL</h1><table><caption>BESPONSA arm: post-transplant "
        "outcomes</caption><tr><th>Outcome</th><th>n/N</th><th>%</th></tr><tr><td>Post-HSCT non-relapse mortality "
        "(vs chemotherapy 8/35, {c}%)</td><td>31/79</td><td>{p}%</td></tr></table></body></html>")
ASIDES = [
    (HTML, "html"),
    ("**BESPONSA arm, post-transplant outcomes**\n\n| Outcome | n/N | % |\n|---|---|---|\n"
     "| Post-HSCT non-relapse mortality (vs chemotherapy 8/35, {c}%) | 31/79 | {p}% |", "md"),
    ("After transplant, non-relapse mortality with BESPONSA was {p}% (vs chemotherapy 8/35, {c}%).", "md"),
    ("BESPONSA, post-HSCT outcomes:\n\n- Non-relapse mortality (versus chemotherapy: {c}%): {p}%", "md"),
]


@pytest.mark.parametrize("form, ext", ASIDES)
def test_a_comparator_aside_keeps_its_arm_to_itself(linter, tmp_path, form, ext):
    assert _lint(linter, tmp_path, form.format(c="23", p="39"), ext) == []


@pytest.mark.parametrize("form, ext", ASIDES[2:])
def test_the_aside_value_is_still_checked(linter, tmp_path, form, ext):
    found = _lint(linter, tmp_path, form.format(c="29", p="39"), ext)
    assert [f.rule for f in found] == ["V001"] and "23%" in found[0].message


@pytest.mark.parametrize("text", [
    "VOD occurred in 23 of 164 patients (14%). Among the 79 who underwent follow-up HSCT, it occurred in 18 (23%).",
    "- VOD: 23 of 164 patients (14%)\n- Among the 79 patients who went on to transplant: VOD in 18 (23%)",
    "Hepatotoxicity, including VOD, was reported in 14% of BESPONSA patients. Of the 79 who proceeded to HSCT, "
    "18 (23%) developed VOD.",
    "[03:10] GUEST: VOD occurred in 23 of 164 patients, 14%. Among the 79 who underwent follow-up HSCT, it "
    "occurred in 18, or 23%.",
])
def test_a_group_named_by_what_its_people_went_through_is_no_claim(linter, tmp_path, text):
    assert _lint(linter, tmp_path, text) == []


CYCLES = [
    "Of the 92 patients who reached MRD-negative CR/CRi, 42 did so after the first cycle (45.7%) and {n} after the "
    "second (41.3%) — so 80 of 92, or 87.0%, within two cycles.",
    "Of the 92 BESPONSA patients with MRD-negative CR/CRi, 42 got there after the first cycle (45.7%) and {n} in "
    "the second (41.3%); 80 of 92, or 87.0%, within two cycles.",
    "- Of the 92 patients with MRD-negative CR/CRi, 42 did so after the first cycle (45.7%) and {n} after the "
    "next (41.3%)",
]


@pytest.mark.parametrize("form", CYCLES)
def test_elliptical_and_cumulative_time_points_are_the_values_own(linter, tmp_path, form):
    assert _lint(linter, tmp_path, form.format(n="38")) == []


@pytest.mark.parametrize("form", CYCLES)
def test_a_count_before_its_words_and_bracket_is_checked_against_the_total(linter, tmp_path, form):
    found = _lint(linter, tmp_path, form.format(n="34"))
    assert [f.rule for f in found] == ["A001"] and "34" in found[0].message


def test_prose_percentages_with_an_elliptical_ordinal(linter, tmp_path):
    assert _lint(linter, tmp_path, "Among MRD-negative responders on BESPONSA, 45.7% got there after the first cycle "
                                   "and 41.3% in the second, so 87.0%, within two cycles.") == []


@pytest.mark.parametrize("text", [
    # a count followed by a unit or another figure's words is not checked against the total
    "Of the 92 responders, 42 months after the first dose (45.7%) ...",
    "Of the 164 patients, 79 proceeded to HSCT compared with 35 on chemotherapy (21.6%).",
])
def test_counts_that_are_not_of_the_total_stay_silent(linter, tmp_path, text):
    assert [f for f in _lint(linter, tmp_path, text) if f.rule == "A001"] == []
