"""Memory does not grow with the number of files linted.

spaCy keeps every string it meets in the vocabulary: a linter that reuses one pipeline for a whole
content repository would grow by every new word of every file (a run over 1,000 distinct
documents reached 1.2 GB). Once the vocabulary has grown by ``engine.VOCAB_GROWTH_LIMIT``
strings, the engine analyses each document inside ``nlp.memory_zone()``, which frees what the
document added. The benchmark (bench/run.py) measures the process's peak RSS from 55 to 1,000
documents; this test checks the mechanism directly (with a small limit, to be fast).
"""

from __future__ import annotations

import random

from claimcheck.documents.base import Document


def _document(rnd: random.Random, i: int) -> Document:
    words = []
    for _ in range(2000):
        words.append("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(4, 11))))
        if rnd.random() < 0.03:
            words.append(f"{rnd.randint(1, 99)}.{rnd.randint(0, 9)}% of patients with BESPONSA")
    return Document(path=f"draft-{i}.md", text=" ".join(words) + ".\n", format="markdown")


def test_vocabulary_stops_growing_at_its_budget(full_linter, monkeypatch):
    from claimcheck import engine

    monkeypatch.setattr(engine, "VOCAB_GROWTH_LIMIT", 5_000)
    rnd = random.Random(7)
    strings = full_linter.nlp.vocab.strings
    full_linter._vocabulary_base = len(strings)
    for i in range(4):  # ~8,000 new words: past the budget
        full_linter.lint_document(_document(rnd, i))
    before = len(strings)
    assert before - full_linter._vocabulary_base > 5_000
    for i in range(4, 40):  # ~70,000 more distinct words
        full_linter.lint_document(_document(rnd, i))
    assert len(strings) - before < 100, f"the vocabulary grew by {len(strings) - before} strings"


def test_findings_are_the_same_in_a_memory_zone(full_linter, monkeypatch):
    from claimcheck import engine

    text = "SC achieved CR/CRi in 29.3% of patients with standard chemotherapy in INO-VATE ALL.\n"
    first = [(f.rule, f.line, f.column, f.message) for f in full_linter.lint_document(
        Document(path="a.md", text=text, format="markdown"))]
    monkeypatch.setattr(engine, "VOCAB_GROWTH_LIMIT", 0)  # from now on every document in a zone
    rnd = random.Random(8)
    for i in range(10):
        full_linter.lint_document(_document(rnd, i))
    again = [(f.rule, f.line, f.column, f.message) for f in full_linter.lint_document(
        Document(path="a.md", text=text, format="markdown"))]
    assert first == again and any(rule == "V001" for rule, *_ in first)
