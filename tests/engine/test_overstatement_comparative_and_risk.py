"""Overstatement classes written in several wordings (rules/common.yaml): "superior" without the
"to" of a stated comparison (O005), comparative tolerability (O009) and risk minimisation (O008),
each with the correct text that must stay clean (negations, anatomy, a safety profile described
without comparison, the labeling's risk statements)."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _hits(linter, tmp_path, text, code):
    """The findings of ``code`` on a Markdown piece (HTML headings kept as the reader sees them)."""
    path = tmp_path / ("piece.html" if text.startswith("<h") else "piece.md")
    path.write_text("Market: US\n\nSection\n\n" + text + "\n", encoding="utf-8")
    return [f.found for f in linter.lint_document(read_document(path)) if f.rule == code and not f.suppressed]


@pytest.mark.parametrize("text", [
    "BESPONSA achieved superior remission in every risk group.",
    "## Superior response rates",
    "Superior response rates with BESPONSA",
    "BESPONSA is a superior option for adults with relapsed ALL.",
    "Clearly superior outcomes with BESPONSA.",
    "In INO-VATE ALL, BESPONSA was superior.",
    "- **Superior CR/CRi rates:** 80.7% vs 29.4% with chemotherapy",
    "<h2>Superior remission rates</h2>",
    "| Outcome | Superior with BESPONSA |",
])
def test_superior_without_a_stated_comparison_is_o005(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text, "O005")


@pytest.mark.parametrize("text", [
    "Central venous catheters were placed in the superior vena cava.",
    "Superiority to placebo was not shown, and superior to placebo was not claimed.",
    "BESPONSA was not superior to chemotherapy in overall survival.",
    "BESPONSA was not superior in overall survival.",
    "In INO-VATE ALL, BESPONSA was superior to chemotherapy for CR/CRi (80.7% vs 29.4%).",
])
def test_superior_in_anatomy_negation_or_a_stated_comparison_is_not_o005(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text, "O005") == []


@pytest.mark.parametrize("text", [
    "BESPONSA is better tolerated than chemotherapy.",
    "BESPONSA is clearly better tolerated than chemotherapy.",
    "Patients find BESPONSA more tolerable than salvage chemotherapy.",
    "BESPONSA is gentler than chemotherapy for older adults.",
    "Patients tolerated BESPONSA much better than intensive chemotherapy.",
    "BESPONSA offers improved tolerability over standard regimens.",
    "BESPONSA has a more favourable safety profile than chemotherapy.",
    "BESPONSA is less toxic than intensive chemotherapy.",
    "- **Easier to tolerate:** fewer days in hospital",
    "BESPONSA spares patients the toxicity of intensive chemotherapy.",
    "Compared with chemotherapy, BESPONSA was better tolerated.",
    "BESPONSA was tolerated better than standard chemotherapy.",
    "<h3>A gentler option for older adults</h3>",
])
def test_comparative_tolerability_is_o009(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text, "O009")


@pytest.mark.parametrize("text", [
    "BESPONSA has a well-defined safety profile.",
    "The safety profile of BESPONSA was consistent with previous reports.",
    "BESPONSA was not better tolerated than chemotherapy.",
    "The trial was not designed to show that BESPONSA is better tolerated than chemotherapy.",
    "After the infusion, most patients felt better within a day.",
    "Patients proceeding to HSCT received less intensive conditioning.",
    "Patients receiving lower cumulative doses showed better tolerability than those receiving higher doses.",
])
def test_safety_profile_without_comparison_is_not_o009(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text, "O009") == []


@pytest.mark.parametrize("text", [
    "With the recommended dosing, the liver risk essentially disappears.",
    "The VOD risk all but vanishes once treatment stops.",
    "Limiting conditioning eliminates the risk of VOD.",
    "Careful patient selection removes the hepatic risk.",
    "There is virtually no risk of VOD in patients who do not proceed to transplant.",
    "BESPONSA carries almost zero risk of liver injury.",
    "The risk is negligible with proper monitoring.",
    "The risk of VOD remains minimal outside transplant.",
    "Hepatotoxicity is nothing to worry about.",
    "Elevated liver tests are no cause for concern.",
    "VOD is easily managed with supportive care.",
    "VOD can be easily avoided.",
    "Liver toxicity is easy to manage.",
    "Liver toxicity is readily manageable with dose modifications.",
    "The risk of VOD is little more than theoretical.",
    "There is little to no risk of hepatotoxicity.",
    "Hepatotoxicity is rarely a problem in practice.",
    "With BESPONSA, hepatotoxicity is simply not an issue.",
    "The chance of VOD is essentially zero outside transplant.",
    "With proper monitoring, VOD can be completely avoided.",
    "Clinicians need not worry about the liver.",
    "- **Liver risk:** virtually no risk outside transplant",
    "| Risk | Comment |\n|---|---|\n| VOD | easily managed |",
])
def test_risk_minimisation_is_o008(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text, "O008")


@pytest.mark.parametrize("text", [
    "Reducing the dose does not eliminate the risk of VOD.",
    "Hepatotoxicity, including fatal VOD, occurred; the risk was higher after HSCT.",
    "Premedicate to reduce the risk of infusion-related reactions.",
    "The infusion schedule is easily managed in the outpatient clinic.",
    "The risk of VOD does not disappear after the last dose.",
    "VOD is not easily managed and can be fatal.",
    "The risk of VOD is not negligible, particularly after HSCT.",
    "The risk of VOD is far from minimal in patients proceeding to transplant.",
    "The risk of VOD was higher in patients who received dual alkylator conditioning.",
    "Dose interruptions can be readily managed by the treating team.",
    "VOD cannot always be prevented, even with monitoring.",
])
def test_risk_statements_of_the_label_are_not_o008(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text, "O008") == []
