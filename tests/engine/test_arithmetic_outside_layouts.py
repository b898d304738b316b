"""The text's own arithmetic in the layouts outside writers use (A002, A005, A007).

- A007: arm sizes "(164 patients)" after each arm's name; "(247 and 124 patients, respectively)" after
  arm names that hold other arms' names ("investigator's choice of salvage chemotherapy"); an arm's dose
  between its name and its size ("gilteritinib 120 mg once daily (n = 247)", "gilteritinib (120 mg/day;
  n = 247)"); "(gilteritinib, 247; salvage chemotherapy, 124)"; a study-design table whose "Population"
  row gives the total and whose "Arms" row gives the sizes (Markdown, plain text, HTML).
- A002: an interval after a ";" or "," in the bracket of a difference ("(difference 18.6 percentage
  points; 95% CI, 9.8-27.4)", "(difference 18.6%; 95% CI ...)"), and an interval right after a rate's
  own n/N in a table cell ("78.4% (69/88)<br>95% CI, 68.4-86.5" in HTML, "78.4% (69/88) 95% CI, ..." in
  Markdown), never to the second of two rates set against each other.
- A005: a part of the other figure in words ("less than a third of the 42.44 events per patient-year",
  "one-quarter of the", "half the chemotherapy rate", "a quarter of that with chemotherapy"), judged
  against the two figures of its sentence (rates, or rates per time at risk in one unit).

Every wrong form is caught; the same form with the right figures stays clean.
"""

from __future__ import annotations

import pytest

HEAD = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"
HEAD_INO = "# BESPONSA in relapsed or refractory ALL\n\n"


def _found(lint_piece, text: str, rules, ext: str = "md", head: str = HEAD):
    return lint_piece(head + text + "\n", f"piece.{ext}", rules=rules)


# ----------------------------------------------------------------------------------------------- A007
SIZES = [
    ("md", "ADMIRAL randomised {t} adults 2:1 to gilteritinib 120 mg once daily or investigator's choice of "
           "salvage chemotherapy ({a} and {b} patients, respectively)."),
    ("md", "ADMIRAL randomized {t} adults to XOSPATA ({a} patients) or salvage chemotherapy ({b} patients)."),
    ("md", "ADMIRAL randomized {t} adults to XOSPATA (n = {a} patients) or salvage chemotherapy (n = {b} "
           "patients)."),
    ("md", "A total of {t} patients were randomised to gilteritinib (120 mg/day; n = {a}) or salvage "
           "chemotherapy (n = {b})."),
    ("md", "ADMIRAL randomised {t} patients (gilteritinib, {a}; salvage chemotherapy, {b})."),
    ("md", "| Feature | Detail |\n|---|---|\n| Design | Phase 3, open-label, randomized 2:1 |\n"
           "| Population | {t} adults with relapsed or refractory FLT3-mutated AML |\n"
           "| Arms | Gilteritinib 120 mg once daily (n = {a}); investigator's choice of salvage chemotherapy "
           "(n = {b}) |\n| Primary endpoints | Overall survival; CR/CRh rate |"),
    ("md", "| Study design | |\n|---|---|\n| Patients randomized | {t} |\n"
           "| Treatment arms | XOSPATA 120 mg daily (n = {a}); salvage chemotherapy (n = {b}) |"),
    ("txt", "Study design\nPopulation | {t} adults with relapsed or refractory FLT3-mutated AML\n"
            "Arms | Gilteritinib 120 mg once daily (n = {a}); investigator's choice of salvage chemotherapy "
            "(n = {b})"),
    ("html", "<table><tr><th>Feature</th><th>Detail</th></tr><tr><td>Design</td><td>Phase 3, randomized "
             "2:1</td></tr><tr><td>Population</td><td>{t} adults with relapsed or refractory FLT3-mutated "
             "AML</td></tr><tr><td>Arms</td><td>Gilteritinib 120 mg once daily (n = {a}); salvage chemotherapy "
             "(n = {b})</td></tr></table>"),
]


@pytest.mark.parametrize("ext, form", SIZES)
@pytest.mark.parametrize("a, b", [(247, 134), (257, 124)])
def test_arm_sizes_that_do_not_add_up(lint_piece, ext, form, a, b):
    found = _found(lint_piece, form.format(t=371, a=a, b=b), "A007", ext)
    assert len(found) == 1, form
    assert str(a + b) in found[0].message and "371" in found[0].message
    assert _found(lint_piece, form.format(t=371, a=247, b=124), "A007", ext) == []


def test_arm_sizes_in_patients_after_each_arm_in_a_long_sentence(lint_piece):
    text = ("INO-VATE ALL randomized 326 adults with relapsed or refractory disease, in first or second salvage, "
            "to BESPONSA (164 patients) or investigator's choice of chemotherapy ({b} patients). CR/CRi and "
            "overall survival were co-primary endpoints; remission was analyzed in the first 218 patients "
            "randomized (109 in each arm).")
    found = _found(lint_piece, text.format(b=166), "A007", head=HEAD_INO)
    assert len(found) == 1 and "330" in found[0].message
    assert _found(lint_piece, text.format(b=162), "A007", head=HEAD_INO) == []


def test_only_a_row_labelled_as_the_arms_gives_arm_sizes(lint_piece):
    table = ("| Feature | Detail |\n|---|---|\n| Population | 371 adults randomized |\n"
             "| {label} | Gilteritinib (n = 246); salvage chemotherapy (n = 109) |")
    assert len(_found(lint_piece, table.format(label="Treatment arms"), "A007")) == 1
    # a safety population's arms under the randomised total are not judged as its parts
    assert _found(lint_piece, table.format(label="Safety population"), "A007") == []


# ----------------------------------------------------------------------------------------------- A002
DIFFERENCES = [
    "(difference {d} percentage points; 95% CI, 9.8-{hi})",
    "(difference {d} percentage points, 95% CI 9.8-{hi})",
    "(difference, {d} percentage points; 95% CI, 9.8 to {hi})",
    "(a difference of {d} percentage points; 95% confidence interval 9.8 to {hi})",
    "(difference {d} pp; 95% CI 9.8\u2013{hi})",
    "(absolute difference {d} percentage points, with a 95% CI of 9.8 to {hi})",
    "(difference {d}%; 95% CI, 9.8-{hi})",
    "(difference, {d}%, 95% CI 9.8 to {hi})",
]


@pytest.mark.parametrize("form", DIFFERENCES)
def test_difference_interval_after_a_semicolon(lint_piece, form):
    line = "- CR/CRh: 34.0% with gilteritinib versus 15.3% with salvage chemotherapy " + form + "."
    wrong = _found(lint_piece, line.format(d="18.6", hi="17.4"), "A002")
    assert len(wrong) == 1 and "18.6" in wrong[0].message
    assert _found(lint_piece, line.format(d="18.6", hi="27.4"), "A002") == []


OWN_COUNT = [
    ("md", "| Endpoint | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
           "| MRD negativity among patients with CR/CRi | 78.4% (69/88) 95% CI, {lo}\u2013{hi} | 28.1% (9/32) "
           "95% CI, 13.7\u201346.7 |"),
    ("html", "<table><tr><th>Endpoint</th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>"
             "<tr><td>MRD negativity among patients with CR/CRi</td><td>78.4% (69/88)<br>95% CI, {lo}\u2013{hi}</td>"
             "<td>28.1% (9/32)<br>95% CI, 13.7\u201346.7</td></tr></table>"),
]


@pytest.mark.parametrize("ext, form", OWN_COUNT)
def test_interval_after_the_rates_own_count(lint_piece, ext, form):
    wrong = _found(lint_piece, form.format(lo="80.4", hi="88.5"), "A002", ext, head=HEAD_INO)
    assert len(wrong) == 1 and "78.4" in wrong[0].message
    assert _found(lint_piece, form.format(lo="68.4", hi="86.5"), "A002", ext, head=HEAD_INO) == []


def test_interval_after_the_second_of_two_rates_set_against_each_other_is_not_its_own(lint_piece):
    row = "| {e} | 80.7% (88/109) {sep} 29.4% (32/109); 95% CI, 41.1-61.5 |"
    head = "| Endpoint | Result |\n|---|---|\n"
    # each rate in a cell of its own: the interval is the second's
    assert len(_found(lint_piece, head + row.format(e="CR/CRi", sep="|"), "A002", head=HEAD_INO)) == 1
    # one interval after "a (n/N) vs b (n/N)" may be the comparison's: not given to the second rate
    assert _found(lint_piece, head + row.format(e="CR/CRi", sep="vs"), "A002", head=HEAD_INO) == []


# ----------------------------------------------------------------------------------------------- A005
PARTS = [
    # (sentence, wordings that hold, wordings that do not)
    ("In an exploratory analysis, adverse events occurred at 19.34 events per patient-year with gilteritinib, "
     "{w} 42.44 events per patient-year with salvage chemotherapy.",
     ["less than half the", "under half of the", "nearly half the", "less than one-half the"],
     ["less than a third of the", "under one-third of the", "a quarter of the", "about a third of the",
      "one-quarter of the"]),
    ("The exposure-adjusted event rate was 19.34 per patient-year with gilteritinib, {w} that with salvage "
     "chemotherapy (42.44 per patient-year).",
     ["less than half", "under half"],
     ["less than a third of", "a quarter of"]),
    ("CR/CRh was achieved by 15.3% with salvage chemotherapy, {w} 34.0% with gilteritinib.",
     ["less than half the", "under half of the"],
     ["a third of the", "less than a third of the", "a quarter of the"]),
    ("- Febrile neutropenia: 10.2% with gilteritinib, {w} chemotherapy rate (31.5%)",
     ["about a third of the", "roughly one-third of the", "less than a third of the"],
     ["less than a quarter of the", "half the"]),
]


@pytest.mark.parametrize("form, good, bad", PARTS)
def test_part_of_the_other_figure(lint_piece, form, good, bad):
    for w in good:
        assert _found(lint_piece, form.format(w=w), "A005") == [], w
    for w in bad:
        found = _found(lint_piece, form.format(w=w), "A005")
        assert len(found) == 1, w


@pytest.mark.parametrize("text", [
    "CR/CRi was 80.7% vs 29.4%; a third of the 326 patients randomised were in second salvage.",
    "CR/CRi was 80.7% vs 29.4%; half the 164 patients given BESPONSA proceeded to transplant.",
    "CR/CRi was 80.7% vs 29.4%; patients received half the dose in cycle 2.",
])
def test_part_of_a_number_of_patients_is_no_relative_wording(lint_piece, text):
    assert _found(lint_piece, text, "A005", head=HEAD_INO) == []
    # the same words of a figure are: 29.4% is not a quarter of 80.7%
    assert len(_found(lint_piece, "CR/CRi was 29.4%, a quarter of the 80.7% with BESPONSA.", "A005",
                      head=HEAD_INO)) == 1
