"""Cure claims in sentences that state the product's results without naming it (O002,
``near_product: results``): a numeric claim about the product in the sentence, or "patients",
"responders", "most of them" shortly after a sentence that names the product or gives its
results. Disease background, a cure said of transplant and negations stay clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _hits(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text("Market: US\n\n" + text + "\n", encoding="utf-8")
    return [f.found for f in linter.lint_document(read_document(path)) if f.rule == "O002" and not f.suppressed]


@pytest.mark.parametrize("text", [
    "Outcomes\n\nIn INO-VATE ALL, more patients went on to transplant (48.2% vs 21.6%), and most of them were cured.",
    "Outcomes\n\nMore patients went on to transplant (48.2% vs 21.6%), and most of them were cured.",
    "Outcomes\n\nBESPONSA produced deep remissions: 80.7% reached CR/CRi. Many of these responders are now cured.",
    "Outcomes\n\nWith BESPONSA, CR/CRi was 80.7% vs 29.4%. Patients who proceeded to transplant were cured.",
    "Outcomes\n\nWith BESPONSA, CR/CRi was 80.7% vs 29.4%. Those treated were effectively cured of their leukemia.",
    "## Results\n\n- CR/CRi with BESPONSA: 80.7% vs 29.4%\n- Most responders were cured.",
    "<h2>Long-term outcomes</h2>\n<p>BESPONSA responders: 80.7% CR/CRi.</p>\n<p>Many of these responders are now cured.</p>",
    "| Outcome | BESPONSA | SC |\n|---|---|---|\n| CR/CRi | 80.7% | 29.4% |\n| Patients cured | most | few |",
    "Outcomes\n\nBESPONSA offers the hope of a cure.",
    "Outcomes\n\nBESPONSA responders achieved 80.7% CR/CRi. Several went on to a cure after transplant.",
    "Outcomes\n\nCR/CRi: 80.7% vs 29.4% with BESPONSA. A cure is now within reach for these patients.",
    "Outcomes\n\nCR/CRi was 80.7% vs 29.4% with BESPONSA. This offers a curative path for many.",
    # the product called a curative bridge, path or step to transplant
    "Outcomes\n\nBESPONSA offers a curative bridge to transplant for adults with relapsed ALL.",
    "Outcomes\n\nWith BESPONSA, 80.7% reached CR/CRi: a curative path to HSCT.",
    "Outcomes\n\nBESPONSA is the curative step to stem cell transplant.",
])
def test_cure_claim_on_the_products_results_is_o002(full_linter, tmp_path, text):
    ext = "html" if text.startswith("<h2>") else "md"
    assert _hits(full_linter, tmp_path, text, ext)


@pytest.mark.parametrize("text", [
    "Outcomes\n\nChildhood ALL has high cure rates.",
    "Outcomes\n\nIn children, ALL has cure rates above 80%.",
    "Outcomes\n\nBESPONSA was studied in INO-VATE ALL. Pediatric patients with ALL are usually cured with chemotherapy.",
    "Outcomes\n\nWith BESPONSA, CR/CRi was 80.7% vs 29.4%. Adult patients with relapsed ALL are rarely cured with chemotherapy alone.",
    "Outcomes\n\nBESPONSA can bring responders to transplant, currently the only curative option.",
    "Outcomes\n\nWith BESPONSA, 80.7% reached CR/CRi. Only HSCT can cure these patients.",
    "Outcomes\n\nWith BESPONSA, 80.7% reached CR/CRi. For them, transplant offers the only chance of cure.",
    "Outcomes\n\nWith BESPONSA, CR/CRi was 80.7% vs 29.4%. BESPONSA is not a cure; patients were not cured.",
    "Outcomes\n\nWith BESPONSA, CR/CRi was 80.7%. It offers a bridge to transplant, the only curative option.",
    "Outcomes\n\nWith BESPONSA, CR/CRi was 80.7%. Many are cured only by allogeneic transplant.",
    "Outcomes\n\nWith BESPONSA, 80.7% reached CR/CRi and could proceed to curative allogeneic stem cell transplant.",
    "Outcomes\n\nWith BESPONSA, 80.7% reached CR/CRi, opening the curative potential of transplant.",
    "Outcomes\n\nBESPONSA responders (80.7%) could go on to curative-intent HSCT.",
    "Background\n\nMost patients with newly diagnosed ALL are cured.\n\n## Results\n\nCR/CRi was 80.7% with BESPONSA.",
])
def test_disease_background_transplant_and_negation_are_not_o002(full_linter, tmp_path, text):
    assert _hits(full_linter, tmp_path, text) == []
