"""One sentence splitter: extraction (the pipeline's ``cc_sentences``) and the rule packs (the
text index of a RuleRun) see the same sentences on every corpus and benchmark draft."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.checks import CheckContext
from claimcheck.checks.packs import RuleRun
from claimcheck.documents import read_document
from claimcheck.pipeline import pipeline_for
from claimcheck.reference import load_reference
from claimcheck.sentences import MAX_SENTENCE_CHARS, sentence_ranges, sentence_spans

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".pptx"}
DRAFTS = sorted(p for folder in (ROOT / "corpus", ROOT / "bench" / "quality" / "drafts")
                for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.name != "README.md")
#: what may sit between a sentence and the end of its range: blanks, closing quotes or brackets,
#: a citation marker ("met.2,3 ")
_TAIL = re.compile(r"[\s)\"'\u201d\u2019\]0-9,\-\u2013a-z*\u2020\u2021\u00a7]*")


@pytest.fixture(scope="module")
def reference():
    return load_reference(ROOT / "reference")


def _both_stages(reference, document):
    doc = pipeline_for(reference)(document.text)
    ctx = CheckContext(document=document, claims=[], reference=reference)
    return doc._.cc_sentences, RuleRun(ctx, {}).index.sentences


def _assert_same(text: str, ranges, spans) -> None:
    # the ranges cover the text, in order, without gaps
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    # the sentences with text are the same both ways: one per non-blank range, in the same order,
    # each starting where its range's text starts, its range going on only over blanks, closing
    # quotes and citation markers
    filled = [r for r in ranges if text[r[0]:r[1]].strip()]
    assert len(filled) == len(spans), (len(filled), len(spans))
    for (a, b), (s, e) in zip(filled, spans):
        assert a + len(text[a:b]) - len(text[a:b].lstrip()) == s, (text[a:b][:80], text[s:e][:80])
        assert e <= b and _TAIL.fullmatch(text, e, b), (text[s:e][-40:], text[e:b])


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_extraction_and_rule_packs_see_the_same_sentences(reference, path):
    document = read_document(path)
    ranges, spans = _both_stages(reference, document)
    assert spans == sentence_spans(document.text)
    assert len(spans) > 3
    _assert_same(document.text, ranges, spans)


def test_the_drafts_are_there():
    assert len(DRAFTS) >= 80


@pytest.mark.parametrize("text, sentences", [
    ("The OS endpoint was not met.2,3 The CR rate was 80.7%.",
     ["The OS endpoint was not met.", "The CR rate was 80.7%."]),
    ("HR 0.75 (97.5% CI 0.57-0.99). Next one.", ["HR 0.75", "(97.5% CI 0.57-0.99).", "Next one."]),
    ("Results\n\n- first item\n- second item\n## Heading\nText.", ["Results", "- first item", "- second item",
                                                                   "## Heading\nText."]),
    ("A value of 0.53 (0.4 to 0.6) was seen", ["A value of 0.53", "(0.4 to 0.6) was seen"]),
    ("  \n ", ["  \n "]),
])
def test_where_sentences_end(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences
    _assert_same(text, sentence_ranges(text), sentence_spans(text) if text.strip() else [])


def test_a_long_run_without_breaks_is_cut_the_same_way_for_both():
    text = ("word " * 1500).strip() + ". Next sentence."
    spans = sentence_spans(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    assert len(spans) >= 4 and text[spans[-1][0]:spans[-1][1]] == "Next sentence."
    _assert_same(text, sentence_ranges(text), spans)


def test_a_document_is_split_once_and_the_checks_get_the_pipelines_sentences(monkeypatch, reference):
    """The pipeline splits the text once (spans and ranges from one pass) and the engine hands the
    spans to the checks (CheckContext.sentences), whose text index uses them as they are: no second
    split of the document (it cost a tenth of a 1 MB lint, bench/RESULTS.md)."""
    from claimcheck import sentences as splitter
    from claimcheck.checks.packs import base
    from claimcheck.engine import Linter
    from claimcheck.rulepacks import load_rulepacks

    linter = Linter(reference, rulepacks=load_rulepacks(ROOT / "rules", reference))
    path = ROOT / "corpus" / "us-web-efficacy.md"
    document = read_document(path)
    splits: list[int] = []
    real_split = splitter._split
    monkeypatch.setattr(splitter, "_split", lambda text: splits.append(len(text)) or real_split(text))
    indexes = []
    real_init = base.RuleRun.__init__

    def spy(self, ctx, shared):
        real_init(self, ctx, shared)
        indexes.append((ctx.sentences, self.index))

    monkeypatch.setattr(base.RuleRun, "__init__", spy)
    findings = linter.lint_document(document)
    assert findings  # the draft has findings: the packs ran
    assert splits == [len(document.text)]
    [(handed, index)] = indexes
    assert handed == sentence_spans(document.text)
    assert index.sentences is handed
