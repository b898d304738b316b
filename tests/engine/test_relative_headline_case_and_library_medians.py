"""Doubling wording as a headline in capitals or title case, with no figures on its line
("XOSPATA DOUBLED SURVIVAL", "Survival Twice As Long With XOSPATA"), and a Q&A answer ("It more
than doubled long-term survival") in a piece that gives no pair of the endpoint: the extraction
reads relative wording in any case (claims.py), and A005/A008 judge it against the claims
library's own figures for what it speaks of (arithmetic._library_pair): the medians for the time
lived (a plain "doubled survival", "twice as long"), the rates at the latest timepoint for "long
term", the rates for a share ("twice as many patients", "the CR rate"). A real 2x ratio stays
clean, and so does survival said to be longer without a factor. Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

XOS = "Market: US\n\nOverview\n\nXOSPATA (gilteritinib) was studied in ADMIRAL in relapsed or refractory FLT3-mutated AML.\n\n"
BES = "Market: US\n\nOverview\n\nBESPONSA (inotuzumab ozogamicin) was studied in INO-VATE ALL.\n\n"


def _rules(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(text, encoding="utf-8")
    return sorted({f.rule for f in linter.lint_document(read_document(path))
                   if f.rule in ("A005", "A008") and not f.suppressed})


@pytest.mark.parametrize("text, ext", [
    # capitals: median OS 9.3 vs 5.6 months (1.66) in the library is not double
    (XOS + "# XOSPATA DOUBLED SURVIVAL\n\nSee the Prescribing Information.\n", "md"),
    (XOS + "## SURVIVAL: TWICE AS LONG WITH XOSPATA\n", "md"),
    # title case
    (XOS + "# Survival Twice As Long With XOSPATA\n", "md"),
    (XOS + "# XOSPATA Doubles Survival in Relapsed AML\n", "md"),
    (XOS + "**Patients Lived Twice As Long On XOSPATA**\n\nAsk your representative for details.\n", "md"),
    # HTML heading
    ("<html><body><p>Market: US</p><p>XOSPATA (gilteritinib) was studied in ADMIRAL.</p>"
     "<h1>XOSPATA DOUBLES SURVIVAL</h1><p>Read the full Prescribing Information.</p></body></html>", "html"),
    # a Q&A answer: the library's latest rates (2 years: 20.6% vs 14.2%, 1.45) are not more than double
    (XOS + "**Q: What did ADMIRAL show for survival?**\n\n**A:** XOSPATA more than doubled long-term survival.\n", "md"),
    (XOS + "Q. Is there a long-term benefit?\nA. Yes: long-term survival more than doubled with XOSPATA.\n", "md"),
    # BESPONSA: median OS 7.7 vs 6.2 months
    (BES + "# BESPONSA DOUBLED SURVIVAL\n", "md"),
    (BES + "- Survival Twice As Long With BESPONSA\n", "md"),
])
def test_headline_doubling_judged_by_library_medians(linter, tmp_path, text, ext):
    assert _rules(linter, tmp_path, text, ext) == ["A005", "A008"]


@pytest.mark.parametrize("text", [
    # a real 2x ratio: CR 21.1% vs 10.5%, 1-year survival 37.1% vs 16.7%
    XOS + "# XOSPATA DOUBLED THE CR RATE\n",
    XOS + "## Twice As Many Patients Achieved CR\n",
    XOS + "# More Than Twice As Many Patients Alive at One Year\n",
    XOS + "# TWICE AS MANY PATIENTS ALIVE AT 1 YEAR\n",
    XOS + "Q: What did ADMIRAL show at one year?\n\nA: More than twice as many patients were alive at one year.\n",
    # BESPONSA: 2-year OS 22.8% vs 10.0% (2.28), CR/CRi 80.7% vs 29.4%
    BES + "# BESPONSA More Than Doubled Long-Term Survival\n",
    BES + "# BESPONSA MORE THAN DOUBLED THE CR/CRi RATE\n",
    BES + "# Twice as many patients proceeded to HSCT\n",
    # no factor claimed
    XOS + "# Survival Was Longer With XOSPATA\n",
    XOS + "Survival was longer with XOSPATA (median 9.3 vs 5.6 months).\n",
    # a frequency in capitals
    XOS + "Take XOSPATA once daily; do not take it TWO TIMES A DAY.\n",
])
def test_true_ratios_and_plain_wording_stay_clean(linter, tmp_path, text):
    assert _rules(linter, tmp_path, text) == []
