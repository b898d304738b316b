"""``forbidden``: overstatement and risk-minimising language, all terms of the active packs one
combined pattern (see :mod:`claimcheck.checks.packs`).

A rule may ask for a second idea in the same sentence (``with:``, an order-free co-occurrence):
its terms are then the anchor ("every patient", "rely on", "negligible") and a hit is a finding
only where a term of each ``with`` group (concepts of the pack, by word form and synonym, or
terms) stands within ``within`` words of it, before or after, in the same clause (no ``;``, no
table cell or paragraph between, no negation between them: "responses were not immediate in all
patients"), and neither the anchor nor that term lies in a negation's scope (concepts.py: "not
every patient responds", "reactions were not negligible"). The finding quotes both, from the
first to the last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...phrases import PRODUCT_PLACEHOLDER, Term, TermPattern, compile_terms
from ...concepts import negated
from .base import PackRule, RuleRun

#: what ends the clause a ``with`` term must share with the hit: a semicolon, a table cell, a
#: paragraph break, a conjunction that opens another clause (", and", "but", "whereas" …); not a
#: colon, which joins a label to what it says ("Side effects: barely noticeable")
_CLAUSE_BREAK = re.compile(r"[;|]|\n[ \t]*\n|,\s*(?:and|but|so|yet|while|whereas|although|though|because|which|since)\b"
                           r"|\b(?:but|however|although|though|whereas|while)\b")
_WORD = re.compile(r"[^\W_]+")
#: how many sentences after a heading-like sentence are what it heads (``heading_exceptions``)
HEADED_SENTENCES = 8
#: what ends the clause of an ``exceptions_void_after`` phrase before the hit: punctuation that
#: sets off an apposition or a new clause ("EXAMPLIMAB followed by transplant, the only curative
#: option"), a relative pronoun ("… transplant which remains curative"), a contrast, a cause
#: ("… because it is curative"), a paragraph
_VOID_CLAUSE_END = re.compile(r"[,;:()\[\]|.!?\u2013\u2014]|\s-\s|\n[ \t]*\n"
                              r"|\b(?:which|that|who|whom|whose|where|but|however|although|though|whereas|while"
                              r"|because|since|so)\b")
#: a negation between the hit and its ``with`` term denies the link ("responses were not
#: immediate in all patients", "reactions are never negligible")
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|without|neither|nor)\b|n['\u2019]t\b")


@dataclass
class Forbidden(PackRule):
    terms: list[Term] = field(default_factory=list)
    exceptions: list[Term] = field(default_factory=list)
    #: ``heading_exceptions``: a hit in a heading-like sentence is fine where one of these terms is
    #: named in what the heading heads (:meth:`heads_excepted`): "How quickly responses came" over
    #: "45% first responded in cycle 1" states the time it promises
    heading_exceptions: list[Term] = field(default_factory=list)
    #: ``exceptions_void_after``: phrases (``{product}``: the names of the products in scope) after
    #: which, in the same clause, an exception that begins inside the phrase excuses nothing
    #: (:meth:`excepted`): "EXAMPLIMAB followed by transplant offers a cure" says the cure of the
    #: product and its sequence, though "transplant offers a cure" alone is a rule's exception
    void_after: list[Term] = field(default_factory=list)
    near_product: bool = False
    #: ``near_product: results``: the sentence names the product or states its results
    #: (:meth:`RuleRun.states_product_results`), with the ``results:`` terms of the pack
    near_results: bool = False
    results_subjects: list[Term] = field(default_factory=list)
    results_background: list[Term] = field(default_factory=list)
    results_window: int = 3
    #: ``results.promises``: wordings that put the hit as what the piece offers the reader, a
    #: destination, a goal or a call ("a path to cure", "Then reach for a cure", "your patients'
    #: chance at a cure starts here"): a hit one of them overlaps is the product's wherever the
    #: piece names the product, however far the slogan stands from it (:meth:`promised`)
    results_promises: list[Term] = field(default_factory=list)
    instead: str = ""
    problem: str = ""
    unless_negated: list[Term] = field(default_factory=list)
    #: ``not_in: [questions]``: a hit in a question that asks ("Was EXAMPLIMAB better tolerated?",
    #: "what offers her the best chance …?": :meth:`TextIndex.asks`), from where it starts to ask,
    #: claims nothing; an elliptical "Looking for a cure?" is a claim put as a question, and so
    #: is what a sentence says before its question ("The best option: why settle for less?"); a
    #: question in a table cell, in quotes or on a "Q:" line asks too (:meth:`TextIndex.asked`)
    not_in_questions: bool = False
    #: ``with:`` (module doc): groups of terms of which one each must stand near the hit
    with_groups: list[list[Term]] = field(default_factory=list)
    with_within: int = 8
    _with: list[TermPattern | None] = field(default_factory=list, repr=False)
    _negatable: TermPattern | None = field(default=None, repr=False)
    _subjects: TermPattern | None = field(default=None, repr=False)
    _background: TermPattern | None = field(default=None, repr=False)
    _promises: TermPattern | None = field(default=None, repr=False)

    @classmethod
    def from_pack(cls, loader, raw: dict, common: dict, path: tuple) -> "Forbidden":
        results = raw.get("results", {})
        rule = cls(**common, terms=loader.terms(raw["terms"], path + ("terms",)),
                   exceptions=loader.terms(raw.get("exceptions", []), path + ("exceptions",)),
                   heading_exceptions=loader.terms(raw.get("heading_exceptions", []), path + ("heading_exceptions",)),
                   void_after=loader.terms(raw.get("exceptions_void_after", []), path + ("exceptions_void_after",)),
                   near_product=raw.get("near_product", "none") == "sentence",
                   near_results=raw.get("near_product", "none") == "results",
                   results_subjects=loader.terms(results.get("subjects", []), path + ("results", "subjects")),
                   results_background=loader.terms(results.get("background", []), path + ("results", "background")),
                   results_window=int(results.get("window", 3)),
                   results_promises=loader.terms(results.get("promises", []), path + ("results", "promises")),
                   instead=loader.clean(raw.get("instead", "")), problem=loader.clean(raw.get("problem", "")),
                   unless_negated=loader.terms(raw.get("unless_negated", []), path + ("unless_negated",)),
                   not_in_questions="questions" in raw.get("not_in", ()))
        together = raw.get("with")
        if together:
            groups = loader.concept_groups(together.get("concepts", []), path + ("with", "concepts"))
            if together.get("terms"):
                groups.append(loader.terms(together["terms"], path + ("with", "terms")))
            rule.with_groups = groups
            rule.with_within = int(together.get("within", 8))
            rule._with = [compile_terms(g) for g in groups]
        for key in ("terms", "exceptions", "heading_exceptions", "unless_negated"):
            for i, t in enumerate(raw.get(key, [])):
                text = t["regex"] if isinstance(t, dict) else t
                if PRODUCT_PLACEHOLDER in text:
                    raise loader.error(f"{PRODUCT_PLACEHOLDER} is expanded only in exceptions_void_after",
                                       path + (key, i))
        rule._subjects = compile_terms(rule.results_subjects)
        rule._background = compile_terms(rule.results_background)
        rule._promises = compile_terms(rule.results_promises)
        return rule

    def accept(self, run: "RuleRun", s: int, e: int) -> bool:
        """Whether a hit of this rule's terms is a finding (:meth:`span`)."""
        return self.span(run, s, e) is not None

    def span(self, run: "RuleRun", s: int, e: int) -> tuple[int, int] | None:
        """The span to report for a hit [s, e) of this rule's terms, or None when it is no finding
        (exceptions, negation, a question that asks, product proximity, the ``with`` terms
        missing)."""
        if self.exceptions and self.excepted(run, s, e):
            return None
        if self.heading_exceptions and self.heads_excepted(run, s):
            return None
        if self.unless_negated and self.negated(run, s, e):
            return None
        if self.not_in_questions and run.index.asked(s):
            return None
        if run.index.refuted(s):
            return None  # a myth quoted to be refuted ("| Myth | Fact |"): the piece does not say it
        if self._with:
            together = self.together(run, s, e)
            if together is None:
                return None
            s, e = together
        if not self.near(run, s, e):
            return None
        return s, e

    def excepted(self, run: "RuleRun", s: int, e: int) -> bool:
        """Whether a match of the rule's ``exceptions`` excuses the hit [s, e): one overlaps it and
        does not begin inside an ``exceptions_void_after`` phrase of the hit's sentence that ends
        before the hit with no clause break between (:data:`_VOID_CLAUSE_END`), unless the
        exceptions, read again from the end of that phrase, still excuse it (another transplant
        named after the sequence). "Transplant offers a cure" is a cure said of transplant; in
        "EXAMPLIMAB followed by transplant offers a cure" the transplant is the product's
        sequence, and the cure is said of both."""
        matches = run.exception_matches(self.exceptions, s, e)
        if not matches or not self.void_after:
            return bool(matches)
        names = run.product_names()
        pattern = run.compiled(("exceptions-void-after", tuple(self.void_after), names),
                               lambda: compile_terms(self.void_after, product_names=names))
        if pattern is None:
            return True
        index = run.index
        voids = [(c, d) for c, d, _ in pattern.finditer(index, index.sentence_of(s)[0], s)
                 if not _VOID_CLAUSE_END.search(index.lowered, d, s)]
        for a, _ in matches:
            void = next((d for c, d in voids if c <= a < d), None)
            if void is None:
                return True
            # another transplant after the product's sequence may be the one the cure is said of
            # ("EXAMPLIMAB before transplant means transplant is curative"): the exceptions
            # are read again from the end of the sequence
            if run.exception_matches(self.exceptions, s, e, start=void):
                return True
        return False

    def heads_excepted(self, run: "RuleRun", s: int) -> bool:
        """Whether the hit at ``s`` lies in a heading-like sentence (:meth:`TextIndex.is_heading_like`)
        and one of the ``heading_exceptions`` is named in what it heads: the sentences after it in its
        section, up to the next heading-like sentence (at most :data:`HEADED_SENTENCES` of them)."""
        index = run.index
        i = index.sentence_index(s)
        if not index.is_heading_like(i):
            return False
        section = index.sentence_section(i)
        last = i
        for j in range(i + 1, min(len(index.sentences), i + 1 + HEADED_SENTENCES)):
            if index.sentence_section(j) != section or index.is_heading_like(j):
                break
            last = j
        if last == i:
            return False
        lo, hi = index.sentence_span(i)[1], index.sentence_span(last)[1]
        pat = run.compiled(("heading_exceptions", tuple(self.heading_exceptions)),
                           lambda: compile_terms(self.heading_exceptions))
        return any(True for _ in pat.finditer(index, lo, hi))

    def near(self, run: "RuleRun", s: int, e: int) -> bool:
        """Product proximity (``near_product``)."""
        if self.near_product and not run.product_in_sentence(s):
            return False
        if self.near_results and not (run.states_product_results(s, self._subjects, self._background,
                                                                 self.results_window)
                                      or self.promised(run, s, e)):
            return False
        return True

    def promised(self, run: "RuleRun", s: int, e: int) -> bool:
        """Whether the hit [s, e) is put as what the piece offers (``results.promises``): a
        promise wording overlaps it, its sentence holds no ``results.background`` term, and the
        piece names a product in scope. A slogan or a headline ("Reach remission. Then reach for
        a cure.", "A path to cure") speaks for the piece's product though it names none and no
        result stands within the window after it (a copy deck's labels split it into sections of
        its own); disease background is said in other words ("adults are rarely cured", "cure
        rates in children") and stays with :meth:`RuleRun.states_product_results`."""
        if self._promises is None:
            return False
        index = run.index
        ss, se = index.sentence_of(s)
        if not any(a < e and b > s for a, b, _ in self._promises.finditer(index, ss, se)):
            return False
        if self._background is not None and self._background.search(index, ss, se) is not None:
            return False
        return run.product_first() is not None

    def together(self, run: "RuleRun", s: int, e: int) -> tuple[int, int] | None:
        """The span from the hit [s, e) to the farthest of the nearest ``with`` terms (one per
        group) within ``with_within`` words in its clause, none of them and not the hit negated
        or excepted; None when a group has no such term."""
        index = run.index
        ss, se = index.sentence_of(s)
        # a rhetorical question's opening negative denies nothing ("Doesn't every patient deserve …?")
        ss = index.rhetorical_end(index.sentence_index(s)) or ss
        lowered = index.lowered
        if negated(lowered, ss, s):
            return None
        lo, hi = s, e
        for pattern in self._with:
            best = None
            for a, b, _ in pattern.finditer(index, max(ss, s - 320), min(se, e + 320)):
                gap = lowered[b:s] if b <= s else lowered[e:a] if a >= e else ""
                if _CLAUSE_BREAK.search(gap) or len(_WORD.findall(gap)) > self.with_within or _NEGATION.search(gap):
                    continue
                if negated(lowered, ss, a) or (self.exceptions and run.excepted(self.exceptions, a, b)):
                    continue
                words = len(_WORD.findall(gap))
                if best is None or words < best[0]:
                    best = (words, a, b)
            if best is None:
                return None
            lo, hi = min(lo, best[1]), max(hi, best[2])
        return lo, hi

    def negated(self, run: "RuleRun", s: int, e: int) -> bool:
        """The hit is one of the ``unless_negated`` terms ("cure", not "safer": "no safer option"
        is a claim) inside the scope of a negation ("not a cure", "no evidence that … is safe")."""
        if self._negatable is None:
            self._negatable = compile_terms(self.unless_negated)
        if not any(a == s and b == e for a, b, _ in self._negatable.finditer(run.index, s, e)):
            return False
        # a rhetorical question's opening negative denies nothing ("Shouldn't it be the first choice?")
        start = run.index.rhetorical_end(run.index.sentence_index(s)) or run.index.sentence_of(s)[0]
        return negated(run.index.lowered, start, s)

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
