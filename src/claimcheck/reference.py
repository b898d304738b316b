"""The claims library: schema, loader and validation with ``file:line`` errors.

One YAML file per product (``reference/*.yaml``), validated on load against
``schemas/reference.schema.json`` and then for consistency (every id an entry names is declared,
entry ids are unique, a CI holds its value, lo < hi). ``docs/reference.md`` documents the format.
Numbers keep the precision they were published with (``10.0`` has one decimal), which the
rounding-aware comparison needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

from .errors import ConfigError
from .numbers import Num
from .yamlsafe import LineMap, YNum, load_validated, yaml_files


@dataclass(frozen=True)
class Term:
    """A named thing drafts refer to: an arm, endpoint, population, timepoint or study."""

    id: str
    label: str
    synonyms: tuple[str, ...]
    product: bool = False      # arms only
    domain: str | None = None  # endpoints only
    #: the products whose claims-library files declare this term (a term id is per product: two
    #: libraries may both declare ``os``; their synonyms are merged, each keeps its products)
    products: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArmValue:
    value: Num
    n: int | None = None
    total: int | None = None
    ci: tuple[Num, Num] | None = None
    ci_level: float | None = None
    #: the source publishes ``value`` with n/N although n/N does not round to it ("4/162 (3%)"):
    #: a draft that copies the figure as published is told so (V004, info), not given A001
    as_published: bool = False


@dataclass(frozen=True)
class Comparison:
    value: Num
    unit: str | None = None
    kind: str | None = None  # ratio kind
    ci: tuple[Num, Num] | None = None
    ci_level: float | None = None
    between: tuple[str, str] | None = None


@dataclass(frozen=True)
class PValue:
    comparator: str
    value: Num
    sided: int | None = None
    boundary: bool = False


@dataclass
class Entry:
    id: str
    study: "Study"
    endpoint: str
    measure: str
    unit: str | None
    population: str | None
    timepoint: str | None
    analysis: str | None
    default: bool
    arms: dict[str, ArmValue]
    overall: ArmValue | None
    difference: Comparison | None
    ratio: Comparison | None
    p: PValue | None
    synonyms: tuple[str, ...]
    source: str
    note: str | None
    file: str
    line: int | None


@dataclass
class Study:
    id: str
    names: tuple[str, ...]
    design: str | None
    primary_endpoints: dict[str, tuple[bool, str | None]]
    entries: list[Entry] = field(default_factory=list)
    product: str = ""


@dataclass(frozen=True)
class Product:
    """One product of the portfolio: its id, the names drafts call it by, and the names of other
    medicines (competitors, comparators) a draft may mention, whose figures are never ours."""

    id: str
    names: tuple[str, ...]
    competitors: tuple[str, ...] = ()
    file: str = ""


@dataclass(frozen=True)
class Lexicon:
    """Words of the therapeutic area that the text machinery needs, as data (``lexicon:`` of the
    claims-library files, merged): tokens the tokenizer keeps whole (a response category written
    with a slash) and words that label a number rather than claim it ("Line 2")."""

    tokens: tuple[str, ...] = ()
    label_words: tuple[str, ...] = ()


@dataclass
class Reference:
    """All loaded claims-library files, merged: a portfolio of products.

    Every study (and so every entry) belongs to one product (``Study.product``); arms, endpoints,
    populations and timepoints record the products that declare them (``Term.products``).
    """

    files: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256)
    products: dict[str, tuple[str, ...]] = field(default_factory=dict)
    portfolio: dict[str, Product] = field(default_factory=dict)
    lexicon: Lexicon = field(default_factory=Lexicon)
    arms: dict[str, Term] = field(default_factory=dict)
    endpoints: dict[str, Term] = field(default_factory=dict)
    populations: dict[str, Term] = field(default_factory=dict)
    timepoints: dict[str, Term] = field(default_factory=dict)
    studies: dict[str, Study] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)
    by_endpoint: dict[str, list[Entry]] = field(default_factory=dict)

    @property
    def product_arms(self) -> set[str]:
        return {a.id for a in self.arms.values() if a.product}

    def product_names(self, products: Iterable[str] | None = None) -> list[str]:
        """The names of these products (all products when None)."""
        wanted = self.products if products is None else products
        return [name for pid in wanted for name in self.products.get(pid, ())]

    def arms_of(self, product: str) -> set[str]:
        """The product arms (``product: true``) of one product."""
        return {a.id for a in self.arms.values() if a.product and product in a.products}

    def product_of_arm(self, arm: str | None) -> str | None:
        """The product whose product arm this is (None for a comparator arm or an unknown one)."""
        term = self.arms.get(arm) if arm else None
        if term is None or not term.product or not term.products:
            return None
        return term.products[0]

    def product_of_study(self, study: str | None) -> str | None:
        s = self.studies.get(study) if study else None
        return s.product if s is not None else None

    def foreign_terms(self, products: Iterable[str]) -> frozenset[tuple[str, str]]:
        """(kind, id) of the terms (as the term matcher labels them) that none of ``products``
        declares: another product's vocabulary, for a document about these products."""
        wanted = set(products)
        out: set[tuple[str, str]] = set()
        for kind, terms in (("endpoint", self.endpoints), ("arm", self.arms),
                            ("population", self.populations), ("timepoint", self.timepoints)):
            for term in terms.values():
                if term.products and not wanted.intersection(term.products):
                    label = "baseline" if kind == "endpoint" and term.domain == "design" else kind
                    out.add((label, term.id))
        return frozenset(out)

    def vocabulary(self) -> dict[str, list[str]]:
        """label → phrases, for the term matcher: "endpoint:dfs" → ["disease-free survival", "DFS", …]."""
        vocab: dict[str, list[str]] = {}
        for kind, terms in (("endpoint", self.endpoints), ("arm", self.arms),
                            ("population", self.populations), ("timepoint", self.timepoints)):
            for term in terms.values():
                # design endpoints (baseline characteristics, enrolment) are weaker context: "baseline"
                label = "baseline" if kind == "endpoint" and term.domain == "design" else kind
                vocab[f"{label}:{term.id}"] = list(dict.fromkeys((term.label,) + term.synonyms))
        for study in self.studies.values():
            vocab[f"study:{study.id}"] = list(study.names)
        for pid, names in self.products.items():
            vocab.setdefault(f"product:{pid}", []).extend(names)
            competitors = self.portfolio[pid].competitors if pid in self.portfolio else ()
            if competitors:
                vocab.setdefault(f"competitor:{pid}", []).extend(competitors)
        for entry in self.entries.values():
            if entry.synonyms:
                vocab[f"entry:{entry.id}"] = list(entry.synonyms)
        return vocab


_SCHEMA: dict | None = None


def reference_schema() -> dict:
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = json.loads(resources.files("claimcheck").joinpath("schemas/reference.schema.json").read_text())
    return _SCHEMA


def reference_files(path: str | Path) -> list[Path]:
    return yaml_files(path, "claims-library file")


def load_reference(paths: list[str | Path] | str | Path) -> Reference:
    """Load and validate one or more claims-library files (or folders of them)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    ref = Reference()
    for path in paths:
        for file in reference_files(path):
            _load_file(file, ref)
    if not ref.entries:
        raise ConfigError("the claims library has no entries", str(paths[0]) if paths else None)
    return ref


def _num(x) -> Num:
    if isinstance(x, YNum):
        return Num(float(x), x.text, x.decimals)
    return Num.parse(str(x))


def _ci(x) -> tuple[Num, Num] | None:
    return (_num(x[0]), _num(x[1])) if x else None


def _terms(section: dict, kind: str, file: str, lines: LineMap, into: dict, product: str) -> None:
    """Add one file's terms of one kind. Ids are per product: a term another product declared
    under the same id (``os`` in two libraries) is merged (synonyms joined, both products
    recorded), unless the two disagree on what it is (a product arm, an endpoint's domain)."""
    for tid, body in (section or {}).items():
        new = Term(tid, body["label"], tuple(body.get("synonyms", ())),
                   product=bool(body.get("product", False)), domain=body.get("domain"), products=(product,))
        old = into.get(tid)
        if old is None:
            into[tid] = new
            continue
        where = lines.line_for((kind + "s", tid))
        if product in old.products:
            raise ConfigError(f"{kind} {tid!r} is declared twice", file, where)
        if old.product or new.product:
            raise ConfigError(f"arm {tid!r} is declared by product {old.products[0]!r} too: a product arm "
                              f"belongs to one product (give it a product-specific id)", file, where)
        if old.domain != new.domain:
            raise ConfigError(f"{kind} {tid!r} has domain {new.domain!r} here but {old.domain!r} in product "
                              f"{old.products[0]!r} (one id, one meaning)", file, where)
        into[tid] = Term(tid, old.label, tuple(dict.fromkeys(old.synonyms + (new.label,) + new.synonyms)),
                         product=False, domain=old.domain, products=old.products + (product,))


def _load_file(file: Path, ref: Reference) -> None:
    name = str(file)
    data, lines, digest = load_validated(file, reference_schema(), "a claims-library file must be a YAML mapping")
    ref.files.append((name, digest))
    product = data["product"]
    if product["id"] in ref.products:
        raise ConfigError(f"product {product['id']!r} is declared in two files", name, lines.line_for(("product",)))
    pid = product["id"]
    lex = data.get("lexicon") or {}
    ref.lexicon = Lexicon(tuple(dict.fromkeys(ref.lexicon.tokens + tuple(lex.get("tokens", ())))),
                          tuple(dict.fromkeys(ref.lexicon.label_words + tuple(lex.get("label_words", ())))))
    ref.products[pid] = tuple(product["names"])
    ref.portfolio[pid] = Product(pid, tuple(product["names"]), tuple(product.get("competitors", ())), name)
    _terms(data.get("arms"), "arm", name, lines, ref.arms, pid)
    _terms(data.get("endpoints"), "endpoint", name, lines, ref.endpoints, pid)
    _terms(data.get("populations"), "population", name, lines, ref.populations, pid)
    _terms(data.get("timepoints"), "timepoint", name, lines, ref.timepoints, pid)

    def need(kind: str, table: dict, value, path: tuple) -> None:
        if value is not None and value not in table:
            raise ConfigError(f"unknown {kind} {value!r} (declare it under {kind}s:)", name, lines.line_for(path))

    for si, s in enumerate(data["studies"]):
        if s["id"] in ref.studies:
            other = ref.studies[s["id"]].product
            raise ConfigError(f"study {s['id']!r} is declared twice"
                              + (f" (product {other!r} declares it too)" if other != pid else ""),
                              name, lines.line_for(("studies", si, "id")))
        prim = {}
        for pi, pe in enumerate(s.get("primary_endpoints", [])):
            need("endpoint", ref.endpoints, pe["endpoint"], ("studies", si, "primary_endpoints", pi, "endpoint"))
            prim[pe["endpoint"]] = (pe["met"], pe.get("statement"))
        study = Study(s["id"], tuple(s["names"]), s.get("design"), prim, product=product["id"])
        ref.studies[study.id] = study
        for ei, e in enumerate(s["entries"]):
            base = ("studies", si, "entries", ei)
            if e["id"] in ref.entries:
                other = ref.entries[e["id"]].study.product
                raise ConfigError(f"entry id {e['id']!r} is used twice"
                                  + (f" (product {other!r} uses it too)" if other != pid else ""),
                                  name, lines.line_for(base + ("id",)))
            need("endpoint", ref.endpoints, e["endpoint"], base + ("endpoint",))
            need("population", ref.populations, e.get("population"), base + ("population",))
            need("timepoint", ref.timepoints, e.get("timepoint"), base + ("timepoint",))
            arms = {}
            for arm_id, av in (e.get("arms") or {}).items():
                need("arm", ref.arms, arm_id, base + ("arms", arm_id))
                arms[arm_id] = _arm_value(av, name, lines, base + ("arms", arm_id))
            overall = None
            if "value" in e:
                overall = _arm_value(e, name, lines, base)
            diff = _comparison(e.get("difference"), name, lines, base + ("difference",), ref)
            ratio = _comparison(e.get("ratio"), name, lines, base + ("ratio",), ref)
            p = None
            if e.get("p"):
                pv = e["p"]
                p = PValue(pv["comparator"], _num(pv["value"]), pv.get("sided"), bool(pv.get("boundary", False)))
            src = e["source"]
            source = src["document"] + (f", {src['where']}" if src.get("where") else "")
            entry = Entry(
                id=e["id"], study=study, endpoint=e["endpoint"], measure=e["measure"], unit=e.get("unit"),
                population=e.get("population"), timepoint=e.get("timepoint"), analysis=e.get("analysis"),
                default=bool(e.get("default", False)), arms=arms, overall=overall, difference=diff,
                ratio=ratio, p=p, synonyms=tuple(e.get("synonyms", ())), source=source, note=e.get("note"),
                file=name, line=lines.line_for(base),
            )
            study.entries.append(entry)
            ref.entries[entry.id] = entry
            ref.by_endpoint.setdefault(entry.endpoint, []).append(entry)


def _arm_value(av: dict, name: str, lines: LineMap, path: tuple) -> ArmValue:
    value = _num(av["value"])
    ci = _ci(av.get("ci"))
    if ci:
        lo, hi = ci
        if not lo.value < hi.value:
            raise ConfigError(f"CI lower bound {lo} is not below upper bound {hi}", name, lines.line_for(path + ("ci",)))
        if not lo.value <= value.value <= hi.value:
            raise ConfigError(f"CI [{lo}, {hi}] does not contain its value {value}", name,
                              lines.line_for(path + ("ci",)))
    n, total = av.get("n"), av.get("N")
    if n is not None and total is not None and n > total:
        raise ConfigError(f"n={n} is larger than N={total}", name, lines.line_for(path + ("n",)))
    as_published = bool(av.get("as_published"))
    if as_published and (n is None or total is None):
        raise ConfigError("as_published needs the published n and N", name, lines.line_for(path + ("as_published",)))
    return ArmValue(value, n, total, ci, float(av["ci_level"]) if av.get("ci_level") else None, as_published)


def _comparison(c: dict | None, name: str, lines: LineMap, path: tuple, ref: Reference) -> Comparison | None:
    if not c:
        return None
    between = tuple(c["between"]) if c.get("between") else None
    for arm in between or ():
        if arm not in ref.arms:
            raise ConfigError(f"unknown arm {arm!r} (declare it under arms:)", name, lines.line_for(path + ("between",)))
    ci = _ci(c.get("ci"))
    value = _num(c["value"])
    if ci and not ci[0].value <= value.value <= ci[1].value:
        raise ConfigError(f"CI [{ci[0]}, {ci[1]}] does not contain its value {value}", name,
                          lines.line_for(path + ("ci",)))
    return Comparison(value, c.get("unit"), c.get("kind"), ci,
                      float(c["ci_level"]) if c.get("ci_level") else None, between)
