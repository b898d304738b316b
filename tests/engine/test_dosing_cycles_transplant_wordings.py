"""The transplant dosing recommendation in other writers' wordings (EU / SmPC spelling, "for whom HSCT
is planned", "no more than N cycles for patients proceeding to transplant"): the number of cycles is
judged against the before-transplant entry (2 cycles), whose words the sentence names -- a bound
("no more than", "at most") included where it is the sentence's only number of cycles. The
vocabulary is the entry's synonyms in the claims library. Texts written for this test; facts of the
shipped BESPONSA library."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(lint_doc, body):
    return sorted((f.rule, f.line) for f in lint_doc(HEAD + body + "\n", "d.md", rules=RULES))


@pytest.mark.parametrize("template", [
    "For patients proceeding to haematopoietic stem cell transplant (HSCT), the recommended duration of "
    "treatment with BESPONSA is {n} cycles.",
    "Treatment should be limited to {n} cycles in patients for whom HSCT is planned.",
    "No more than {n} cycles for patients proceeding to transplant.",
    "Limit treatment to {n} cycles before HSCT.",
    "In patients for whom transplantation is intended, give no more than {n} cycles.",
    "Patients planned to undergo HSCT should receive at most {n} cycles.",
    "The recommended treatment duration is {n} cycles for patients going to transplant.",
    "Use BESPONSA as a bridge to transplant: {n} cycles.",
])
@pytest.mark.parametrize("wrong", ["4", "5"])
def test_a_changed_transplant_cycle_count_is_a_mismatch(lint_doc, template, wrong):
    assert _findings(lint_doc, template.format(n="2")) == []
    assert _findings(lint_doc, template.format(n=wrong)) == [("V001", 3)]


@pytest.mark.parametrize("body", [
    "For patients proceeding to HSCT, 2 cycles are recommended; up to 6 cycles for those not proceeding.",
    "Give 2 cycles before transplant, and no more than 6 cycles in patients who are not transplant candidates.",
    "Patients not proceeding to transplantation may receive a maximum of 6 cycles.",
    "BESPONSA may be given for no more than 6 cycles.",
])
def test_correct_dosing_stays_clean(lint_doc, body):
    assert _findings(lint_doc, body) == []
