"""A007 for arm sizes given in words in a paragraph whose randomized total they do not add up to:
"326 patients were randomised: 164 to EXAMPLIMAB and 172 to chemotherapy", "randomised to EXAMPLIMAB
(164) or chemotherapy (172)", "(n = 336, randomised 1:1)" with the arms in the next sentence. Correct
text, responders within an arm and subgroups stay clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _a007(linter, tmp_path, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "A007"]


FORMS = [
    "{t} patients were randomised: {a} to BESPONSA and {b} to chemotherapy.",
    "A total of {t} patients were randomised to BESPONSA ({a}) or chemotherapy ({b}).",
    "INO-VATE ALL (n = {t}, randomised 1:1) compared BESPONSA with chemotherapy. {a} patients received "
    "BESPONSA and {b} received chemotherapy.",
    "Of {t} randomised patients, {a} received BESPONSA and {b} chemotherapy.",
    "In total, {t} patients were randomly assigned: {a} to inotuzumab ozogamicin and {b} to standard care.",
    "The trial enrolled {t} adults. Of these, {a} were assigned to BESPONSA and {b} to investigator's choice "
    "of chemotherapy.",
    "{t} adults were randomized 1:1 to BESPONSA (n = {a}) or chemotherapy (n = {b}).",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("t, a, b", [(326, 164, 172), (336, 164, 162), (326, 154, 162)])
def test_arm_sizes_that_do_not_add_up_are_caught(linter, tmp_path, form, t, a, b):
    found = _a007(linter, tmp_path, form.format(t=t, a=a, b=b))
    assert len(found) == 1, form
    assert str(a + b) in found[0].message


@pytest.mark.parametrize("form", FORMS)
def test_arm_sizes_that_add_up_are_clean(linter, tmp_path, form):
    assert _a007(linter, tmp_path, form.format(t=326, a=164, b=162)) == []


@pytest.mark.parametrize("text", [
    # responders within each arm, not a partition of the total
    "Of the 326 patients randomised, 79 BESPONSA patients and 35 chemotherapy patients proceeded to HSCT.",
    "326 patients were randomised; 79 on BESPONSA and 35 on chemotherapy went on to transplant.",
    # a subset's arms add up to the subset's own total
    "326 patients were randomised. In the first 218 randomised, 109 were assigned to BESPONSA and 109 to "
    "chemotherapy.",
    # per-arm figures
    "The first 218 patients randomised (109 per arm) formed the CR/CRi analysis.",
    # the ratio is no arm size
    "326 adults were randomised 1:1 to BESPONSA or chemotherapy.",
])
def test_not_a_partition_is_not_judged(linter, tmp_path, text):
    assert _a007(linter, tmp_path, text) == []
