"""The data model (model.py): kinds and statuses are enums that read as their strings, a claim
carries its match, and a document's scope reaches extraction and context attachment as an argument."""

from __future__ import annotations

import json

from claimcheck.claims import extract_claims
from claimcheck.documents.base import Document
from claimcheck.model import ClaimKind, DocumentScope, MatchStatus, ReviewStatus
from claimcheck.pipeline import scope_config
from claimcheck.review import STATUSES


def test_kinds_and_statuses_read_as_their_strings():
    assert ClaimKind("p-value") is ClaimKind.P_VALUE and MatchStatus("arms-swapped") is MatchStatus.ARMS_SWAPPED
    assert json.dumps({"kind": ClaimKind.PP_DIFFERENCE, "match": MatchStatus.NOT_APPLICABLE}) \
        == '{"kind": "pp-difference", "match": "not-applicable"}'
    assert f"{MatchStatus.MORE_PRECISE} {ClaimKind.P_VALUE}" == "more-precise p-value"
    assert STATUSES == ("consistent", "faithful-rounding", "mismatch", "unsupported", "unconfirmable")
    assert all(isinstance(s, ReviewStatus) for s in STATUSES)
    (c,) = extract_claims("P<0.001")
    assert c.kind is ClaimKind.P_VALUE and c.kind == "p-value"


def test_each_claim_carries_its_own_match(linter):
    text = "CR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC.\n"
    document = Document(path="d.md", text=text, format="markdown")
    first, second = linter.analyse(document).claims
    assert (first.text, first.arm, first.match.status, first.match.expected) == ("80.7%", "besponsa", "consistent",
                                                                                 "80.7%")
    assert first.match.status is MatchStatus.CONSISTENT
    assert (second.text, second.arm, second.match.status, second.match.expected) == ("29.3%", "sc", "mismatch",
                                                                                     "29.4%")
    assert second.match.reference_id == "ino-vate-all.cr-cri.first-218"
    (finding,) = linter.lint_document(document)
    assert (finding.rule, finding.start, finding.end, finding.expected) == ("V001", second.start, second.end, "29.4%")


def test_the_scope_decides_how_numbers_are_read(linter):
    text = "Median OS was 7,9 months; odds ratio 8,61 (1,52-48,86)."
    plain = linter.nlp(text)._.claims
    eu = linter.nlp(text, component_cfg=scope_config(DocumentScope(market="EU", decimal_comma=True)))._.claims
    assert [(c.kind, c.value.text) for c in plain] == [("duration", "7.9"), ("ratio", "8")]
    assert [(c.kind, c.value.text) for c in eu] == [("duration", "7.9"), ("ratio", "8.61")]


def test_the_scope_decides_which_terms_give_context(linter):
    text = "Median OS was 7.7 months with BESPONSA."
    (own,) = linter.nlp(text)._.claims
    foreign = DocumentScope(foreign_terms=frozenset({("endpoint", "os")}))
    (other,) = linter.nlp(text, component_cfg=scope_config(foreign))._.claims
    assert own.endpoint == "os" and other.endpoint is None


def test_analyse_decides_the_scope_per_document(full_linter):
    eu = full_linter.analyse(Document(path="eu.md", text="Odds ratio 8,61 (1,52-48,86).\n", format="markdown"),
                        market="EU")
    us = full_linter.analyse(Document(path="us.md", text="Odds ratio 8,61 (1,52-48,86).\n", format="markdown"),
                        market="US")
    assert (eu.scope.market, eu.scope.decimal_comma) == ("EU", True)
    assert (us.scope.market, us.scope.decimal_comma) == ("US", False)
    assert [c.value.text for c in eu.claims] == ["8.61"] and [c.value.text for c in us.claims] == ["8"]
