"""One term matcher: extraction's context terms (the pipeline's ``cc_terms``) and the rule packs'
library terms are found by one definition, :mod:`claimcheck.phrases`, and agree on every corpus
and benchmark draft.

- every occurrence of every library phrase (each phrase's own regex, :func:`phrase_source`, the
  source the packs embed, tried at every position) is a ``cc_terms`` term with that phrase's
  kind and id, and ``cc_terms`` holds nothing else;
- the packs' endpoint mentions (``RuleRun.endpoint_mentions``: leftmost-longest hits) are the
  leftmost-longest selection of ``cc_terms``' endpoints, at the same offsets, with an id
  ``cc_terms`` gives that span.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.checks import CheckContext
from claimcheck.checks.packs import RuleRun
from claimcheck.documents import read_document
from claimcheck.phrases import PhraseSet, is_case_sensitive, phrase_source
from claimcheck.pipeline import pipeline_for
from claimcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".pptx"}
DRAFTS = sorted(p for folder in (ROOT / "corpus", ROOT / "bench" / "quality" / "drafts")
                for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.name != "README.md")


@pytest.fixture(scope="module")
def reference():
    return load_reference(ROOT / "reference")


@pytest.fixture(scope="module")
def by_phrase(reference):
    """Each library phrase compiled alone (as the packs embed it), with its (kind, id) labels."""
    out: dict[str, list[tuple[str, str]]] = {}
    for label, phrases in reference.vocabulary().items():
        for p in phrases:
            if p.strip():
                out.setdefault(p, []).append(tuple(label.split(":", 1)))
    return [(re.compile(f"(?=({phrase_source(p)}))", re.IGNORECASE), labels) for p, labels in out.items()]


def _cc_terms(reference, text: str) -> list[tuple[int, int, str, str]]:
    nlp = pipeline_for(reference)
    return [tuple(t) for t in nlp.get_pipe("cc_terms")(nlp.make_doc(text))._.cc_terms]


def _leftmost_longest(spans):
    out, end = [], -1
    for a, b in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if a >= end:
            out.append((a, b))
            end = b
    return out


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_extraction_terms_are_every_match_of_every_phrase(reference, by_phrase, path):
    text = read_document(path).text
    expected = {(m.start(), m.end(1), *label) for pattern, labels in by_phrase
                for m in pattern.finditer(text) for label in labels}
    got = _cc_terms(reference, text)
    assert len(got) == len(set(got)), "a term is reported twice"
    missing, extra = expected - set(got), set(got) - expected
    assert not missing, sorted((text[a:b], k, i) for a, b, k, i in missing)[:10]
    assert not extra, sorted((text[a:b], k, i) for a, b, k, i in extra)[:10]
    assert got == sorted(got, key=lambda t: (t[0], t[1])) and len(got) > 10


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_extraction_and_rule_packs_find_the_same_endpoints(reference, path):
    """The packs' endpoint mentions are what ``cc_terms`` holds, selected the packs' way: per pass
    (case-sensitive phrases on the text, the others on its lower-cased copy), leftmost-longest."""
    document = read_document(path)
    text = document.text
    run = RuleRun(CheckContext(document=document, claims=[], reference=reference), {})
    pack = run.endpoint_mentions(0, len(text))
    exact_phrases: dict[str, list[re.Pattern]] = {}
    for eid, term in reference.endpoints.items():
        exact_phrases[eid] = [re.compile(phrase_source(p)) for p in (term.label, *term.synonyms) if is_case_sensitive(p)]
    ours: dict[bool, dict[tuple[int, int], set[str]]] = {True: {}, False: {}}
    for a, b, kind, eid in _cc_terms(reference, text):
        if kind in ("endpoint", "baseline"):   # baseline: an endpoint of the design domain
            exact = any((m := p.match(text, a)) and m.end() == b for p in exact_phrases[eid])
            lower = any((m := p.match(text, a)) and m.end(1) == b for p in _lower_patterns(reference, eid))
            for which, hit in ((True, exact), (False, lower)):
                if hit:
                    ours[which].setdefault((a, b), set()).add(eid)
    selected = sorted(_leftmost_longest(ours[True]) + _leftmost_longest(ours[False]), key=lambda s: (s[0], -s[1]))
    assert sorted((a, b) for a, b, _ in pack) == sorted(selected)
    assert all(eid in ours[True].get((a, b), set()) | ours[False].get((a, b), set()) for a, b, eid in pack)
    assert len(pack) > 3


_LOWER: dict[str, list[re.Pattern]] = {}


def _lower_patterns(reference, eid: str) -> list[re.Pattern]:
    """The endpoint's case-insensitive phrases, each alone, as a match at one position."""
    if eid not in _LOWER:
        term = reference.endpoints[eid]
        _LOWER[eid] = [re.compile(f"(?=({phrase_source(p.lower())}))", re.IGNORECASE)
                       for p in (term.label, *term.synonyms) if p.strip() and not is_case_sensitive(p)]
    return _LOWER[eid]


def test_one_span_once_per_label_whatever_the_spelling():
    """"B-cell" and "B cell", "XOSPATA"-like capitals and a mixed-case spelling of one label, a
    straight and a typographic apostrophe: one term per span and label; a shorter phrase at the
    same start and a phrase inside another are terms too; a case-sensitive abbreviation keeps
    its case; the tail allows a citation marker."""
    phrases = PhraseSet([
        (("population", "b"), ["B-cell", "B cell"]),
        (("arm", "ex"), ["EXAMPLIMAB", "Examplimab", "EXAMPLIMAB arm"]),
        (("product", "ex"), ["EXAMPLIMAB"]),
        (("endpoint", "dfs"), ["DFS", "DFS rate", "disease-free survival"]),
        (("endpoint", "surv"), ["survival"]),
        (("arm", "ic"), ["investigator's choice"]),
    ])
    text = "B cell and B-cell; EXAMPLIMAB arm, examplimab; DFS rate2 and dfs; disease free\nsurvival; investigator\u2019s choice"
    got = [(text[a:b], label) for a, b, label in phrases.occurrences(text)]
    assert got == [
        ("B cell", ("population", "b")), ("B-cell", ("population", "b")),
        ("EXAMPLIMAB", ("arm", "ex")), ("EXAMPLIMAB", ("product", "ex")), ("EXAMPLIMAB arm", ("arm", "ex")),
        ("examplimab", ("arm", "ex")),
        ("DFS", ("endpoint", "dfs")), ("DFS rate", ("endpoint", "dfs")),
        ("disease free\nsurvival", ("endpoint", "dfs")), ("survival", ("endpoint", "surv")),
        ("investigator\u2019s choice", ("arm", "ic")),
    ]
