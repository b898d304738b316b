"""Overstatement classes missed on hand-written drafts (rules/common.yaml), each in several
wordings, with the near-misses that must stay clean:

1. a superlative framed against every alternative or as the ceiling (O005): "the deepest
   remissions any salvage therapy can deliver", "responses no other regimen can match", "the
   strongest results ever seen", "second to none";
2. the standard or the choice claimed as settled or for everyone (O015): "the proven standard for
   every relapse", "every patient's first choice", "the go-to for every R/R patient";
3. the disease made survivable, manageable or no longer fatal (O020): "making relapsed ALL a
   survivable disease", "turns a fatal diagnosis into a manageable one", "no longer a death
   sentence";
4. a question that asks claims nothing (TextIndex.asked): a topic heading or an FAQ question in
   a table cell, in quotes, on a "Q:" line without its "?", led by "So" or "But", or a heading
   phrased as a question without its "?" ("Which patients responded best"); a rhetorical or a
   presupposing question still claims ("Why settle for less than the best?", "Why is it the best
   choice?": both urge or take as given that the product is the best, and are flagged).
"""

from __future__ import annotations

import pytest

from rulepack_helpers import read


def _codes(linter_for, text, tmp_path, suffix=".md"):
    path = tmp_path / ("draft" + suffix)
    path.write_text(text, encoding="utf-8")
    return {f.rule for f in linter_for("US").lint_document(read(path)) if f.rule.startswith("O")}


BAD = [
    # 1. superlative against every alternative, or as the ceiling (O005)
    ("BESPONSA delivers the deepest remissions any salvage therapy can deliver.", "O005"),
    ("- The highest remission rates of any salvage option", "O005"),
    ("## The Strongest Responses Of All Available Therapies", "O005"),
    ("BESPONSA produces responses no other regimen can match.", "O005"),
    ("No other therapy comes close to these remission rates.", "O005"),
    ("Nothing else compares.", "O005"),
    ("The strongest results ever seen in relapsed ALL.", "O005"),
    ('> "The best responses our field has ever reported."', "O005"),
    ("BESPONSA: the highest CR/CRi rates possible.", "O005"),
    ("The most powerful salvage therapy available today.", "O005"),
    ("BESPONSA offers an unmatched depth of response.", "O005"),
    ("Remissions like no other.", "O005"),
    ("BESPONSA is second to none in relapsed ALL.", "O005"),
    ("A response rate rivalled by none.", "O005"),
    ("# IN A CLASS OF ITS OWN\n\nBESPONSA in relapsed ALL.", "O005"),
    # 2. the standard or the choice, settled or for everyone (O015)
    ("BESPONSA is the proven standard for every relapse.", "O015"),
    ("BESPONSA: every patient's first choice.", "O015"),
    ("BESPONSA is the treatment of choice for all patients with relapsed ALL.", "O015"),
    ("The go-to option for every R/R patient.", "O015"),
    ("BESPONSA should be the standard for all relapsed patients.", "O015"),
    ("- Every haematologist's go-to in relapsed ALL", "O015"),
    ("The undisputed standard in relapsed B-ALL.", "O015"),
    ("Make BESPONSA your choice for every relapsed patient.", "O015"),
    # 3. the disease made survivable, manageable or no longer fatal (O020)
    ("BESPONSA is making relapsed ALL a survivable disease.", "O020"),
    ("BESPONSA turns a fatal diagnosis into a manageable one.", "O020"),
    ("With BESPONSA, relapse is no longer a death sentence.", "O020"),
    ("Relapsed ALL is now a treatable, survivable condition.", "O020"),
    ("## Turning Relapsed ALL Into A Chronic, Manageable Disease", "O020"),
    ("- Relapsed ALL: no longer incurable", "O020"),
    ("Relapsed ALL doesn't have to be a death sentence.", "O020"),
    ("Help your patients beat relapsed ALL.", "O020"),
    ("Relapsed ALL has become a manageable disease.", "O020"),
    # 4. a rhetorical or presupposing question still claims (O003)
    ("Why settle for less than the best?", "O003"),
    ("Why not give your patients the best?", "O003"),
    ("Isn't BESPONSA the best option?", "O003"),
    ("Why is BESPONSA the best choice?", "O003"),
    ("BESPONSA is the best option: why look elsewhere?", "O003"),
    ("| Best option for relapsed ALL | Why settle? |\n|---|---|\n| Yes | No |", "O003"),
]


@pytest.mark.parametrize("text, code", BAD)
def test_overstatement_is_flagged(linter_for, tmp_path, text, code):
    assert code in _codes(linter_for, "# Efficacy\n\n" + text + "\n", tmp_path)


def test_html_headings_are_flagged(linter_for, tmp_path):
    html = ("<h1>BESPONSA</h1><h2>The deepest remissions any salvage therapy can deliver</h2>"
            "<p>BESPONSA in relapsed ALL.</p><h2>Every patient's first choice</h2><p>BESPONSA.</p>"
            "<h2>Relapse is no longer a death sentence</h2><p>BESPONSA in relapsed ALL.</p>")
    assert {"O005", "O015", "O020"} <= _codes(linter_for, html, tmp_path, ".html")


CLEAN = [
    # terms of art and plain results
    "Best overall response was CR in 35.8% of patients.",
    "Patients in the control arm received best supportive care.",
    "Complete remission was reached by 35.8% of patients.",
    "Among responders, most reached their best response within two cycles.",
    # superlatives of risk, dose or another therapy; a negation
    "The highest rate of VOD of any treatment arm was seen with BESPONSA.",
    "The highest dose any patient received was 1.8 mg/m2 per cycle.",
    "BESPONSA did not produce the deepest remissions of any therapy.",
    "The highest response rates ever reported with intensive chemotherapy were below 40%.",
    "No other anticancer therapy was permitted during the study.",
    "No other therapy could be given within 2 weeks of the first dose.",
    # comparator arms, a patient's decision, background, a guideline's own wording
    "The investigator's first choice of chemotherapy was FLAG.",
    "Treatment depends on the patient's choice and fitness.",
    "Standard of care for all patients with relapsed ALL was chemotherapy.",
    "NCCN Guidelines list BESPONSA as a preferred option for all patients with relapsed B-ALL.",
    "BESPONSA was compared with investigator's choice of standard chemotherapy.",
    # the disease: background, another therapy, an aim, a negation, a comorbidity
    "Relapsed ALL remains a fatal diagnosis for most adults.",
    "Relapsed ALL is not yet a survivable disease for most patients.",
    "Intensive chemotherapy has made childhood ALL a curable disease.",
    "HSCT can turn relapsed ALL into a curable disease in some patients.",
    "The long-term goal of research is to make relapsed ALL a chronic, manageable disease.",
    "Patients with chronic liver disease were excluded from the trial.",
    "CML is a chronic leukemia.",
    # 4. questions that ask, in several layouts
    "## Which patients responded best?\n\nIn INO-VATE ALL, CR/CRi was 80.7% with BESPONSA.",
    "**Who benefits most?**\nResponses were seen across subgroups.",
    "Q: What is the best way to dose BESPONSA?",
    "| Question | Answer |\n|---|---|\n| Which patients responded best? | Those in first salvage |\n"
    "| What is the best way to dose? | See section 2 |",
    "| Who is the best candidate? |\n|---|\n| Adults with R/R ALL |",
    '"Which patients responded best?" we asked the investigators.',
    "Clinicians often ask: \u201cWhat is the best way to dose?\u201d The answer is in section 2.",
    "Q&A\nQ: Which patients responded best\nA: Those in first salvage.",
    "So which patients responded best?",
    "But what is the best way to dose?",
    "### Which patients responded best to BESPONSA\n\nResponses were seen across subgroups.",
    "## What is the best way to dose\n\nSee section 2 of the Prescribing Information.",
    "Q3) Who is the best candidate for BESPONSA? Adults with R/R ALL.",
    "Is BESPONSA the best option for my patient?",
]


@pytest.mark.parametrize("text", CLEAN)
def test_near_miss_stays_clean(linter_for, tmp_path, text):
    assert _codes(linter_for, "# Efficacy\n\n" + text + "\n", tmp_path) & {"O003", "O005", "O011", "O015", "O020"} == set()
