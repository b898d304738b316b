"""An endpoint named inside a population phrase ("among CR/CRi responders", "(of CR/CRi)", "of those
who achieved CR/CRi") says who was counted, not what was measured: it is not the claim's endpoint
(context.py _drop_cued_endpoints). Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document


def _endpoints(linter, text: str) -> dict[str, str | None]:
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    return {c.text.strip(): c.endpoint for c in analysis.claims if c.kind == "percentage"}


@pytest.mark.parametrize("text, value, endpoint", [
    ("MRD negativity among CR/CRi responders: 78.4% with BESPONSA.\n", "78.4%", "mrd-negativity"),
    ("MRD negativity (of CR/CRi) reached 78.4% with BESPONSA.\n", "78.4%", "mrd-negativity"),
    ("MRD negativity, of those who achieved CR/CRi, was 78.4% with BESPONSA.\n", "78.4%", "mrd-negativity"),
    ("Deep response, among CR/CRi, was 78.4% with BESPONSA (MRD negativity).\n", "78.4%", "mrd-negativity"),
    ("MRD negativity, in CR/CRi responders: 78.4% with BESPONSA.\n", "78.4%", "mrd-negativity"),
    # a plain "of" is no population: the rate of remission is the remission rate
    ("The rate of CR/CRi was 80.7% with BESPONSA.\n", "80.7%", "cr-cri"),
    ("Investigators saw CR/CRi in 80.7% of BESPONSA patients.\n", "80.7%", "cr-cri"),
])
def test_an_endpoint_in_a_population_phrase_is_not_the_claims(linter, text, value, endpoint):
    assert _endpoints(linter, text)[value] == endpoint


def test_a_table_row_labelled_by_a_population_of_responders_is_no_remission_rate(lint_piece):
    text = (
        "BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell precursor ALL.\n\n"
        "| Outcome | BESPONSA | Standard chemotherapy |\n"
        "|---|---|---|\n"
        "| CR/CRi, first 218 patients | 80.7% | 29.4% |\n"
        "| MRD-negative (among CR/CRi) | 78.4% | 28.1% |\n")
    findings = [(f.rule, f.line) for f in lint_piece(text, "poster.md", rules={"V001", "V002", "U001"})]
    assert findings == []


def test_a_label_naming_its_population_after_a_comma_is_no_remission_rate(lint_piece):
    text = (
        "BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell precursor ALL.\n\n"
        "| Response | BESPONSA | Chemotherapy |\n"
        "|---|---|---|\n"
        "| Became MRD negative, among CR/CRi | 78.4% | 28.1% |\n")
    findings = [(f.rule, f.line) for f in lint_piece(text, "leave-behind.md", rules={"V001", "V002", "U001"})]
    assert findings == []
