"""Two more ways a sentence names the full Prescribing Information / SmPC without pointing the
reader to it (F003 US, F005 EU; ``named_only`` in the rule packs, NamedOnly in
required_content.py):

- the document in a bracketed aside of a run-in label or a section heading ("**Warnings and
  precautions (see SmPC):** <the warnings>", "## Dose changes (refer to the PI)"): it sends the
  reader there for the label's topic only (``labels: true``), as a row's value does; a label that
  holds a whole word ("Prescribing information (see SmPC):", "Safety (see the full PI):") still
  points. Before, an EU decision-aid card whose closing "consult the full SmPC before prescribing"
  was removed kept passing on its warnings label "(see SmPC)".
- the document cited as a source or a yardstick with a bracketed aside between ("reviewed against
  the <product> (<generic name>) Prescribing Information"): the aside no longer hides the source
  word. Before, show notes whose "see the full Prescribing Information" was removed kept passing on
  their sponsor line.

Markdown, HTML and plain text; texts written for this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import POINTER_RULE as RULE
from rulepack_helpers import lint_pointer_piece as lint


NAMED_ONLY = [
    # a run-in label's aside, bold or plain, in a list item, in HTML
    ("EU", "page.md", "**Warnings and precautions (see SmPC):** liver toxicity including VOD; myelosuppression; "
                      "QT prolongation."),
    ("EU", "page.txt", "Special warnings (refer to the SmPC): hepatotoxicity, including veno-occlusive disease, "
                       "has been reported."),
    ("EU", "page.md", "- Dose modifications (consult the Summary of Product Characteristics): delay or stop the "
                      "dose for grade 3 toxicity."),
    ("US", "page.md", "**Dose adjustments (see Prescribing Information):** hold the dose for grade 3 events."),
    ("EU", "page.html", "<p><strong>Special warnings and precautions (see SmPC):</strong> hepatotoxicity, "
                        "myelosuppression, infusion-related reactions.</p>"),
    # a section heading's aside
    ("EU", "page.md", "## Premedication (see the SmPC)\n\nGive a corticosteroid, an antipyretic and an "
                      "antihistamine before each infusion."),
    ("US", "page.html", "<h2>Dose changes (refer to the PI)</h2><p>Hold the dose for grade 3 events.</p>"),
    # a source or a yardstick, a bracketed aside between it and the document
    ("US", "page.md", "> Sponsored content, reviewed against the BESPONSA (inotuzumab ozogamicin) "
                      "Prescribing Information; see the episode notes below."),
    ("EU", "page.txt", "All figures here are taken from the BESPONSA (inotuzumab ozogamicin) SmPC."),
    ("US", "page.html", "<p>Everything below is consistent with the current (2024) Prescribing Information.</p>"),
]


@pytest.mark.parametrize("market,name,body", NAMED_ONLY)
def test_a_label_aside_or_a_cited_document_is_no_pointer(lint_piece, linter_for, market, name, body):
    (f,) = lint(lint_piece, linter_for, market, body, name)
    assert f.rule == RULE[market] and f.line == 1


POINTERS = [
    # a label that names the whole document, or the full one
    ("EU", "page.md", "**Prescribing information (see SmPC):** available from the medical information team."),
    ("US", "page.md", "**Important Safety Information (see the full Prescribing Information):** liver toxicity."),
    ("EU", "page.txt", "Further information (consult the SmPC): hepatotoxicity, myelosuppression."),
    # the aside in a statement, not a label: it points (left as it was)
    ("EU", "page.md", "Before prescribing, please consult the SmPC (available at the stand)."),
    # the label's aside next to a pointer of its own
    ("EU", "page.md", "**Warnings (see SmPC):** hepatotoxicity.\n\nPlease refer to the SmPC before prescribing."),
    ("US", "page.html", "<h2>Dose changes (refer to the PI)</h2><p>Hold the dose for grade 3 events.</p>"
                        "<p>Please see the full Prescribing Information, including the Boxed Warning.</p>"),
    # a bracketed aside, no source word: a pointer
    ("US", "page.md", "Please see the BESPONSA (inotuzumab ozogamicin) full Prescribing Information."),
]


@pytest.mark.parametrize("market,name,body", POINTERS)
def test_a_pointer_still_counts(lint_piece, linter_for, market, name, body):
    assert lint(lint_piece, linter_for, market, body, name) == []
