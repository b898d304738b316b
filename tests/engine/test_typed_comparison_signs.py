"""A library phrase with "≥" or "≤" ("grade ≥3", "≥50% bone marrow blasts") matches the sign typed
as ">=" or "<=" on a keyboard (plain-text drafts, e-mails), and the other way round
(phrases._tokens). Before, "grade >=3 leukopenia 27%" named no grade, so it was judged against the
endpoint's default entry (15%) instead of the grade ≥3 entry it agrees with. Texts written for
these tests; facts of the shipped BESPONSA library."""

from __future__ import annotations

import re

import pytest

from claimcheck.documents.base import Document
from claimcheck.phrases import phrase_source

RULES = {"V001", "V002", "U001"}


@pytest.mark.parametrize("phrase, text", [
    ("grade \u22653", "grade >=3"), ("grade >=3", "grade \u22653"), ("grade \u2265 3", "Grade >= 3"),
    ("\u226450% blasts", "<=50% blasts"), ("CR1 \u226512 months", "CR1 >=12 months"),
])
def test_a_comparison_sign_matches_as_typed(phrase, text):
    assert re.search(phrase_source(phrase.lower()), text.lower())


def test_the_sign_still_has_to_be_there():
    assert not re.search(phrase_source("grade \u22653"), "grade 3")
    assert not re.search(phrase_source("grade \u22653"), "grade =3")


@pytest.mark.parametrize("sentence", [
    "Grade >=3 leukopenia was reported in {v} of BESPONSA-treated patients.",
    "Grade >=3 adverse events with BESPONSA: neutropenia (47%), thrombocytopenia (41%) and leukopenia ({v}).",
])
def test_a_typed_grade_names_the_grade_entry(lint_piece, sentence):
    head = "BESPONSA (inotuzumab ozogamicin) safety, final analysis\n\n"
    assert lint_piece(head + sentence.format(v="27%") + "\n", "s.txt", rules=RULES, market="EU") == []
    wrong = lint_piece(head + sentence.format(v="29%") + "\n", "s.txt", rules=RULES, market="EU")
    assert [f.rule for f in wrong] == ["V001"] and "27%" in wrong[0].message


def test_a_typed_population_is_named(linter):
    text = ("BESPONSA in INO-VATE ALL\n\nIn patients with >=50% bone marrow blasts, CR/CRi was 77.9% with "
            "BESPONSA vs 24.4% with standard chemotherapy.\n")
    claims = linter.analyse(Document(path="p.txt", text=text, format="text")).claims
    assert {c.population for c in claims if c.kind == "percentage"} == {"high-bm-blasts"}
