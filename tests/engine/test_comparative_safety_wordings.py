"""O009 (comparative tolerability, warning) in more wordings: the safety or tolerability as the
subject of a comparison ("its safety profile is superior to chemotherapy in every respect"),
"compares favourably", "surpasses", "better safety", "a safety advantage", "fewer side effects
than chemotherapy"; prose, bullets, a table cell, HTML. A comparison of one adverse reaction with
its figures stays clean (O009's policy: a fact), as do negations and safety work ("better safety
monitoring")."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _o009(linter, tmp_path, text):
    html = text.lstrip().startswith("<")
    path = tmp_path / ("piece.html" if html else "piece.md")
    path.write_text(("<p>Market: US</p>\n" if html else "Market: US\n\nSafety\n\n") + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "O009" and not f.suppressed]


@pytest.mark.parametrize("text", [
    "Its safety profile is superior to chemotherapy in every respect.",
    "BESPONSA is better tolerated than chemotherapy across the board.",
    "The safety of BESPONSA compares favourably with standard chemotherapy.",
    "Tolerability with BESPONSA surpasses that of intensive chemotherapy.",
    "- XOSPATA offers a safety advantage over salvage chemotherapy",
    "XOSPATA's adverse-event profile is better than that of chemotherapy.",
    "## Better safety than chemotherapy",
    "- **Fewer side effects than chemotherapy**",
    "| Tolerability | The tolerability of XOSPATA was better than with salvage chemotherapy |",
    "<p>The tolerability of XOSPATA was clearly better than that of salvage chemotherapy across the board.</p>",
    "XOSPATA has a safety profile superior to that of chemotherapy.",
    "- BESPONSA offers a tolerability profile far better than intensive chemotherapy",
    # a word of evidence that governs nothing after it leaves the claim standing
    "This is not data-driven speculation: XOSPATA shows a tolerability advantage.",
    "Not surprisingly, the evidence shows a tolerability advantage for XOSPATA.",
])
def test_comparative_safety_wording_is_o009(full_linter, tmp_path, text):
    found = _o009(full_linter, tmp_path, text)
    assert found and all(f.category == "overstatement" and f.severity == "warning" for f in found)


@pytest.mark.parametrize("text", [
    "Fewer patients had febrile neutropenia with BESPONSA (26% vs 53%).",
    "Grade 3 or higher febrile neutropenia occurred less often with XOSPATA than with chemotherapy (26% vs 53%).",
    "| Febrile neutropenia | 26% | 53% |",
    "The safety profile was not superior to chemotherapy.",
    "The tolerability of BESPONSA was no better than that of chemotherapy.",
    "Better safety monitoring is recommended after transplant.",
    "The safety profile of BESPONSA is consistent with earlier studies.",
    "<p>Its safety did not compare favourably with chemotherapy in patients proceeding to HSCT.</p>",
    "The safety profile was similar to that seen in earlier studies.",
    "Its safety profile is not better than chemotherapy.",
    # denied as evidence: what the figures cannot be taken for
    "The exposure-adjusted rates are descriptive and are not evidence of a safety advantage.",
    "These pooled AE counts do not provide proof that BESPONSA is better tolerated.",
    "- Per-patient-year rates: 12.1 vs 30.8; not a basis for claiming a tolerability benefit",
])
def test_factual_or_negated_safety_statements_are_not_o009(full_linter, tmp_path, text):
    assert _o009(full_linter, tmp_path, text) == []
