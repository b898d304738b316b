"""A copy-deck label on a line of its own ("[HEADLINE]", "[SUBHEAD]", "[Body copy]") names the slot
of the line under it; the sentence splitter joins the two, and the line under it is still judged as
what it is: a headline stays a heading, so an overstatement in it is tied to the product results
the copy under it gives (O002, O016 over the next sentences), as it is without the label."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _rules(linter, tmp_path, text, ext="txt"):
    path = tmp_path / f"advert.{ext}"
    path.write_text(text, encoding="utf-8")
    return sorted((f.rule, f.line) for f in linter.lint_document(read_document(path))
                  if f.rule.startswith("O") and not f.suppressed)


_EU = "Market: EU\nJob code: XX-0001\n\n"


@pytest.mark.parametrize("text, rule, line", [
    (_EU + "[HEADLINE]\nA cure within reach in FLT3-mutated AML\n\n[SUBHEAD]\n"
     "XOSPATA: median overall survival of 9.3 vs 5.6 months with salvage chemotherapy\n", "O002", 5),
    (_EU + "[Headline]\nCurative responses for your relapsed patients\n\n[Body copy]\n"
     "In INO-VATE ALL, 80.7% of patients given BESPONSA reached CR/CRi vs 29.4% with SC.\n", "O002", 5),
    (_EU + "[HEADLINE]\nThe cure to reach for in relapsed ALL\n[SUBHEAD]\n"
     "BESPONSA: CR/CRi in 80.7% of patients\n", "O002", 5),
])
def test_headline_under_a_copy_deck_label_is_a_heading(full_linter, tmp_path, text, rule, line):
    assert (rule, line) in _rules(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    # background in the headline, no claim about the product: no cure claim
    _EU + "[HEADLINE]\nChildhood ALL has high cure rates; relapsed adult ALL does not\n\n[BODY COPY]\n"
    "Adults with relapsed ALL are rarely cured with chemotherapy alone.\n",
    # the measured outcome in the headline
    _EU + "[HEADLINE]\nAim higher in relapsed or refractory ALL\n\n[SUBHEAD]\n"
    "BESPONSA: CR/CRi in 80.7% of patients vs 29.4% with SC\n",
    # a bracket that is a sentence of its own is no label: nothing changes
    _EU + "[Note: transplant remains the only curative option.]\nBESPONSA: CR/CRi in 80.7% of patients\n",
])
def test_copy_deck_labels_leave_correct_copy_clean(full_linter, tmp_path, text):
    assert [r for r in _rules(full_linter, tmp_path, text) if r[0] in ("O002", "O016")] == []
