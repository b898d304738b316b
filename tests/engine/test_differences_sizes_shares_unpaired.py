"""Three arithmetic classes writers slip on (probe set 15):

1. A004 for a difference of the two arms stated WITHOUT them in its sentence ("lived a median of 3.7
   months longer than those on chemotherapy", "extended median OS by 3.7 months over chemotherapy", "a CR
   rate 10.6 percentage points higher"): judged against the claims library's product value minus the
   comparator's (a correct one is clean, never U001; a wrong one names both library values). A difference
   in points in a table's "Difference" column, or in a sentence or bullet after the rates it compares,
   is judged against those rates.
2. A007 for arm sizes that do not add up to their total in forms the engine missed: "326 adults,
   randomized 1:1 (164 X, 152 Y)", a trial "in which" N patients were randomised, an arm's name
   followed by words that qualify it before its size ("chemotherapy chosen by the investigator (142
   patients)"); never subsets (treated of randomized, n/N, "of whom").
3. A001 for a qualified share of an n/N that it does not describe ("79 of 164 patients (about 58%)");
   "about", "nearly", "over", "under" each allow what the word says, no more.
"""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

US_B = "# BESPONSA in relapsed or refractory ALL\n\n"
US_X = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"
EU_B = "---\nmarket: EU\n---\n\n" + US_B
EU_X = "---\nmarket: EU\n---\n\n" + US_X


def _lint(linter, tmp_path, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(text + "\n", encoding="utf-8")
    return linter.lint_document(read_document(path))


def _rules(findings, *rules):
    return [f for f in findings if f.rule in rules]


# ------------------------------------------------------------------ 1. differences without their pair
# (head, sentence with {d}, correct difference, wrong difference); library: XOSPATA median OS 9.3 vs
# 5.6 months, EFS 2.8 vs 0.7, CR 21.1% vs 10.5%, 1-year OS 37.1% vs 16.7%; BESPONSA median OS 7.7 vs
# 6.2 months, HSCT 48.2% vs 21.6%
DURATIONS = [
    (US_X, "Patients given XOSPATA survived a median of {d} months longer than those on salvage chemotherapy.",
     "3.7", "4.7"),
    (US_X, "Gilteritinib extended median overall survival by {d} months over salvage chemotherapy.", "3.7", "2.9"),
    (EU_X, "Compared with salvage chemotherapy, Xospata prolonged median OS by about {d} months.", "3.7", "5.2"),
    (US_X, "Median event-free survival was {d} months longer with XOSPATA than with chemotherapy.", "2.1", "3.1"),
    (US_X, "Patients on XOSPATA lived {d} months more than those on chemotherapy.", "3.7", "4.7"),
    (US_B, "BESPONSA improved median overall survival by {d} months compared with standard chemotherapy.",
     "1.5", "2.5"),
    (EU_B, "Median OS favoured BESPONSA, a {d}-month gain over investigator's choice of chemotherapy.", "1.5", "1.1"),
]


@pytest.mark.parametrize("head, form, right, wrong", DURATIONS)
def test_a_duration_difference_without_its_pair_is_checked_against_the_library(linter, tmp_path, head, form,
                                                                              right, wrong):
    clean = _lint(linter, tmp_path, head + form.format(d=right))
    assert _rules(clean, "A004", "U001", "V001") == [], form
    found = _rules(_lint(linter, tmp_path, head + form.format(d=wrong)), "A004")
    assert len(found) == 1, form
    assert found[0].category == "arithmetic"
    assert "claims library" in found[0].message and right in found[0].message


POINTS = [
    (US_X, "XOSPATA achieved a CR rate {d} percentage points higher than salvage chemotherapy.", "10.6", "16.0"),
    (EU_X, "With Xospata, 1-year survival was {d} percentage points higher than with salvage chemotherapy.",
     "20.4", "24.0"),
    (US_B, "The proportion proceeding to HSCT was {d} percentage points higher with BESPONSA than with "
           "chemotherapy.", "26.6", "36.6"),
]


@pytest.mark.parametrize("head, form, right, wrong", POINTS)
def test_a_difference_in_points_without_its_pair_is_checked_against_the_library(linter, tmp_path, head, form,
                                                                               right, wrong):
    assert _rules(_lint(linter, tmp_path, head + form.format(d=right)), "A004", "U001", "V001") == [], form
    found = _rules(_lint(linter, tmp_path, head + form.format(d=wrong)), "A004")
    assert len(found) == 1 and right in found[0].message, form


@pytest.mark.parametrize("d", ["18.7", "18.6", "19"])
def test_the_difference_of_the_published_rates_is_as_right_as_the_published_difference(linter, tmp_path, d):
    # 34.0 - 15.3 = 18.7; the source's 18.6 comes from unrounded rates: both are right
    text = US_X + f"XOSPATA achieved a CR/CRh rate {d} percentage points higher than chemotherapy."
    assert _rules(_lint(linter, tmp_path, text), "A004", "V001", "U001") == []


def test_a_wrong_difference_the_library_holds_stays_a_value_finding(linter, tmp_path):
    text = US_X + "XOSPATA achieved a CR/CRh rate 12.7 percentage points higher than chemotherapy."
    found = _lint(linter, tmp_path, text)
    assert [f.rule for f in found if f.rule in ("V001", "A004")] == ["V001"]


@pytest.mark.parametrize("text", [
    # a subgroup the library does not hold: not the entry's arms
    US_X + "In patients aged 65 or older, XOSPATA extended median OS by 2.0 months over chemotherapy.",
    # a threshold, not a difference
    US_X + "Responses lasting 6 months or longer were seen with XOSPATA.",
    # a time point, not a difference ("more" of patients)
    US_X + "At 12 months more patients on XOSPATA were alive than on chemotherapy.",
    # the pair is in the sentence: judged against it (right)
    US_X + "Median OS was 9.3 months with XOSPATA vs 5.6 months with chemotherapy, a gain of 3.7 months.",
])
def test_what_is_not_an_unpaired_difference_is_left_alone(linter, tmp_path, text):
    assert _rules(_lint(linter, tmp_path, text), "A004") == []


DIFF_TABLE = ("| Response | XOSPATA | Salvage chemotherapy | Difference (95% CI) |\n|---|---|---|---|\n"
              "| CR/CRh | 34.0% | 15.3% | {a} points (9.8–27.4) |\n| CR | 21.1% | 10.5% | {b} points |\n")
DIFF_TABLE_HTML = ("<table><tr><th>Outcome</th><th>BESPONSA</th><th>Chemotherapy</th><th>Absolute difference</th></tr>"
                   "<tr><td>CR/CRi</td><td>80.7%</td><td>29.4%</td><td>{a} points</td></tr>"
                   "<tr><td>HSCT</td><td>48.2%</td><td>21.6%</td><td>{b} points</td></tr></table>")


@pytest.mark.parametrize("head, table, right, wrong, ext", [
    (US_X, DIFF_TABLE, ("18.6", "10.6"), ("16.8", "10.6"), "md"),
    (EU_X, DIFF_TABLE, ("18.7", "10.6"), ("18.7", "16.0"), "md"),
    ("<html><body><h1>BESPONSA</h1>", DIFF_TABLE_HTML, ("51.3", "26.6"), ("15.3", "26.6"), "html"),
])
def test_a_difference_column_in_points_is_checked_against_its_row(linter, tmp_path, head, table, right, wrong,
                                                                   ext):
    tail = "</body></html>" if ext == "html" else ""
    assert _rules(_lint(linter, tmp_path, head + table.format(a=right[0], b=right[1]) + tail, ext), "A004") == []
    found = _rules(_lint(linter, tmp_path, head + table.format(a=wrong[0], b=wrong[1]) + tail, ext), "A004")
    assert len(found) == 1


@pytest.mark.parametrize("text, right, wrong", [
    (US_X + "CR/CRh was 34.0% with XOSPATA vs 15.3% with salvage chemotherapy. That is a difference of {d} points.",
     "18.7", "16.8"),
    (US_B + "- CR/CRi: 80.7% with BESPONSA vs 29.4% with chemotherapy\n- an absolute gain of {d} points\n",
     "51.3", "15.3"),
])
def test_a_difference_in_points_after_its_rates_in_the_paragraph(linter, tmp_path, text, right, wrong):
    assert _rules(_lint(linter, tmp_path, text.format(d=right)), "A004") == []
    assert len(_rules(_lint(linter, tmp_path, text.format(d=wrong)), "A004")) == 1


# ------------------------------------------------------------------ 2. arm sizes
SIZES = [
    (US_B, "A: 326 adults, randomized 1:1 ({a} BESPONSA, {b} chemotherapy), in first or second salvage.",
     (164, 162), (164, 152)),
    (EU_X, "ADMIRAL was an open-label phase 3 trial in which 371 adults with relapsed or refractory\n"
           "FLT3-mutated AML were randomised two to one to gilteritinib 120 mg once daily ({a} patients)\n"
           "or to salvage chemotherapy chosen by the investigator ({b} patients).", (247, 124), (247, 142)),
    (US_X, "It was a trial in which 371 patients were randomized to XOSPATA (n = {a}) or to chemotherapy of the "
           "investigator's choice (n = {b}).", (247, 124), (257, 124)),
    (US_B, "Of the 218 patients enrolled first, {a} were assigned to BESPONSA and {b} to chemotherapy.",
     (109, 109), (109, 119)),
    (EU_B, "326 patients were randomised, {a} to BESPONSA and {b} to standard chemotherapy.", (164, 162), (164, 172)),
]


@pytest.mark.parametrize("head, form, right, wrong", SIZES)
def test_arm_sizes_that_do_not_add_up_to_their_total(linter, tmp_path, head, form, right, wrong):
    assert _rules(_lint(linter, tmp_path, head + form.format(a=right[0], b=right[1])), "A007") == [], form
    found = _rules(_lint(linter, tmp_path, head + form.format(a=wrong[0], b=wrong[1])), "A007")
    assert len(found) == 1, form
    assert str(sum(wrong)) in found[0].message


@pytest.mark.parametrize("text", [
    US_B + "Of 326 patients, 164 randomized to BESPONSA and 162 to chemotherapy, 155 BESPONSA patients were treated.",
    US_B + "164 patients were randomized to BESPONSA; 155 were treated.",
    US_B + "Of the 326 randomised patients, 79 of 164 BESPONSA patients and 35 of 162 chemotherapy patients "
           "went on to HSCT.",
    US_B + "Of the 326 patients, 120 were aged 55 or older, of whom 60 received BESPONSA and 60 chemotherapy.",
    US_X + "371 patients were randomized; the safety population comprised 246 XOSPATA patients (treated with "
           "gilteritinib) and 109 chemotherapy patients.",
])
def test_subsets_are_never_summed(linter, tmp_path, text):
    assert _rules(_lint(linter, tmp_path, text), "A007") == []


# ------------------------------------------------------------------ 3. qualified shares of n/N
SHARES = [
    (US_B, "Seventy-nine of 164 BESPONSA patients, about {p} percent, had a follow-up HSCT.", "48", "58"),
    (US_B, "79 of 164 BESPONSA patients (about {p}%) had a follow-up HSCT.", "50", "60"),
    (US_B, "88 of 109 patients (over {p}%) achieved CR/CRi with BESPONSA.", "80", "85"),
    (US_X, "In ADMIRAL, 84 of 247 patients on XOSPATA (approximately {p}%) achieved CR/CRh.", "34", "43"),
    (EU_X, "CR/CRh: nearly {p} % (84 of 247) with Xospata.", "35", "40"),
    (EU_X, "Only 19 of 124 patients on chemotherapy (under {p} %) reached CR/CRh.", "20", "15"),
    (US_X, "Roughly {p} percent (26 of 124 patients) reached CR/CRh with chemotherapy.", "21", "12"),
]


@pytest.mark.parametrize("head, form, right, wrong", SHARES)
def test_a_qualified_share_of_its_counts(linter, tmp_path, head, form, right, wrong):
    assert _rules(_lint(linter, tmp_path, head + form.format(p=right)), "A001") == [], form
    found = _rules(_lint(linter, tmp_path, head + form.format(p=wrong)), "A001")
    assert len(found) == 1, form
