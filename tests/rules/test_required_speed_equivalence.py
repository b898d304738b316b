"""The speed-ups in the rule packs (checks/packs/, phrases.py) give exactly what the plain formulations give.

Each test compares a fast path with the straightforward code it replaced (kept here as the
reference): section starts, sentence spans, the order of multi-pass hits, memoised negations and
primary endpoints.
"""

from __future__ import annotations

import bisect
import random

import pytest

from claimcheck import sentences as S
from claimcheck.checks.packs import text as R
from claimcheck.checks.packs.negation import Tokens
from claimcheck.checks.packs.text import TextIndex
from claimcheck.phrases import Term, TermPattern
from claimcheck.sentences import line_sentence_starts

# ---------------------------------------------------------------- reference implementations


def reference_sections(text: str, headings=()) -> list[int]:
    starts = {m.start() for m in R._SECTION_BREAK.finditer(text)} | set(headings)
    return [0] + sorted(x for x in starts if x > 0)


def reference_sentences(text: str) -> list[tuple[int, int]]:
    def add(spans, start, end):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    raw: list[tuple[int, int]] = []  # the punctuation splitter's pieces, then cut at line-level starts
    pos = 0
    for m in S._SENTENCE_BREAK.finditer(text):
        cut = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        raw.append((pos, cut))
        pos = m.end()
    raw.append((pos, len(text)))
    lines = line_sentence_starts(text)
    spans: list[tuple[int, int]] = []
    for start, end in raw:
        for line in [x for x in lines if start < x < end]:
            add(spans, start, line)
            start = line
        add(spans, start, end)
    return spans or [(0, len(text))]


def reference_finditer(pattern: TermPattern, index: TextIndex, start=0, end=None):
    end = len(index.text) if end is None else end
    hits = []
    for p, low in pattern._passes:
        for m in p.finditer(index.lowered if low else index.text, start, end):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), pattern.labels[int(m.lastgroup[1:])]))
    if len(pattern._passes) > 1:
        hits.sort(key=lambda h: (h[0], -h[1]))
    return hits


CRAFTED = [
    "",
    "\n",
    "# Heading\nText. More text.\n",
    "Intro.\n# Heading\nBody\n## Sub\n   ### three spaces\n    #### four spaces (code)\n",
    "Para\n---\nafter break\n- - -\n *  *  *\n___\n====\nSetext\n=====  \n",
    "a\f b\n\fc\n \f\n#\tTab heading\n#no space\n####### seven\n",
    "line\r\n---\r\n# crlf heading\r\nbody",
    "--\n-- -\n---x\n***\n* * * *\n_ _ _\n== =\n",
    "\f# at start\n\n---\n",
    "x\n\n\n   ---   \n\t---\n \t ---\n",
    "Results. OS was not met.2,3 The study\u2026 failed. \u2022 bullet\n1. item\n 2) item\n",
    "\u00a0\u2003Lead.\u2003 Next sentence!\u00a0  Third?\x1c\x1d Fourth.\u3000",
    "  \u2022 For adults: Category 2A\nReview recommendations Loading\nBESPONSA is approved to treat ALL\n",
    "Intro.\nDosing & Administration\nBESPONSA is given weekly. Next.\n- item\n  indented go on\nNew line\n",
]

ALPHABET = ["\n", "\n", " ", " ", "\t", "\f", "\r", "#", "-", "*", "_", "=", "a", "B", "1", ".", "Title\n", "with",
            "!", "?", ")", '"', "\u2022", "\u2013", "\u00a0", "\u2003", "\x1c", "OS", "met."]


def random_texts(n=400, seed=7):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 120)))


@pytest.mark.parametrize("text", CRAFTED)
def test_section_starts_match_the_plain_scan(text):
    index = TextIndex(text, [3, 0, 3])
    index.section_index(0)
    assert index._sections == reference_sections(text, [3, 0, 3])


def test_section_starts_match_the_plain_scan_on_random_text():
    for text in random_texts():
        index = TextIndex(text)
        index.section_index(0)
        assert index._sections == reference_sections(text), repr(text)


def test_sentences_match_the_plain_loop():
    for text in [*CRAFTED, *random_texts(seed=11)]:
        index = TextIndex(text)
        assert index.sentences == reference_sentences(text), repr(text)
        for offset in range(len(text) + 1):
            i = max(0, min(len(index.sentences) - 1, bisect.bisect_right(index._starts, offset) - 1))
            assert index.sentence_index(offset) == i
            assert index.sentence_span(i) == index.sentences[i]


def test_multi_pass_hits_keep_text_order_and_labels():
    pattern = TermPattern([
        ("lower", [Term("overall survival"), Term("best"), Term("first-line")]),
        ("exact", [Term("OS"), Term("WARNING:")]),
        ("regex-lower", [Term(r"no\s+(?:serious\s+)?side\s+effects", regex=True)]),
        ("regex", [Term(r"Best(?:-in-class)?", regex=True)]),
    ])
    texts = [
        "Best-in-class OS. overall survival (OS) was the best; no side effects. WARNING: first line",
        "WARNING: OS\nBEST best Best-in-class no serious side effects OSOS",
        "nothing here",
        "OS only, OS again",
        *random_texts(n=100, seed=3),
    ]
    for text in texts:
        index = TextIndex(text)
        assert pattern.finditer(index) == reference_finditer(pattern, index)
        for s in range(0, len(text), 7):
            assert pattern.finditer(index, s, s + 20) == reference_finditer(pattern, index, s, s + 20)


def test_sentences_with_matches_sentence_index():
    pattern = TermPattern([(None, [Term("OS"), Term("not met")])])
    text = "OS was not met. Next.\n\n- OS bullet\nno OS here? OS. Last not met"
    index = TextIndex(text)
    expected = []
    for s, _, _ in reference_finditer(pattern, index):
        i = index.sentence_index(s)
        if not expected or expected[-1] != i:
            expected.append(i)
    assert index.sentences_with(pattern) == expected


def test_negations_are_memoised_by_text(reference):
    tokens = Tokens.get(reference)
    sentences = ["Overall survival was not met.", "OS did not reach significance; it failed to meet.",
                 "No statistically significant difference.", "OS was longer."]
    for text in sentences:
        doc = tokens.nlp.make_doc(text)
        fresh = sorted({start for _, start, _ in tokens.matcher(doc)})
        first = tokens.negations(text)
        again = tokens.negations(text)
        assert again is first
        assert first[1] == fresh
        assert [t.text for t in first[0]] == [t.text for t in doc]


def test_negation_memo_is_bounded(reference, monkeypatch):
    tokens = Tokens.get(reference)
    monkeypatch.setattr(Tokens, "MEMO_SIZE", 3)
    tokens._memo.clear()
    for k in range(10):
        tokens.negations(f"Sentence {k} was not met.")
        assert len(tokens._memo) <= 3
    tokens._memo.clear()
