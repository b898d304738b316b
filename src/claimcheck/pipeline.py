"""The spaCy pipeline, built once per process per claims library.

``spacy.blank("en")`` (no statistical model: deterministic and installable offline) with:

- tokenizer special cases and a suffix rule that splits citation markers glued to words or
  numbers ("patients1,a" → "patients" "1,a"; "ORR/DCR1*" → "ORR" "/" "DCR" "1" "*");
- ``cc_sentences``: sentence boundaries from :mod:`claimcheck.sentences` (the one splitter, the
  rule packs' too), set on the Doc in one vectorised call;
- ``cc_terms``: the claims library's vocabulary (endpoints, arms, populations, timepoints,
  studies, product names) found in the text by :mod:`claimcheck.phrases` (the one definition of
  what a term matches, the rule packs' too: case rule, word boundaries, gaps) →
  ``doc._.cc_terms``, context.Term objects (kind and id from the label ``kind:id``);
- ``cc_claims``: numeric claim extraction (claims.py) → ``doc._.claims``;
- ``cc_context``: endpoint/arm/population/timepoint attachment (context.py).

The document's :class:`~claimcheck.model.DocumentScope` (decimal commas, foreign terms) reaches
``cc_claims`` and ``cc_context`` as an argument: ``nlp.pipe(texts, component_cfg=scope_config(scope))``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from .cache import compile_regex
from .claims import extract_claims, label_masks
from .context import Term as ContextTerm
from .context import attach_context
from .model import DocumentScope
from .phrases import PhraseSet
from .sentences import sentences_and_ranges

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("cc_text"):
    Doc.set_extension("cc_text", default=None)
if not Doc.has_extension("cc_map"):
    Doc.set_extension("cc_map", default=None)
if not Doc.has_extension("cc_sentences"):
    Doc.set_extension("cc_sentences", default=None)
if not Doc.has_extension("cc_spans"):
    Doc.set_extension("cc_spans", default=None)
if not Doc.has_extension("cc_offset"):
    Doc.set_extension("cc_offset", default=0)

#: the largest text handed to spaCy in one piece; longer documents are processed in chunks
CHUNK_CHARS = 200_000

_CITATION_SUFFIX = r"(?:(?<=[A-Za-z\)\]%*])|(?<=[A-Za-z\)\]%]\.))(?:\d{1,3}(?:[,\-\u2013]\d{1,3}){0,6}(?:,?[a-z*\u2020\u2021\u00a7]){0,3})$"
#: footnote marks glued to a word ("ABC†", "survival‡*", "DFS¹"): split off, so the word is still
#: a term; a superscript digit only after a lower-case word of three letters or more ("m²" and
#: "10⁹" stay whole)
_FOOTNOTE_SUFFIX = (r"(?:(?<=[A-Za-z0-9\)\]%])[*\u2020\u2021\u00a7\u00b6]{1,3}"
                    r"|(?<=[a-z]{3})[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})$")


#: a line wrap inside a paragraph: one newline with the spaces around it (not a blank line)
#: (the leading blanks are taken only from the start of a blank run: the same matches, but linear
#: where the plain ``[ \t]*\n`` rescanned a long run of spaces from every position: tests/hostile)
_LINE_WRAP = re.compile(r"(?:(?<![ \t])[ \t]+)?\n[ \t]*|[ \t](?<![ \t][ \t])[ \t]+(?=[^ \t\n])")


class WrapMap:
    """Offsets between a text and its copy with line wraps joined by one space.

    PDF and web text wraps phrases across lines ("treated \nas S1"); spaCy makes every newline a
    token of its own. A run of blanks inside a line is joined too: an HTML entity keeps its source
    width ("lasting &lt;12 months" reads "lasting    <12 months"), and justified or laid-out text
    pads words. The pipeline tokenizes the joined copy and maps sentence starts forward.
    (Terms do not need it: ``cc_terms`` finds them in the original text, where a phrase spans
    line wraps and blank runs by its own definition, :mod:`claimcheck.phrases`.)
    """

    __slots__ = ("norm_starts", "orig_starts", "lengths", "shifts")

    def __init__(self) -> None:
        self.norm_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.lengths: list[int] = []
        self.shifts: list[int] = []

    @classmethod
    def join_wraps(cls, text: str) -> tuple[str, "WrapMap"]:
        wm = cls()
        pieces: list[str] = []
        pos = shift = 0
        n = len(text)
        for m in _LINE_WRAP.finditer(text):
            s, e = m.span()
            newlines = m.group().count("\n")
            if newlines and ((s > 0 and text[s - 1] == "\n") or (e < n and text[e] == "\n") or newlines != 1):
                continue
            pieces.append(text[pos:s])
            pieces.append(" ")
            pos = e
            wm.norm_starts.append(s - shift)
            wm.orig_starts.append(s)
            wm.lengths.append(e - s)
            shift += e - s - 1
            wm.shifts.append(shift)
        if not pieces:
            return text, wm
        pieces.append(text[pos:])
        return "".join(pieces), wm

    def to_orig(self, p: int) -> int:
        i = bisect.bisect_right(self.norm_starts, p) - 1
        if i < 0:
            return p
        if p == self.norm_starts[i]:
            return self.orig_starts[i]
        return p + self.shifts[i]

    def to_norm(self, q: int) -> int:
        i = bisect.bisect_right(self.orig_starts, q) - 1
        if i < 0:
            return q
        if q < self.orig_starts[i] + self.lengths[i]:
            return self.norm_starts[i]
        return q - self.shifts[i]


class _TextKeepingTokenizer:
    """Wraps the tokenizer: tokenizes the text with line wraps joined (see WrapMap) and keeps the
    original string on the Doc (``Doc.text`` would rebuild it from tokens in Python on every
    access, which costs as much as tokenizing, and would not be the original)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        joined, wraps = WrapMap.join_wraps(text)
        doc = _tokenize_bounded(self.tokenizer, joined)
        doc._.cc_text = text
        doc._.cc_map = wraps
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


# ---- hostile input: spaCy's tokenizer strips prefixes and suffixes one at a time, re-searching
# and re-slicing the rest of a whitespace-free run each time, so a run of affixes ("))))",
# "1%1%1%", "’s’s’s") costs the square of its length: 20,000 characters took minutes. Two bounds
# keep it linear without changing how ordinary text is tokenized (tests/hostile):

#: suffixes are searched for in the last this-many characters of a token only (the longest
#: suffix rule, the citation marker, is under 40 characters)
SUFFIX_WINDOW = 64
#: a whitespace-free run longer than this is tokenized in pieces of this length
MAX_RUN_CHARS = 1000
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def _tail_search(search):
    """``search`` limited to the end of the string (the tokenizer only uses the match's length)."""

    def suffix_search(string: str):
        return search(string, max(0, len(string) - SUFFIX_WINDOW))

    return suffix_search


def _tokenize_bounded(tokenizer, text: str) -> Doc:
    if _LONG_RUN.search(text) is None:
        return tokenizer(text)
    pieces: list[str] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        for cut in range(m.start() + MAX_RUN_CHARS, m.end(), MAX_RUN_CHARS):
            pieces.append(text[pos:cut])
            pos = cut
    pieces.append(text[pos:])
    return Doc.from_docs([tokenizer(p) for p in pieces if p], ensure_whitespace=False)


def doc_text(doc: Doc) -> str:
    """The original text of the Doc (offsets of claims, sentences and terms refer to it)."""
    text = doc._.cc_text
    if text is None:
        text = doc._.cc_text = doc.text
    return text


def _wraps(doc: Doc) -> WrapMap:
    return doc._.cc_map or _NO_WRAPS


_NO_WRAPS = WrapMap()

@Language.component("cc_sentences")
def sentence_boundaries(doc: Doc) -> Doc:
    """Sentence starts from :func:`claimcheck.sentences.sentence_spans` (the splitter the rule
    packs use too), set on all tokens at once; ``doc._.cc_sentences`` holds them as ranges that
    cover the text (:func:`claimcheck.sentences.sentence_ranges`), and ``doc._.cc_spans`` the
    sentences themselves (:func:`claimcheck.sentences.sentence_spans`, from the same pass: the
    engine hands them to the checks, so a document is split once). Character positions are mapped
    to tokens with a binary search over the tokens' offsets (vectorised; no per-token Python).
    """
    n = len(doc)
    text = doc_text(doc)
    spans, ranges = sentences_and_ranges(text)
    doc._.cc_sentences = ranges
    doc._.cc_spans = spans
    if n == 0:
        return doc
    breaks = [a for a, _ in ranges[1:]]
    idx = doc.to_array(IDX)
    flags = numpy.full((n, 1), -1, dtype="int64")
    flags[0, 0] = 1
    if breaks:
        wraps = _wraps(doc)
        at = [wraps.to_norm(b) for b in breaks] if wraps.norm_starts else breaks
        tokens = numpy.searchsorted(idx, numpy.array(at, dtype=idx.dtype), side="left")
        flags[tokens[tokens < n], 0] = 1
    doc.from_array([SENT_START], flags.view("uint64"))
    return doc


@Language.factory("cc_terms", default_config={"vocabulary": {}})
def make_term_matcher(nlp: Language, name: str, vocabulary: dict):
    return TermMatcher(nlp, vocabulary)


if not Doc.has_extension("cc_terms"):
    Doc.set_extension("cc_terms", default=None)
if not Doc.has_extension("cc_shared_unit_terms"):
    Doc.set_extension("cc_shared_unit_terms", default=None)


class TermMatcher:
    """``cc_terms``: the library's terms in the text, as :class:`claimcheck.context.Term` objects in
    ``doc._.cc_terms`` (offsets in the original text; kind and id from the ``kind:id`` label).

    What a term matches is :mod:`claimcheck.phrases`' definition, the rule packs' too: every
    occurrence of every phrase (:class:`claimcheck.phrases.PhraseSet`), found in the original text
    (a phrase spans line wraps and dashes by itself), not in spaCy's tokens. They are sorted by
    start and end, then by the order the vocabulary gives the labels in (context attachment keeps
    the first of equals).
    """

    def __init__(self, nlp: Language, vocabulary: dict[str, list[str]]):
        self.phrases = PhraseSet((tuple(label.split(":", 1)), phrases) for label, phrases in vocabulary.items())
        self.shared_tails = _shared_tail_heads(vocabulary)
        self.shared_nouns = _shared_noun_modifiers(vocabulary)
        self.time_phrases = {phrase.strip().lower(): label.partition(":")[2]
                             for label, phrases in vocabulary.items() if label.startswith("timepoint:")
                             for phrase in phrases}

    def __call__(self, doc: Doc) -> Doc:
        # tuple.__new__ is what the named tuple's own constructor calls, without its Python frame
        # (a document has tens of thousands of terms)
        new = tuple.__new__
        text = doc_text(doc)
        terms = [new(ContextTerm, (a, b, *label)) for a, b, label in self.phrases.occurrences(text)]
        doc._.cc_terms = terms
        # groups named by a figure whose unit the next group carries: kept apart from cc_terms
        # (every phrase match and nothing else), added to the context stage's terms
        doc._.cc_shared_unit_terms = _shared_tail_terms(text, terms, self.shared_tails) if self.shared_tails else []
        if self.time_phrases:
            doc._.cc_shared_unit_terms += _elliptic_time_terms(text, terms, self.time_phrases)
        if self.shared_nouns:
            doc._.cc_shared_unit_terms += _shared_noun_terms(text, terms, self.shared_nouns)
        return doc


# "<head> <tail>" phrases whose head holds a figure and whose tail holds none (a unit:
# "≤X mg/m²"): two such groups listed with the unit said once ("≤X vs >Y mg/m²") name both
_HEAD_TAIL = re.compile(r"^([^\s\d]{0,3}\d[\d.,]{0,8})[^\S\n]{0,3}([^\d\s][^\d]{0,30})$")
_BEFORE_JOINER = re.compile(r"(?<![^\s(\[,;:])([^\s\d(\[,;:]{0,3}\d[\d.,]{0,8})[^\S\n]{0,3}"
                            r"(?:vs\.?|versus|and|or|to|/)[^\S\n]{0,3}$", re.IGNORECASE)


def _shared_tail_heads(vocabulary: dict[str, list[str]]) -> dict[tuple[str, str], dict[str, str]]:
    """(kind, tail) -> {head: id} of the vocabulary's figure-and-unit phrases (from the data: any
    kind whose phrases are a figure followed by a unit)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for label, phrases in vocabulary.items():
        kind, _, tid = label.partition(":")
        for phrase in phrases:
            m = _HEAD_TAIL.match(phrase.strip())
            if m and m.group(2).strip() and not m.group(2).strip().isalpha():
                out.setdefault((kind, m.group(2).strip().lower()), {}).setdefault(m.group(1).lower(), tid)
    return {k: v for k, v in out.items() if len(set(v.values())) > 1}


def _shared_tail_terms(text: str, terms: list, heads: dict) -> list:
    """The group named by its figure alone before another group that carries the shared unit
    ("≤X vs >Y mg/m²" names the ≤X group too), when the figure plus that unit is a phrase of
    another term of the same kind."""
    extra = []
    for t in terms:
        m = _HEAD_TAIL.match(text[t.start:t.end])
        if not m:
            continue
        table = heads.get((t.kind, m.group(2).strip().lower()))
        if not table or table.get(m.group(1).lower()) != t.id:
            continue
        before = _BEFORE_JOINER.search(text, max(0, t.start - 40), t.start)
        if not before:
            continue
        other = table.get(before.group(1).lower())
        if other is not None and other != t.id:
            extra.append(tuple.__new__(ContextTerm, (before.start(1), before.end(1), t.kind, other)))
    return extra


#: the kinds of term a group named by its modifier alone may be ("early vs late onset": the early-onset group)
_SHARED_NOUN_KINDS = frozenset({"arm", "population"})
#: a word-modifier and the words it modifies: "early-onset group" is "early" + "onset group", "early onset"
#: is "early" + "onset"
_MODIFIER_SPLIT = re.compile(r"^([A-Za-z][A-Za-z]{1,20})(?:-|[^\S\n]{1,3})(\S.{0,40})$")
#: before a group's phrase, the modifier of another group that shares its noun: "early vs ", "early- and ",
#: "early or "
_MODIFIER_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z]{1,20})-?[^\S\n]{0,3}(?:vs\.?|versus|and|or|/)[^\S\n]{0,3}$",
                              re.IGNORECASE)


def _noun_key(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.strip().lower())


def _shared_noun_modifiers(vocabulary: dict[str, list[str]]) -> dict[tuple[str, str], dict[str, str]]:
    """(kind, noun words) -> {modifier: id} of the vocabulary's arm and population phrases that are a
    modifier word and the words it modifies ("early-onset group", "late onset"), where two or more
    groups share those words (from the data: the groups a library tells apart by a modifier)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for label, phrases in vocabulary.items():
        kind, _, tid = label.partition(":")
        if kind not in _SHARED_NOUN_KINDS:
            continue
        for phrase in phrases:
            m = _MODIFIER_SPLIT.match(phrase.strip())
            if m and not any(ch.isdigit() for ch in m.group(2)):
                out.setdefault((kind, _noun_key(m.group(2))), {}).setdefault(m.group(1).lower(), tid)
    return {k: v for k, v in out.items() if len(set(v.values())) > 1}


def _shared_noun_terms(text: str, terms: list, modifiers: dict) -> list:
    """The group named by its modifier alone before another group that carries the shared noun
    ("early vs late onset", "early- and late-onset groups" name the early-onset group too), when that
    modifier plus the noun is a phrase of another term of the same kind."""
    extra = []
    for t in terms:
        if t.kind not in _SHARED_NOUN_KINDS:
            continue
        m = _MODIFIER_SPLIT.match(text[t.start:t.end])
        if not m:
            continue
        table = modifiers.get((t.kind, _noun_key(m.group(2))))
        if not table or table.get(m.group(1).lower()) != t.id:
            continue
        before = _MODIFIER_BEFORE.search(text, max(0, t.start - 40), t.start)
        if not before:
            continue
        other = table.get(before.group(1).lower())
        if other is not None and other != t.id and not any(
                u.kind == t.kind and u.start <= before.start(1) < u.end for u in terms):
            extra.append(tuple.__new__(ContextTerm, (before.start(1), before.end(1), t.kind, other)))
    return extra


#: a list of time points whose unit is written once, after the numbers ("at 1 and 2 years",
#: "1- and 2-year survival", "1, 2 and 3 years") or before them ("cycles 1 and 2"); group 1 is the unit
#: of the numbers-first form, group 2 of the unit-first form
_TIME_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six)"
_ELLIPTIC_TIME_LIST = re.compile(
    rf"\b{_TIME_NUMBER}-?(?:,[^\S\n]{{1,2}}{_TIME_NUMBER}-?){{0,3}},?[^\S\n]{{1,3}}(?:and|or|&)[^\S\n]{{1,3}}"
    rf"{_TIME_NUMBER}(?:[^\S\n]{{1,2}}|-)(year|month|week|day|cycle)s?\b"
    rf"|\b(year|month|week|day|cycle)s[^\S\n]{{1,2}}{_TIME_NUMBER}(?:,[^\S\n]{{1,2}}{_TIME_NUMBER}){{0,3}},?"
    rf"[^\S\n]{{1,3}}(?:and|or|&)[^\S\n]{{1,3}}{_TIME_NUMBER}\b", re.I)
_TIME_NUMBER_RE = re.compile(rf"\b{_TIME_NUMBER}\b", re.I)


def _elliptic_time_terms(text: str, terms: list, time_phrases: dict[str, str]) -> list:
    """The time points of a list that writes its unit once (:data:`_ELLIPTIC_TIME_LIST`): each number
    not already inside a time-point term names the time point the library words as that number with
    the unit ("1" of "at 1 and 2 years" is "1-year" or "1 year"; "1" of "cycles 1 and 2" is "cycle 1").
    Only where every number of the list names a different time point of the library (data: the
    timepoints' synonyms); otherwise the list names time points the library does not hold, and
    nothing is added."""
    if not _ELLIPTIC_TIME_LIST.search(text):
        return []
    covered = [(t.start, t.end) for t in terms if t.kind == "timepoint"]
    extra = []
    for m in _ELLIPTIC_TIME_LIST.finditer(text):
        unit = (m.group(1) or m.group(2)).lower()
        numbers_first = m.group(1) is not None
        found = []
        for n in _TIME_NUMBER_RE.finditer(text, m.start() if numbers_first else m.end(2),
                                          m.start(1) if numbers_first else m.end()):
            word = n.group(0).lower()
            wordings = (f"{word}-{unit}", f"{word} {unit}", f"{word} {unit}s", f"at {word} {unit}",
                        f"at {word} {unit}s") if numbers_first else (f"{unit} {word}", f"after {unit} {word}")
            tid = next((time_phrases[w] for w in wordings if w in time_phrases), None)
            if tid is None:
                found = []
                break
            found.append((n.start(), n.end(), tid))
        if len(found) < 2 or len({tid for _, _, tid in found}) != len(found):
            continue
        for a, b, tid in found:
            if not any(s <= a and b <= e for s, e in covered):
                extra.append(tuple.__new__(ContextTerm, (a, b, "timepoint", tid)))
    return extra


@Language.factory("cc_claims", default_config={"label_words": []})
def make_claims(nlp: Language, name: str, label_words: list[str]):
    """Claim extraction; ``label_words`` (the claims library's ``lexicon.label_words``) label a
    number rather than claim it ("Line 2")."""
    masks = label_masks(label_words)

    def claim_component(doc: Doc, scope: DocumentScope | None = None) -> Doc:
        decimal_comma = scope is not None and scope.decimal_comma
        doc._.claims = extract_claims(doc_text(doc), decimal_comma=decimal_comma, masks=masks)
        return doc

    return claim_component


@Language.factory("cc_context", default_config={"product_arms": [], "term_products": {}})
def make_context(nlp: Language, name: str, product_arms: list[str], term_products: dict[str, str]):
    arms = tuple(product_arms)
    owners = dict(term_products)

    def context_component(doc: Doc, scope: DocumentScope | None = None) -> Doc:
        terms = doc._.cc_terms or []  # already Terms in original-text offsets (TermMatcher)
        if doc._.cc_shared_unit_terms:
            terms = terms + doc._.cc_shared_unit_terms   # attach_context sorts them by position
        sentences = doc._.cc_sentences or [(0, len(doc_text(doc)))]
        attach_context(doc._.claims, sentences, terms, doc_text(doc), product_arms=arms, term_products=owners,
                       foreign_terms=scope.foreign_terms if scope is not None else frozenset())
        return doc

    return context_component


def scope_config(scope: DocumentScope) -> dict[str, dict]:
    """``component_cfg`` for ``nlp.pipe``/``nlp(...)``: the document's scope, handed to the
    components that read it (extraction and context attachment)."""
    return {"cc_claims": {"scope": scope}, "cc_context": {"scope": scope}}


#: tokens the tokenizer must not split (besides English's own exceptions); a therapeutic area's
#: own (a response category written with a slash) come from the claims library's ``lexicon.tokens``
SPECIAL_CASES = ("mg/m2", "mg/m\u00b2", "n/N")


@registry.tokenizers("claimcheck.Tokenizer.v1")
def create_tokenizer(special_cases: list[str] = []):  # noqa: B006 - spaCy config defaults are values
    """English's tokenizer with the citation-marker suffix rule, the tail-limited suffix search,
    :data:`SPECIAL_CASES` and the library's ``special_cases``, built in one go.

    Built once rather than by adjusting ``spacy.blank("en")``'s tokenizer: spaCy reloads all ~1,350
    of English's special cases on every change of ``suffix_search`` and on every ``add_special_case``, so
    adjusting it after the fact cost a quarter of a second of start-up (seven reloads).
    """

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = dict(defaults.tokenizer_exceptions)
        rules.update({special: [{ORTH: special}] for special in (*SPECIAL_CASES, *special_cases)})
        prefix, suffix, infix = affix_sources(defaults.prefixes,
                                              list(defaults.suffixes) + [_CITATION_SUFFIX, _FOOTNOTE_SUFFIX],
                                              defaults.infixes)
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            # the affix patterns are large (the suffixes ~9,000 characters): compiled once, then
            # kept in the start-up cache like the rule packs' patterns
            prefix_search=compile_regex(prefix).search,
            suffix_search=_tail_search(compile_regex(suffix).search),
            infix_finditer=compile_regex(infix).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory


def affix_sources(prefixes, suffixes, infixes) -> tuple[str, str, str]:
    """The sources spaCy's ``compile_prefix_regex``, ``compile_suffix_regex`` and
    ``compile_infix_regex`` build (the same expressions, tests/engine check it)."""
    return ("|".join("^" + piece for piece in prefixes if piece.strip()),
            "|".join(piece + "$" for piece in suffixes if piece.strip()),
            "|".join(piece for piece in infixes if piece.strip()))


def build_pipeline(vocabulary: dict[str, list[str]], product_arms: tuple[str, ...] = (),
                   tokens: tuple[str, ...] = (), label_words: tuple[str, ...] = (),
                   term_products: tuple[tuple[str, str], ...] = ()) -> Language:
    """A fresh pipeline for this vocabulary (use :func:`get_pipeline` to share one); ``tokens``
    and ``label_words`` are the claims library's lexicon (:meth:`Reference.lexicon`);
    ``term_products``: ("kind:id", product) of each study, and of each arm of one product, of
    the library (:func:`claimcheck.context.attach_context`)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "claimcheck.Tokenizer.v1",
                                                          "special_cases": list(tokens)}}})
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    nlp.max_length = CHUNK_CHARS * 2
    nlp.add_pipe("cc_sentences")
    nlp.add_pipe("cc_terms", config={"vocabulary": vocabulary})
    nlp.add_pipe("cc_claims", config={"label_words": list(label_words)})
    nlp.add_pipe("cc_context", config={"product_arms": list(product_arms), "term_products": dict(term_products)})
    return nlp


@lru_cache(maxsize=4)
def _cached(key: tuple, product_arms: tuple[str, ...], tokens: tuple[str, ...] = (),
            label_words: tuple[str, ...] = (), term_products: tuple[tuple[str, str], ...] = ()) -> Language:
    return build_pipeline({label: list(phrases) for label, phrases in key}, product_arms, tokens, label_words,
                          term_products)


def get_pipeline(vocabulary: dict[str, list[str]], product_arms: tuple[str, ...] = (),
                 tokens: tuple[str, ...] = (), label_words: tuple[str, ...] = (),
                 term_products: tuple[tuple[str, str], ...] = ()) -> Language:
    """The process-wide pipeline for this vocabulary: built on first use, then reused."""
    key = tuple(sorted((label, tuple(phrases)) for label, phrases in vocabulary.items()))
    return _cached(key, tuple(product_arms), tuple(tokens), tuple(label_words), tuple(term_products))


def pipeline_for(reference) -> Language:
    """The process-wide pipeline for a claims library (its vocabulary, product arms and lexicon)."""
    lexicon = reference.lexicon
    return get_pipeline(reference.vocabulary(), tuple(sorted(reference.product_arms)),
                        lexicon.tokens, lexicon.label_words,
                        term_products(reference))


def term_products(reference) -> tuple[tuple[str, str], ...]:
    """("kind:id", product) of the claims library's studies and of its arms of one product."""
    out = [(f"study:{s.id}", s.product) for s in reference.studies.values() if s.product]
    out += [(f"arm:{a.id}", a.products[0]) for a in reference.arms.values() if len(a.products) == 1]
    return tuple(sorted(out))


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
