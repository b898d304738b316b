"""A007 for arm sizes set against a stated total in layouts the earlier readers did not take: sizes
listed with "respectively" ("164 and 172 patients, respectively, out of 326"), sizes joined by "+"
before their total ("257 + 124 patients (N = 371)"), the arms before the total in one sentence, the
total in the sentence or line right after the sizes, one bullet an arm under or over a labelled total,
"164 were treated with BESPONSA", an arm qualified by a word or two ("172 received standard intensive
chemotherapy"). Numbers that are not arm sizes (ages, doses, cycles, subgroups) stay clean."""

from __future__ import annotations

import pytest

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _a007(lint_piece, text: str, ext: str = "md"):
    return lint_piece(HEAD + text + "\n", f"p.{ext}", rules="A007")


FORMS = [
    "{a} and {b} patients, respectively, out of {t} were assigned to BESPONSA and chemotherapy.",
    "Patients were randomised to BESPONSA or chemotherapy ({a} and {b} patients, respectively, out of {t}).",
    "The BESPONSA and chemotherapy arms comprised {a} and {b} patients, respectively (N = {t}).",
    "BESPONSA (n={a}) and chemotherapy (n={b}) arms together comprised {t} patients.",
    "{a} patients received BESPONSA and {b} received chemotherapy. In all, {t} patients were randomised.",
    "{a} were randomised to BESPONSA and {b} to chemotherapy.\nIn total, {t} patients were enrolled.",
    "- BESPONSA: {a} patients\n- Chemotherapy: {b} patients\n- Total randomised: {t}",
    "Randomised: {t}\n- BESPONSA: {a} patients\n- Chemotherapy: {b} patients",
    "Of the {t} patients randomized, {a} were treated with BESPONSA and {b} with chemotherapy.",
    "Of the {t} patients randomised, {a} received inotuzumab ozogamicin and {b} received standard intensive "
    "chemotherapy.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("t, a, b", [(326, 164, 172), (336, 164, 162)])
def test_sizes_that_do_not_add_up_are_caught(lint_piece, form, t, a, b):
    found = _a007(lint_piece, form.format(t=t, a=a, b=b))
    assert len(found) == 1, form
    assert str(a + b) in found[0].message and str(t) in found[0].message


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("ext", ["md", "txt"])
def test_sizes_that_add_up_are_clean(lint_piece, form, ext):
    assert _a007(lint_piece, form.format(t=326, a=164, b=162), ext) == []


PLUS = [
    "Patients were randomised 2:1: {a} + {b} patients (N = {t}).",
    "ADMIRAL enrolled {a} + {b} = {t} adults.",
    "Randomised population: {a} + {b} (total {t}).",
]


@pytest.mark.parametrize("form", PLUS)
def test_parts_joined_by_plus(lint_piece, form):
    wrong = _a007(lint_piece, form.format(t=371, a=257, b=124))
    assert len(wrong) == 1 and "381" in wrong[0].message
    assert _a007(lint_piece, form.format(t=371, a=247, b=124)) == []


@pytest.mark.parametrize("text", [
    # subgroups that need not add up to the total
    "Of 326 patients randomised, 164 were Ph-negative and 172 had CD22 expression of 90% or more.",
    "Of the 326 patients randomised, 79 BESPONSA patients and 35 chemotherapy patients proceeded to HSCT.",
    # ages, doses, cycles
    "Of the 326 patients randomised, the median age was 47 years with BESPONSA and 47 years with chemotherapy.",
    "326 patients were randomised; BESPONSA patients received a median of 3 cycles and chemotherapy "
    "patients 1 cycle.",
    "A total of 326 patients were randomised. BESPONSA: 1.8 mg/m2 per cycle; chemotherapy: 2 cycles.",
    # a subset's total after the sizes
    "BESPONSA (n=164) or chemotherapy (n=162). Remission was assessed in the first 218 randomised.",
    "164 were randomised to BESPONSA and 162 to chemotherapy. Of these, 218 were included in the "
    "remission analysis.",
    # listed outcomes under arms, with a total of patients
    "- BESPONSA: 12 patients with VOD\n- Chemotherapy: 1 patient with VOD\n- Total randomised: 326",
    # respectively, of something else
    "Median ages were 47 and 47 years, respectively, in the BESPONSA and chemotherapy arms (N = 326).",
    "Grade 3 or higher events occurred in 120 and 110 patients, respectively, with BESPONSA and chemotherapy "
    "(N = 326).",
])
def test_not_arm_sizes_are_not_judged(lint_piece, text):
    assert _a007(lint_piece, text) == []
