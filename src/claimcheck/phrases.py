"""Phrases: how a term of the claims library or of a rule pack matches text, defined once.

This is the ONE term matcher. The claims library's vocabulary (endpoints, arms, populations,
timepoints, studies, product names) and the rule packs' terms are phrases; this module says what
a phrase matches and compiles phrase sets, for every stage that looks for them:

- :class:`PhraseSet` finds every occurrence of every labelled phrase (overlapping and nested ones
  included, one term per span and label): the pipeline's ``cc_terms`` (pipeline.py), the terms
  claims extraction and context attachment see;
- :class:`TermPattern` keeps the leftmost-longest hits (one linear pass per case), for the rule
  packs (:mod:`claimcheck.checks.packs`: endpoint mentions, product and study names), the product
  finder (engine); :func:`phrase_source` embeds one phrase in another regex (matching, markets).

Both are built from the same pieces (:func:`_tokens`, :func:`phrase_tail`, :func:`is_case_sensitive`),
so extraction and the packs find the same terms at the same offsets (tests/engine/test_one_term_matcher.py).
The text itself is searched, not spaCy's tokens, so a slash-joined word ("DFS/ORR"), a URL or a
glued full stop does not hide a phrase from one stage and not from the other.

Terms
-----
A term is a phrase or ``{regex: ...}``. A phrase matches case-insensitively (an abbreviation of
up to six characters with a capital, such as ``ORR``, ``DFS`` or ``ExM``, and an all-capitals
phrase such as ``WARNING:``, case-sensitively), on word boundaries (a citation marker may
follow: "met2,3"), with any run of whitespace (line breaks in PDF text) or a dash where it has a
space or a hyphen ("post–transplant", "B cell", "B-cell"), a straight or typographic apostrophe
where it has either ("investigator's", "investigator’s"). Two phrases that match the same texts
("B cell" and "B-cell") are one phrase: a claims library should not give them different meanings.
Regexes are validated when the pack is loaded (rulepacks.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from .cache import compile_regex, derived
from .linear import LinearPattern, to_re2_wrapped

if TYPE_CHECKING:
    from .checks.packs.text import TextIndex

_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
#: a straight or a typographic apostrophe ("investigator's", "investigator’s") matches either
_APOSTROPHES = "'\u2019"
_APOSTROPHE_CLASS = "['\u2019]"
#: "≥" and "≤" as typed on a keyboard (">=", "<="): a phrase with either matches both ("grade ≥3"
#: in the library, "grade >=3" in a plain-text draft, and the other way round)
_COMPARISONS = {"\u2265": "(?:\u2265|>=)", ">=": "(?:\u2265|>=)", "\u2264": "(?:\u2264|<=)", "<=": "(?:\u2264|<=)"}
_DASH_CLASS = "[\\-\u2010\u2011\u2012\u2013\u2014\u2212]"
_GAP = rf"(?:\s{{0,3}}{_DASH_CLASS}\s{{0,3}}|\s+)"
_ABBREVIATION = re.compile(r"^[A-Za-z][A-Za-z0-9/+\-]{0,5}$")
ENDPOINT_PLACEHOLDER = "{endpoint}"
#: in a rule-pack term, the names of the products the rule speaks of (the claims library's product
#: names and product arms: the engine knows no product), expanded per document (:meth:`Term.expand`)
PRODUCT_PLACEHOLDER = "{product}"
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


#: after a phrase that ends in a letter: not another letter (a superscript digit is a footnote
#: marker, "survival¹", though Python counts it as a word character that is no decimal digit)
_LETTER_TAIL = r"(?![^\W\d_\u00b9\u00b2\u00b3\u2070-\u2079])"


def phrase_tail(phrase: str) -> str:
    if phrase[-1:].isalpha():
        return _LETTER_TAIL   # not followed by a letter; a citation marker may follow ("met2,3", "OS¹")
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

    def expand(self, endpoint_terms: tuple[str, ...] = (), product_names: tuple[str, ...] = ()) -> list[str]:
        """Phrases (or one regex source); ``{endpoint}`` expands to the endpoint's terms and
        ``{product}`` to the product names (none given: the term matches nothing)."""
        items = [self.text]
        for placeholder, names in ((ENDPOINT_PLACEHOLDER, endpoint_terms), (PRODUCT_PLACEHOLDER, product_names)):
            if placeholder not in self.text:
                continue
            if not names:
                return []
            if self.regex:  # run by RE2 (linear.py), which has no look-around: \b bounds the terms
                alt = "|".join(_linear_phrase_source(t) for t in sorted(names, key=len, reverse=True))
                items = [i.replace(placeholder, f"(?:{alt})") for i in items]
            else:
                items = [i.replace(placeholder, t) for i in items for t in names]
        return items


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

    def __init__(self, labelled: list[tuple[object, list[Term]]], endpoint_terms: tuple[str, ...] = (),
                 product_names: tuple[str, ...] = ()):
        self.labels: list[object] = []
        lower: list[tuple[str, str]] = []   # (phrase lower-cased, group name)
        exact: list[tuple[str, str]] = []
        regexes: list[str] = []
        lower_regexes: list[str] = []
        for label, terms in labelled:
            for t in terms:
                for item in t.expand(endpoint_terms, product_names):
                    name = f"g{len(self.labels)}"
                    self.labels.append(label)
                    if t.regex:  # RE2 syntax: linear time whatever the pack's author wrote; a bounded
                        # gap of blanks also reads over a wrapped, indented line (linear.to_re2_wrapped)
                        (lower_regexes if lower_safe(item) else regexes).append(
                            f"(?:{derived('to_re2_wrapped', item, to_re2_wrapped)})(?P<{name}>)")
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


class PhraseSet:
    """Labelled phrases (the claims library's vocabulary: ``"endpoint:dfs"`` → its terms) compiled
    once, and :meth:`occurrences`: EVERY occurrence of every phrase, overlapping and nested ones
    included ("DFS rate" and "DFS"), each with every label its phrase carries. This is what the
    pipeline's ``cc_terms`` hands to context attachment; it is the same definition of a match as
    :class:`TermPattern` (the same regex pieces, case rule and boundaries, the same two passes over
    the text and its lower-cased copy), which instead keeps the leftmost-longest hits only.

    Phrases that match the same texts (``"B-cell"`` and ``"B cell"``, ``"ORR"`` given twice) are
    one phrase with the labels of all of them, so one span is reported once per label however
    many of a label's phrases match it.
    """

    def __init__(self, labelled: Iterable[tuple[object, Iterable[str]]]):
        keys: dict[tuple[bool, tuple[str, ...]], str] = {}   # (case-sensitive, pieces) -> group name
        labels: dict[str, list[object]] = {}
        items: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], [])   # lower, exact
        for label, phrases in labelled:
            for phrase in phrases:
                if not phrase.strip():
                    continue
                exact = is_case_sensitive(phrase)
                text = phrase if exact else phrase.lower()
                key = (exact, _tokens(text))
                name = keys.get(key)
                if name is None:
                    name = keys[key] = f"g{len(keys)}"
                    labels[name] = []
                    items[exact].append((text, name))
                if label not in labels[name]:
                    labels[name].append(label)
        #: group name -> the labels of the phrase it stands for
        self.labels = {name: tuple(ls) for name, ls in labels.items()}
        #: group name -> its tail check, re-run on the whole text after a match cut short (below)
        self._tails = {name: _TAIL_CHECKS[phrase_tail(text)] for group in items for text, name in group}
        #: the group names of phrases that have a shorter phrase as their beginning ("DFS rate":
        #: "DFS"): only after those is a shorter match at the same start looked for
        self._has_prefix: set[str] = set()
        self._passes = []
        for group, low in ((items[0], True), (items[1], False)):
            if group:
                self._passes.append((_starts(group, self._has_prefix), _grouped(group), low))
        #: the order labels were given in: of one span's labels, the first given comes first
        self._rank = {label: k for k, label in enumerate(dict.fromkeys(l for ls in labels.values() for l in ls))}

    def occurrences(self, text: str, lowered: str | None = None) -> list[tuple[int, int, object]]:
        """(start, end, label) of every occurrence of every phrase in ``text``, sorted by start,
        end and the order the labels were given in; ``lowered`` is :func:`lower_text` of ``text``
        (computed when not given)."""
        if lowered is None and any(low for _, _, low in self._passes):
            lowered = lower_text(text)
        found: dict[tuple[int, int, object], None] = {}
        labels, tails, has_prefix = self.labels, self._tails, self._has_prefix
        for starts, pattern, low in self._passes:
            s = lowered if low else text
            match = pattern.match
            # one pass finds every start and the longest phrase there (a zero-width match whose
            # empty end group names the phrase and marks its end)
            for m in starts.finditer(s):
                a = m.start()
                name = m.lastgroup
                b = m.end(m.lastindex)
                while True:
                    for label in labels[name]:
                        found[(a, b, label)] = None
                    if name not in has_prefix:
                        break
                    # the next shorter phrase that starts here ("DFS" in "DFS rate"): the same
                    # pattern on the text cut short before this end; a match that ends at the cut
                    # did not see what follows it, so its tail is checked again on the whole text
                    cut, b = b - 1, 0
                    while cut > a:
                        m = match(s, a, cut)
                        if m is None:
                            break
                        end, name = m.end(), m.lastgroup
                        tail = tails[name]
                        if end < cut or tail is None or tail.match(s, end):
                            b = end
                            break
                        cut = end - 1
                    if not b:
                        break
        rank = self._rank
        return sorted(found, key=lambda h: (h[0], h[1], rank[h[2]]))


def _starts(items: list[tuple[str, str]], has_prefix: set[str]) -> re.Pattern:
    """:func:`_grouped` inside a look-ahead: a zero-width match at every position where a phrase
    starts (``finditer`` then tries every position, so overlapping phrases are all found), led by
    a cheap guard (the word boundary, the possible first characters) where the phrases allow it.
    Adds to ``has_prefix`` the names of the phrases that begin with another phrase."""
    source, prefixed = derived("starts", tuple(items), _starts_source)
    has_prefix.update(prefixed)
    return compile_regex(source)


def _starts_source(items: tuple[tuple[str, str], ...]) -> tuple[str, tuple[str, ...]]:
    """:func:`_starts`'s regex source and the names of the phrases that begin with another."""
    has_prefix: set[str] = set()
    ends: dict[tuple[str, ...], str] = {}
    for phrase, name in items:
        ends[_tokens(phrase)] = name
    for tokens, name in ends.items():
        if any(tokens[:k] in ends for k in range(1, len(tokens))):
            has_prefix.add(name)
    firsts = {tokens[0] for tokens in ends}
    guard = ""
    if all(len(t.replace("\\", "")) == 1 for t in firsts):
        # a phrase that starts with a letter or digit starts a word: most positions fail at once
        word = "".join(sorted(t for t in firsts if re.fullmatch(r"\w", t.replace("\\", ""))))
        other = "".join(sorted(t for t in firsts if not re.fullmatch(r"\w", t.replace("\\", ""))))
        guards = ([f"(?<!\\w)(?=[{word}])"] if word else []) + ([f"(?=[{other}])"] if other else [])
        guard = guards[0] if len(guards) == 1 else f"(?:{'|'.join(guards)})"
    return f"{guard}(?={_grouped_source(items)})", tuple(sorted(has_prefix))


#: the checks of :func:`phrase_tail`, compiled
_TAIL_CHECKS = {tail: (re.compile(tail) if tail else None)
                for tail in (_LETTER_TAIL, r"(?!\d)", "")}

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_text(text: str) -> str:
    """The text lower-cased offset for offset (what case-insensitive phrases run on): Python's
    ``str.lower``, or ASCII lower-casing where that would change the length (a dotted capital I)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


#: the "z" or "s" of a verb ending in -ize/-ise and its forms (US and UK spelling of one word): three
#: letters of the stem, "i", the letter, then an ending ("-e", "-ed", "-es", "-ing", "-ation"); a
#: word as short as "rise" or "size" has no such stem
_IZE = re.compile(r"[a-z]{3}i[zs](?=e[ds]?\b|ing\b|ation)")


def _tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as regex pieces: characters, a gap (space or dash run), a slash and an apostrophe."""
    out: list[str] = []
    i, n = 0, len(phrase)
    while i < n:
        ch = phrase[i]
        if ch.isspace() or ch in _DASH_CHARS:
            while i < n and (phrase[i].isspace() or phrase[i] in _DASH_CHARS):
                i += 1
            out.append(_GAP)
            continue
        comparison = _COMPARISONS.get(phrase[i:i + 2]) or _COMPARISONS.get(ch)
        if comparison is not None:
            out.append(comparison)
            i += 1 if ch in "\u2265\u2264" else 2
            continue
        if ch in "zs" and i >= 4 and _IZE.match(phrase, i - 4):
            out.append("[sz]")   # "randomized" / "randomised", "hospitalization" / "hospitalisation"
        elif ch == "/":
            out.append(r"\s{0,2}/\s{0,2}")
        elif ch in _APOSTROPHES:
            out.append(_APOSTROPHE_CLASS)
        else:
            out.append(re.escape(ch))
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
    # large (phrases x endpoint terms): the source is derived once, the program cached (cache.py)
    return compile_regex(derived("grouped", tuple(items), _grouped_source))


def _grouped_source(items) -> str:
    """:func:`_grouped`'s regex source."""
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
    return "|".join(parts)


_UPPER_OR_FLAGS = re.compile(r"\(\?[aiLmsux]{0,6}-?[imsx]{0,4}[:)](?<!\(\?:)|[A-Z]")


def lower_safe(source: str) -> bool:
    """A regex that can run on the lower-cased text: no capital letter (other than in an escape
    such as ``\\S`` or ``\\W``) and no inline flags."""
    stripped = re.sub(r"\\[A-Za-z]", "", source)
    return not _UPPER_OR_FLAGS.search(stripped)


def compile_terms(terms: Iterable[Term], endpoint_terms: tuple[str, ...] = (),
                  product_names: tuple[str, ...] = ()) -> TermPattern | None:
    pattern = TermPattern([(None, list(terms))], endpoint_terms, product_names)
    return None if pattern.empty else pattern
