"""Negation for the rule packs: the cheap negation cue (a regex) and the shared tokenizer with a
negation Matcher (:class:`Tokens`), used by required statements (:mod:`.requires_if`).
Negation *scope* for concepts is :mod:`claimcheck.concepts`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

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
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: what a negation may deny instead of a predicate: "not the only primary endpoint", "not just
#: survival" (a cue, an optional article, then one of these)
NOT_NEGATING_NEXT = frozenset({"only", "just", "merely", "solely", "sole", "least"})
#: an instruction that opens its clause with a negated "do" ("Do not call this a survival benefit",
#: "SN: Don't say DFS improved", "Please do not imply …"): the text before the cue, from the
#: clause's start (a sentence's start, or after a label's colon, a semicolon, a bracket or a dash)
_DO_NOT_LEAD = re.compile(r"(?:^|[:;(\[\]\u2013\u2014]|\s-\s)[\s*_>#\u2022-]{0,8}"
                          r"(?:(?:and|but|so|then|please|just|also|again|therefore)[\s,]{1,3}){0,2}do\s{0,3}$")
#: "never" opening its clause before a verb of saying ("Never describe DFS as improved")
_NEVER_LEAD = re.compile(r"(?:^|[:;(\[\]\u2013\u2014]|\s-\s)[\s*_>#\u2022-]{0,8}"
                         r"(?:(?:and|but|so|then|please|just|also|again|therefore)[\s,]{1,3}){0,2}$")
#: verbs of saying or presenting: what an instruction to a presenter or writer tells them not to do
_SAYING = frozenset("""call calls say describe claim claims present imply suggest state refer characterise
    characterize label promote frame position mention use show tell portray report discuss word phrase
    attribute infer conclude interpret read overstate""".split())


def instruction(sentence: str, cue: int, next_word: str = "") -> bool:
    """Whether the negation cue at ``cue`` of ``sentence`` opens an instruction to the presenter
    or writer ("Do not call this a survival benefit", "Don't say DFS improved", "Never describe it
    as superior"): what it forbids saying is no statement to the reader of the result. Generic
    English: a negated "do" opening its clause, or "never" opening it before a verb of saying."""
    before = sentence[:cue].lower()
    word = sentence[cue:cue + 5].lower()
    if word.startswith("never"):
        return bool(_NEVER_LEAD.search(before)) and next_word.lower() in _SAYING
    return bool(_DO_NOT_LEAD.search(before))


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass
class Negation:
    predicate: tuple[str, ...]   # words; a trailing * makes a stem ("reach*")
    window: int = 5
    #: words that, between the negation and the predicate, make it a statement that no test was
    #: done ("not tested for significance", "not powered to show a difference"), not that one failed
    untested: tuple[str, ...] = ()
    #: what may be measured of the endpoint besides its result ("follow-up", "censoring"): a
    #: mention bound to one ("follow-up for {endpoint}", "{endpoint} follow-up") names that
    #: measure, and its negation ("did not differ") says nothing of the result
    measures: tuple[str, ...] = ()

    def measure_bound(self, sentence: str, a: int, b: int) -> bool:
        """Whether the mention [a, b) of ``sentence`` names one of ``measures`` of the endpoint:
        the measure just before it, joined by for/of/in (and an article), or just after it."""
        if not self.measures:
            return False
        before = _HYPHENATED.findall(sentence[max(0, a - 40):a].lower())[-4:]
        after = _HYPHENATED.findall(sentence[b:b + 30].lower())[:2]
        while before and before[-1] in ("the", "a", "an"):
            before.pop()
        if before and before[-1] in ("for", "of", "in", "on") and len(before) >= 2 and self._measure(before[-2]):
            return True
        return bool(after) and self._measure(after[0])

    def _measure(self, word: str) -> bool:
        return any(word.startswith(m[:-1]) if m.endswith("*") else word == m for m in self.measures)

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
            from ...pipeline import pipeline_for

            nlp = pipeline_for(reference)
            cls._instance = cls(nlp)
        return cls._instance

    @staticmethod
    def offset(doc, idx: int) -> int:
        """A token's ``idx`` as an offset of the text given to :meth:`negations`: the tokenizer
        reads line wraps and runs of blanks as one space (``pipeline.WrapMap``)."""
        wraps = doc._.cc_map
        return wraps.to_orig(idx) if wraps is not None else idx

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
