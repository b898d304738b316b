"""A dosing recommendation changed: where the sentence names one cycles entry's own words (its
synonyms in the claims library: "proceeding to HSCT", "before transplant"), the number of cycles is
judged against that entry alone, so "3 cycles before transplant" (the label says 2) is a mismatch
even though 3 is another entry's figure (the optional third cycle). "Up to N cycles" is judged
against the maximum as before. Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
RULES = {"V001", "V002", "U001"}


def _findings(lint_doc, body):
    return sorted((f.rule, f.line) for f in lint_doc(HEAD + body + "\n", "d.md", rules=RULES))


@pytest.mark.parametrize("template", [
    "For patients proceeding to HSCT, the recommended duration of treatment with BESPONSA is {n} cycles.",
    "Limit treatment to {n} cycles in patients proceeding to HSCT.",
    "Before HSCT, treat with BESPONSA for {n} cycles.",
    "Patients proceeding to transplant: {n} cycles recommended.",
    "BESPONSA may be given for up to {n6} cycles.",
    "Patients may receive a maximum of {n6} cycles of BESPONSA.",
])
@pytest.mark.parametrize("wrong", ["3", "4", "8"])
def test_a_changed_number_of_cycles_is_a_mismatch(lint_doc, template, wrong):
    assert _findings(lint_doc, template.format(n="2", n6="6")) == []
    if "{n6}" in template and wrong == "3":
        wrong = "5"
    assert _findings(lint_doc, template.format(n=wrong, n6=wrong)) == [("V001", 3)]


@pytest.mark.parametrize("body", [
    "Patients proceeding to HSCT: 2 cycles recommended. Maximum of 6 cycles for patients not proceeding to HSCT.",
    "Maximum of 6 cycles for patients who do not proceed to HSCT.",
    "Give 2 cycles before transplant; a third cycle may be considered for patients without CR/CRi and "
    "MRD negativity after 2 cycles.",
    # a group of patients defined by the cycles they had: a subgroup's cut-off, no dosing claim
    "Responders proceeding to HSCT who received \u2264 2 cycles had lower NRM than those who received > 2 cycles.",
    "Outcomes were better for patients given up to 2 cycles of BESPONSA before transplant than for those given more than 2 cycles.",
])
def test_correct_dosing_stays_clean(lint_doc, body):
    assert _findings(lint_doc, body) == []


@pytest.mark.parametrize("body", [
    # a negation elsewhere in the sentence does not deny the entry's own words (negation scope, not
    # a word anywhere in the sentence)
    "For patients proceeding to HSCT, BESPONSA is given for {n} cycles, with no dose change needed.",
    "Patients proceeding to transplant should receive {n} cycles; do not exceed this.",
    "Treat for {n} cycles before HSCT, never longer.",
])
def test_a_negation_elsewhere_does_not_hide_a_changed_number(lint_doc, body):
    assert _findings(lint_doc, body.format(n="2")) == []
    assert _findings(lint_doc, body.format(n="3")) == [("V001", 3)]


@pytest.mark.parametrize("body", [
    "Up to 6 cycles may be given to patients not proceeding to HSCT.",
    "Patients who are not proceeding to transplant may receive a maximum of 6 cycles.",
    "For patients not proceeding to HSCT, treatment may continue to a maximum of 6 cycles.",
])
def test_the_entry_words_denied_name_no_entry(lint_doc, body):
    # "not proceeding to transplant" names the transplant entry only to deny it: the 6 is the
    # overall maximum, not 2 cycles' mismatch
    assert _findings(lint_doc, body) == []
