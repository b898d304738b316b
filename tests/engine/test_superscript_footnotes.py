"""A footnote's superscript digit glued to a word ("survival¹", "DFS²" aside) is split off, so
the word is still a term of the library; units with a superscript ("m²", "mg/m²", "10⁹/L") stay."""

from __future__ import annotations

from pathlib import Path

from claimcheck.documents.base import Document
from claimcheck.engine import Linter
from claimcheck.pipeline import pipeline_for
from claimcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]


def test_superscript_digit_after_a_word_is_split_off():
    nlp = pipeline_for(load_reference(ROOT / "reference"))
    assert [t.text for t in nlp.make_doc("Estimated remission²: 48%")][:2] == ["Estimated", "remission"]
    assert [t.text for t in nlp.make_doc("1.8 m² and 3.3 mg/m² and 10⁹/L")] == \
        ["1.8", "m²", "and", "3.3", "mg/m²", "and", "10⁹/L"]


def test_endpoint_with_a_footnote_digit_is_its_endpoint():
    linter = Linter(load_reference(ROOT / "reference"), market="US")
    text = ("In ADMIRAL, adults were randomized to XOSPATA or salvage chemotherapy.\n\n"
            "Projected 2-year overall survival¹: 20.6% vs 14.2%.\n\n"
            "¹ Exploratory estimate.\n")
    claims = linter.analyse(Document(path="piece.md", text=text, metadata={})).claims
    assert {c.text.split()[0]: c.endpoint for c in claims if c.kind == "percentage"} == {"20.6%": "os", "14.2%": "os"}
