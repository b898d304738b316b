"""What every pack rule type shares: :class:`PackRule` (a rule's documentation, markets,
products and source) and :class:`RuleRun`, the per-document state the rules of one run share
(the text index, the claims library's compiled patterns, memoised lookups)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import CheckContext, Rule
from ...phrases import Term, TermPattern, compile_terms, is_abbreviation, phrase_source
from .negation import Tokens
from .text import TextIndex

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
    #: ``implied_by:`` codes of rules whose finding on the same document says more: this rule's
    #: finding is dropped where one of them reports (:meth:`RulePacks.check`)
    implied_by: tuple[str, ...] = ()

    def applies(self, market: str, products: tuple[str, ...] | None = None) -> bool:
        """For this market, and (``products``: those the document promotes) one of its products."""
        if market not in self.markets:
            return False
        return not self.products or products is None or bool(set(self.products) & set(products))

    @classmethod
    def from_pack(cls, loader, raw: dict, common: dict, path: tuple) -> "PackRule":  # pragma: no cover - abstract
        """The rule from its validated YAML mapping ``raw`` (``loader``: rulepacks' loader, which
        turns terms, concepts and elements into objects with file:line errors; ``common``: the
        fields every rule has)."""
        raise NotImplementedError

    def check(self, run: "RuleRun"):  # pragma: no cover - abstract
        raise NotImplementedError

    def message(self, what: str, fix: str) -> str:
        return f"{what}. Basis: {self.cite}. To satisfy: {fix}"


# ============================================================================ one document


class RuleRun:
    """Per-document state shared by the rules: the text index and memoised lookups."""

    def __init__(self, ctx: CheckContext, shared: dict):
        self.ctx = ctx
        headings = ctx.document.metadata.get("headings") or ()
        heads = [h for h in headings if isinstance(h, (tuple, list)) and h]
        levels = {h[0]: h[1] for h in heads if len(h) > 1 and isinstance(h[1], int)}
        containers = [c for c in ctx.document.metadata.get("containers") or () if isinstance(c, (tuple, list)) and len(c) == 2]
        self.index = TextIndex(ctx.document.text, (h[0] for h in heads), levels, containers,
                               sentences=getattr(ctx, "sentences", None))
        self.memo: dict = {}
        #: the rules that apply to the document by code (set by RulePacks.check)
        self.rules: dict = {}
        self.shared = shared  # per claims library: compiled patterns, kept across documents
        self._product_first: dict[tuple[str, ...], int | None] = {}
        #: the products the document promotes (CheckContext.products; none found: every product)
        self.products: tuple[str, ...] = (tuple(getattr(ctx, "promoted", ()) or getattr(ctx, "products", ()) or ())
                                          or tuple(ctx.reference.products))
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

    def not_significant(self) -> dict[str, tuple[str, str]]:
        """Endpoint -> (study, fact) for the endpoints whose comparison the claims library gives as
        not significant: not a primary endpoint of the study, and the study's default entry of the
        endpoint has a ratio between two arms whose confidence interval includes 1 ("HR 0.79
        (95% CI 0.58-1.09)"). A benefit said of such an endpoint is no more shown than one of a
        primary endpoint that was not met (memoised per claims library and products)."""
        def build():
            out: dict[str, tuple[str, str]] = {}
            for s in self._studies():
                for entry in s.entries:
                    r = entry.ratio
                    if (not entry.default or r is None or r.ci is None or not r.between
                            or entry.endpoint in s.primary_endpoints or entry.endpoint in out):
                        continue
                    low, high = r.ci
                    if low.value <= 1.0 <= high.value:
                        kind = {"hazard-ratio": "HR", "odds-ratio": "OR", "relative-risk": "RR"}.get(r.kind, r.kind)
                        level = f"{r.ci_level:g}% " if r.ci_level else ""
                        out[entry.endpoint] = (s.id, f"not statistically significant: {kind} {r.value}, "
                                                     f"{level}CI {low}-{high} includes 1")
            return out

        return self.compiled(("not-significant", self.scope), build)

    def study_with_primary(self, endpoint: str, status: str | None) -> str | None:
        for s in self._studies():
            if endpoint in s.primary_endpoints and (
                    status is None or bool(s.primary_endpoints[endpoint][0]) == (status == "met")):
                return s.id
        return None

    def study_named_before(self, offset: int) -> tuple[int, int, str] | None:
        """(start, end, id) of the study named nearest before ``offset`` (in its sentence, else
        earlier in the document), or None: a study of the products in scope, or of another product the
        document names (the phrase is then about that product). A name that is the second half
        of a hyphenated word names no study ("open-label" is no label)."""
        named = frozenset(self.scope) | frozenset(self.ctx.products)

        def build():
            return TermPattern([(s.id, [Term(n) for n in s.names]) for s in self.reference.studies.values()
                                if s.product in named])

        pattern = self.compiled(("studies", named), build)
        if pattern.empty:
            return None
        hits = self.memo.get(("study-hits", named))
        if hits is None:
            text = self.index.text
            hits = self.memo[("study-hits", named)] = [
                h for h in pattern.finditer(self.index)
                if not (h[0] >= 2 and text[h[0] - 1] == "-" and text[h[0] - 2].isalnum())]
        s, e = self.index.sentence_of(offset)
        in_sentence = [h for h in hits if s <= h[0] < e]
        pick = in_sentence or [h for h in hits if h[0] < s]
        return pick[-1] if pick else None

    def study_for(self, offset: int, endpoint: str, status: str | None) -> str | None:
        """The study a phrase at ``offset`` about ``endpoint`` is about, when its primary analysis
        of that endpoint has ``status``: the trial the text names (nearest before; in the products
        in scope), else the first trial of those products with that status; None when the named
        trial's status differs (its survival endpoint was met: nothing to disclose) or the trial
        named is another product's."""
        hit = self.study_named_before(offset)
        named = hit[2] if hit is not None else None
        if named is not None and self.reference.product_of_study(named) not in self.scope:
            if self.product_pattern().search(self.index, hit[1], offset) is None:
                return None   # the trial of another product ("In TRIAL-2, EXAMPLIMAB improved survival")
            named = None      # a product in scope named since: not that trial's
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

    def product_names(self) -> tuple[str, ...]:
        """The names of the products in scope (``self.scope``) and of their product arms (what a
        rule pack's ``{product}`` stands for)."""
        scope = self.scope

        def build():
            ref = self.reference
            names = list(ref.product_names(scope))
            for arm in ref.arms.values():
                if arm.product and set(arm.products) & set(scope):
                    names += [arm.label, *arm.synonyms]
            return tuple(dict.fromkeys(n for n in names if n))

        return self.compiled(("product-names", scope), build)

    def product_pattern(self) -> TermPattern:
        """The names of the products in scope (:meth:`product_names`) as one pattern."""
        return self.compiled(("product", self.scope),
                             lambda: TermPattern([(None, [Term(n) for n in self.product_names()])]))

    def product_first(self) -> int | None:
        scope = self.scope
        if scope not in self._product_first:
            hit = self.product_pattern().search(self.index)
            self._product_first[scope] = hit[0] if hit else None
        return self._product_first[scope]

    def product_in_sentence(self, offset: int) -> bool:
        s, e = self.index.sentence_of(offset)
        return self.product_pattern().search(self.index, s, e) is not None

    def product_results_sentences(self) -> set[int]:
        """Indices of the sentences that name a product in scope or carry a numeric claim about
        it: a claim of its sentence (``product_context``), of a product arm, or whose value
        agrees with a product arm's figure of a claims-library entry of the products in scope
        ("(48.2% vs 21.6%)" with no arm named). A figure that agrees with nothing and names no
        arm ("cure rates above 80% in children") is not the product's. Memoised per scope."""
        scope = self.scope
        key = ("product-results", scope)
        if key in self.memo:
            return self.memo[key]
        index, ref = self.index, self.reference
        arms = {a for p in scope for a in ref.arms_of(p)}
        out: set[int] = set(index.sentences_with(self.product_pattern()))
        for c in self.ctx.claims:
            m = c.match
            agrees = (m is not None and m.entry is not None and m.arm in arms
                      and m.status in ("consistent", "more-precise"))
            if c.product_context or (c.arm is not None and c.arm in arms) or agrees:
                out.add(index.sentence_index(c.start))
        self.memo[key] = out
        return out

    def states_product_results(self, offset: int, subjects: TermPattern | None,
                               background: TermPattern | None, window: int) -> bool:
        """Whether the sentence at ``offset`` names the product or states its results: it carries
        a numeric claim about the product (:meth:`product_results_sentences`), or it speaks of
        the treated ("patients", "responders", "those treated": ``subjects``) within ``window``
        sentences after one that does, in the same section, and holds none of the ``background``
        terms (a sentence about another population or therapy: "children", "with chemotherapy
        alone"). A heading-like sentence without ``background`` terms heads what follows it: it
        states the product's results when one of the ``window`` sentences after it, in its
        section, does ("A CURE FOR MANY" over the product's response rates)."""
        index = self.index
        i = index.sentence_index(offset)
        results = self.product_results_sentences()
        if i in results:
            return True
        s, e = index.sentence_span(i)
        section = index.sentence_section(i)
        if index.is_heading_like(i) and (background is None or background.search(index, s, e) is None):
            n = len(index.sentences)
            if any(j in results and index.sentence_section(j) == section
                   for j in range(i + 1, min(n, i + 1 + window))):
                return True
        if subjects is None:
            return False
        if subjects.search(index, s, e) is None:
            return False
        if background is not None and background.search(index, s, e) is not None:
            return False
        return any(j in results and index.sentence_section(j) == section
                   for j in range(max(0, i - window), i))

    def excepted(self, exceptions: list[Term], s: int, e: int) -> bool:
        """Whether the hit [s, e) overlaps a match of one of ``exceptions`` (±120 characters around)."""
        return bool(self.exception_matches(exceptions, s, e))

    def exception_matches(self, exceptions: list[Term], s: int, e: int,
                          start: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of the matches of ``exceptions`` (±120 characters around, or from ``start``)
        that overlap the hit [s, e)."""
        pat = self.compiled(("exceptions", tuple(exceptions)), lambda: compile_terms(exceptions))
        lo, hi = max(0, s - 120) if start is None else start, min(len(self.index.text), e + 120)
        return [(a, b) for a, b, _ in pat.finditer(self.index, lo, hi) if a < e and b > s]

    def tokens(self) -> Tokens:
        return Tokens.get(self.reference)
