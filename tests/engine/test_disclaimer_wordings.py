"""The exploratory disclaimer (F002) recognised by concept, whatever the wording: a negation that
governs a list ("not prespecified or powered", "neither prespecified nor powered"), hypothesis
generation as a verb ("can only generate hypotheses"), lack of power, confirmation still needed.
A mention inside a negation's scope does not count: "the analysis was not exploratory" is no
disclaimer."""

from __future__ import annotations

import pytest

CLAIM = ("In a post hoc analysis of INO-VATE ALL, median overall survival was 14.1 months in BESPONSA "
         "patients who achieved MRD negativity versus 7.2 months in those who remained MRD-positive. ")
REST = ("\n\nOverall survival, the second primary endpoint, did not reach statistical significance.\n\n"
        "Please see the full Prescribing Information, including the Boxed WARNING.\n")


def _f002(lint_doc, full_linter, disclaimer):
    return lint_doc("# Results\n\n" + CLAIM + disclaimer + REST, "d.md", linter=full_linter, market="US",
                    rules="F002")


@pytest.mark.parametrize("disclaimer", [
    "This analysis was not prespecified or powered for comparison.",
    "These analyses were neither prespecified nor powered to detect differences.",
    "The analysis was not prespecified, not adjusted for multiplicity.",
    "The analysis was neither prespecified nor adjusted for multiplicity.",
    "This was not a prespecified or adequately powered comparison.",
    "This analysis wasn't prespecified or powered.",
    "The study was not designed or powered to compare these subgroups.",
    "Such analyses can only generate hypotheses.",
    "These data generate hypotheses only.",
    "These findings serve only to generate new hypotheses.",
    "These results should be viewed as hypothesis-generating.",
    "The analysis lacked statistical power.",
    "Statistical power was not sufficient for this comparison.",
    "The analysis had no prespecified hypothesis and no statistical power.",
    "These outcomes should be confirmed in prospective trials.",
    "The association needs to be validated in larger studies.",
    "Such signals remain to be confirmed.",
    "These data require further confirmation.",
    "Any benefit must be confirmed by randomised trials.",
    "The results are for hypothesis generation.",
])
def test_disclaimer_wordings_are_recognised(lint_doc, full_linter, disclaimer):
    assert not _f002(lint_doc, full_linter, disclaimer)


@pytest.mark.parametrize("not_a_disclaimer", [
    "The analysis was not exploratory.",
    "This comparison was not exploratory but prespecified.",
    "The analysis was prespecified and not exploratory.",
    "These results are not hypothesis-generating; they are confirmatory.",
    "The trial was adequately powered for this comparison.",
    "Patients were treated until disease progression.",
    # a diagnosis or a test confirmed before treatment is no caveat of the analysis
    "CD22 expression must be confirmed with a validated assay before the first dose.",
    "The FLT3 mutation should be confirmed by an approved test.",
    "A diagnosis of VOD needs to be confirmed by ultrasound.",
])
def test_negated_or_absent_disclaimer_is_still_flagged(lint_doc, full_linter, not_a_disclaimer):
    assert _f002(lint_doc, full_linter, not_a_disclaimer)
