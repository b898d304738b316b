"""``indication``: every indication statement is compared with the approved wordings slot by
slot (see :mod:`claimcheck.checks.packs`). A statement over several lines is reported at the line a
reviewer must change: the words that broaden it, or, for a slot only left out, the line where the
slot belongs (after the wording of the slot stated before it in the approved order); else at its
first line."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from ...phrases import Term, TermPattern, compile_terms
from ...concepts import negated
from .base import PackRule, RuleRun
from .required_content import Element
from .text import TextIndex

#: a blank line between two sentences: a new paragraph
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: a count of people right before a population's words ("326 adults", "1,024 patients", "n = 80 adults")
_PEOPLE_COUNT = re.compile(r"(?<![\w.,/])\d{1,3}(?:,\d{3})*[ \t]{1,2}$")

@dataclass
class Variant:
    id: str
    label: str
    elements: list[Element]
    forbid: list[Term] = field(default_factory=list)
    extend: int = 0
    #: what a reviewer calls this wording ("US indication for adults"); messages never show the id
    name: str = ""
    _forbid: TermPattern | None = field(default=None, repr=False)

    def forbidden(self) -> TermPattern | None:
        if self._forbid is None and self.forbid:
            self._forbid = compile_terms(self.forbid)
        return self._forbid


_LIST_ITEM = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*-]|\d{1,2}[.)])[ \t]")
#: the marks of a line that only separates ("=====", "-----", "* * *"): never where a statement starts
_SEPARATOR_MARKS = frozenset("=-*_~#\u2013\u2014\u2500\u2550")
#: markup around a label ("**Indication:**", "## Approved use", "> Licensed indication")
_LABEL_MARKS = " \t*_#>|:\u2022\u25aa\u25cf-\u2013\u2014"
#: a sentence that points back at the one before it ("This is the approved indication")
_POINTER = re.compile(r"[\W_]{0,6}(?:this|that|these|it|such|which)\b", re.IGNORECASE)
#: a question-and-answer mark split off as a sentence of its own ("A1.", "Answer:", "Q:")
_QA_MARK = re.compile(r"(?:[QA]\d{0,3}|Answer|Question)\s{0,2}[.:)]?", re.IGNORECASE)
#: where a clause of a statement starts (the condition clause: "… (DFS); adults with … should …")
_CLAUSE_BREAK = re.compile(r";|\(|:\s|\s[\u2013\u2014-]{1,2}\s|\u2014|,\s")
#: a break after the disease where another clause may start (", EXAMPLIMAB was studied in …",
#: ", a population that …", "; …", " — …")
_BREAK = re.compile(r"(?:,|;|\s[\u2013\u2014-]{1,2}\s|\u2014)[ \t\n]{0,3}")
#: words that continue the statement after such a break (", in adults and in …", ", who are …")
_GOES_ON = re.compile(r"(?:in|for|among|including|aged?|who|whose|with|both|and|or|from|at|to|as|alone)\b",
                      re.IGNORECASE)
#: ... unless a conjunction starts a clause with a new subject (", and EXAMPLIMAB has been tested in
#: adults": a capitalised word after "and"/"or" is a name, not the population going on)
_NEW_SUBJECT = re.compile(r"[ \t\n]{1,3}[A-Z]")
#: a word of a Title-Case run (a name: "Acute Leukemia Service", "Leukemia & Lymphoma Society")
_NAME_WORD = re.compile(r"[A-Za-z][\w\u2019'&/-]*|&")
#: small words inside a name ("Society for Leukemia Research", "Leukemia and Lymphoma Society")
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&", "on", "in", "against"})
#: markup and list marks before a sentence's first word ("**Indicated** for", "> - Approved for")
_OPENING_MARKS = re.compile(r"[\s>*_#|\u2022\u25aa\u25cf\u2013-]{0,12}")
#: emphasis marks inside the opening words ("**Indicated** for", "_Licensed_ for")
_EMPHASIS = re.compile(r"[*_]{1,3}")
#: a trade mark after a name ("OTHERBRAND®", "OTHERBRAND (othermab)™"): a medicine's name
_TRADE_MARK = re.compile(r"([A-Za-z][\w-]{1,30})[ \t]{0,1}[\u00ae\u2122]")
#: the marks a sentence may end with after its colon ("… approved use:**", "… reads: ")
_AFTER_COLON = " \t\r\n*_\"'\u201d\u2019)]"


@functools.lru_cache(maxsize=1)
def _name_vocabulary() -> tuple[frozenset[str], re.Pattern]:
    """(the nouns that make a Title-Case run a proper name, lower-cased; the pattern of a word that
    ends with a medicine's stem), from data/names.yaml."""
    data = yaml.safe_load(resources.files("claimcheck").joinpath("data/names.yaml").read_text(encoding="utf-8"))
    organisation = frozenset(w.lower() for w in data["organisation"])
    stems = sorted((re.escape(w) for w in data["medicine_stems"]), key=len, reverse=True)
    return organisation, re.compile(r"\b(?=[A-Za-z]{8,}\b)[A-Za-z]+?(?:" + "|".join(stems) + r")\b", re.IGNORECASE)


def in_proper_name(text: str, at: int) -> bool:
    """Whether the word at ``at`` is part of a proper name: it starts with a capital, and the run of
    Title-Case words around it on its line (joined by blanks and small words: "Society for
    Leukemia Research", "Leukemia & Lymphoma Society") holds a noun of an organisation, a unit or
    an event (data/names.yaml ``organisation``: "the Leukemia Program", "Leukaemia Care", "the
    Acute Leukemia Service"). A disease word there names the organisation, not the disease."""
    if at >= len(text) or not text[at].isupper():
        return False
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    le = len(text) if le == -1 else le
    words = [(m.start(), m.end()) for m in _NAME_WORD.finditer(text, max(ls, at - 200), min(le, at + 200))]
    k = next((j for j, (a, b) in enumerate(words) if a <= at < b), None)
    if k is None:
        return False

    def joined(j: int) -> bool:          # words j and j + 1 with only blanks between them
        return not text[words[j][1]:words[j + 1][0]].strip(" \t")

    def fits(j: int) -> bool:
        w = text[words[j][0]:words[j][1]]
        return w[0].isupper() or w.lower() in _NAME_JOINERS

    lo = k
    while lo > 0 and joined(lo - 1) and fits(lo - 1):
        lo -= 1
    hi = k
    while hi + 1 < len(words) and joined(hi) and fits(hi + 1):
        hi += 1
    organisation, _ = _name_vocabulary()
    return any(text[words[j][0]].isupper()
               and re.sub(r"['\u2019]s?$", "", text[words[j][0]:words[j][1]]).lower() in organisation
               for j in range(lo, hi + 1))


#: the slot that names the disease: its ``broader`` and ``other`` wording (a wider disease, another
#: disease) stands for the disease where a statement is recognised
DISEASE_SLOT = "disease"


@dataclass
class Indication(PackRule):
    cue: list[Term] = field(default_factory=list)
    disease: list[Term] = field(default_factory=list)
    require_product: bool = True
    variants: list[Variant] = field(default_factory=list)
    when_product_named: bool = True
    cue_exceptions: list[Term] = field(default_factory=list)
    #: labels that head an indication given as a fragment ("Approved use", "Indication:")
    labels: list[Term] = field(default_factory=list)
    #: wording of use ("treats", "used to treat") that makes a sentence with the disease and most
    #: slots the statement, when the piece has no statement with a cue or a label
    use: list[Term] = field(default_factory=list)
    #: wording that says whom a trial enrolled ("randomized", "enrolled", "Who was studied"): a
    #: fragment without a cue that holds it describes a study population, not the indication
    study: list[Term] = field(default_factory=list)
    _cue: TermPattern | None = field(default=None, repr=False)
    _disease: TermPattern | None = field(default=None, repr=False)
    _labels: TermPattern | None = field(default=None, repr=False)
    _use: TermPattern | None = field(default=None, repr=False)
    _study: TermPattern | None = field(default=None, repr=False)
    _replaced: TermPattern | None = field(default=None, repr=False)
    _named: TermPattern | None = field(default=None, repr=False)

    #: list items a statement that ends with a colon takes in ("indicated for:" + bullets)
    LIST_ITEMS = 6

    @classmethod
    def from_pack(cls, loader, raw: dict, common: dict, path: tuple) -> "Indication":
        st = raw["statement"]
        variants = []
        for i, v in enumerate(raw["variants"]):
            vp = path + ("variants", i)
            variants.append(Variant(v["id"], loader.clean(v["wording"]),
                                    [loader.element(e, vp + ("elements", j)) for j, e in enumerate(v["elements"])],
                                    loader.terms(v.get("forbid", []), vp + ("forbid",)), int(v.get("extend", 0)),
                                    name=loader.clean(v.get("name", ""))))
        return cls(**common, cue=loader.terms(st["cue"], path + ("statement", "cue")),
                   disease=loader.terms(st["disease"], path + ("statement", "disease")),
                   require_product=st.get("product", True), variants=variants,
                   cue_exceptions=loader.terms(st.get("exceptions", []), path + ("statement", "exceptions")),
                   labels=loader.terms(st.get("labels", []), path + ("statement", "labels")),
                   use=loader.terms(st.get("use", []), path + ("statement", "use")),
                   study=loader.terms(st.get("study", []), path + ("statement", "study")),
                   when_product_named=raw.get("when", {}).get("product_named", True))

    def extent(self, index: TextIndex, i: int) -> int:
        """The last sentence of the statement that starts at sentence ``i``: a sentence that ends
        with a colon takes in the list items after it."""
        s, e = index.sentence_span(i)
        last = i
        if self._takes_items(index, s, e):
            n = len(index.sentences)
            while last + 1 < n and last - i < self.LIST_ITEMS:
                ns, _ = index.sentence_span(last + 1)
                line_start = index.text.rfind("\n", 0, ns) + 1
                if not _LIST_ITEM.match(index.text, line_start):
                    break
                last += 1
        return last

    def _takes_items(self, index: TextIndex, s: int, e: int) -> bool:
        """The sentence [s, e) ends with a colon, or with its cue: a heading or line "What
        EXAMPLIMAB is approved for" / "EXAMPLIMAB is indicated for" whose list items give the use."""
        text = index.text[s:e].rstrip()
        if text.endswith(":"):
            return True
        self._compile()
        end = s + len(text.rstrip(" \t?.*_#\u2014\u2013-"))
        # from each word start of the line's tail: cues overlap ("is indicated" / "indicated for")
        tail = max(s, end - 60)
        starts = [tail] + [tail + m.end() for m in re.finditer(r"\s+", index.text[tail:end])]
        return any(b == end for a in starts for _, b, _ in self._cue.finditer(index, a, end))

    def _compile(self) -> None:
        if self._cue is None:
            self._cue = compile_terms(self.cue)
            self._disease = compile_terms(self.disease)
            self._labels = compile_terms(self.labels) if self.labels else None
            self._use = compile_terms(self.use) if self.use else None
            self._study = compile_terms(self.study) if self.study else None
            # the disease broadened or replaced ("EXAMPLIMAB is indicated for relapsed solid tumours"):
            # the disease slot's broader and other wording, from every variant
            terms, seen = [], set()
            for v in self.variants:
                for el in v.elements:
                    if el.slot == DISEASE_SLOT:
                        for t in el.broader + el.other:
                            if repr(t) not in seen:
                                seen.add(repr(t))
                                terms.append(t)
            self._replaced = compile_terms(terms) if terms else None
            # the disease, or that wording in its place: where a labelled fragment may be
            self._named = compile_terms(self.disease + terms) if terms else self._disease

    def _asserted(self, run: "RuleRun", pattern: TermPattern | None, s: int, e: int,
                  exceptions: bool = True) -> list[tuple[int, int, object]]:
        """The hits of ``pattern`` in the sentence [s, e) that assert: outside the cue's exceptions
        ("as indicated in Table 2") and outside a negation's scope ("is not indicated for")."""
        if pattern is None:
            return []
        index = run.index
        return [h for h in pattern.finditer(index, s, e)
                if not (exceptions and self.cue_exceptions and run.excepted(self.cue_exceptions, h[0], h[1]))
                and not negated(index.lowered, s, h[0])]

    def statements(self, run: "RuleRun") -> list[tuple[int, int]]:
        """(first, last) sentences of each statement: an indication cue (outside the cue's
        exceptions, "as indicated in Table 2", and a negation's scope), the disease and the
        product, in any order (in the disease's place, the disease slot's ``broader`` or
        ``other`` wording outside a negation: "EXAMPLIMAB is indicated for relapsed solid
        tumours" is a statement that broadens the disease); or the disease given as a fragment under an indication label
        (``labels``: "Approved use" heading it, "Indication:" leading it) or right before a
        short sentence that points back at it ("This is the licensed indication"); a fragment
        must carry most of a variant's slots (:meth:`substantial`)."""
        self._compile()
        index = run.index
        out = []
        elsewhere = self.elsewhere(run)
        for i in index.sentences_with(self._cue):
            s, e = index.sentence_span(i)
            if not self._asserted(run, self._cue, s, e):
                continue
            last = self.extent(index, i)
            end = index.sentence_span(last)[1]
            if not self.names_disease(run, s, end, elsewhere):
                continue
            if self.require_product and not run.product_pattern().search(index, s, end):
                continue
            out.append((i, last))
        if self.require_product and run.product_first() is None:
            return self.without_lead_ins(index, out)
        for i in self.labelled(run):
            if not any(f <= i <= last for f, last in out) and self.substantial(index, i, self.extent(index, i)) \
                    and not self.study_population(run, i, self.extent(index, i)):
                out.append((i, self.extent(index, i)))
        for i in self.elided(run, elsewhere):
            if not any(f <= i <= last for f, last in out):
                out.append((i, self.extent(index, i)))
        return self.without_lead_ins(index, sorted(out))

    def named_sentences(self, run: "RuleRun") -> list[int]:
        """The sentences that name the disease or wording in its place (``_named``): one scan of
        the document, shared by :meth:`labelled` and :meth:`elided`."""
        self._compile()
        key = ("indication-named", self.rule.code)
        if key not in run.memo:
            run.memo[key] = run.index.sentences_with(self._named)
        return run.memo[key]

    def names_disease(self, run: "RuleRun", s: int, end: int, elsewhere) -> bool:
        """Whether [s, end) names the disease, or in its place the disease slot's ``broader`` or
        ``other`` wording (asserted, not of another product): not a word of a proper name ("the
        Leukemia Program asked that …", "Leukaemia Care": :func:`in_proper_name`)."""
        index = run.index
        return any(not in_proper_name(index.text, h[0]) for h in self._disease.finditer(index, s, end)) or any(
            not elsewhere(h[0]) for h in self._asserted(run, self._replaced, s, end))

    def without_lead_ins(self, index: TextIndex, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The statements less those that only lead in to the next one: a sentence that ends with
        a colon, took in no list items and is followed by a statement ("The service asked that
        <product> be listed, restricted to its approved use:", "Its licensed use is as follows:",
        "The approved indication reads:" over the quoted statement) introduces it; it is not a
        statement of its own, whatever words of the use or the disease it carries."""
        starts = {f for f, _ in found}
        return [(f, last) for f, last in found
                if not (last == f and f + 1 in starts
                        and index.text[slice(*index.sentence_span(f))].rstrip(_AFTER_COLON).endswith(":"))]

    def elided(self, run: "RuleRun", elsewhere) -> list[int]:
        """Sentences that state the product's indication with the product left unsaid: the
        sentence opens with an indication cue (after markup and list marks: "**Indicated** for
        …", "Approved for …", "Licensed for …"), names the disease (:meth:`names_disease`), and
        the product is named in it, in the heading over it (its section's, or the nearest
        heading-like line) or in the piece's title; not when the sentence names another medicine
        (a product of the claims library out of scope, a competitor, a trade-marked name, a
        non-proprietary name by its stem: "Approved for … exampleoma, othermab …"), nor when the
        heading over it names another medicine and not the product."""
        self._compile()
        index = run.index
        text = index.text
        out = []
        for i in self.named_sentences(run):
            s, e = index.sentence_span(i)
            if not self._opens_with_cue(index, s, e):
                continue
            last = self.extent(index, i)
            end = index.sentence_span(last)[1]
            if not self.names_disease(run, s, end, elsewhere) or self.other_medicine(run, s, end):
                continue
            if run.product_pattern().search(index, s, end) is None and not self._headed_by_product(run, i):
                continue
            out.append(i)
        return out

    def _opens_with_cue(self, index: TextIndex, s: int, e: int) -> bool:
        """Whether the sentence [s, e) opens with an indication cue, after markup and list marks,
        emphasis inside the opening words left out ("**Indicated** for", "- _Approved_ for")."""
        text = index.text
        start = _OPENING_MARKS.match(text, s, e).end()
        label = re.match(r"(?:\d{1,2}[.)]|[a-z][.)])[ \t]{1,3}", text[start:min(e, start + 6)])
        if label:
            start += label.end()
        opening = _EMPHASIS.sub("", text[start:min(e, start + 120)])
        if not opening[:1].isupper():
            return False
        hit = self._cue.search(TextIndex(opening))
        return hit is not None and hit[0] == 0

    def _headed_by_product(self, run: "RuleRun", i: int) -> bool:
        """Whether the heading over sentence ``i`` (the nearest heading-like sentence of its
        section, or the line that starts its section) names the product, or, when that heading
        names no medicine, the piece's title does (its first sentence, or the one after a market
        line: "Market: US")."""
        index = run.index
        text = index.text
        product = run.product_pattern()
        heads = [index.sentence_span(j) for j in index.headings_of(i)]
        start = index.section_start(index.sentence_span(i)[0])
        if start > 0 or index.has_sections():
            line_end = text.find("\n", start)
            heads.append((start, len(text) if line_end == -1 else line_end))
        for a, b in heads:
            if product.search(index, a, b) is not None:
                return True
            if self.other_medicine(run, a, b):
                return False
        title = 0
        if len(index.sentences) > 1 and re.match(r"[ \t<!>*_#-]{0,8}market[ \t]{0,3}:", text[slice(*index.sentence_span(0))],
                                                 re.IGNORECASE):
            title = 1
        if title >= len(index.sentences) or title >= index.sentence_index(index.sentence_span(i)[0]):
            return False
        return product.search(index, *index.sentence_span(title)) is not None

    def other_medicine(self, run: "RuleRun", s: int, e: int) -> bool:
        """Whether [s, e) names a medicine other than the products in scope: another product of
        the claims library or a competitor it lists, a trade-marked name ("OTHERBRAND®"), or a
        non-proprietary name by its stem (data/names.yaml ``medicine_stems``: "othermab")."""
        index = run.index
        ours = [(a, b) for a, b, _ in run.product_pattern().finditer(index, s, e)]

        def theirs(a: int, b: int) -> bool:
            return not any(oa <= a < ob or a <= oa < b for oa, ob in ours)

        ref = run.reference
        others = tuple(p for p in ref.products if p not in run.scope)
        names = [n for n in ref.product_names(others) if n] if others else []
        names += [c for p in ref.portfolio.values() for c in p.competitors if c]
        if names:
            pattern = run.compiled(("other-medicines", run.scope), lambda: TermPattern(
                [(None, [Term(n) for n in dict.fromkeys(names)])]))
            if any(theirs(a, b) for a, b, _ in pattern.finditer(index, s, e)):
                return True
        text = index.text
        if any(theirs(*m.span(1)) for m in _TRADE_MARK.finditer(text, s, e)):
            return True
        _, stems = _name_vocabulary()
        return any(theirs(*m.span()) for m in stems.finditer(text, s, e))

    def labelled(self, run: "RuleRun") -> list[int]:
        """Sentences holding the disease that an indication label heads (the heading-like or short
        sentence before it, or a line or a "Label:" before the disease in its own sentence), or
        that the next sentence points back at with a label ("This is the approved indication"), or
        that answers a short question about the use ("What is EXAMPLIMAB indicated for?")."""
        index = run.index
        text = index.text
        out = []
        for i in self.named_sentences(run):
            s, e = index.sentence_span(i)
            d = self._named.search(index, s, e)[0]
            label = False
            pos = s
            while pos < d and not label:
                nl = text.find("\n", pos, d)
                if nl != -1:            # a whole line before the disease: a heading line over the next
                    head, after = text[pos:nl].strip(_LABEL_MARKS), text[nl + 1:d].lstrip(_LABEL_MARKS)
                    label = (head[:1].isupper() and head[-1:] not in ".,;!?" and after[:1].isupper()
                             and self._is_label(index, pos, nl))
                    pos = nl + 1
                else:                   # the disease's own line: a label before a colon
                    colon = text.find(":", pos, d)
                    label = colon != -1 and self._is_label(index, pos, colon + 1)
                    pos = d
            if not label and i > 0:
                # a heading over it, or a label set as a short sentence of its own before it
                # ("4.1 Licensed indication (per SmPC). Monotherapy for adults with …")
                label = self._is_label(index, *index.sentence_span(i - 1))
            if not label and i > 0:
                # the answer to a question about the use ("Q1. Who is EXAMPLIMAB indicated for?"
                # over "A1. Adults with …"): a short question holding a cue or a label, no disease
                q = i - 1
                while q > 0 and _QA_MARK.fullmatch(text[slice(*index.sentence_span(q))].strip()):
                    q -= 1              # "A1." split off as a sentence of its own
                ps, pe = index.sentence_span(q)
                question = text[ps:pe].rstrip(_LABEL_MARKS)
                label = (question.endswith("?") and len(question.split()) <= 15
                         and self._disease.search(index, ps, pe) is None
                         and bool(self._asserted(run, self._cue, ps, pe)
                                  or self._asserted(run, self._labels, ps, pe, exceptions=False)))
            if not label and i + 1 < len(index.sentences):
                # "This is the licensed indication": short, about the use, no disease of its own
                ns, ne = index.sentence_span(i + 1)
                label = (bool(_POINTER.match(text, ns)) and len(text[ns:ne].split()) <= 15
                         and self._disease.search(index, ns, ne) is None
                         and bool(self._asserted(run, self._labels, ns, ne, exceptions=False)))
            if label:
                out.append(i)
        return out

    def _is_label(self, index: TextIndex, a: int, b: int) -> bool:
        """Whether [a, b) is an indication label: a label term, at most six words in all."""
        if self._labels is None:
            return False
        words = index.text[a:b].strip(_LABEL_MARKS).split()
        return 0 < len(words) <= 6 and self._labels.search(index, a, b) is not None

    def elsewhere(self, run: "RuleRun"):
        """A test of the offsets where wording does not speak of this product's indication: in a
        sentence, after a negated cue ("…; it is not indicated for other tumours") or after cues
        all in another sense ("As indicated in Table 2, … solid tumours"), in a proper name ("the
        Adult Leukemia Program": :func:`in_proper_name`), or in the clause of
        another product of the claims library ("EXAMPLIMAB for … exampleoma, and OTHERMAB for …
        otheroma": the part of the product named nearest before it, or, before any, the first
        named)."""
        self._compile()
        index = run.index
        others = tuple(p for p in run.reference.products if p not in run.scope)

        def build():
            names = [n for n in run.reference.product_names(others) if n]
            return TermPattern([(None, [Term(n) for n in dict.fromkeys(names)])]) if names else None

        other_pattern = run.compiled(("other-products", run.scope), build) if others else None

        def test(a: int) -> bool:
            if in_proper_name(index.text, a):
                return True         # "the Leukemia Program", "the Pediatric Oncology Service"
            s, _ = index.sentence_of(a)
            cues = list(self._cue.finditer(index, s, a))
            if cues and (negated(index.lowered, s, cues[-1][0]) or not self._asserted(run, self._cue, s, a)):
                return True         # "is not indicated for …", "as indicated in Table 2, … tumours"
            if other_pattern is None:
                return False
            e = index.sentence_of(a)[1]
            mentions = sorted([(h[0], False) for h in run.product_pattern().finditer(index, s, e)]
                              + [(h[0], True) for h in other_pattern.finditer(index, s, e)])
            before = [m for m in mentions if m[0] <= a]
            owner = before[-1] if before else (mentions[0] if mentions else None)
            return owner is not None and owner[1]

        return test

    def by_content(self, run: "RuleRun") -> tuple[int, int] | None:
        """With no statement found by cue or label: the sentence that states the use in other
        words (``use``: "treats", "used to treat", outside a negation), naming the disease (and
        the product) with most of a variant's slots; the closest to a variant when several do."""
        if self._use is None:
            return None
        index = run.index
        best = None
        for i in index.sentences_with(self._disease):
            s, e = index.sentence_span(i)
            if not self._asserted(run, self._use, s, e, exceptions=False):
                continue
            last = self.extent(index, i)
            end = index.sentence_span(last)[1]
            if self.require_product and not run.product_pattern().search(index, s, end):
                continue
            if not self.substantial(index, i, last) or self.study_population(run, i, last):
                continue
            score = self.closest(index, i, last, self.elsewhere(run))[0]
            if best is None or score < best[0]:
                best = (score, (i, last))
        return best[1] if best else None

    def study_population(self, run: "RuleRun", i: int, last: int) -> bool:
        """Whether the fragment i..last (found without a cue) describes whom a trial enrolled, not
        the use: it holds study wording (``study``: "randomized", "enrolled", "Who was studied")
        outside a negation, or a count of people right before its population ("326 adults with …",
        "240 patients with …"): an indication never counts its patients."""
        self._compile()
        index = run.index
        s, _ = index.sentence_span(i)
        end = index.sentence_span(last)[1]
        if self._asserted(run, self._study, s, end, exceptions=False):
            return True
        text = index.text
        for v in self.variants:
            for el in v.elements:
                if el.slot != "population":
                    continue
                for p in el.search_patterns():
                    for a, _, _ in p.finditer(index, s, end):
                        if _PEOPLE_COUNT.search(text, max(s, a - 16), a):
                            return True
        return False

    def substantial(self, index: TextIndex, i: int, last: int) -> bool:
        """Whether the sentences i..last carry the substance of an indication: for some variant,
        at least three of its slots (and half of them) stated, wholly or in part."""
        s, _ = index.sentence_span(i)
        statement_end = index.sentence_span(last)[1]
        for v in self.variants:
            missing, _, _ = self.compare(index, v, s, statement_end, self.own_end(index, v, s, statement_end),
                                         self.population_end(index, v, s, statement_end))
            stated = len(v.elements) - len(missing)
            if stated >= 3 and 2 * stated >= len(v.elements):
                return True
        return False

    def closest(self, index: TextIndex, i: int, last: int, skip=None):
        """(score, variant, problems) of the variant closest to the statement i..last, or None
        as the whole result when the statement matches a variant exactly.

        A variant explains the statement only when the statement states no slot that the variant
        lacks and another variant has (one approved wording names a biomarker, an older or
        narrower one does not): a statement that carries that slot is written from the other
        wording and is compared with it ("adults with relapsed … biomarker-positive …" read
        against the wording "… biomarker-positive … in adults and children" narrows its
        population; it is not the adult-only wording without the biomarker)."""
        s, _ = index.sentence_span(i)
        statement_end = index.sentence_span(last)[1]
        best = None
        for order, v in enumerate(self.variants):
            end = index.sentence_span(min(len(index.sentences) - 1, last + v.extend))[1]
            problems = self.compare(index, v, s, end, self.own_end(index, v, s, statement_end),
                                    self.population_end(index, v, s, statement_end),
                                    self.broad_spans(index, s, statement_end, end), skip)
            missing, narrowed, broad = problems
            foreign = self.foreign(index, v, s, statement_end)
            if not missing and not narrowed and not broad and not foreign:
                return (-1,), None, None
            # prefer the variant the statement does not broaden, then one that explains every slot
            # it states, then the fewest differences
            score = (bool(broad), bool(foreign),
                     len(missing) + len(narrowed) + sum(len(w) for _, w, _ in broad), order)
            if best is None or score < best[0]:
                best = (score, v, problems)
        return best

    def foreign(self, index: TextIndex, v: Variant, s: int, statement_end: int) -> list[Element]:
        """The elements of the other variants, in slots ``v`` has none of, that the statement
        [s, statement_end) states in full (what ``v`` does not explain)."""
        own = {el.slot for el in v.elements if el.slot}
        return [el for other in self.variants if other is not v for el in other.elements
                if el.slot and el.slot not in own and not el.follows
                and el.groups_in_span(index, s, statement_end) == len(el.all_of)]

    def broad_spans(self, index: TextIndex, s: int, statement_end: int, end: int) -> list[tuple[int, int]]:
        """Where wording broadens the statement: the statement itself, and of the sentences after
        it that a variant reads on (``extend``, for a ``follows`` slot), those that speak of the use
        (an indication cue or a word of use: "It is also used in …"), or that state a ``follows``
        slot (the condition's own sentence: "marker-positive patients may be treated with or after a <therapy>");
        a result or a comparison there ("… versus 29.4% with chemotherapy") is not part of the indication."""
        self._compile()
        spans = [(s, statement_end)]
        follows = [el for v in self.variants for el in v.elements if el.follows]
        i = index.sentence_index(statement_end - 1) + 1 if statement_end > s else index.sentence_index(s) + 1
        # a word of use after a blank line speaks of another topic ("**Place in the pathway.**
        # Second-line therapy for adults, run by the adult leukaemia service"): only a ``follows`` slot's
        # sentence is read on past one; within the statement's paragraph, any that speaks of the use
        paragraph = True
        prev_end = statement_end if statement_end > s else index.sentence_span(index.sentence_index(s))[1]
        while i < len(index.sentences):
            a, b = index.sentence_span(i)
            if a >= end:
                break
            paragraph = paragraph and _BLANK_LINE.search(index.text, prev_end, a) is None
            prev_end = b
            if (paragraph and (self._cue.search(index, a, b) is not None or (
                    self._use is not None and self._use.search(index, a, b) is not None))) or any(
                    (el.subject() or el).groups_in_span(index, a, b) == len((el.subject() or el).all_of)
                    for el in follows):
                spans.append((a, b))
            i += 1
        return spans

    def own_end(self, index: TextIndex, v: Variant, s: int, statement_end: int) -> int:
        """Where the slots not marked ``follows`` must be stated: the statement, up to the clause
        that states a ``follows`` slot in the statement's own sentence ("… (DFS); adults with
        marker-positive disease should have failed …": that clause's "adults" is not the population the
        indication is for). The cut is kept only where the disease stays before it."""
        first = None
        for el in v.elements:
            if el.follows:
                for p in el.patterns():
                    hit = p.search(index, s, statement_end)
                    if hit is not None and (first is None or hit[0] < first):
                        first = hit[0]
        if first is None:
            return statement_end
        cut = None
        for m in _CLAUSE_BREAK.finditer(index.text, s, first):
            cut = m.start()
        if cut is None or self._disease.search(index, s, cut) is None:
            return statement_end
        return cut

    def population_end(self, index: TextIndex, v: Variant, s: int, statement_end: int) -> int | None:
        """Where the population slot stops being read: at the first clause after the statement's
        first mention of the disease (and its cue) that says something else (", EXAMPLIMAB was studied in
        adults", ", a population that …"), not one that goes on with the population (", in
        adults and …", ", adult patients …"); None when there is none."""
        hit = self._disease.search(index, s, statement_end)
        if hit is None:
            return None
        # a break before the cue is not an aside ("For that disease, EXAMPLIMAB is indicated in adults")
        cue = self._cue.search(index, s, statement_end)
        after = max(hit[1], cue[1]) if cue is not None else hit[1]
        text = index.text
        population = [p for el in v.elements if el.slot == "population" for p in el.patterns()]
        for m in _BREAK.finditer(text, after, statement_end):
            at = m.end()
            if at >= statement_end or not text[at].isalnum():
                continue
            goes_on = _GOES_ON.match(text, at)
            if goes_on and not (goes_on.group(0).lower() in ("and", "or")
                                and _NEW_SUBJECT.match(text, goes_on.end())):
                continue
            word_end = at + len(text[at:statement_end].split(None, 1)[0])
            if any((h := p.search(index, at, word_end)) is not None and h[0] == at for p in population):
                continue
            return m.start()
        return None

    def anchor(self, index: TextIndex, s: int, e: int) -> int:
        """Where a finding about the statement in the sentence [s, e) is reported: the start of
        the line where the statement begins (the first line with its cue or disease, and the
        lines of its paragraph before it), not a separator ("=====") or heading line that the
        sentence took in."""
        text = index.text
        hits = [h[0] for h in (self._cue.search(index, s, e), self._disease.search(index, s, e)) if h]
        if not hits:
            return s
        line = max(s, text.rfind("\n", 0, min(hits)) + 1)
        while line > s:
            prev = max(s, text.rfind("\n", 0, line - 1) + 1)
            above = text[prev:line - 1].strip()
            marks = above.replace(" ", "").replace("\t", "")
            if not above or len(marks) >= 3 and set(marks) <= _SEPARATOR_MARKS or above[-1:] == ":":
                break
            words = above.strip(_LABEL_MARKS).split()
            here = text[line:e].lstrip(" \t*_#>")
            if above[-1:] not in ".,;!?" and len(words) <= 6 and here[:1].isupper():
                break               # a heading line over the statement
            line = prev
        while line < e and text[line] in " \t":
            line += 1
        return line

    def check(self, run: "RuleRun"):
        index = run.index
        statements = self.statements(run)
        if not statements:
            if self.when_product_named and run.product_first() is None:
                return
            found = self.by_content(run)
            if found is not None:
                statements = [found]
        if not statements:
            s, e, snippet = index.first_line()
            wording = self.variants[0].label
            yield run.ctx.finding(
                self.rule, s, e,
                self.message("no statement of the approved indication was found",
                             f'add the approved indication: "{wording}"'),
                expected=wording, source=self.file, snippet=snippet, extra={"missing": ["indication"]})
            return
        for i, last in statements:
            s, e = index.sentence_span(i)
            best = self.closest(index, i, last, self.elsewhere(run))
            if best[1] is None:
                continue
            s = self.anchor(index, s, e)
            _, v, (missing, narrowed, broad) = best
            parts = []
            # a slot stated in other, broader or different words in its place ("solid tumours" for
            # "marker-positive exampleoma"): said as such, not as missing
            replaced = [sl for sl, _, kind in broad if sl and (kind == "other" or any(el.slot == sl for el in missing))]
            replaced = list(dict.fromkeys(replaced))
            for sl in replaced:
                words = list(dict.fromkeys(w for bsl, ws, _ in broad if bsl == sl for w in ws))
                other = any(kind == "other" for bsl, _, kind in broad if bsl == sl)
                approved = " ".join(el.label for el in v.elements if el.slot == sl and not el.follows)
                parts.append(f"{sl}: " + " / ".join(f'"{w}"' for w in words)
                             + (" differs from" if other else " is broader than") + f' the approved "{approved}"')
            shown_missing = [el for el in missing if el.slot not in replaced]
            shown_broad = [(sl, ws) for sl, ws, _ in broad if sl not in replaced]
            if shown_missing:
                parts.append("truncated: " + ", ".join(
                    f'{el.slot + " " if el.slot else ""}"{el.label}" missing' for el in shown_missing))
            if narrowed:
                parts.append("narrowed: " + ", ".join(
                    f'{el.slot + " " if el.slot else ""}' + (
                        " / ".join(f'"{w}"' for w in words) + f' instead of "{el.label}"' if words
                        else f'only part of "{el.label}"') for el, words in narrowed))
            if shown_broad:
                parts.append("broadened: " + ", ".join(
                    f'{slot + " " if slot else ""}' + " / ".join(f'"{w}"' for w in words) for slot, words in shown_broad)
                    + " not in the approved wording")
            found_end = index.sentence_span(last)[1]
            # a statement over several lines is reported where its wording goes wider or differs
            # ("… exampleoma in / patients of any age."), the words a reviewer must change
            # (the words as the statement wraps them: "of all\n      ages" for "all ages")
            at = [a for _, ws, _ in broad for w in ws if (a := _wording_at(index.text, w, s, found_end)) >= 0]
            at = max(s, min(at)) if at else s
            if at == s and shown_missing and not narrowed and not broad:
                # ... and where a slot is only left out ("… in adult and pediatric / patients." without
                # the age), where it belongs: after the wording of the slot stated before it
                at = self.gap(index, v, shown_missing[0], s, found_end)
            yield run.ctx.finding(
                self.rule, at, e,
                self.message(f"the indication statement differs from the approved {v.name or 'indication'} ("
                             + "; ".join(parts) + ")", f'state the indication as approved: "{v.label}"'),
                expected=v.label, found=" ".join(index.text[s:found_end].split())[:300], source=self.file,
                extra={"missing": [el.id for el in missing], "narrowed": [el.id for el, _ in narrowed],
                       "broadened": sorted({w for _, ws, _ in broad for w in ws}),
                       "slots": sorted({el.slot for el in missing} | {el.slot for el, _ in narrowed}
                                       | {sl for sl, _, _ in broad} - {""}),
                       "variant": v.id})

    @staticmethod
    def gap(index: TextIndex, v: Variant, missing: Element, s: int, end: int) -> int:
        """Where the left-out slot ``missing`` belongs in the statement [s, end): the start of the
        line on which the wording of the nearest slot before it in the approved order ends (the
        statement's start when none before it is stated)."""
        at = s
        for el in v.elements:
            if el is missing:
                break
            ends = [hb for p in el.patterns() if p is not None for _, hb, _ in p.finditer(index, s, end)]
            if ends:
                at = max(ends) - 1
        return max(s, index.text.rfind("\n", s, at) + 1) if at > s else s

    @staticmethod
    def weakened(index: TextIndex, v: Variant, el: Element, s: int, end: int) -> str | None:
        """For a slot with a ``force`` (the condition's "failed"): the wording of the slot stated
        without it, or None. Sentences of [s, end) that state what the slot is about (every group
        but the force: "marker-positive", "<therapy>") must state the force too in one of them; when
        none does, the words that stand in its place are returned: those before the last such group,
        after the nearest wording of another slot ("… exampleoma may have received a prior <therapy>")."""
        subject = el.subject()
        if subject is None:
            return None
        found = None
        first = index.sentence_index(s)
        last = index.sentence_index(max(s, end - 1))
        for i in range(first, last + 1):
            a, b = index.sentence_span(i)
            a, b = max(a, s), min(b, end)
            if a >= b or subject.groups_in_span(index, a, b) != len(subject.all_of):
                continue
            if any(el._group_hit(k, index, a, b) for k in el.force):
                return None
            if found is None:
                found = (a, b)
        if found is None:
            return None
        a, b = found
        pats = subject.search_patterns()
        ends = [hb for p in pats for _, hb, _ in p.finditer(index, a, b)]
        stop = max(ends)
        begin = max((hb for p in pats[:-1] for _, hb, _ in p.finditer(index, a, b) if hb < stop), default=a)
        for other in v.elements:
            if other is el:
                continue
            for p in other.search_patterns():
                begin = max([begin] + [hb for _, hb, _ in p.finditer(index, a, stop) if hb < stop])
        phrase = index.text[begin:stop]
        if phrase.count("(") > phrase.count(")"):       # "… inhibitor (TKI": the abbreviation's bracket
            phrase = phrase[:phrase.rfind("(")]
        phrase = phrase[phrase.rfind(",") + 1:]          # "…, previous exposure to a TKI"
        verb = _AUXILIARY.search(phrase)                 # "disease may have received …": from the verb
        if verb is not None:
            phrase = phrase[verb.start():]
        words = phrase.strip(" \t\n,;:()").split()
        return " ".join(words[-12:]) if words else " ".join(index.text[a:b].split()[:12])

    @staticmethod
    def counts(index: TextIndex, el: Element, s: int, end: int) -> list[tuple[int, str]]:
        """The counts stated right before the words of slot ``el`` in [s, end) (:func:`count_before`),
        outside a negation; not before the slot's force ("failed")."""
        out = []
        for p in (el.subject() or el).patterns():
            for a, _, _ in p.finditer(index, s, end):
                found = count_before(index.text, a)
                if found is not None and found[1] and not negated(index.lowered, index.sentence_of(a)[0], a):
                    out.append(found)
        return list(dict.fromkeys(out))

    @staticmethod
    def compare(index: TextIndex, v: Variant, s: int, end: int, statement_end: int | None = None,
                population_end: int | None = None, broad_spans: list[tuple[int, int]] | None = None,
                skip=None):
        """Slot by slot: (missing elements, [(narrowed element, words)], [(slot, broadening words)]).
        A slot counts where the statement states it ([s, statement_end)); one marked ``follows``
        also in the sentences after it (up to ``end``): "Adult patients with biomarker-positive relapsed … disease"
        after the statement does not restore "adults" dropped from the statement itself. The
        population slot counts only before ``population_end`` (an aside after the disease).
        Broadening wording counts anywhere up to ``end``, or, given ``broad_spans``, in those spans
        only (:meth:`broad_spans`), and, given ``skip``, not where it says so (:meth:`elsewhere`)."""
        spans = broad_spans if broad_spans is not None else [(s, end)]
        missing: list[Element] = []
        narrowed: list[tuple[Element, list[str]]] = []
        broad: list[tuple[str, list[str], str]] = []
        for el in v.elements:
            own = end if el.follows or statement_end is None else statement_end
            if population_end is not None and el.slot == "population" and not el.follows:
                own = min(own, population_end)
            narrower = el.words("narrower", index, s, own)
            have = el.groups_in_span(index, s, own)
            # the slot stated without its force ("marker-positive patients may have received a <therapy>" for
            # "should have failed a <therapy>"): what it is about is there, the condition is not
            weakened = Indication.weakened(index, v, el, s, own)
            if weakened is not None:
                have = len(el.all_of)
            fewer: list[str] = []
            if el.count is not None and have == len(el.all_of):
                # the slot's count ("failed at least 1 <therapy>"): another count stated before
                # its words narrows it ("at least 2": fewer patients) or broadens it ("0")
                for n, words in Indication.counts(index, el, s, own):
                    if n > el.count:
                        narrower = narrower + [words]
                    elif n < el.count:
                        fewer.append(words)
            if fewer:
                broad.append((el.slot or el.label, list(dict.fromkeys(fewer)), "broader"))
            if have == len(el.all_of) and not narrower:
                pass
            elif narrower or have:
                narrowed.append((el, narrower))
            else:
                missing.append(el)
            # the slot stated in its own words ("tumour" in "exampleoma tumour") or as another one
            # ("otheroma tumour") is not broadened by a word inside that wording
            taken = [(a, b) for other in v.elements if other is el or (el.slot and other.slot == el.slot)
                     for a0, b0 in spans for p in other.search_patterns() for a, b, _ in p.finditer(index, a0, b0)]
            taken += [(a, b) for other in v.elements if el.slot and other.slot == el.slot
                      for a0, b0 in spans for a, b, _ in other.word_hits("other", index, a0, b0)]
            # another wording in the slot's place, in the statement itself ("… otheroma" for
            # exampleoma; "otheroma (EXO)" keeps the abbreviation, not the disease), outside a
            # negation ("not for otheroma")
            instead = list(dict.fromkeys(w for a, b, w in el.word_hits("other", index, s, own)
                                         if not negated(index.lowered, index.sentence_of(a)[0], a)
                                         and not (skip and skip(a))))
            if instead:
                broad.append((el.slot or el.label, instead, "other"))
            wider = list(dict.fromkeys(w for a0, b0 in spans for a, b, w in el.word_hits("broader", index, a0, b0)
                                       if not any(ta <= a and b <= tb for ta, tb in taken)
                                       and not negated(index.lowered, index.sentence_of(a)[0], a)
                                       and not (skip and skip(a))))
            if wider:
                broad.append((el.slot or el.label, wider, "broader"))
            elif weakened is not None:
                broad.append((el.slot or el.label, [weakened], "broader"))
        fp = v.forbidden()
        if fp:
            taken_words = {w for _, ws, _ in broad for w in ws}
            words = sorted({" ".join(index.text[a:b].split()) for sa, sb in spans
                            for a, b, _ in fp.finditer(index, sa, sb) if not (skip and skip(a))} - taken_words)
            if words:
                broad.append(("", words, "broader"))
        return missing, narrowed, broad


def _wording_at(text: str, words: str, start: int, end: int) -> int:
    """Where ``words`` (a slot's wording as a finding quotes it, its blanks made single) first
    stand in [start, end) as whole words, whatever blanks or line breaks separate them (a
    statement wrapped over lines: "… patients of all\n      ages."), or -1."""
    parts = words.split()
    if not parts:
        return -1
    body = r"\s{1,40}".join(re.escape(p) for p in parts)
    lead = r"(?<!\w)" if parts[0][:1].isalnum() else ""
    tail = r"(?!\w)" if parts[-1][-1:].isalnum() else ""
    m = re.compile(lead + body + tail, re.IGNORECASE).search(text, start, end)
    return m.start() if m is not None else -1


#: an auxiliary or modal verb: where the predicate of a condition starts ("… disease may have received …")
_AUXILIARY = re.compile(r"\b(?:may|might|can|could|should|must|shall|will|would|has|have|had|is|are|was|were|be|"
                        r"been|being)\b", re.IGNORECASE)

#: a count written in words
_NUMBER_WORDS = {"a": 1, "an": 1, "any": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "single": 1, "multiple": 2, "several": 2}
_NUM = r"(?P<n>\d{1,3}|a|an|any|one|two|three|four|five|six|seven|eight|nine|ten|single|multiple|several)"
#: a count right before a slot's words (at most three words between: "at least 2 prior lines of
#: <therapy>"): its form says whether it is a least count ("at least 2", "2 or more", "≥2"), one
#: more than a count ("more than 1", ">1") or a bare count ("two <therapies>", "a <therapy>")
_COUNT_BEFORE = re.compile(
    r"(?:(?P<least>at\s{1,3}least|a\s{1,3}minimum\s{1,3}of|no\s{1,3}fewer\s{1,3}than|not\s{1,3}less\s{1,3}than|"
    r"\u2265|>=)\s{0,3}|(?P<more>more\s{1,3}than|greater\s{1,3}than|over|>)\s{0,3})?"
    + _NUM + r"(?P<ormore>\s{1,3}or\s{1,3}more|\s{0,2}\+)?(?:\s{1,3}[\w-]{1,20}){0,3}\s{1,3}$",
    re.IGNORECASE)

#: the label of a numbered paragraph at a line's start, after markup: a multi-level number ("2.2",
#: "4.1.2", "7.3."), a number, letter or roman numeral closed by a full stop or a bracket ("3.",
#: "b)", "ii.", "(c)", "(iv)"); a bare number ("2 TKIs" wrapped onto a line) is no label
_SECTION_LABEL = re.compile(
    r"[ \t>*_#|\u2022-]{0,8}(?:\u00a7[ \t]?)?(?:\d{1,3}(?:\.\d{1,3}){1,4}\.?|(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]"
    r"|\((?:\d{1,3}|[a-z]|[ivxlc]{1,6})\))[ \t]+", re.IGNORECASE)


def count_before(text: str, at: int) -> tuple[int, str] | None:
    """The least count stated right before ``at`` in its clause (within 60 characters), with its
    words: "at least 2 <therapies>" (2), "one or more" (1), "more than 1" (2), "two prior
    <therapies>" (2), "a <therapy>" (1); None when no count stands there."""
    lo = max(0, at - 60)
    # a numbered paragraph's label opening the line ("2.2 Adult patients with …", "4.1.2", "(b)",
    # "ii."): the number of a section, not a count of the slot
    line = text.rfind("\n", 0, at) + 1
    label = _SECTION_LABEL.match(text, line, at)
    if label is not None:
        lo = max(lo, label.end())
    window = text[lo:at]
    cut = max(window.rfind(c) for c in ".;:()\n")
    window = window[cut + 1:]
    # the count nearest the slot's words, with the longest lead ("at least 2", not "2" alone or
    # "a" further back: "a treatment with 2 <therapies>")
    m = None
    for k in range(len(window)):
        if k == 0 or not window[k - 1].isalnum():
            hit = _COUNT_BEFORE.match(window, k)
            if hit and (m is None or hit.start("n") > m.start("n")):
                m = hit
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS[m.group("n").lower()]
    if m.group("more"):
        n += 1
    words = " ".join(window[m.start():m.end()].split())
    return n, words
