"""``forbidden``: overstatement and risk-minimising language, all terms of the active packs one
combined pattern (see :mod:`claimcheck.checks.packs`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...phrases import Term, TermPattern, compile_terms
from ...concepts import negated
from .base import PackRule, RuleRun

@dataclass
class Forbidden(PackRule):
    terms: list[Term] = field(default_factory=list)
    exceptions: list[Term] = field(default_factory=list)
    near_product: bool = False
    #: ``near_product: results``: the sentence names the product or states its results
    #: (:meth:`RuleRun.states_product_results`), with the ``results:`` terms of the pack
    near_results: bool = False
    results_subjects: list[Term] = field(default_factory=list)
    results_background: list[Term] = field(default_factory=list)
    results_window: int = 3
    instead: str = ""
    problem: str = ""
    unless_negated: list[Term] = field(default_factory=list)
    #: ``not_in: [questions]``: a hit in a question ("Was EXAMPLIMAB better tolerated?") asks, it
    #: claims nothing (for rules of comparison; a rhetorical "Looking for a cure?" is still a claim
    #: where the rule does not set it)
    not_in_questions: bool = False
    _negatable: TermPattern | None = field(default=None, repr=False)
    _subjects: TermPattern | None = field(default=None, repr=False)
    _background: TermPattern | None = field(default=None, repr=False)

    @classmethod
    def from_pack(cls, loader, raw: dict, common: dict, path: tuple) -> "Forbidden":
        results = raw.get("results", {})
        rule = cls(**common, terms=loader.terms(raw["terms"], path + ("terms",)),
                   exceptions=loader.terms(raw.get("exceptions", []), path + ("exceptions",)),
                   near_product=raw.get("near_product", "none") == "sentence",
                   near_results=raw.get("near_product", "none") == "results",
                   results_subjects=loader.terms(results.get("subjects", []), path + ("results", "subjects")),
                   results_background=loader.terms(results.get("background", []), path + ("results", "background")),
                   results_window=int(results.get("window", 3)),
                   instead=loader.clean(raw.get("instead", "")), problem=loader.clean(raw.get("problem", "")),
                   unless_negated=loader.terms(raw.get("unless_negated", []), path + ("unless_negated",)),
                   not_in_questions="questions" in raw.get("not_in", ()))
        rule._subjects = compile_terms(rule.results_subjects)
        rule._background = compile_terms(rule.results_background)
        return rule

    def accept(self, run: "RuleRun", s: int, e: int) -> bool:
        """Whether a hit of this rule's terms is a finding (exceptions, negation, product proximity)."""
        if self.exceptions and run.excepted(self.exceptions, s, e):
            return False
        if self.unless_negated and self.negated(run, s, e):
            return False
        if self.not_in_questions and run.index.is_question(run.index.sentence_index(s)):
            return False
        if self.near_product and not run.product_in_sentence(s):
            return False
        if self.near_results and not run.states_product_results(s, self._subjects, self._background,
                                                                self.results_window):
            return False
        return True

    def negated(self, run: "RuleRun", s: int, e: int) -> bool:
        """The hit is one of the ``unless_negated`` terms ("cure", not "safer": "no safer option"
        is a claim) inside the scope of a negation ("not a cure", "no evidence that … is safe")."""
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
