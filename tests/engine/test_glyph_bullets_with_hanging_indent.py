"""Plain-text lists whose items are led by a glyph typed as a bullet (">", "»", "►", "→") and wrap
with a hanging indent: each item is a sentence of its own, so a figure of one item (another
endpoint's rate, another arm) never joins the next item's comparison ("more than twice as many
... (48% vs 22%)" read against the 28.1% of the item above). A run of ">" lines whose wrapped line
goes on in lower case is still one quoted sentence. Texts written for this test; facts of the
shipped BESPONSA and XOSPATA libraries."""

from __future__ import annotations

import pytest

from claimcheck.sentences import sentence_spans

RULES = {"V001", "V002", "U001", "A005", "A008"}


def _findings(lint_doc, text):
    return sorted((f.rule, f.line) for f in lint_doc(text, "d.txt", rules=RULES))


@pytest.mark.parametrize("glyph", [">", "\u00bb", "\u25ba", "\u2192"])
def test_each_item_is_a_sentence(glyph):
    text = (f"Key results\n\n  {glyph} Response: 61% of patients on drug A responded,\n"
            f"    against 20% on drug B\n  {glyph} Relapse: three times fewer relapses\n"
            f"    (7% vs 21%)\nSee the full data.\n")
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert any(s.startswith(f"{glyph} Response") and s.rstrip().endswith("drug B") for s in got)
    assert any(s.startswith(f"{glyph} Relapse") and "(7% vs 21%)" in s for s in got)


def test_an_email_quote_that_wraps_in_lower_case_stays_joined():
    text = "Intro.\n\n> the figures were 61% and\n> 20% in the two groups\n"
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert any("61%" in s and "20%" in s for s in got)


@pytest.mark.parametrize("glyph", [">", "\u00bb", "\u25ba"])
def test_twice_claim_reads_its_own_items_pair(lint_doc, glyph):
    text = ("BESPONSA (inotuzumab ozogamicin) vs standard chemotherapy (SC) in INO-VATE ALL.\n\n"
            f"  {glyph} Remission: CR/CRi 80.7% vs 29.4%\n"
            f"  {glyph} Among responders, 78.4% on BESPONSA were MRD-negative,\n"
            "    compared with 28.1% on SC\n"
            f"  {glyph} More than twice as many BESPONSA patients proceeded to HSCT\n"
            "    (48% vs 22%)\n")
    assert _findings(lint_doc, text) == []


def test_xospata_items(lint_doc):
    text = ("XOSPATA (gilteritinib) vs salvage chemotherapy in ADMIRAL.\n\n"
            "  > Median OS: 9.3 vs 5.6 months\n"
            "  > CR/CRh was 34.0% with XOSPATA,\n"
            "    vs 15.3% with salvage chemotherapy\n"
            "  > Twice as many XOSPATA patients achieved CR\n"
            "    (21.1% vs 10.5%)\n")
    assert _findings(lint_doc, text) == []
