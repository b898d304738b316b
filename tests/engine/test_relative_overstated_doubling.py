"""Doubling wording the figures do not support ("doubled survival", "more than doubled long-term
survival", "nearly doubles median OS" for 9.3 vs 5.6 months, 1.66): A005 (arithmetic) says what the
figures give, and A008 (overstatement, warning) reports the same words where the wording claims
MORE than the figures by more than "nearly" would cover (never where it claims less; "tripled" for
2.74 stays A005 alone). Wording whose sentence gives no figures (a
headline over the body, a quiz answer under the question's table, a transcript line) is judged
against the pairs of its endpoint the piece gives elsewhere, a finding only where none of them
supports it. "Nearly" a factor needs 85 % of it."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BODY = ("In ADMIRAL, median overall survival was 9.3 months with XOSPATA versus 5.6 months with salvage "
        "chemotherapy (HR 0.64; 95% CI 0.49-0.83).")


def _rules(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path))
                  if f.rule in ("A005", "A008") and not f.suppressed)


@pytest.mark.parametrize("text, ext", [
    # a headline whose pair is in the body, several lines below
    ("Market: US\n\n# XOSPATA doubled survival\n\nXOSPATA was studied in adults with relapsed or refractory "
     "AML.\n\nPatients were randomized 2:1.\n\n" + BODY + "\n", "md"),
    # the pair in its own sentence
    ("Market: US\n\nXOSPATA doubled survival compared with salvage chemotherapy (median OS 9.3 vs 5.6 months).\n", "md"),
    ("Market: US\n\nXOSPATA more than doubled long-term survival compared with salvage chemotherapy: median OS "
     "9.3 vs 5.6 months.\n", "md"),
    ("Market: US\n\nXOSPATA nearly doubles median OS: 9.3 months vs 5.6 months with salvage chemotherapy.\n", "md"),
    # a quiz answer under the question's table
    ("Market: US\n\n**Q: What was median overall survival in ADMIRAL?**\n\n| | XOSPATA | Salvage chemotherapy |\n"
     "|---|---|---|\n| Median OS | 9.3 months | 5.6 months |\n\n**A:** XOSPATA doubled median survival.\n", "md"),
    # bullets
    ("Market: US\n\n- Median OS: 9.3 vs 5.6 months\n- XOSPATA doubled survival versus chemotherapy\n", "md"),
    # HTML heading over the body
    ("<html><body><p>Market: US</p><h1>XOSPATA</h1><h2>Survival doubled with XOSPATA</h2>"
     "<p>XOSPATA was studied in ADMIRAL, a randomized phase 3 trial.</p><p>" + BODY + "</p></body></html>", "html"),
    # a transcript
    ("Market: US\n\nWebinar transcript\n\nDR LEE: " + BODY + "\n\nMODERATOR: What does that mean for patients?\n\n"
     "DR LEE: Put simply, XOSPATA doubled survival.\n", "txt"),
    # survival said by a verb of living, the pair in the body
    ("Market: US\n\n# XOSPATA\n\nPatients on XOSPATA lived twice as long as those on salvage chemotherapy.\n\n"
     + BODY + "\n", "md"),
    ("Market: US\n\n# Twice the survival with XOSPATA\n\n" + BODY + "\n", "md"),
    ("Market: US\n\n# XOSPATA\n\nXOSPATA delivered a 2-fold longer median OS than salvage chemotherapy.\n\n"
     "| | XOSPATA | Salvage chemotherapy |\n|---|---|---|\n| Median OS, months | 9.3 | 5.6 |\n", "md"),
    ("Market: US\n\n# XOSPATA\n\n" + BODY + "\n\n**XOSPATA: double the survival of chemotherapy**\n", "md"),
    # decimal commas, the arms left to the context
    ("Market: EU\n\n# XOSPATA\n\nMedian OS: 9,3 vs 5,6 months. XOSPATA doubled survival.\n", "md"),
    # no figures in the piece: the claims library's medians, of the piece's product
    ("Market: US\n\n# XOSPATA\n\nXOSPATA nearly doubled median overall survival.\n", "md"),
    # wording about a risk against its hazard ratio
    ("Market: US\n\n# Survival\n\nBESPONSA halved the risk of death (HR 0.75).\n", "md"),
])
def test_inflated_ratio_wording_is_a005_and_a008(full_linter, tmp_path, text, ext):
    assert _rules(full_linter, tmp_path, text, ext) == ["A005", "A008"]


def test_the_library_pair_is_the_pieces_product(full_linter, tmp_path):
    """"nearly doubled median overall survival" in a piece on one product is judged by that
    product's medians (not another library's 2-year rates of the same endpoint id)."""
    path = tmp_path / "piece.md"
    path.write_text("Market: US\n\n# XOSPATA\n\nXOSPATA nearly doubled median overall survival.\n", encoding="utf-8")
    (f,) = [f for f in full_linter.lint_document(read_document(path)) if f.rule == "A005"]
    assert "9.3 / 5.6 = 1.66" in f.message


def test_a008_is_an_overstatement_warning(full_linter, tmp_path):
    path = tmp_path / "piece.md"
    path.write_text("Market: US\n\n# XOSPATA doubled survival\n\n" + BODY + "\n", encoding="utf-8")
    (f,) = [f for f in full_linter.lint_document(read_document(path)) if f.rule == "A008"]
    assert (f.category, f.severity, f.line) == ("overstatement", "warning", 3)
    assert "9.3 months vs 5.6 months" in f.message and "1.66" in f.message


@pytest.mark.parametrize("text", [
    # the figures support it
    "Market: US\n\nMore than twice as many patients were alive at one year with XOSPATA (37.1% vs 16.7%).\n",
    # one of the piece's pairs of the endpoint supports it: which it speaks of is not known
    "Market: US\n\n# XOSPATA doubled survival\n\n" + BODY + "\n\nOne-year survival was 37.1% with XOSPATA and "
    "16.7% with salvage chemotherapy.\n",
    "Market: US\n\n## More than twice as many alive at one year\n\n| | XOSPATA | Salvage chemotherapy |\n|---|---|---|\n"
    "| 1-year OS | 37.1% | 16.7% |\n",
    # the figures alone
    "Market: US\n\n" + BODY + "\n",
    # a frequency, not a ratio
    "Market: US\n\nXOSPATA is taken once daily; monitoring is done twice weekly.\n",
])
def test_supported_ratio_wording_is_clean(full_linter, tmp_path, text):
    assert _rules(full_linter, tmp_path, text) == []


@pytest.mark.parametrize("text", [
    # "nearly doubled" for 2.22 claims less than the figures: arithmetic, not an overstatement
    "Market: US\n\n# XOSPATA\n\nXOSPATA nearly doubled the CR/CRh rate (34.0% vs 15.3%).\n",
    # "tripled" for 2.74: "nearly tripled" would be right, an arithmetic slip (corpus/us-leave-behind-hsct.md)
    "Market: US\n\n# Remission\n\nBESPONSA tripled the CR/CRi rate compared with standard chemotherapy: "
    "80.7% vs 29.4%.\n",
    "Market: US\n\n- BESPONSA tripled the CR/CRi rate\n- CR/CRi: 80.7% vs 29.4%\n",
])
def test_understated_or_nearly_right_wording_is_a005_only(full_linter, tmp_path, text):
    assert _rules(full_linter, tmp_path, text) == ["A005"]


@pytest.mark.parametrize("ratio, ok", [(1.66, False), (1.69, False), (1.7, True), (1.95, True), (2.0, False)])
def test_nearly_needs_85_percent_of_the_factor(ratio, ok):
    from claimcheck.checks.arithmetic import relative_ok
    assert relative_ok("nearly doubled", 2.0, ratio) is ok
