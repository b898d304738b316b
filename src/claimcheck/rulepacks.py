"""Rule packs: YAML files under ``rules/`` that define required-content and language rules.

A pack declares the markets it applies to (and may define markets: ``market_definitions``, see
:mod:`claimcheck.markets`; and may be scoped to claims-library products: ``products``, on the
pack or on a rule) and a list of rules of four generic types
(``requires-if``, ``required-content``, ``indication``, ``forbidden``; see
:mod:`claimcheck.checks.packs` for how each decides and docs/rules.md for the format). Every
rule carries its documentation (summary, why, basis, bad, good, fix); the Linter that uses the
packs adds their rules to its own registry (:class:`claimcheck.registry.Registry`), from which
``claimcheck rule CODE`` prints them.

Loading is strict, and every error names ``file:line`` (a :class:`ConfigError`, exit 2 in the
CLI): safe YAML only (no anchors, aliases or tags), the JSON schema
``schemas/rulepack.schema.json``, rule codes unique and prefixed by category (F fair-balance,
B boxed-warning, I indication, O overstatement), and every regular expression compiled and
checked for catastrophic-backtracking shapes (:func:`check_regex`), then run by RE2 in linear
time (:mod:`claimcheck.linear`; a pattern RE2 cannot run, such as a look-around, is refused).

Everything is compiled once, when the packs are loaded (patterns that depend on the claims
library, once per library); per document the work is a few linear passes (see the checks module).
"""

from __future__ import annotations

import json
import re
import string
from importlib import resources
from pathlib import Path

from . import cache, linear
from .checks import Rule
from .checks.packs import RULE_TYPES, Forbidden, PackRule, RuleRun, forbidden_pattern
from .checks.packs.required_content import Element, NamedOnly
from .checks.packs.text import Scope
from .concepts import synonym_term
from .errors import ConfigError
from .markets import Market, Markets
from .phrases import Term
from .yamlsafe import LineMap, load_validated, yaml_files

#: the longest regular expression a rule pack may hold
MAX_REGEX_CHARS = 300
#: a repeat nested in a repeat may split a run at most this many ways (the product of their
#: maxima); and a bounded repeat longer than this counts as unbounded where two meet
MAX_NESTED_REPEATS = 100
PREFIX = {"fair-balance": "F", "boxed-warning": "B", "indication": "I", "overstatement": "O"}

_SCHEMA: dict | None = None


def rulepack_schema() -> dict:
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = json.loads(resources.files("claimcheck").joinpath("schemas/rulepack.schema.json").read_text())
    return _SCHEMA


# ============================================================================ market declaration

_MARKET_LINE = re.compile(
    r"\A\s*market\s*:[ \t]*([A-Za-z][A-Za-z0-9-]{0,15})[ \t]*(?:\n|\Z|[.;:|(\u2013\u2014]|-[ \t])",
    re.IGNORECASE)


def declared_market(text: str) -> str | None:
    """The market a document declares on its first line of text (``Market: US``), if any, as
    written (upper-cased); whether it is known is for :class:`claimcheck.markets.Markets`.

    The code may end the line or be followed by a sentence's punctuation and more words
    (``Market: EU. Infographic for HCPs``, ``Market: US; HCP email``, ``Market: EU - Germany``),
    but not by a comma (``Market: US, EU`` names two) nor
    by another word (``Market: the US and EU`` declares nothing)."""
    m = _MARKET_LINE.match(text[:2000])
    return m.group(1).upper() if m else None


_COMMENT_BODY = re.compile(r"\A<!--(.*?)(?:-->)?\Z", re.DOTALL)


def declared_market_in_comment(text: str, comments: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The market a document declares in a comment that opens it (``<!-- Market: EU -->`` before
    any text: the HTML and Markdown way of keeping it off the page), as (market, line)."""
    for offset, raw in comments[:1]:
        if text[:offset].strip():
            return None
        body = _COMMENT_BODY.match(raw.strip())
        market = declared_market(body.group(1).strip() + "\n") if body else None
        return (market, text.count("\n", 0, offset) + 1) if market else None
    return None


# ============================================================================ regex safety

try:  # Python 3.11+
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())
_ALPHABET = string.printable + "\u00a0\u2010\u2011\u2013\u2014\u2212\u00e9\u00fc\u2022"
_CATEGORY_TEST = {
    _sre.CATEGORY_DIGIT: str.isdigit,
    _sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    _sre.CATEGORY_SPACE: str.isspace,
    _sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    _sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    _sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _placeholders_filled(source: str) -> str:
    """``source`` with its placeholders (``{endpoint}``, ``{product}``) as a word, to be checked."""
    return source.replace("{endpoint}", "X").replace("{product}", "X")


def check_regex(source: str) -> str | None:
    """Why ``source`` may not be used in a rule pack, or None when it is acceptable.

    Refused: longer than :data:`MAX_REGEX_CHARS`; not compilable; backreferences and named
    groups; a quantifier that repeats more than once nested inside another such quantifier where
    either is unbounded (``(a+)+``, ``(a*)*``, ``(\\w+\\s?)+``) or whose maxima multiply past
    :data:`MAX_NESTED_REPEATS` (``(?:a{1,50}){1,50}``); alternatives under an unbounded
    quantifier that can start with the same character or match nothing (``(a|a)*``,
    ``(a|ab)+``), the shapes that backtrack exponentially; and long quantifiers in a row over
    the same characters (``\\s*\\s*``, ``.*.*``, ``\\w+\\w+``), which backtrack polynomially;
    and what the linear-time engine that runs every pack pattern (RE2, :mod:`claimcheck.linear`)
    cannot run: look-ahead and look-behind, a negated class holding ``\\W``/``\\D``/``\\S``, and
    repeat counts whose product passes 1,000. The shape checks are the first line; RE2 is the
    guarantee (a shape they miss still runs in linear time).
    """
    if len(source) > MAX_REGEX_CHARS:
        return f"regular expression is {len(source)} characters long (at most {MAX_REGEX_CHARS})"
    try:
        compiled = re.compile(_placeholders_filled(source))
        tree = _sre_parse.parse(_placeholders_filled(source))
    except re.error as exc:
        return f"invalid regular expression: {exc}"
    if compiled.groupindex:
        return "named groups are not allowed in rule-pack regular expressions (use (?:...))"
    # the shape analysis explains the usual mistakes in words; whatever passes it runs on RE2,
    # linear in the text, or is refused here (look-around, repeat counts past RE2's limit)
    return (_walk(list(tree), outer=None) or _adjacent_repeats(list(tree), None)[0]
            or linear.check(_placeholders_filled(source)))


def _walk(items, outer: tuple[int, int] | None) -> str | None:
    for op, av in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS) or str(op).startswith("GROUPREF"):
            return "backreferences are not allowed"
        if op in _REPEATS:
            lo, hi, sub = av
            unbounded = hi == _sre.MAXREPEAT
            # a variable repeat inside a repeat, either unbounded: (a+)+, (a*)*, (\w+\s?)+;
            # a fixed count (\d{3}) is only a sequence: \d{1,3}(?:,\d{3})+ is fine
            if outer is not None and lo != hi and (unbounded or outer[1] == _sre.MAXREPEAT):
                return "nested quantifiers (a repeated group that itself repeats, such as (a+)+) can backtrack catastrophically"
            # both bounded, but when one iteration can end where the next begins the ways to split
            # a run multiply: (?:a{1,50}){1,50}b (not (?:\w{1,20}\W{1,3}){0,6}: \W ends each one)
            # (unbounded ones are refused above, when the walk reaches the inner repeat)
            inner_max = _max_nested(list(sub))
            splits = inner_max * hi
            if lo != hi and not unbounded and inner_max != _sre.MAXREPEAT and \
                    splits > MAX_NESTED_REPEATS and _ambiguous_iterations(list(sub)):
                return (f"a repeated group whose iterations can split a run {splits} ways (at most "
                        f"{MAX_NESTED_REPEATS}; such as (?:a{{1,50}}){{1,50}}) backtracks catastrophically")
            problem = _adjacent_repeats(list(sub), None)[0]
            if problem:
                return problem
            inner = (lo, hi) if hi > 1 else outer
            if unbounded or (outer is not None and outer[1] == _sre.MAXREPEAT):
                problem = _branches_overlap(sub)
                if problem:
                    return problem
            problem = _walk(list(sub), inner)
            if problem:
                return problem
        elif op == _sre.SUBPATTERN:
            problem = _walk(list(av[-1]), outer)
            if problem:
                return problem
        elif op == _sre.BRANCH:
            for alt in av[1]:
                problem = _walk(list(alt), outer)
                if problem:
                    return problem
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            problem = _walk(list(av[1]), None)
            if problem:
                return problem
        elif hasattr(_sre, "ATOMIC_GROUP") and op == _sre.ATOMIC_GROUP:
            problem = _walk(list(av), outer)
            if problem:
                return problem
    return None


def _long(lo: int, hi: int) -> bool:
    return hi == _sre.MAXREPEAT or hi > MAX_NESTED_REPEATS


def _variable(lo: int, hi: int) -> bool:
    return lo != hi


def _ambiguous_iterations(sub) -> bool:
    """Can one iteration of ``sub`` end with a variable repeat that the next iteration's start
    could equally take (so a run splits between iterations in many ways)?"""
    _, pending = _adjacent_repeats(sub, None, _variable)
    return bool(pending) and _adjacent_repeats(sub, pending, _variable)[0] is not None


def _max_nested(items) -> int:
    """The largest maximum of a variable repeat in ``items`` (1 when there is none)."""
    best = 1
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            if lo != hi:
                best = max(best, hi, _max_nested(list(sub)))
        elif op == _sre.SUBPATTERN:
            best = max(best, _max_nested(list(av[-1])))
        elif op == _sre.BRANCH:
            best = max([best] + [_max_nested(list(alt)) for alt in av[1]])
    return best


def _adjacent_repeats(items, pending: set[str] | None, is_long=_long) -> tuple[str | None, set[str] | None]:
    """Two long repeats over shared characters with nothing between them that stops the first
    (``\\s*\\s*``, ``.*.*``, ``\\w+a\\w+``): on a text that fails after them, every way of sharing
    the run between them is tried, a polynomial blow-up per start position.

    ``pending`` is the characters the last long repeat of the sequence so far can take (None when
    something it cannot take came after it); returns (problem, pending after ``items``).
    ``is_long(lo, hi)`` says which repeats count (:func:`_long`, or any variable one).
    """
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            chars = _first_chars(list(sub)) or set()
            if is_long(lo, hi):
                if pending and pending & chars:
                    return ("quantifiers in a row over the same characters (such as \\s*\\s* or .*.*) "
                            "backtrack catastrophically"), pending
                pending = chars or pending
            elif lo > 0 and not (pending and pending & chars):
                pending = None  # a required piece the earlier repeat cannot take stops it
        elif op == _sre.AT or op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue
        elif op == _sre.SUBPATTERN:
            problem, pending = _adjacent_repeats(list(av[-1]), pending, is_long)
            if problem:
                return problem, pending
        elif op == _sre.BRANCH:
            after: set[str] = set()
            for alt in av[1]:
                problem, left = _adjacent_repeats(list(alt), pending, is_long)
                if problem:
                    return problem, left
                after |= left or set()
            pending = after or None
        else:  # one character: a literal, a class, "."
            chars = _first_chars([(op, av)]) or set()
            if not (pending and pending & chars):
                pending = None
    return None, pending


def _branches_overlap(items) -> str | None:
    """A BRANCH directly under an unbounded repeat whose alternatives can start alike."""
    for op, av in items:
        if op == _sre.SUBPATTERN:
            problem = _branches_overlap(av[-1])
            if problem:
                return problem
        elif op == _sre.BRANCH:
            alts = av[1]
            firsts = []
            for alt in alts:
                first = _first_chars(list(alt))
                if first is None:
                    return "alternatives under a repeat can match nothing or the same text (such as (a|a)*)"
                firsts.append(first)
            for i in range(len(firsts)):
                for j in range(i + 1, len(firsts)):
                    if firsts[i] & firsts[j]:
                        return "alternatives under a repeat can start with the same character (such as (a|ab)*)"
    return None


def _first_chars(items) -> set[str] | None:
    """Characters (of a sample alphabet) the sequence can start with; None if it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op == _sre.AT or op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op == _sre.LITERAL:
            c = chr(av)
            return out | {c, c.lower(), c.upper()}
        if op == _sre.NOT_LITERAL or op == _sre.ANY:
            return out | set(_ALPHABET)
        if op == _sre.IN:
            return out | _in_chars(av)
        if op == _sre.SUBPATTERN:
            first = _first_chars(list(av[-1]))
            if first is None:
                continue
            return out | first
        if op == _sre.BRANCH:
            acc: set[str] = set()
            for alt in av[1]:
                first = _first_chars(list(alt))
                if first is None:
                    return None
                acc |= first
            return out | acc
        if op in _REPEATS:
            lo, hi, sub = av
            first = _first_chars(list(sub))
            if first is None:
                continue
            out |= first
            if lo > 0:
                return out
            continue
        return out | set(_ALPHABET)
    return None


def _in_chars(av) -> set[str]:
    negate = False
    tests = []
    for op, x in av:
        if op == _sre.NEGATE:
            negate = True
        elif op == _sre.LITERAL:
            tests.append(lambda c, x=x: ord(c) == x or c.lower() == chr(x).lower())
        elif op == _sre.RANGE:
            tests.append(lambda c, x=x: x[0] <= ord(c) <= x[1])
        elif op == _sre.CATEGORY:
            tests.append(_CATEGORY_TEST.get(x, lambda c: True))
        else:
            tests.append(lambda c: True)
    chars = {c for c in _ALPHABET if any(t(c) for t in tests)}
    return set(_ALPHABET) - chars if negate else chars


# ============================================================================ loading


class _Loader:
    """Builds rule objects from one validated pack file; every error carries file:line."""

    def __init__(self, name: str, lines: LineMap, concepts: dict | None = None,
                 verdicts: dict[str, str | None] | None = None):
        self.name = name
        self.lines = lines
        #: check_regex's verdict per regex source of this pack, kept across runs (_regex_verdicts)
        self.verdicts: dict[str, str | None] = verdicts if verdicts is not None else {}
        self.new_verdicts = False
        self.concepts: dict[str, list[Term]] = {}
        #: per concept, abbreviations that stand for it unless the document defines them otherwise
        self.abbreviations: dict[str, tuple[str, ...]] = {}
        #: per concept, its label (what a finding calls it)
        self.labels: dict[str, str] = {}
        for cid, c in (concepts or {}).items():
            self.labels[cid] = c.get("label", cid) if isinstance(c, dict) else cid
            raw = c["synonyms"] if isinstance(c, dict) else c
            self.abbreviations[cid] = tuple(c.get("abbreviations", ())) if isinstance(c, dict) else ()
            checked = self.terms(raw, ("concepts", cid, "synonyms"))
            self.concepts[cid] = [synonym_term(r) if isinstance(r, str) else t for r, t in zip(raw, checked)]

    def error(self, message: str, path: tuple) -> ConfigError:
        return ConfigError(message, self.name, self.lines.line_for(path))

    def terms(self, raw: list, path: tuple) -> list[Term]:
        out = []
        for i, t in enumerate(raw):
            if isinstance(t, dict):
                src = t["regex"]
                if src not in self.verdicts:
                    self.verdicts[src] = check_regex(src)
                    self.new_verdicts = True
                problem = self.verdicts[src]
                if problem:
                    raise self.error(f"{'/'.join(map(str, path + (i, 'regex')))}: {problem}", path + (i,))
                out.append(Term(src, regex=True))
            else:
                if not t.strip():
                    raise self.error("empty phrase", path + (i,))
                out.append(Term(t))
        return out

    def groups(self, raw: list, path: tuple) -> list[list[Term]]:
        return [self.terms(g if isinstance(g, list) else [g], path + (i,)) for i, g in enumerate(raw)]

    def concept_groups(self, raw: list, path: tuple) -> list[list[Term]]:
        """``concepts: [a, [b, c]]``: each item one group (a concept, or any of several)."""
        groups = []
        for i, item in enumerate(raw):
            ids = item if isinstance(item, list) else [item]
            group: list[Term] = []
            for cid in ids:
                if cid not in self.concepts:
                    known = ", ".join(sorted(self.concepts)) or "none"
                    raise self.error(f"unknown concept {cid!r} (this pack's concepts: {known})", path + (i,))
                group += self.concepts[cid]
            groups.append(group)
        return groups

    def element(self, raw: dict, path: tuple) -> Element:
        groups: list[list[Term]] = []
        abbreviations: list[tuple[str, ...]] = []
        if "concepts" in raw:
            groups += self.concept_groups(raw["concepts"], path + ("concepts",))
            abbreviations = [tuple(a for cid in (item if isinstance(item, list) else [item])
                                   for a in self.abbreviations.get(cid, ())) for item in raw["concepts"]]
        if "all_of" in raw:
            groups += self.groups(raw["all_of"], path + ("all_of",))
        if not groups:
            raise self.error(f"element {raw['id']}: give its concepts (or all_of)", path)
        force: tuple[int, ...] = ()
        force_label = ""
        if raw.get("force"):
            # the force is one more group, in the element's sentence like the others; its index
            # lets the check tell an element stated weakened from one not stated at all
            groups += self.concept_groups([raw["force"]], path + ("force",))
            force = (len(groups) - 1,)
            force_label = " or ".join(self.labels.get(cid, cid) for cid in raw["force"])
        stated_by = None
        if raw.get("stated_by"):
            stated_by = Element(raw["id"], raw["label"], self.concept_groups(raw["stated_by"], path + ("stated_by",)),
                                negation=True)
        named_only = None
        if raw.get("named_only"):
            spec = raw["named_only"]
            where = path + ("named_only",)
            named_only = NamedOnly(
                after=self.concept_groups([spec["after"]], where + ("after",))[0] if spec.get("after") else [],
                parts=self.concept_groups([spec["parts"]], where + ("parts",))[0] if spec.get("parts") else [],
                whole=self.concept_groups([spec["whole"]], where + ("whole",))[0] if spec.get("whole") else [],
                rows=bool(spec.get("rows", False)), labels=bool(spec.get("labels", False)),
                asked=self.concept_groups([spec["asked"]], where + ("asked",))[0] if spec.get("asked") else [])
        otherwise = raw.get("otherwise")
        if otherwise:
            alternative = self.element({"id": raw["id"], "label": raw["label"], "concepts": otherwise["concepts"]},
                                       path + ("otherwise",))
            alternative.named_only = named_only
            alternative.unless_named = self.concept_groups([otherwise["unless_named"]],
                                                           path + ("otherwise", "unless_named"))[0]
            if otherwise.get("only_with"):
                alternative.only_with = self.concept_groups([otherwise["only_with"]],
                                                            path + ("otherwise", "only_with"))[0]
        else:
            alternative = None
        headed_by = self.concept_groups([raw["headed_by"]], path + ("headed_by",))[0] if raw.get("headed_by") else []
        # an item is concepts (one, or a list of all of them), or {concepts, unless}: those
        # concepts leave a sentence out unless it also holds one of the inner items ("counselled
        # on <the risk>" leaves it out, "monitor for <the risk>, which can be fatal" states it)
        unless = [self.element({"id": raw["id"], "label": raw["label"], "concepts": item["concepts"],
                                "unless": item.get("unless", [])} if isinstance(item, dict) else
                               {"id": raw["id"], "label": raw["label"],
                                "concepts": item if isinstance(item, list) else [item]}, path + ("unless", k))
                  for k, item in enumerate(raw.get("unless", ()))]
        return Element(raw["id"], raw["label"], groups, otherwise=alternative,
                       headed_by=headed_by, unless=unless,
                       domains=tuple(raw.get("claims", {}).get("domain", ())),
                       kinds=tuple(raw.get("claims", {}).get("kinds", ())),
                       negation=raw.get("negation", "concepts" in raw), slot=raw.get("slot", ""),
                       broader=self.terms(raw.get("broader", []), path + ("broader",)),
                       narrower=self.terms(raw.get("narrower", []), path + ("narrower",)),
                       other=self.terms(raw.get("other", []), path + ("other",)),
                       follows=bool(raw.get("follows", False)), abbreviations=abbreviations,
                       title=bool(raw.get("title", False)), force=force, force_label=force_label,
                       count=raw.get("count"), stated_by=stated_by, mandatory=bool(raw.get("mandatory", False)),
                       empty_heading=bool(raw.get("empty_heading", False)), named_only=named_only)

    def scope(self, raw, path: tuple) -> Scope:
        if isinstance(raw, dict):
            return Scope("sentences", int(raw["sentences"]), heading=bool(raw.get("heading", False)),
                         own_section=bool(raw.get("own_section", False)))
        return Scope(raw)

    def rule(self, raw: dict, index: int, pack_markets: tuple[str, ...], pack_products: tuple[str, ...] = ()):
        path = ("rules", index)
        code = raw["code"]
        category = raw["category"]
        if not code.startswith(PREFIX[category]):
            raise self.error(f"rule {code}: category {category} takes codes {PREFIX[category]}001-"
                             f"{PREFIX[category]}999", path + ("code",))
        line = self.lines.line_for(path)
        rule = Rule(code=code, name=raw["name"], category=category, severity=raw.get("severity", "warning"),
                    summary=_clean(raw["summary"]), why=_clean(raw["why"]), basis=_clean(raw["basis"]),
                    bad=_clean(raw["bad"]), good=_clean(raw["good"]), fix=_clean(raw["fix"]),
                    origin=f"{self.name}:{line}")
        markets = tuple(raw.get("markets", pack_markets))
        products = tuple(raw.get("products", pack_products))
        common = dict(rule=rule, markets=markets, cite=_clean(raw.get("cite", raw["basis"])),
                      file=self.name, line=line, products=products,
                      implied_by=tuple(raw.get("implied_by", ())))
        return RULE_TYPES[raw["type"]].from_pack(self, raw, common, path)

    @staticmethod
    def clean(text: str) -> str:
        """Text written in a pack, with its whitespace runs made single spaces."""
        return _clean(text)


def _clean(text: str) -> str:
    return " ".join(str(text).split())


class RulePacks:
    """The loaded rule packs: ``files`` [(path, sha256)], ``rules`` and :meth:`check`."""

    def __init__(self) -> None:
        self.files: list[tuple[str, str]] = []
        self.packs: list[dict] = []          # {"pack", "file", "markets", "products", "title"}
        self.rules: list[PackRule] = []
        #: the markets these packs define or name (markets are data: nothing is hard-coded)
        self.markets = Markets()
        #: per claims library (the library object, compared by identity; the last few used):
        #: the compiled patterns that depend on its terms, kept across documents
        self._shared: list[tuple[object, dict]] = []
        self._forbidden: dict[tuple, list[tuple[object, list[Forbidden]]]] = {}

    def rules_for(self, market: str, products: tuple[str, ...] | None = None) -> list[PackRule]:
        """The rules for this market (or a market it includes) and (None: any) the products a
        document promotes."""
        lineage = self.markets.lineage(market)
        return [r for r in self.rules if any(r.applies(m, products) for m in lineage)]

    def products(self) -> set[str]:
        """Every product a rule is scoped to."""
        return {p for r in self.rules for p in r.products}

    def _combined_forbidden(self, market: str, products: tuple[str, ...] | None = None):
        """The passes of the forbidden rules: (pattern, rules) with the hits labelled by rule
        position. The rules of plain terms are one combined pattern; each rule with ``with:``
        (a co-occurrence) has its own pass, since its anchors ("nearly all", "minor") are often
        no finding, and a rejected hit in a combined pattern would hide the hit of another rule
        that starts at the same place ("nearly all adverse events were mild")."""
        key = (market, products)
        if key not in self._forbidden:
            rules = [r for r in self.rules_for(market, products) if isinstance(r, Forbidden)]
            plain = [r for r in rules if not r.with_groups]
            passes = [(forbidden_pattern(plain), plain)] + [(forbidden_pattern([r]), [r])
                                                            for r in rules if r.with_groups]
            self._forbidden[key] = [(p, rs) for p, rs in passes if p is not None]
        return self._forbidden[key]

    def _shared_for(self, reference) -> dict:
        """The compiled-pattern cache of this claims library (a new one for a new library)."""
        for ref, shared in self._shared:
            if ref is reference:
                return shared
        shared = {}
        self._shared = [(reference, shared)] + self._shared[:3]
        return shared

    def check(self, ctx) -> list:
        """Findings of every rule that applies to ``ctx.market`` and to the products the document
        promotes (``ctx.promoted``, else ``ctx.products``; none: every product), each rule in its
        own products' scope."""
        market = (ctx.market or self.markets.default() or "").upper()
        run = RuleRun(ctx, self._shared_for(ctx.reference))
        products = run.products
        findings = []
        #: the rules that apply here by code: a rule may ask another's verdict (earlier_when_caveated)
        run.rules = {r.rule.code: r for r in self.rules_for(market, products)}
        for r in self.rules_for(market, products):
            if not isinstance(r, Forbidden):
                run.scope = run.scoped_for(r)
                findings.extend(r.check(run))
        for pattern, rules in self._combined_forbidden(market, products):
            # a rule's terms run in up to four passes (phrases, case-sensitive phrases, regexes):
            # two hits of one rule on overlapping text are one finding
            reported: dict[int, list[tuple[int, int]]] = {}
            for s, e, k in pattern.finditer(run.index):
                r = rules[k]
                run.scope = run.scoped_for(r)
                span = r.span(run, s, e)
                if span is None:
                    continue
                done = reported.setdefault(k, [])
                if any(a < span[1] and span[0] < b for a, b in done):
                    continue
                done.append(span)
                findings.append(r.finding(run, *span))
        run.scope = products
        # a rule implied by another's finding ("no safety information" implies "none of the
        # labeled warnings named"): only the one that says more is reported
        reported = {f.rule for f in findings}
        implied = {r.rule.code for r in self.rules if set(r.implied_by) & reported}
        return [f for f in findings if f.rule not in implied] if implied else findings


def pack_files(path: str | Path) -> list[Path]:
    return yaml_files(path, "rule pack")


def _regex_verdicts_key(digest: str) -> str:
    """The cache key of a pack's regex verdicts (:func:`check_regex` per source, a pure function of
    the source and of the checking code): the pack file's digest and this module's and
    :mod:`claimcheck.linear`'s source. Checking every regex of the shipped packs (two parses and
    an RE2 translation each) took a third of a single-file run's start-up."""
    here = Path(__file__).parent
    return cache.key("rulepack-regex-verdicts", digest, (here / "rulepacks.py").read_bytes(),
                     (here / "linear.py").read_bytes())


def load_rulepacks(paths, reference=None) -> RulePacks:
    """Load, validate and compile rule packs (files or folders). Nothing is registered: a Linter
    built with the packs adds their rules to its own registry (:class:`claimcheck.registry.Registry`).

    ``reference`` (the claims library) is optional here: patterns that depend on it are built on
    first use per library.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    packs = RulePacks()
    seen: dict[str, str] = {}
    loaded: set[Path] = set()
    for raw in paths:
        for f in pack_files(raw):
            if f.resolve() in loaded:   # the same file named twice (a folder and a file in it)
                continue
            loaded.add(f.resolve())
            name = str(f)
            data, lines, digest = load_validated(f, rulepack_schema(), "a rule pack must be a YAML mapping")
            verdicts_key = _regex_verdicts_key(digest)
            verdicts = cache.get(verdicts_key)
            loader = _Loader(name, lines, data.get("concepts"), verdicts if isinstance(verdicts, dict) else None)
            markets = tuple(data["markets"])
            pack_products = tuple(data.get("products", ()))
            for i, d in enumerate(data.get("market_definitions", ())):
                markers, infer_from = (
                    tuple(("re:" + t.text) if t.regex else t.text
                          for t in loader.terms(d.get(key, []), ("market_definitions", i, key)))
                    for key in ("markers", "infer_from"))
                packs.markets.add(Market(d["id"], d["name"], bool(d.get("default", False)),
                                         markers + tuple(m for m in infer_from if m not in markers),
                                         bool(d.get("decimal_comma", False)),
                                         name, lines.line_for(("market_definitions", i)), infer_from,
                                         tuple(d.get("includes", ())),
                                         tuple(a.strip().upper() for a in d.get("aliases", ()))))
            for m in markets:
                packs.markets.name(m)
            for i, r in enumerate(data["rules"]):
                rule = loader.rule(r, i, markets, pack_products)
                for m in rule.markets:
                    packs.markets.name(m)
                code = rule.rule.code
                if code in seen:
                    raise loader.error(f"rule code {code} is already defined in {seen[code]}", ("rules", i, "code"))
                seen[code] = rule.rule.origin
                packs.rules.append(rule)
            if loader.new_verdicts:
                cache.put(verdicts_key, loader.verdicts)
            packs.files.append((name, digest))
            packs.packs.append({"pack": data["pack"], "file": name, "markets": markets,
                                "products": pack_products, "title": data.get("title", "")})
    packs.markets.validate()
    known = {r.rule.code for r in packs.rules}
    for r in packs.rules:
        for m in getattr(r, "when_always_in", ()):
            if m not in packs.markets.known:
                raise ConfigError(f"rule {r.rule.code}: when.always_in names market {m}, which no loaded "
                                  f"rule pack defines (known markets: {packs.markets.listing()})", r.file, r.line)
        for code in r.implied_by:
            if code not in known or code == r.rule.code:
                raise ConfigError(f"rule {r.rule.code}: implied_by names {code}, "
                                  + ("the rule itself" if code == r.rule.code else "which no loaded rule pack defines"),
                                  r.file, r.line)
    # compile what does not depend on the claims library now: the first document pays nothing
    # a rule scoped to a product no loaded claims library declares never applies (a portfolio's
    # rules/ folder serves runs that load one product's library only)
    cache.use_patterns_of(reference, packs)   # the patterns derived from these packs, kept across runs
    for market in packs.markets.known:
        packs._combined_forbidden(market, tuple(reference.products) if reference is not None else None)
    return packs


__all__ = ["RulePacks", "load_rulepacks", "declared_market", "check_regex", "rulepack_schema"]
