"""The level of a confidence or credible interval is never a claim, however the interval is
written: plural, dotted, worded, with "per cent", before or after the word (else "95%" is read as
a rate and compared with the library: a false V001 or U001)."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims
from claimcheck.documents.base import Document


def _percentages(text):
    return [c.value.value for c in extract_claims(text) if c.kind == "percentage"]


@pytest.mark.parametrize("interval", [
    "the 95% CIs were 64.0 to 81.2 and 12.5 to 30.3",
    "95% C.I. 64.0-81.2 and 12.5-30.3",
    "95 per cent confidence intervals from 64.0 to 81.2 and from 12.5 to 30.3",
    "95 percent confidence intervals of 64.0-81.2 and 12.5-30.3",
    "two-sided 95% Confidence Intervals 64.0-81.2 / 12.5-30.3",
    "95%-CI: 64.0-81.2; 12.5-30.3",
    "95% CrI 64.0-81.2 and 12.5-30.3",
    "95% credible intervals 64.0-81.2 and 12.5-30.3",
    "95% confidence limits 64.0 and 81.2",
    "confidence intervals (95%) 64.0-81.2 and 12.5-30.3",
    "CIs at the 95% level: 64.0-81.2 and 12.5-30.3",
    "confidence level of 95%: 64.0-81.2 and 12.5-30.3",
])
def test_the_level_is_not_a_percentage_claim(interval):
    assert _percentages(f"ORR was 72.6% with EXAMPLIMAB and 20.5% with control ({interval}).") == [72.6, 20.5]


def test_a_percentage_near_an_interval_is_still_a_claim():
    # the estimates keep their interval; a rate written after "CI" in another clause stays a rate
    claims = extract_claims("ORR was 72.6% (95% CI, 64.0-81.2); the CI was wide and 30% of patients relapsed.")
    assert [c.value.value for c in claims if c.kind == "percentage"] == [72.6, 30.0]
    assert claims[0].interval is not None and claims[0].interval.level == 95.0


def test_no_value_finding_on_plural_intervals(linter_for_repo):
    text = ("In INO-VATE ALL, CR/CRi was reached by 80.7% with BESPONSA and 29.4% with standard "
            "chemotherapy; the 95% CIs were 72.1 to 87.7 and 21.0 to 38.8. Two-year overall survival was "
            "22.8% vs 10.0% (95 per cent confidence intervals from 16.7 to 29.6 and from 5.7 to 15.5).")
    findings = linter_for_repo.lint_document(Document(path="piece.txt", text=text, metadata={}))
    assert [f for f in findings if f.rule in ("V001", "U001")] == []


@pytest.fixture(scope="module")
def linter_for_repo():
    from pathlib import Path

    from claimcheck.engine import Linter
    from claimcheck.reference import load_reference

    root = Path(__file__).resolve().parents[2]
    return Linter(load_reference(root / "reference"), market="EU")
