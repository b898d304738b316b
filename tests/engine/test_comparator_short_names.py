"""A comparator arm named by its head noun ("chemotherapy patients", "on chemotherapy", "the
chemotherapy arm", "those given chemotherapy") is the comparator: its figure is never credited
to the product (a false V001/V002 against the product's value)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.documents.base import Document
from claimcheck.engine import Linter
from claimcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def linter():
    return Linter(load_reference(ROOT / "reference"), market="US")


def _analysed(linter, text):
    doc = Document(path="piece.md", text=text, metadata={})
    return linter.analyse(doc).claims, linter.lint_document(doc)


@pytest.mark.parametrize("sentence, product_value, comparator_value", [
    ("Median overall survival was 9.3 months with XOSPATA; chemotherapy patients had a median of 5.6 months.",
     "9.3 months", "5.6 months"),
    ("One year after randomization, 37.1% of patients on XOSPATA were alive, against 16.7% on chemotherapy.",
     "37.1%", "16.7%"),
    ("CR/CRh was reached by 34.0% of XOSPATA patients and by 15.3% in the chemotherapy arm.", "34.0%", "15.3%"),
    ("Complete remission: 21.1% with XOSPATA; 10.5% of those given chemotherapy.", "21.1%", "10.5%"),
    ("Event-free survival: 2.8 months for XOSPATA and 0.7 months in the control arm.", "2.8 months", "0.7 months"),
])
def test_head_noun_names_the_comparator(linter, sentence, product_value, comparator_value):
    text = f"In the phase 3 ADMIRAL trial, adults were randomized to XOSPATA or salvage chemotherapy.\n\n{sentence}\n"
    claims, findings = _analysed(linter, text)
    arms = {c.text: c.arm for c in claims}
    assert arms[product_value] == "xospata" and arms[comparator_value] == "salvage-chemo"
    assert [f for f in findings if f.rule in ("V001", "V002", "U001")] == []


def test_background_chemotherapy_does_not_take_the_products_figure(linter):
    text = ("In ADMIRAL, among adults whose AML relapsed after induction chemotherapy, XOSPATA "
            "achieved CR/CRh in 34.0%.\n\nAfter prior chemotherapy, patients on XOSPATA had a median "
            "overall survival of 9.3 months.\n")
    claims, findings = _analysed(linter, text)
    assert {c.text: c.arm for c in claims if c.text in ("34.0%", "9.3 months")} == \
        {"34.0%": "xospata", "9.3 months": "xospata"}
    assert [f for f in findings if f.rule.startswith("V")] == []
