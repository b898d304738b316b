"""A cure said of the product followed by transplant (O002, ``exceptions_void_after``): "cure"
said of transplant is an exception ("transplant offers the only chance of cure"), but where the
transplant is the one the product, "treatment with" it or "this regimen" is followed by,
bridged to or combined with, in the clause that says the cure, the cure is the product's and
its sequence's. Transplant set off as the curative option (a comma, a dash, a colon, "which")
and a cure said of transplant alone stay clean, in Markdown, HTML and wrapped plain text."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _hits(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text("Market: US\n\n" + text + "\n", encoding="utf-8")
    return [f.found for f in linter.lint_document(read_document(path)) if f.rule == "O002" and not f.suppressed]


@pytest.mark.parametrize("text,ext", [
    ("Outcomes\n\nBESPONSA followed by allogeneic transplant offers patients a chance of cure.", "md"),
    ("Outcomes\n\nIn our experience, inotuzumab ozogamicin then HSCT is potentially curative for responders.", "md"),
    ("Outcomes\n\nTreatment with BESPONSA as a bridge to stem cell transplantation can cure relapsed ALL.", "md"),
    ("Outcomes\n\nBESPONSA, followed by consolidative HSCT, provides a cure for many adults.", "md"),
    ("Outcomes\n\nBESPONSA when followed by HSCT is curative in MRD-negative responders.", "md"),
    ("## Outcomes\n\n- CR/CRi with BESPONSA: 80.7% vs 29.4%\n"
     "- This regimen followed by transplant remains curative for most responders.", "md"),
    ("Outcomes\n\nXOSPATA followed by transplant cures FLT3-mutated AML in many adults.", "md"),
    ("<h2>Outcomes</h2>\n<p>For responders, BESPONSA followed by transplant can be curative.</p>", "html"),
    ("<h2>Outcomes</h2>\n<ul><li>BESPONSA plus allogeneic HSCT: transplanted responders "
     "(48.2% vs 21.6%)</li>\n<li>BESPONSA then transplant offers these patients a cure</li></ul>", "html"),
    ("OUTCOMES\n\n    Median OS was 7.7 vs 6.7 months. Adults given BESPONSA and then\n"
     "        HSCT offer the prospect of cure to their families.", "txt"),
    ("OUTCOMES\n\n    In INO-VATE ALL, CR/CRi was 80.7% vs 29.4%; BESPONSA as a\n"
     "    bridge to transplant is curative for the MRD-negative.", "txt"),
])
def test_cure_of_the_product_followed_by_transplant_is_o002(full_linter, tmp_path, text, ext):
    assert _hits(full_linter, tmp_path, text, ext)


@pytest.mark.parametrize("text,ext", [
    ("Outcomes\n\nBESPONSA helps more patients reach transplant, the potentially curative option (48.2% vs 21.6%).", "md"),
    ("Outcomes\n\nWith BESPONSA, CR/CRi was 80.7%. Allogeneic HSCT remains the only potentially curative option for these patients.", "md"),
    ("Outcomes\n\nBESPONSA can bridge responders to HSCT, which offers the only realistic chance of cure.", "md"),
    ("Outcomes\n\nBESPONSA as a bridge to transplant \u2014 the only curative option \u2014 brought 48.2% of patients to HSCT.", "md"),
    ("Outcomes\n\nAfter BESPONSA, transplant offers the only chance of cure.", "md"),
    ("Outcomes\n\nHSCT after BESPONSA is the only potentially curative approach.", "md"),
    ("Outcomes\n\nBESPONSA followed by transplant is not curative for every patient.", "md"),
    ("Outcomes\n\nBESPONSA before HSCT means HSCT is potentially curative for more patients.", "md"),
    ("Outcomes\n\nGiving BESPONSA before transplant matters because it is the curative step.", "md"),
    ("## Sequencing\n\n- BESPONSA before transplant: HSCT is the only curative therapy.", "md"),
    ("<h2>Outcomes</h2>\n<p>With BESPONSA, more patients proceeded to HSCT (48.2% vs 21.6%); "
     "transplant offers the only chance of cure.</p>", "html"),
    ("<h2>Outcomes</h2>\n<p>BESPONSA followed by transplant, the one potentially curative step, "
     "was reached by 48.2% of patients.</p>", "html"),
    ("OUTCOMES\n\n    Responders to BESPONSA then went on to transplant, which\n"
     "    can be curative.", "txt"),
    ("OUTCOMES\n\n    More BESPONSA patients reached HSCT (48.2% vs 21.6%). Only\n"
     "    transplant can cure these patients.", "txt"),
])
def test_cure_said_of_transplant_alone_stays_clean(full_linter, tmp_path, text, ext):
    assert _hits(full_linter, tmp_path, text, ext) == []
