"""Benefit wording on an endpoint whose primary analysis was not met (O010, warning): the endpoint
comes from the claims library (INO-VATE ALL: OS not met; ADMIRAL: OS met), the benefit may be said
without naming the endpoint ("live longer": ``implied``), and the not-met statement in the same
or an adjacent sentence qualifies it."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _hits(linter, tmp_path, text):
    path = tmp_path / "piece.md"
    path.write_text("Market: US\n\nSurvival\n\n" + text + "\n", encoding="utf-8")
    return [(f.severity, f.category) for f in linter.lint_document(read_document(path))
            if f.rule == "O010" and not f.suppressed]


@pytest.mark.parametrize("text", [
    "BESPONSA offers a clear survival advantage over chemotherapy.",
    "BESPONSA prolongs survival in relapsed ALL.",
    "Patients live longer with BESPONSA.",
    "With BESPONSA, patients lived longer than with standard chemotherapy.",
    "In INO-VATE ALL, BESPONSA improves overall survival compared with chemotherapy.",
    "## Longer overall survival with BESPONSA",
    "- **Survival benefit:** BESPONSA vs chemotherapy",
    "| Outcome | BESPONSA |\n|---|---|\n| Improved overall survival | yes |",
    "BESPONSA prolongs survival. Remissions were deep. Transplant rates were higher. The OS primary endpoint was not met.",
    "BESPONSA extends life for adults with relapsed ALL.",
    "BESPONSA helps patients live longer.",
    "Survival was improved with BESPONSA.",
    "OS was longer with BESPONSA than with chemotherapy.",
    "BESPONSA reduced the risk of death by 23%.",
])
def test_benefit_on_an_unmet_endpoint_unqualified_is_o010(full_linter, tmp_path, text):
    assert ("warning", "overstatement") in _hits(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "Median OS was 7.7 months with BESPONSA vs 6.2 months with chemotherapy. The OS primary endpoint was not met.",
    "Median OS was numerically longer with BESPONSA (7.7 vs 6.2 months); the OS primary endpoint was not met.",
    "BESPONSA showed numerically longer median OS (7.7 vs 6.2 months), although the difference did not reach statistical significance.",
    "The OS boundary was not crossed (P=0.0105), so a survival advantage was not demonstrated.",
    "BESPONSA did not prolong overall survival significantly.",
    "Patients did not live longer with BESPONSA in the ITT analysis.",
    "BESPONSA prolongs survival. However, the OS primary endpoint was not met.",
    "Median OS was 7.7 months vs 6.2 months (HR 0.77); the reduction in the risk of death was not statistically significant and the OS primary endpoint was not met.",
    "Post-HSCT survival was longer in patients who received 2 cycles or fewer.",
    "Patients who achieve CR after first salvage have longer OS than those who do not.",
    "MRD negativity was associated with an OS benefit in patients treated with BESPONSA.",
    "Overall survival was a primary endpoint.",
])
def test_qualified_or_factual_survival_statements_are_not_o010(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text) == []


def test_a_met_survival_endpoint_is_not_o010(full_linter, tmp_path):
    text = ("In ADMIRAL, XOSPATA prolonged overall survival compared with salvage chemotherapy; patients lived longer. "
            "XOSPATA reduced the risk of death by 36%.")
    assert _hits(full_linter, tmp_path, text) == []
