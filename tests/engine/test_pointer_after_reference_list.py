"""A pointer to the SmPC / full Prescribing Information placed after a reference list, under
the "References" heading (no heading of its own), is a pointer: the lines under that heading
are citations only where they do not open by sending the reader somewhere. A citation of the
SmPC in the list is still no pointer."""

import pytest

from claimcheck.documents.base import Document

EU_BODY = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
           "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL).\n\n"
           "## References\n\n"
           "- Kantarjian HM, et al. N Engl J Med. 2016;375:740-753.\n"
           "- BESPONSA Summary of Product Characteristics. 2024.\n\n")
US_BODY = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
           "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n"
           "## References\n\n"
           "1. Kantarjian HM, et al. N Engl J Med. 2016;375:740-753.\n"
           "2. BESPONSA Prescribing Information. 2024.\n\n")


def _rules(linter, text, market):
    doc = Document(path="piece.md", text=text, format="markdown")
    doc.metadata["market"] = market
    return {f.rule for f in linter.lint_document(doc)}


@pytest.mark.parametrize("pointer", [
    "Before prescribing, please consult the Besponsa Summary of Product Characteristics (SmPC).",
    "Please refer to the SmPC before prescribing.",
    "Consult the full Summary of Product Characteristics before prescribing.",
])
def test_an_smpc_pointer_after_the_reference_list_points(full_linter, pointer):
    assert "F005" not in _rules(full_linter, EU_BODY + pointer + "\n", "EU")


@pytest.mark.parametrize("pointer", [
    "Please see the full Prescribing Information, including BOXED WARNING.",
    "See full Prescribing Information, including Boxed Warning, at the back of this brochure.",
])
def test_a_pi_pointer_after_the_reference_list_points(full_linter, pointer):
    assert "F003" not in _rules(full_linter, US_BODY + pointer + "\n", "US")


def test_the_smpc_cited_in_the_list_is_still_no_pointer(full_linter):
    assert "F005" in _rules(full_linter, EU_BODY, "EU")
    assert "F003" in _rules(full_linter, US_BODY, "US")
