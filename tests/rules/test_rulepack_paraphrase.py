"""The OS requirement (F001) is matched by meaning: paraphrases count, non-negated mentions do not."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

CLAIM = "In INO-VATE ALL, median OS was 7.7 months with BESPONSA versus 6.2 months with standard chemotherapy."

ACCEPTED = [
    "The primary endpoint of OS was not met.",
    "The analysis of OS did not meet a prespecified boundary for statistical significance.",
    "OS did not reach statistical significance.",
    # more paraphrases
    "Overall survival, a co-primary endpoint, failed to reach significance.",
    "There was no statistically significant difference in overall survival.",
    "Although OS was numerically longer, the difference did not cross the significance boundary.",
    "The OS difference was not statistically signficant.",          # misspelt: rapidfuzz
    "The OS difference was non-significant.",
    "The OS analysis missed its prespecified significance boundary.",
]

REJECTED = [
    "OS was longer with BESPONSA than with standard chemotherapy.",  # names OS, no negation
    "The primary endpoint of OS was met.",
    "CR/CRi did not reach statistical significance, but OS improved.",  # the negation is about CR/CRi
    "OS improved, while the CR/CRi analysis was not significant.",
    "Patients with no prior HSCT had longer OS.",
    "Patients with no prior therapy had significantly longer OS.",   # "no" reaches three tokens
    "After treatment failure, OS was significantly longer with BESPONSA.",   # "failure" is no negation
    "OS and non-relapse mortality differed significantly between arms.",     # "non-relapse" neither
]


def f001(linter, text):
    return [f for f in linter.lint_document(doc(text)) if f.rule == "F001"]


def test_claim_alone_needs_the_statement(linter_for):
    (f,) = f001(linter_for("US"), CLAIM)
    assert f.line == 1 and "not met" in f.message and "21 CFR 202.1(e)(5)" in f.message


@pytest.mark.parametrize("sentence", ACCEPTED)
def test_paraphrase_satisfies(sentence, linter_for):
    assert f001(linter_for("US"), f"{CLAIM} {sentence}") == []


@pytest.mark.parametrize("sentence", REJECTED)
def test_non_negated_or_misattributed_sentence_does_not_satisfy(sentence, linter_for):
    assert len(f001(linter_for("US"), f"{CLAIM} {sentence}")) == 1


def test_statement_before_the_claim_counts(linter_for):
    assert f001(linter_for("EU"), f"The primary endpoint of OS was not met.\n\n{CLAIM}") == []


def test_statement_out_of_scope_does_not_count(linter_for):
    filler = " ".join(f"Remission sentence number {i} describes CR/CRi." for i in range(20))
    findings = f001(linter_for("US"), f"{CLAIM} {filler} The primary endpoint of OS was not met.")
    assert len(findings) == 1


def test_survival_benefit_wording_triggers_without_a_number(linter_for):
    (f,) = f001(linter_for("US"), "BESPONSA offers a survival benefit in relapsed ALL.")
    assert f.snippet == "survival benefit"
    assert f001(linter_for("US"), "BESPONSA offers a survival benefit in relapsed ALL. "
                                  "However, OS did not reach statistical significance.") == []


def test_labeling_wording_is_an_exception(linter_for):
    text = ("There was a higher frequency of early deaths post HSCT with BESPONSA; there was evidence "
            "of a late survival benefit for BESPONSA.")
    assert f001(linter_for("US"), text) == []


def test_rule_reads_the_claims_library_not_a_hard_coded_endpoint(reference, packs):
    """With OS marked as met in the claims library, the same pack does not ask for the statement."""
    import copy

    from claimcheck.engine import Linter

    ref = copy.deepcopy(reference)
    for study in ref.studies.values():
        if "os" in study.primary_endpoints:
            study.primary_endpoints["os"] = (True, None)
    linter = Linter(ref, market="US", rulepacks=packs)
    assert f001(linter, CLAIM) == []
    assert f001(linter, "BESPONSA offers a survival benefit in relapsed ALL.") == []
