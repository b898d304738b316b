"""The spaCy pipeline, built once per process per claims library.

``spacy.blank("en")`` (no statistical model: deterministic and installable offline) with:

- tokenizer special cases and a suffix rule that splits citation markers glued to words or
  numbers ("patients1,a" → "patients" "1,a"; "CR/CRi1*" → "CR" "/" "CRi" "1" "*");
- ``sentencizer`` plus ``cc_blocks``: a blank line, or a bullet at the start of a line, also
  starts a sentence (PDF and web text has headings and bullets without full stops);
- ``cc_terms``: PhraseMatchers built from the claims library's vocabulary (endpoints, arms,
  populations, timepoints, studies, product names) → ``doc.spans["cc_terms"]``, each span
  labelled ``kind:id``; all-caps abbreviations of up to five letters match case-sensitively
  (SC, OS, InO), everything else case-insensitively;
- ``cc_claims``: numeric claim extraction (claims.py) → ``doc._.claims``;
- ``cc_context``: endpoint/arm/population/timepoint attachment (context.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_suffix_regex

from .claims import extract_claims
from .context import Term as ContextTerm
from .context import attach_context

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("cc_offset"):
    Doc.set_extension("cc_offset", default=0)

#: the largest text handed to spaCy in one piece; longer documents are processed in chunks
CHUNK_CHARS = 200_000

_CITATION_SUFFIX = r"(?<=[A-Za-z\)\]%*])(?:\d{1,3}(?:[,\-\u2013]\d{1,3}){0,6}(?:,?[a-z*\u2020\u2021\u00a7]){0,3})$"
_CASE_SENSITIVE = re.compile(r"^[A-Za-z][A-Za-z/+-]{0,5}$")


@Language.component("cc_blocks")
def block_boundaries(doc: Doc) -> Doc:
    """Blank lines and line-initial bullets start sentences."""
    prev_blank = True
    for i, token in enumerate(doc):
        text = token.text
        if token.is_space:
            if text.count("\n") >= 2:
                prev_blank = True
            elif "\n" in text and i + 1 < len(doc) and doc[i + 1].text in ("•", "–", "-", "*", "\u2022", "\u25aa"):
                prev_blank = True
            continue
        if i > 0 and (prev_blank or (text in ("•", "\u2022", "\u25aa") and "\n" in doc[i - 1].text_with_ws)):
            token.is_sent_start = True
        prev_blank = False
    return doc


@Language.factory("cc_terms", default_config={"vocabulary": {}})
def make_term_matcher(nlp: Language, name: str, vocabulary: dict):
    return TermMatcher(nlp, vocabulary)


class TermMatcher:
    def __init__(self, nlp: Language, vocabulary: dict[str, list[str]]):
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, phrases in vocabulary.items():
            exact = [p for p in phrases if _CASE_SENSITIVE.match(p) and any(c.isupper() for c in p)]
            loose = [p for p in phrases if p not in exact]
            if exact:
                self.exact.add(label, [nlp.make_doc(p) for p in exact])
            if loose:
                self.lower.add(label, [nlp.make_doc(p) for p in loose])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=match_id))
        spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
        doc.spans["cc_terms"] = spans
        return doc


@Language.component("cc_claims")
def claim_component(doc: Doc) -> Doc:
    doc._.claims = extract_claims(doc.text)
    return doc


@Language.factory("cc_context", default_config={"product_arms": []})
def make_context(nlp: Language, name: str, product_arms: list[str]):
    arms = tuple(product_arms)

    def context_component(doc: Doc) -> Doc:
        terms = [ContextTerm(s.start_char, s.end_char, *s.label_.split(":", 1)) for s in doc.spans.get("cc_terms", [])]
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        attach_context(doc._.claims, sentences, terms, doc.text, product_arms=arms)
        return doc

    return context_component


def build_pipeline(vocabulary: dict[str, list[str]], product_arms: tuple[str, ...] = ()) -> Language:
    """A fresh pipeline for this vocabulary (use :func:`get_pipeline` to share one)."""
    nlp = spacy.blank("en")
    suffixes = list(nlp.Defaults.suffixes) + [_CITATION_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for special in ("CR/CRi", "R/R", "mg/m2", "mg/m²", "VOD/SOS", "n/N"):
        nlp.tokenizer.add_special_case(special, [{"ORTH": special}])
    nlp.max_length = CHUNK_CHARS * 2
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("cc_blocks")
    nlp.add_pipe("cc_terms", config={"vocabulary": vocabulary})
    nlp.add_pipe("cc_claims")
    nlp.add_pipe("cc_context", config={"product_arms": list(product_arms)})
    return nlp


@lru_cache(maxsize=4)
def _cached(key: tuple, product_arms: tuple[str, ...]) -> Language:
    return build_pipeline({label: list(phrases) for label, phrases in key}, product_arms)


def get_pipeline(vocabulary: dict[str, list[str]], product_arms: tuple[str, ...] = ()) -> Language:
    """The process-wide pipeline for this vocabulary: built on first use, then reused."""
    key = tuple(sorted((label, tuple(phrases)) for label, phrases in vocabulary.items()))
    return _cached(key, tuple(product_arms))


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text at paragraph (else line, else space) boundaries into pieces of at most ``size``."""
    if len(text) <= size:
        return [(0, text)]
    out = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            if cut != -1:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out
