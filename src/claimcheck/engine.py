"""The library's entry point: documents in, findings out. No printing, no click, no exit codes.

    path ──read──▶ Document ──nlp (tokens, sentences, terms, claims, context)──▶ Claim[]
         ──match──▶ Match[] ──checks──▶ Finding[] ──(sorted, fingerprinted)──▶ FileResult

A :class:`Linter` is built once per process (it owns the spaCy pipeline and the matcher) and
lints any number of documents.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import checks, suppressions
from .checks import CHECKS, RULES, CheckContext
from .claims import Claim
from .documents import LINTABLE_SUFFIXES, Document, read_document, special_kind
from .errors import ClaimcheckError, InputError
from .findings import SEVERITY_RANK, Finding, assign_fingerprints
from .matching import Match, Matcher
from .pipeline import chunks, get_pipeline
from .reference import Reference

checks.load_builtin_checks()

MARKETS = ("US", "EU")

#: strings the pipeline's vocabulary may gain before documents are analysed in memory zones
#: (about 450 bytes each with the tokenizer's cache: ~45 MB; see Linter._vocabulary_budget)
VOCAB_GROWTH_LIMIT = 100_000


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
                 select: Iterable[str] = (), ignore: Iterable[str] = (),
                 per_file_ignores: Callable[[str], Iterable[str]] | None = None,
                 inline_suppressions: bool = True, tracked_changes: str = "accept"):
        self.reference = reference
        self.market = market
        self.rulepacks = rulepacks
        self.matcher = Matcher(reference)
        self.nlp = get_pipeline(reference.vocabulary(), tuple(sorted(reference.product_arms)))
        self._vocabulary_base: int | None = None  # see _vocabulary_budget
        self.select = tuple(select)
        self.ignore = tuple(ignore)
        #: path -> codes/prefixes skipped in that file (config ``per-file-ignores``)
        self.per_file_ignores = per_file_ignores
        #: honour <!-- claimcheck: ignore[...] reason="..." --> comments (suppressions.py)
        self.inline_suppressions = inline_suppressions
        #: Word tracked changes: "accept" lints the text with every change accepted, "original" before them
        self.tracked_changes = tracked_changes

    # ------------------------------------------------------------------ analysis
    def analyse(self, document: Document) -> Analysis:
        claims: list[Claim] = []
        pieces = chunks(document.text)
        with self._vocabulary_budget():
            for (offset, _), doc in zip(pieces, self.nlp.pipe(text for _, text in pieces)):
                for claim in doc._.claims:
                    if offset:
                        _shift(claim, offset)
                    claims.append(claim)
        matches = [self.matcher.match(c, document.text) for c in claims]
        return Analysis(document, claims, matches)

    def _vocabulary_budget(self):
        """spaCy keeps every string it meets, so memory would grow with every new word of every
        file. Once the pipeline's vocabulary has grown by VOCAB_GROWTH_LIMIT strings, each document
        is analysed in a memory zone that frees what it adds. Not from the start: a zone also drops
        the tokenizer's cache and lexemes, which costs a quarter of the throughput, and a typical
        content repository's vocabulary stays under the limit. (Language.memory_zone is spaCy 3.8+.)
        """
        strings = self.nlp.vocab.strings
        if self._vocabulary_base is None:
            self._vocabulary_base = len(strings)
        if len(strings) - self._vocabulary_base > VOCAB_GROWTH_LIMIT and hasattr(self.nlp, "memory_zone"):
            return self.nlp.memory_zone()
        return contextlib.nullcontext()

    def market_for(self, document: Document) -> str:
        """--market / config, else the document's front matter, else its first line ``Market: US``, else US."""
        from .rulepacks import declared_market

        return (self.market or document.metadata.get("market") or declared_market(document.text) or "US").upper()

    def lint_document(self, document: Document) -> list[Finding]:
        analysis = self.analyse(document)
        market = self.market_for(document)
        ctx = CheckContext(document, analysis.claims, analysis.matches, self.reference, market)
        findings: list[Finding] = []
        for check in CHECKS:
            findings.extend(check(ctx))
        if self.rulepacks is not None:
            findings.extend(self.rulepacks.check(ctx))
        skipped = tuple(self.per_file_ignores(document.path)) if self.per_file_ignores else ()

        def on(code: str) -> bool:
            return self.enabled(code) and not any(code.startswith(p) for p in skipped)

        findings = [f for f in findings if on(f.rule)]
        if self.inline_suppressions:
            findings = suppressions.apply(document, findings, on)
        findings.sort(key=Finding.sort_key)
        assign_fingerprints(findings)
        return findings

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        return not any(code.startswith(s) for s in self.ignore)

    def lint_file(self, path: str) -> FileResult:
        try:
            document = read_document(path, self.tracked_changes)
        except ClaimcheckError as exc:
            return FileResult(path, error=str(exc))
        if not document.text.strip():
            return FileResult(path, notice=f"{path}: empty file, nothing to lint")
        # what the reader says about how it read the file (e.g. Word tracked changes accepted)
        notice = "; ".join(document.metadata.get("notices") or ()) or None
        return FileResult(path, self.lint_document(document), market=self.market_for(document), notice=notice)


def linter_from_settings(settings) -> Linter:
    """Build a Linter from resolved settings (:func:`claimcheck.config.resolve`).

    The CLI calls this once; each worker process of ``--jobs N`` calls it again with the same
    (pickled) settings, so workers never receive a pickled Linter (see parallel.py).
    """
    from .errors import ConfigError
    from .reference import load_reference
    from .rulepacks import load_rulepacks

    ref_paths = settings["reference"]
    if settings.sources["reference"] == "default":
        ref_paths = [str(Path(p)) for p in ref_paths]
        if not any(Path(p).exists() for p in ref_paths):
            raise ConfigError("no claims library: pass --reference PATH or set reference in [tool.claimcheck]")
    reference_data = load_reference(ref_paths)
    rule_paths = settings["rules"]
    if settings.sources["rules"] == "default":
        rule_paths = [p for p in rule_paths if Path(p).exists()]
    packs = load_rulepacks(rule_paths, reference_data) if rule_paths else None
    return Linter(reference_data, market=settings["market"], rulepacks=packs,
                  select=settings["select"], ignore=settings["ignore"],
                  per_file_ignores=settings.per_file_ignores(),
                  inline_suppressions=settings.get("inline-suppressions", True),
                  tracked_changes=settings.get("tracked-changes", "accept"))


def _shift(claim: Claim, offset: int) -> None:
    claim.start += offset
    claim.end += offset
    claim.sentence = (claim.sentence[0] + offset, claim.sentence[1] + offset)
    if claim.interval:
        claim.interval.start += offset
        claim.interval.end += offset


def collect_files(paths: Iterable[str], exclude=None,
                  force_exclude: bool = False) -> Iterator[tuple[str, str | None]]:
    """Yield (file, None) for each lintable file under ``paths``, or (path, error) for a bad path.

    Folders are walked in sorted order without following symlinked folders (no loops); files
    given explicitly are linted whatever their extension. ``exclude(path) -> bool``
    (:meth:`claimcheck.config.Settings.excluder`) prunes folders and files found in a walk, and
    files given explicitly too when ``force_exclude`` (the pre-commit hook passes it).
    """
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield raw, f"{raw}: no such file or folder"
            continue
        if p.is_file():
            if not (force_exclude and exclude and exclude(p)):
                yield str(p), None
            continue
        if p.is_symlink() and not p.exists():
            yield raw, f"{raw}: {_not_regular(p)}"  # broken, or a loop
            continue
        if p.is_dir():
            found = False
            unreadable: list[OSError] = []  # folders the walk could not list: reported, not skipped silently
            for root, dirs, files in os.walk(p, followlinks=False, onerror=unreadable.append):
                found = found or bool(unreadable)  # an unreadable folder is reported, not "no lintable file"
                yield from _folder_errors(unreadable)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not (exclude and exclude(Path(root) / d)))
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() not in LINTABLE_SUFFIXES or name.startswith("."):
                        continue
                    found = True  # an excluded draft is still a draft: no "no lintable file" error
                    if exclude and exclude(f):
                        continue
                    problem = _not_regular(f)  # a FIFO would block the reader forever; a link loop never resolves
                    yield str(f), (f"{f}: {problem}" if problem else None)
            found = found or bool(unreadable)
            yield from _folder_errors(unreadable)
            if not found:
                yield raw, f"{raw}: no lintable file (looked for {', '.join(sorted(LINTABLE_SUFFIXES))})"
            continue
        yield raw, f"{raw}: {_not_regular(p) or 'not a regular file or folder'}"


def _folder_errors(errors: list[OSError]) -> Iterator[tuple[str, str]]:
    """(folder, message) for each folder the walk could not list; empties ``errors``."""
    for exc in errors:
        where = exc.filename or "?"
        yield str(where), f"{where}: cannot read folder: {exc.strerror or exc}"
    errors.clear()


def _not_regular(path: Path) -> str | None:
    """Why ``path`` (found in a folder walk) cannot be read as a document, or None for a regular file."""
    try:
        mode = path.stat().st_mode  # follows a symbolic link to a file
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link"
        return f"cannot read: {exc.strerror or exc}"
    kind = special_kind(mode)
    return f"not a regular file ({kind})" if kind else None


def at_or_above(findings: Iterable[Finding], level: str) -> bool:
    rank = SEVERITY_RANK[level]
    return any(SEVERITY_RANK[f.severity] >= rank and not f.suppressed for f in findings)


__all__ = ["Linter", "FileResult", "collect_files", "at_or_above", "RULES", "InputError", "MARKETS"]
