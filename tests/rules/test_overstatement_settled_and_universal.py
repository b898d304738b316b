"""Overstatement classes in promotional layouts (rules/common.yaml): proof or definitive
superiority stated as settled, a universal win and superiority over all alternatives (O005),
eradication of the disease (O007), a cure in a heading over the product's results (O002); each in
prose, a heading in capitals or title case, a bullet, a pull quote, a call to action and an HTML
heading, with the near-misses that stay clean (a stated comparison with its statistics, MRD
negativity as a measured result, "deep responses", "not a cure", transplant as curative)."""

from __future__ import annotations

import pytest

from rulepack_helpers import read


def _codes(linter_for, text, tmp_path, suffix=".md"):
    path = tmp_path / ("draft" + suffix)
    path.write_text(text, encoding="utf-8")
    return {(f.rule, f.found.lower()) for f in linter_for("US").lint_document(read(path))
            if f.rule.startswith("O")}


BAD = [
    # 1. proof or definitive superiority stated as settled
    ("# PROVEN SUPERIORITY OVER STANDARD CHEMOTHERAPY\n\nBESPONSA in relapsed disease.", "O005"),
    ("## Definitively Outperforms Chemo\n\nBESPONSA in relapsed disease.", "O005"),
    ("BESPONSA DEFINITIVELY OUTPERFORMS CHEMO.", "O005"),
    ("BESPONSA is clinically proven to beat salvage therapy.", "O005"),
    ("- BESPONSA: established as superior in relapsed disease", "O005"),
    ("- Conclusively better than chemotherapy", "O005"),
    # ... said to be proved by the data (an outside writer's journal-club handout)
    ("MRD negativity came in 92 vs 19 patients, proving BESPONSA superior to chemotherapy at clearing disease.", "O005"),
    ("- These remission rates establish BESPONSA as more effective in relapsed disease", "O005"),
    ("A result that proves it the better option.", "O005"),
    # 2. a universal win
    ('> "BESPONSA beats chemotherapy on every outcome."', "O005"),
    ("BESPONSA was better across all endpoints.", "O005"),
    ("BESPONSA outperformed the comparator on each measure.", "O005"),
    ("## BESPONSA Wins On Every Count", "O005"),
    # 3. superior to all alternatives
    ("BESPONSA is superior to any chemotherapy.", "O005"),
    ("Ask your representative about a therapy that outperforms every available regimen.", "O005"),
    ("- More effective than all other options", "O005"),
    ("BESPONSA: unmatched by any salvage therapy.", "O005"),
    # 4. eradication
    ("## ERADICATING RESIDUAL DISEASE\n\nBESPONSA in relapsed disease.", "O007"),
    ('> "BESPONSA wipes out leukaemia cells."', "O007"),
    ("BESPONSA clears every trace of disease.", "O007"),
    ("- Eliminates the disease", "O007"),
    ("Complete eradication of residual disease with BESPONSA.", "O007"),
    # 5. a cure in a heading over the product's results, and in prose, a bullet, a call to action
    ("## A CURE FOR MANY\n\nBESPONSA induced CR/CRi in 80.7% of patients.", "O002"),
    ("## Curative For Most Patients\n\nBESPONSA induced CR/CRi in 80.7% of patients.", "O002"),
    ("BESPONSA offers patients a cure.", "O002"),
    ("- BESPONSA: a path to cure", "O002"),
    ("Prescribe BESPONSA today and give your patients a path to cure.", "O002"),
]


@pytest.mark.parametrize("text, code", BAD)
def test_overstatement_class_is_flagged(linter_for, tmp_path, text, code):
    assert code in {c for c, _ in _codes(linter_for, "# Efficacy\n\n" + text + "\n", tmp_path)}


def test_html_headings_are_flagged(linter_for, tmp_path):
    html = ("<h1>BESPONSA</h1><h2>Proven superiority over chemotherapy</h2>"
            "<h2>A cure for many</h2><p>BESPONSA induced CR/CRi in 80.7% of patients.</p>"
            "<h2>Clears every trace of disease</h2><p>BESPONSA in relapsed disease.</p>")
    codes = {c for c, _ in _codes(linter_for, html, tmp_path, ".html")}
    assert {"O002", "O005", "O007"} <= codes


GOOD = [
    "BESPONSA achieved a significantly higher CR/CRi rate than standard chemotherapy (80.7% vs 29.4%; p<0.001).",
    "BESPONSA was superior to standard chemotherapy for CR/CRi (80.7% vs 29.4%; p<0.001).",
    "In the trial, 78.4% of responders achieved MRD negativity with BESPONSA.",
    "BESPONSA produced deep responses (CR/CRi 80.7%).",
    "BESPONSA is not a cure.",
    "No claim of cure is made for BESPONSA.",
    "Allogeneic HSCT, the only potentially curative option, followed in 48.2% of BESPONSA patients.",
    "Results were consistent across all prespecified subgroups.",
    "BESPONSA did not eliminate the disease in all patients; 80.7% reached CR/CRi.",
    "BESPONSA did not outperform chemotherapy on every endpoint.",
    "The data did not prove BESPONSA superior for overall survival.",
    "Further studies are needed to establish the optimal dose.",
    "Eradication of disease remains the goal of transplant.",
    "Guidelines recommend the elimination of MRD prior to transplant, where possible.",
    "The drug is eliminated mainly by the liver.",
    "## Not a cure\n\nBESPONSA induced CR/CRi in 80.7% of patients.",
    "## Allogeneic HSCT: the only potentially curative option\n\nBESPONSA induced CR/CRi in 80.7% of patients.",
]


@pytest.mark.parametrize("text", GOOD)
def test_near_miss_is_not_overstatement(linter_for, tmp_path, text):
    assert {c for c, _ in _codes(linter_for, "# Efficacy\n\n" + text + "\n", tmp_path)} & {"O002", "O005", "O007"} == set()
