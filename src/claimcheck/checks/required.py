"""Required content and language: the generic rule *types* behind the YAML rule packs.

Everything product- or market-specific (phrases, elements, the indication wording, exceptions)
lives in ``rules/*.yaml`` and in the claims library; this module only knows four rule types and
how to find things in text. ``rulepacks.py`` loads and validates the packs and builds the
objects defined here; docs/rules.md documents the YAML format.

Rule types
----------
``requires-if``
    When a *trigger* is present, a qualifying *statement* must be present within a *scope*.
    Triggers are numeric claims from the claim engine, filtered by their context (for example
    "on an endpoint that its study's primary analysis did not meet", read from the claims
    library's ``studies[].primary_endpoints`` — a study without primary endpoints whose
    ``design`` names another study, "post hoc analysis of EXAMPLE-1", inherits that study's;
    or "from a post hoc / subgroup analysis": cue words in the claim's sentence or the
    ``analysis`` of the claims-library entry it matched), or phrases (``{endpoint}`` expands to
    the endpoint's terms from the claims library). Scopes: ``sentence``, ``{sentences: N}`` (the
    trigger's sentence and N either side; with ``heading: true`` also the heading or lead-in that
    governs the trigger), ``section`` (between two headings, thematic breaks or page breaks; a
    document without any is one section) and ``document``. One finding per
    triggering sentence (``report: each``) or per section (``report: first-per-section``),
    anchored at the trigger.
``required-content``
    Named elements must each be present, optionally inside a *block* that starts at an anchor
    (the boxed warning's title, in its usual forms, and the N sentences after it, not past the
    end of its section). An element lists the *concepts* it must carry (rule packs:
    ``concepts:``, each with its synonyms; matched in any order within one sentence, by word
    forms and outside a negation's scope: :mod:`claimcheck.checks.concepts`), or exact terms.
    The finding names every missing element; it is anchored at the block's anchor, or at line 1
    (column 1, the first line of text as its snippet) when there is no block at all.
``indication``
    Every indication statement (a sentence with an indication cue such as "is indicated for",
    outside the cue's exceptions, naming the product and the disease in any order; a sentence
    ending with a colon takes in its list items) is compared with each approved wording (a
    *variant*) slot by slot: population, age, line of therapy, biomarker, disease, conditions.
    A slot is missing (none of its concepts), narrowed (some of them, or narrower wording) or
    broadened (broader wording, or a variant's forbidden words, e.g. the US paediatric wording
    in an EU piece). The finding names the closest variant's differing slots. No indication
    statement at all is reported at line 1.
``forbidden``
    Overstatement and risk-minimising language. All forbidden terms of the active packs are one
    combined pattern (one pass over the document); a hit is dropped when it lies inside
    one of the rule's documented exceptions ("best response", "safe handling", "curative" about
    transplant), when it is one of the rule's ``unless_negated`` terms inside a negation's scope ("not
    a cure", "no evidence that … is safe"), or, for rules with ``near_product: sentence``, when
    the sentence does not name the product.

Terms
-----
A term is a phrase or ``{regex: ...}``. A phrase matches case-insensitively (an abbreviation of
up to six characters with a capital, such as ``ORR``, ``DFS`` or ``ExM``, and an all-capitals
phrase such as ``WARNING:``, case-sensitively), on word boundaries (a citation marker may
follow: "met2,3"), with any run of whitespace (line breaks in PDF text) or a dash where it has a
space or a hyphen ("post–transplant", "B cell", "B-cell"). Regexes are validated when the pack is
loaded (rulepacks.py).

Cost
----
Every pattern is compiled once (per claims library where it names the library's terms). Per
document: one pass for the sentence boundaries, one pass per full-text term set (phrases are a
trie-shaped alternation run on the lower-cased text, which Python's ``re`` scans much faster
than a case-insensitive alternation), and work proportional to the hits: the spaCy tokenizer,
the negation Matcher and rapidfuzz only see the few sentences the cheap cues preselect (the
tokenised sentences are memoised by text, across documents: boilerplate recurs).

Paraphrase-tolerant statements (how a required statement is matched)
--------------------------------------------------------------------
A statement is matched by meaning, per sentence, in three steps:

1. *Preselection* (regular expressions, linear): the sentence contains a term of every
   ``all_of`` group (for an overall-survival requirement: a term of the endpoint, "overall survival",
   from the claims library) and, when the statement is ``negated``, a negation cue ("not",
   "n't", "no", "never", "without", "failed", "missed", "lacked", "non-significant", "fell
   short").
   Only preselected sentences go further, so the costlier steps run on a handful of sentences.
2. *Structural* (spaCy tokens + Matcher, rapidfuzz for typos): the sentence is tokenised with
   the shared pipeline's tokenizer; a negation cue must govern a *predicate* word ("met",
   "meet", "reach…", "significan…", "boundary", "superior…" …) that follows it within
   ``window`` tokens, three for "no", "without", "neither", "nor" ("was **not met**", "did
   **not** meet a prespecified **boundary**", "did **not** reach statistical **significance**",
   "**failed** to **reach**", "**no** statistically **significant** difference"). A predicate token
   may be misspelt (rapidfuzz ratio ≥ 85 against the predicate stem, words of six letters or
   more). The negation must be *about the subject*: the endpoint mentioned nearest before the
   negation cue (else nearest after it) must be the triggering endpoint, so "ORR was met but
   DFS was longer" or "DFS was longer; the ORR analysis did not reach significance" do not
   satisfy a DFS requirement.
3. *Exemplar* (rapidfuzz): failing 2, the part of the sentence from the subject mention on,
   with the subject replaced by ``{endpoint}``, is compared with the statement's ``examples``
   (token_sort_ratio ≥ ``threshold``, default 80); the negation cue must still be present there
   and about the subject.

A sentence that names the endpoint without a negation ("DFS was longer with EXAMPLIMAB") never
satisfies a negated statement: it is not even preselected.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from ..cache import compile_regex
from ..documents.text import line_sentence_starts
from ..linear import LinearPattern, to_re2
from . import CheckContext, Rule

# ============================================================================ terms

_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_CLASS = "[\\-\u2010\u2011\u2012\u2013\u2014\u2212]"
_GAP = rf"(?:\s{{0,3}}{_DASH_CLASS}\s{{0,3}}|\s+)"
_ABBREVIATION = re.compile(r"^[A-Za-z][A-Za-z0-9/+\-]{0,5}$")
ENDPOINT_PLACEHOLDER = "{endpoint}"
_HEAD = r"(?<!\w)"


def is_abbreviation(phrase: str) -> bool:
    return bool(_ABBREVIATION.match(phrase)) and any(c.isupper() for c in phrase)


def is_case_sensitive(phrase: str) -> bool:
    """Abbreviations (``ORR``, ``ExM``, ``Ab+``) and all-capital phrases (``WARNING:``) keep their case."""
    letters = [c for c in phrase if c.isalpha()]
    return is_abbreviation(phrase) or (len(letters) >= 2 and all(c.isupper() for c in letters))


def phrase_body(phrase: str) -> str:
    """Regex source for a phrase without its boundaries: a space or dash matches any whitespace
    (line breaks in PDF text) or a dash; a slash may have spaces around it."""
    return "".join(_tokens(phrase))


def phrase_tail(phrase: str) -> str:
    if phrase[-1:].isalpha():
        return r"(?![^\W\d_])"   # not followed by a letter; a citation marker may follow ("met2,3")
    if phrase[-1:].isdigit():
        return r"(?!\d)"
    return ""


def phrase_source(phrase: str) -> str:
    """Complete regex source for one phrase (boundaries included), for use inside other regexes."""
    body = phrase_body(phrase) + phrase_tail(phrase)
    if is_case_sensitive(phrase):
        body = f"(?-i:{body})"
    return (_HEAD if phrase[:1].isalnum() else "") + body


@dataclass(frozen=True)
class Term:
    """A phrase or a regular expression (already validated), as written in the pack."""

    text: str
    regex: bool = False

    def expand(self, endpoint_terms: tuple[str, ...] = ()) -> list[str]:
        """Phrases (or one regex source); ``{endpoint}`` expands to the endpoint's terms."""
        if ENDPOINT_PLACEHOLDER not in self.text:
            return [self.text]
        if not endpoint_terms:
            return []
        if self.regex:  # run by RE2 (linear.py), which has no look-around: \b bounds the terms
            alt = "|".join(_linear_phrase_source(t) for t in sorted(endpoint_terms, key=len, reverse=True))
            return [self.text.replace(ENDPOINT_PLACEHOLDER, f"(?:{alt})")]
        return [self.text.replace(ENDPOINT_PLACEHOLDER, t) for t in endpoint_terms]


def _linear_phrase_source(phrase: str) -> str:
    """:func:`phrase_source` without look-around (for a rule-pack regex, which RE2 runs)."""
    body = phrase_body(phrase)
    if is_case_sensitive(phrase):
        body = f"(?-i:{body})"
    head = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return head + body + tail


class TermPattern:
    """A set of labelled terms compiled for speed (Python's ``re`` is slow on case-insensitive
    alternations and on patterns that start with a look-behind): phrases run on the document's
    lower-cased text, case-sensitive phrases on the text itself, both as one trie-shaped
    alternation with the word-boundary check after the first character, so that ``re`` skips
    ahead to the possible first characters; a pack's regular expressions run on RE2 (linear time,
    see linear.py), on the lower-cased text when they hold no capital letter or inline flag, else
    case-insensitively on the text. At most four
    linear passes; each hit carries the label of its term set.
    """

    def __init__(self, labelled: list[tuple[object, list[Term]]], endpoint_terms: tuple[str, ...] = ()):
        self.labels: list[object] = []
        lower: list[tuple[str, str]] = []   # (phrase lower-cased, group name)
        exact: list[tuple[str, str]] = []
        regexes: list[str] = []
        lower_regexes: list[str] = []
        for label, terms in labelled:
            for t in terms:
                for item in t.expand(endpoint_terms):
                    name = f"g{len(self.labels)}"
                    self.labels.append(label)
                    if t.regex:  # RE2 syntax: linear time whatever the pack's author wrote
                        (lower_regexes if lower_safe(item) else regexes).append(f"(?:{to_re2(item)})(?P<{name}>)")
                    elif is_case_sensitive(item):
                        exact.append((item, name))
                    else:
                        lower.append((item.lower(), name))
        self.lower = _grouped(lower)
        self.exact = _grouped(exact)
        self.lower_regex = LinearPattern("|".join(lower_regexes)) if lower_regexes else None
        self.regex = LinearPattern("|".join(regexes), ignorecase=True) if regexes else None
        self.empty = not (lower or exact or regexes or lower_regexes)
        #: group name -> label (a hit's label, without parsing the name per hit)
        self._label_of = {f"g{k}": label for k, label in enumerate(self.labels)}
        self._passes = [(p, low) for p, low in ((self.lower, True), (self.exact, False),
                                                 (self.lower_regex, True), (self.regex, False)) if p is not None]

    def finditer(self, index: "TextIndex", start: int = 0, end: int | None = None) -> list[tuple[int, int, object]]:
        """(start, end, label) of every hit in [start, end), in text order."""
        end = len(index.text) if end is None else end
        hits: list[tuple[int, int, object]] = []
        label_of = self._label_of
        passes_hit = 0
        for pattern, low in self._passes:
            n = len(hits)
            for m in pattern.finditer(index.lowered if low else index.text, start, end):
                a, b = m.span()
                if b > a:
                    hits.append((a, b, label_of[m.lastgroup]))
            passes_hit += len(hits) > n
        # one pass's hits are already in text order (non-overlapping, so their starts differ)
        if passes_hit > 1:
            hits.sort(key=lambda h: (h[0], -h[1]))
        return hits

    def search(self, index: "TextIndex", start: int = 0, end: int | None = None) -> tuple[int, int, object] | None:
        end = len(index.text) if end is None else end
        best = None
        for pattern, low in self._passes:
            m = pattern.search(index.lowered if low else index.text, start, end)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.end(), self.labels[int(m.lastgroup[1:])])
        return best


def _tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as regex pieces: characters, a gap (space or dash run) and a slash."""
    out: list[str] = []
    i, n = 0, len(phrase)
    while i < n:
        ch = phrase[i]
        if ch.isspace() or ch in _DASH_CHARS:
            while i < n and (phrase[i].isspace() or phrase[i] in _DASH_CHARS):
                i += 1
            out.append(_GAP)
            continue
        out.append(r"\s{0,2}/\s{0,2}" if ch == "/" else re.escape(ch))
        i += 1
    return tuple(out)


def _grouped(items: list[tuple[str, str]]) -> re.Pattern | None:
    """All phrases as one trie-shaped alternation: ``b(?<!\\w.)(?:est(?:(?P<g1>)…|…))``.

    Sharing prefixes keeps the work per text position small however many phrases there are;
    the word-boundary check comes after the first character so that ``re`` can skip to the
    positions that hold a possible first character. Longer phrases are tried first.
    """
    if not items:
        return None
    trie: dict = {}
    for phrase, name in items:
        node = trie
        for tok in _tokens(phrase):
            node = node.setdefault(tok, {})
        node.setdefault("", []).append((name, phrase_tail(phrase)))

    def emit(node: dict) -> str:
        alts = [tok + emit(child) for tok, child in node.items() if tok != ""]
        for name, tail in node.get("", ()):
            alts.append(f"(?P<{name}>){tail}")
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    parts = []
    for tok, child in trie.items():
        head = "(?<!\\w.)" if re.fullmatch(r"\w", tok.replace("\\", "")) else ""
        parts.append(tok + head + emit(child))
    return compile_regex("|".join(parts))  # large (phrases x endpoint terms): cached, see cache.py


_UPPER_OR_FLAGS = re.compile(r"\(\?[aiLmsux]{0,6}-?[imsx]{0,4}[:)](?<!\(\?:)|[A-Z]")


def lower_safe(source: str) -> bool:
    """A regex that can run on the lower-cased text: no capital letter (other than in an escape
    such as ``\\S`` or ``\\W``) and no inline flags."""
    stripped = re.sub(r"\\[A-Za-z]", "", source)
    return not _UPPER_OR_FLAGS.search(stripped)


def compile_terms(terms: Iterable[Term], endpoint_terms: tuple[str, ...] = ()) -> TermPattern | None:
    pattern = TermPattern([(None, list(terms))], endpoint_terms)
    return None if pattern.empty else pattern


# ============================================================================ text index

_SENTENCE_START = r"(?=[(\"'\u201c\u2018\[]{0,2}[A-Z0-9\u2022\u25aa*#\u2013-])"
_SENTENCE_BREAK = re.compile(
    # end punctuation (a citation marker may follow: "not met.2,3 The", never a decimal: "0.53 (0"),
    # closing quotes or brackets, whitespace, then a capital, digit or bullet
    r"[.!?](?:(?<=[A-Za-z)\]%][.!?])\d{1,3}(?:[,\-\u2013]\d{1,3}){0,6}(?:,?[a-z*\u2020\u2021\u00a7]){0,3})?"
    r"[)\"'\u201d\u2019\]]{0,3}(?:[ \t]*\n[ \t]*|[ \t]+)" + _SENTENCE_START +
    r"|\n[ \t]*\n"                                                               # a blank line
    r"|\n(?=[ \t]{0,8}(?:[\u2022\u25aa\u2013*-][ \t]|#{1,6}[ \t]|\d{1,2}[.)][ \t]))"  # bullet, heading, item
)
_SECTION_BREAK = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]|^[ \t]{0,3}(?:-[ \t]{0,3}){3,}$|^[ \t]{0,3}(?:\*[ \t]{0,3}){3,}$"
    r"|^[ \t]{0,3}(?:_[ \t]{0,3}){3,}$|^[ \t]{0,3}={3,}[ \t]*$|\f",
    re.MULTILINE,
)
_NON_BLANK = re.compile(r"\S")
#: Where a section break can start: after a line feed, up to three blanks and a marker character
#: (every line-anchored alternative of _SECTION_BREAK starts that way), or at a form feed. Scanning
#: for these and confirming each with _SECTION_BREAK.match finds exactly _SECTION_BREAK's match
#: starts after offset 0 (the only ones used), without trying its ``^`` alternatives at every
#: position: a match never spans a line feed or a form feed, so the two scans cannot overlap
#: differently, and ``^`` (MULTILINE) matches after a line feed whatever the position argument.
_SECTION_CANDIDATE = re.compile(r"\n[ \t]{0,3}[#*_=\-]|\f")
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
_LIST_OR_ROW = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*|-]|\d{1,2}[.)][ \t])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class TextIndex:
    """Sentences and sections of one document: one regular-expression pass each (for sections, a
    pass for the possible starts, each confirmed in place: see ``_SECTION_CANDIDATE``), built lazily.

    Sentences end at ``.``, ``!`` or ``?`` followed by whitespace and a capital, digit or bullet
    (a citation marker may sit in between: "met.2,3 The"), at a blank line, and before a line
    that starts with a bullet, a numbered item or a Markdown heading. Sections start at the
    headings a reader found (``metadata["headings"]``: Markdown, HTML, Word), at Markdown headings,
    thematic breaks (``---``) and setext underlines still in the text, and at form feeds.
    """

    def __init__(self, text: str, headings: Iterable[int] = (), levels: dict[int, int] | None = None):
        self.text = text
        self._headings = sorted(set(headings))
        self._levels = levels or {}
        self._lowered: str | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._sections: list[int] | None = None

    @property
    def lowered(self) -> str:
        """The text lower-cased, offset for offset."""
        if self._lowered is None:
            low = self.text.lower()
            self._lowered = low if len(low) == len(self.text) else self.text.translate(_ASCII_LOWER)
        return self._lowered

    # ------------------------------------------------------------- sentences
    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            text = self.text
            spans: list[tuple[int, int]] = []
            add = self._add
            pos = 0
            lines = line_sentence_starts(text)  # item ends and headings only the lines show
            k = 0
            for m in _SENTENCE_BREAK.finditer(text):
                cut, end = m.span()
                if text[cut] in ".!?":
                    cut += 1
                while k < len(lines) and lines[k] < cut:
                    if lines[k] > pos:
                        add(spans, pos, lines[k])
                        pos = lines[k]
                    k += 1
                add(spans, pos, cut)
                pos = max(pos, end)
            for line in lines[k:]:
                if line > pos:
                    add(spans, pos, line)
                    pos = line
            add(spans, pos, len(text))
            if not spans:
                spans.append((0, len(text)))
            self._sentences = spans
            self._starts = [s for s, _ in spans]
        return self._sentences

    def _add(self, spans: list[tuple[int, int]], start: int, end: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    def sentence_index(self, offset: int) -> int:
        sentences = self._sentences if self._sentences is not None else self.sentences
        return max(0, min(len(sentences) - 1, bisect.bisect_right(self._starts, offset) - 1))

    def sentence_span(self, i: int) -> tuple[int, int]:
        return (self._sentences if self._sentences is not None else self.sentences)[i]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(offset)]

    # ------------------------------------------------------------- sections
    def section_index(self, offset: int) -> int:
        if self._sections is None:
            # the starts of _SECTION_BREAK matches after offset 0, via _SECTION_CANDIDATE (see there)
            text, starts = self.text, set(self._headings)
            for m in _SECTION_CANDIDATE.finditer(text):
                at = m.start()
                if text[at] == "\f":
                    starts.add(at)
                elif _SECTION_BREAK.match(text, at + 1):
                    starts.add(at + 1)
            self._sections = [0] + sorted(x for x in starts if x > 0)
        return bisect.bisect_right(self._sections, offset) - 1

    def has_sections(self) -> bool:
        """Whether the document is cut into sections (headings, breaks), not one section."""
        self.section_index(0)
        return len(self._sections) > 1

    def is_heading_like(self, i: int) -> bool:
        """A sentence that reads as a heading: one line of at most 14 words without final
        punctuation (not a list item or table row), or the first line of a section."""
        s, e = self.sentence_span(i)
        if self.section_index(s) != self.section_index(max(0, s - 1)) or s == 0 and self.has_sections():
            return True
        line = self.text[s:e]
        if "\n" in line or line[-1:] in ".!?;," or _LIST_OR_ROW.match(line):
            return False
        return len(line.split()) <= 14

    def headings_of(self, i: int) -> list[int]:
        """The sentences that head sentence ``i``: the nearest heading-like sentence before it in
        its section (at most 40 sentences back), and the lead-in (a sentence ending with a colon)
        of the list ``i`` belongs to."""
        out: list[int] = []
        section = self.sentence_section(i)
        in_list = True
        for j in range(i - 1, max(-1, i - 41), -1):
            if self.sentence_section(j) != section:
                break
            s, e = self.sentence_span(j)
            sentence = self.text[s:e]
            if in_list and sentence.rstrip().endswith(":"):
                out.append(j)
            in_list = in_list and bool(_LIST_OR_ROW.match(self.text, self.text.rfind("\n", 0, s) + 1))
            if self.is_heading_like(j):
                out.append(j)
                break
        return out

    def section_start(self, offset: int) -> int:
        return self._sections[self.section_index(offset)]

    def section_level(self, start: int) -> int | None:
        """The level of the heading that starts a section at ``start`` (a reader's heading, or a
        Markdown ``#`` heading in the text), None when it starts otherwise."""
        if start in self._levels:
            return self._levels[start]
        m = _ATX.match(self.text, start)
        return len(m.group(1)) if m else None

    def section_end(self, offset: int) -> int:
        """Where the section holding ``offset`` ends (the next section's start, or the text's end)."""
        k = self.section_index(offset) + 1
        return self._sections[k] if k < len(self._sections) else len(self.text)

    def sentence_section(self, i: int) -> int:
        return self.section_index(self.sentences[i][0])

    # ------------------------------------------------------------- anchors
    def first_line(self) -> tuple[int, int, str]:
        """Where a document-level finding (something missing) is anchored: line 1, column 1,
        with the first line of text as its snippet."""
        m = _NON_BLANK.search(self.text)
        if not m:
            return 0, 0, ""
        end = self.text.find("\n", m.start())
        end = end if end != -1 else len(self.text)
        return 0, end, self.text[m.start():end].strip()

    def sentences_with(self, pattern: TermPattern, start: int = 0, end: int | None = None) -> list[int]:
        """Indexes of the sentences holding a hit of ``pattern`` in [start, end)."""
        out: list[int] = []
        last = len(self.sentences) - 1
        starts, bisect_right = self._starts, bisect.bisect_right
        for s, _, _ in pattern.finditer(self, start, end):
            i = max(0, min(last, bisect_right(starts, s) - 1))   # sentence_index(s), inlined
            if not out or out[-1] != i:
                out.append(i)
        return out


# ============================================================================ scopes


@dataclass(frozen=True)
class Scope:
    kind: str            # sentence | sentences | section | document
    n: int = 0
    heading: bool = False    # also: the heading or lead-in that governs the trigger's sentence

    def describe(self) -> str:
        if self.kind == "sentence":
            out = "in the same sentence"
        elif self.kind == "sentences":
            out = f"within {self.n} sentence{'s' if self.n != 1 else ''} of it"
        elif self.kind == "section":
            return "in the same section"
        else:
            return "anywhere in the document"
        if self.heading:
            out += " or in the heading above it"
        return out

    def satisfied(self, index: TextIndex, i: int, ok: list[int]) -> bool:
        """Whether one of the sorted sentence indexes ``ok`` lies in this scope of sentence ``i``."""
        if not ok:
            return False
        if self.heading and any(j in ok for j in index.headings_of(i)):
            return True
        if self.kind == "document":
            return bool(ok)
        if self.kind == "sentences":
            k = bisect.bisect_left(ok, i - self.n)
            return k < len(ok) and ok[k] <= i + self.n
        if self.kind == "sentence":
            k = bisect.bisect_left(ok, i)
            return k < len(ok) and ok[k] == i
        section = index.sentence_section(i)
        return any(index.sentence_section(j) == section for j in ok)


# ============================================================================ negation & statements

_NEGATION_CUE = re.compile(
    r"(?<![a-z])(?:not|no|never|neither|nor|without|cannot|fail(?:s|ed|ing)?|miss(?:es|ed)?|"
    r"lack(?:s|ed|ing)?|non|fell\s+short|insignificant|nonsignificant)(?![a-z])|n['\u2019]t(?![a-z])"
)
_NEGATION_WORDS = ["not", "no", "never", "neither", "nor", "without", "cannot", "n't", "n\u2019t",
                   "insignificant", "nonsignificant"]
_NEGATION_VERBS = r"^(?:fail(?:s|ed|ing)?|miss(?:es|ed)?|lack(?:s|ed|ing)?)$"
#: negations that govern a noun phrase ("no statistically significant difference"): a shorter reach
_DETERMINERS = {"no", "without", "neither", "nor"}
_DETERMINER_WINDOW = 3
_WORD = re.compile(r"[a-z0-9{}]+")


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass
class Negation:
    predicate: tuple[str, ...]   # words; a trailing * makes a stem ("reach*")
    window: int = 5
    #: words that, between the negation and the predicate, make it a statement that no test was
    #: done ("not tested for significance", "not powered to show a difference"), not that one failed
    untested: tuple[str, ...] = ()

    def is_untested(self, word: str) -> bool:
        w = word.lower()
        return any(w.startswith(p[:-1]) if p.endswith("*") else w == p for p in self.untested)

    def is_predicate(self, word: str) -> bool:
        """The word is a predicate, exactly or (six letters or more) misspelt: rapidfuzz ratio ≥ 85."""
        w = word.lower()
        for p in self.predicate:
            if p.endswith("*"):
                stem = p[:-1]
                if w.startswith(stem):
                    return True
                if len(stem) >= 6 and len(w) >= len(stem) - 1 and fuzz.ratio(w[: len(stem)], stem) >= 85:
                    return True
            elif w == p or (len(p) >= 6 and fuzz.ratio(w, p) >= 85):
                return True
        return False


class Tokens:
    """The shared pipeline's tokenizer and a small negation Matcher, built once per process."""

    _instance: "Tokens | None" = None

    def __init__(self, nlp):
        from spacy.matcher import Matcher

        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("NEG", [
            [{"LOWER": {"IN": _NEGATION_WORDS}}],
            [{"LOWER": {"REGEX": _NEGATION_VERBS}}],
            [{"LOWER": "fell"}, {"LOWER": "short"}],
            # "non-significant" (not "non-" before any other word)
            [{"LOWER": "non"}, {"ORTH": {"IN": ["-", "\u2010", "\u2011"]}, "OP": "?"},
             {"LOWER": {"REGEX": "^significan"}}],
        ])
        self._memo: dict[str, tuple] = {}

    @classmethod
    def get(cls, reference) -> "Tokens":
        if cls._instance is None:
            from ..pipeline import pipeline_for

            nlp = pipeline_for(reference)
            cls._instance = cls(nlp)
        return cls._instance

    #: ``negations`` results kept by sentence text (safety information and other boilerplate recur
    #: across the pieces of a campaign); cleared when it reaches this many entries
    MEMO_SIZE = 2048

    def negations(self, text: str):
        """The sentence tokenised, and the token indexes where a negation cue starts. Memoised by
        text: both only depend on the text (callers only read them)."""
        memo = self._memo
        hit = memo.get(text)
        if hit is None:
            doc = self.nlp.make_doc(text)
            hit = (doc, sorted({start for _, start, _ in self.matcher(doc)}))
            if len(memo) >= self.MEMO_SIZE:
                memo.clear()
            memo[text] = hit
        return hit


@dataclass
class Statement:
    """A required statement, matched by meaning (module doc, "Paraphrase-tolerant statements")."""

    label: str
    all_of: list[list[Term]]
    negated: Negation | None = None
    examples: tuple[str, ...] = ()
    threshold: int = 80
    suggest: str | None = None
    _compiled: dict = field(default_factory=dict, repr=False)

    @property
    def uses_endpoint(self) -> bool:
        return any(ENDPOINT_PLACEHOLDER in t.text for group in self.all_of for t in group)

    def groups(self, endpoint_terms: tuple[str, ...]) -> list[TermPattern] | None:
        if endpoint_terms not in self._compiled:
            pats = [compile_terms(g, endpoint_terms) for g in self.all_of]
            self._compiled[endpoint_terms] = None if any(p is None for p in pats) else pats
        return self._compiled[endpoint_terms]

    def satisfied_sentences(self, run: "RuleRun", endpoint: str | None) -> list[int]:
        """Sorted indexes of the sentences of the document that satisfy this statement."""
        key = ("statement", id(self), endpoint)
        if key in run.memo:
            return run.memo[key]
        pats = self.groups(run.endpoint_terms(endpoint) if endpoint else ())
        out: list[int] = []
        if pats:
            index = run.index
            for i in index.sentences_with(pats[0]):
                s, e = index.sentence_span(i)
                if not all(p.search(index, s, e) for p in pats[1:]):
                    continue
                if self.negated is None:
                    out.append(i)
                elif _NEGATION_CUE.search(index.lowered, s, e) and self.negated_about_subject(run, s, e, endpoint, pats[0]):
                    out.append(i)
        run.memo[key] = out
        return out

    def negated_about_subject(self, run: "RuleRun", s: int, e: int, endpoint: str | None,
                              subject: TermPattern) -> bool:
        """Steps 2 (structural) and 3 (exemplar) for the sentence [s, e)."""
        index = run.index
        sentence = index.text[s:e]
        doc, negs = run.tokens().negations(sentence)
        mentions = [(a - s, b - s, lab) for a, b, lab in run.endpoint_mentions(s, e)] if endpoint else []

        def about_subject(char: int) -> bool:
            if not endpoint:
                return True
            before = [m for m in mentions if m[1] <= char]
            if before:
                return before[-1][2] == endpoint
            after = [m for m in mentions if m[0] >= char]
            return bool(after) and after[0][2] == endpoint

        neg = self.negated
        for t in negs:
            tok = doc[t]
            if not about_subject(tok.idx):
                continue
            if tok.lower_ in ("insignificant", "nonsignificant"):
                return True
            reach = min(neg.window, _DETERMINER_WINDOW) if tok.lower_ in _DETERMINERS else neg.window
            for j in range(t + 1, min(len(doc), t + 1 + reach)):
                if neg.untested and neg.is_untested(doc[j].text):
                    break
                if neg.is_predicate(doc[j].text):
                    return True
        # step 3: exemplars, on the sentence from the first subject mention on
        subject_spans = [(a - s, b - s) for a, b, _ in subject.finditer(index, s, e)]
        if not self.examples or not subject_spans:
            return False
        start = subject_spans[0][0]
        clause = sentence[start:]
        lowered = clause.lower()

        def tested(m: re.Match) -> bool:
            """The cue does not deny a test ("not formally tested for significance")."""
            if not (neg and neg.untested):
                return True
            for w in lowered[m.end():].split()[: neg.window]:
                if neg.is_predicate(w):
                    return True
                if neg.is_untested(w):
                    return False
            return True

        if not any(about_subject(start + m.start()) and tested(m) for m in _NEGATION_CUE.finditer(lowered)):
            return False
        for a, b in sorted(subject_spans, reverse=True):
            clause = clause[: a - start] + " {endpoint} " + clause[b - start:]
        probe = " ".join(_normalise(clause).split()[:30])
        best = max(fuzz.token_sort_ratio(probe, _normalise(ex)) for ex in self.examples)
        return best >= self.threshold


# ============================================================================ rule types


@dataclass
class PackRule:
    """A rule defined in a rule pack: its documentation (checks.Rule) plus its type's data."""

    rule: Rule
    markets: tuple[str, ...]
    cite: str
    file: str
    line: int | None
    #: the claims-library products the rule is about (``products:`` of the rule or its pack);
    #: empty: a generic rule, about whichever products the document promotes
    products: tuple[str, ...] = ()

    def applies(self, market: str, products: tuple[str, ...] | None = None) -> bool:
        """For this market, and (``products``: those the document promotes) one of its products."""
        if market not in self.markets:
            return False
        return not self.products or products is None or bool(set(self.products) & set(products))

    def check(self, run: "RuleRun"):  # pragma: no cover - abstract
        raise NotImplementedError

    def message(self, what: str, fix: str) -> str:
        return f"{what}. Basis: {self.cite}. To satisfy: {fix}"


@dataclass
class ClaimTrigger:
    endpoint_primary: str | None = None          # "not-met" | "met" | None
    endpoint_strength: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    exclude_kinds: tuple[str, ...] = ()
    analysis_cues: tuple[str, ...] = ()
    entry_analysis: tuple[str, ...] = ()      # the matched claims-library entry's analysis
    about_product: bool = False


#: match statuses that confirm a claim's endpoint (the value was compared with an entry of it)
_ENDPOINT_CONFIRMED = ("consistent", "mismatch", "more-precise", "arms-swapped")


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    endpoint: str | None
    study: str | None
    cues: tuple[str, ...] = ()


@dataclass
class RequiresIf(PackRule):
    claims: ClaimTrigger | None = None
    phrases: list[Term] = field(default_factory=list)
    phrase_endpoint_primary: str | None = None
    phrase_exceptions: list[Term] = field(default_factory=list)
    near_product: bool = False
    statement: Statement | None = None
    scope: Scope = field(default_factory=lambda: Scope("document"))
    trigger_label: str = "{claim}"
    report: str = "each"          # each | first-per-section

    def triggers(self, run: "RuleRun") -> list[Trigger]:
        out: list[Trigger] = []
        ctx = run.ctx
        if self.claims is not None:
            for claim in ctx.claims:
                t = run.claim_trigger(claim, claim.match, self.claims)
                if t:
                    out.append(t)
        if self.phrases:
            if any(ENDPOINT_PLACEHOLDER in p.text for p in self.phrases):
                endpoints = run.endpoints_with_primary(self.phrase_endpoint_primary) \
                    if self.phrase_endpoint_primary else list(run.reference.endpoints)
            else:
                endpoints = [None]
            text = run.index.text
            for endpoint in endpoints:
                pat = run.compiled(("phrases", id(self), endpoint),
                                   lambda e=endpoint: compile_terms(self.phrases, run.endpoint_terms(e)))
                if pat is None:
                    continue
                for s, e, _ in pat.finditer(run.index):
                    if self.near_product and not run.product_in_sentence(s):
                        continue
                    if self.phrase_exceptions and run.excepted(self.phrase_exceptions, s, e):
                        continue
                    study = run.study_for(s, endpoint, self.phrase_endpoint_primary) if endpoint else None
                    if endpoint and self.phrase_endpoint_primary and study is None:
                        continue  # the trial the text names (or the product's) met this endpoint
                    out.append(Trigger(s, e, text[s:e], endpoint, study))
        return out

    def check(self, run: "RuleRun"):
        triggers = self.triggers(run)
        if not triggers:
            return
        index = run.index
        seen: set[tuple[int, str | None]] = set()
        unsatisfied: list[tuple[int, Trigger]] = []
        for t in sorted(triggers, key=lambda t: t.start):
            i = index.sentence_index(t.start)
            if (i, t.endpoint) in seen:
                continue
            seen.add((i, t.endpoint))
            ok = self.statement.satisfied_sentences(run, t.endpoint if self.statement.uses_endpoint else None)
            if not self.scope.satisfied(index, i, ok):
                unsatisfied.append((i, t))
        if self.report == "each":
            for _, t in unsatisfied:
                yield self._finding(run, t)
            return
        by_section: dict[int, list[Trigger]] = {}
        for i, t in unsatisfied:
            by_section.setdefault(index.sentence_section(i), []).append(t)
        for group in by_section.values():
            yield self._finding(run, group[0], more=len(group) - 1)

    def _finding(self, run: "RuleRun", t: Trigger, more: int = 0):
        label_ep = run.endpoint_label(t.endpoint) if t.endpoint else ""
        study = run.study_name(t.study) if t.study else "its study"
        claim = " ".join(t.text.split())
        what = self.trigger_label.format(claim=claim, endpoint=label_ep, study=study, fact="{fact}",
                                         cues=" / ".join(t.cues) or "post hoc")
        uses_primary = bool((self.claims and self.claims.endpoint_primary) or self.phrase_endpoint_primary)
        fact = run.primary_statement(t.study, t.endpoint) if uses_primary and t.endpoint and t.study else None
        if fact and "{fact}" not in self.trigger_label:
            what = f"{what} ({fact})"
        what = what.replace("{fact}", fact or "")
        needed = self.statement.label.format(endpoint=label_ep, study=study)
        suggest = (self.statement.suggest or "").format(endpoint=label_ep, study=study)
        # said once: what is missing and where in the message, an example in the fix
        fix = f'add one, e.g. "{suggest}"' if suggest else f"add a {needed} {self.scope.describe()}"
        also = f" ({more} more such claim{'s' if more != 1 else ''} in this section)" if more else ""
        msg = self.message(f"{what}; no {needed} {self.scope.describe()}{also}", fix)
        return run.ctx.finding(self.rule, t.start, t.end, msg, expected=suggest or needed,
                               source=self.file, extra={"missing": [needed]})


@dataclass
class Element:
    """A piece of required content: every group (a concept: alternative terms) in one sentence,
    in any order; with ``negation``, a mention in the scope of a negation does not count
    (checks/concepts.py). For an indication slot, ``slot`` names it (population, disease …),
    ``broader`` and ``narrower`` list wording that broadens or narrows it; with ``follows``, the
    slot may be stated in the sentences after the statement (its variant's ``extend``), every
    other slot must be in the statement itself."""

    id: str
    label: str
    all_of: list[list[Term]]
    negation: bool = False
    slot: str = ""
    broader: list[Term] = field(default_factory=list)
    narrower: list[Term] = field(default_factory=list)
    follows: bool = False
    _compiled: list | None = field(default=None, repr=False)
    _extra: dict = field(default_factory=dict, repr=False)

    def patterns(self) -> list[TermPattern]:
        if self._compiled is None:
            self._compiled = [compile_terms(g) for g in self.all_of]
        return self._compiled

    def _hit(self, pat: TermPattern, index: TextIndex, s: int, e: int, sentence_start: int | None = None) -> bool:
        """A mention of ``pat`` in [s, e) (with ``negation``: one outside a negation's scope)."""
        first = pat.search(index, s, e)
        if first is None or not self.negation:
            return first is not None
        from .concepts import negated

        def free(a: int) -> bool:
            return not negated(index.lowered, index.sentence_of(a)[0] if sentence_start is None else sentence_start, a)

        return free(first[0]) or any(free(a) for a, _, _ in pat.finditer(index, first[1], e))

    def present(self, index: TextIndex, start: int = 0, end: int | None = None) -> bool:
        """Every group's term in one sentence of [start, end)."""
        pats = self.patterns()
        end = len(index.text) if end is None else end
        for i in index.sentences_with(pats[0], start, end):
            s0, e0 = index.sentence_span(i)
            s, e = max(s0, start), min(e0, end)
            if all(self._hit(p, index, s, e, s0) for p in pats):
                return True
        return False

    def groups_in_span(self, index: TextIndex, start: int, end: int) -> int:
        """How many of the groups [start, end) holds anywhere (an indication statement and its
        list items or follow-on sentences are one unit)."""
        return sum(self._hit(p, index, start, end) for p in self.patterns())

    def words(self, which: str, index: TextIndex, start: int, end: int) -> list[str]:
        """The ``broader`` or ``narrower`` wording found in [start, end)."""
        terms = self.broader if which == "broader" else self.narrower
        if not terms:
            return []
        if which not in self._extra:
            self._extra[which] = compile_terms(terms)
        pat = self._extra[which]
        return sorted({" ".join(index.text[a:b].split()) for a, b, _ in pat.finditer(index, start, end)})


@dataclass
class RequiredContent(PackRule):
    elements: list[Element] = field(default_factory=list)
    when_product_named: bool = True
    block_start: list[Term] | None = None
    block_sentences: int = 0
    block_label: str = "the required content"
    _block: TermPattern | None = field(default=None, repr=False)

    def check(self, run: "RuleRun"):
        if self.when_product_named and run.product_first() is None:
            return
        index = run.index
        if not self.block_start:
            missing = [el for el in self.elements if not el.present(index)]
            if missing:
                yield self._missing(run, index.first_line(), missing, f"the document lacks {_labels(missing)}",
                                    f"add {_labels(missing)}")
            return
        if self._block is None:
            # each anchor labelled with its position in the list: the first forms win a tie
            self._block = TermPattern([(k, [t]) for k, t in enumerate(self.block_start)])
        # anchors grouped by sentence ("BOXED WARNING: …" holds "WARNING:"): the block starts at
        # the sentence's first anchor; a finding is reported at its highest-priority anchor
        by_sentence: dict[int, tuple[int, tuple[int, int, int]]] = {}
        for s, e, priority in self._block.finditer(index):
            i = index.sentence_index(s)
            first, top = by_sentence.get(i, (s, (priority, s, e)))
            by_sentence[i] = (min(first, s), min(top, (priority, s, e)))
        best: tuple[list[Element], int, int, int] | None = None
        for i, (s0, (priority, s, e)) in by_sentence.items():
            last = min(len(index.sentences) - 1, i + self.block_sentences)
            end = self.block_end(index, s0, index.sentence_span(last)[1])
            missing = [el for el in self.elements if not el.present(index, s0, end)]
            if not missing:
                return
            if best is None or (len(missing), priority) < (len(best[0]), best[3]):
                best = (missing, s, e, priority)
        if best is None:
            yield self._missing(run, index.first_line(), self.elements,
                                f"{self.block_label} is missing (it must state: {_labels(self.elements)})",
                                f"add {self.block_label}, stating {_labels(self.elements)}")
            return
        missing, s, e, _ = best
        yield self._missing(run, (s, e, None), missing, f"{self.block_label} lacks: {_labels(missing)}",
                            f"state {_labels(missing)} in {self.block_label}")

    @staticmethod
    def block_end(index: TextIndex, anchor: int, hard_end: int) -> int:
        """The block: the anchor and the sentences after it up to ``hard_end``, not past the end
        of the anchor's section (the next heading), but on through sections headed deeper than
        it ("#### Hepatotoxicity" under "### WARNING: …")."""
        end = max(index.section_end(anchor), index.sentence_of(anchor)[1])
        level = index.section_level(index.section_start(anchor))
        while end < hard_end and level is not None:
            deeper = index.section_level(end)
            if deeper is None or deeper <= level:
                break
            end = max(index.section_end(end), end + 1)
        return min(end, hard_end)

    def _missing(self, run: "RuleRun", at: tuple, missing: list[Element], what: str, fix: str):
        s, e, snippet = at
        return run.ctx.finding(self.rule, s, e, self.message(what, fix),
                               expected=_labels(missing), source=self.file, snippet=snippet,
                               extra={"missing": [el.id for el in missing]})


def _labels(elements: list[Element]) -> str:
    return "; ".join(el.label for el in elements)


@dataclass
class Variant:
    id: str
    label: str
    elements: list[Element]
    forbid: list[Term] = field(default_factory=list)
    extend: int = 0
    #: what a reviewer calls this wording ("US indication for adults"); messages never show the id
    name: str = ""
    _forbid: TermPattern | None = field(default=None, repr=False)

    def forbidden(self) -> TermPattern | None:
        if self._forbid is None and self.forbid:
            self._forbid = compile_terms(self.forbid)
        return self._forbid


_LIST_ITEM = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*-]|\d{1,2}[.)])[ \t]")


@dataclass
class Indication(PackRule):
    cue: list[Term] = field(default_factory=list)
    disease: list[Term] = field(default_factory=list)
    require_product: bool = True
    variants: list[Variant] = field(default_factory=list)
    when_product_named: bool = True
    cue_exceptions: list[Term] = field(default_factory=list)
    _cue: TermPattern | None = field(default=None, repr=False)
    _disease: TermPattern | None = field(default=None, repr=False)

    #: list items a statement that ends with a colon takes in ("indicated for:" + bullets)
    LIST_ITEMS = 6

    def extent(self, index: TextIndex, i: int) -> int:
        """The last sentence of the statement that starts at sentence ``i``: a sentence that ends
        with a colon takes in the list items after it."""
        s, e = index.sentence_span(i)
        last = i
        if index.text[s:e].rstrip().endswith(":"):
            n = len(index.sentences)
            while last + 1 < n and last - i < self.LIST_ITEMS:
                ns, _ = index.sentence_span(last + 1)
                line_start = index.text.rfind("\n", 0, ns) + 1
                if not _LIST_ITEM.match(index.text, line_start):
                    break
                last += 1
        return last

    def statements(self, run: "RuleRun") -> list[tuple[int, int]]:
        """(first, last) sentences of each statement: an indication cue (outside the cue's
        exceptions, "as indicated in Table 2"), the disease and the product, in any order."""
        if self._cue is None:
            self._cue = compile_terms(self.cue)
            self._disease = compile_terms(self.disease)
        index = run.index
        out = []
        for i in index.sentences_with(self._cue):
            s, e = index.sentence_span(i)
            if self.cue_exceptions:
                hits = [h for h in self._cue.finditer(index, s, e) if not run.excepted(self.cue_exceptions, h[0], h[1])]
                if not hits:
                    continue
            last = self.extent(index, i)
            end = index.sentence_span(last)[1]
            if not self._disease.search(index, s, end):
                continue
            if self.require_product and not run.product_pattern().search(index, s, end):
                continue
            out.append((i, last))
        return out

    def check(self, run: "RuleRun"):
        index = run.index
        statements = self.statements(run)
        if not statements:
            if self.when_product_named and run.product_first() is None:
                return
            s, e, snippet = index.first_line()
            wording = self.variants[0].label
            yield run.ctx.finding(
                self.rule, s, e,
                self.message("no statement of the approved indication was found",
                             f'add the approved indication: "{wording}"'),
                expected=wording, source=self.file, snippet=snippet, extra={"missing": ["indication"]})
            return
        for i, last in statements:
            s, e = index.sentence_span(i)
            best = None
            for order, v in enumerate(self.variants):
                end = index.sentence_span(min(len(index.sentences) - 1, last + v.extend))[1]
                problems = self.compare(index, v, s, end, index.sentence_span(last)[1])
                missing, narrowed, broad = problems
                if not missing and not narrowed and not broad:
                    best = None
                    break
                # prefer the variant the statement does not broaden, then the fewest differences
                score = (bool(broad), len(missing) + len(narrowed) + sum(len(w) for _, w in broad), order)
                if best is None or score < best[0]:
                    best = (score, v, problems)
            if best is None:
                continue
            _, v, (missing, narrowed, broad) = best
            parts = []
            if missing:
                parts.append("truncated: " + ", ".join(
                    f'{el.slot + " " if el.slot else ""}"{el.label}" missing' for el in missing))
            if narrowed:
                parts.append("narrowed: " + ", ".join(
                    f'{el.slot + " " if el.slot else ""}' + (
                        " / ".join(f'"{w}"' for w in words) + f' instead of "{el.label}"' if words
                        else f'only part of "{el.label}"') for el, words in narrowed))
            if broad:
                parts.append("broadened: " + ", ".join(
                    f'{slot + " " if slot else ""}' + " / ".join(f'"{w}"' for w in words) for slot, words in broad)
                    + " not in the approved wording")
            found_end = index.sentence_span(last)[1]
            yield run.ctx.finding(
                self.rule, s, e,
                self.message(f"the indication statement differs from the approved {v.name or 'indication'} ("
                             + "; ".join(parts) + ")", f'state the indication as approved: "{v.label}"'),
                expected=v.label, found=" ".join(index.text[s:found_end].split())[:300], source=self.file,
                extra={"missing": [el.id for el in missing], "narrowed": [el.id for el, _ in narrowed],
                       "broadened": sorted({w for _, ws in broad for w in ws}),
                       "slots": sorted({el.slot for el in missing} | {el.slot for el, _ in narrowed}
                                       | {sl for sl, _ in broad} - {""}),
                       "variant": v.id})

    @staticmethod
    def compare(index: TextIndex, v: Variant, s: int, end: int, statement_end: int | None = None):
        """Slot by slot: (missing elements, [(narrowed element, words)], [(slot, broadening words)]).
        A slot counts where the statement states it ([s, statement_end)); one marked ``follows``
        also in the sentences after it (up to ``end``): "Adult patients with biomarker-positive relapsed … disease"
        after the statement does not restore "adults" dropped from the statement itself.
        Broadening wording counts anywhere up to ``end``."""
        missing: list[Element] = []
        narrowed: list[tuple[Element, list[str]]] = []
        broad: list[tuple[str, list[str]]] = []
        for el in v.elements:
            own = end if el.follows or statement_end is None else statement_end
            narrower = el.words("narrower", index, s, own)
            have = el.groups_in_span(index, s, own)
            if have == len(el.all_of) and not narrower:
                pass
            elif narrower or have:
                narrowed.append((el, narrower))
            else:
                missing.append(el)
            wider = el.words("broader", index, s, end)
            if wider:
                broad.append((el.slot or el.label, wider))
        fp = v.forbidden()
        if fp:
            taken = {w for _, ws in broad for w in ws}
            words = sorted({" ".join(index.text[a:b].split()) for a, b, _ in fp.finditer(index, s, end)} - taken)
            if words:
                broad.append(("", words))
        return missing, narrowed, broad


@dataclass
class Forbidden(PackRule):
    terms: list[Term] = field(default_factory=list)
    exceptions: list[Term] = field(default_factory=list)
    near_product: bool = False
    instead: str = ""
    problem: str = ""
    unless_negated: list[Term] = field(default_factory=list)
    _negatable: TermPattern | None = field(default=None, repr=False)

    def accept(self, run: "RuleRun", s: int, e: int) -> bool:
        """Whether a hit of this rule's terms is a finding (exceptions, negation, product proximity)."""
        if self.exceptions and run.excepted(self.exceptions, s, e):
            return False
        if self.unless_negated and self.negated(run, s, e):
            return False
        if self.near_product and not run.product_in_sentence(s):
            return False
        return True

    def negated(self, run: "RuleRun", s: int, e: int) -> bool:
        """The hit is one of the ``unless_negated`` terms ("cure", not "safer": "no safer option"
        is a claim) inside the scope of a negation ("not a cure", "no evidence that … is safe")."""
        from .concepts import negated

        if self._negatable is None:
            self._negatable = compile_terms(self.unless_negated)
        if not any(a == s and b == e for a, b, _ in self._negatable.finditer(run.index, s, e)):
            return False
        return negated(run.index.lowered, run.index.sentence_of(s)[0], s)

    def finding(self, run: "RuleRun", s: int, e: int):
        found = " ".join(run.index.text[s:e].split())
        fix = self.instead or "remove the wording or replace it with a substantiated, balanced statement"
        what = self.problem or self.rule.summary.split(". ")[0].rstrip(".")
        return run.ctx.finding(self.rule, s, e, self.message(f'"{found}": {what}', fix),
                               found=found, source=self.file)


def forbidden_pattern(rules: list[Forbidden]) -> TermPattern | None:
    """All forbidden terms of these rules as one pattern (hits labelled with the rule's position)."""
    pattern = TermPattern([(k, r.terms) for k, r in enumerate(rules)])
    return None if pattern.empty else pattern


# ============================================================================ one document


class RuleRun:
    """Per-document state shared by the rules: the text index and memoised lookups."""

    def __init__(self, ctx: CheckContext, shared: dict):
        self.ctx = ctx
        headings = ctx.document.metadata.get("headings") or ()
        heads = [h for h in headings if isinstance(h, (tuple, list)) and h]
        levels = {h[0]: h[1] for h in heads if len(h) > 1 and isinstance(h[1], int)}
        self.index = TextIndex(ctx.document.text, (h[0] for h in heads), levels)
        self.memo: dict = {}
        self.shared = shared  # per claims library: compiled patterns, kept across documents
        self._product_first: dict[tuple[str, ...], int | None] = {}
        #: the products the document promotes (CheckContext.products; none found: every product)
        self.products: tuple[str, ...] = tuple(getattr(ctx, "products", ()) or ()) or tuple(ctx.reference.products)
        #: the products the rule being run speaks of (set per rule by RulePacks.check)
        self.scope: tuple[str, ...] = self.products

    # ------------------------------------------------------------- claims-library data
    def compiled(self, key, build):
        if key not in self.shared:
            self.shared[key] = build()
        return self.shared[key]

    @property
    def reference(self):
        return self.ctx.reference

    def endpoint_terms(self, endpoint: str | None) -> tuple[str, ...]:
        ref = self.reference
        if endpoint is None or endpoint not in ref.endpoints:
            return ()
        t = ref.endpoints[endpoint]
        return tuple(dict.fromkeys((t.label,) + t.synonyms))

    def endpoint_label(self, endpoint: str) -> str:
        t = self.reference.endpoints.get(endpoint)
        if t is None:
            return endpoint
        short = [s for s in t.synonyms if is_abbreviation(s)]
        return f"{t.label} ({short[0]})" if short and short[0].lower() != t.label.lower() else t.label

    def study_name(self, study: str) -> str:
        s = self.reference.studies.get(study)
        name = s.names[0] if s and s.names else study
        parents = self.parents(study) if s is not None else []
        if parents:
            name += " (an analysis of " + " and ".join(self.study_name(p) for p in parents) + ")"
        return name

    def primary_statement(self, study: str | None, endpoint: str | None) -> str | None:
        primary = self.primary_endpoints(study).get(endpoint) if study else None
        return primary[1] if primary else None

    def parents(self, study: str) -> list[str]:
        """The studies a secondary analysis is *of*: a study that declares no primary endpoints
        and whose ``design`` names other studies of the claims library ("post hoc analysis of
        EXAMPLE-1") analyses their data, and inherits their primary endpoints (one level)."""
        def build():
            ref = self.reference
            out: dict[str, list[str]] = {}
            for s in ref.studies.values():
                if s.primary_endpoints or not s.design:
                    continue
                out[s.id] = [o.id for o in ref.studies.values()
                             if o.id != s.id and o.primary_endpoints
                             and any(re.search(phrase_source(n), s.design, re.IGNORECASE) for n in o.names)]
            return out

        return self.compiled(("parents",), build).get(study, [])

    def primary_endpoints(self, study: str) -> dict[str, tuple[bool, str | None]]:
        """The study's primary endpoints, else those it inherits from its parents (memoised per
        document: asked for every claim by every rule; callers only read the dict)."""
        key = ("primary-endpoints", study)
        memo = self.memo
        if key in memo:
            return memo[key]
        s = self.reference.studies.get(study)
        if s is None:
            merged: dict[str, tuple[bool, str | None]] = {}
        elif s.primary_endpoints:
            merged = s.primary_endpoints
        else:
            merged = {}
            for parent in self.parents(study):
                for e, v in self.reference.studies[parent].primary_endpoints.items():
                    merged.setdefault(e, v)
        memo[key] = merged
        return merged

    def scoped_for(self, rule: PackRule) -> tuple[str, ...]:
        """The products ``rule`` speaks of in this document: its own products the document
        promotes, or (a generic rule) every product the document promotes."""
        if not rule.products:
            return self.products
        return tuple(p for p in self.products if p in rule.products) or tuple(rule.products)

    def _studies(self):
        """The studies of the products in scope (a claim is judged only within its product)."""
        scope = self.scope
        return [s for s in self.reference.studies.values() if s.product in scope]

    def endpoints_with_primary(self, status: str) -> list[str]:
        want = status == "met"
        out: list[str] = []
        for s in self._studies():
            for e, (met, _) in s.primary_endpoints.items():
                if bool(met) == want and e not in out:
                    out.append(e)
        return out

    def study_with_primary(self, endpoint: str, status: str | None) -> str | None:
        for s in self._studies():
            if endpoint in s.primary_endpoints and (
                    status is None or bool(s.primary_endpoints[endpoint][0]) == (status == "met")):
                return s.id
        return None

    def study_named_before(self, offset: int) -> str | None:
        """The study of the products in scope named nearest before ``offset`` (in its sentence,
        else earlier in the document), or None."""
        scope = self.scope

        def build():
            return TermPattern([(s.id, [Term(n) for n in s.names]) for s in self.reference.studies.values()
                                if s.product in scope])

        pattern = self.compiled(("studies", scope), build)
        if pattern.empty:
            return None
        hits = self.memo.get(("study-hits", scope))
        if hits is None:
            hits = self.memo[("study-hits", scope)] = pattern.finditer(self.index)
        s, e = self.index.sentence_of(offset)
        in_sentence = [h for h in hits if s <= h[0] < e]
        pick = in_sentence or [h for h in hits if h[0] < s]
        return pick[-1][2] if pick else None

    def study_for(self, offset: int, endpoint: str, status: str | None) -> str | None:
        """The study a phrase at ``offset`` about ``endpoint`` is about, when its primary analysis
        of that endpoint has ``status``: the trial the text names (nearest before, in the products
        in scope), else the first trial of those products with that status; None when the named
        trial's status differs (its survival endpoint was met: nothing to disclose)."""
        named = self.study_named_before(offset)
        if named is not None:
            primary = self.primary_endpoints(named).get(endpoint)
            if primary is not None:
                return named if status is None or bool(primary[0]) == (status == "met") else None
        return self.study_with_primary(endpoint, status)

    def endpoint_mentions(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, endpoint id) of every endpoint term of the claims library in [start, end)."""
        def build():
            ref = self.reference
            return TermPattern([(eid, [Term(t) for t in self.endpoint_terms(eid)]) for eid in ref.endpoints])

        return self.compiled(("endpoint-mentions",), build).finditer(self.index, start, end)

    def product_pattern(self) -> TermPattern:
        """The names of the products in scope (``self.scope``) and of their product arms."""
        scope = self.scope

        def build():
            ref = self.reference
            names = list(ref.product_names(scope))
            for arm in ref.arms.values():
                if arm.product and set(arm.products) & set(scope):
                    names += [arm.label, *arm.synonyms]
            return TermPattern([(None, [Term(n) for n in dict.fromkeys(n for n in names if n)])])

        return self.compiled(("product", scope), build)

    def product_first(self) -> int | None:
        scope = self.scope
        if scope not in self._product_first:
            hit = self.product_pattern().search(self.index)
            self._product_first[scope] = hit[0] if hit else None
        return self._product_first[scope]

    def product_in_sentence(self, offset: int) -> bool:
        s, e = self.index.sentence_of(offset)
        return self.product_pattern().search(self.index, s, e) is not None

    def excepted(self, exceptions: list[Term], s: int, e: int) -> bool:
        """Whether the hit [s, e) overlaps a match of one of ``exceptions`` (±120 characters around)."""
        pat = self.compiled(("exceptions", id(exceptions)), lambda: compile_terms(exceptions))
        lo, hi = max(0, s - 120), min(len(self.index.text), e + 120)
        return any(a < e and b > s for a, b, _ in pat.finditer(self.index, lo, hi))

    def tokens(self) -> Tokens:
        return Tokens.get(self.reference)

    # ------------------------------------------------------------- claim triggers
    def claim_trigger(self, claim, match, ct: ClaimTrigger) -> Trigger | None:
        if ct.kinds and claim.kind not in ct.kinds:
            return None
        if claim.kind in ct.exclude_kinds:
            return None
        entry = match.entry if match is not None and match.status != "unmatched" else None
        if ct.endpoint_strength and claim.endpoint_strength not in ct.endpoint_strength:
            # "matched": the endpoint comes from context (a heading, a table row), and the value
            # matched a claims-library entry of that endpoint: the claim is about it
            if not ("matched" in ct.endpoint_strength and entry is not None and claim.endpoint
                    and entry.endpoint == claim.endpoint and match.status in _ENDPOINT_CONFIRMED):
                return None
        # analysis cues: words in the claim's sentence ("post hoc", "subgroup") and the
        # ``analysis`` of the claims-library entry the claim matched ("post-hoc", "subgroup" …)
        cues = tuple(claim.analysis_cues or ())
        if entry is not None and entry.analysis and entry.analysis not in cues:
            cues += (entry.analysis,)
        if ct.analysis_cues and not set(cues) & set(ct.analysis_cues):
            return None
        if ct.entry_analysis and (entry is None or entry.analysis not in ct.entry_analysis):
            return None
        if ct.about_product and not self._about_product(claim):
            return None
        study = claim.study
        if study is not None and self.reference.product_of_study(study) not in self.scope:
            study = None  # a trial of another product named nearby: not this claim's
        if study is None and entry is not None:
            study = entry.study.id
        if ct.endpoint_primary:
            primary = self.primary_endpoints(study).get(claim.endpoint) if study else None
            if primary is None or bool(primary[0]) != (ct.endpoint_primary == "met"):
                return None
        return Trigger(claim.start, claim.end, claim.text, claim.endpoint, study,
                       tuple(c for c in cues if not ct.analysis_cues or c in ct.analysis_cues))

    def _about_product(self, claim) -> bool:
        """Not clearly about another arm: the sentence names the product, or the claim's arm is a
        product arm or unknown."""
        if claim.product_context:
            return True
        ref = self.reference
        return claim.arm is None or claim.arm in {a for p in self.scope for a in ref.arms_of(p)}
