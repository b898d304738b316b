"""Two ways a changed figure hid behind a coincidence, each now a mismatch (V001) against the entry
the text names:

- counts name the entry: "18 of 79 patients (23.1%)" where one entry holds 18/79 (22.8%) is that
  entry's percentage written wrong, though 23.1% rounds to another entry's 23% (a dose group's); the
  arithmetic finding (A001) alone did not say which figure the library holds;
- words beat coincidence: "… went on to transplant vs 11.1% of chemotherapy patients" where 21.6%
  went on to transplant is the default entry's figure written wrong, though 11.1% is the figure of a
  narrower entry (patients who went *directly* to transplant) whose own words the text never names.

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL (INO-VATE ALL).\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, body):
    doc = Document(path="d.md", text=BES + body + "\n", format="markdown")
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


@pytest.mark.parametrize("template,right,wrong,expected", [
    ("VOD/SOS occurred in 18 of 79 BESPONSA patients ({v}%) who proceeded to HSCT.", "22.8", "23.1", "22.8%"),
    ("Among patients who underwent HSCT, VOD was reported in 18/79 ({v}%).", "22.8", "23,1", "22.8%"),
    ("Seventy-nine of 164 patients ({v}%) treated with BESPONSA proceeded to HSCT.", "48.2", "48.9", "48.2%"),
    ("- Proceeded to HSCT: 79/164 ({v}%) with BESPONSA", "48.2", "47.9", "48.2%"),
    ("CR/CRi with standard chemotherapy in the first 218 patients: {v}% (32/109).", "29.4", "49.2", "29.4%"),
])
def test_the_counts_name_the_entry(linter, template, right, wrong, expected):
    assert _findings(linter, template.format(v=right)) == []
    got = _findings(linter, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert expected in got[0][2] and "n/N" in got[0][2]


@pytest.mark.parametrize("template", [
    "Nearly half of BESPONSA patients (48.2%) went on to HSCT vs {v}% of chemotherapy patients.",
    "Transplant rates: 48.2% with BESPONSA and {v}% with standard chemotherapy.",
    "More patients proceeded to HSCT with BESPONSA than with chemotherapy (48.2% vs {v}%).",
])
def test_a_narrower_entrys_figure_does_not_confirm_an_unqualified_claim(linter, template):
    assert _findings(linter, template.format(v="21.6")) == []
    got = _findings(linter, template.format(v="11.1"))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "21.6%" in got[0][2]


@pytest.mark.parametrize("body", [
    "Patients proceeding directly to HSCT: 43.3% with BESPONSA vs 11.1% with chemotherapy.",
    "Without additional induction therapy, 43.3% vs 11.1% of patients proceeded directly to HSCT.",
    "Overall, 48.2% vs 21.6% went on to HSCT; 43.3% vs 11.1% proceeded directly to HSCT.",
])
def test_the_narrower_entry_named_stays_clean(linter, body):
    assert _findings(linter, body) == []
