"""Numbers of cycles in a dosing sentence that states several recommendations: the label's
stopping rule (no CR/CRi within 3 cycles: discontinue) is an entry of the claims library, and
where a sentence names the words of several cycle entries, a number is judged against the entry
whose words stand nearest it in its own clause."""

import pytest

from claimcheck.documents.base import Document


def _cycles(linter, sentence):
    doc = Document(path="dosing.md", text="BESPONSA dosing.\n\n" + sentence + "\n", format="markdown")
    doc.metadata["market"] = "US"
    return [(f.rule, f.message) for f in linter.lint_document(doc) if f.rule.startswith("V")]


@pytest.mark.parametrize("sentence", [
    "Treatment duration: up to 6 cycles; 2 cycles recommended for patients proceeding to HSCT (a third "
    "may be considered if CR/CRi and MRD negativity are not reached after 2 cycles); discontinue if "
    "CR/CRi is not achieved within 3 cycles.",
    "For patients proceeding to HSCT, the recommended duration is 2 cycles; patients who do not achieve "
    "CR/CRi within 3 cycles should discontinue BESPONSA.",
    "Patients who do not achieve a CR or CRi within 3 cycles should discontinue treatment.",
])
def test_the_stopping_rule_is_a_label_figure(full_linter, sentence):
    assert _cycles(full_linter, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("For patients proceeding to HSCT, the recommended duration is 2 cycles; patients who do not achieve "
     "CR/CRi within 4 cycles should discontinue BESPONSA.", "3 cycles in the reference, the text says 4"),
    ("For patients proceeding to HSCT, the recommended duration is 4 cycles; patients who do not achieve "
     "CR/CRi within 3 cycles should discontinue BESPONSA.", "2 cycles in the reference, the text says 4"),
    ("Patients who do not achieve a CR or CRi within 5 cycles should discontinue treatment.",
     "3 cycles in the reference, the text says 5"),
])
def test_a_wrong_number_is_judged_against_the_recommendation_of_its_clause(full_linter, sentence, expected):
    found = _cycles(full_linter, sentence)
    assert [r for r, _ in found] == ["V001"] and expected in found[0][1]


def test_the_third_cycle_condition_is_not_the_stopping_rule(full_linter):
    sentence = ("Recommended treatment duration for patients proceeding to HSCT is 2 cycles. A third cycle may "
                "be considered for patients who do not achieve CR/CRi and MRD negativity after 2 cycles.")
    assert _cycles(full_linter, sentence) == []
