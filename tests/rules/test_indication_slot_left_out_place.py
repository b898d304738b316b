"""An indication statement wrapped over several lines with one slot left out (the age dropped
after "adult and pediatric patients", the biomarker dropped after "relapsed or refractory") is
reported where the slot belongs: at the line on which the slot stated before it in the approved
order ends, not at the statement's first line (an outside writer's journal-club handout: the age
was dropped two lines below). A slot with none stated before it is reported at the statement's
start; a correct statement over the same lines stays clean. Texts written for this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE, AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY\n\n")
PI = "\nSee the full Prescribing Information, including the Boxed Warning.\n"

#: (statement over several lines, {slot left out: the words it leaves out}, words on the line expected)
STATEMENTS = [
    "BESPONSA (inotuzumab ozogamicin) is indicated for the treatment of relapsed or\n"
    "refractory CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL) in\n"
    "adult and pediatric patients 1 year and older.\n",
    "Approved use\n\nBESPONSA is indicated for the treatment of relapsed or refractory\n"
    "CD22-positive B-cell precursor ALL\nin adult and pediatric patients\n1 year and older.\n",
]


def _i001(linter_for, text, name="piece.txt"):
    return [f for f in linter_for("US").lint_document(doc(BOX + text + PI, name)) if f.rule == "I001"]


def _line(text, words):
    lines = (BOX + text).split("\n")
    return lines.index(next(ln for ln in lines if words in ln)) + 1


@pytest.mark.parametrize("statement", STATEMENTS)
def test_the_complete_statement_is_clean(linter_for, statement):
    assert _i001(linter_for, statement) == []


@pytest.mark.parametrize("statement", STATEMENTS)
def test_a_dropped_age_is_reported_after_the_population(linter_for, statement):
    text = statement.replace(" 1 year and older", "").replace("\n1 year and older", "")
    found = _i001(linter_for, text)
    assert len(found) == 1 and '"1 year and older" missing' in found[0].message
    assert found[0].line == _line(text, "pediatric patients")


@pytest.mark.parametrize("statement", STATEMENTS)
def test_a_dropped_biomarker_is_reported_after_the_line_of_therapy(linter_for, statement):
    text = statement.replace("CD22-positive ", "")
    found = _i001(linter_for, text)
    assert len(found) == 1 and '"CD22-positive" missing' in found[0].message
    assert found[0].line == _line(text, "refractory")


def test_a_dropped_first_slot_is_reported_at_the_statements_start(linter_for):
    text = STATEMENTS[0].replace("relapsed or\nrefractory ", "\n")
    found = _i001(linter_for, text)
    assert len(found) == 1 and "missing" in found[0].message
    assert found[0].line == _line(text, "is indicated")


#: the EU indication over several lines; the sentence after it names the population and disease again
EU_WRAPPED = (
    "Indication\n\nBESPONSA is indicated as monotherapy for the treatment of adults\n"
    "with relapsed or refractory CD22-positive B cell precursor acute\n"
    "lymphoblastic leukaemia (ALL).{ph}\n\n"
    "In INO-VATE ALL, adults with ALL in first or second salvage were randomised.\n"
    "Refer to the Summary of Product Characteristics before prescribing.\n"
)
PH = ("\nAdult patients with Philadelphia chromosome-positive (Ph+) relapsed or refractory\n"
      "B cell precursor ALL should have failed treatment with at least 1 tyrosine kinase inhibitor (TKI).")


def test_a_dropped_trailing_condition_is_reported_at_the_statements_last_line(linter_for):
    """The slot before it is stated in the statement, not in the sentences after it that name the
    same words again: the finding stands at the statement's own line."""
    text = EU_WRAPPED.format(ph="")
    found = [f for f in linter_for("EU").lint_document(doc(text, "piece.txt")) if f.rule == "I002"]
    assert len(found) == 1 and "missing" in found[0].message
    lines = text.split("\n")
    assert found[0].line == lines.index("lymphoblastic leukaemia (ALL).") + 1


def test_the_complete_eu_statement_over_lines_is_clean(linter_for):
    text = EU_WRAPPED.format(ph=PH)
    assert [f for f in linter_for("EU").lint_document(doc(text, "piece.txt")) if f.rule == "I002"] == []
