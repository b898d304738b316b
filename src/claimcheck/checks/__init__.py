"""Checks: one module per check family, each rule documented where it is defined.

A rule is a :class:`Rule` (code, readable name, category, default severity and its
documentation: what it checks, why — with the regulatory basis —, a bad and a good example and
how to fix). Each check module defines its rules (a ``RULES`` tuple) and its check function
(``CheckContext -> findings``); nothing is registered on import. The built-in rule types are
listed in one table, :data:`claimcheck.registry.RULE_TYPES`, from which each Linter builds its
own :class:`~claimcheck.registry.Registry` together with the rule packs it loaded (YAML,
``rules/``). ``claimcheck rule CODE`` prints the documentation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..claims import Claim
from ..documents.base import Document
from ..findings import SEVERITY_RANK, Finding
from ..reference import Reference


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    summary: str
    why: str
    basis: str
    bad: str
    good: str
    fix: str
    origin: str = "claimcheck"   # python module or rule-pack file that defines it

    def documentation(self) -> str:
        return (
            f"{self.code} {self.name} [{self.category}, default severity {self.severity}]\n\n"
            f"What it checks\n  {self.summary}\n\nWhy it matters\n  {self.why}\n\n"
            f"Regulatory basis\n  {self.basis}\n\nBad\n  {self.bad}\n\nGood\n  {self.good}\n\n"
            f"How to fix\n  {self.fix}\n\nDefined in {self.origin}\n"
        )


@dataclass
class CheckContext:
    """Everything a check may read about one document. Checks never print or exit."""

    document: Document
    #: the document's claims in document order, each with its context and its match (``claim.match``)
    claims: list[Claim]
    reference: Reference
    market: str = ""
    options: dict = field(default_factory=dict)
    #: the claims-library products the document names (empty: every product)
    products: tuple[str, ...] = ()
    #: of those, the products the piece promotes (the rule packs' requirements; empty: ``products``):
    #: not one it names only in passing ("unlike EXAMPLIMAB, …")
    promoted: tuple[str, ...] = ()
    #: the document's sentences, :func:`claimcheck.sentences.sentence_spans` of its text, when the
    #: pipeline has already split them (None: a check that needs them splits the text itself)
    sentences: list[tuple[int, int]] | None = None

    def finding(self, rule: Rule, start: int, end: int, message: str, *, lower: str | None = None, **kw) -> Finding:
        """A finding of ``rule`` at its severity; ``lower`` (a severity) lowers it, never raises it:
        a rule may report a lesser form of its defect below its own severity where it documents
        so (B001's short title over a complete box: info; an element minimised: warning)."""
        loc = self.document.locate(start)
        snippet = kw.pop("snippet", None) or self.document.text[start:end]
        severity = rule.severity
        if lower is not None and SEVERITY_RANK[lower] < SEVERITY_RANK[severity]:
            severity = lower
        return Finding(rule=rule.code, name=rule.name, category=rule.category, severity=severity,
                       message=message, path=self.document.path, start=start, end=end, line=loc.line,
                       column=loc.column, page=loc.page, where=loc.where, snippet=snippet, **kw)


CheckFn = Callable[[CheckContext], Iterable[Finding]]
