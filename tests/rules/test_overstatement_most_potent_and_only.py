"""O005 (rules/common.yaml): "the most powerful/potent" said of the product's benefit, and exclusivity
of proof ("the only targeted therapy proven to extend survival"), in several wordings; an
interacting drug's potency, a toxicity, transplant as the only option and plain "only" stay clean.
Held-out drafts slipped both into a subject line and an FAQ answer (issue 11)."""

from __future__ import annotations

import pytest

from rulepack_helpers import read


def _codes(linter_for, text, tmp_path, suffix=".md"):
    path = tmp_path / ("draft" + suffix)
    path.write_text(text, encoding="utf-8")
    return {f.rule for f in linter_for("US").lint_document(read(path)) if f.rule.startswith("O")}


BAD = [
    "Subject: The most powerful path to remission: new data for BESPONSA",
    "BESPONSA is our most potent weapon against relapsed ALL.",
    "## The Most Powerful Option in Relapsed B-ALL",
    "XOSPATA is the only targeted therapy proven to extend survival in R/R AML.",
    "Gilteritinib: the first and only FLT3 inhibitor shown to improve overall survival.",
    "BESPONSA is the only treatment that has demonstrated these remission rates.",
    "It remains the only agent able to deliver such responses.",
]

GOOD = [
    "Avoid concomitant use with the most potent CYP3A inhibitors.",
    "HSCT remains the only treatment shown to offer long-term survival in relapsed ALL.",
    "The only change from the prior regimen was the dose.",
    "Patients received BESPONSA as the only anticancer therapy during the study.",
    "CR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with chemotherapy.",
    "It was not the most powerful predictor of response.",
]


@pytest.mark.parametrize("text", BAD)
def test_flagged(linter_for, tmp_path, text):
    assert "O005" in _codes(linter_for, text + "\n", tmp_path)


@pytest.mark.parametrize("text", GOOD)
def test_clean(linter_for, tmp_path, text):
    assert "O005" not in _codes(linter_for, text + "\n", tmp_path)
