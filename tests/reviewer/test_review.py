"""review.py: each claim's review status, its findings, and which findings are document-level."""

from __future__ import annotations

from claimcheck.documents.base import Document
from claimcheck.engine import Linter
from claimcheck.review import STATUSES, is_document_level

DRAFT = """Market: US

BESPONSA achieved CR/CRi in 80.7% of patients (first 218 randomized).

BESPONSA achieved CR/CRi in 81% of patients (first 218 randomized).

SC achieved CR/CRi in 29.3% of patients (first 218 randomized).

BESPONSA achieved CR/CRi in 91.2% of patients aged under 30.

BESPONSA achieved CR/CRi in 80.72% of patients (first 218 randomized).
"""


def records(reference, text, rulepacks=None):
    linter = Linter(reference, rulepacks=rulepacks, keep_claims=True)
    doc = Document(path="draft.md", text=text, format="markdown")
    analysis, findings = linter._lint(doc, linter.market_for(doc), linter.products_for(doc))
    from claimcheck.review import claim_records

    return claim_records(doc, analysis.claims, findings), findings


def test_each_status(reference):
    recs, findings = records(reference, DRAFT)
    by_value = {r.value: r for r in recs if r.kind == "percentage"}
    assert {v: r.status for v, r in by_value.items()} == {
        "80.7%": "consistent", "81%": "faithful-rounding", "29.3%": "mismatch", "91.2%": "unsupported",
        "80.72%": "unconfirmable"}
    assert set(STATUSES) == {r.status for r in by_value.values()}
    assert by_value["81%"].expected == "80.7%" and by_value["81%"].reference_id == "ino-vate-all.cr-cri.first-218"
    assert "Kantarjian" in by_value["81%"].source
    # each claim carries the findings on it, by fingerprint and code
    codes = {v: r.codes for v, r in by_value.items()}
    assert codes == {"80.7%": [], "81%": [], "29.3%": ["V001"], "91.2%": ["U001"], "80.72%": ["V003"]}
    fp = {f.fingerprint: f.rule for f in findings}
    assert [fp[x] for x in by_value["29.3%"].findings] == ["V001"]
    assert (by_value["29.3%"].line, by_value["29.3%"].column) == (7, 23)


def test_an_arithmetic_error_on_a_claim_makes_it_a_mismatch(reference):
    recs, _ = records(reference, "BESPONSA: VOD in 23/164 patients (16%) overall.\n")
    claim = next(r for r in recs if r.value == "16%")
    assert "A001" in claim.codes and claim.status == "mismatch"


def test_document_level_is_the_first_line_anchor_with_what_is_missing(reference):
    from claimcheck.rulepacks import load_rulepacks
    from conftest import ROOT

    packs = load_rulepacks([ROOT / "rules"], reference)
    text = "\n\n  Remission update\nBESPONSA is safe. CR/CRi was 80.7% with BESPONSA (first 218 randomized).\n"
    recs, findings = records(reference, text, packs)
    doc_level = sorted(f.rule for f in findings if is_document_level(f, text))
    placed = sorted(f.rule for f in findings if not is_document_level(f, text))
    # (F008: the piece claims efficacy and carries no safety information beyond the box)
    assert doc_level == ["B001", "F003", "F008", "I001"] and "O001" in placed
