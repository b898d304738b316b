"""The library's entry point: documents in, findings out. No printing, no click, no exit codes.

    path ──read──▶ Document ──nlp (tokens, sentences, terms, claims, context)──▶ Claim[]
         ──match──▶ Match[] ──checks──▶ Finding[] ──(sorted, fingerprinted)──▶ FileResult

A :class:`Linter` is built once per process (it owns the spaCy pipeline and the matcher) and
lints any number of documents.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import checks
from .checks import CHECKS, RULES, CheckContext
from .claims import Claim
from .documents import LINTABLE_SUFFIXES, Document, read_document
from .errors import ClaimcheckError, InputError
from .findings import SEVERITY_RANK, Finding, assign_fingerprints
from .matching import Match, Matcher
from .pipeline import chunks, get_pipeline
from .reference import Reference

checks.load_builtin_checks()

MARKETS = ("US", "EU")


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None        # the file could not be linted (exit 2)
    notice: str | None = None       # worth telling, not an error (e.g. empty file)
    market: str | None = None


@dataclass
class Analysis:
    document: Document
    claims: list[Claim]
    matches: list[Match]


class Linter:
    def __init__(self, reference: Reference, market: str | None = None, rulepacks=None,
                 select: Iterable[str] = (), ignore: Iterable[str] = ()):
        self.reference = reference
        self.market = market
        self.rulepacks = rulepacks
        self.matcher = Matcher(reference)
        self.nlp = get_pipeline(reference.vocabulary(), tuple(sorted(reference.product_arms)))
        self.select = tuple(select)
        self.ignore = tuple(ignore)

    # ------------------------------------------------------------------ analysis
    def analyse(self, document: Document) -> Analysis:
        claims: list[Claim] = []
        pieces = chunks(document.text)
        for (offset, _), doc in zip(pieces, self.nlp.pipe(text for _, text in pieces)):
            for claim in doc._.claims:
                if offset:
                    _shift(claim, offset)
                claims.append(claim)
        matches = [self.matcher.match(c, document.text) for c in claims]
        return Analysis(document, claims, matches)

    def market_for(self, document: Document) -> str:
        return (self.market or document.metadata.get("market") or "US").upper()

    def lint_document(self, document: Document) -> list[Finding]:
        analysis = self.analyse(document)
        market = self.market_for(document)
        ctx = CheckContext(document, analysis.claims, analysis.matches, self.reference, market)
        findings: list[Finding] = []
        for check in CHECKS:
            findings.extend(check(ctx))
        if self.rulepacks is not None:
            findings.extend(self.rulepacks.check(ctx))
        findings = [f for f in findings if self.enabled(f.rule)]
        findings.sort(key=Finding.sort_key)
        assign_fingerprints(findings)
        return findings

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        return not any(code.startswith(s) for s in self.ignore)

    def lint_file(self, path: str) -> FileResult:
        try:
            document = read_document(path)
        except ClaimcheckError as exc:
            return FileResult(path, error=str(exc))
        if not document.text.strip():
            return FileResult(path, notice=f"{path}: empty file, nothing to lint")
        return FileResult(path, self.lint_document(document), market=self.market_for(document))


def _shift(claim: Claim, offset: int) -> None:
    claim.start += offset
    claim.end += offset
    claim.sentence = (claim.sentence[0] + offset, claim.sentence[1] + offset)
    if claim.interval:
        claim.interval.start += offset
        claim.interval.end += offset


def collect_files(paths: Iterable[str], exclude=None) -> Iterator[tuple[str, str | None]]:
    """Yield (file, None) for each lintable file under ``paths``, or (path, error) for a bad path.

    Folders are walked in sorted order without following symlinked folders (no loops); files
    given explicitly are linted whatever their extension.
    """
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield raw, f"{raw}: no such file or folder"
            continue
        if p.is_file():
            yield str(p), None
            continue
        if p.is_symlink() and not p.exists():
            yield raw, f"{raw}: broken symbolic link"
            continue
        if p.is_dir():
            found = False
            for root, dirs, files in os.walk(p, followlinks=False, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() not in LINTABLE_SUFFIXES or name.startswith("."):
                        continue
                    if exclude and exclude(f):
                        continue
                    found = True
                    yield str(f), None
            if not found:
                yield raw, f"{raw}: no lintable file (looked for {', '.join(sorted(LINTABLE_SUFFIXES))})"
            continue
        yield raw, f"{raw}: not a regular file or folder"


def at_or_above(findings: Iterable[Finding], level: str) -> bool:
    rank = SEVERITY_RANK[level]
    return any(SEVERITY_RANK[f.severity] >= rank and not f.suppressed for f in findings)


__all__ = ["Linter", "FileResult", "collect_files", "at_or_above", "RULES", "InputError", "MARKETS"]
