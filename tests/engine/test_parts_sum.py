"""Arm sizes that must add up to their stated total (helper a3, rule A007): "N = 371 (247 XOSPATA, 124
chemotherapy)", "371 patients were randomized 2:1 (247 vs 124)", a dotted-leader line or a table cell
"Randomized ........ 371 (247 / 124)"; parts that are not meant to add up (subgroups, "of whom",
percentages) are never judged."""

from __future__ import annotations

import pytest


def _a007(lint_piece, text: str):
    return lint_piece(f"# Study design\n\nIn the phase 3 ADMIRAL study of XOSPATA:\n\n{text}\n", "p.md",
                      rules="A007")


FORMS = [
    "N = {t} ({a} XOSPATA, {b} chemotherapy)",
    "A total of {t} patients were randomized 2:1 ({a} vs {b}).",
    "ADMIRAL randomized {t} adults 2:1 ({a} to XOSPATA, {b} to salvage chemotherapy).",
    "{t} patients were randomly assigned in a 2:1 ratio ({a} gilteritinib; {b} chemotherapy).",
    "Randomized ........ {t} ({a} / {b})",
    "Patients enrolled: {t} ({a} and {b})",
    "| Randomized | {t} ({a} / {b}) |",
    "| Randomized, n | {t} ({a}/{b}) |",
    "In ADMIRAL (N={t}; XOSPATA n={a}, chemotherapy n={b}), overall survival was longer.",
    "Intention-to-treat population .... {t} ({a} versus {b})",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("t, a, b", [(371, 247, 134), (371, 246, 124), (381, 247, 124)])
def test_parts_that_do_not_add_up_are_caught(lint_piece, form, t, a, b):
    found = _a007(lint_piece, form.format(t=t, a=a, b=b))
    assert len(found) == 1, form
    assert str(t) in found[0].message and str(a + b) in found[0].message


@pytest.mark.parametrize("form", FORMS)
def test_parts_that_add_up_are_clean(lint_piece, form):
    assert _a007(lint_piece, form.format(t=371, a=247, b=124)) == []


@pytest.mark.parametrize("text", [
    "N = 371 (of whom 120 had NPM1 mutations, 60 FLT3-TKD)",
    "A total of 371 patients were randomized (120 with NPM1, 60 with FLT3-TKD mutations).",
    "N = 371 (66.6% vs 33.4%)",
    "N = 371 (247 [66.6%] vs 124 [33.4%])",
    "371 patients were enrolled (median age 62 years, range 20-84).",
    "Of 371 patients (247 XOSPATA), 100 were in the US.",
    "N = 371 (including 60 from Japan and 40 from Korea)",
    "Responders ........ 88 (88/109)",
    "N = 371 (2:1)",
    "371 patients were randomized (among them 100 US, 50 EU patients).",
])
def test_parts_not_meant_to_add_up_are_not_judged(lint_piece, text):
    assert _a007(lint_piece, text) == []


PROSE = [
    "In ADMIRAL, {t} adults with relapsed or refractory FLT3-mutated AML received either once-daily XOSPATA "
    "120 mg (n={a}) or salvage chemotherapy (n={b}).",
    "Phase 3, randomized (2:1) trial of {t} adults with R/R FLT3-mutated AML: XOSPATA 120 mg daily (n={a}) vs "
    "investigator's choice of salvage chemotherapy (n={b}).",
    "In ADMIRAL (N={t}), patients were randomized to XOSPATA (n={a}) or salvage chemotherapy (n={b}).",
]


@pytest.mark.parametrize("form", PROSE)
def test_arm_sizes_in_prose_that_do_not_add_up_are_caught(lint_piece, form):
    assert len(_a007(lint_piece, form.format(t=371, a=247, b=142))) == 1
    assert len(_a007(lint_piece, form.format(t=317, a=247, b=124))) == 1


@pytest.mark.parametrize("form", PROSE)
def test_arm_sizes_in_prose_that_add_up_are_clean(lint_piece, form):
    assert _a007(lint_piece, form.format(t=371, a=247, b=124)) == []


@pytest.mark.parametrize("text", [
    "Of 371 randomized patients, FLT3-ITD (n=300) and FLT3-TKD (n=30) mutations were found.",
    "Among 371 randomized patients, those on XOSPATA (n=20) or chemotherapy (n=10) from Japan were analysed.",
    "371 patients were randomized; 247 received XOSPATA. Grade 3 AEs: XOSPATA (n=200), chemotherapy (n=90).",
])
def test_numbers_in_prose_that_are_not_arm_sizes_are_not_judged(lint_piece, text):
    assert _a007(lint_piece, text) == []
