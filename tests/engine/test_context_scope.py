"""How far a population named earlier carries (context.py _scoped_terms): within a paragraph, from a
heading or a list's lead-in; never into another paragraph, bullet item or table row (issue 10 item 13:
OS under "## Survival" was listed as "responders" from the paragraph before)."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document


def _populations(linter, text: str) -> dict[str, str | None]:
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    return {c.text.strip(): c.population for c in analysis.claims if c.kind in ("percentage", "duration")}


def test_a_population_does_not_cross_a_blank_line_into_another_paragraph(linter):
    text = ("Among responders, 78.4% of BESPONSA patients reached MRD negativity.\n\n"
            "  Survival\n\n"
            "Median OS was 7.7 months with BESPONSA and 6.2 months with SC.\n")
    got = _populations(linter, text)
    assert got["78.4%"] == "responders"
    assert got["7.7 months"] is None and got["6.2 months"] is None


def test_a_population_carries_to_the_next_sentence_of_its_paragraph(linter):
    text = "We looked at responders. Median OS was 7.7 months with BESPONSA.\n"
    assert _populations(linter, text)["7.7 months"] == "responders"


def test_a_heading_governs_its_section(linter):
    text = "## Responders\n\nMRD negativity was reached by 78.4% with BESPONSA.\n"
    assert _populations(linter, text)["78.4%"] == "responders"


def test_a_population_does_not_pass_from_one_bullet_item_to_the_next(linter):
    text = ("- Among responders, 78.4% of BESPONSA patients reached MRD negativity\n"
            "- Median OS was 7.7 months with BESPONSA\n")
    got = _populations(linter, text)
    assert got["78.4%"] == "responders" and got["7.7 months"] is None


def test_a_list_lead_in_governs_its_items(linter):
    text = "Among responders:\n\n- MRD negativity was reached by 78.4% with BESPONSA\n- and 28.1% with SC\n"
    got = _populations(linter, text)
    assert got["78.4%"] == "responders" and got["28.1%"] == "responders"


def test_a_paragraph_after_a_list_does_not_take_a_population_from_it(linter):
    text = ("- Among responders, 78.4% of BESPONSA patients reached MRD negativity\n"
            "Median OS was 7.7 months with BESPONSA.\n")
    assert _populations(linter, text)["7.7 months"] is None


def test_a_population_does_not_pass_from_one_table_row_to_the_next(linter):
    text = ("| Population | Result |\n"
            "| responders | 78.4% MRD negativity with BESPONSA |\n"
            "| all patients | median OS 7.7 months with BESPONSA |\n")
    got = _populations(linter, text)
    assert got["78.4%"] == "responders"
    assert got["7.7 months"] != "responders"


@pytest.mark.parametrize("path", ["corpus/us-web-efficacy.md"])
def test_the_corpus_survival_section_is_not_about_responders(linter, path):
    from pathlib import Path

    from claimcheck.documents import read_document

    root = Path(__file__).resolve().parents[2]
    analysis = linter.analyse(read_document(root / path))
    os_claims = [c for c in analysis.claims if c.endpoint == "os"]
    assert os_claims and all(c.population is None for c in os_claims), [(c.text, c.population) for c in os_claims]
