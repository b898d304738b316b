"""Which market applies: --market / config, else front matter, else a first-line declaration, else US."""

from __future__ import annotations

import pytest
from rulepack_helpers import FIXTURES, codes, doc, read

from claimcheck.rulepacks import declared_market

EU_PIECE = "Market: EU\n\nBESPONSA induced CR/CRi in 80.7% of adults in INO-VATE ALL.\n"
US_PIECE = "Market: US\n\nBESPONSA induced CR/CRi in 80.7% of adults in INO-VATE ALL.\n"
UNDECLARED = "BESPONSA induced CR/CRi in 80.7% of adults in INO-VATE ALL.\n"


def test_first_line_declaration(linter_for):
    linter = linter_for(None)
    assert linter.market_for(doc(EU_PIECE)) == "EU"
    assert linter.market_for(doc(US_PIECE)) == "US"
    assert linter.market_for(doc("\n\n  market: eu\nBESPONSA …")) == "EU"   # first line of text


def test_default_is_us(linter_for):
    assert linter_for(None).market_for(doc(UNDECLARED)) == "US"
    assert linter_for(None).market_for(doc("BESPONSA. Market: EU is only a sentence here.")) == "US"


def test_front_matter_wins_over_first_line(linter_for):
    assert linter_for(None).market_for(doc(US_PIECE, market="EU")) == "EU"
    assert linter_for(None).market_for(doc(UNDECLARED, market="eu")) == "EU"


def test_command_line_or_config_wins_over_the_document(linter_for):
    assert linter_for("US").market_for(doc(EU_PIECE, market="EU")) == "US"
    assert linter_for("EU").market_for(doc(US_PIECE)) == "EU"


def test_packs_apply_to_their_markets(linter_for):
    eu = codes(linter_for(None).lint_document(doc(EU_PIECE)))
    us = codes(linter_for(None).lint_document(doc(US_PIECE)))
    assert {"F004", "F005", "I002"} <= set(eu) and not {"B001", "F003", "I001"} & set(eu)
    assert {"B001", "F003", "I001"} <= set(us) and not {"F004", "F005", "I002"} & set(us)


def test_no_boxed_warning_required_in_the_eu(linter_for):
    findings = linter_for("EU").lint_document(read(FIXTURES / "B001" / "bad.md"))
    assert codes(findings, "B") == []


def test_document_level_findings_are_anchored_at_line_1(linter_for):
    findings = linter_for(None).lint_document(doc("\n\n" + US_PIECE))
    b001 = [f for f in findings if f.rule == "B001"][0]
    assert (b001.line, b001.column) == (1, 1) and b001.snippet == "Market: US"


def test_no_required_content_without_the_product(linter_for):
    findings = linter_for("US").lint_document(doc("A general article about leukaemia care.\n"))
    assert codes(findings, "B") == codes(findings, "I") == codes(findings, "F") == []


def test_declared_market_helper():
    assert declared_market("Market: US\ntext") == "US"
    assert declared_market("MARKET : eu") == "EU"
    assert declared_market("Markets: EU") is None
    assert declared_market("text\nMarket: EU") is None


@pytest.mark.parametrize("line, market", [
    ("Market: EU. Infographic for healthcare professionals", "EU"),
    ("Market: US; HCP email, approved copy", "US"),
    ("Market: EU - Germany", "EU"),
    ("Market: EU (Germany, Austria)", "EU"),
    ("Market: EU.", "EU"),
    ("Market: EU-DE", "EU-DE"),
    ("Market: US, EU", None),
    ("Market: the US and EU", None),
    ("Market: US and EU", None),
])
def test_declared_market_followed_by_a_sentence(line, market):
    assert declared_market(line + "\nBody text.") == market


def test_market_in_an_opening_html_comment_with_more_words(linter_for, tmp_path):
    page = tmp_path / "infographic.html"
    page.write_text("<!DOCTYPE html><html><head><title>T</title></head><body>\n"
                    "<!-- Market: EU. Infographic for healthcare professionals. -->\n"
                    "<p>A general article about leukaemia care.</p></body></html>\n")
    from claimcheck.documents import read_document
    assert linter_for().market_for(read_document(page)) == "EU"
