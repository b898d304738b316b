"""The library's entry point: documents in, findings out. No printing, no click, no exit codes.

    path ──read──▶ Document ──nlp (tokens, sentences, terms, claims, context)──▶ Claim[]
         ──match──▶ Claim[] each with its Match ──checks──▶ Finding[] ──(sorted, fingerprinted)──▶ FileResult

(the data model: model.py). Each document's :class:`~claimcheck.model.DocumentScope` (its market's
number convention, its products' vocabulary) is decided here and handed to the analysis.

A :class:`Linter` is built once per process (it owns the spaCy pipeline, the matcher and its
rule registry: the built-in rule types and its rule packs' rules, :mod:`claimcheck.registry`)
and lints any number of documents.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import cache, suppressions
from .checks import CheckContext
from .documents import Document, lintable_suffixes, read_document, special_kind, text_sections
from .errors import ClaimcheckError, ConfigError, InputError
from .findings import SEVERITY_RANK, Finding, assign_fingerprints
from .markets import Markets
from .matching import Matcher
from .model import Claim, DocumentScope
from .pipeline import chunks, pipeline_for, scope_config
from .reference import Reference
from .registry import Registry

if TYPE_CHECKING:
    from .rulepacks import RulePacks

#: a plain-text file larger than this (bytes) is linted in sections of about this size, one at a
#: time, so that memory stays bounded (a 50 MB file took 888 MB read whole). The peak grows with the
#: section (one section's claims, sentences and spaCy chunks at once) and, slowly, with the freed
#: memory the allocator keeps between sections: on 12 MiB, 4 MiB sections peaked at 347 MiB, 2 MiB
#: sections at 264 MiB, at the same speed
SECTION_BYTES = 2 * 1024 * 1024

#: strings the pipeline's vocabulary may gain before documents are analysed in memory zones
#: (about 450 bytes each with the tokenizer's cache: ~45 MB; see Linter._vocabulary_budget)
VOCAB_GROWTH_LIMIT = 100_000


#: the findings a share said in words may draw on its own words, the one kept first: the arithmetic
#: against its sentence's rates, then the value checks against the claims library
_SHARE_IN_WORDS_RULES = ("A005", "V001", "V002", "U001")


def one_finding_per_share_in_words(findings: list[Finding], claims) -> list[Finding]:
    """One finding on the words of a share said in words ("nine in ten", read as a percentage claim
    with a band): A005 judges it against the rates of its sentence and V001/V002/U001 against the
    claims library; where both report the same words, the first of :data:`_SHARE_IN_WORDS_RULES` is kept,
    once."""
    spans = {(c.start, c.end) for c in claims
             if c.kind == "percentage" and c.value is not None and c.value.band is not None}
    if not spans:
        return findings
    best: dict[tuple[int, int], int] = {}
    for f in findings:
        key = (f.start, f.end)
        if key in spans and f.rule in _SHARE_IN_WORDS_RULES:
            rank = _SHARE_IN_WORDS_RULES.index(f.rule)
            best[key] = min(best.get(key, rank), rank)
    if not best:
        return findings
    kept: list[Finding] = []
    done: set[tuple[int, int]] = set()
    for f in findings:
        key = (f.start, f.end)
        if key in best and f.rule in _SHARE_IN_WORDS_RULES:
            if _SHARE_IN_WORDS_RULES.index(f.rule) != best[key] or key in done:
                continue  # another rule's, or a second finding of the kept rule (U001 both from A005's
                # reading of a share of an outcome's cases and from the claims library's)
            done.add(key)
        kept.append(f)
    return kept


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None        # the file could not be linted (exit 2)
    notice: str | None = None       # worth telling, not an error (e.g. empty file)
    market: str | None = None
    #: no option, configuration or declaration in the file named the market: ``market`` is the default
    market_assumed: bool = False
    #: with ``Linter(keep_claims=True)`` only (reports that show claims: html, the claims matrix,
    #: --consistency): every claim with its match and review status, and the text it was read from
    claims: list | None = None      # list[review.ClaimRecord]
    text: str | None = None
    format: str | None = None       # the reader's format (text, markdown, html, pdf, docx)
    pages: list | None = None       # PDF: (page number, offset in text where it starts), in order
    products: tuple[str, ...] = ()  # the claims-library products the document was checked for


@dataclass
class Analysis:
    """One document analysed: its claims in document order, each with its context and its match."""

    document: Document
    scope: DocumentScope
    claims: list[Claim]
    #: the document's sentences (:func:`claimcheck.sentences.sentence_spans`) as the pipeline split
    #: them, when it read the text in one piece (None for a longer text read in chunks)
    sentences: list[tuple[int, int]] | None = None


class Linter:
    def __init__(self, reference: Reference, market: str | None = None, rulepacks=None,
                 select: Iterable[str] = (), ignore: Iterable[str] = (),
                 per_file_ignores: Callable[[str], Iterable[str]] | None = None,
                 inline_suppressions: bool = True, keep_claims: bool = False,
                 tracked_changes: str = "accept"):
        # the patterns derived from these rule packs and this claims library, kept across runs
        cache.use_patterns_of(reference, rulepacks)
        self.reference = reference
        self.rulepacks = rulepacks
        #: the rules this Linter knows and the checks it runs: the built-in ones and its packs'
        self.registry = Registry(rulepacks)
        #: the known markets (defined by the loaded rule packs: markets are data)
        self.markets: Markets = rulepacks.markets if rulepacks is not None else Markets()
        self.market = self.markets.check(market) if market else None
        self._products = _product_finder(reference)
        self._foreign: dict[tuple[str, ...], frozenset] = {}
        self.matcher = Matcher(reference)
        self.nlp = pipeline_for(reference)
        self._vocabulary_base: int | None = None  # see _vocabulary_budget
        self.select = tuple(select)
        self.ignore = tuple(ignore)
        #: path -> codes/prefixes skipped in that file (config ``per-file-ignores``)
        self.per_file_ignores = per_file_ignores
        #: honour <!-- claimcheck: ignore[...] reason="..." --> comments (suppressions.py)
        self.inline_suppressions = inline_suppressions
        #: lint_file also returns the claims and the text (FileResult.claims / .text)
        self.keep_claims = keep_claims
        #: Word tracked changes: "accept" lints the text with every change accepted, "original" before them
        self.tracked_changes = tracked_changes

    # ------------------------------------------------------------------ analysis
    def analyse(self, document: Document, products: tuple[str, ...] | None = None,
                market: str | None = None) -> Analysis:
        claims: list[Claim] = []
        sentences = None
        pieces = chunks(document.text)
        market = market or self.market_for(document)
        if products is None:
            products = self.products_for(document)
        # numbers are read with the document's market's convention (claims.normalise_numbers);
        # context is attached with the vocabulary of the document's own products only
        scope = DocumentScope(market, products, self.markets.decimal_comma(market), self._foreign_terms(products))
        with self._vocabulary_budget():
            docs = self.nlp.pipe((text for _, text in pieces), component_cfg=scope_config(scope))
            for (offset, _), doc in zip(pieces, docs):
                if len(pieces) == 1:
                    sentences = doc._.cc_spans   # the whole text's: the checks reuse them
                for claim in doc._.claims:
                    if offset:
                        _shift(claim, offset)
                    claims.append(claim)
        for claim in claims:
            claim.match = self.matcher.match(claim, document.text, products)
        self.matcher.match_siblings(claims, document.text, products)
        self.matcher.match_pairs(claims, document.text)
        return Analysis(document, scope, claims, sentences)

    def _foreign_terms(self, products: tuple[str, ...]) -> frozenset:
        got = self._foreign.get(products)
        if got is None:
            got = self._foreign[products] = self.reference.foreign_terms(products)
        return got

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
        """--market / config, else the document's front matter, else its first line ``Market: XX``,
        else the market its text shows unambiguously (:meth:`Markets.inferred`: the SmPC, the black
        triangle), else the default market of the rule packs. A declared market no pack knows is an
        InputError naming the known ones (with the front matter's line)."""
        return self._market(document)[0]

    def _market(self, document: Document) -> tuple[str, bool]:
        """(market, whether the document or the run declared it)."""
        from .rulepacks import declared_market, declared_market_in_comment

        if self.market:
            return self.market, True
        declared = document.metadata.get("market")
        line = document.metadata.get("market_line")
        if not declared:
            declared = declared_market(document.text)
            line = 1 if declared else None
        if not declared:
            declared, line = declared_market_in_comment(document.text, document.comments) or (None, None)
        if declared:
            try:
                return self.markets.check(declared), True
            except ConfigError as exc:
                raise InputError(exc.message, document.path, line) from None
        inferred = self.markets.inferred(document.text)
        if inferred is not None:
            return inferred[0], False
        return (self.markets.default() or ""), False

    def market_notice(self, document: Document) -> str | None:
        """For a document that declares no market: a notice when its text reads like another
        market's material (that market's markers), saying which market was assumed."""
        market, declared = self._market(document)
        if declared:
            return None
        inferred = self.markets.inferred(document.text)
        if inferred is not None:
            shown = ", ".join(repr(x) for x in inferred[1][:3])
            return (f"{document.path}: no market declared; checked as {market}, which its text shows ({shown}): "
                    "declare `market:` in the front matter or pass --market to be sure")
        found = self.markets.markers_found(document.text, market)
        if not found:
            return None
        other = ", ".join(f"{m} ({', '.join(repr(x) for x in words[:3])})" for m, words in sorted(found.items()))
        return (f"{document.path}: no market declared; checked as {market or 'no market'} (the default), "
                f"but the text holds markers of {other}: declare `market:` in the front matter or pass --market")

    def products_for(self, document: Document) -> tuple[str, ...]:
        """The claims-library products the document promotes: front matter ``product:`` (an id
        or a name, or a list), else every product whose names the text holds, else every product."""
        ref = self.reference
        declared = document.metadata.get("product")
        if declared is not None:
            wanted = declared if isinstance(declared, list) else [declared]
            out = []
            for w in wanted:
                pid = _product_id(ref, str(w))
                if pid is None:
                    raise InputError(f"unknown product {str(w)!r} (known products: {', '.join(sorted(ref.products))})",
                                     document.path, document.metadata.get("product_line"))
                out.append(pid)
            return tuple(dict.fromkeys(out))
        return self.products_named(document) or tuple(ref.products)

    def products_named(self, document: Document) -> tuple[str, ...]:
        """The claims-library products whose names the text holds (none: an empty tuple)."""
        if not self._products:
            return ()
        from .checks.packs.text import TextIndex

        index = TextIndex(document.text)
        return tuple(p for p, pattern in self._products if pattern.search(index) is not None)

    def promoted_of(self, document: Document, products: tuple[str, ...]) -> tuple[str, ...]:
        """Of ``products`` (those the document declares or names: :meth:`products_for`), the ones
        it promotes, whose requirements (boxed warning, indication …) the rule packs ask for: all
        of them where the front matter declares them or one is named, else those the piece is
        about (:func:`_products_about`), never one it names in passing only."""
        if len(products) < 2 or document.metadata.get("product") is not None or not self._products:
            return products
        from .checks.packs.text import TextIndex

        index = TextIndex(document.text)
        hits = {p: pattern.finditer(index) for p, pattern in self._products if p in products}
        named = {p: h for p, h in hits.items() if h}
        if len(named) < 2:
            return products
        return _products_about(document, named, dict(self._products))

    def declared_market_of(self, document: Document) -> str | None:
        """The market the run or the document declares; None when none does (the default holds)."""
        market, declared = self._market(document)
        return market if declared else None

    def lint_document(self, document: Document) -> list[Finding]:
        return self._lint(document, self.market_for(document), self.products_for(document))[1]

    def _lint(self, document: Document, market: str, products: tuple[str, ...],
              promoted: tuple[str, ...] | None = None) -> tuple[Analysis, list[Finding]]:
        """``promoted``: the products whose requirements apply (None: :meth:`promoted_of` the
        document's ``products``)."""
        analysis = self.analyse(document, products, market)
        if promoted is None:
            promoted = self.promoted_of(document, products)
        ctx = CheckContext(document, analysis.claims, self.reference, market, products=products,
                           promoted=promoted,
                           sentences=analysis.sentences)
        findings: list[Finding] = []
        for check in self.registry.checks:  # the built-in checks, then the rule packs'
            findings.extend(check(ctx))
        findings = one_finding_per_share_in_words(findings, analysis.claims)
        skipped = tuple(self.per_file_ignores(document.path)) if self.per_file_ignores else ()

        def on(code: str) -> bool:
            return self.enabled(code) and not any(code.startswith(p) for p in skipped)

        findings = [f for f in findings if on(f.rule)]
        if self.inline_suppressions:
            findings = suppressions.apply(document, findings, on, self.registry)
        findings.sort(key=Finding.sort_key)
        assign_fingerprints(findings)
        cache.save_patterns()   # once something new was derived (the first documents of a run)
        return analysis, findings

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        return not any(code.startswith(s) for s in self.ignore)

    def lint_file(self, path: str) -> FileResult:
        try:
            sections = text_sections(path, SECTION_BYTES)
            if sections is not None:
                return self._lint_sections(path, sections)
            document = read_document(path, self.tracked_changes)
        except ClaimcheckError as exc:
            return FileResult(path, error=str(exc))
        if not document.text.strip():
            return FileResult(path, notice=f"{path}: empty file, nothing to lint")
        try:
            market, declared = self._market(document)
            products = self.products_for(document)
        except InputError as exc:  # an unknown market or product declared in the document
            return FileResult(path, error=str(exc))
        analysis, findings = self._lint(document, market, products)
        # what the reader says about how it read the file (e.g. Word tracked changes accepted)
        notices = [*(document.metadata.get("notices") or ()), self.market_notice(document)]
        result = FileResult(path, findings, market=market, market_assumed=not declared,
                            notice="; ".join(n for n in notices if n) or None, products=products)
        if self.keep_claims:
            from .review import claim_records

            result.claims = claim_records(document, analysis.claims, findings)
            result.text, result.format, result.pages = document.text, document.format, _page_starts(document)
        cache.save_patterns()
        return result

    def _lint_sections(self, path: str, sections: Iterator[Document]) -> FileResult:
        """A huge plain-text file, one section at a time (:func:`documents.text_sections`): each
        is linted as a document and dropped, its findings shifted to the file's lines and
        offsets; memory stays bounded by the section size and the findings. The first section's
        market holds for all. Document-wide requirements (a boxed warning, an indication) are
        checked per section, and suppression comments act within their section; a
        document-level finding (at a section's start) that several sections raise alike is
        reported once, from the first.

        A section carries the product context of the text before it: its figures are read
        against every product named so far, as the whole file's are, so a section that starts
        inside a piece about a product named only in the section before still reads that
        piece's figures against that product's entries. The requirements a section asks for
        are those of the products it is about itself.
        """
        findings: list[Finding] = []
        seen_document_level: set[tuple[str, str]] = set()
        market = assumed = declared_product = None
        named_before: set[str] = set()
        lines = chars = count = 0
        for document in sections:
            count += 1
            if market is None:
                market = self.market_for(document)
                assumed = self.declared_market_of(document) is None
                declared_product = document.metadata.get("product")
            else:
                document.metadata["market"] = market
                if declared_product is not None:
                    document.metadata["product"] = declared_product
            if declared_product is None:
                named = self.products_named(document)   # the section's text is indexed once
                own = named or tuple(self.reference.products)
                named_before.update(named)
                products = tuple(p for p in self.reference.products if p in named_before) or own
            else:
                products = own = self.products_for(document)
            for f in self._lint(document, market, products, self.promoted_of(document, own))[1]:
                if f.start == 0 and f.line == 1:
                    if (f.rule, f.message) in seen_document_level:
                        continue
                    seen_document_level.add((f.rule, f.message))
                f.start += chars
                f.end += chars
                f.line += lines
                findings.append(f)
            chars += len(document.text)
            lines += document.text.count("\n")
        findings.sort(key=Finding.sort_key)
        assign_fingerprints(findings)  # occurrences counted over the whole file
        notice = (f"{path}: {chars / 1e6:.1f} million characters, linted in {count} sections of about "
                  f"{SECTION_BYTES / 1048576:.3g} MiB (memory stays bounded); document-wide requirements "
                  "were checked per section")
        return FileResult(path, findings, market=market, market_assumed=bool(assumed), notice=notice)


def inputs_from_settings(settings) -> tuple[Reference, RulePacks | None]:
    """The claims library and the rule packs (None: no pack) the resolved settings name, loaded
    and validated (a ConfigError naming file:line when one is not)."""
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
    return reference_data, packs


def linter_from_settings(settings, keep_claims: bool = False) -> Linter:
    """Build a Linter from resolved settings (:func:`claimcheck.config.resolve`).

    The CLI calls this once; each worker process of ``--jobs N`` calls it again with the same
    (pickled) settings, so workers never receive a pickled Linter (see parallel.py).
    """
    reference_data, packs = inputs_from_settings(settings)
    if settings["market"]:
        try:
            (packs.markets if packs is not None else Markets()).check(settings["market"], strict=True)
        except ConfigError as exc:
            source = settings.sources.get("market", "")
            where = None if source in ("", "command line", "default") else source
            raise ConfigError(exc.message + (" (--market)" if source == "command line" else ""),
                              where.rsplit(":", 1)[0] if where and ":" in where else where,
                              int(where.rsplit(":", 1)[1]) if where and ":" in where
                              and where.rsplit(":", 1)[1].isdigit() else None) from None
    return Linter(reference_data, market=settings["market"], rulepacks=packs,
                  select=settings["select"], ignore=settings["ignore"],
                  per_file_ignores=settings.per_file_ignores(),
                  inline_suppressions=settings.get("inline-suppressions", True), keep_claims=keep_claims,
                  tracked_changes=settings.get("tracked-changes", "accept"))


def _product_finder(reference: Reference) -> list:
    """(product id, a term pattern of its names) per product: a search stops at the first name."""
    from .phrases import Term, TermPattern

    out = []
    for pid, names in reference.products.items():
        pattern = TermPattern([(pid, [Term(n) for n in dict.fromkeys(names) if n.strip()])])
        if not pattern.empty:
            out.append((pid, pattern))
    return out


#: a product the opening (the first line, the first heading, a front-matter title or subject)
#: does not name is promoted where the body names it at least this often and at least this share
#: of the most-named product's mentions; fewer is a passing mention (a competitor, a sequencing
#: remark: "unlike EXAMPLIMAB, …"), not the product of the piece
_PROMOTED_MENTIONS = 3
_PROMOTED_SHARE = 1 / 3


def _products_about(document: Document, hits: dict[str, list], patterns: dict) -> tuple[str, ...]:
    """Of the products a piece names (``hits``: product id -> its name hits, in library order;
    ``patterns``: product id -> its names' pattern), those it promotes: the most named (all of
    them on a tie), one named in its opening (its first line, its first heading, a front-matter
    title or subject), and one named almost as often. A piece that really covers two products
    names both in its opening or both often, and gets both products' requirements; a single
    passing mention of another product does not make the piece about it."""
    from .checks.packs.text import TextIndex

    text = document.text
    spans = []
    first = len(text) - len(text.lstrip())
    if first < len(text):
        end = text.find("\n", first)
        spans.append((first, len(text) if end == -1 else end))
    heads = [h for h in document.metadata.get("headings") or () if isinstance(h, (tuple, list)) and h
             and isinstance(h[0], int)]
    if heads:
        at = min(h[0] for h in heads)
        end = text.find("\n", at)
        spans.append((at, len(text) if end == -1 else end))
    front = document.metadata.get("front_matter")
    titles = " ".join(str(front.get(k) or "") for k in ("title", "subject")) if isinstance(front, dict) else ""
    title_index = TextIndex(titles) if titles.strip() else None
    top = max(len(h) for h in hits.values())
    out = []
    for pid, h in hits.items():
        n = len(h)
        in_opening = any(a <= s < b for s, _, _ in h for a, b in spans) or (
            title_index is not None and patterns[pid].search(title_index) is not None)
        if n == top or in_opening or (n >= _PROMOTED_MENTIONS and n >= top * _PROMOTED_SHARE):
            out.append(pid)
    return tuple(out)


def _product_id(reference: Reference, value: str) -> str | None:
    """A product id from front matter: the id itself or one of the product's names, as users
    write it: any case, with trademark signs ("Brand®", "Brand ▼"), or a name with another of the
    same product's names in brackets ("BRAND (generic name)", "generic name (BRAND)")."""
    v = value.strip()
    if v in reference.products:
        return v
    found = _product_by_name(reference, v)
    if found is not None:
        return found
    parts = [p for p in (s.strip() for s in re.split(r"[()\[\]]", v)) if p]
    ids = {_product_by_name(reference, p) for p in parts}
    if len(parts) > 1 and len(ids) == 1 and None not in ids:
        return ids.pop()
    return _product_leading(reference, v)


#: the words a labeling title adds after the name: dosage form, route, strength ("for injection,
#: for intravenous use", "tablets, for oral use", "40 mg film-coated tablets")
_TITLE_WORDS = re.compile(
    r"(?:for|use|injection|injectable|infusion|intravenous|subcutaneous|oral|tablets?|film-coated|"
    r"capsules?|powder|concentrate|solution|suspension|lyophili[sz]ed|vials?|single-dose|multi-dose|and|"
    r"of|kit|mg|g|mcg|µg|ml|per|\d+(?:[.,]\d+)?|[,;:/&+-])", re.IGNORECASE)


def _product_leading(reference: Reference, value: str) -> str | None:
    """A front-matter product given as the labeling's title: one product's names (the brand,
    its generic name in brackets), then only dosage form, route and strength ("BRAND (generic
    name) for injection, for intravenous use", "BRAND tablets 40 mg"). None otherwise: another
    word ("BRAND plus") or another product's name makes it no declaration of that product."""
    v = re.sub(r"[\u00ae\u2122\u00a9\u25bc()\[\]]", " ", value).casefold()
    found = None
    for pid, names in reference.products.items():
        hits = [n.casefold() for n in {pid, *names}]
        if not any(re.match(re.escape(h) + r"(?!\w)", v.strip()) for h in hits):
            continue
        leftover = v
        for h in sorted(hits, key=len, reverse=True):
            leftover = re.sub(r"(?<!\w)" + re.escape(h) + r"(?!\w)", " ", leftover)
        if all(_TITLE_WORDS.fullmatch(w) for w in re.findall(r"[\w.µ-]+|[,;:/&+]", leftover)):
            if found is not None:
                return None
            found = pid
    return found


def _product_by_name(reference: Reference, value: str) -> str | None:
    v = re.sub(r"[\u00ae\u2122\u00a9\u25bc]", "", value).strip().casefold()
    for pid, names in reference.products.items():
        if v == pid.casefold() or any(v == n.casefold() for n in names):
            return pid
    return None


def _page_starts(document: Document) -> list[tuple[int, int]] | None:
    """(page, offset of its first character in the text) for a document read from pages."""
    starts: list[tuple[int, int]] = []
    for seg in document.segments:
        if seg.page is not None and (not starts or starts[-1][0] != seg.page):
            starts.append((seg.page, seg.start))
    return starts or None


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
    suffixes = lintable_suffixes()  # every reader's extensions (documents.READERS)
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
                    if f.suffix.lower() not in suffixes or name.startswith("."):
                        continue
                    found = True  # an excluded draft is still a draft: no "no lintable file" error
                    if exclude and exclude(f):
                        continue
                    problem = _not_regular(f)  # a FIFO would block the reader forever; a link loop never resolves
                    yield str(f), (f"{f}: {problem}" if problem else None)
            found = found or bool(unreadable)
            yield from _folder_errors(unreadable)
            if not found:
                yield raw, f"{raw}: no lintable file (looked for {', '.join(sorted(suffixes))})"
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


__all__ = ["Linter", "FileResult", "collect_files", "at_or_above", "InputError"]
