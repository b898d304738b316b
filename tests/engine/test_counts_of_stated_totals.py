"""A001 for a count and its percentage, "n (p%)", whose N is stated before it in its sentence, the
clause before or the sentence before ("Of the 88 responders, 69 (78.4%) were MRD-negative", "Among 164
patients treated, 23 (14%) had VOD", "A total of 164 ... . Of these, 79 (48.2%) ..."): the percentage must
be n/N at its precision. Correct text, and counts of another group, stay clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _a001(linter, tmp_path, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "A001"]


FORMS = [
    "Of the 88 responders, 69 ({p}) were MRD-negative.",
    "Among the 88 patients in remission, 69 ({p}) had no measurable residual disease.",
    "In the 88 patients who responded: 69 ({p}) reached MRD negativity.",
    "88 patients achieved CR/CRi, of whom 69 ({p}) were MRD-negative.",
    "A total of 88 patients responded; 69 patients ({p}) were MRD-negative.",
    "A total of 88 patients responded. Of these, 69 ({p}) were MRD-negative.",
    "88 adults reached remission. Among them, 69 ({p}) tested MRD-negative.",
    "Out of the 88 responders, 69 of them ({p}) were MRD-negative.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("p", ["80.4%", "74%", "72,4 %"])
def test_a_percentage_its_count_and_stated_total_do_not_give_is_caught(linter, tmp_path, form, p):
    found = _a001(linter, tmp_path, form.format(p=p))
    assert len(found) == 1, form
    assert "69" in found[0].message and "88" in found[0].message


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("p", ["78.4%", "78%", "78,4 %"])
def test_the_right_percentage_is_clean(linter, tmp_path, form, p):
    assert _a001(linter, tmp_path, form.format(p=p)) == []


@pytest.mark.parametrize("text, bad", [
    ("Of the 164 patients on BESPONSA, 79 (48,2 %) proceeded to HSCT, and 23 (14 %) developed VOD.", False),
    ("Of the 164 patients on BESPONSA, 79 (48,2 %) proceeded to HSCT, and 23 (19 %) developed VOD.", True),
    ("Of the 164 patients on BESPONSA, 79 (52.2%) proceeded to HSCT, and 23 (14%) developed VOD.", True),
    ("Among 164 patients treated with BESPONSA, 23 (14%) had VOD.", False),
    ("Among 164 patients treated with BESPONSA, 23 (18%) had VOD.", True),
])
def test_further_counts_of_the_same_group(linter, tmp_path, text, bad):
    assert bool(_a001(linter, tmp_path, text)) is bad


@pytest.mark.parametrize("text", [
    # the count is of an arm the library gives an N for, not of the group named before it
    "In the first 218 patients randomised, 88 (80.7%) achieved CR/CRi with BESPONSA.",
    "Of 218 patients, 88 (80.7%) on BESPONSA and 32 (29.4%) on chemotherapy achieved CR/CRi.",
    # a second count of another arm, compared
    "Of the 164 BESPONSA patients, 79 (48.2%) proceeded to HSCT, compared with 35 (21.6%) on chemotherapy.",
    "Of the 164 BESPONSA patients, 79 (48.2%) proceeded to HSCT, compared with 35 (21.6%) of 162 on chemotherapy.",
    # no total: a year, a time point
    "In 2016, 88 (80.7%) patients responded.",
    "At 24 months, 23 (14%) had died.",
    # two totals in the sentence before: which one is meant is a guess
    "Of 326 patients, 164 received BESPONSA and 162 chemotherapy. Of these, 79 (48.2%) proceeded to HSCT.",
])
def test_counts_of_another_group_are_not_judged(linter, tmp_path, text):
    assert _a001(linter, tmp_path, text) == []
