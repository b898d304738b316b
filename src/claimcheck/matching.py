"""Claim ↔ reference entry: candidate search, context scoring (rapidfuzz) and rounding-aware comparison.

For each claim the matcher builds the *facts* the claims library holds for the claim's endpoint
and measure (a rate per arm, a median, a hazard ratio, a difference, a p-value) and decides the
claim's :class:`~claimcheck.model.Match` (the engine sets it as ``claim.match``), whose
:class:`~claimcheck.model.MatchStatus` is:

``consistent``    a fact of a compatible arm agrees at the written precision (81% for 80.7%);
``more-precise``  the claim is written with more decimals than the library holds and rounds to it;
``arms-swapped``  the value agrees with the *other* arm of the entry the claim refers to;
``mismatch``      the claim refers to an entry (its population named, or the endpoint's default
                  entry with a near-miss value: within 2 units of the last digit, or transposed
                  digits) and the value disagrees
                  (29.3% where the entry says 29.4%), or its CI or n/N disagree;
``unmatched``     no fact agrees and no entry is referred to clearly enough to call a mismatch,
                  or the text names the endpoint as another endpoint no entry holds ("composite
                  complete remission", "post-transplant survival": Matcher._another_endpoint);
``not-applicable`` the claim has no endpoint, or is of a kind the library does not hold.

A claim is matched only within the products the document promotes (``products``), and, where
the text names a trial of the portfolio (``claim.study``), only within that trial's product; a
product arm is compatible only with the arms of its own product; a claim in a sentence that
names a competitor (``product.competitors``) and none of the document's products is not ours to
match. Endpoints named in neighbouring sentences count for agreement (a multi-column headline), but a
mismatch is only called against the endpoint named in the claim's own sentence, so a value is
never judged against a label that merely sits nearby.

The facts depend only on the entry and the claim's kind (and unit, ratio kind), and the Reference
does not change once loaded, so the Matcher builds each endpoint's facts once, with each value's
rounding ladder (:func:`numbers.roundings`), and agreement is then an integer comparison per fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .claims import ITEM_BREAK
from .concepts import negated
from .context import MARKED_COLON_END
from .model import Claim, ClaimKind, Match, MatchStatus
from .numbers import Num, faithful, more_precise, round_half_up, roundings
from .outcomes import anchor_patterns, words as outcome_words
from .reference import ArmValue, Entry, Reference

#: a value within this many units of its last written digit of the reference value (rounded to the
#: written precision), or with the same digits transposed, is a near miss: a likely transcription error
NEAR_MISS_UNITS = 2
#: how far before a claim's sentence the words that set an entry apart from its rivals may be named
#: (a table's header row, a section heading: Matcher._qualified)
QUALIFIER_REACH = 800
#: a value within this fraction of the default entry's value, with nothing else to go on, is read as
#: a wrong transcription of it (V001) rather than as a figure of its own (U001)
CLOSE_FRACTION = 0.1
#: how many comparisons of two arms the library gives no order (two dose groups) must keep one order
#: in a document for the one comparison written the other way round to be called a swap
MIN_ORDER_PAIRS = 2

#: a list whose values are paired with the names before it by their order
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: words just before a population's name that make a label its complement ("outside the US", "non-US")
_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:outside|other\s{1,3}than|without|not|except)(?:\s{1,3}the)?\s{1,3}|\bnon-?|\bex-)$",
                                re.I)


def near_miss(written: Num, reference: Num) -> bool:
    unit = 10 ** (-written.decimals)
    rounded = float(round_half_up(reference.value, written.decimals))
    if abs(written.value - rounded) <= NEAR_MISS_UNITS * unit + 1e-9:
        return True
    a = sorted(c for c in written.text if c.isdigit())
    b = sorted(c for c in f"{rounded:.{written.decimals}f}" if c.isdigit())
    return a == b


#: a break between two clauses of one sentence, for how far an entry's words stand from a value
#: (a semicolon, a colon, a dash)
_WORDS_CLAUSE_BREAK = re.compile(r"[;:\u2013\u2014]|\s-\s")


def _arm_difference(a: Num, b: Num) -> Num | None:
    """|a − b| of two written figures, at the finer of their precisions (34.0 − 15.3 = 18.7)."""
    if a is None or b is None:
        return None
    decimals = max(a.decimals, b.decimals)
    return Num.of(round(abs(a.value - b.value), decimals), decimals)


#: words of a population's label that do not narrow it ("patients who did not undergo", "with")
_LABEL_FILLER = frozenset({"patients", "patient", "who", "with", "and", "the", "did", "not", "were", "was", "had",
                           "have", "undergo", "underwent", "receive", "received", "those", "adults", "after", "before",
                           "without", "went", "into", "onto", "proceed", "proceeded", "having", "their", "this",
                           "that", "from", "whom", "which", "all", "any", "only", "also", "post", "hoc"})


def _words(name: str) -> list[str]:
    """The words of a population's name that say who is in it (not :data:`_LABEL_FILLER`)."""
    return [w for w in re.findall(r"[a-z0-9+-]{2,}", name.lower()) if w not in _LABEL_FILLER]


@dataclass
class Fact:
    entry: Entry
    arm: str | None        # None for an entry-level figure
    field: str             # value, difference, ratio, p
    value: Num
    av: ArmValue | None = None
    comparator: str | None = None
    #: ``roundings(value)``, computed once with the fact; not part of its identity
    ladder: tuple[int, ...] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.ladder = roundings(self.value)


#: claim kinds that state an outcome
_OUTCOME_KINDS = (ClaimKind.PERCENTAGE, ClaimKind.DURATION, ClaimKind.RATIO, ClaimKind.PP_DIFFERENCE)

_MEASURES = {
    "percentage": ("rate",),
    "estimate": ("rate", "median", "hazard-ratio", "odds-ratio"),
    "fraction": ("rate",),
    "duration": ("median", "duration"),
}


class Matcher:
    """Matches claims against one loaded Reference; build once, use for every document."""

    def __init__(self, reference: Reference):
        self.ref = reference
        self._labels: dict[str, str] = {}
        for entry in reference.entries.values():
            words = list(entry.synonyms)
            if entry.population and entry.population in reference.populations:
                p = reference.populations[entry.population]
                words += [p.label, *p.synonyms]
            if entry.timepoint and entry.timepoint in reference.timepoints:
                t = reference.timepoints[entry.timepoint]
                words += [t.label, *t.synonyms]
            self._labels[entry.id] = " ".join(words).lower()
        # the Reference is not changed after loading: what is derived from it is computed once
        self._product_arms = reference.product_arms
        self._arm_product = {a: reference.product_of_arm(a) for a in reference.arms}
        self._every = frozenset(reference.products)
        self._arm_products = {a.id: frozenset(a.products) for a in reference.arms.values()}
        from .phrases import phrase_source

        # each trial's names, and the trials it is related to (an analysis whose design names it,
        # or the trial an analysis is of): a claim whose sentence names a trial is matched there
        self._study_names = {s.id: _names_pattern(s.names) for s in reference.studies.values() if s.names}
        self._related: dict[str, set[str]] = {sid: {sid} for sid in reference.studies}
        for s in reference.studies.values():
            for o in reference.studies.values():
                if o.id != s.id and s.design and o.product == s.product and o.id in self._study_names \
                        and any(p is not None and p.search(t) for p, t in zip(self._study_names[o.id],
                                                                             (s.design.lower(), s.design))):
                    self._related[s.id].add(o.id)
                    self._related[o.id].add(s.id)
        competitors = [n for p in reference.portfolio.values() for n in p.competitors]
        if competitors:
            self._competitors = re.compile("|".join(phrase_source(n) for n in sorted(set(competitors), key=len,
                                                                                  reverse=True)), re.IGNORECASE)
        else:
            self._competitors = None
        #: baseline characteristics (design endpoints held as rates: "biomarker-positive", "age ≥55 years"), as
        #: opposed to design figures such as follow-up or enrolment: naming one narrows a claim to a subgroup
        self._characteristics = frozenset(
            e for e, entries in reference.by_endpoint.items()
            if e in reference.endpoints and reference.endpoints[e].domain == "design" and entries
            and all(x.measure == "rate" for x in entries))
        #: design figures (follow-up, enrolment): endpoints of the design domain held as medians or counts
        self._design_figures = frozenset(
            e for e, entries in reference.by_endpoint.items()
            if e in reference.endpoints and reference.endpoints[e].domain == "design" and entries
            and e not in self._characteristics)
        self._facts: dict[tuple[str, str, str | None, str | None], tuple[Fact, ...]] = {}
        #: entry id -> patterns of its endpoint's, population's and time point's names (_names_entry)
        self._entry_names: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {}
        #: population id -> patterns of its names (every product's populations: a document about one
        #: product that names a subgroup only another product's library declares still names a subgroup)
        self._population_names = {p.id: _names_pattern([p.label, *p.synonyms]) for p in reference.populations.values()}
        #: population -> the words of its label that say who is in it (see _label_words)
        self._label_word_sets: dict[str, frozenset[str]] = {}
        #: (narrower, wider population) -> word stems that name what narrows it (see _unnamed_narrowing)
        self._narrowing_words: dict[tuple[str, str], frozenset[str]] = {}
        #: (endpoint, products in scope) -> the populations some entry of that endpoint holds
        self._held_populations: dict[tuple[str, frozenset[str] | None], frozenset[str]] = {}
        #: (trial, population) of the trials' headline entries: the population a trial reports as a whole
        #: entry id -> patterns of the entry's own synonyms (_qualified)
        self._entry_qualifiers: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {}
        #: arm id -> patterns of its names (_names_arms)
        self._arm_names: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {}
        #: the entries with words of their own (synonyms), for _worded_facts
        self._worded_entries = tuple(e for e in reference.entries.values() if e.synonyms)
        #: endpoint id -> patterns of its names (_names_endpoint)
        self._endpoint_names: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {}
        self._main_populations = frozenset((e.study.id, e.population) for e in reference.entries.values()
                                           if e.default and e.population)
        #: endpoint id -> its names (label and synonyms) as :func:`_plain` writes them (_another_endpoint)
        self._plain_names = {t.id: frozenset(_plain(n) for n in (t.label, *t.synonyms)) for t in reference.endpoints.values()}
        #: every endpoint's name as :func:`_plain` writes it -> the endpoints of that name
        self._named_endpoints: dict[str, set[str]] = {}
        for t in reference.endpoints.values():
            for n in (t.label, *t.synonyms):
                self._named_endpoints.setdefault(_plain(n), set()).add(t.id)
        #: entry id -> its own words as :func:`_plain` writes them, padded with spaces (_own_words_of)
        self._own_words: dict[str, str] = {}

    # ------------------------------------------------------------------ facts
    def facts(self, claim: Claim, endpoints: list[str], scope: frozenset[str] | None = None) -> list[Fact]:
        """The facts of these endpoints for this claim's kind; ``scope``: only those products'."""
        kind = claim.kind
        # all _entry_facts reads of the claim: the unit only for durations, the ratio kind only
        # for ratios (keying on them otherwise would only split the cache)
        unit = claim.unit if kind == "duration" or kind == "estimate" else None
        ratio_kind = claim.ratio_kind if kind == "ratio" else None
        out: list[Fact] = []
        for endpoint in endpoints:
            key = (endpoint, kind, unit, ratio_kind, scope)
            cached = self._facts.get(key)
            if cached is None:
                cached = self._facts[key] = tuple(
                    fact for entry in self.ref.by_endpoint.get(endpoint, ())
                    if scope is None or entry.study.product in scope
                    for fact in self._entry_facts(entry, kind, unit, ratio_kind))
            out.extend(cached)
        return out

    def _worded_facts(self, claim: Claim, sentence: str, endpoints: list[str],
                      scope: frozenset[str] | None) -> list[Fact]:
        """The facts, of this claim's kind, of the entries of endpoints other than ``endpoints`` whose
        own synonyms ``sentence`` names (the products in ``scope`` only)."""
        kind = claim.kind
        unit = claim.unit if kind == "duration" or kind == "estimate" else None
        ratio_kind = claim.ratio_kind if kind == "ratio" else None
        out: list[Fact] = []
        for entry in self._worded_entries:
            if entry.endpoint in endpoints or (scope is not None and entry.study.product not in scope):
                continue
            facts = self._entry_facts(entry, kind, unit, ratio_kind)
            if facts and self._names_qualifier(entry, sentence):
                out.extend(facts)
        return out

    def _entry_facts(self, entry: Entry, kind: str, unit: str | None, ratio_kind: str | None) -> list[Fact]:
        facts: list[Fact] = []
        if kind in _MEASURES and entry.measure in _MEASURES[kind]:
            if kind == "duration" and entry.unit and unit and not _same_unit(entry.unit, unit):
                return facts
            if kind == "estimate" and unit and not (entry.unit and _same_unit(entry.unit, unit)):
                return facts  # "1.9 events per patient-year": only a figure in that unit
            for arm, av in entry.arms.items():
                facts.append(Fact(entry, arm, "value", av.value, av))
            if entry.overall:
                facts.append(Fact(entry, None, "value", entry.overall.value, entry.overall))
        if kind == "percentage" and entry.measure == "count" and entry.unit != "cycles":
            # "203 of 247 patients (82.2%) had died": a count the library gives with its denominator
            # is a share too, where the library gives no rate of its endpoint and population (a rate
            # there is the figure meant: the share of a count beside it, "5 of the 18 events were
            # fatal", is of another whole, and two facts would leave the match ambiguous)
            if not any(e.measure == "rate" and e.population == entry.population
                       for e in self.ref.by_endpoint.get(entry.endpoint, ())):
                for arm in entry.arms:
                    share = _count_share(entry, arm)
                    if share is not None:
                        facts.append(Fact(entry, arm, "value", share))
        if kind == "fraction" and entry.measure == "count":
            # "fatal in 5 of 18": a count the library gives with its denominator is a share too
            for arm, av in entry.arms.items():
                if av.n is not None and av.total:
                    facts.append(Fact(entry, arm, "value", av.value, av))
        if kind == "pp-difference" and entry.difference:
            # (its interval too, where the library gives one: "18.6 percentage points (95% CI 9.8-27.4)")
            facts.append(Fact(entry, None, "difference", entry.difference.value,
                              ArmValue(entry.difference.value, ci=entry.difference.ci, ci_level=entry.difference.ci_level)
                              if entry.difference.ci else None))
            # ... and the difference of the two arms as the library writes them (34.0 − 15.3 = 18.7 where the
            # source's 18.6 comes from unrounded rates): a draft that subtracts the published rates is right
            between = entry.difference.between or ()
            if len(between) == 2 and all(b in entry.arms for b in between):
                derived = _arm_difference(entry.arms[between[0]].value, entry.arms[between[1]].value)
                if derived is not None and derived.value != entry.difference.value.value:
                    facts.append(Fact(entry, None, "difference", derived))
        if kind == "ratio":
            if entry.ratio and entry.ratio.kind == ratio_kind:
                facts.append(Fact(entry, None, "ratio", entry.ratio.value,
                                  ArmValue(entry.ratio.value, ci=entry.ratio.ci, ci_level=entry.ratio.ci_level)))
            if entry.measure == ratio_kind:
                for arm, av in entry.arms.items():
                    facts.append(Fact(entry, arm, "value", av.value, av))
                if entry.overall:
                    facts.append(Fact(entry, None, "value", entry.overall.value, entry.overall))
        if kind == "p-value" and entry.p:
            facts.append(Fact(entry, None, "p", entry.p.value, comparator=entry.p.comparator))
        return facts

    # ------------------------------------------------------------------ scoring
    def score(self, claim: Claim, entry: Entry, sentence: str) -> float:
        s = 0.0
        if claim.endpoint == entry.endpoint:
            s += 2
        # a population carried over from earlier sentences is a weak hint, not a named population
        population = claim.population if claim.population_source not in ("context", "ambiguous") else None
        if population and population == entry.population:
            s += 3
        elif entry.population and (entry.population in claim.population_candidates
                                   or entry.population == claim.population):
            s += 1
        elif population and entry.population and population != entry.population:
            s -= 1
        if not population and entry.default:
            s += 2
        elif population and entry.default and population == entry.population:
            s += 1  # of the entries of the population named, the endpoint's main one
        if claim.timepoint:
            s += 2 if claim.timepoint == entry.timepoint else -3
        elif entry.timepoint:
            s -= 1
        if claim.study and claim.study == entry.study.id:
            s += 1
        if claim.arm and claim.arm in entry.arms:
            s += 0.5
        label = self._labels.get(entry.id)
        if label and sentence:
            s += fuzz.token_set_ratio(label, sentence.lower()) / 100.0
        return s

    # ------------------------------------------------------------------ decision
    def match(self, claim: Claim, text: str, products: tuple[str, ...] | None = None) -> Match:
        """Match one claim; ``products``: the products the document promotes (None: every one).

        A value read as a mismatch that states its count and denominator ("18/79 (22.8%)") is that of
        the one entry, of an endpoint its sentence names, whose arm has that very n/N and value
        (:meth:`_by_own_counts`): the figures tell the entry apart better than a word read as the
        endpoint ("rash in 14%; after a follow-up transplant, in 18/79 (22.8%)" is no transplant rate)."""
        got = self._match(claim, text, products)
        if got.status in (MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE) and claim.timepoint \
                and claim.kind == "duration" and claim.endpoint in self._design_figures \
                and not any(e.timepoint for e in self.ref.by_endpoint.get(claim.endpoint, ())):
            # "2-year survival 22.8% vs 10.0% (median follow-up 29.6 months)": a follow-up is a time itself;
            # where no entry fits it at the time point of the figures beside it, that time point is not its own
            timepoint, claim.timepoint = claim.timepoint, None
            again = self._match(claim, text, products)
            if again.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE, MatchStatus.MISMATCH):
                return again
            claim.timepoint = timepoint
        if got.status == MatchStatus.MISMATCH and got.field == "value" and claim.n is not None \
                and claim.total is not None and claim.value is not None and claim.sentence != (0, 0):
            return self._by_own_counts(claim, text, products, got) or got
        if got.status == MatchStatus.MISMATCH and got.field == "value" and claim.kind == "percentage" \
                and got.entry is not None and got.entry.endpoint == claim.endpoint \
                and self._share_of_cases(claim, text):
            # "70% of liver-event cases resolved": a share of the outcome's own cases, not of the patients; the
            # outcome's rate (of all patients) is no figure of it to call it wrong against
            return Match(MatchStatus.UNMATCHED, got.entry, got.arm, got.field, expected=got.expected, found=got.found,
                         certainty="a share of the outcome's own cases, which no rate of the outcome describes")
        return got

    def _rate_named_before(self, claim: Claim, text: str) -> bool:
        """Whether the words right before the value name its endpoint as the value's rate ("a liver-event rate
        of 11%", "the incidence of rash was 9%")."""
        start = max(claim.sentence[0], claim.start - 60)
        window = text[start:claim.start]
        m = _RATE_BEFORE.search(window)
        return m is not None and self._names_endpoint(claim.endpoint, window[:m.start()][-40:],
                                                      window[:m.start()][-40:].lower())

    def _share_of_cases(self, claim: Claim, text: str) -> bool:
        """Whether a share's whole is its outcome's own cases ("70% of liver-event cases resolved", "of the
        events", "of patients who developed the event" naming the claim's endpoint)."""
        m = _OUTCOME_CASES.match(text, claim.end, min(len(text), claim.end + 80))
        if m is None:
            return False
        if m.group("who") is None:
            return True
        window = text[m.end():min(len(text), m.end() + 50)]
        return self._names_endpoint(claim.endpoint, window, window.lower())

    def _by_own_counts(self, claim: Claim, text: str, products: tuple[str, ...] | None, got: Match) -> Match | None:
        """The match with the one fact (entry and arm) of an endpoint the claim's sentence names whose
        n/N is the claim's and whose value agrees with it; None where there is no such fact or more."""
        sentence = text[claim.sentence[0]:claim.sentence[1]]
        lowered = sentence.lower()
        scope = self._scope(claim, products)
        hits: dict[tuple[str, str | None], Fact] = {}
        for endpoint, entries in self.ref.by_endpoint.items():
            if not entries or not self._names_endpoint(endpoint, sentence, lowered):
                continue
            for f in self.facts(claim, [endpoint], scope):
                if f.av is not None and f.field == "value" and (f.av.n, f.av.total) == (claim.n, claim.total) \
                        and f.value is not None and (faithful(claim.value, f.value) or more_precise(claim.value, f.value)):
                    hits[(f.entry.id, f.arm)] = f
        if len(hits) != 1:
            return None
        (fact,) = hits.values()
        confirmed = self._confirm(claim, fact, got.score)
        return confirmed if confirmed.status != MatchStatus.MISMATCH else None

    def _names_endpoint(self, endpoint: str, sentence: str, lowered: str) -> bool:
        """Whether ``sentence`` names the endpoint (its label or a synonym)."""
        pats = self._endpoint_names.get(endpoint)
        if pats is None:
            e = self.ref.endpoints.get(endpoint)
            pats = self._endpoint_names[endpoint] = _names_pattern([e.label, *e.synonyms]) if e else (None, None)
        return any(p is not None and p.search(t) for p, t in zip(pats, (lowered, sentence)))

    def _match(self, claim: Claim, text: str, products: tuple[str, ...] | None = None) -> Match:
        if claim.parallel_of is not None:
            self._narrow_parallel(claim)
        if claim.kind == "count" and claim.unit == "cycles" and claim.value is not None:
            return self._match_cycles(claim, products, text)
        if claim.kind in ("count", "relative") or claim.value is None and claim.kind != "fraction":
            return Match(MatchStatus.NOT_APPLICABLE)
        if not claim.endpoint and not claim.endpoint_candidates:
            if claim.kind == "ratio" and claim.interval is not None and claim.interval.kind == "ci":
                return self._ratio_by_estimate(claim, products) or Match(MatchStatus.NOT_APPLICABLE)
            return Match(MatchStatus.NOT_APPLICABLE)
        # the sentence as written (what narrows a population may be said once for a list of items)
        written = text[claim.sentence[0]:claim.sentence[1]] if claim.sentence != (0, 0) else ""
        if claim.other_items:
            # a value of a list of items, each with words of its own ("68% in first line and 48% in
            # second line", "A (OR 8.61), B (OR 7.08)"): the other items' words (their population,
            # time point, trial, an entry's own words) are theirs; the value is read without them
            text = _without(text, claim.other_items)
        sentence = text[claim.sentence[0]:claim.sentence[1]] if claim.sentence != (0, 0) else ""
        endpoints = list(dict.fromkeys(([claim.endpoint] if claim.endpoint else []) + claim.endpoint_candidates))
        scope = self._scope(claim, products)
        facts = self.facts(claim, endpoints, scope)
        if claim.endpoint and claim.endpoint_strength in ("sentence", "context") and sentence \
                and not any(f.entry.endpoint == claim.endpoint for f in facts):
            # the sentence's endpoint holds no figure of this kind ("the event was reported up to 65 days after
            # the last dose": the event is named, its timing measured): the entries of other endpoints
            # whose own words (their synonyms) the sentence names hold the figure meant; so too under a
            # line that names the event ("Rash 14%" over "- onset up to 65 days after the last dose"): the
            # entry's own words in the sentence name what is measured, as the event's name would
            worded = self._worded_facts(claim, sentence, endpoints, scope)
            if worded and claim.endpoint_strength == "context":
                if len({f.entry.endpoint for f in worded}) != 1:
                    worded = []
                else:
                    claim.endpoint_strength = "sentence"
            facts = facts + worded
        if facts:
            trial = self._trial(claim, sentence)
            if trial is not None:
                facts = [f for f in facts if f.entry.study.id in trial]
                if not facts:  # the library holds this endpoint, but not for the trial the text names
                    return Match(MatchStatus.UNMATCHED)
        if facts and claim.value is not None and claim.value.band is not None and claim.endpoint \
                and claim.endpoint_strength == "sentence" and claim.sentence != (0, 0) \
                and not self._endpoint_in_clause(claim, text):
            # "remission rates range from 80% to 90%; however, almost half of all patients will relapse": a
            # share in words takes the endpoint its sentence names only from its own clause
            return Match(MatchStatus.NOT_APPLICABLE)
        if facts and claim.value is not None and claim.value.band is not None:
            # a share said in words ("eight in ten", "nearly half") spans its wording's grain, 5 to 10
            # points: it is judged only by the figures its context does not contradict -- of the time
            # point it names (or none), of the population it names, else the endpoint's default entry --
            # never confirmed (nor called swapped) by whichever subgroup's figure falls within that grain
            named = claim.population if claim.population_source in ("own", "chain", "sentence") else None
            facts = [f for f in facts if f.entry.timepoint == claim.timepoint and (
                f.entry.population == named if named else f.entry.default)]
        if facts and self._competitors is not None and not claim.product_context \
                and self._competitors.search(sentence):
            return Match(MatchStatus.NOT_APPLICABLE)  # about a competitor the text names: never our entries
        if not facts:
            # "median time to response 3.1 weeks" where the library holds no such figure: unsupported
            # (the check decides whether it is about the product), not silently out of scope
            if claim.endpoint and claim.endpoint_strength == "sentence" and claim.kind in _OUTCOME_KINDS and any(
                    e.measure in _MEASURES.get(claim.kind, ()) for e in self.ref.by_endpoint.get(claim.endpoint, ())):
                # the endpoint holds figures of this measure, none in this unit ("3.1 weeks" where it has months)
                return Match(MatchStatus.UNMATCHED, certainty="no entry of this endpoint holds such a figure")
            return Match(MatchStatus.NOT_APPLICABLE)
        scores: dict[str, float] = {}

        def sc(entry: Entry) -> float:
            if entry.id not in scores:
                scores[entry.id] = self.score(claim, entry, sentence)
            return scores[entry.id]

        arm = claim.arm if claim.arm_source not in ("context", "ambiguous") else None
        if arm is not None and scope is not None and not self._arm_products.get(arm, frozenset()) & scope:
            arm = None  # another product's arm ("chemotherapy" of its trial): says nothing about ours
        agreeing = self._agreeing(claim, facts)
        products = self._product_arms
        arm_product = self._arm_product
        other = claim.arm_not if claim.arm_source == "comparator" else None  # "48% vs 22%": 22% is not EXAMPLIMAB's

        def excluded(f: Fact) -> bool:  # not EXAMPLIMAB: not its dose groups either, unless the entry compares those
            return other is not None and f.arm is not None and (
                f.arm == other or (other in products and f.arm in products and arm_product[other] == arm_product[f.arm]
                                  and other not in f.entry.arms))

        # "EXAMPLIMAB" covers its dose groups, unless the entry compares the very group the claim names
        compatible = [f for f in agreeing if (f.arm is None or arm is None or f.arm == arm
                      or (arm in products and f.arm in products and arm_product[arm] == arm_product[f.arm]
                          and arm not in f.entry.arms)) and not excluded(f)]
        if compatible and claim.arm_source == "context" and claim.arm in products and not _COMPARES.search(sentence) \
                and not _VALUE_PAIR.search(sentence):
            # a single-arm list after a sentence about the product ("… treated with EXAMPLIMAB.
            # Thrombocytopenia (61%), neutropenia (49%) …"): the sentence compares nothing, so its
            # values are the product's, never confirmed by the comparator's figure of the entry
            compatible = [f for f in compatible if not (f.arm and f.arm not in products and claim.arm in f.entry.arms)]
        if compatible and claim.timepoint and (claim.n is None or _OWN_TIME_AFTER.match(text, claim.end)) and any(
                f.entry.endpoint == claim.endpoint and f.entry.timepoint == claim.timepoint for f in facts):
            # "48% after cycle 1" where the endpoint holds a figure at cycle 1: judged there, never
            # confirmed by a figure of the endpoint at another time point or at none (a subgroup's 48%)
            # (a count with its share only where the time point follows it: "42 (45.7%) in cycle 2"; a
            # count's time point read from farther away is less sure: "...; 80 of 92, or 87.0%, within
            # two cycles" after "in the second")
            compatible = [f for f in compatible if f.entry.endpoint != claim.endpoint
                          or f.entry.timepoint == claim.timepoint]
        if compatible and claim.endpoint and claim.endpoint_strength == "sentence" \
                and any(f.entry.endpoint == claim.endpoint for f in facts) and self._rate_named_before(claim, text):
            # "had a liver-event rate of 11%": the value is that endpoint's rate, named right before it; another
            # endpoint's figure it happens to equal (a transplant rate of the clause before) does not confirm it
            compatible = [f for f in compatible if f.entry.endpoint == claim.endpoint]
        named_population = self._population_of_value(claim, text)
        # a population bound to this very value: next to it ("20.2% of US patients"), or its place in a
        # "respectively" list of populations ("80.7% and 73.8% in A and B, respectively"), where that
        # list pairs populations (two or more the endpoint holds) and not arms: where the values take
        # their arms from the list's order ("X versus Y (77.5% versus 23.9%, respectively, for <group>)"),
        # the populations the sentence names are not paired with the values by that order
        bound_population = named_population if claim.population_source == "own" else None
        if bound_population is None and claim.population_source == "chain" and claim.population \
                and claim.endpoint and claim.arm_source != "chain" and _RESPECTIVELY.search(sentence) and len(
                    {p for p in claim.population_candidates if p in self._held(claim.endpoint, scope)}) >= 2:
            bound_population = named_population = claim.population
        if compatible and named_population and claim.endpoint and claim.n is None and any(
                f.entry.endpoint == claim.endpoint and (f.entry.population == named_population
                                                           or self._narrower(f.entry.population, named_population))
                and (arm is None or f.arm is None or f.arm == arm) for f in facts):
            # context beats coincidence: "in second-line patients, ORR was 86.8% with EXAMPLIMAB" where
            # the library holds the endpoint for the second line (87.7%) is judged there, never
            # confirmed by another subgroup's figure of the same endpoint it happens to equal (86.8%,
            # patients aged 65 or older) -- unless the sentence names that subgroup too (or a narrower
            # subgroup of the population named: "biomarker-negative patients in second line" under a
            # "biomarker-negative" column)
            # -- a population bound to the value (above) binds: another population the sentence names
            # for another value does not confirm it (a swap between two populations is a mismatch)
            # -- where the library holds the endpoint only for subgroups of the bound population ("in
            # second line, A-negative vs A-positive: 19.4 vs 3.9 months" where it holds each subgroup
            # of second line), those are the figures meant: another subgroup's equal figure (A-negative
            # after a procedure) does not confirm it
            compatible = [f for f in compatible if f.entry.endpoint != claim.endpoint
                          or f.entry.population == named_population
                          or (f.entry.population in claim.population_candidates and bound_population is None)
                          or (self._narrower(f.entry.population, named_population)
                              and not self._unnamed_narrowing(f.entry.population, named_population, written))
                          or self._subgroup_heading(f, named_population, claim, text)]
        if compatible and claim.endpoint and claim.endpoint_strength == "sentence":
            # qualifier beats coincidence: "went directly to transplant ..... 43.3% ..... 21.6%" where
            # 21.6% is the comparator's ANY-transplant rate: the words nearest the value name one
            # entry's own qualifier ("directly", "grade 3 or higher", "for survivors"), so the value is
            # judged there, never confirmed by another entry of the endpoint it happens to equal
            compatible, nearest_words = self._qualifier_drops(claim, compatible, facts, arm, text)
        elif claim.endpoint and claim.endpoint_strength == "sentence":
            # no figure agrees: the entry whose own words are nearest the value is still the one it names
            # ("the median time from the procedure to onset was 18 days" where the entry of that wording holds 15)
            nearest_words = self._qualifier_drops(claim, [], facts, arm, text)[1]
        else:
            nearest_words = set()
        unqualified_default = None
        if compatible and not nearest_words and claim.endpoint in self._design_figures \
                and claim.endpoint_strength == "sentence" and not claim.population and not claim.timepoint:
            # "median follow-up 37.1 months" where 37.1 is the follow-up OF SURVIVORS (or the upper
            # end of the follow-up range) and the trial's own median follow-up is 17.8: a design figure
            # that names none of the other entry's own words is the trial's default figure, written wrong
            here = [f for f in compatible if f.entry.endpoint == claim.endpoint]
            if here and all(not f.entry.default and not (f.entry.synonyms and self._names_qualifier(f.entry, sentence))
                            for f in here):
                studies = {f.entry.study.id for f in here}
                defaults = [f for f in facts if f.entry.endpoint == claim.endpoint and f.entry.default
                            and f.entry.study.id in studies and f.entry.measure in _MEASURES.get(claim.kind, ())
                            and (arm is None or f.arm is None or f.arm == arm)]
                if len(defaults) == 1:
                    unqualified_default = defaults[0].entry.id
                    compatible = [f for f in compatible if f.entry.endpoint != claim.endpoint]
        if compatible and claim.kind == "percentage" and claim.endpoint and not claim.population and claim.n is None \
                and not (self._subgroups(claim) or claim.analysis_cues):
            compatible = self._unnamed_population_dropped(claim, compatible, facts, agreeing, arm, text)
        if compatible and claim.endpoint and claim.arm in products and claim.arm_source != "comparator":
            # "the event was reported in 21% of patients treated with EXAMPLIMAB" where the endpoint's default
            # entry holds the product's own arm (14%): a dose group's figure (21% in the low
            # group of a dose analysis) does not confirm it; the text would name the group. So too where the
            # value's own population is named ("… and in 12.8% of those who went on to the procedure") and
            # the library holds the product arm's figure of that population (22.8%): a dose group's figure
            # of the same population (13%, in a subgroup analysis by dose) is no confirmation of it
            said = named_population or (claim.population if claim.population_source in ("own", "chain", "sentence") else None)
            own_default = [f for f in facts if f.entry.endpoint == claim.endpoint
                           and (f.entry.default or (said is not None and f.entry.population == said))
                           and f.arm == claim.arm and f.entry.timepoint == claim.timepoint]
            held_own = {f.entry.population for f in own_default if not f.entry.default}
            if own_default and not any(f in agreeing for f in own_default):
                compatible = [f for f in compatible if self._names_arms(f.entry, sentence) or not (
                    f.entry.endpoint == claim.endpoint and f.arm is not None and f.arm != claim.arm
                    and f.arm in products and arm_product[f.arm] == arm_product[claim.arm]
                    and claim.arm not in f.entry.arms
                    # (a population of the dose groups' entry the text names keeps it, where the library
                    # holds no figure of the product's own arm in it: "among early responders, 74% of
                    # those given the lower dose")
                    and (f.entry.population not in (claim.population, *claim.population_candidates)
                         or f.entry.population in held_own))]
        if compatible and claim.endpoint_strength == "sentence":
            # a value that agrees on the sentence's own endpoint is judged there, never by a figure
            # of a neighbouring sentence's endpoint; one that agrees there only with another arm
            # is a swap ("19.2% | 14.9%" under "≤10 | >10 mg/kg"), whatever it rounds to elsewhere
            here = [f for f in compatible if f.entry.endpoint == claim.endpoint]
            counted = claim.n is not None and any(
                f.av is not None and (f.av.n, f.av.total) == (claim.n, claim.total) for f in compatible)
            if counted:
                pass  # "23% (18/79)": value and counts name the entry, whichever sentence names its endpoint
            elif here:
                compatible = here
            elif any(f.entry.endpoint == claim.endpoint for f in facts) and not any(
                    self._names_entry(f.entry, sentence) for f in compatible):
                # the sentence's endpoint holds figures of this kind and none agrees, and the sentence
                # names nothing of the entries that do (their endpoint, population, time point): a value
                # that happens to equal another endpoint's figure ("discontinuation due to adverse
                # events: 43%" where infections were 43%) is judged on its own endpoint, not confirmed there
                compatible = []
            elif arm and claim.arm_source in ("own", "chain") and any(
                    f.entry.endpoint == claim.endpoint and f.arm and f.arm != arm and arm in f.entry.arms
                    for f in agreeing):
                compatible = []
        by_counts = self._by_counts(claim, facts, compatible, arm, excluded)
        if by_counts is not None:
            # "18 of 79 patients (23.1%)" where one entry holds 18/79 (22.8%): the counts name the entry
            # as an interval does, whatever other entry the percentage happens to round to (a dose
            # group's 23%); the percentage is what is wrong
            f = by_counts
            return Match(MatchStatus.MISMATCH, f.entry, f.arm, f.field, expected=_show(f.value, claim),
                         found=claim.describe_value(), score=sc(f.entry),
                         certainty=f"its n/N {claim.n}/{claim.total} are this entry's; the percentage differs")
        by_total = self._by_total(claim, facts, compatible, arm, excluded, sentence)
        if by_total is not None:
            # "fatal post-transplant events in 8 of 18" where one entry of the endpoint holds 5 of 18:
            # the denominator names the entry; the count is what is wrong
            f = by_total
            return Match(MatchStatus.MISMATCH, f.entry, f.arm, "n/N", expected=f"{f.av.n}/{f.av.total}",
                         found=f"{claim.n}/{claim.total}", score=sc(f.entry),
                         certainty=f"its denominator {claim.total} is this entry's; the count differs")
        if compatible:
            best = max(compatible, key=lambda f: (
                claim.value is None or faithful(claim.value, f.value),          # exact before more precise
                self._counts_agree(claim, f),                                    # n/N agree too
                sc(f.entry), f.entry.endpoint == claim.endpoint))
            match = self._confirm(claim, best, sc(best.entry))
            own_endpoint = best.entry.endpoint == claim.endpoint and claim.endpoint_strength == "sentence"
            other_population = bool(claim.population) and best.entry.population not in (None, claim.population)
            if match.status in (MatchStatus.MISMATCH, MatchStatus.MORE_PRECISE) and match.field in ("n/N", "value") \
                    and (not own_endpoint or (match.status == MatchStatus.MORE_PRECISE and other_population)):
                # judged only against the endpoint the claim's own sentence names
                return Match(MatchStatus.UNMATCHED, best.entry, best.arm, match.field, expected=match.expected, found=match.found)
            return match
        strong_population = claim.population if claim.population_source in ("own", "chain", "sentence") else None
        if claim.endpoint_strength == "sentence":
            strict = [f for f in facts if f.entry.endpoint == claim.endpoint]
            if not strict and sentence:
                # the sentence's endpoint holds no figure of this kind ("the event was reported up to 65 days
                # after the last dose": the event is named, its timing measured): an entry of another
                # endpoint the sentence names whose own words (its synonyms) the sentence names too
                strict = [f for f in facts if f.entry.synonyms and self._names_qualifier(f.entry, sentence)]
        elif claim.endpoint_strength == "context" and strong_population:
            # "- second line: 78.7% vs 28.8%" under a heading that names the endpoint: judged only
            # against the entry of the population the line names
            strict = [f for f in facts if f.entry.endpoint == claim.endpoint and f.entry.population == strong_population]
        elif claim.endpoint_strength == "context" and claim.population_source == "context" and claim.population \
                and claim.timepoint is None and self._named_on_a_line_above(claim.population, claim, text):
            # "MRD negativity in responders" as a box's or table's title line over "- PRODUCT ..... 87.4%": the
            # line above names the population with the endpoint, as a lead-in would; judged only against that
            # population's entry, and (the endpoint being the context's) only a near miss of it is a mismatch
            strict = [f for f in facts if f.entry.endpoint == claim.endpoint and f.entry.population == claim.population]
        elif claim.endpoint_strength == "context" and claim.timepoint:
            # "- alive at 1 year: 36.2% vs 16.7%" under a survival heading: the time point the sentence
            # names pins the entry of the heading's endpoint, as a population would
            strict = [f for f in facts if f.entry.endpoint == claim.endpoint and f.entry.timepoint == claim.timepoint]
        else:
            strict = []
        swapped = [f for f in agreeing if f in strict and f.arm and arm and f.arm != arm
                   and arm in f.entry.arms and claim.arm_source in ("own", "chain")]
        if not swapped and other is not None:
            # the comparator's value is the named arm's: "More EXAMPLIMAB patients …: 21.6% vs 48.2%"
            pairs = [f for f in agreeing if f in strict and excluded(f) and len(f.entry.arms) == 2]
            if pairs:
                f = max(pairs, key=lambda f: sc(f.entry))
                mine = next(a for a in f.entry.arms if a != f.arm)
                return Match(MatchStatus.ARMS_SWAPPED, f.entry, mine, f.field, expected=_show(f.entry.arms[mine].value, claim),
                             found=claim.describe_value(),
                             detail=f"{_show(claim.value, claim)} is the {self._arm_label(f.arm)} value of this entry",
                             score=sc(f.entry))
        if swapped:
            f = max(swapped, key=lambda f: sc(f.entry))
            own = f.entry.arms[claim.arm]
            return Match(MatchStatus.ARMS_SWAPPED, f.entry, claim.arm, f.field, expected=_show(own.value, claim),
                         found=claim.describe_value(),
                         detail=f"{_show(claim.value, claim)} is the {self._arm_label(f.arm)} value of this entry",
                         score=sc(f.entry))
        by_ci = self._by_interval(claim, facts, arm, excluded, text)
        if by_ci is not None:
            # "HR 0.60 (95% CI 0.57-0.99)" where one entry holds that very interval around 0.75: the
            # interval names the entry, as n/N does; the estimate is what is wrong
            f = by_ci
            lo, hi = f.av.ci
            return Match(MatchStatus.MISMATCH, f.entry, f.arm, f.field, expected=_show(f.value, claim),
                         found=claim.describe_value(), score=sc(f.entry),
                         certainty=f"its confidence interval {lo}-{hi} is this entry's; the estimate differs")
        own_arm = [f for f in strict if (f.arm is None or arm is None or f.arm == arm) and not excluded(f)]
        if not own_arm:
            return Match(MatchStatus.UNMATCHED)
        counted = [f for f in own_arm if claim.n is not None and f.av is not None and f.av.n == claim.n
                   and f.av.total == claim.total]
        if counted:  # "23/164 (16%)": the counts name the entry; the percentage is what is wrong
            f = max(counted, key=lambda f: sc(f.entry))
            return Match(MatchStatus.MISMATCH, f.entry, f.arm, f.field, expected=_show(f.value, claim),
                         found=claim.describe_value(), score=sc(f.entry))
        population = claim.population if claim.population_source not in ("context", "ambiguous") else None
        owned = self._owned_candidate(claim, text) if named_population is None and claim.population_source != "own" else None
        if owned is not None and owned != population:
            mine = [f for f in own_arm if f.entry.population == owned]
            if mine:
                # "the response was reached by 65% of those treated in second line" where the
                # sentence's population was read as another one it names ("among responders"): the
                # population named for this very value, next to it, is the one whose entry is meant
                own_arm = mine
                population = owned
        # the entry's own words (its synonyms: "median follow-up of survivors", "2-year follow-up") named in
        # the claim's sentence, and no other entry's of the endpoint: that entry is the one meant, as a
        # named population would make it, whatever the default entry's score
        # (a population the sentence names only in another clause than the value's, "the median time from
        # the procedure to onset was 18 days, and the event was reported up to 56 days after the last dose
        # in patients who did not have the procedure", does not set aside the entry whose own words are
        # nearest the value)
        elsewhere = bool(population) and claim.population_source == "sentence" and len(nearest_words) == 1 \
            and not self._names_population(population, self._own_clause(claim, text))
        worded = {f.entry.id: f for f in own_arm if f.entry.synonyms and sentence
                  and (not f.entry.default or (elsewhere and f.entry.id in nearest_words))
                  and claim.endpoint_strength == "sentence" and (
                      not population or f.entry.population in (None, population)
                      or (elsewhere and f.entry.id in nearest_words))
                  and (not claim.timepoint or f.entry.timepoint == claim.timepoint
                       or not any(g.entry.timepoint == claim.timepoint for g in facts))  # the time point pins first
                  and self._names_qualifier(f.entry, sentence)}
        if len(worded) > 1 and nearest_words:
            # several entries' own words named in the sentence: the ones nearest the value
            worded = {k: f for k, f in worded.items() if k in nearest_words} or worded
        # the population named holds no figure of the endpoint, its subgroups do, and the sentence names
        # the state that makes them ("in second line, X-negative vs X-positive: 19.4 vs 3.9 months"
        # where the library holds the endpoint for X-negative and X-positive patients in second line):
        # the figure is one of those subgroups', the one nearest in value
        subgroup = [] if worded or not population or any(f.entry.population == population for f in own_arm) else [
            f for f in own_arm if f.entry.population and self._narrower(f.entry.population, population)
            and any(c not in (population, f.entry.population) and self._narrower(f.entry.population, c)
                    for c in claim.population_candidates)]
        if len(worded) == 1:
            (best,) = worded.values()
        elif subgroup:
            best = min(subgroup, key=lambda f: (abs(f.value.value - (claim.value.value if claim.value else 0)), -sc(f.entry)))
        else:
            best = max(own_arm, key=lambda f: (sc(f.entry), -abs(f.value.value - (claim.value.value if claim.value else 0))))
        entry = best.entry
        own_words = len(worded) == 1
        named = (bool(population) and population == entry.population) or own_words or bool(subgroup)
        # a subgroup the text names before the figure that no entry of this endpoint holds ("in the
        # second-line setting, median DFS was …" where the library holds DFS for the whole trial only):
        # the figure is of a population the library does not report, not a wrong copy of another one's
        unheld = None if population else self._unheld_population(claim, text, scope)
        if unheld is None and population and claim.parallel_of is not None and claim.endpoint \
                and population == claim.parallel_of[3] and claim.parallel_of[2] in self._held(claim.endpoint, scope) \
                and population not in self._held(claim.endpoint, scope) and population in self.ref.populations:
            # a group the text narrows by a state or subgroup ("in the ITT population with SUBTYPE-X
            # mutations", context.py's defining phrases and brackets) where the library holds the wider
            # group's figure only and no population that is both (:meth:`_narrow_parallel` found none)
            unheld = self.ref.populations[population].label
        if unheld is not None:
            return Match(MatchStatus.UNMATCHED, entry, best.arm, best.field, expected=_show(best.value, claim),
                         found=claim.describe_value(), score=sc(entry),
                         certainty=f"the text names a population ({unheld}) for which the library holds no such entry")
        # ... or a subgroup of the population it names ("biomarker-negative patients aged 55 or older")
        extra = self._extra_subgroup(claim, text, scope) if population and population == entry.population else None
        if extra is not None:
            return Match(MatchStatus.UNMATCHED, entry, best.arm, best.field, expected=_show(best.value, claim),
                         found=claim.describe_value(), score=sc(entry),
                         certainty=f"no entry for this subgroup: the text names one ({extra}) of "
                                   f"{self.ref.populations[population].label} that the library holds no figure of")
        # a figure with no arm of its own, of a subgroup the text names, where the library holds that
        # subgroup's figure for the comparator only ("80% vs 30% in first line, and 71% in second
        # line", the second-line entry holding the comparator's figure alone): a lone
        # figure in a piece about the product is the product's, which no entry holds -- not a wrong
        # copy of the comparator's figure (the arm carried from the text before is a guess)
        if named and population and not subgroup and arm is None and claim.arm_source in (None, "context", "ambiguous") \
                and claim.endpoint_strength == "sentence" and not _VS_NEAR.search(text[max(0, claim.start - 16):claim.end + 16]) \
                and not any(f.arm in products for f in own_arm if f.entry.population == population) \
                and any(f.arm in products for f in facts if f.entry.endpoint == claim.endpoint):
            return Match(MatchStatus.UNMATCHED, entry, best.arm, best.field, expected=_show(best.value, claim),
                         found=claim.describe_value(), score=sc(entry),
                         certainty=f"the library holds {self.ref.populations[population].label} only for "
                                   f"{self._arm_label(best.arm)}, no figure of the product")
        # the endpoint's name written with a word that makes it another endpoint ("composite complete
        # remission", "post-transplant survival") that no entry of it holds: a figure the library has no
        # entry for, not a wrong copy of the plain endpoint's entry, however near (_another_endpoint)
        renamed = self._another_endpoint(claim, text, facts, scope) if claim.endpoint_strength == "sentence" else None
        if renamed is not None:
            return Match(MatchStatus.UNMATCHED, entry, best.arm, best.field, expected=_show(best.value, claim),
                         found=claim.describe_value(), score=sc(entry),
                         certainty=f"the text names \"{renamed}\", another endpoint than "
                                   f"{self.ref.endpoints[claim.endpoint].label}, of which the library holds no entry")
        several = self._analyses_of_qualifier(claim, own_arm, agreeing, population, text) \
            if claim.endpoint_strength == "sentence" and claim.value is not None else []
        if several:
            # the claim's own words name its endpoint and a qualifier (its grade: "grade >=3
            # thrombocytopenia") that several analyses of the library hold a figure of, and the value is
            # none of them: a mismatch with that quantity, whichever analysis is meant (a near miss
            # of one of them names it; otherwise all are given, and which is meant is uncertain)
            near_ones = [f for f in several if near_miss(claim.value, f.value)]
            f = near_ones[0] if len(near_ones) == 1 else max(several, key=lambda f: (sc(f.entry), f.entry.default))
            return Match(MatchStatus.MISMATCH, f.entry, f.arm, f.field, expected=_show(f.value, claim),
                         found=claim.describe_value(), score=sc(f.entry),
                         candidates=tuple((g.entry, g.arm, _show(g.value, claim)) for g in several),
                         certainty="its qualifier named in the sentence or its list's lead-in, held by "
                                   f"{len(several)} analyses"
                                   + (f"; a near miss of {_show(f.value, claim)}" if len(near_ones) == 1 else ""))
        default = not population and entry.default and (not claim.timepoint or claim.timepoint == entry.timepoint)
        # the only entry the library holds for the endpoint the sentence names ("regimen X in 62.5% of the
        # comparator arm" where only 63.0% is held): the entry meant, as the default one would be -- unless
        # that entry is of a population or analysis the text does not name (its arms dose groups the claim
        # does not name either): "discontinuation: 16%" is then no copy of a subgroup analysis's 14.9%
        sole = claim.endpoint_strength == "sentence" and not population and all(f.entry.id == entry.id for f in own_arm) \
            and (not claim.timepoint or claim.timepoint == entry.timepoint) \
            and (entry.population is None or entry.default or (entry.study.id, entry.population) in self._main_populations
                 or (arm is not None and claim.arm_source in ("own", "chain") and arm in entry.arms))
        # the time point the sentence names pins the entry, as a named population does, where only one
        # entry of the endpoint (and of the claim's arm) has it and nothing else narrows the claim
        # ("… within 2 cycles" where the library holds that one figure)
        # (a population named too must not contradict it: the sentence names the entry's population
        # as well, "of the responders who became biomarker-negative, 45% did so after cycle 1")
        # (an endpoint from the heading or the rows above counts too: "- After cycle 2: 43.1%" under a
        # heading naming the endpoint pins that entry, as a population named in the row does; as there,
        # only a near miss of it is then called a mismatch: ``alone`` stays False below)
        timed = claim.timepoint is not None and claim.timepoint == entry.timepoint \
            and claim.endpoint_strength in ("sentence", "context") and not self._subgroups(claim) \
            and all(f.entry.id == entry.id for f in own_arm if f.entry.timepoint == claim.timepoint) \
            and (not population or self._names_population(entry.population, sentence))
        # the endpoint's only entry, whose population is the one the text around carries (a heading or
        # lead-in line "Safety in children" over "- hematoma 9%" where the library holds hematoma in
        # children only): the entry meant, as a population named in the sentence would make it (not a
        # population named earlier in the running paragraph: "Pediatric study: … . Grade 3 or higher
        # infections occurred in 24% of patients" may be about anyone)
        carried = claim.endpoint_strength == "sentence" and not population and all(f.entry.id == entry.id for f in own_arm) \
            and (not claim.timepoint or claim.timepoint == entry.timepoint) and claim.population_source == "context" \
            and claim.population is not None and claim.population == entry.population \
            and self._named_on_a_line_above(claim.population, claim, text)
        named = named or timed or carried
        near = claim.value is not None and near_miss(claim.value, best.value)
        # a named population settles which entry is meant only when one entry has it, or one fits
        # clearly better than the others of that population (its study named, its arms the claim's)
        rivals = [sc(f.entry) for f in own_arm if f.entry.id != entry.id and f.entry.population == entry.population
                  and f.entry.timepoint == entry.timepoint
                  and not (arm and f.entry.arms and arm not in f.entry.arms)]  # another analysis's arms
        alone = not rivals or sc(entry) - max(rivals) >= 1
        qualified = not alone and bool(entry.synonyms) and self._qualified(entry, own_arm, arm, claim, text)
        if entry.id == unqualified_default:
            qualified = True   # the value is another entry's, whose own words the sentence does not name
        if not qualified and own_words and entry.id in nearest_words and not any(
                f.entry.synonyms and self._names_qualifier(f.entry, sentence) for f in own_arm
                if f.entry.id != entry.id and f.entry.population == entry.population
                and f.entry.timepoint == entry.timepoint):
            # the words nearest the value are this entry's own ("21.6% went straight to transplant"),
            # and no rival's are named in the sentence: as qualified as a header naming them
            qualified = True
        if qualified:
            # "Thrombocytopenia | 37%" under a heading or header that says "grade 3 or higher": the
            # entry's own words (its grade, its analysis) are named just before, no rival's are
            alone = True
        # far from the default entry's value, with a subgroup named or hinted that the library may not
        # hold ("in biomarker-positive patients, 91% …"), the claim is as likely unsupported as mistyped: not a mismatch
        plain = named or not (self._subgroups(claim) or claim.analysis_cues)
        if claim.endpoint_strength != "sentence" and not (claim.timepoint and claim.timepoint == entry.timepoint
                                                          and default and plain):
            alone = False  # an endpoint from the context: only a near miss of the named population's entry
        # the endpoint's default entry, no population named: a figure far from its value (more than
        # CLOSE_FRACTION off) is as likely invented as mistyped ("EXAMPLIMAB had ORR in 91.2%")
        close = claim.value is not None and abs(claim.value.value - best.value.value) <= CLOSE_FRACTION * abs(best.value.value)
        # ... unless all the rest is known: the sentence names the endpoint and no population, subgroup,
        # analysis or time point other than the default entry's, and the figure's arm is settled (named
        # for it, the entry's only arm, or none: a hazard ratio): the trial's headline figure for that
        # endpoint and arm, written wrong ("median survival 8.9 months with EXAMPLIMAB" where it is 7.7)
        settled = best.arm is None or (arm is not None and best.arm == arm) or (
            arm is None and len(entry.arms) == 1 and claim.arm_source != "comparator")
        # "98 (59.8%)" where the entry holds 88 (80.7%): count and rate both other than the entry's, and
        # consistent with each other, are another figure (another denominator), not a slip of this one
        recounted = claim.n is not None and best.av is not None and best.av.n is not None and claim.n != best.av.n
        headline = default and plain and settled and claim.timepoint == entry.timepoint and not recounted
        if (named or default or sole) and (near or (alone and plain and (named or close or headline))):
            # the entry is the one meant: its population named (or the endpoint's default entry, no
            # population named), and the value a near miss of it or no other entry of that population
            how = ["endpoint from the preceding text" if claim.endpoint_strength != "sentence" else "",
                   ("the endpoint's only entry, of the population the text around names" if carried
                    and not own_words and not timed
                    else "the entry's own words named in the sentence" if own_words and not timed
                    and not (population and population == entry.population)
                    else "time point named in the sentence" if timed
                    else "a subgroup of the population named in the sentence, the nearest in value"
                    if subgroup and population != entry.population else "population named in the sentence") if named
                   else "the endpoint's default entry" if default
                   else "the endpoint's only entry",
                   "arm " + ("named" if claim.arm_source in ("own", "chain") else "inferred") if best.arm else "",
                   "the entry's own qualifier (its grade or analysis) named in the sentence, table header or "
                   "heading before it" if qualified else "",
                   "near miss of the reference value" if near else "the only entry that fits"
                   + ("" if named else f", within {CLOSE_FRACTION:.0%} of its value" if close
                      else ", no population, subgroup or time point named; the value far from it "
                           "(a wrong figure, or one the library does not hold)")]
            return Match(MatchStatus.MISMATCH, entry, best.arm, best.field, expected=_show(best.value, claim),
                         found=claim.describe_value(), score=sc(entry), certainty=", ".join(h for h in how if h))
        return Match(MatchStatus.UNMATCHED, entry, best.arm, best.field, expected=_show(best.value, claim),
                     found=claim.describe_value(), score=sc(entry))

    def match_siblings(self, claims: list[Claim], text: str, products: tuple[str, ...] | None = None) -> None:
        """A value whose endpoint holds no figure of its kind, after a value of the same kind and
        unit in its sentence that an entry of its own endpoint confirmed ("median survival was 14.1 months in those who became
        MRD-negative and 7.2 months in those who stayed MRD-positive": the second value's nearest
        endpoint word names its group, and that endpoint has no medians): it is a figure of the
        earlier value's endpoint, matched again as such (kept where that entry confirms or
        contradicts it, with the reason said)."""
        for i, claim in enumerate(claims):
            m = claim.match
            if m is None or m.status not in (MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE) \
                    or claim.kind not in _MEASURES or not claim.endpoint or claim.value is None \
                    or claim.sentence == (0, 0) or any(e.measure in _MEASURES[claim.kind]
                                                       for e in self.ref.by_endpoint.get(claim.endpoint, ())):
                continue
            prev = next((c for c in reversed(claims[:i]) if c.sentence == claim.sentence and c.kind == claim.kind
                         and c.unit == claim.unit), None)
            pm = prev.match if prev is not None else None
            if pm is None or pm.status not in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE) or pm.entry is None \
                    or pm.entry.endpoint == claim.endpoint or prev.endpoint != pm.entry.endpoint \
                    or "|" in text[prev.end:claim.start] or ITEM_BREAK.search(text, prev.end, claim.start):
                continue  # (never across a table cell, a blank line or a new list item: another row's value)
            own = (claim.endpoint, claim.endpoint_strength, claim.endpoint_candidates)
            claim.endpoint, claim.endpoint_candidates = pm.entry.endpoint, [pm.entry.endpoint]
            again = self.match(claim, text, products)
            if again.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE, MatchStatus.MISMATCH):
                claim.match = again
                if again.status == MatchStatus.MISMATCH and not again.certainty:
                    again.certainty = "the endpoint of the figure before it in its sentence"
            else:
                claim.endpoint, claim.endpoint_strength, claim.endpoint_candidates = own

    def match_pairs(self, claims: list[Claim], text: str) -> None:
        """Judge the two values of a pair together ("80.7% vs 29.4%", "7.7 months | 6.2 months",
        "48.2% and 21.6%, respectively"): the figures of one comparison are the two arms of one entry.
        Where one value of the pair agrees with an arm of a two-arm entry and the other does not agree
        with the other arm, the other is a wrong figure of that entry (V001), even when it happens to
        agree with some entry of another endpoint or of a population the text does not name. Where the
        arms are named nowhere near the values, the pair is read in the library's order (the product's
        arm first): both values agreeing with the entry's arms the other way round is a swap (V002).
        ``claims`` are in document order, each with its match (:meth:`match`); a pair's changed
        match replaces ``claim.match``. A value that closes a pair opens no other: in "20.6% vs 14.2%,
        and 49 of 247 (19.8%) with A and 14 of 124 (11.3%) with B …" the 14.2% is the 20.6%'s partner,
        not the 19.8%'s (the next clause's values are a comparison of their own)."""
        closed = -1   # the index of the second value of the last pair read
        for i in range(len(claims) - 1):
            a, b = claims[i], claims[i + 1]
            if i == closed or not _paired(a, b, text):
                continue
            closed = i + 1
            for k, (claim, partner) in enumerate(((a, b), (b, a))):
                changed = self._pair_judge(claim, partner, claim.match, partner.match, first=(k == 0), text=text)
                if changed is not None:
                    claim.match = changed
                    break
        self._swapped_against_document_order(claims, text)
        for i in range(len(claims) - 1):
            a, b = claims[i], claims[i + 1]
            ma, mb = a.match, b.match
            if ma is None or mb is None or ma.status != MatchStatus.MISMATCH or mb.status != MatchStatus.MISMATCH \
                    or ma.entry is None or mb.entry is not ma.entry or ma.arm != mb.arm or ma.field != "value" \
                    or mb.field != "value" or len(ma.entry.arms) > 1 or not _paired(a, b, text):
                continue
            # "Median DFS | 9.5 vs 3.6 months" under a column of a one-arm subgroup entry: a comparison
            # of two figures is no copy of the one figure that entry holds (a comparison the library
            # does not hold: unsupported, not a mismatch of either value)
            for claim, m in ((a, ma), (b, mb)):
                claim.match = Match(MatchStatus.UNMATCHED, m.entry, m.arm, m.field, expected=m.expected, found=m.found,
                                    score=m.score, certainty="a comparison of two figures; the entry holds one")
        self._p_of_comparison(claims, text)
        for i, claim in enumerate(claims):
            if claim.kind == ClaimKind.PP_DIFFERENCE and claim.match is not None \
                    and claim.match.status in (MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE):
                judged = self._difference_of_pair(claims, i, text)
                if judged is not None:
                    claim.match = judged

    def _p_of_comparison(self, claims: list[Claim], text: str) -> None:
        """A p-value that no entry confirmed, given right after the figures of a comparison its sentence
        (or line: a table row, a bullet) matched ("HR 0.665 (95% CI ...); two-sided P=0.013", "80.7% vs
        29.4% (P=0.01)"), is that comparison's: judged against the p of the entry the nearest figure
        before it matched (no more than 160 characters before). Exact to its written precision ("P=0.001"
        for 0.0013 agrees, "P=0.013" does not); a bound agrees where the entry's p lies within it ("P<0.01"
        for 0.0013 or for "<0.001"); a bound against an exact p beyond it, or an exact p against a bound it
        breaks, is a mismatch (V001). Where the nearest figure's entry gives no p, nothing changes."""
        for i, claim in enumerate(claims):
            m = claim.match
            if claim.kind != "p-value" or claim.value is None or (
                    m is not None and m.status not in (MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE)):
                continue
            before = next((c for c in reversed(claims[:i]) if c.kind != "p-value"), None)
            if before is None or claim.start - before.end > 160 \
                    or (before.sentence != claim.sentence and "\n" in text[before.end:claim.start]
                        and not _in_bracket_of(before, claim, text)) \
                    or before.match is None or before.match.entry is None \
                    or before.match.status not in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE):
                continue
            entry = before.match.entry
            if entry.p is None or entry.p.boundary:
                continue
            agrees = _p_agrees(claim.value, claim.comparator or "=", entry.p.value, entry.p.comparator or "=")
            if agrees is None:
                continue
            expected = f"P{entry.p.comparator or '='}{entry.p.value.text}"
            status = MatchStatus.CONSISTENT if agrees else MatchStatus.MISMATCH
            claim.match = Match(status, entry, None, "p", expected=expected, found=claim.describe_value(),
                                score=before.match.score,
                                certainty="the p of the comparison the figures before it match")

    def _swapped_against_document_order(self, claims: list[Claim], text: str) -> None:
        """Two arms the library gives no order (two dose groups of the product) are compared in the
        order the text itself keeps: where the document writes the pairs of such two arms one way
        ("42.2% vs 42.4% (5 vs 10 mg/kg)", "74% vs 46%", "12.2 vs 9.2 months" …), a single pair
        whose values agree with the two arms the other way round ("mortality 62% vs 39%" where the
        group given less has 39%), arms named nowhere near the values, is a swap (V002). Only where
        at least MIN_ORDER_PAIRS pairs keep the order and only one breaks it."""
        pairs = []
        for i in range(len(claims) - 1):
            a, b = claims[i], claims[i + 1]
            ma, mb = a.match, b.match
            if ma is None or mb is None or ma.status != MatchStatus.CONSISTENT or mb.status != MatchStatus.CONSISTENT:
                continue
            entry = ma.entry
            if entry is None or mb.entry is not entry or ma.field != "value" or mb.field != "value" \
                    or ma.arm == mb.arm or ma.arm not in entry.arms or mb.arm not in entry.arms:
                continue
            if [x in self._product_arms for x in entry.arms].count(True) == 1:
                continue  # the library's order (the product first) decides: _pair_judge
            if a.arm_source in ("own", "chain") or b.arm_source in ("own", "chain") or not _paired(a, b, text):
                continue
            pairs.append((a, b, ma.arm, mb.arm))
        orders: dict[frozenset, dict[str, int]] = {}
        for _, _, first, second in pairs:
            count = orders.setdefault(frozenset((first, second)), {})
            count[first] = count.get(first, 0) + 1
        for a, b, first, second in pairs:
            count = orders[frozenset((first, second))]
            if count.get(first, 0) != 1 or count.get(second, 0) < MIN_ORDER_PAIRS:
                continue
            for claim, arm, other in ((a, first, second), (b, second, first)):
                entry = claim.match.entry
                av = entry.arms[other]
                claim.match = Match(MatchStatus.ARMS_SWAPPED, entry, other, "value", expected=_show(av.value, claim),
                                    found=claim.describe_value(),
                                    detail=f"{_show(claim.value, claim)} is the {self._arm_label(arm)} value of this "
                                           f"entry, written where the {self._arm_label(other)} value belongs (the "
                                           f"text gives the {self._arm_label(second)} figure first in its other "
                                           f"comparisons of these two groups)", score=claim.match.score)
                break  # one finding per swapped pair, on its first value

    def _difference_of_pair(self, claims: list[Claim], i: int, text: str) -> Match | None:
        """A difference in percentage points written right after a comparison ("80.7% vs 29.4%" then
        "Difference: 51.3 percentage points" on the same or the next line) whose two rates are the two
        arms of one entry: that entry's difference, judged against it (V001 where it disagrees). None
        where the two rates before it are not such a pair, or the difference's own sentence names
        another endpoint."""
        claim = claims[i]
        rates: list[Claim] = []
        j = i - 1
        while j >= 0 and len(rates) < 2 and i - j <= 6:
            other = claims[j]
            if other.kind == ClaimKind.PP_DIFFERENCE:
                return None  # another difference between: that comparison has its own
            if other.kind == ClaimKind.PERCENTAGE:
                rates.append(other)
            j -= 1
        if len(rates) != 2 or claim.value is None:
            return None
        b, a = rates
        if text.count("\n", b.end, claim.start) > 1 or claim.start - b.end > 300:
            return None  # not right after the comparison
        ma, mb = a.match, b.match
        if ma is None or mb is None or ma.status != MatchStatus.CONSISTENT or mb.status != MatchStatus.CONSISTENT:
            return None
        entry = ma.entry
        if entry is None or mb.entry is not entry or ma.field != "value" or mb.field != "value" \
                or ma.arm == mb.arm or ma.arm not in entry.arms or mb.arm not in entry.arms or not entry.difference:
            return None
        if claim.endpoint_strength == "sentence" and claim.endpoint != entry.endpoint:
            return None
        expected = entry.difference.value
        if faithful(claim.value, expected) or more_precise(claim.value, expected):
            return Match(MatchStatus.CONSISTENT, entry, None, "difference", expected=_show(expected, claim),
                         found=claim.describe_value())
        return Match(MatchStatus.MISMATCH, entry, None, "difference", expected=_show(expected, claim),
                     found=claim.describe_value(),
                     certainty="the difference of the comparison just before it, whose two values are this "
                               "entry's two arms")

    def _pair_judge(self, claim: Claim, partner: Claim, mine: Match, theirs: Match, first: bool,
                    text: str = "") -> Match | None:
        entry = theirs.entry
        if theirs.status != MatchStatus.CONSISTENT or theirs.field != "value" or entry is None \
                or len(entry.arms) != 2 or theirs.arm not in entry.arms or claim.value is None:
            return None
        if mine.status not in (MatchStatus.CONSISTENT, MatchStatus.UNMATCHED):
            return None  # already a finding (or out of scope)
        if mine.status == MatchStatus.UNMATCHED and text and claim.endpoint and claim.endpoint_strength == "sentence" \
                and self._another_endpoint(claim, text, self.facts(claim, [claim.endpoint])) is not None:
            # "Composite remission | 21.4% | 10.5%": the row's words name another endpoint than the entry the
            # partner happens to agree with; no entry holds it, so the value is no wrong copy of that entry's
            return None
        if partner.endpoint and partner.endpoint_strength == "sentence" and entry.endpoint != partner.endpoint:
            return None  # the partner agrees with a figure of another endpoint than its sentence's
        named = ("own", "chain", "sentence")
        # a population only the sentence names somewhere (not next to either value) that the library
        # holds no entry of this endpoint for does not outweigh the partner's exact agreement with the
        # endpoint's default entry
        held = {e.population for e in self.ref.by_endpoint.get(entry.endpoint, ())} if entry.default else None
        if held is None:  # the partner agrees with a subgroup's entry: any population named stands
            held = {claim.population, partner.population}
        if claim.population_source in named and claim.population != entry.population and (
                claim.population_source != "sentence" or claim.population in held):
            return None  # "… vs 90% in the biomarker-positive subgroup": another population, named
        if partner.population_source in named and partner.population != entry.population and (
                partner.population_source != "sentence" or partner.population in held):
            return None
        if claim.endpoint and claim.endpoint_strength == "sentence" and claim.endpoint != entry.endpoint:
            return None
        if claim.timepoint and claim.timepoint != entry.timepoint and not (
                partner.timepoint == claim.timepoint and partner.sentence == claim.sentence):
            # (a time point the pair's sentence names in another clause, "median survival 7.7 vs 6.7 months,
            # and the 2-year rates were …", is read for both values: where the partner agrees with
            # the entry of no such time point all the same, it does not pin the claim either)
            return None
        other = next(x for x in entry.arms if x != theirs.arm)
        if claim.arm_source in ("own", "chain") and claim.arm != other:
            return None  # the claim names its arm, and not the entry's other one
        if mine.status == MatchStatus.CONSISTENT:
            if mine.entry is entry:
                if mine.arm == theirs.arm and claim.arm_source not in ("own", "chain") \
                        and partner.arm_source not in ("own", "chain"):
                    return None  # both values the same arm's: nothing to say
                if mine.arm == other and claim.arm_source not in ("own", "chain") \
                        and partner.arm_source not in ("own", "chain") and self._reversed(entry, other, first):
                    # "median survival 6.2 vs 7.7 months", arms named nowhere near: the product's figure second
                    av = entry.arms[theirs.arm]
                    return Match(MatchStatus.ARMS_SWAPPED, entry, theirs.arm, "value", expected=_show(av.value, claim),
                                 found=claim.describe_value(),
                                 detail=f"{_show(claim.value, claim)} is the {self._arm_label(other)} value of "
                                        f"this entry, written where the {self._arm_label(theirs.arm)} value "
                                        f"belongs", score=theirs.score)
                return None
            if self._pair_fits(claim, partner):
                return None  # some entry holds both values, one per arm: a faithful comparison
            # consistent with another entry: keep it when the claim names what sets that entry apart
            if mine.entry is None or mine.field != "value":
                return None
            if mine.entry.endpoint == entry.endpoint and (
                    mine.entry.population == entry.population
                    or (claim.population_source in named and claim.population == mine.entry.population)) \
                    and not (text and self._unworded_sibling(mine.entry, entry, claim, text)):
                return None
            if mine.entry.endpoint != entry.endpoint and claim.endpoint == mine.entry.endpoint:
                return None
        elif self._pair_fits(claim, partner):
            return None
        own_value = _arm_figure(entry, other, claim)
        if own_value is None or faithful(claim.value, own_value) or more_precise(claim.value, own_value):
            return None
        their_value = _arm_figure(entry, theirs.arm, claim)
        if their_value is not None and faithful(claim.value, their_value):
            return None  # both values the same figure: not a comparison of this entry
        return Match(MatchStatus.MISMATCH, entry, other, "value", expected=_show(own_value, claim),
                     found=claim.describe_value(), score=theirs.score,
                     certainty=f"the other value of the comparison is this entry's "
                               f"{self._arm_label(theirs.arm)} value")

    def _by_counts(self, claim: Claim, facts: list[Fact], compatible: list[Fact], arm: str | None,
                   excluded) -> Fact | None:
        """The one fact (entry and arm) whose published n/N the claim's n/N is, where the claim's
        percentage is not that fact's value and no agreeing fact has those counts; None otherwise."""
        if claim.kind != "percentage" or claim.value is None or claim.n is None or not claim.total:
            return None
        if any(f.av is not None and (f.av.n, f.av.total) == (claim.n, claim.total) for f in compatible):
            return None
        hits = [f for f in facts if f.field == "value" and f.av is not None and f.av.n == claim.n
                and f.av.total == claim.total and (f.arm is None or arm is None or f.arm == arm) and not excluded(f)
                and (claim.endpoint_strength != "sentence" or f.entry.endpoint == claim.endpoint)]
        return _one_other(claim, hits)

    def _by_total(self, claim: Claim, facts: list[Fact], compatible: list[Fact], arm: str | None,
                  excluded, sentence: str = "") -> Fact | None:
        """For n of N alone (a fraction, no percentage) that no fact agrees with: the one fact of the
        claim's endpoint whose published N is the claim's N and whose n differs; None otherwise (no such
        fact, or more than one, or the endpoint only guessed from the text before). Of several such
        facts (the arm's N is that of every analysis of the endpoint: "went on to transplant" and
        "went directly to transplant" over the same 162), the one whose own words the sentence names,
        else the endpoint's default one: "(79/164 vs 53/162)" after "proceeded to transplant" is the
        default entry's 35/162 written wrong, not a figure of no entry."""
        if claim.kind != "fraction" or claim.n is None or not claim.total or compatible \
                or claim.endpoint_strength != "sentence":
            return None
        hits = [f for f in facts if f.field == "value" and f.av is not None and f.av.total == claim.total
                and f.av.n is not None and f.av.n != claim.n and f.entry.endpoint == claim.endpoint
                and (f.arm is None or arm is None or f.arm == arm) and not excluded(f)]
        if len({(f.entry.id, f.arm) for f in hits}) > 1:
            worded = [f for f in hits if f.entry.synonyms and self._names_qualifier(f.entry, sentence)]
            # (the default one only where no entry of the endpoint has its own words named, nor a
            # population other than its own: "18 of the 164 treated had the event after the procedure"
            # names another analysis, of another N)
            named_elsewhere = any(f.entry.synonyms and f.entry.endpoint == claim.endpoint
                                  and self._names_qualifier(f.entry, sentence) for f in facts)
            population = claim.population if claim.population_source in ("own", "chain", "sentence") else None
            hits = worded or ([] if named_elsewhere else [
                f for f in hits if f.entry.default and not f.entry.synonyms
                and (population is None or population == f.entry.population)])
        return hits[0] if len({(f.entry.id, f.arm) for f in hits}) == 1 else None

    def _by_interval(self, claim: Claim, facts: list[Fact], arm: str | None, excluded, text: str) -> Fact | None:
        """The one fact (entry and arm) whose confidence interval the claim's interval is, bound for
        bound at the written precision, while the estimate is not that fact's; None where no fact, or
        facts of several entries or arms, hold that interval."""
        iv = claim.interval
        if iv is None or iv.kind != "ci" or claim.value is None or claim.kind == "fraction":
            return None
        if "\n" in text[min(claim.start, iv.start):max(claim.end, iv.end)]:
            return None  # an interval of another line (a table's "95% CI" row under another row): not the figure's own
        pool = facts
        if claim.endpoint_strength == "sentence" and any(
                f.entry.endpoint == claim.endpoint and f.av is not None and f.av.ci for f in facts):
            # the sentence's endpoint holds intervals of this kind: only those may name the entry
            pool = [f for f in facts if f.entry.endpoint == claim.endpoint]
        hits = [f for f in pool if f.av is not None and f.av.ci and f.field in ("value", "ratio")
                and (f.arm is None or arm is None or f.arm == arm) and not excluded(f)
                and faithful(iv.low, f.av.ci[0]) and faithful(iv.high, f.av.ci[1])]
        return _one_other(claim, hits)

    def _held(self, endpoint: str, scope: frozenset[str] | None) -> frozenset[str]:
        """The populations the library holds an entry of ``endpoint`` for, for the products in
        ``scope`` (all when None; memoised)."""
        key = (endpoint, scope)
        held = self._held_populations.get(key)
        if held is None:
            held = self._held_populations[key] = frozenset(
                e.population for e in self.ref.by_endpoint.get(endpoint, ())
                if e.population and (scope is None or e.study.product in scope))
        return held

    def _unheld_population(self, claim: Claim, text: str, scope: frozenset[str] | None) -> str | None:
        """The label of a population (any product's term) that the claim's sentence names before the
        figure, or its table row's label names, where no entry of the claim's endpoint for the
        products in scope has that population; None where there is none."""
        if not claim.endpoint or claim.sentence == (0, 0):
            return None
        held = self._held(claim.endpoint, scope)
        if any(p in held for p in (claim.population, *claim.population_candidates) if p):
            # a population the library holds for the endpoint is a candidate too: not unheld, unless
            # the figure's lead-in names a declared population outside it ("in the ITT population
            # with SUBTYPE-X mutations", SUBTYPE-X a subgroup the library declares with no such entry)
            return self._extra_subgroup(claim, text, scope, words=False)
        before = text[claim.sentence[0]:claim.start]
        lowered = before.lower()
        for pid, (lower, exact) in self._population_names.items():
            if pid in held:
                continue
            if (lower is not None and lower.search(lowered)) or (exact is not None and exact.search(before)):
                return self.ref.populations[pid].label
        return None

    def _extra_subgroup(self, claim: Claim, text: str, scope: frozenset[str] | None, words: bool = True) -> str | None:
        """A subgroup of the named population that the words leading into the figure (its clause, back to
        the last sentence or clause end: a bullet of a list runs into the next) also name, for which no
        entry of the claim's endpoint holds a figure: "in biomarker-negative patients aged 55 or older,
        median survival was ..." where the library holds survival of biomarker-negative patients as a whole. The
        subgroup is either a population the claims library declares (with or without entries) that no
        entry of this endpoint holds, or baseline words (context.py's subgroup words: "aged", "women",
        "patients with X disease") outside every population term the lead names. Such a figure is of
        a subgroup the library does not report, not a wrong copy of the broader group's; None where
        the lead names no such thing. ``words=False``: the declared populations only."""
        from .context import _SUBGROUP

        if not claim.endpoint or claim.sentence == (0, 0):
            return None
        lo = max(claim.sentence[0], claim.start - _LEAD_CHARS)
        lead = text[lo:claim.start]
        cut = [m.end() for m in _LEAD_BREAK.finditer(lead)] + [m.end() for m in _PREVIOUS_FIGURE.finditer(lead)]
        if cut:
            lead = lead[max(cut):]
        if "|" in lead:
            # a table row: its label cell leads into its figures ("| biomarker-negative, aged >=55 | 12.4 |")
            ls = text.rfind("\n", 0, claim.start) + 1
            lead = next((c for c in text[ls:claim.start].split("|") if c.strip()), "")
            if len(lead) > _LEAD_CHARS:
                return None
        held = self._held(claim.endpoint, scope)
        lowered = lead.lower()
        spans: list[tuple[int, int]] = []
        unheld: list[tuple[int, int, str]] = []
        for pid, (lower, exact) in self._population_names.items():
            for pat, where in ((lower, lowered), (exact, lead)):
                if pat is None:
                    continue
                for m in pat.finditer(where):
                    if pid in held:
                        spans.append(m.span())
                    else:
                        unheld.append((m.start(), m.end(), pid))

        def inside(a: int, b: int) -> bool:
            return any(s <= a and b <= e for s, e in spans)

        for a, b, pid in unheld:
            # (a population named apart from a narrower one the library holds -- "In second line,
            # ... for biomarker-negative" where it holds biomarker-negative patients in second line -- is that one's part)
            if not inside(a, b) and not any(self._narrower(h, pid) for h in held):
                return self.ref.populations[pid].label
        for m in _SUBGROUP.finditer(lead) if words else ():
            if not inside(*m.span()):
                rest = _SUBGROUP_TAIL.match(lead, m.end())
                return " ".join(lead[m.start():rest.end() if rest else m.end()].split())
        return None

    def _unnamed_population_dropped(self, claim: Claim, compatible: list[Fact], facts: list[Fact],
                                    agreeing: list[Fact], arm: str | None, text: str) -> list[Fact]:
        """Population beats coincidence: a figure written with no population and no n/N ("the event occurred
        in 15% of patients", "transplant rate | 48.5%") where the endpoint's default entry (the trial's
        whole population: 14%, 48.2%) disagrees is never confirmed by the figure of another population
        the text does not name (a pediatric study's 15%, its 49% that 48.5% rounds to): it is the
        default entry's figure, written wrong. (Only where the claim names or hints at no subgroup or
        analysis: "in patients whose first remission lasted 12 months or longer, 86.8% (exploratory
        subgroup analysis)" names a subgroup in words the library may not hold. Percentages only: a
        median of another population in a comparison is judged with its partner, _pair_judge.) The other population counts as named where the claim's
        sentence or the QUALIFIER_REACH characters before it (its table, its heading) name it. A
        subgroup entry of the same trial (``analysis: subgroup``) is never dropped: its population is often named in
        words the library lacks ("≥50 % marrow blasts: response 77,9 %" in a list of subgroups)."""
        defaults = [f for f in facts if f.entry.endpoint == claim.endpoint and f.entry.default
                    and f.entry.population and (f.arm is None or arm is None or f.arm == arm)
                    and f.entry.timepoint == claim.timepoint]
        if not defaults or any(f in agreeing for f in defaults):
            return compatible
        wide = {f.entry.population for f in defaults}
        wide_arms = {a for f in defaults for a in f.entry.arms}
        start = max(0, min(claim.sentence[0], claim.start) - QUALIFIER_REACH)
        before = text[start:claim.sentence[1] if claim.sentence != (0, 0) else claim.end]

        def unnamed(f: Fact) -> bool:
            p = f.entry.population
            return f.entry.endpoint == claim.endpoint and p is not None and p not in wide \
                and f.entry.analysis not in _SUBGROUP_ANALYSES \
                and p not in claim.population_candidates and not self._names_population(p, before) \
                and not self._names_qualifier(f.entry, before) and not group_named(f)

        def group_named(f: Fact) -> bool:
            # the claim's own arm is a group the entry compares and the default entries do not hold
            # ("patients given the lower of two doses reached a response in 50.9%"):
            # naming the group names the analysis that formed it, whatever the sentence's other
            # group made of the arm's certainty
            return f.arm is not None and f.arm == claim.arm and f.arm not in wide_arms \
                and f.arm in self._product_arms and self._names_arms(f.entry, before)

        return [f for f in compatible if not unnamed(f)]

    def _unworded_sibling(self, mine: Entry, theirs: Entry, claim: Claim, text: str) -> bool:
        """Words beat coincidence: whether ``mine`` (the entry the claim happens to agree with) is a
        narrower entry of the default entry ``theirs`` (the one the claim's partner agrees with: same
        trial, endpoint, population and time point), set apart by words of its own (its synonyms:
        "proceeded directly to transplant") that neither the claim's sentence nor the QUALIFIER_REACH
        characters before it name. "48.2% went on to transplant vs 11.1% of comparator patients" where
        the comparator's figure is 21.6% (11.1% went *directly*) is then the default entry's figure
        written wrong."""
        if mine is theirs or mine.default or not theirs.default or not mine.synonyms \
                or mine.study.id != theirs.study.id or mine.population != theirs.population \
                or mine.timepoint != theirs.timepoint or mine.endpoint != theirs.endpoint:
            return False
        start = max(0, min(claim.sentence[0], claim.start) - QUALIFIER_REACH)
        before = text[start:claim.sentence[1] if claim.sentence != (0, 0) else claim.end]
        return not self._names_qualifier(mine, before)

    def _analyses_of_qualifier(self, claim: Claim, own_arm: list[Fact], agreeing: list[Fact],
                               population: str | None, text: str) -> list[Fact]:
        """The facts (one per entry) of the claim's endpoint, arm and time point whose entries' own
        words (their synonyms) are named by the SAME words of the claim's sentence or of its list's
        lead-in (:func:`_lead_in`): "grade >=3" naming two analyses' grade >=3 rates of one event --
        where there are two or more such entries, none agrees with the value and none is of another
        population than the one the text names; [] otherwise."""
        lead = _lead_in(claim, text)
        s0, s1 = claim.sentence if claim.sentence != (0, 0) else (max(0, claim.start - 200), claim.end + 200)
        said = (lead + "\n" if lead else "") + text[s0:s1]
        lowered = said.lower()
        by_entry: dict[str, Fact] = {}
        covered: list[set[int]] = []   # the characters each entry's named words cover
        for f in own_arm:
            e = f.entry
            if e.endpoint != claim.endpoint or not e.synonyms or e.id in by_entry or f.field != "value" \
                    or (population and e.population not in (None, population)) \
                    or e.timepoint != claim.timepoint:
                continue
            got = self._entry_qualifiers.get(e.id)
            if got is None:
                got = self._entry_qualifiers[e.id] = _names_pattern(e.synonyms)
            lower, exact = got
            spans = [m.span() for m in lower.finditer(lowered)] if lower is not None else []
            if exact is not None:
                spans += [m.span() for m in exact.finditer(said)]
            at = {i for a, b in spans if not negated(lowered, 0, a) for i in range(a, b)}
            if at:
                by_entry[e.id] = f
                covered.append(at)
        if len(by_entry) < 2 or not set.intersection(*covered):
            return []
        if any(g.entry.id in by_entry for g in agreeing):
            return []
        return list(by_entry.values())

    def _endpoint_in_clause(self, claim: Claim, text: str) -> bool:
        """Does the claim's own clause (its sentence between semicolons) name the claim's endpoint?"""
        if claim.endpoint not in self.ref.endpoints:
            return True
        s0, s1 = claim.sentence
        a = text.rfind(";", s0, claim.start)
        b = text.find(";", claim.end, s1)
        clause = text[s0 if a < 0 else a + 1:s1 if b < 0 else b]
        return self._names_endpoint(claim.endpoint, clause, clause.lower())

    def _another_endpoint(self, claim: Claim, text: str, facts: list[Fact],
                          scope: frozenset[str] | None = None) -> str | None:
        """The words of the claim's sentence that name its endpoint as ANOTHER endpoint, where the
        library holds no entry of that one: the endpoint's name with a word bound to it that defines a
        kind of it (data/outcomes.yaml ``endpoint_kind_words``: "composite complete remission",
        "post-transplant survival", "event-free survival" where only overall survival is held, "partial
        remission"), or counted from an event named right after it ("survival after transplant",
        ``time_anchor_before`` and ``time_anchor_events``), that no entry of the endpoint among
        ``facts`` holds in its own words (:meth:`_own_words_of`; an event a time is counted from is held
        by an entry counted from any such event: "post-graft" for "post-transplant") and the endpoint's
        label does not say. None otherwise.

        This is the boundary between a value mismatch (V001: the figure's endpoint, population and arm
        are an entry's, its value differs) and an unsupported figure (U001: the library holds no entry
        for what the figure is about): a figure so named is never a wrong copy of the plain endpoint's
        entry, however near its value, and never its comparator's figure in a pair (:meth:`_pair_judge`).

        The name is the occurrence of the endpoint's label or a synonym nearest before the claim in its
        sentence (else the first after it): a table row's label, a dotted leader's, the subject of a
        sentence. A word is bound to it where it stands in the run of up to three words right before
        it (only spaces between: no punctuation, table rule or bracket, no function word such as "of",
        "in", "with"; a bracket opened right before the name glosses the words before it: "Composite
        remission (complete + partial recovery)"), or inside the library's name where the name without
        it is a name of the same endpoint too ("post-transplant survival" beside "survival"; in
        "complete remission with partial haematological recovery" the word is the name's own). A word
        that with the name makes the name of another endpoint the library holds figures of for the
        products in ``scope`` ("event-free survival") is that endpoint's: the claim's endpoint was read
        elsewhere, not from these words."""
        endpoint = claim.endpoint
        if not endpoint or claim.sentence == (0, 0) or endpoint not in self.ref.endpoints:
            return None
        s0, s1 = claim.sentence
        sentence = text[s0:s1]
        self._names_endpoint(endpoint, "", "")   # its patterns, compiled once
        spans = [(s0 + m.start(), s0 + m.end()) for pat, t in zip(self._endpoint_names[endpoint],
                                                                 (sentence.lower(), sentence))
                 if pat is not None for m in pat.finditer(t)]
        before = [sp for sp in spans if sp[1] <= claim.start]
        after = [sp for sp in spans if sp[0] >= claim.end]
        if before:
            a, b = max(before, key=lambda sp: (sp[1], sp[1] - sp[0]))
        elif after:
            a, b = min(after)
        else:
            return None
        run = a
        gloss = _GLOSS_OPEN.search(text, max(s0, a - 4), a)
        if gloss is not None:   # "Composite remission (complete + partial)": the bracket glosses the words before it
            run = gloss.start() + 1
        for _ in range(3):
            m = _BOUND_WORD.search(text, max(s0, run - 48), run)
            if m is None or m.group(1).lower() in _UNBINDING:
                break
            run = m.start()
        phrase = text[run:b]
        label = f" {_plain(self.ref.endpoints[endpoint].label)} "
        anchor = anchor_patterns(self.ref, hyphen=True)[1]
        said: list[tuple[str, str]] = []   # (the words as written, the kind word)
        for hit in outcome_words("endpoint_kind_words", hyphen=True).finditer(phrase):
            h0, h1 = hit.start() - (a - run), hit.end() - (a - run)
            if h0 >= 0:
                # inside the library's own name: a kind of the endpoint only where the rest names it too
                term = text[a:b]
                if _plain(term[:h0] + " " + term[h1:]) not in self._plain_names.get(endpoint, ()):
                    continue
            named = self._named_endpoints.get(_plain(phrase[hit.start():]), set()) - {endpoint}
            if any(scope is None or e.study.product in scope for o in named for e in self.ref.by_endpoint.get(o, ())):
                continue
            words = phrase[hit.start():]
            if gloss is not None and run + hit.start() < gloss.start():
                # the gloss in full: "Composite remission (complete + partial)"
                close = text.find(")" if "(" in gloss.group(0) else "]", b, min(s1, b + 60))
                if close != -1:
                    words = text[run + hit.start():close + 1]
            said.append((words, hit.group(0)))
        gap = _NAME_GAP.match(text, b, s1)
        counted = anchor.match(text, gap.end(), s1) if gap is not None else None
        if counted is not None:   # "survival after transplant"
            said.append((text[a:counted.end()], counted.group(0)))
        entries = [f.entry for f in facts if f.entry.endpoint == endpoint]
        for words, kind in said:
            word = _plain(kind)
            if not word or f" {word} " in label:
                continue
            if anchor.fullmatch(kind) is not None:
                if any(anchor.search(self._own_words_of(e)) for e in entries):
                    continue
            elif any(f" {word} " in self._own_words_of(e) for e in entries):
                continue
            return " ".join(words.split())
        return None

    def _own_words_of(self, entry: Entry) -> str:
        """The entry's own words (its id, synonyms, note, source, its population's and time point's
        names) as :func:`_plain` writes them, each set apart by " | ", with a space at either end."""
        own = self._own_words.get(entry.id)
        if own is None:
            parts = [entry.id, *entry.synonyms, entry.note or "", entry.source or ""]
            for terms, key in ((self.ref.populations, entry.population), (self.ref.timepoints, entry.timepoint)):
                term = terms.get(key) if key else None
                if term is not None:
                    parts += [term.label, *term.synonyms]
            own = self._own_words[entry.id] = " " + " | ".join(_plain(p) for p in parts) + " "
        return own

    def _qualified(self, entry: Entry, own_arm: list[Fact], arm: str | None, claim: Claim, text: str) -> bool:
        """Whether the words that set ``entry`` apart from the other entries of its endpoint and
        population (its own synonyms: "grade 3 or higher", "all grades") are named in the claim's
        sentence or the QUALIFIER_REACH characters before it (its table's header, its section's
        heading), and no such other entry's are."""
        start = max(0, min(claim.sentence[0], claim.start) - QUALIFIER_REACH)
        before = text[start:claim.start]
        lowered = before.lower()

        def named(e: Entry) -> bool:
            got = self._entry_qualifiers.get(e.id)
            if got is None:
                got = self._entry_qualifiers[e.id] = _names_pattern(e.synonyms) if e.synonyms else (None, None)
            lower, exact = got
            return (lower is not None and lower.search(lowered) is not None) or (
                exact is not None and exact.search(before) is not None)

        if not named(entry):
            return False
        rivals = {f.entry.id: f.entry for f in own_arm if f.entry.id != entry.id
                  and f.entry.population == entry.population and f.entry.timepoint == entry.timepoint
                  and not (arm and f.entry.arms and arm not in f.entry.arms)}
        return not any(named(e) for e in rivals.values())

    def _qualifier_drops(self, claim: Claim, compatible: list[Fact], facts: list[Fact], arm: str | None,
                         text: str) -> tuple[list[Fact], set[str]]:
        """(``compatible`` without the facts of other entries of the claim's endpoint where the value's
        own clause names one entry's own words (its synonyms) nearest before the value (or, where none
        is named before it, right after it up to the next statement), and that entry holds the
        claim's arm; the ids of the entries so named). The entry of the nearest words wins: "any transplant
        48.2% vs 21.6%; directly 43.3% vs 11.1%" keeps each value with its own words."""
        s0, s1 = claim.sentence if claim.sentence != (0, 0) else (claim.start, claim.end)
        cut = max([m.end() for m in _OWN_CLAUSE.finditer(text, s0, claim.start)], default=s0)
        before = text[cut:claim.start]
        after_end = next((m.start() for m in _OWN_CLAUSE.finditer(text, claim.end, s1)), s1)
        after = text[claim.end:after_end]
        other = _NEXT_STATEMENT.search(after)
        if other is not None:
            after = after[:other.start()]
        own = [f.entry for f in facts if f.entry.endpoint == claim.endpoint and f.entry.synonyms
               and (arm is None or not f.entry.arms or arm in f.entry.arms)]
        if not own:
            return compatible, set()

        def last(e: Entry, part: str) -> int:
            got = self._entry_qualifiers.get(e.id)
            if got is None:
                got = self._entry_qualifiers[e.id] = _names_pattern(e.synonyms)
            lower, exact = got
            ends = [m.end() for pat, t in ((lower, part.lower()), (exact, part)) if pat is not None
                    for m in pat.finditer(t)]
            return max(ends, default=-1)

        named: set[str] = set()
        for part, nearest in ((before, max), (after, min)):
            at = {e.id: last(e, part) for e in own}
            at = {k: v for k, v in at.items() if v >= 0}
            if at:
                pick = nearest(at.values())
                named = {k for k, v in at.items() if v == pick}
                break
        if not named or not any(f.entry.id in named for f in facts if f.arm is None or arm is None or f.arm == arm):
            return compatible, set()
        if any(f.entry.id in named for f in compatible):
            return compatible, named
        # only the named entry's siblings give way (its trial and population: "directly" and "any" transplant
        # of one analysis); an entry of another analysis that holds no such words ("any grade" of the
        # label's safety population) is not set apart by them
        siblings = {(f.entry.study.id, f.entry.population) for f in facts if f.entry.id in named}
        return [f for f in compatible if f.entry.endpoint != claim.endpoint
                or (f.entry.study.id, f.entry.population) not in siblings], named

    @staticmethod
    def _own_clause(claim: Claim, text: str) -> str:
        """The claim's own clause of its sentence (between the clause breaks of :data:`_OWN_CLAUSE`)."""
        s0, s1 = claim.sentence if claim.sentence != (0, 0) else (claim.start, claim.end)
        cut = max([m.end() for m in _OWN_CLAUSE.finditer(text, s0, claim.start)], default=s0)
        end = next((m.start() for m in _OWN_CLAUSE.finditer(text, claim.end, s1)), s1)
        return text[cut:max(end, claim.end)]

    def _population_of_value(self, claim: Claim, text: str) -> str | None:
        """The population named for this very value: next to it or by its table cell (own), by a
        list's order (chain), or the only one its sentence names where no other figure stands
        between the two ("rash in 14% overall and in 23% of those who went on to transplant":
        the transplant population is the 23%'s, not the 14%'s), introduced as who was counted."""
        if claim.population_source == "own":
            return claim.population
        if claim.population_source not in ("sentence", "chain") or not claim.population or claim.sentence == (0, 0):
            return None
        got = self._population_names.get(claim.population)
        if got is None:
            return None
        s0, s1 = claim.sentence
        sentence = text[s0:s1]
        spans = []
        lower, exact = got
        if lower is not None:
            spans += [(m.start() + s0, m.end() + s0) for m in lower.finditer(sentence.lower())]
        if exact is not None:
            spans += [(m.start() + s0, m.end() + s0) for m in exact.finditer(sentence)]
        for a, b in spans:
            lead = text[max(s0, a - _OWNER_REACH):a]
            if not (_INTRODUCED.search(lead) or not lead.strip(" \t*_#|-") or _INTRODUCES.match(text, a, b)):
                # (a name that carries its own "in"/"among": "in second line", "among responders")
                continue  # not introduced as who was counted ("rash and post-transplant mortality")
            if b <= claim.start:
                # "In second-line patients, … 87.7%": before the value, unless it closes another
                # figure ("22.8% of patients who underwent transplant (14% of all …)")
                if not _DIGIT.search(text[b:claim.start]) and not _DIGIT.search(text[max(s0, a - _OWNER_REACH):a]):
                    return claim.population
            elif a >= claim.end:
                # "7.7 months in biomarker-positive patients …": right after the value, nothing between
                # ("14% of treated patients … and was more frequent after transplant" is another statement)
                gap = text[claim.end:a]
                if len(gap) <= _AFTER_REACH and not _DIGIT.search(gap) and not _CLAUSE.search(gap):
                    return claim.population
        return None

    def _owned_candidate(self, claim: Claim, text: str) -> str | None:
        """The population among the claim's candidates (and its own) that its sentence names for this
        very value, by the rules of :meth:`_population_of_value` (introduced as who was counted, next to
        the value, no other figure or clause break between), the nearest where several are; None where
        there is none, or two about as near."""
        if claim.sentence == (0, 0):
            return None
        s0, s1 = claim.sentence
        sentence = text[s0:s1]
        lowered = sentence.lower()
        found: dict[str, int] = {}
        for pid in dict.fromkeys([*claim.population_candidates, *([claim.population] if claim.population else [])]):
            got = self._population_names.get(pid)
            if got is None:
                continue
            lower, exact = got
            spans = []
            if lower is not None:
                spans += [(m.start() + s0, m.end() + s0) for m in lower.finditer(lowered)]
            if exact is not None:
                spans += [(m.start() + s0, m.end() + s0) for m in exact.finditer(sentence)]
            for a, b in spans:
                lead = text[max(s0, a - _OWNER_REACH):a]
                introduced = _INTRODUCED.search(lead) or not lead.strip(" \t*_#|-")
                if b <= claim.start and introduced:
                    if not _DIGIT.search(text[b:claim.start]) and not _DIGIT.search(lead) \
                            and not _CLAUSE.search(text[b:claim.start]):
                        found[pid] = min(found.get(pid, claim.start - b), claim.start - b)
                elif a >= claim.end:
                    # "65% of those treated in second line": introduced anywhere between
                    gap = text[claim.end:a]
                    if len(gap) <= _AFTER_REACH and not _DIGIT.search(gap) and not _CLAUSE.search(gap) \
                            and (introduced or _INTRODUCING.search(gap)):
                        found[pid] = min(found.get(pid, a - claim.end), a - claim.end)
        if not found:
            return None
        # the nearest ("among responders, … reached by 65% of those in second line": second line),
        # where it is clearly the nearest
        ranked = sorted(found.items(), key=lambda x: x[1])
        if len(ranked) > 1 and ranked[1][1] - ranked[0][1] < 10:
            return None
        return ranked[0][0]

    def _names_arms(self, entry: Entry, sentence: str) -> bool:
        """Whether ``sentence`` names one of the entry's arms (its label or a synonym)."""
        for arm in entry.arms:
            got = self._arm_names.get(arm)
            if got is None:
                term = self.ref.arms.get(arm)
                got = self._arm_names[arm] = _names_pattern([term.label, *term.synonyms]) if term else (None, None)
            lower, exact = got
            if (lower is not None and lower.search(sentence.lower())) or (exact is not None and exact.search(sentence)):
                return True
        return False

    def _named_on_a_line_above(self, population: str, claim: Claim, text: str) -> bool:
        """Whether the QUALIFIER_REACH characters before the claim's line name ``population`` (a heading,
        a lead-in line), and the claim's own line up to the claim does not."""
        line_start = text.rfind("\n", 0, claim.start) + 1
        if line_start == 0 or self._names_population(population, text[line_start:claim.start]):
            return False
        return self._names_population(population, text[max(0, line_start - QUALIFIER_REACH):line_start])

    def _subgroup_heading(self, f: Fact, named_population: str, claim: Claim, text: str) -> bool:
        """Whether ``f`` is a subgroup entry (``analysis: subgroup``) of the trial of the entries of the
        population the claim's line names, whose own population a line above names (a heading, a
        lead-in: "Subgroup: second line" over "- ORR in all randomized: 71.2%"): the heading's subgroup
        narrows the analysis population the line names, as "second-line patients of the ITT
        population" would."""
        if f.entry.analysis not in _SUBGROUP_ANALYSES or f.entry.population in (None, named_population):
            return False
        if not any(e.population == named_population and e.study.id == f.entry.study.id
                   for e in self.ref.by_endpoint.get(f.entry.endpoint, ())):
            return False
        return self._named_on_a_line_above(f.entry.population, claim, text)

    def _narrow_parallel(self, claim: Claim) -> None:
        """An elliptic clause parallel to a contrast of populations (``Claim.parallel_of``: "14.1 vs 7.2
        months if A vs B; in second line the figures were 15.6 and 6.9 months"): the value is the
        population of its place in the contrast, narrowed by the clause's own population -- the one
        population of the library whose label names both (of those the endpoint holds, where any
        does). Where there is not exactly one, the claim keeps the context read as it was (the library
        holds no such subgroup: nothing to check it against)."""
        endpoint, arm, population, narrowing = claim.parallel_of
        both = [p for p in self.ref.populations if p not in (population, narrowing)
                and self._narrower(p, population) and self._narrower(p, narrowing)]
        held = [p for p in both if any(e.population == p for e in self.ref.by_endpoint.get(endpoint, ()))]
        got = held or both
        if len(got) != 1:
            return
        claim.endpoint, claim.endpoint_strength = endpoint, "sentence"
        claim.population, claim.population_source = got[0], "own"
        if arm is not None:
            claim.arm, claim.arm_source, claim.arm_not = arm, "chain", None
        claim.parallel_of = None

    def _unnamed_narrowing(self, population: str, wider: str, sentence: str) -> bool:
        """Whether ``population`` narrows ``wider`` by something the sentence does not name: the
        sentence names neither it nor a population of what narrows it (one whose label's words are
        among its own beyond the wider one's: "underwent transplant" / "did not undergo transplant" for
        "marker-positive patients who did not undergo transplant" over "marker-positive"). "Median
        survival was 6.3 months in those who remained marker-positive" is not the figure of those who
        also had no transplant: a coincidence with that subgroup's value does not confirm it."""
        extra = self._label_words(population) - self._label_words(wider)
        if not extra:
            return False
        # the words that name what narrows it: those of the narrower population's names and of the
        # populations of what narrows it, beyond the wider one's ("hsct", "transplant", "transplanted")
        key = (population, wider)
        vocabulary = self._narrowing_words.get(key)
        if vocabulary is None:
            names = [*self._names_of(population)]
            for pid in self.ref.populations:
                own = self._label_words(pid)
                if pid != wider and own and own & extra and own <= self._label_words(population):
                    names += self._names_of(pid)
            wide = self._label_words(wider) | {w for n in self._names_of(wider) for w in _words(n)}
            vocabulary = frozenset(w[:7] for n in names for w in _words(n) if w not in wide and len(w) > 3)
            self._narrowing_words[key] = vocabulary
        low = sentence.lower()
        return not any(re.search(rf"\b{re.escape(w)}", low) for w in vocabulary)

    def _names_of(self, population: str) -> list[str]:
        term = self.ref.populations.get(population)
        return [term.label, *term.synonyms] if term else []

    def _label_words(self, population: str) -> frozenset[str]:
        """The words of a population's label that say who is in it (not :data:`_LABEL_FILLER`)."""
        got = self._label_word_sets.get(population)
        if got is None:
            term = self.ref.populations.get(population)
            got = frozenset(_words(term.label)) if term else frozenset()
            self._label_word_sets[population] = got
        return got

    def _narrower(self, population: str | None, wider: str) -> bool:
        """Whether ``population``'s own label names the ``wider`` one ("early responders who
        underwent transplant" names "underwent transplant"): a subgroup of it."""
        term = self.ref.populations.get(population) if population else None
        if term is None:
            return False
        got = self._population_names.get(wider)
        if got is None:
            return False
        lower, exact = got
        hits = ([m.start() for m in lower.finditer(term.label.lower())] if lower is not None else []) + (
            [m.start() for m in exact.finditer(term.label)] if exact is not None else [])
        # a label that names the wider population as what it is not ("patients treated outside the
        # United States", "non-US patients") is its complement, not a subgroup of it
        return any(not _COMPLEMENT_BEFORE.search(term.label, 0, at) for at in hits)

    def _names_qualifier(self, entry: Entry, sentence: str) -> bool:
        """Whether ``sentence`` names one of the entry's own synonyms."""
        got = self._entry_qualifiers.get(entry.id)
        if got is None:
            got = self._entry_qualifiers[entry.id] = _names_pattern(entry.synonyms) if entry.synonyms else (None, None)
        lower, exact = got
        return (lower is not None and lower.search(sentence.lower()) is not None) or (
            exact is not None and exact.search(sentence) is not None)

    def _asserts_qualifier(self, entry: Entry, sentence: str) -> bool:
        """Whether ``sentence`` names one of the entry's own synonyms outside a negation's scope
        (:func:`claimcheck.concepts.negated`): "patients not proceeding to transplant" names the
        transplant entry's words only to deny them."""
        if not self._names_qualifier(entry, sentence):
            return False
        lower, exact = self._entry_qualifiers[entry.id]
        lowered = sentence.lower()
        hits = ([m.start() for m in lower.finditer(lowered)] if lower is not None else []) + (
            [m.start() for m in exact.finditer(sentence)] if exact is not None else [])
        return any(not negated(lowered, 0, at) for at in hits)

    def _names_population(self, population: str | None, sentence: str) -> bool:
        """Whether ``sentence`` names this population (its label or a synonym), however it was read."""
        got = self._population_names.get(population) if population else None
        if got is None:
            return False
        lower, exact = got
        return (lower is not None and lower.search(sentence.lower()) is not None) or (
            exact is not None and exact.search(sentence) is not None)

    def _names_entry(self, entry: Entry, sentence: str) -> bool:
        """Whether ``sentence`` names the entry's endpoint, population or time point (a synonym of any)."""
        got = self._entry_names.get(entry.id)
        if got is None:
            ref = self.ref
            names = []
            for terms, key in ((ref.endpoints, entry.endpoint), (ref.populations, entry.population),
                               (ref.timepoints, entry.timepoint)):
                term = terms.get(key) if key else None
                if term is not None:
                    names += [term.label, *term.synonyms]
            got = self._entry_names[entry.id] = _names_pattern(names) if names else (None, None)
        lower, exact = got
        return (lower is not None and lower.search(sentence.lower()) is not None) or (
            exact is not None and exact.search(sentence) is not None)

    def _pair_fits(self, claim: Claim, partner: Claim) -> bool:
        """Whether one entry of the claims' endpoints holds both values, on two different arms."""
        endpoints = list(dict.fromkeys(([claim.endpoint] if claim.endpoint else []) + claim.endpoint_candidates
                                       + ([partner.endpoint] if partner.endpoint else [])
                                       + partner.endpoint_candidates))
        if not endpoints or partner.value is None:
            return False
        mine = {(f.entry.id, f.arm) for f in self._agreeing(claim, self.facts(claim, endpoints)) if f.arm}
        return any((f.entry.id, a) in mine for f in self._agreeing(partner, self.facts(partner, endpoints))
                   if f.arm for a in f.entry.arms if a != f.arm)

    def _reversed(self, entry: Entry, arm: str, first: bool) -> bool:
        """Whether ``arm`` at this place of an unnamed pair breaks the library's order (product first)."""
        arms = list(entry.arms)
        products = [x in self._product_arms for x in arms]
        if products.count(True) != 1:
            return False  # two dose groups, or two comparators: no order to go by
        product_arm = arms[products.index(True)]
        return (arm == product_arm) != first

    def _trial(self, claim: Claim, sentence: str) -> set[str] | None:
        """The trials a claim may be matched in when its own sentence names one before it ("In
        EXAMPLE-1, …"): those trials and the analyses related to them; else None (any trial of
        the products in scope). Every trial named before the claim counts ("a pooled analysis of
        A and B"); one named after it ("… as the SmPC recommends") does not narrow the claim."""
        if claim.study is None or claim.study_source != "sentence" or not sentence:
            return None
        before = sentence[:max(0, claim.start - claim.sentence[0])]
        lowered = before.lower()
        out: set[str] = set()
        for study, (lower, exact) in self._study_names.items():
            if (lower is not None and lower.search(lowered)) or (exact is not None and exact.search(before)):
                out |= self._related.get(study, {study})
        return out or None

    def _scope(self, claim: Claim, products: tuple[str, ...] | None) -> frozenset[str] | None:
        """The products whose entries may confirm this claim (None: every product): the
        document's products, narrowed to the product of the trial the text names and of the
        claim's own product arm."""
        ref = self.ref
        every = self._every
        scope = frozenset(products) if products is not None else every
        trial = ref.product_of_study(claim.study) if claim.study else None
        if trial is not None and trial in scope:
            scope = frozenset((trial,))
        own = self._arm_product.get(claim.arm) if claim.arm else None
        if own is not None and claim.arm_source not in ("context", "ambiguous"):
            scope = scope & frozenset((own,))
        return None if scope == every else scope

    def _subgroups(self, claim: Claim) -> list[str]:
        """The subgroups the claim's sentence names or hints at (baseline characteristics, "younger than").
        Of a claim that is itself a baseline characteristic, the others its sentence names are its
        siblings in a list of characteristics ("median age 47 years; 66% in first line; 18% with prior
        surgery"), not a subgroup it is about."""
        if claim.endpoint in self._characteristics:
            return [q for q in claim.qualifiers if q in ("subgroup", "timepoint")]
        return [q for q in claim.qualifiers if q in ("subgroup", "timepoint") or q in self._characteristics]

    def _match_cycles(self, claim: Claim, products: tuple[str, ...] | None = None, text: str = "") -> Match:
        """A number of treatment cycles against the library's ("2 cycles before transplant", "up to 6
        cycles"): consistent where some entry holds it; "up to N" (a maximum) is a mismatch where N is
        none of the maxima (the default entry's, per arm). Only the entries of the products in scope.
        Where the sentence names one entry's own words (its synonyms: "proceeding to transplant"),
        the number is judged against that entry alone: "3 cycles before transplant" where the label
        says 2 is a mismatch, though 3 is another entry's figure (the optional third cycle)."""
        scope = self._scope(claim, products)
        entries = [e for e in self.ref.entries.values() if e.measure == "count" and e.unit == "cycles"
                   and (scope is None or e.study.product in scope)]
        values = [(e, arm, av) for e in entries for arm, av in
                  list(e.arms.items()) + ([(None, e.overall)] if e.overall else [])]
        sentence = text[claim.sentence[0]:claim.sentence[1]] if claim.sentence != (0, 0) else ""
        # (not a maximum, judged below; a maximum too where it is the sentence's only number of
        # cycles: "no more than 5 cycles for patients proceeding to transplant" is the transplant
        # recommendation, not the overall maximum; "2 cycles before transplant, up to 6 otherwise"
        # keeps its maximum for the 6. Words in a negation's scope name no entry: "a maximum of 6
        # cycles for patients not proceeding to transplant")
        named = [e for e in entries if e.synonyms and sentence and self._asserts_qualifier(e, sentence)] \
            if claim.comparator != "max" or len(_CYCLES_FIGURE.findall(sentence)) == 1 else []
        if named and (len(_CYCLES_FIGURE.findall(sentence)) > 1 or claim.comparator == "max"):
            # several numbers of cycles in the sentence, each in a clause of its own ("stop without a response
            # within 3 cycles, and 2 cycles is the recommendation before transplant"), or a maximum whose
            # clause names no entry ("up to six cycles; two for patients proceeding to transplant": the
            # words are the elided second number's): an entry's words name the number of their own clause only
            clause = self._own_clause(claim, text)
            named = [e for e in named if self._asserts_qualifier(e, clause)]
        if len(named) > 1 and not any(av.value.value == claim.value.value for x, _, av in values if x in named):
            # several entries' words in the sentence ("2 cycles before transplant; discontinue if no
            # response within 4 cycles"), none holding the number: the one whose words are nearest it
            named = [min(named, key=lambda e: self._words_distance(e, sentence, claim.start - claim.sentence[0]))]
        if len(named) == 1:
            (e,) = named
            held = [(arm, av) for x, arm, av in values if x is e]
            if held and not any(av.value.value == claim.value.value for _, av in held):
                arm, av = held[0]
                return Match(MatchStatus.MISMATCH, e, arm, "value", expected=f"{av.value} cycles",
                             found=f"{claim.value} cycles",
                             certainty="the entry's own words named in the sentence")
            if held:
                # "no more than 2 cycles before transplant": the maximum of the entry its words name,
                # never judged against the arm's overall maximum
                arm = next(arm for arm, av in held if av.value.value == claim.value.value)
                return Match(MatchStatus.CONSISTENT, e, arm, "value", expected=claim.describe_value(),
                             found=claim.describe_value())
        if claim.comparator == "max" and claim.arm_source in ("own", "chain", "sentence", "product"):
            # "EXAMPLIMAB for up to 4 cycles": the maximum of the arm named, not the comparator's 4
            own = [(e, arm, av) for e, arm, av in values if e.default and arm is not None and arm == claim.arm]
            if own and not any(av.value.value == claim.value.value for _, _, av in own):
                e, arm, av = own[0]
                return Match(MatchStatus.MISMATCH, e, arm, "value", expected=f"{av.value} cycles",
                             found=f"{claim.value} cycles", certainty="the maximum number of cycles for this arm")
        same = [(e, arm) for e, arm, av in values if av.value.value == claim.value.value]
        if same:
            e, arm = same[0]
            return Match(MatchStatus.CONSISTENT, e, arm, "value", expected=claim.describe_value(), found=claim.describe_value())
        maxima = [(e, arm, av) for e, arm, av in values if e.default]
        if claim.comparator != "max" or not maxima:
            return Match(MatchStatus.NOT_APPLICABLE)
        arm = claim.arm if claim.arm_source in ("own", "chain", "sentence", "product") else None
        mine = [x for x in maxima if arm is None or x[1] is None or x[1] == arm
                or (arm in self._product_arms and x[1] in self._product_arms)] or maxima
        e, arm, av = max(mine, key=lambda x: (x[1] in self._product_arms, x[2].value.value))
        return Match(MatchStatus.MISMATCH, e, arm, "value", expected=f"{av.value} cycles", found=f"{claim.value} cycles",
                     certainty="the maximum number of cycles" + (" for this arm" if claim.arm_source in ("own", "chain") else ""))

    @staticmethod
    def _words_distance(entry: Entry, sentence: str, at: int) -> int:
        """How far from offset ``at`` of ``sentence`` the nearest of the entry's own words stand;
        words across a clause break (a semicolon, a colon, a dash) count as farther than any in
        the number's own clause."""
        lowered = sentence.lower()
        best = 2 * len(sentence) + 2
        for word in entry.synonyms:
            for m in re.finditer(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", lowered):
                lo, hi = (m.end(), at) if m.end() <= at else (at, m.start())
                far = len(sentence) if _WORDS_CLAUSE_BREAK.search(sentence, lo, hi) else 0
                best = min(best, far + hi - lo)
        return best

    def _ratio_by_estimate(self, claim: Claim, products: tuple[str, ...] | None) -> Match | None:
        """A hazard or odds ratio with its interval whose text names no endpoint ("The hazard ratio was
        0.665, 95% CI 0.518 to 0.835" in a transcript line): where exactly one entry of the document's
        products holds that very estimate (at the written precision, two decimals or more) and one bound
        of its interval, the estimate names the entry as n/N would, and the interval is checked there
        (both bounds, the level). Anything less settled (several entries, no bound in common) says
        nothing."""
        if claim.value is None or claim.value.decimals < 2:
            return None
        scope = self._scope(claim, products)
        hits = []
        for entry in self.ref.entries.values():
            if scope is not None and entry.study.product not in scope:
                continue
            for f in self._entry_facts(entry, "ratio", None, claim.ratio_kind):
                if f.field == "ratio" and faithful(claim.value, f.value) and f.value.decimals == claim.value.decimals:
                    hits.append(f)
        if len({f.entry.id for f in hits}) != 1 or hits[0].av is None or not hits[0].av.ci:
            return None
        f = hits[0]
        lo, hi = f.av.ci
        if not (faithful(claim.interval.low, lo) or faithful(claim.interval.high, hi)):
            return None
        match = self._confirm(claim, f, 0.0)
        if match.status == MatchStatus.MISMATCH:
            match.certainty = "no endpoint named; the estimate and one bound of its interval are this entry's alone"
        return match

    @staticmethod
    def _counts_agree(claim: Claim, fact: Fact) -> bool:
        if claim.n is None or claim.total is None or fact.av is None or fact.av.n is None:
            return True
        return (claim.n, claim.total) == (fact.av.n, fact.av.total)

    def _arm_label(self, arm: str | None) -> str:
        return self.ref.arms[arm].label if arm and arm in self.ref.arms else "other"

    def _agreeing(self, claim: Claim, facts: list[Fact]) -> list[Fact]:
        """``[f for f in facts if self._agrees(claim, f)]``, comparing rounding ladders.

        faithful-or-more-precise is "equal once both are rounded to the coarser precision", i.e.
        equal rungs of the two ladders at the smaller precision (see numbers.roundings): one
        integer comparison per fact instead of two Decimal roundings.
        """
        if claim.kind == "fraction" or claim.value is None:
            return [f for f in facts if self._agrees(claim, f)]
        mine = roundings(claim.value, written=True)
        if mine is None:  # outside the integer path: faithful/more_precise decide (via Decimal)
            return [f for f in facts if self._agrees(claim, f)]
        out: list[Fact] = []
        top = len(mine) - 1
        comparator = claim.comparator
        for f in facts:
            if f.field == "p" and comparator != f.comparator:
                continue
            theirs = f.ladder
            if theirs is None:
                if self._agrees(claim, f):
                    out.append(f)
                continue
            d = len(theirs) - 1  # the coarser of the two precisions
            if top < d:
                d = top
            if mine[d] == theirs[d]:
                out.append(f)
        return out

    def _agrees(self, claim: Claim, fact: Fact) -> bool:
        if claim.kind == "fraction":
            if fact.av is not None and fact.av.n is None and fact.av.total is None and claim.n is not None \
                    and claim.total and fact.field == "value" and fact.value is not None \
                    and (fact.entry.unit or "%").startswith("%"):
                # the library holds the rate only ("34.0%"): n/N agrees where it is that rate once rounded
                # to the rate's published precision (84/247 is 34.0%)
                pct = round_half_up(100.0 * claim.n / claim.total, fact.value.decimals)
                return abs(float(pct) - fact.value.value) < 1e-9
            return bool(fact.av and fact.av.n == claim.n and fact.av.total == claim.total)
        if claim.value is None:
            return False
        if fact.field == "p":
            if claim.comparator != fact.comparator:
                return False
        return faithful(claim.value, fact.value) or more_precise(claim.value, fact.value)

    def _confirm(self, claim: Claim, fact: Fact, score: float) -> Match:
        """The value agrees; check the details that can still disagree (CI, n/N, precision)."""
        entry, av = fact.entry, fact.av
        if claim.kind != "fraction" and claim.value is not None and more_precise(claim.value, fact.value) \
                and not faithful(claim.value, fact.value):
            return Match(MatchStatus.MORE_PRECISE, entry, fact.arm, fact.field, expected=_show(fact.value, claim),
                         found=claim.describe_value(), score=score)
        if av and claim.interval and claim.interval.kind == "ci" and av.ci:
            lo, hi = av.ci
            low_ok, high_ok = faithful(claim.interval.low, lo), faithful(claim.interval.high, hi)
            if not (low_ok and high_ok):
                bounds = "both bounds differ" if not (low_ok or high_ok) else \
                    f"the {'upper' if low_ok else 'lower'} bound differs ({claim.interval.high if low_ok else claim.interval.low}" \
                    f" where the reference has {hi if low_ok else lo})"
                return Match(MatchStatus.MISMATCH, entry, fact.arm, "ci",
                             expected=f"{_level(av.ci_level)}CI {lo}-{hi}",
                             found=f"{_level(claim.interval.level)}CI {claim.interval.low}-{claim.interval.high}",
                             score=score, detail=bounds)
            if claim.interval.level and av.ci_level and abs(claim.interval.level - av.ci_level) > 1e-9:
                return Match(MatchStatus.MISMATCH, entry, fact.arm, "ci-level", expected=f"{_level(av.ci_level)}CI",
                             found=f"{_level(claim.interval.level)}CI", score=score)
        if av and claim.n is not None and claim.total is not None and av.n is not None and av.total is not None:
            if (claim.n, claim.total) != (av.n, av.total):
                return Match(MatchStatus.MISMATCH, entry, fact.arm, "n/N", expected=f"{av.n}/{av.total}",
                             found=f"{claim.n}/{claim.total}", score=score)
        return Match(MatchStatus.CONSISTENT, entry, fact.arm, fact.field, expected=_show(fact.value, claim),
                     found=claim.describe_value(), score=score)


#: what joins the two values of one comparison: "vs", "versus", "compared with", "against", "and"
#: (a "respectively" list), a table cell boundary; parenthesised detail between them is skipped
_PAIR_JOIN = re.compile(r"\s{0,8}(?:vs\.?|v\.?|versus|compared\s{1,3}(?:with|to)|against|and|\||/)\s{0,8}", re.IGNORECASE)
#: words that compare arms in a sentence ("vs", "versus", "compared with", "than", "control", "placebo")
_COMPARES = re.compile(r"\b(?:vs\.?|v\.|versus|compared|comparison|than|relative\s{1,3}to|against|control|"
                       r"comparator|placebo|respectively|arms?|each\s{1,3}group|both\s{1,3}groups?)(?:\W|$)", re.IGNORECASE)
#: two values side by side ("9.3 and 5.6 months", "51%/45%"): a pair, perhaps of two arms
#: right after a count with its share, the time it is of: "42 (45.7%) in cycle 2", "38 (41.3%) did so at
#: week 4", "12 (13.0%) by day 28"
_OWN_TIME_AFTER = re.compile(r"[^\S\n]{0,3}(?:did[^\S\n]{1,3}so[^\S\n]{1,3})?(?:in|at|after|during|by)[^\S\n]{1,3}"
                             r"(?:the[^\S\n]{1,3})?(?:cycles?|days?|weeks?|months?|years?)\b", re.I)
_VALUE_PAIR = re.compile(r"\d\s{0,2}(?:%|months?|mo|weeks?|years?)?\s{0,3}(?:and|or|,|;|/|\||to|-|\u2013)\s{0,3}\d",
                         re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)")
#: a comparison right beside a figure: it stands in a pair of the arms, not alone
_VS_NEAR = re.compile(r"\b(?:vs|versus|compared|respectively)\b", re.I)
#: a comparison word inside the words between two values, and what ends a clause
_PAIR_WORD = re.compile(r"\b(?:vs\.?|v\.|versus|compared\s{1,3}(?:with|to)|against|and)(?:\s|$)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:.!?]|\b(?:but|while|whereas)\b", re.IGNORECASE)
#: right after a value: a comparison word and another value ("48% vs 22%", "6.1 versus 3.4 months")
_OPENS_PAIR = re.compile(r"\s{0,3}(?:%|months?|mo|weeks?|days?)?\s{0,3}(?:vs\.?|versus)\s{1,3}\d", re.IGNORECASE)
_UNIT_WORDS = re.compile(r"^\s*(?:months?|mo|weeks?|days?|years?|%|percent)\b", re.IGNORECASE)


def _in_bracket_of(figure: Claim, p: Claim, text: str) -> bool:
    """Whether the p-value ``p`` stands in the bracket that opens in or right after ``figure`` and is
    still open at ``p``: "HR 0.665 (95% CI 0.518 to 0.853;\ntwo-sided P=0.0013)", its line broken inside
    the bracket, is one figure's bracket."""
    opened = None
    for i in range(figure.start, min(p.start, figure.end + 3)):
        if text[i] in "([":
            opened = i
            break
    if opened is None:
        return False
    close = ")" if text[opened] == "(" else "]"
    depth = 0
    for ch in text[opened:p.start]:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth == 0:
                return False
    return depth >= 1 and text.find(close, p.end, p.end + 40) != -1


def _p_agrees(written: Num, wcmp: str, ref: Num, rcmp: str) -> bool | None:
    """Whether a written p (``wcmp`` "=", "<", "<=", ">", ">=") says what the entry's p (``rcmp`` "=" or
    "<") says; None where the two cannot be compared (a ">" bound)."""
    wcmp = wcmp.replace("\u2264", "<=").replace("\u2265", ">=")
    if wcmp.startswith(">") or rcmp.startswith(">"):
        return None
    w, r = written.value, ref.value
    if wcmp == "=" and rcmp == "=":
        return faithful(written, ref) or more_precise(written, ref)
    if wcmp == "=":                   # "P=0.013" against "<0.001": within the bound, or not
        return w < r or (rcmp == "<=" and w <= r)
    if rcmp == "=":                   # "P<0.01" against 0.0013
        return r < w or (wcmp == "<=" and r <= w)
    return r <= w                     # "P<0.01" against "<0.001": the entry's bound lies within


#: right before a value: the rate word that makes it the rate of the endpoint named before it ("a liver-event
#: rate of", "rate was", "incidence:")
_RATE_BEFORE = re.compile(r"[^\S\n]{1,3}(?:rate|incidence|frequency)[^\S\n]{0,3}(?:of|was|:|=|was\s{1,3}about)[^\S\n]{0,3}"
                          r"(?:about|approximately|around|~)?[^\S\n]{0,2}\Z", re.I)
#: right after a share: its whole is an outcome's cases ("70% of liver-event cases", "of the events", "of those who
#: developed it", "of affected patients"), not all the patients
_OUTCOME_CASES = re.compile(
    r"[^\S\n]{0,3}(?:\)[^\S\n]{0,3})?of[^\S\n]{1,3}(?:(?:the|all|these|those)[^\S\n]{1,3})?"
    r"(?:[\w/+-]{1,30}[^\S\n]{1,3}){0,3}(?:cases|events|episodes)\b"
    r"|[^\S\n]{0,3}(?:\)[^\S\n]{0,3})?of[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:patients|those)[^\S\n]{1,3}"
    r"(?P<who>who)[^\S\n]{1,3}(?:developed|experienced)\b"
    r"|[^\S\n]{0,3}(?:\)[^\S\n]{0,3})?of[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:affected[^\S\n]{1,3}(?:patients|adults|children)"
    r"|(?:patients|those|adults|children)[^\S\n]{1,3}affected)\b", re.I)


def _count_share(entry: Entry, arm: str) -> Num | None:
    """The share an arm's count makes of its denominator, in percent to one decimal as such shares
    are published ("203 of 247": 82.2), where the library gives the count with its N; else None."""
    av = entry.arms.get(arm)
    if entry.measure != "count" or av is None or not av.total or av.value is None:
        return None
    return Num.of(float(round_half_up(100.0 * av.value.value / av.total, 1)), 1)


def _arm_figure(entry: Entry, arm: str, claim: Claim) -> Num | None:
    """The figure of ``entry``'s ``arm`` that ``claim`` is compared with: a percentage against a
    count entry compares with the count's share of its N (:func:`_count_share`)."""
    if claim.kind == "percentage" and entry.measure == "count":
        return _count_share(entry, arm)
    av = entry.arms.get(arm)
    return av.value if av is not None else None


def _paired(a: Claim, b: Claim, text: str) -> bool:
    """Whether ``a`` and ``b`` are the two values of one comparison: the same kind of figure, in one
    sentence, joined by nothing but a comparison word (and parenthesised detail)."""
    if a.kind != b.kind or a.kind not in ("percentage", "duration", "estimate") or a.sentence != b.sentence:
        return False
    if a.kind == "estimate" and not (a.unit and b.unit):
        return False  # only a rate in a unit of its own ("events per patient-year") is paired
    if a.kind in ("duration", "estimate") and a.unit and b.unit and not _same_unit(a.unit, b.unit):
        return False
    if a.endpoint != b.endpoint:
        return False
    between = text[a.end:b.start]
    if len(between) > 80:
        return False
    between = _PARENS.sub(" ", between)
    between = " ".join(_UNIT_WORDS.sub("", between).split())  # padding of table cells, blanked markup
    if _PAIR_JOIN.fullmatch(between):
        return True
    # "7.7 months with EXAMPLIMAB vs 6.2 months with control": each value's own arm named next to it,
    # two different arms, and a comparison word between them (no clause break); a value that opens
    # a comparison of its own ("..., and 48% vs 22% of patients ...") is not the first one's partner
    return _own_arms_differ(a, b) and len(between) <= 60 and not _CLAUSE_BREAK.search(between) \
        and _PAIR_WORD.search(between) is not None and not _OPENS_PAIR.match(text, b.end)


def _own_arms_differ(a: Claim, b: Claim) -> bool:
    """Whether two values name two different arms of their own (next to each value, or one named and
    the other its comparator: "9.1 months with EXAMPLIMAB vs 6.0 months with the control")."""
    named = ("own", "chain")
    if a.arm_source in named and b.arm_source in named:
        return a.arm is not None and b.arm is not None and a.arm != b.arm
    if a.arm_source in named and b.arm_source == "comparator":
        return a.arm is not None and b.arm_not == a.arm
    if b.arm_source in named and a.arm_source == "comparator":
        return b.arm is not None and a.arm_not == b.arm
    return False


def _one_other(claim: Claim, hits: list[Fact]) -> Fact | None:
    """The fact that ``hits`` name, where they are all of one entry and arm and the claim's value
    is not that fact's (so the claim names it and mismatches it); None otherwise."""
    if not hits or len({(f.entry.id, f.arm) for f in hits}) != 1:
        return None
    f = hits[0]
    if faithful(claim.value, f.value) or more_precise(claim.value, f.value):
        return None
    return f


_DIGIT = re.compile(r"\d")
#: a subgroup of a trial's own patients by a baseline characteristic (the claims library's ``analysis:``)
_SUBGROUP_ANALYSES = frozenset({"subgroup"})
#: how far before a population's name a figure makes the population that figure's, and how far after
#: a value its population may be named (_population_of_value)
_OWNER_REACH = 20
#: a number of treatment cycles written in a sentence ("5 cycles", "six cycles", "6 treatment cycles")
_CYCLES_FIGURE = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,2}(?:treatment\s+)?cycles?\b",
                            re.IGNORECASE)
_AFTER_REACH = 40
#: the words that introduce a population as who was counted
_INTRODUCING_WORDS = r"(?:in|among|amongst|for|of|within)"
#: what introduces a population as who was counted: "in", "among", "for", "of" (the text's start does too)
_INTRODUCED = re.compile(rf"\b{_INTRODUCING_WORDS}\s{{1,3}}(?:the\s{{1,3}}|all\s{{1,3}}|those\s{{1,3}})?$"
                         # ... or as the state that defines a group ("responders who became X", "patients who remained X")
                         r"|\b(?:who|that)\s{1,3}"
                         r"(?:were|became|remained|stayed|achieved|reached)\s{1,3}(?:still\s{1,3})?$", re.I)
#: a population's name that opens with the word introducing who was counted ("in second line")
_INTRODUCES = re.compile(rf"{_INTRODUCING_WORDS}\s", re.I)
#: a word that introduces who was counted, anywhere between a value and a population named after it
_INTRODUCING = re.compile(rf"\b{_INTRODUCING_WORDS}\b", re.I)
#: a clause break between a value and a population named after it
_CLAUSE = re.compile(r"[;:()\[\]]|,\s{0,3}(?:and|but|while|whereas)\b|\b(?:and|but)\s{1,3}(?:was|were|is|are|had|has)\b", re.I)


#: a word right before a position, spaces only between (a hyphenated or slashed word is one): one step
#: back through the words bound to an endpoint's name (Matcher._another_endpoint)
_BOUND_WORD = re.compile(r"(?<![\w/+-])([\w/+-]{1,40})[^\S\n]{1,2}\Z")
#: a bracket opened right before an endpoint's name: the name glosses the words before the bracket
_GLOSS_OPEN = re.compile(r"[^\S\n][(\[][^\S\n]{0,2}\Z")
#: the spaces between an endpoint's name and the event its time is counted from ("survival after transplant")
_NAME_GAP = re.compile(r"[^\S\n]{1,2}")
#: function words that end the run of words bound to an endpoint's name ("rate OF remission", "survival
#: IN patients"): what stands before them is not part of the name
_UNBINDING = frozenset({"of", "in", "on", "for", "with", "among", "and", "or", "vs", "versus", "was", "were", "is",
                        "are", "to", "by", "at", "from", "than", "had", "has", "a", "an", "as", "who", "that",
                        "which", "after", "before", "during", "within", "not", "no"})
#: a run of letters and digits (_plain)
_PLAIN_WORD = re.compile(r"[a-z0-9+]+")
#: a clause break inside a sentence: the words before it belong to another statement
_OWN_CLAUSE = re.compile(r";|,\s{0,3}(?:and|but|while|whereas)\s|\s[\u2013\u2014]\s|\s-\s|\n")
#: after a value, the start of another figure's statement (a word, then a figure)
_NEXT_STATEMENT = re.compile(r"[A-Za-z]{3}[^\d;]{0,200}?\d")


#: where the lead-in of a figure starts: a sentence or clause end before it, or a line break (not a
#: colon: "biomarker-negative patients aged 55 or older: median survival 12.4 months" is led in by its label)
_LEAD_BREAK = re.compile(r"[.;!?](?=[\s\[\]\d^*\u2020\u2021]*\s)|\n")
#: how far before a figure its lead-in is read
_LEAD_CHARS = 120
#: a figure of another result before the lead-in (its words are that figure's): "29.4% with
#: chemotherapy (P<0.001), and 78.4% of ...", the lead-in starts after it
_PREVIOUS_FIGURE = re.compile(r"\d[^\S\n]?(?:%|percent\b|months?\b|mo\b|weeks?\b|days?\b)|\)")
#: the words that complete a subgroup word ("aged" 55 or older): up to four words, to a comma
_SUBGROUP_TAIL = re.compile(r"(?:[^\S\n]{1,3}[^\s,;:]{1,20}){0,4}")


#: a list item (a bullet, a numbered item) or a table row: the lines under a lead-in
_LIST_LINE = re.compile(r"[^\S\n]{0,6}(?:(?:[-*\u2022\u2013]|\d{1,2}[.)])[^\S\n]|\|)")


def _lead_in(claim: Claim, text: str) -> str:
    """The lead-in of the list or table the claim's line belongs to: the line just above its run of
    list items or table rows (a blank line between allowed) when it ends with a colon, or the
    table's first row; "" where the claim's line is no list item or row."""
    ls = text.rfind("\n", 0, claim.start) + 1
    if not _LIST_LINE.match(text, ls):
        return ""
    table = text.startswith("|", ls) or text[ls:ls + 8].lstrip().startswith("|")
    first = ls
    for _ in range(60):  # up the run of items (bounded)
        prev_end = first - 1
        if prev_end < 0:
            break
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if table and prev_start < prev_end and not text[prev_start:prev_end].strip():
            first = prev_start   # a table's rule row, blanked by the reader
            continue
        if not _LIST_LINE.match(text, prev_start):
            break
        first = prev_start
    if table:
        while first < ls and not text[first:text.find("\n", first)].strip():
            first = text.find("\n", first) + 1
        end = text.find("\n", first)
        return text[first:end if end >= 0 else len(text)]
    above_end = first - 1
    if above_end > 0 and text[above_end - 1:above_end] == "\n":
        above_end -= 1  # one blank line between the lead-in and its items
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)].rstrip()
    return above if above.endswith(":") or MARKED_COLON_END.search(above) else ""


def _without(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with these spans blanked (spaces and line breaks kept: every offset stays)."""
    parts = []
    at = 0
    for a, b in sorted(spans):
        if a < at:
            continue
        parts.append(text[at:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        at = b
    parts.append(text[at:])
    return "".join(parts)


def _names_pattern(names) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(pattern for the lower-cased text, pattern for the text as written) of these names: names
    that keep their case (abbreviations, capitals) on the text, the others on it lower-cased (much
    faster than a case-insensitive search)."""
    from .cache import compile_regex   # the program kept with the packs' patterns (cache.py)
    from .phrases import is_case_sensitive, phrase_source

    # names of one length in a fixed order: the same pattern in every process (one cached program)
    ordered = sorted(sorted(set(n for n in names if n.strip())), key=len, reverse=True)
    lower = [phrase_source(n.lower()) for n in ordered if not is_case_sensitive(n)]
    exact = [phrase_source(n) for n in ordered if is_case_sensitive(n)]
    return (compile_regex("|".join(lower)) if lower else None, compile_regex("|".join(exact)) if exact else None)


def _plain(words: str) -> str:
    """``words`` lower-cased, as their letters and digits only, one space between ("Post-Transplant
    Survival" -> "post transplant survival"): how an endpoint's kind word is compared with names and
    an entry's own words."""
    return " ".join(_PLAIN_WORD.findall(words.lower()))


def _same_unit(a: str, b: str) -> bool:
    return a.rstrip("s").lower() == b.rstrip("s").lower()


def _level(level: float | None) -> str:
    if not level:
        return ""
    return f"{level:g}% "


def _show(value: Num | None, claim: Claim) -> str:
    if value is None:
        return "?"
    if claim.kind == "p-value":
        return f"P{claim.comparator}{value}"
    unit = claim.unit or ""
    if unit == "%":
        return f"{value}%"
    if unit == "percentage points":
        return f"{value} percentage points"
    return f"{value} {unit}".strip()
