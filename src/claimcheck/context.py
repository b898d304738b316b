"""Context attachment: which endpoint, arm, population, timepoint and study a claim is about.

It fills the context fields of each :class:`~claimcheck.model.Claim` in place (after extraction,
before matching), with the vocabulary the document's :class:`~claimcheck.model.DocumentScope`
allows. Inputs are plain data (sentence spans, term mentions found by the pipeline's PhraseMatchers),
so the logic is testable without spaCy. How it decides, per claim:

- **endpoint**: the nearest outcome endpoint named in the claim's sentence (a design endpoint,
  i.e. a baseline characteristic, only where the sentence names no outcome), preferring one before the
  claim ("ORR: 80.7%"), else after it ("80.7% achieved a response"); strength ``sentence``. An
  endpoint named after another as who was counted ("biomarker clearance in remission", "... among
  those in remission") is not the one measured: the one before it is (:func:`_measured`).
  Where the sentence names none, the nearest one in the preceding sentences (within
  ``CONTEXT_CHARS``) or the nearest heading; strength ``context``. ``endpoint_candidates``
  keeps every endpoint named in the sentence and its two neighbours on each side, so that a
  headline number whose label was laid out elsewhere ("80.7%  78%  51%" over three labels) is
  still recognised when it matches one of them. A figure whose own clause names an event of its
  own that no library term covers (a generic adverse-event name, data/outcomes.yaml
  ``adverse_events``: "grade >=3 stomatitis in 2%" after an anaemia sentence), or a duration whose
  clause is a time to resolution or recovery and not to onset, keeps no endpoint taken from
  elsewhere (:func:`_stop_at_own_outcome`).
- **arm and population** (both are "who": EXAMPLIMAB vs control, biomarker-negative vs -positive):
  a term right after the value ("29.4% with control", "14.1 months in biomarker-negative patients") or
  right before it ("Of patients receiving EXAMPLIMAB, 80.7%") is the claim's own; so is a population
  set off as the value's label, in brackets or after a dash ("14.1 months (biomarker-negative)", "7.2
  months [in biomarker-positive patients]", "14.1 months — biomarker-negative; 7.2 months —
  biomarker-positive", "median survival (biomarker-negative) was 14.1 months", "87.7% with EXAMPLIMAB
  (second line)"); a population in brackets right after another ("Responders (biomarker-negative)")
  narrows it: the value's population is the library's one that is both, if any, else the bracket's; so
  does a defining phrase after a group ("responders with a biomarker-negative best response", "patients
  who remained biomarker-positive": one group, named by its state, :func:`_defined_groups`; the state is
  no outcome where the sentence names another, :func:`_defining_states`). Values joined by
  "vs"/"versus"/"compared with" form a chain; chain members without their own term take the
  remaining terms of the sentence in the order they are named ("rates of response (80.7% vs
  29.3%) … with ExM versus control" → ExM, control). Otherwise the nearest term in the sentence,
  else in the preceding sentences: for an arm any of them (within ``CONTEXT_CHARS``), for a
  population only those of the same paragraph, the section's heading or the list's lead-in —
  never another paragraph, bullet item or table row (:func:`_scoped_terms`). But a pair of values
  whose sentence names no arm, after groups named as the compared ones in order ("EXAMPLIMAB vs
  control", "split into A and B", each with its size: "randomised to A (n=247) or B (n=124)",
  :func:`_sized_pair`), takes them in that order, not both the group named last
  (:func:`_listed_before`). An arm defaults to the product when the sentence names the product and
  no other arm.
- **timepoint**: nearest timepoint term in the sentence ("2-year survival").
- **lists of items**: a sentence that lists several values, each with words of its own ("68% in first
  line and 48% in second line", "A (OR 8.61), B (OR 7.08) and C (OR 6.02)", "14% of adults in
  trial X; 15% of children") gives each value the spans of the other items (``Claim.other_items``,
  :func:`_list_items`): a population, time point, trial, subgroup or endpoint named only in another
  item is never the value's, one named in its own item is; the matcher reads the value's sentence
  without the other items.
- **study**: named in the sentence, else the last study named before the claim.
- **analysis cues**: "post hoc", "subgroup", "exploratory", "pooled" in the sentence.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from typing import NamedTuple

from .documents.text import SUPERSCRIPT_DIGITS, SUPERSCRIPT_LETTERS
from .model import Claim, ClaimKind
from .numbers import consistent_percent
from .outcomes import words as outcome_words
from .sentences import is_leader_row, join_wrapped, short_leader

#: how far back (characters) the preceding sentences are searched for a missing endpoint/population
CONTEXT_CHARS = 400
#: a term this close after a value belongs to it ("29.4% with SC")
AFTER_CHARS = 50
#: a term this close before a value belongs to it ("receiving EXAMPLIMAB, 80.7%")
BEFORE_CHARS = 30

_CHAIN = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|than|relative\s+to)(?!\w)", re.I)
#: with "respectively" in the sentence, values listed with "and" or commas also form a chain
_CHAIN_RESPECTIVELY = re.compile(r"^[\s%,;)\]]*(?:,|and|or|vs\.?|versus)[\s(\[]*$", re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectively|corresponding)\b", re.I)
#: what may stand between a value and the arm/population it belongs to: "29.4% with SC",
#: "14.1 months in biomarker-negative patients", "7.2 months in patients who were biomarker-positive",
#: "14.1 months if they were biomarker-negative and 7.2 months if biomarker-positive" (a condition)
_WHO_PREFIX = (
    r"(?:(?:(?:with|for|in|on|among|receiving|using|of|from)\s+|w/\s*)(?:the\s+|(?<=with\s)an?\s+)?"
    r"(?:(?:adult\s+|pediatric\s+)?(?:patients|those|subjects|responders)\s+"
    r"(?:who\s+(?:were|are|received|had|underwent|achieved|remained|stayed|became)\s+(?:still\s+)?"
    r"|treated\s+with\s+|receiving\s+|on\s+|with\s+(?:an?\s+)?"
    r"|given\s+|(?:randomi[sz]ed|assigned|allocated)\s+to\s+"
    r"|in(?:\s+the)?\s+)?)?(?:(?:adult|pediatric|paediatric)\s+)?)?")
_AFTER_GAP = re.compile(
    r"^[\s,;:)\]]*(?:(?:if|when|where)\s+(?:(?:they|patients|those)\s+(?:were|was|are|had|became|remained|stayed)\s+)?"
    r"(?:still\s+)?$|" + _WHO_PREFIX + r"$)",
    re.I)
#: a population set off as the value's own label, in brackets or after a dash, right after it: "14.1
#: months (biomarker-negative)", "7.2 months [in biomarker-positive patients]", "87.7% (patients in
#: second line)", "14.1 months — biomarker-negative" (matched from the value's end: no "^"; see _label_after)
_LABEL_OPEN_AFTER = re.compile(
    r"(?:[^\S\n]{0,3}(?P<bracket>[(\[])|[^\S\n]{0,3}[\u2013\u2014]|[^\S\n]{1,3}-)[^\S\n]{0,3}"
    r"(?:(?:patients|subjects|responders|those)\s+(?:who\s+(?:were|are|had|achieved)\s+|in(?:\s+the)?\s+|with\s+))?"
    + _WHO_PREFIX + r"$", re.I)
#: ... or right before it: "median survival (biomarker-negative) was 14.1 months", "[second line]: 87.7%",
#: "biomarker-negative — 14.1 months"
_LABEL_GAP_BEFORE = re.compile(
    r"(?:[^\S\n]{0,3}(?P<bracket>[)\]])[\s,:;]{0,6}(?:(?:was|were|of|achieved|had|showed|reached)[\s,:;]{1,6})?"
    r"|[^\S\n]{0,3}[\u2013\u2014][^\S\n]{0,3}|[^\S\n]{1,3}-[^\S\n]{1,3})$", re.I)
#: before a population in brackets: the bracket, a word that says who was counted at most
_LABEL_OPEN_BEFORE = re.compile(r"[(\[][^\S\n]{0,3}" + _WHO_PREFIX + r"$", re.I)
#: after a population set off by a dash: the label ends (a stop, a bracket, another dash, a list or
#: comparison word, or a comma before the next figure)
_DASH_LABEL_END = re.compile(
    r"^[^\S\n]{0,3}(?:[;.:)\]\n]|$|[\u2013\u2014]|-\s|,[^\S\n]{0,3}(?=\d|and\b|or\b|vs\b|versus\b)"
    r"|(?:vs\.?|versus|and|or|compared\s+with)\b)", re.I)
#: a comma or semicolon and nothing else: what follows starts another clause ("… 2.7 events per
#: patient-year, EXAMPLIMAB is …"), its term is not the value's
_CLAUSE_GAP = re.compile(r"^[\s)\]]*[,;][\s,;)\]]*$")
#: "Of patients receiving EXAMPLIMAB, 80.7%", "control (22%)", "EXAMPLIMAB: 80.7%"
_BEFORE_GAP = re.compile(r"^[\s,:;(\[]*(?:(?:was|were|of|achieved|had|showed|reached)[\s,:;(\[]+)?$", re.I)
#: where one clause of a sentence ends and the next begins ("…(P<0.001), and 78.4% were MRD-negative"):
#: an endpoint in the claim's own clause is preferred to one across such a break
_CLAUSE = re.compile(r";|,\s{0,3}(?:and|but|while|whereas)\s|\s[\u2013\u2014]\s|\s-\s|\n")
#: what stands between an endpoint and a value it heads ("discontinuation because of adverse events in
#: 14.9%", "median DFS 7.7", "ORR: 80.7%"): a few words, no list or comparison word, no punctuation
_LEADS = re.compile(r"^[\s:=(\[|.\u2026]*(?:(?!(?:vs|versus|and|or|than|compared|respectively)\b)[A-Za-z][\w/-]*\s+){0,5}"
                    r"[\s:=(\[.\u2026]*$")
#: an arm named as the second of a vs-list ("≤10 vs >10 mg/kg")
_VS_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s{0,3}$", re.I)
#: a label's end: a dot leader, or a colon and a figure
_LABEL_AFTER = re.compile(r"[^\S\n]{0,8}(?:[.\u2026]{3}|:[^\S\n]{0,3}[\d(])")
#: the end of a list's earlier items ("the lower- and upper-exposure groups"): the term after it is one of several
_LIST_END = re.compile(r"(?:\band|\bor|,|&)\s{0,3}$", re.I)
#: what joins the items of a list of endpoints or arms ("rash and nausea", "EXAMPLIMAB, SC"), an
#: abbreviation in brackets included ("disease-free survival (DFS) and overall survival")
_LIST_GAP = re.compile(r"^[\s,()]*(?:and|or|&|as\s+well\s+as)?[\s,()]*(?:the\s+)?$", re.I)
#: a Markdown table's separator row (|---|:--:|)
_SEPARATOR = re.compile(r"^[\s|:\-]*-[\s|:\-]*$")
#: wording that restricts a claim to a subgroup the library may not name ("among patients younger
#: than 30 years", "in women", "aged 18-54"): see Claim.qualifiers
_SUBGROUP = re.compile(
    # ("over 1 hour", "under 30 minutes": how long an infusion takes, no age)
    r"\b(?:younger|older|aged|age[sd]?\s+(?:\d|under|over|below|above)"
    r"|(?:under|over)\s+(?:the\s+age|\d(?![\d.,]{0,4}\s{0,2}(?:hours?|hrs?|h|minutes?|mins?)\b))"
    r"|years?\s+(?:old|or\s+(?:older|younger|more|less))|subgroups?|subsets?|men|women|males?|females?|elderly)\b"
    r"|[<>\u2264\u2265]\s{0,2}\d{1,3}\s{0,2}(?:years|yrs)\b"
    # "among patients with FLT3-TKD disease": a kind of disease the whole trial population is not
    r"|\b(?:patients|those|participants)\s{1,3}with\s{1,3}(?!(?:relapsed|refractory|r/r|[\w-]*mutated)\b)"
    r"[\w+/-]{2,20}(?:\s{1,3}[\w+/-]{2,20})?\s{1,3}disease\b", re.I)
#: (never the decimals of a figure, "9.8 months", nor a figure said to be a median: "14 months median
#: overall survival" is the median, no time point)
_TIMEPOINT_WORDS = re.compile(
    r"\b(?<![\d.,])(?:\d{1,2}|one|two|three|four|five|ten)[\s-](?:year|month|week)s?(?:\s+(?:rate|estimate|landmark))?"
    r"(?=[\s-]+(?!median\b)(?:\w+\s+){0,2}(?:survival|rates?|relapse|remission|response)\b)|\bat\s+\d{1,2}\s+(?:years|months)\b",
    re.I)
#: "the 3-year XYZ rate", where XYZ is an endpoint term of the library: the timepoint word, then
#: up to two words before the endpoint term (checked against the sentence's endpoint terms)
#: (not the decimals of a figure, nor a figure said to be a median: "9.8 months median survival")
_TIMEPOINT_BEFORE_TERM = re.compile(
    r"\b(?<![\d.,])(?:\d{1,2}|one|two|three|four|five|ten)[\s-](?:year|month|week)s?(?:\s+(?:rate|estimate|landmark))?"
    r"[\s-]+(?!median\b)(?:\w+\s+){0,2}$", re.I)
_CUES = re.compile(r"\b(post[\s-]?hoc|subgroups?|exploratory|pooled)\b", re.I)
#: words a sentence with a cue (or with "respectively") holds, casefolded: most sentences hold
#: none, and then the case-insensitive search is skipped. (None has an "i": re.I matches "i" to
#: "ı" and "İ" too, which casefold() does not turn into "i"; every other letter here it does.)
_CUE_WORDS = ("hoc", "subgroup", "exploratory", "pooled")
_RESPECTIVELY_WORDS = ("respect", "correspond")

_FAMILY = {"percentage": "rate", "fraction": "rate", "duration": "time", "ratio": "ratio",
           "estimate": "rate", "count": "count"}


class Term(NamedTuple):
    """A library term named in the text (a named tuple: a document has tens of thousands)."""

    start: int
    end: int
    kind: str   # endpoint, arm, population, timepoint, study, product, entry
    id: str


#: terms are ordered by position (a stable sort: of two with the same span, the first given stays first)
_POSITION = attrgetter("start", "end")
_START = attrgetter("start")


def _drop_compound_studies(terms: list[Term], text: str) -> list[Term]:
    """A study name that is the second half of a hyphenated word names no study: "open-label"
    is a trial's design, not the label (a study whose names include the document type)."""
    return [t for t in terms if not (t.kind == "study" and t.start >= 2 and text[t.start - 1] == "-"
                                     and text[t.start - 2].isalnum())]


def _arms_of_the_product_in_view(terms: list[Term], owners: dict[str, str]) -> list[Term]:
    """Of the arm terms that share one span and belong to different products, the one of the
    product named last before the span (else first after it); the others are dropped."""
    spans: dict[tuple[int, int], list[Term]] = {}
    for t in terms:
        if t.kind == "arm":
            spans.setdefault((t.start, t.end), []).append(t)
    shared = {span: ts for span, ts in spans.items()
              if len({owners.get(f"arm:{t.id}") for t in ts} - {None}) > 1}
    if not shared:
        return terms
    named = sorted((t.start, t.id) for t in terms if t.kind == "product")
    if not named:
        return terms
    starts = [s for s, _ in named]
    drop: set[int] = set()
    for (start, _), ts in shared.items():
        k = bisect.bisect_left(starts, start) - 1
        product = named[k][1] if k >= 0 else named[0][1]
        keep = [t for t in ts if owners.get(f"arm:{t.id}") in (product, None)]
        if keep:
            drop.update(id(t) for t in ts if t not in keep)
    return [t for t in terms if id(t) not in drop] if drop else terms


def attach_context(
    claims: list[Claim],
    sentences: list[tuple[int, int]],
    terms: list[Term],
    text: str,
    product_arms: tuple[str, ...] = (),
    foreign_terms: frozenset = frozenset(),
    term_products: dict[str, str] | None = None,
) -> list[Claim]:
    """Fill the context fields of each claim in place; returns the claims.

    ``foreign_terms``: (kind, id) of the terms that only products the document does not promote
    declare (the document's :class:`~claimcheck.model.DocumentScope`): left out, so that one
    product's vocabulary never gives another product's claim its endpoint (one library's "deaths"
    taking another's "risk of death … overall survival").

    ``term_products``: the product of each study and arm ("study:ID", "arm:ID"), for a document
    about several products. A study named before the claim's sentence is its context until
    another product is named ("… see the full Prescribing Information. EXAMPLIMAB …": the next
    product's figures are not the first product's label's). Where one phrase names an arm of
    each of two products ("chemotherapy", both trials' comparator), it names the arm of the
    product named last before it (else first after it).

    Everything that depends only on the sentence (its terms, its neighbours' endpoints, its cues,
    the vs-chains of its values) is worked out once per sentence, not once per claim: a table row
    or a results paragraph holds many claims.
    """
    if not claims:
        return claims
    if foreign_terms:
        terms = [t for t in terms if (t.kind, t.id) not in foreign_terms]
    terms = _drop_compound_studies(terms, text)
    if term_products:
        terms = _arms_of_the_product_in_view(terms, term_products)
    terms = _defining_states(_conditions(sorted(terms, key=_POSITION), text), text, sentences)
    # the populations an endpoint's longer name holds ("biomarker-negative" in "biomarker-negative best response"):
    # a column header may name a population by such a name (:func:`_table_columns`)
    inner = [t for t in terms if t.kind == "population"]
    terms = _drop_nested_populations(_drop_nested_endpoints(terms))
    kept = {(t.start, t.end, t.id) for t in terms if t.kind == "population"}
    inner = [t for t in inner if (t.start, t.end, t.id) not in kept]
    terms = _timed_endpoints(_drop_cued_endpoints(terms, text), text)
    terms = _read_twins(terms, sentences, claims, text)
    terms = _states_of_the_counted(terms, inner, sentences, claims)
    terms, defining = _defined_groups(terms, text)
    term_starts = [t.start for t in terms]
    studies = [t for t in terms if t.kind == "study"]
    study_starts = [t.start for t in studies]
    product_names = [t for t in terms if t.kind == "product"] if term_products else []
    product_starts = [t.start for t in product_names]

    by_sentence: dict[int, list[Claim]] = {}
    if sentences:
        sent_starts = [s for s, _ in sentences]
        for claim in claims:
            i = max(0, bisect.bisect_right(sent_starts, claim.start) - 1)
            by_sentence.setdefault(i, []).append(claim)
    else:
        by_sentence[0] = list(claims)

    # a sentence's terms are asked for by its own claims and again as a neighbour or a preceding
    # sentence of nearby claims: sliced once
    sliced: dict[int, list[Term]] = {}

    def sentence_terms(i: int) -> list[Term]:
        got = sliced.get(i)
        if got is None:
            s, e = sentences[i]
            got = sliced[i] = terms[bisect.bisect_left(term_starts, s):bisect.bisect_left(term_starts, e)]
        return got

    identified: dict[int, tuple[set[str], set[str]]] = {}
    header_cache: dict[int, tuple[list[tuple[int, str]], bool]] = {}

    def sentence_ids(i: int) -> tuple[set[str], set[str]]:
        got = identified.get(i)
        if got is None:
            got = identified[i] = _ids(sentence_terms(i))
        return got

    landmarks: set[int] = set()
    defined_by_nested: dict[int, Term] = {}
    for i, group in by_sentence.items():
        if sentences:
            s0, s1 = sentences[i]
            here = sentence_terms(i)
            nearby = [sentence_ids(j) for j in range(max(0, i - 2), min(len(sentences), i + 3))]
            back = _preceding_terms(i, sentences, sentence_terms)
        else:
            s0, s1 = 0, len(text)
            here, nearby, back = terms, [_ids(terms)], []
        named = _by_kind(here)
        sentence_text = text[s0:s1]
        folded = sentence_text.casefold()
        cues = sorted({m.group(1).lower().replace(" ", "-").replace("posthoc", "post-hoc")
                       for m in _CUES.finditer(sentence_text)}) if _holds_any(folded, _CUE_WORDS) else []
        names_product = "product" in named or any(t.id in product_arms for t in named.get("arm", ()))
        endpoints, previous_endpoint = _endpoints(named, back)
        # a row that names no endpoint under a lead-in that names one ("ORR, all randomized:" over
        # "EXAMPLIMAB ..... 48%"): the lead-in is the rows' label, as a table row's label is its cells'
        lead = _lead_in(i, sentences, sentence_terms, text) if sentences and not endpoints else None
        if lead is not None and not _label_known(text, s0, min(c.start for c in group), here):
            lead = None  # "- dose delays: 17%": the row names an outcome of its own, in words the library lacks
        scoped = _scoped_terms(i, sentences, sentence_terms, text) if sentences else []
        ordered = sorted(group, key=_START)
        respectively = (_holds_any(folded, _RESPECTIVELY_WORDS) and bool(_RESPECTIVELY.search(sentence_text))) \
            or _arms_listed_after(ordered, named, text)
        if not respectively and len(ordered) >= 4 and len(endpoints) >= 2 and _distributive(ordered, endpoints, text):
            # "A rate and B rate were 80% and 70% with X, versus 30% and 20% with Y":
            # the "respectively" reading without the word
            respectively = True
        chains = _chains(ordered, text, respectively)
        items = _list_items(ordered, chains, here, text, s0, s1) if not respectively else {}
        columns = _table_columns(ordered, text, terms, term_starts, header_cache, (s0, s1), inner)
        clause_breaks = [s0 + m.start() for m in _CLAUSE.finditer(sentence_text)] if endpoints else []
        endpoint_names, population_names = _candidates(nearby, back)
        timepoints = named.get("timepoint", [])
        qualifiers = list(dict.fromkeys(t.id for t in named.get("baseline", ())))
        if _SUBGROUP.search(sentence_text):
            qualifiers.append("subgroup")
        if not timepoints and (_TIMEPOINT_WORDS.search(sentence_text) or any(
                _TIMEPOINT_BEFORE_TERM.search(text, max(s0, t.start - 40), t.start)
                and not text.startswith(("median", "Median", "MEDIAN"), t.start) for t in endpoints)):
            qualifiers.append("timepoint")  # "the 3-year DFS rate": a timepoint the library does not name
        elif timepoints and any(not any(t.start < s0 + m.end() and s0 + m.start() < t.end for t in timepoints)
                                for m in _TIMEPOINT_WORDS.finditer(sentence_text)):
            qualifiers.append("timepoint")  # ... besides one it names ("at 1 year ...; three-year survival ...")
        sentence_study = named["study"][0].id if "study" in named else None
        alternating = _alternating_timepoints(ordered, timepoints) if len(timepoints) >= 2 else {}
        # a "respectively" list of time points pairs with the values in order (the word itself: values
        # followed by a list of arms pair with the arms)
        time_paired = _respective_timepoints(chains, timepoints, text) \
            if len(timepoints) >= 2 and _holds_any(folded, _RESPECTIVELY_WORDS) \
            and _RESPECTIVELY.search(sentence_text) else {}
        alternating = {**alternating, **time_paired}
        # "**Hepatotoxicity.** It occurred in 14% …": a run-in label that opens the paragraph names
        # the endpoint of the sentence that follows it on the same line, as its own words would
        run_in = previous_endpoint is not None and not endpoints and _run_in_label(back, previous_endpoint, text, s0)
        # "Two-year survival was 22.8% … At three years it was 20.3% …": a pronoun or "the rate(s)" as the
        # subject names the endpoint of the sentence just before, as its own words would
        run_in = run_in or (previous_endpoint is not None and not endpoints and lead is None
                            and _anaphora(back, previous_endpoint, text, s0, min(c.start for c in group)))
        for claim in group:
            claim.sentence = (s0, s1)
            claim.analysis_cues = cues
            claim.qualifiers = [q for q in qualifiers if q != claim.endpoint] if qualifiers else []
            if claim.other_items and claim.qualifiers:
                # a subgroup another item of the list names is that item's, not this value's
                mine = {t.id for t in _outside(named.get("baseline", ()), claim.other_items)}
                theirs = {t.id for t in named.get("baseline", ())} - mine
                claim.qualifiers = [q for q in claim.qualifiers if q not in theirs]
            claim.product_context = names_product
            claim.endpoint_candidates = list(endpoint_names)
            column = columns.get(id(claim))
            defined = _share_defined(claim, here, ordered, text) if column is None else None
            # (of a list of items, an endpoint another item names is that item's: "A (OR 8.61), a liver-test
            # rise (OR 7.08) and C (OR 6.02)" does not make 6.02 a liver-test figure)
            visible = _outside(endpoints, claim.other_items) if claim.other_items and column is None else endpoints
            chosen = defined.id if defined is not None else \
                _endpoint_for(claim, visible or endpoints, ordered, text, clause_breaks, column)
            if defined is not None and defined.kind == _NESTED:
                defined_by_nested[id(claim)] = defined
            if column is None and claim.kind == "duration" and "baseline" in named and "endpoint" in named:
                chosen = _design_heading(claim, named["baseline"], text) or chosen
            if chosen is not None:
                claim.endpoint = chosen
                claim.endpoint_strength = "sentence"
            elif lead is not None:
                claim.endpoint = lead[0]
                claim.endpoint_strength = "sentence"
            elif previous_endpoint is not None and not (column and "unnamed-column" in column):
                claim.endpoint = previous_endpoint
                claim.endpoint_strength = "sentence" if run_in else "context"
            claim.timepoint = alternating.get(id(claim)) or _nearest(
                claim, _outside(timepoints, claim.other_items) if claim.other_items else timepoints, text)
            if claim.timepoint is not None and id(claim) not in alternating \
                    and _elliptic_time(claim, ordered, timepoints, text):
                # "... and 38 after the second (41.3%)": its own time point, unnamed: never the one before
                claim.timepoint = None
                claim.qualifiers = [*claim.qualifiers, "timepoint"]
            claim.population_candidates = list(population_names)
            own_study = sentence_study
            if own_study is not None and claim.other_items:
                # "14% of adults in trial X; 15% of children": the trial another item names is not this value's
                own_study = next((t.id for t in _outside(named["study"], claim.other_items)), None)
            if own_study is not None:
                claim.study = own_study
                claim.study_source = "sentence"
            else:
                k = bisect.bisect_right(study_starts, claim.start) - 1
                if k >= 0 and product_names:
                    j = bisect.bisect_right(product_starts, claim.start) - 1
                    owner = term_products.get(f"study:{studies[k].id}")
                    if j >= 0 and product_names[j].start > studies[k].end and owner is not None \
                            and product_names[j].id != owner:
                        k = -1   # another product named since: the study is not this claim's
                claim.study = studies[k].id if k >= 0 else None
                claim.study_source = "context" if k >= 0 else None
        endpoint_paired = _respective_endpoints(chains, endpoints, text) if respectively else set()
        _drop_others_endpoints(group, endpoints, clause_breaks)
        asides = [(s0 + m.start(), s0 + m.end()) for m in _VS_ASIDE.finditer(sentence_text)] \
            if "(" in sentence_text else []
        shared: set[str] = set()   # populations every value of a pair counts ("68% vs 48% of responders")
        for kind in ("arm", "population"):
            if kind == "arm" and asides:
                _attach_arms_with_asides(ordered, chains, named.get(kind, []), back, text, respectively, columns,
                                         product_arms, asides, time_paired)
                continue
            shared |= _attach_who(ordered, chains, kind, named.get(kind, []), scoped if kind == "population" else back,
                                  text, respectively, columns, product_arms, time_paired,
                                  named.get("arm", []) if kind == "population" else (), endpoint_paired,
                                  defining if kind == "population" else None)
        if "population" in named and items:
            _populations_of_items(group, items, named["population"], scoped, text)
        for claim in group:
            nested = defined_by_nested.get(id(claim))
            if nested is not None and claim.population_source != "own" and any(
                    t.kind == "population" and t.id == claim.population and t.start <= nested.start and nested.end <= t.end
                    for t in here):
                # "48% is the share who went on to transplant": the population that holds the outcome is what
                # the value measures, not whom it counts
                claim.population, claim.population_source = None, None
        if "population" in named and ("endpoint" in named or "baseline" in named):
            _drop_twin_populations(group, here)
        if lead is not None:
            for claim in group:
                if claim.population_source == "context" and claim.population in lead[1]:
                    claim.population_source = "sentence"  # named by the rows' lead-in
                elif claim.population_source == "context" and claim.population in lead[2]:
                    # the lead-in's population that holds its outcome ("patients who reached ORR") is
                    # what the rows measure, not who was counted: the lead-in's other population, if any
                    claim.population = lead[1][-1] if lead[1] else None
                    claim.population_source = "sentence" if lead[1] else None
        _paired_counts(ordered, text)
        if product_arms and not ({t.id for t in named.get("arm", ())} - set(product_arms)):
            _contrasted_populations(chains, product_arms, {t.id for t in named.get("population", ())} - shared, group)
        if names_product and product_arms:
            arms = [t.id for t in named.get("arm", ())]
            if not (set(arms) - set(product_arms)):
                for claim in group:
                    if claim.arm is None and claim.arm_source != "comparator":
                        claim.arm = arms[0] if arms else product_arms[0]
                        claim.arm_source = "product"
        for claim in group:
            if claim.kind == "ratio":  # a hazard or odds ratio compares the arms: it belongs to none
                claim.arm, claim.arm_source, claim.arm_not = None, None, None
        if any(c.kind == ClaimKind.DURATION for c in group):
            rates = any(c.kind == ClaimKind.PERCENTAGE for c in group)
            landmarks.update(id(c) for c in group if _landmark(c, timepoints, endpoints, text, rates))
    _leader_columns(claims, text, terms, term_starts, inner)
    _footnoted_results(claims, text)
    _stop_at_own_outcome(claims, terms, term_starts, text)
    _parallel_populations(claims, terms, term_starts, text, product_arms)
    if landmarks:
        # "survival at 12 months", "the 2-year EXAMPLIMAB rate": the time a rate is read at, not a
        # duration the piece claims (no median of 12 months to be checked)
        claims[:] = [c for c in claims if id(c) not in landmarks]
    return claims


#: a footnote mark that ties a result to its note: a superscript letter or digit (as the readers leave
#: "<sup>a</sup>") or a dagger, double dagger, section or pilcrow sign
_NOTE_MARKS = frozenset((*SUPERSCRIPT_LETTERS.values(), *(SUPERSCRIPT_DIGITS[d] for d in "123456789"),
                        "\u2020", "\u2021", "\u00a7", "\u00b6"))
#: how far before its note the result a mark ties may be
_NOTE_REACH = 4000


def _footnoted_results(claims: list[Claim], text: str) -> None:
    """The figures of a footnote that names no outcome of its own are of the result its mark is on:
    "ᵃP<0.001; a between-arm difference of 51.3 percentage points." under a table whose row
    "Remission, all patientsᵃ | 80.7% | 29.4%" carries the mark gives that row's difference,
    not one of the outcome of the row or sentence just above the note. Only where the mark stands
    once before the note (glued to a result, not opening a line), and the figures of that line
    name one outcome: their endpoint (and, where the note names none, their population)."""
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    named: set[tuple[int, int]] = set()   # sentences that name an outcome of their own
    for c in claims:
        s0, s1 = c.sentence
        if s1 > s0 and text[s0] in _NOTE_MARKS:
            by_sentence.setdefault(c.sentence, []).append(c)
            if c.endpoint_strength == "sentence":
                named.add(c.sentence)
    if not by_sentence:
        return
    ordered = sorted(claims, key=_START)
    starts = [c.start for c in ordered]
    for (s0, s1), group in by_sentence.items():
        if (s0, s1) in named:
            continue
        mark = text[s0]
        at, k = [], text.find(mark, max(0, s0 - _NOTE_REACH), s0)
        while k != -1:
            at.append(k)
            k = text.find(mark, k + 1, s0)
        tied = [k for k in at if text[text.rfind("\n", 0, k) + 1:k].strip()]   # glued to text, not opening a line
        if len(tied) != 1 or len(at) != len(tied):
            continue   # the mark opens another note, or marks several results: no one result
        ls = text.rfind("\n", 0, tied[0]) + 1
        le = text.find("\n", tied[0])
        le = len(text) if le == -1 else le
        marked = [c for c in ordered[bisect.bisect_left(starts, ls):bisect.bisect_left(starts, le)]
                  if c.endpoint is not None and c.endpoint_strength == "sentence"]
        endpoints = {c.endpoint for c in marked}
        if len(endpoints) != 1:
            continue
        populations = {c.population for c in marked}
        for c in group:
            c.endpoint = next(iter(endpoints))
            c.endpoint_strength = "sentence"
            if c.population is None and len(populations) == 1 and None not in populations:
                c.population, c.population_source = next(iter(populations)), "context"


def _event_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The generic adverse-event names, resolution words and onset words (data/outcomes.yaml
    ``adverse_events``, ``resolution``, ``onset``) as patterns."""
    return tuple(outcome_words(key, hyphen=True) for key in ("adverse_events", "resolution", "onset"))


#: an onset named as the point a time is counted from ("within 7 days of onset"): not the time measured
_FROM_ONSET = re.compile(r"\b(?:of|from|after|since)\s{1,3}(?:the\s{1,3})?(?:its\s{1,3})?onset\b", re.I)


def times_onset(clause: str) -> bool:
    """Whether a clause's time is a time to an event's onset (an ``onset`` word of data/outcomes.yaml
    that is not the point the time is counted from: "resolved within 7 days of onset" is a time
    to resolution)."""
    return _event_words()[2].search(_FROM_ONSET.sub(" ", clause)) is not None


#: where a figure's own clause ends: a clause or sentence break, a table cell
_OWN_BREAK = re.compile(r"[;|\n]|[.!?](?=\s|$)|,\s{0,3}(?:and|but|while|whereas)\s|\s[\u2013\u2014]\s|[,:]")
#: a label's separator right before its figure ("Grade >=3 fatigue: 6.5%", "fatigue, 6.5%")
#: (or before the figures of a "vs" pair it ends: "Grade >=3 fatigue: 2% vs 12%")
_LABEL_SEP = re.compile(r"[,:][^\S\n]{0,12}[*_(\[]{0,2}(?:[\d.]{1,8}[^\S\n]?(?:%|per[^\S\n]?cent|percent)?"
                        r"[^\S\n]{0,3}(?:vs\.?|versus|and|/)[^\S\n]{0,3}){0,3}\Z", re.I)
#: how far around a figure its own clause is read
_OWN_CHARS = 120


def _own_clause(claim: Claim, text: str) -> tuple[int, int]:
    """The span of a figure's own clause: its sentence cut at clause breaks either side (a label
    right before it, "Grade >=3 fatigue: 6.5%", is its clause's; a table row's label cell too)."""
    s0, s1 = claim.sentence if claim.sentence != (0, 0) else (0, len(text))
    lo = max(s0, claim.start - _OWN_CHARS)
    ls = text.rfind("\n", lo, claim.start) + 1
    if ls and text.find("|", ls, claim.start) != -1:
        # a table row: its first cell with words is the label of every figure of the row
        cells = text[ls:claim.start].split("|")
        first = next((c for c in cells if c.strip()), "")
        lo = ls + text[ls:claim.start].find(first) if first else claim.start
        last = text.rfind("|", lo, claim.start)
        if first and last != -1 and last >= lo + len(first):
            hi = _OWN_BREAK.search(text, claim.end, min(s1, claim.end + _OWN_CHARS))
            return lo, hi.start() if hi else min(s1, claim.end + _OWN_CHARS)
    cuts = [m for m in _OWN_BREAK.finditer(text, lo, claim.start)]
    if cuts and _LABEL_SEP.search(text, cuts[-1].start(), claim.start) and cuts[-1].group(0) in ",:":
        cuts.pop()
    start = cuts[-1].end() if cuts else lo
    hi = _OWN_BREAK.search(text, claim.end, min(s1, claim.end + _OWN_CHARS))
    return start, (hi.start() if hi else min(s1, claim.end + _OWN_CHARS))


def _stop_at_own_outcome(claims: list[Claim], terms: list[Term], term_starts: list[int], text: str) -> None:
    """A figure whose own clause names an event of its own that no library term covers (a generic
    adverse-event name of data/outcomes.yaml ``adverse_events``: "grade >=3 stomatitis in 2% vs 12%"
    after an anaemia sentence, "| Fatigue | 6.5% |" under an anaemia row, "...; pyrexia in 21%"),
    or a duration whose own clause is a time to the event's resolution or recovery (``resolution``
    words and no ``onset`` word: "the median time to resolution was 23 days" after a time to onset),
    and names no endpoint of the library itself: its endpoint, taken from the preceding text or from
    another clause of its sentence, is not its own. It is cleared (and its candidates with it), so
    the figure is matched against no entry of another outcome; U001 judges it by its clause's words."""
    events, resolution, _ = _event_words()
    seen: dict[tuple[int, int], bool] = {}
    for claim in claims:
        if claim.endpoint is None:
            continue
        s0, s1 = claim.sentence if claim.sentence != (0, 0) else (0, len(text))
        key = (s0, s1)
        if key not in seen:  # one look per sentence: most name no event of their own
            piece = text[s0:s1]
            seen[key] = events.search(piece) is not None or resolution.search(piece) is not None
        if not seen[key]:
            continue
        lo, hi = _own_clause(claim, text)
        clause = text[lo:hi]
        own = [t for t in terms[bisect.bisect_left(term_starts, lo - 80):bisect.bisect_left(term_starts, hi)]
               if t.end > lo and t.start < hi]
        if any(t.kind in ("endpoint", "baseline", _NESTED) for t in own):
            continue  # the clause names an endpoint of the library: context chose among them
        covered = [(t.start - lo, t.end - lo) for t in own]
        hit = None
        for m in events.finditer(clause):
            if not any(a < m.end() and m.start() < b for a, b in covered):
                hit = m
                break
        if hit is None and claim.kind == ClaimKind.DURATION and resolution.search(clause) \
                and not times_onset(clause):
            hit = True
        if hit is None:
            continue
        claim.endpoint, claim.endpoint_strength = None, None
        claim.endpoint_candidates = []


#: what introduces the time a rate is read at: "at 12 months", "by 2 years"
_LANDMARK_BEFORE = re.compile(r"(?:\bat|\bby)\s{1,3}$", re.I)
#: a whole number of months, years or weeks written as an adjective: "12-month", "2 year"
_LANDMARK_ADJECTIVE = re.compile(r"^\d{1,2}\s?-?\s?(?:month|year|week)$", re.I)
#: between such an adjective and the endpoint or rate it dates: a few words, none of them "median"
_TO_RATE = re.compile(r"^[\s-]{1,3}(?:(?!median\b)[\w/]{1,20}[\s-]{1,3}){0,3}$", re.I)
#: ... and a rate word after at most three such words ("12-month overall survival", "2-year DFS rate")
_RATE_WORD = re.compile(r"[\s-]{1,3}(?:(?!median\b)[\w/]{1,20}[\s-]{1,3}){0,3}?(?:rates?|estimates?|landmark|surviv\w*|alive)\b",
                        re.I)


def _landmark(claim: Claim, timepoints: list[Term], endpoints: list[Term], text: str, rates: bool) -> bool:
    """Whether a duration is the landmark time of a rate rather than a value: a timepoint of the
    claims library ("12-month" of a 1-year rate), "at" or "by" a whole number of months or years
    ("survival at 12 months", a table header's "DFS at 2 years"), or, in a sentence that states a
    percentage (``rates``), such a number written as an adjective before an endpoint or a rate
    ("the 24-month EXAMPLIMAB rate", "two-year survival"); never one written with decimals ("a
    14.1-month median")."""
    if claim.kind != ClaimKind.DURATION or claim.interval is not None or claim.value is None \
            or claim.value.decimals:
        return False
    # (terms by position: only those that can hold the claim or follow it closely are looked at)
    k = bisect.bisect_right(timepoints, claim.start, key=_START)
    if any(claim.end <= t.end for t in timepoints[max(0, k - 3):k]):
        return True
    if _LANDMARK_BEFORE.search(text, max(0, claim.start - 6), claim.start):
        return True
    if rates and _LANDMARK_ADJECTIVE.match(claim.text):
        if _RATE_WORD.match(text, claim.end, min(len(text), claim.end + 40)):
            return True
        k = bisect.bisect_left(endpoints, claim.end, key=_START)
        return any(t.start - claim.end <= 30 and _TO_RATE.match(text[claim.end:t.start]) for t in endpoints[k:k + 3])
    return False


#: the kind given to an endpoint named inside a population ("remission" in "patients in remission",
#: "ORR" in "patients who achieved ORR"): the sentence's endpoint only where it names no other
_NESTED = "endpoint-in-population"
_CONTAINERS = {"endpoint": 0, "arm": 0, "baseline": 0, "population": 1}


#: a condition on who was measured: "14.1 months if they were biomarker-negative", "… when biomarker-positive"
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|when|whether)\s{1,3}(?:(?:they|patients|those|subjects)\s{1,3}(?:were|was|are|had|became|remained|stayed)?\s{0,3})?$",
    re.I)


def _conditions(terms: list[Term], text: str) -> list[Term]:
    """``terms`` (in position order) without the endpoints named as a condition after "if" or "when"
    ("median survival was 14.1 months if they were biomarker-negative and 7.2 months if
    biomarker-positive") where a population is named over the same words: a condition says who was
    measured, never what; the population stays (and is no longer swallowed as part of the endpoint's
    longer name "were biomarker-negative")."""
    populations = sorted((t.start, t.end) for t in terms if t.kind == "population")
    if not populations:
        return terms
    starts = [a for a, _ in populations]
    out = []
    for t in terms:
        if t.kind == "endpoint" and _CONDITION_BEFORE.search(text, max(0, t.start - 40), t.start):
            # a population over the same words: one starting inside the endpoint and ending in it
            # (by position: a document holds thousands of terms, a pairwise test was quadratic)
            k = bisect.bisect_left(starts, t.start)
            if any(b <= t.end for _, b in populations[k:bisect.bisect_left(starts, t.end, k)]):
                continue
        out.append(t)
    return out


#: a word for a group of people that a defining phrase after it narrows ("responders who remained …")
_GROUP_NOUN = r"(?:patients|responders|remitters|those|subjects|participants|adults|children|people|individuals)"
#: a defining phrase's link, between a group and the state that defines it: "with (an)", "who
#: remained", "who were still", "whose best response was", "that became"
_DEFINING_LINK = (
    r"(?:(?:with|having)(?:[^\S\n]{1,3}(?:an?|the|their))?"
    r"|(?:who|that)(?:[^\S\n]{1,3}(?:were|was|are|is|had|have|remained|remain|stayed|stay|became|become|achieved|"
    r"reached|attained|showed|kept))(?:[^\S\n]{1,3}(?:still|an?|the|their|persistently))?"
    r"|whose[^\S\n]{1,3}(?:best[^\S\n]{1,3}|overall[^\S\n]{1,3}|final[^\S\n]{1,3})?(?:response|status|disease)"
    r"[^\S\n]{1,3}(?:was|is|remained|became))")
#: before a state that defines a group, the group and the link: "responders with an ", "patients who remained "
_DEFINING_BEFORE = re.compile(r"(?P<noun>\b" + _GROUP_NOUN + r")?(?P<link>[^\S\n]{1,3}" + _DEFINING_LINK + r")[^\S\n]{1,3}$",
                              re.I)
#: between a population and the state that narrows it (the second population): the link, a word for people at most
#: ("responders who remained …", "responders, those with a …")
_DEFINING_GAP = re.compile(r"(?:,?[^\S\n]{1,3}" + _GROUP_NOUN + r")?[^\S\n]{1,3}" + _DEFINING_LINK + r"[^\S\n]{1,3}", re.I)
#: a line break with the blanks around it: the wrap of a running paragraph
_WRAP = re.compile(r"[^\S\n]{0,12}\n[^\S\n]{0,12}")
#: a population whose own name opens with the link ("who were biomarker-negative", "with a response")
_DEFINING_OPEN = re.compile(r"(?:with|having|who|that|whose)\b", re.I)


def _defining_states(terms: list[Term], text: str, sentences: list[tuple[int, int]]) -> list[Term]:
    """``terms`` (in position order) without the endpoints named as the state that defines a group,
    after the group and a defining link ("responders with a biomarker-negative best response had a median
    survival of 14.1 months", "patients who remained biomarker-positive"), where the library names a
    population over the state's words (inside the endpoint's longer name, or the same) and the
    sentence names another outcome (the survival measured): the phrase says who was measured, never
    what, as a condition does (:func:`_conditions`); the population stays, and is no longer
    swallowed as part of the endpoint's longer name. Where the sentence names no other outcome
    ("responders with a biomarker-negative best response: 78%") the endpoint may be what the figure
    states, and stays."""
    populations = [t for t in terms if t.kind == "population"]
    if not populations or not any(t.kind == "endpoint" for t in terms):
        return terms
    starts = [t.start for t in populations]
    sent_starts = [a for a, _ in sentences]
    endpoints = [t for t in terms if t.kind == "endpoint"]
    endpoint_starts = [t.start for t in endpoints]
    drop: set[int] = set()
    for k, t in enumerate(terms):
        if t.kind != "endpoint":
            continue
        lo = bisect.bisect_left(starts, t.start)
        hi = bisect.bisect_right(starts, t.end)
        inside = [p for p in populations[lo:hi] if p.end <= t.end and p.start < t.end]
        if not inside:
            continue
        state = inside[0]
        cue = _DEFINING_BEFORE.search(text, max(0, state.start - 80), state.start)
        if cue is None or not cue.start("link") <= t.start <= state.start:
            continue
        if cue.group("noun") is None and not any(cue.start("link") - 1 <= p.end <= cue.start("link")
                                                 for p in populations[max(0, lo - 3):lo]):
            continue  # no group before the link ("… compared with a biomarker-negative response rate")
        if sentences:
            i = max(0, bisect.bisect_right(sent_starts, t.start) - 1)
            s0, s1 = sentences[i]
        else:
            s0, s1 = 0, len(text)
        if any(o.id != t.id and o.end <= s1 and (o.end <= t.start or o.start >= t.end)
               for o in endpoints[bisect.bisect_left(endpoint_starts, s0):bisect.bisect_left(endpoint_starts, s1)]):
            drop.add(k)
    return [t for k, t in enumerate(terms) if k not in drop] if drop else terms


def _defined_groups(terms: list[Term], text: str) -> tuple[list[Term], dict[tuple[int, int], str]]:
    """``terms`` (in position order) with each population followed by a defining phrase that names
    another population ("responders with a biomarker-negative best response", "patients in first line
    who remained biomarker-positive", "responders who were biomarker-negative") merged into one term
    of the defining population over both (the group it names), and for each merged term's span the
    population it narrows: the value's population is the library's one that is both, if any, else
    the defining one (as with a bracket, :func:`_narrowed_labels`). Before, the group noun was read
    as a population of its own, nearer to the value than the state that defines the group, and the
    state went to the value compared with it."""
    if sum(1 for t in terms if t.kind == "population") < 2:
        return terms, {}
    out: list[Term] = []
    defined: dict[tuple[int, int], str] = {}
    pending: Term | None = None   # the last population kept, if nothing but other kinds followed it
    for t in terms:
        if t.kind == "population" and pending is not None and t.id != pending.id and t.start >= pending.end:
            between_text = text[pending.end:t.start]
            # (a line break inside the link is the wrap of a running paragraph, "responders who" over
            # "became biomarker-negative", where it is one break and no table's cell border)
            wrapped = "\n" in between_text
            if wrapped and between_text.count("\n") == 1 and "|" not in between_text:
                gap = _DEFINING_GAP.fullmatch(_WRAP.sub(" ", between_text))
            else:
                gap = _DEFINING_GAP.fullmatch(text, pending.end, t.start) if not wrapped else None
            opens = _DEFINING_OPEN.match(text, t.start) is not None and not between_text.strip()
            if (gap is not None or opens) and (not wrapped or gap is not None):
                k = len(out) - 1 - out[::-1].index(pending)
                between = out[k + 1:]
                if all(b.end <= t.start and b.start >= pending.end for b in between):
                    merged = Term(pending.start, t.end, "population", t.id)
                    out[k:] = [merged]
                    defined[(merged.start, merged.end)] = defined.pop((pending.start, pending.end), pending.id)
                    pending = merged
                    continue
        out.append(t)
        if t.kind == "population":
            pending = t
    return out, defined


def _drop_nested_populations(terms: list[Term]) -> list[Term]:
    """``terms`` (in position order) without the populations named inside a longer population
    ("biomarker-positive" and "transplant" in "biomarker-positive patients who did not undergo
    transplant", "second line" in "biomarker-negative patients in second line"): the longer name is the population the text means, and
    its parts, counted as populations of their own, made the sentence look as if it named several
    (so the claim's population was only a guess)."""
    spans = sorted((t.start, t.end) for t in terms if t.kind == "population")
    if len(spans) < 2:
        return terms
    # by position (a document holds thousands of terms): the farthest end of the spans starting
    # before each start, and the farthest end of those starting at it
    starts = [a for a, _ in spans]
    reach, far = [], -1
    for _, e in spans:
        reach.append(far)            # the farthest end among the spans before this one
        far = max(far, e)
    out = []
    for t in terms:
        if t.kind == "population":
            first = bisect.bisect_left(starts, t.start)
            last = bisect.bisect_right(starts, t.start)
            before = reach[first] if first < len(reach) else far   # spans starting before t
            same = max(e for _, e in spans[first:last])             # spans starting with t (t among them)
            if before >= t.end or same > t.end:
                continue
        out.append(t)
    return out


def _drop_nested_endpoints(terms: list[Term]) -> list[Term]:
    """``terms`` (in position order) without the endpoints named inside a longer endpoint or arm
    ("transplant" in "post-transplant mortality", "ORR" in "MRD-negative ORR") and the
    populations named inside a longer endpoint ("MRD-negative" in "were MRD-negative"); an endpoint
    named inside a longer population becomes :data:`_NESTED`."""
    if not any(t.kind == "endpoint" for t in terms):
        return terms
    # longest first among those starting together: every container comes before what it contains
    order = sorted(range(len(terms)), key=lambda i: (terms[i].start, -terms[i].end))
    reach = [(-1, -1), (-1, -1)]  # per container group: (end, start) of the farthest-reaching term so far
    reach_kind = ["", ""]
    out = list(terms)
    for i in order:
        t = terms[i]
        if t.kind == "population" and reach[0][0] >= t.end and (reach[0][0] > t.end or reach[0][1] < t.start) \
                and reach_kind[0] == "endpoint":
            out[i] = None  # "MRD-negative" in "were MRD-negative": part of the endpoint's name
            continue
        if t.kind == "endpoint" or t.kind == "baseline":
            for group in ((0, 1) if t.kind == "endpoint" else (0,)):
                end, start = reach[group]
                if end >= t.end and (end > t.end or start < t.start):
                    out[i] = None if group == 0 else Term(t.start, t.end, _NESTED, t.id)
                    break
        group = _CONTAINERS.get(t.kind)
        if group is not None and t.end > reach[group][0]:
            reach[group] = (t.end, t.start)
            reach_kind[group] = t.kind
    return [t for t in out if t is not None]


def _states_of_the_counted(terms: list[Term], inner: list[Term], sentences: list[tuple[int, int]],
                           claims: list[Claim]) -> list[Term]:
    """``terms`` with each endpoint whose longer name holds a population (``inner``, the populations
    :func:`_drop_nested_endpoints` dropped: "biomarker-negative" in "became biomarker-negative", "with
    a biomarker-negative best response") read as who was counted, where its sentence states no share
    of patients (only durations or ratios: no figure the state's rate can be) and names another
    endpoint, the one measured: "responders who became biomarker-negative had a median survival of
    14.1 months" is the survival of the biomarker-negative subgroup, no rate of reaching that state.
    The population is restored and the endpoint dropped, as :func:`_defining_states` does where a
    group noun and a defining link name the state (here none is needed: "15.6 months with a
    biomarker-negative best response"), so the value is judged against the subgroup's entry, never
    confirmed by another subgroup's equal figure nor left without an entry."""
    if not inner or not sentences:
        return terms
    starts = [s for s, _ in sentences]
    by_start = sorted(claims, key=lambda c: c.start)
    claim_starts = [c.start for c in by_start]
    inner_starts = [p.start for p in inner]
    out: list[Term] = []
    restored: list[Term] = []
    for t in terms:
        if t.kind == "endpoint":
            held = [p for p in inner[bisect.bisect_left(inner_starts, t.start):bisect.bisect_right(inner_starts, t.end)]
                    if p.end <= t.end]
            if held:
                i = max(0, bisect.bisect_right(starts, t.start) - 1)
                s0, s1 = sentences[i]
                kinds = {str(c.kind) for c in by_start[bisect.bisect_left(claim_starts, s0):
                                                        bisect.bisect_left(claim_starts, s1)]} - _NOT_SHARES
                measured = any(o.kind == "endpoint" and o.id != t.id and s0 <= o.start < s1
                               and not (o.start < t.end and t.start < o.end) for o in terms)
                if kinds and not kinds & _SHARE_KINDS and measured:
                    restored.extend(held)
                    continue
        out.append(t)
    return sorted(out + restored, key=_POSITION) if restored else out


#: what makes the endpoint named after it a population ("among ORR responders", "(of ORR)", a label's
#: ", of ORR", "of those who achieved ORR", "in patients with ORR"): the endpoint says who was
#: counted, not what was measured
_POPULATION_CUE = re.compile(
    r"(?:\bamong\s{1,3}|[(,]\s{0,2}(?:of|among|in)\s{1,3}|\b(?:of|in|for)\s{1,3}(?=(?:the\s{1,3})?(?:patients|those|subjects|participants)\b))"
    r"(?:the\s{1,3})?(?:(?:patients|those|subjects|participants)\s{1,3}"
    r"(?:who\s{1,3}(?:achieved|had|reached|attained|were\s{1,3}in|got\s{1,3}(?:to|into)|went\s{1,3}into)|with|"
    r"achieving|reaching|in)\s{1,3}"
    r"(?:an?\s{1,3})?)?$"
    # "Among the 79 who underwent transplant", "Of the 92 patients who reached remission": a group's size
    # and what its people went through
    r"|\b(?:among|of|in)\s{1,3}(?:the|these|those|all)?\s{0,3}\d{1,5}\s{1,3}(?:(?:patients|subjects|participants|adults)\s{1,3})?"
    r"who\s{1,3}(?:underwent|received|had|achieved|reached|attained|went\s{1,3}on\s{1,3}to|proceeded\s{1,3}to)"
    r"\s{1,3}(?:an?\s{1,3})?$", re.I)
#: "in ORR responders", "of DFS patients": after "in"/"of"/"for", an endpoint followed by a word for
#: people names who was counted too
_POPULATION_CUE_IN = re.compile(r"\b(?:in|of|for|within)\s{1,3}(?:the\s{1,3})?$", re.I)
_PEOPLE_AFTER = re.compile(r"[\s-]{1,3}(?:responders|remitters|patients|subjects|participants)\b", re.I)
#: "the biomarker-negative rate in ORR", "rates among responders": after a rate and "in"/"among", an endpoint
#: names who was counted (the outcome reached first), not what the rate measures
_RATE_IN = re.compile(r"\brates?[^\S\n]{1,3}(?:in|among|within)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?$", re.I)


def _drop_cued_endpoints(terms: list[Term], text: str) -> list[Term]:
    """``terms`` without the endpoints a population cue puts before (:data:`_POPULATION_CUE`): "MRD
    negativity among ORR responders" is no ORR figure, and neither is "Responses (of ORR)". A library
    population that holds the endpoint ("patients with ORR") already made it :data:`_NESTED`."""
    out = []
    for t in terms:
        if t.kind == "endpoint" and (_POPULATION_CUE.search(text, max(0, t.start - 60), t.start) or (
                _POPULATION_CUE_IN.search(text, max(0, t.start - 12), t.start) and _PEOPLE_AFTER.match(text, t.end))
                or _RATE_IN.search(text, max(0, t.start - 20), t.start)):
            continue
        out.append(t)
    return out


#: what makes the endpoint named after it the time of another outcome, not the outcome measured ("rash
#: after a follow-up transplant", "a lab value above the ULN before transplant", "relapse following a remission"): a
#: preposition of time and at most two words that qualify the event ("a", "subsequent", "follow-up")
_TIMING_CUE = re.compile(
    r"\b(?:after|following|before|prior\s{1,3}to|post)[\s-]{1,3}"
    r"(?:(?:an?|the|their|its|any|a\s{1,3}subsequent|subsequent|follow[\s-]?up|first|second|allogeneic|planned)[\s-]{1,3}){0,2}$",
    re.I)


def _timed_endpoints(terms: list[Term], text: str) -> list[Term]:
    """``terms`` with each endpoint a timing cue puts before (:data:`_TIMING_CUE`) read as an endpoint
    named inside a population (:data:`_NESTED`): "rash occurred in 14% and, after a follow-up
    transplant, in 23%" measures rash among those transplanted, not the transplant rate; "a lab value
    above the ULN before transplant (OR 15.3)" is a risk factor timed by the transplant. It stays the sentence's endpoint
    where the sentence names no other (:func:`_endpoints`)."""
    out = []
    for t in terms:
        if t.kind == "endpoint" and _TIMING_CUE.search(text, max(0, t.start - 40), t.start):
            t = Term(t.start, t.end, _NESTED, t.id)
        out.append(t)
    return out


#: claim kinds that give the share of patients in a state ("78% were biomarker-negative"): the only
#: figures a term that is both a state and a population can be the outcome of
_SHARE_KINDS = frozenset({"percentage", "fraction", "estimate", "pp-difference"})
#: figures that count or test rather than state a share (the "N=326" of a row): they decide nothing
_NOT_SHARES = frozenset({"count", "p-value"})
#: before a twin term, what makes it the population ("in", "among the", "of patients with")
_TWIN_AS_POPULATION_BEFORE = re.compile(
    r"\b(?:in|among|of|for|within)\s{1,3}(?:the\s{1,3})?(?:(?:patients|those|subjects|participants)\s{1,3}"
    r"(?:who\s{1,3}(?:were|are|had|achieved|reached)\s{1,3}|with\s{1,3}|in\s{1,3})?)?$", re.I)
#: after a twin term, the word for its rate: the state's rate, the endpoint ("biomarker-negative rate")
_TWIN_AS_RATE_AFTER = re.compile(r"[\s-]{1,3}rates?\b", re.I)
#: after a twin term, a word for the people in it ("second-line patients", "the negative subgroup")
_TWIN_AS_POPULATION_AFTER = re.compile(
    r"[\s-]{1,3}(?:patients|subjects|participants|responders|population|subgroups?|group|cohort|arm)\b", re.I)


def _read_twins(terms: list[Term], sentences: list[tuple[int, int]], claims: list[Claim], text: str) -> list[Term]:
    """``terms`` with one reading of each term the library names both as an endpoint and as a
    population over the same words ("biomarker-negative": the state reached, and the patients in it).

    In a row (a table row, a list item, a short label line) that states only shares of patients and
    names no other endpoint, neither in the row nor in its list's lead-in or section heading, it is the
    endpoint: "Biomarker-negative, % of responders  62%  30%" is the rate of biomarker negativity, and
    "Second line, %  31.1  33.3" in a table of patient characteristics (a baseline characteristic) the
    share of patients in second line. It is the population where the row names another outcome
    ("Response by subgroup:" over "Second line: 62% vs 30%"), where the sentence states a duration or a
    ratio ("median DFS 14.1 months, biomarker-negative"), after a population cue ("in second line";
    after "among" :func:`_drop_cued_endpoints` has already dropped the endpoint) or before a word for
    patients ("second-line patients"). Otherwise (running prose) both readings stay, as before.
    """
    spans: dict[tuple[int, int], list[int]] = {}
    for k, t in enumerate(terms):
        if t.kind in ("endpoint", "baseline", "population"):
            spans.setdefault((t.start, t.end), []).append(k)
    twins = [ks for ks in spans.values() if len({terms[k].kind for k in ks}) > 1
             and "population" in {terms[k].kind for k in ks}]
    if not twins:
        return terms
    starts = [s for s, _ in sentences]
    term_starts = [t.start for t in terms]
    by_start = sorted(claims, key=lambda c: c.start)
    claim_starts = [c.start for c in by_start]
    twin_spans = {(terms[ks[0]].start, terms[ks[0]].end) for ks in twins}

    def sentence_terms(j: int) -> list[Term]:
        a, b = sentences[j]
        return terms[bisect.bisect_left(term_starts, a):bisect.bisect_left(term_starts, b)]

    drop: set[int] = set()
    header_cache: dict[int, tuple[list[tuple[int, str]], bool]] = {}
    for ks in twins:
        t = terms[ks[0]]
        if sentences:
            i = max(0, bisect.bisect_right(starts, t.start) - 1)
            s0, s1 = sentences[i]
        else:
            s0, s1 = 0, max((c.end for c in claims), default=t.end)
        # the sentence's claims by bisection (a scan of every claim per term is quadratic in a long text)
        kinds = {str(c.kind) for c in by_start[bisect.bisect_left(claim_starts, s0):bisect.bisect_left(claim_starts, s1)]} \
            - _NOT_SHARES
        if _TWIN_AS_RATE_AFTER.match(text, t.end, s1) and kinds <= _SHARE_KINDS:
            # "the biomarker-negative rate (in responders) was 78%", a title line "Biomarker-negative rate in
            # responders" over its rows: the state's rate, what was measured, never who was counted
            drop.update(k for k in ks if terms[k].kind == "population")
            continue
        if not kinds:
            continue
        # in a row (a table row, a list item, a short label line) another endpoint, or one its lead-in
        # or heading names, is the row's outcome; in running prose the nearest term decides as before
        row = not sentences or _shape(text, (s0, s1)) == "item" or (s1 - s0 <= 100 and "\n" not in text[s0:s1].strip())
        own = {terms[k].id for k in ks if terms[k].kind != "population"}
        if sentences and {terms[k].kind for k in ks} == {"baseline", "population"} \
                and _header_outcome(text, t.start, terms, term_starts, header_cache):
            # "| Second line | 62.1% | 30.4% |" under "| Patient group | Response rate |": a baseline
            # characteristic labelling a row of a table whose header names an outcome is the subgroup
            # the outcome was measured in, not a share of patients
            drop.update(k for k in ks if terms[k].kind != "population")
            continue
        others = row and any(o.kind in ("endpoint", "baseline") and (o.start, o.end) not in twin_spans and o.id not in own
                             for o in terms[bisect.bisect_left(term_starts, s0):bisect.bisect_left(term_starts, s1)])
        if row and not others and kinds <= _SHARE_KINDS and sentences \
                and not _TWIN_AS_POPULATION_BEFORE.search(text, max(s0, t.start - 60), t.start) \
                and _twin_measured_in(t, terms, term_starts, by_start, claim_starts, (s0, s1), text):
            # "- Biomarker-negative among responders: 62% vs 30%": the row's own label says what was
            # measured (the twin) and in whom (the population after it); that wins over an outcome the
            # section heading or the list's lead-in names ("## Response", "Response rates:")
            drop.update(k for k in ks if terms[k].kind == "population")
            continue
        if row and not others and sentences:
            others = any(o.kind == "endpoint" and o.id not in own
                         for o in _scoped_terms(i, sentences, sentence_terms, text))
        population = others or not kinds <= _SHARE_KINDS \
            or bool(_TWIN_AS_POPULATION_BEFORE.search(text, max(s0, t.start - 60), t.start)) \
            or bool(_TWIN_AS_POPULATION_AFTER.match(text, t.end, s1))
        if population:
            drop.update(k for k in ks if terms[k].kind != "population")
        elif row:
            drop.update(k for k in ks if terms[k].kind == "population")
    return [t for k, t in enumerate(terms) if k not in drop]


#: between a twin term and the population named after it in the same label: "among", "in", "% of",
#: "in patients who achieved", a word for the state ("status", "rate") before them
_TWIN_MEASURED_GAP = re.compile(
    r"^[\s,:(%-]{0,6}(?:(?:status|state|rates?|results?)[\s,:(%-]{1,4})?"
    r"(?:(?:among|amongst|in|of|within|for|across)\s{1,3}(?:the\s{1,3})?(?:[\w/+-]{1,20}\s{1,3})?"
    r"(?:(?:patients|those|subjects|participants)\s{1,3}(?:who\s{1,3}(?:were|are|had|achieved|reached)\s{1,3}|with\s{1,3}|in\s{1,3})?)?)?$",
    re.I)


def _twin_measured_in(t: Term, terms: list[Term], term_starts: list[int], by_start: list[Claim],
                      claim_starts: list[int], span: tuple[int, int], text: str) -> bool:
    """Whether a twin term ``t`` is, in its row's label (before the row's first figure), followed by
    the population the figures were counted in ("biomarker-negative among responders", "biomarker
    negative, % of patients in response"): the twin is then what the row measures."""
    s0, s1 = span
    k = bisect.bisect_left(claim_starts, s0)
    if k >= len(by_start) or by_start[k].start >= s1 or by_start[k].start < t.end:
        return False
    first = by_start[k].start
    j = bisect.bisect_left(term_starts, t.end)
    while j < len(terms) and terms[j].start < min(first, t.end + 80):  # bounded: a label, not a text
        p = terms[j]
        if p.kind in ("population", _NESTED) and p.start >= t.end and p.end <= first \
                and (p.start, p.end) != (t.start, t.end):
            return bool(_TWIN_MEASURED_GAP.match(text[t.end:p.start]))
        j += 1
    return False


def _header_outcome(text: str, pos: int, terms: list[Term], term_starts: list[int],
                    cache: dict[int, tuple[list[tuple[int, str]], bool]]) -> bool:
    """Whether ``pos`` lies in a table row (cells separated by "|") under header rows that name an
    outcome (an efficacy or safety endpoint: "ORR", "response rate"), not only arms, populations or a
    word for characteristics."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le == -1 else le
    if le - ls > MAX_ROW_CHARS or text.find("|", ls, le) == -1:
        return False
    for hs, hline in table_header(text, ls, cache):
        if hs == ls:
            continue
        he = hs + len(hline)
        if any(t.kind == "endpoint" and t.end <= he
               for t in terms[bisect.bisect_left(term_starts, hs):bisect.bisect_left(term_starts, he)]):
            return True
    return False


def _table_columns(ordered: list[Claim], text: str, terms: list[Term], term_starts: list[int],
                   cache: dict[int, tuple[list[tuple[int, str]], bool]], span: tuple[int, int],
                   inner: list[Term] = ()) -> dict[int, dict[str, str]]:
    """For claims in a table row (cells separated by "|", as the Markdown and HTML readers leave
    them): "table", the row's label endpoint ("row-endpoint") and what the header cell of their
    column names (its arm, population and endpoint, one each at most) in the table's header rows
    (:func:`table_header`), the nearest first.

    A header cell whose only term is an endpoint with a population inside its name (``inner``: the
    populations :func:`_drop_nested_endpoints` dropped, "biomarker-negative" in "| Biomarker-negative
    best response | Remained biomarker-positive |"), over a row whose own label names another
    outcome ("| Median survival | 14.1 months | 7.2 months |"), names the column's population: the
    row says what was measured, the header in whom. Before, the header's endpoint lost to the row's
    and the column took the population of the table's title, a figure of the other column's group
    being matched against that title's entry."""
    out: dict[int, dict[str, str]] = {}
    if not ordered or text.find("|", max(0, span[0] - MAX_ROW_CHARS), span[1] + MAX_ROW_CHARS) == -1:
        return out  # no table cell in the sentence (the common case)
    for claim in ordered:
        # a row is a line; one longer than MAX_ROW_CHARS is not looked at (no quadratic rescans)
        ls = text.rfind("\n", max(0, claim.start - MAX_ROW_CHARS), claim.start) + 1
        le = text.find("\n", claim.end, claim.end + MAX_ROW_CHARS)
        if (ls == 0 and claim.start > MAX_ROW_CHARS) or le == -1 and len(text) - claim.end > MAX_ROW_CHARS:
            continue
        le = len(text) if le == -1 else le
        if text.find("|", ls, le) == -1:
            continue
        picked: dict[str, str] = {"table": ""}
        out[id(claim)] = picked
        # the row's own label: an outcome endpoint named before the value in the row, else a
        # baseline characteristic or an endpoint inside a population ("Age ≥55 years | 60 (36.6%)")
        # a cell that is a sentence of its own ("| Remission is shallow. | Of the patients in remission, 78.4%
        # were MRD-negative … |"): its figures are read as a sentence's, the row's label being the cells
        # before it only
        cs = text.rfind("|", ls, claim.start) + 1
        ce = text.find("|", claim.end, le)
        prose = len(text[cs:ce if ce != -1 else le].split()) > _HEADER_CELL_WORDS
        if prose:
            picked["prose"] = ""
        label_end = cs if prose else claim.start
        row = [t for t in terms[bisect.bisect_left(term_starts, ls):bisect.bisect_left(term_starts, label_end)]
               if t.end <= label_end and t.kind in ("endpoint", _NESTED, "baseline")]
        col = text.count("|", ls, claim.start)
        if not any(t.kind == "endpoint" for t in row):
            # a label cell a cell of a row above spans into (HTML rowspan, "〃"): that cell's terms
            for cs, ce in _ditto_cells(text, ls, col):
                row += [t for t in terms[bisect.bisect_left(term_starts, cs):bisect.bisect_left(term_starts, ce)]
                        if t.end <= ce and t.kind in ("endpoint", _NESTED, "baseline")]
        label_kind = None
        for kind in ("endpoint", _NESTED, "baseline"):
            labels = [t for t in row if t.kind == kind]
            if labels:
                picked["row-endpoint"] = (_measured(labels, text) if kind == "endpoint"
                                          else max(labels, key=lambda t: (t.end, t.end - t.start))).id
                label_kind = kind
                break
        if claim.kind == "duration" and any(t.kind == "endpoint" for t in row):
            # "Median follow-up, final survival analysis | 29.6 months": a design term heading the label cell
            # (the outcome named only in the analysis's name) is what the duration measures
            heading = _design_heading(claim, [t for t in row if t.kind == "baseline"], text)
            if heading is not None:
                picked["row-endpoint"] = heading
        row_cells = text.count("|", ls, le) + 1
        cell_end = text.find("|", claim.end, le)
        if cell_end != -1 and text[cell_end + 1:text.find("|", cell_end + 1, le) % (le + 1)].strip() == _COLSPAN_CELL:
            picked["arm"] = None   # its cell spans the next column too (HTML colspan): no one arm's value
        # the header rows nearest first ("All grades | Grade ≥3" over "EXAMPLIMAB | SC | EXAMPLIMAB | SC"):
        # each kind from the nearest one whose cell over this column names it
        nearest = True
        for hs, hline in reversed(table_header(text, ls, cache)):
            if hs == ls:
                continue
            cells = hline.split("|")
            # a header cell the reader dropped (an empty corner) or merged: align from the right;
            # a row shorter than its header ends early (HTML and GFM tables leave its last cells out)
            at = col if row_cells <= len(cells) else len(cells) - (row_cells - col)
            over = at
            while 0 < at < len(cells) and cells[at].strip() == _COLSPAN_CELL:
                at -= 1   # a header cell spanning this column from its left (HTML colspan)
            if not 0 <= at < len(cells):
                continue
            cs = hs + sum(len(c) + 1 for c in cells[:at])
            ce = cs + len(cells[at])
            found: dict[str, set[str]] = {}
            for t in terms[bisect.bisect_left(term_starts, cs):bisect.bisect_left(term_starts, ce)]:
                if t.end <= ce and t.kind in ("arm", "population", "endpoint"):
                    found.setdefault(t.kind, set()).add(t.id)
            if "population" not in found and len(found.get("endpoint", ())) == 1 and label_kind == "endpoint" \
                    and picked.get("row-endpoint") not in found["endpoint"] and inner:
                held = {p.id for p in inner[bisect.bisect_left(inner, cs, key=_START):bisect.bisect_left(inner, ce, key=_START)]
                        if p.end <= ce}
                if len(held) == 1:
                    # "| Biomarker-negative best response |" over "| Median survival | …": the column's group
                    found["population"] = held
                    del found["endpoint"]
            spanning = at != over or (at + 1 < len(cells) and cells[at + 1].strip() == _COLSPAN_CELL)
            for kind, ids in found.items():
                if len(ids) == 1 and kind not in picked:
                    # a population a cell spanning several columns names (the table's title, "Trial X,
                    # biomarker-tested patients" over "| Drug A | Drug B |") is the table's; a subgroup
                    # the row's label names ("| Prior transplant | 61.0% | 20.5% |") is the row's
                    # figures' own
                    mine = _row_population(text, terms, term_starts, ls, le) \
                        if kind == "population" and spanning else None
                    picked[kind] = mine or next(iter(ids))
            if nearest and not found and at > 0 and _UNIT_HEADER.fullmatch(cells[at].strip()):
                # "| Median DFS, 2-year update | Months |": a column headed by its unit only; the
                # table's endpoint is the one the header's first cell (over the row labels) names
                lead = next((k for k in range(at) if cells[k].strip()), None)
                ls0 = hs + sum(len(c) + 1 for c in cells[:lead]) if lead is not None else hs
                le0 = ls0 + len(cells[lead]) if lead is not None else hs
                first = {t.id for t in terms[bisect.bisect_left(term_starts, ls0):bisect.bisect_left(term_starts, le0)]
                         if t.kind == "endpoint" and t.end <= le0}
                if len(first) == 1 and "endpoint" not in picked:
                    picked["endpoint"] = next(iter(first))
                    found = {"endpoint": first}
            if nearest and not found and _WORD.search(cells[at]):
                # the header over the column names something the library does not know ("| ORR |" where
                # the library only knows "ORR rate"): its figures are not the endpoint named before
                picked["unnamed-column"] = ""
            nearest = False
        if picked.get("population") and label_kind == "endpoint":
            # "| Median survival, second line | 15.6 months | 6.9 months |" under "| Biomarker-negative |
            # Biomarker-positive |": the row's population narrows the column's (the library's population
            # that is both, where it holds one: :func:`_attach_who`)
            mine = _row_population(text, terms, term_starts, ls, le)
            if mine is not None and mine != picked["population"]:
                picked["row-population"] = mine
        if label_kind == "baseline" and "endpoint" in picked and claim.kind != "duration":
            # "| Second line | 62.1% | 30.4% |" under "| Patient group | Response rate |": the header
            # over the column names the outcome, the row's label the subgroup it was measured in
            # (:func:`_read_twins` read a label the library also names as a population as that);
            # only a header naming no outcome ("| Characteristic | Drug A | Drug B |") makes the row's
            # figures the shares of patients with the characteristic
            del picked["row-endpoint"]
            picked["subgroup-row"] = ""
            if _row_population(text, terms, term_starts, ls, le) is None:
                # a subgroup the library names no population for ("Prior surgery"):
                # the figures are not those of the population the table's title names
                picked["population"] = None
    return out


def _row_population(text: str, terms: list[Term], term_starts: list[int], ls: int, le: int) -> str | None:
    """The one population a table row's label (its first cell, or the cell above that a "〃" first
    cell stands for) names, if it names one. A Markdown row opens with a pipe: its label is the
    cell after it."""
    end = text.find("|", ls, le)
    if end != -1 and not text[ls:end].strip():
        ls, end = end + 1, text.find("|", end + 1, le)
    spans = [(ls, end)] if end != -1 else []
    if spans and text[ls:end].strip() == _ROWSPAN_CELL:
        spans = _ditto_cells(text, ls, 1)
    ids = {t.id for cs, ce in spans for t in terms[bisect.bisect_left(term_starts, cs):bisect.bisect_left(term_starts, ce)]
           if t.kind == "population" and t.end <= ce}
    return next(iter(ids)) if len(ids) == 1 else None


#: the cell an HTML reader writes for a column that a cell of a row above spans into (rowspan)
_ROWSPAN_CELL = "\u3003"
#: how many rows up a "〃" label cell is followed to the cell it stands for
_DITTO_ROWS = 12


def _ditto_cells(text: str, ls: int, col: int) -> list[tuple[int, int]]:
    """The spans of the cells that the row's leading "〃" cells (before column ``col``) stand for:
    the cell of the same column in the nearest row above that holds text there ("| Overall survival |
    Median, months | 9.3 | 5.6 |" over "| 〃 | 2-year rate, % | 20.6 | 14.2 |")."""
    line = text[ls:text.find("\n", ls) % (len(text) + 1)]
    cells = line.split("|")
    out = []
    for k in range(min(col, len(cells))):
        if cells[k].strip() != _ROWSPAN_CELL:
            continue
        end = ls - 1
        for _ in range(_DITTO_ROWS):
            if end <= 0:
                break
            hs = text.rfind("\n", 0, end) + 1
            above = text[hs:end].split("|")
            if len(above) != len(cells):
                break
            if above[k].strip() != _ROWSPAN_CELL:
                cs = hs + sum(len(c) + 1 for c in above[:k])
                out.append((cs, cs + len(above[k])))
                break
            end = hs - 1
    return out


class _Span(tuple):
    """A (start, end) span with a match's ``start()``/``end()`` (a leader found otherwise than by a regex)."""

    def __new__(cls, start: int, end: int):
        return super().__new__(cls, (start, end))

    def start(self) -> int:
        return self[0]

    def end(self) -> int:
        return self[1]


#: a dot leader ("ORR ........ 80.7% ........ 29.4%")
_DOTS = re.compile(r"(?:\.[^\S\n]?){3,}|\u2026")
#: how many lines above a dot-leader row its header (the line naming the arms) may be
_LEADER_HEADER_LINES = 12
#: a figure right after a leader (its cell)
_LEADER_FIGURE = re.compile(r"[^\S\n]{0,8}([<>\u2264\u2265~]?\d[\d.,]{0,12})")
#: after a leader's figure (and its unit: "14.1 months", "78.4%"), the next column's figure across a
#: column gap of two or more blanks: a row typed with one leader before its first cell only
#: ("Median survival ....   14.1 months      7.2 months")
_GAP_FIGURE = re.compile(r"[^\S\n]?(?:%|[A-Za-z]{1,8}\.?)?[^\S\n]{2,40}([<>\u2264\u2265~]?\d[\d.,]{0,12})(?![\d.,]|[^\S\n]?[(/])")
#: a percentage (a header line holds none)
_PERCENT = re.compile(r"\d[^\S\n]?%")
_VS_IN_ROW = re.compile(r"\b(?:vs|versus|compared|respectively)\b", re.I)


def _leader_columns(group: list[Claim], text: str, terms: list[Term], term_starts: list[int],
                    inner: list[Term] = ()) -> None:
    """Dot-leader rows under a header line that names the arms (a table typed with leaders)::

        Remission, first 218 patients      EXAMPLIMAB      Chemo
        ORR ........ 80.7% ........ 29.4%

    each figure that follows a leader is its column's, in the order the header names the arms: the
    k-th figure of a row with as many leader-led figures as the header names arms is the k-th arm's
    (own), whatever arm a sentence around it names. Rows that compare in words ("vs",
    "respectively") are left to the sentence's reading.

    A header line that names no two arms but as many populations as the row has figures
    ("Biomarker-negative best response    Remained biomarker-positive", a population inside an
    endpoint's longer name counting as in :func:`_table_columns`, ``inner``) over a row whose label
    names another outcome gives each figure its column's population the same way."""
    for claim in group:
        ls = text.rfind("\n", 0, claim.start) + 1
        le = text.find("\n", claim.end)
        le = len(text) if le == -1 else le
        if le - ls > 400:
            continue
        line = text[ls:le]
        if claim.kind == "ratio":
            _leader_row_ratio(claim, text, ls, line, terms, term_starts)
            continue
        if not _DOTS.search(line) or _VS_IN_ROW.search(line):
            continue
        leaders: list = list(_DOTS.finditer(line))
        short = short_leader(text, ls)  # a long label's leader of one or two dots, aligned with the rows'
        if short is not None and (not leaders or leaders[0].start() > short[1] - ls):
            leaders.insert(0, _Span(short[0] - ls, short[1] - ls))
        # the figures that follow a leader: the row's cells
        cells = []
        for k, m in enumerate(leaders):
            rest = line[m.end():]
            figure = _LEADER_FIGURE.match(rest)
            if figure is not None:
                cells.append(ls + m.end() + figure.start(1))
                if k == len(leaders) - 1:
                    # the figures after the last leader's, each across a column gap: the next columns'
                    # cells (one leader before the first cell only); never a bracket's count or an n/N
                    at = m.end() + figure.end(1)
                    while (gap := _GAP_FIGURE.match(line, at)) is not None:
                        cells.append(ls + gap.start(1))
                        at = gap.end(1)
        if len(cells) < 2 or not any(abs(c - claim.start) <= 1 for c in cells):
            continue
        index = next(k for k, c in enumerate(cells) if abs(c - claim.start) <= 1)
        # the header: the nearest line above that is not a leader row (blank and rule lines skipped)
        end = ls - 1
        arms: list[str] | None = None
        header: tuple[int, int] | None = None
        for _ in range(_LEADER_HEADER_LINES):
            if end <= 0:
                break
            hs = text.rfind("\n", 0, end) + 1
            hline = text[hs:end]
            stripped = hline.strip(" \t-=_*#")
            if stripped and not _DOTS.search(hline):
                if _PERCENT.search(hline):
                    break
                named = [t for t in terms[bisect.bisect_left(term_starts, hs):bisect.bisect_left(term_starts, end)]
                         if t.kind == "arm" and t.end <= end]
                ids = list(dict.fromkeys(t.id for t in named))
                if len(ids) >= 2:
                    arms = ids
                else:
                    header = (hs, end)
                break
            end = hs - 1
        if arms is None and header is not None:
            if not _leader_populations(claim, cells, index, header, ls, leaders[0].start(), text, terms,
                                       term_starts, inner):
                continue
        elif arms is None or len(arms) != len(cells):
            continue
        else:
            claim.arm = arms[index]
            claim.arm_source = "own"
            claim.arm_not = None
        # the row is one statement: its label's endpoint is every cell's (the sentence splitter cuts
        # at the leaders, leaving the later cells without it)
        label_end = ls + leaders[0].start()
        label = [t for t in terms[bisect.bisect_left(term_starts, ls):bisect.bisect_left(term_starts, label_end)]
                 if t.kind == "endpoint" and t.end <= label_end]
        if label and claim.endpoint_strength != "sentence":
            claim.endpoint = _measured(label, text).id
            claim.endpoint_strength = "sentence"
        claim.sentence = (ls, le)


def _leader_row_ratio(claim: Claim, text: str, ls: int, line: str, terms: list[Term], term_starts: list[int]) -> None:
    """A bare ratio after a dot-leader row's leader, in a column of ratios beside the arms' figures
    ("Median survival, months ....... 9.3      5.6      0.64 (0.49-0.83)" under "...  A   B   HR"): it
    compares the arms, so it takes no arm of a column, but the row is one statement and its label's
    endpoint is the ratio's (the sentence splitter cuts after "5.6", leaving the ratio alone)."""
    leader = _DOTS.search(line)
    if leader is None or claim.start < ls + leader.end() or claim.endpoint_strength == "sentence":
        return
    label_end = ls + leader.start()
    row = [t for t in terms[bisect.bisect_left(term_starts, ls):bisect.bisect_left(term_starts, claim.start)]
           if t.kind == "endpoint"]
    label = [t for t in row if t.end <= label_end]
    if label and len(label) == len(row):  # (an endpoint named after the leader is the ratio's own: "... relapse HR 0.79")
        claim.endpoint = max(label, key=lambda t: (t.end, t.end - t.start)).id
        claim.endpoint_strength = "sentence"


def _leader_populations(claim: Claim, cells: list[int], index: int, header: tuple[int, int], ls: int,
                        label_end: int, text: str, terms: list[Term], term_starts: list[int],
                        inner: list[Term]) -> bool:
    """:func:`_leader_columns` for a header line naming populations: the claim takes the ``index``-th
    one where the header names as many (all different) as the row has figures and the row's label
    names an outcome the header does not (the header then says in whom, not what); whether it did."""
    hs, he = header
    label_end += ls
    label = {t.id for t in terms[bisect.bisect_left(term_starts, ls):bisect.bisect_left(term_starts, label_end)]
             if t.kind == "endpoint" and t.end <= label_end}
    here = terms[bisect.bisect_left(term_starts, hs):bisect.bisect_left(term_starts, he)]
    outcomes = [t for t in here if t.kind == "endpoint" and t.end <= he]
    if not label or label & {t.id for t in outcomes}:
        return False
    named = [t for t in here if t.kind == "population" and t.end <= he]
    named += [p for p in inner[bisect.bisect_left(inner, hs, key=_START):bisect.bisect_left(inner, he, key=_START)]
              if p.end <= he and any(o.start <= p.start and p.end <= o.end for o in outcomes)]
    ids = [t.id for t in sorted(named, key=_POSITION)]
    if len(ids) != len(cells) or len(set(ids)) != len(ids):
        return False
    claim.population, claim.population_source = ids[index], "own"
    return True


_WORD = re.compile(r"[A-Za-z]{2}")
#: a header cell that gives only a unit ("Months", "%", "n (%)", "Value, months")
_UNIT_HEADER = re.compile(r"(?:(?:values?|results?|median)[,:]?\s{1,3})?(?:months?|weeks?|days?|years?|%|n\s?\(%\)|\(%\)|mo)", re.I)


#: the longest line read as a table row
MAX_ROW_CHARS = 2000
#: the cell an HTML reader writes for a column that a cell on its left spans into (colspan)
_COLSPAN_CELL = "\u2190"
#: a line without cells inside a table (a section label, a wrapped label) is at most this long
_INSIDE_CHARS = 80
#: a table cell that holds a figure: a data row, not a header row
#: (a footnote mark may follow the figure: "| 28.1ᵇ |", "| 28.1 * |")


def _wrapped_cell(line: str, below: str) -> bool:
    """Whether a line without cells is a cell's next line in a plain-text table (the text reader
    writes no "|" into it, documents/plaintables.py): it starts right of the label cell of the row
    under it, however long it is ("HR 0.64 (95% CI," over "0.49-0.83); P<0.001" in a last column)."""
    bar = below.find("|")
    return bar > 0 and bool(below[:bar].strip()) and len(line) - len(line.lstrip()) > bar


def _label_row(row: str) -> bool:
    """Whether the row's first cell is a label ending in a colon ("c. Population for the remission
    endpoint: | [first 218 randomized]"): a label and its answer, a row of data, never a header over
    the rows below it."""
    first, bar, _ = row.partition("|")
    return bool(bar) and first.rstrip().endswith(":")


_DATA_CELL = re.compile(r"\|[ \t]*[-\u2212+~]?\d[\d.,]*[ \t]*(?:[\u02b0-\u02b8\u1d2c-\u1dbf\u00b9\u00b2\u00b3"
                        r"\u2070-\u2079*\u2020\u2021\u00a7\u00b6#]{1,3}[ \t]*)?"
                        r"(?:%|\(|\[|months?\b|weeks?\b|days?\b|\||$)", re.M)


#: a header cell names a column in a few words; a cell with a figure and more words than this is a
#: sentence stating a result (a table of prose: "| Myth | Fact |" rows)
_HEADER_CELL_WORDS = 10


def _stated_row(row: str) -> bool:
    """Whether a "|" row states a result in a cell (a figure among more than
    :data:`_HEADER_CELL_WORDS` words, or a figure in a sentence that ends): a row of a table of
    prose, which is no header for the rows under it ("Among the first 218 patients, 80.7% … vs
    29.4% with chemotherapy." names no column's arm or population for the next row's figures)."""
    for cell in row.split("|"):
        if not any(c.isdigit() for c in cell):
            continue
        words = cell.split()
        if len(words) > _HEADER_CELL_WORDS or (len(words) > 3 and cell.rstrip().endswith(".")):
            return True
    return False


def table_header(text: str, row_start: int, cache: dict[int, tuple[list[tuple[int, str]], bool]]) -> list[tuple[int, str]]:
    """The header rows, (start, text) top first, of the table a row (starting at ``row_start``)
    belongs to: the "|" rows of its block (blank and |---| rows may lie between) from the top down
    to the first row with a figure in a cell after the first; the row over a delimiter row (|---|,
    or the blank line the Markdown reader leaves of it) is its table's top where an empty line lies
    above it: a table one blank line under another does not take that one's header. Each line's
    answer is cached: a table is walked once. A walk that starts inside the header (a figure in a
    header cell: "Trial X, 371 randomized adults" over "| Drug A | Drug B |") sees only the header rows
    down to its own, not the whole header: its answer is kept as such (incomplete), and a walk from a
    row below that reaches it goes on with its own rows under it, never stops at that part."""
    seen = []
    rows: list[tuple[int, str]] = []  # bottom up
    pos = row_start
    blanks = 0
    inside = 0  # lines without cells passed over since the last row
    cached = None
    #: a |---| row was passed and the row right above it read: that row is the table's header (GFM);
    #: a blank line above it ends the table (another table above it is not this one's header)
    topped = separated = False
    while True:
        if pos in cache:
            cached = cache[pos]
            break
        end = text.find("\n", pos)
        line = text[pos:end if end != -1 else len(text)]
        if "|" in line:
            blanks = inside = 0
            if not _SEPARATOR.match(line):
                rows.append((pos, line))
                topped = separated
            separated = bool(_SEPARATOR.match(line))
        elif not line.strip() and topped and not line:
            break
        elif not line.strip() and blanks < 3 and not inside:
            # the Markdown reader blanks a delimiter row to spaces (a blank line is empty)
            separated = bool(line)
            blanks += 1
        elif line.strip() and not blanks and inside < 2 and rows \
                and (len(line) <= _INSIDE_CHARS or _wrapped_cell(line, rows[-1][1])) \
                and all(_DATA_CELL.search(r) for _, r in rows):
            # a line without cells right above data rows (a section label "Hematologic", a label's
            # second line, a value spanning the columns): the table's header is above it
            inside += 1
        else:
            break
        seen.append(pos)
        if pos == 0:
            break
        pos = text.rfind("\n", 0, pos - 1) + 1
    header: list[tuple[int, str]] = []
    complete = False
    if cached is not None:
        header, complete = cached
    if not complete:
        header = list(header)
        # top down from where the walk stopped (or from the rows an earlier walk, started inside the
        # header, read above it) to the first data row
        for row in reversed(rows):
            if _DATA_CELL.search(row[1]) or _label_row(row[1]) or _stated_row(row[1]):
                complete = True
                break
            header.append(row)
    for p in seen:
        cache[p] = (header, complete)
    return header


#: right after a share of patients: whom it counts (optional) and the verb that gives what they were
#: or had ("66% of the trial were in first line", "18% had prior surgery", "78% on EXAMPLIMAB were
#: MRD-negative")
_SHARE_VERB = re.compile(r"\)?\s{0,3}(?:(?:of|among|on|with|in|receiving|given|treated\s{1,3}with)\s{1,3}[^,;:.\d()]{0,40}?\s{1,3})?"
                         r"(?:were|was|had|have|has|having|underwent|achieved|reached|attained|became|"
                         r"proceeded|went|died|discontinued|developed|experienced)\b", re.I)
_STOPS = re.compile(r"[,;:.()]")
#: right after a share of patients, the words that say what it is the share of, in the value's own
#: clause ("48% is the share of that arm who went on to transplant", "48%: the proportion of them who
#: achieved ORR", "48% represents the patients who were transplanted"): the outcome named after them
#: is the value's, whatever the clause or the sentence before named
_SHARE_DEFINED = re.compile(
    r"\)?[^\S\n]{0,3}(?::|,|\u2013|\u2014|-)?[^\S\n]{0,3}"
    r"(?:(?:is|was|are|were|represents?|representing|being)\s{1,3}(?:the\s{1,3})?"
    r"(?:share|proportion|percentage|fraction|rate|number|part|those|patients)"
    r"|(?:the\s{1,3})?(?:share|proportion|percentage|fraction|rate|number|part))\s{1,3}"
    r"(?:of\s{1,3}[^,;:.\d()]{0,50}?\s{1,3})?(?:who|that|which)\b", re.I)


def _share_defined(claim: Claim, here: list[Term], ordered: list[Claim], text: str) -> Term | None:
    """The outcome a share names after itself in its own clause (:data:`_SHARE_DEFINED`): the first
    endpoint after those words, also one the library names only inside a population ("who went on
    to transplant"), with no stop and no other value between. None where the value says no such thing
    ("48% were transplanted" is :func:`_endpoint_for`'s: a verb, then the outcome)."""
    if claim.kind not in ("percentage", "fraction"):
        return None
    words = _SHARE_DEFINED.match(text, claim.end)
    if words is None:
        return None
    nxt = min((c.start for c in ordered if c.start >= claim.end and c is not claim), default=len(text))
    for t in here:
        if t.kind in ("endpoint", _NESTED) and words.end() <= t.start < nxt and t.start <= words.end() + 40:
            if _STOPS.search(text, words.end(), t.start):
                return None
            return t
    return None


#: the words that make the endpoint named after them the state of who was counted, not what was measured
#: ("biomarker clearance IN remission", "survival AMONG THOSE IN remission", "... OF PATIENTS WITH a response")
_COUNTED_IN = re.compile(r"(?:\b(?:in|among|amongst|within)|\b(?:of|for)\s{1,3}(?:those|patients|subjects)\s{1,3}(?:in|with))"
                         r"(?:\s{1,3}(?:the|those|patients|subjects|all)){0,2}(?:\s{1,3}(?:in|with|achieving|who\s{1,3}"
                         r"(?:were|are|achieved|had|reached)))?\s{1,3}\Z", re.I)


def _measured(labels: list[Term], text: str) -> Term:
    """Of the endpoints a label or clause names before a value (``labels``), the one the value measures:
    the one named last, unless it is named as who was counted ("biomarker clearance in remission", "survival among
    those in remission": an endpoint's name after "in", "among", "of patients with") after another
    endpoint of the same label: then that other one, the quantity (the value is the MRD negativity of
    the patients in remission, not a remission rate; the library's population of them is matched by
    their words, matching.py)."""
    last = max(labels, key=lambda t: (t.end, t.end - t.start))
    earlier = [t for t in labels if t.end <= last.start and t.id != last.id]
    if not earlier:
        return last
    prev = max(earlier, key=lambda t: (t.end, t.end - t.start))
    if last.start - prev.end <= 60 and _COUNTED_IN.search(text, prev.end, last.start):
        return prev
    return last


def _endpoint_for(claim: Claim, endpoints: list[Term], ordered: list[Claim], text: str,
                  breaks: list[int], column: dict[str, str] | None) -> str | None:
    """The sentence's endpoint a claim is about, or None (then the preceding sentences say).

    In a table row, the endpoint its cells before the value name, else the column header's. Else one
    in the claim's own clause, the nearest before it ("ORR: 80.7%"), else after it ("80.7%
    achieved ORR"); else the nearest before it in the sentence, else after it. An endpoint after
    the claim that heads a value of its own ("…79.7%, discontinuation because of AEs in 14.9%") is
    that value's, not this one's.
    """
    if column is not None and "prose" not in column:
        # a table row: its own label, else its column's; never another row's
        return column.get("row-endpoint") or column.get("endpoint")
    if column is not None:
        # a cell that is a sentence: its own endpoint as a sentence's, else the row's or column's
        return _endpoint_in_sentence(claim, endpoints, ordered, text, breaks) \
            or column.get("row-endpoint") or column.get("endpoint")
    return _endpoint_in_sentence(claim, endpoints, ordered, text, breaks)


def _endpoint_in_sentence(claim: Claim, endpoints: list[Term], ordered: list[Claim], text: str,
                          breaks: list[int]) -> str | None:
    """:func:`_endpoint_for` of a claim in a sentence (not a table's row of figures)."""
    if not endpoints:
        return None
    before = [t for t in endpoints if t.end <= claim.start]
    after = [t for t in endpoints if t.start >= claim.end and not _heads_other(t, claim, ordered, text)]

    def across(a: int, b: int) -> bool:
        i = bisect.bisect_left(breaks, a)
        return i < len(breaks) and breaks[i] < b

    following = [t for t in endpoints if t.start >= claim.end]
    if following and claim.kind in ("percentage", "fraction"):
        # "…, 66% of them were in second line", "45% of EXAMPLIMAB patients achieved ORR (41/92)": a
        # share of patients followed by what they were, had or reached is that outcome's, whatever the
        # clause names before it (and even where a count of its own follows the outcome's name)
        verb = _SHARE_VERB.match(text, claim.end)
        first = min(following, key=_START)
        # (the bracket that closes the claim's own n/N, "78.4% (69/88)", is no stop)
        gap = claim.end + 1 if text.startswith(")", claim.end) and "(" in claim.text else claim.end
        if verb is not None and first.start <= verb.end() + 30 and not _STOPS.search(text, gap, first.start):
            return first.id
    near_before = [t for t in before if not across(t.end, claim.start)]
    if near_before:
        return _measured(near_before, text).id
    near_after = [t for t in after if not across(claim.end, t.start)]
    if near_after:
        return min(near_after, key=_START).id
    if before:
        return max(before, key=lambda t: (t.end, t.end - t.start)).id
    if after:
        return min(after, key=_START).id
    inside = [t for t in endpoints if t.start < claim.end and t.end > claim.start]
    return inside[0].id if inside else None


def _drop_others_endpoints(group: list[Claim], endpoints: list[Term], breaks: list[int]) -> None:
    """An endpoint that labels one of the sentence's values (named before it in its clause) is no
    candidate for another value labelled so by an endpoint of its own ("febrile neutropenia (45.9%),
    anemia (40.7%)": 40.7% is anemia's, never to be confirmed by febrile neutropenia's figure). A
    value whose endpoint comes only after it ("18/79 (23%) of those who had a transplant") keeps
    its candidates: that endpoint may name a population."""
    labelled = {}
    shares = [c for c in group if c.kind == ClaimKind.PERCENTAGE and c.value is not None]
    for c in group:
        if not c.endpoint or c.endpoint_strength != "sentence":
            continue
        if c.kind == ClaimKind.FRACTION and c.total and any(consistent_percent(p.value, c.n, c.total) for p in shares):
            continue  # "18 of the 79 patients who were transplanted (22.8%)": one figure given twice, not a value of its own
        for t in endpoints:
            if t.id == c.endpoint and t.end <= c.start:
                i = bisect.bisect_left(breaks, t.end)
                if not (i < len(breaks) and breaks[i] < c.start):
                    labelled[id(c)] = c.endpoint
                    break
    owned = set(labelled.values())
    if len(owned) < 2:
        return
    for c in group:
        if id(c) in labelled:
            c.endpoint_candidates = [e for e in c.endpoint_candidates if e == c.endpoint or e not in owned]


def _heads_other(term: Term, claim: Claim, ordered: list[Claim], text: str) -> bool:
    """Whether the endpoint ``term`` (after ``claim``) is the label of another value right after it,
    or of what follows a dot leader or a colon ("Median DFS ........ 7.7", which sentence splitting
    may have put in the next sentence)."""
    if _LABEL_AFTER.match(text, term.end):
        return True
    for other in ordered:
        if other.start >= term.end:
            return other is not claim and other.start - term.end <= 80 and \
                bool(_LEADS.match(text[term.end:other.start]))
    return False


def _respective_endpoints(chains: list[list[Claim]], endpoints: list[Term], text: str) -> set[int]:
    """ "rash and post-transplant death were reported in 14% and 39%, respectively": a list of as many
    endpoints as the chain has values, right before it, gives each value its endpoint in order. One
    place of the list that several endpoints' synonyms name (two products' libraries read "alive at
    least two years" each its own way) is one item, not two: its value keeps the endpoint it has
    when that is among them. Returns the claims (by ``id``) of the chains whose values took one
    endpoint each, all different: the list pairs them with the endpoints, not with arms."""
    paired: set[int] = set()
    for chain in chains:
        k = len(chain)
        if k < 2:
            continue
        items = _endpoint_items_before(chain, endpoints, text)
        if len(items) < 2:
            continue
        if len(items) == k:
            for c, ids in zip(chain, items):
                if len(ids) == 1 or c.endpoint in ids:
                    c.endpoint, c.endpoint_strength = (ids[0] if len(ids) == 1 else c.endpoint), "sentence"
            if len({c.endpoint for c in chain}) == k and all(c.endpoint in ids for c, ids in zip(chain, items)):
                paired.update(id(c) for c in chain)
        elif all(len(ids) == 1 for ids in items) and k % len(items) == 0:
            for c, endpoint in zip(chain, _grouped_endpoints(chain, [ids[0] for ids in items], text)):
                c.endpoint, c.endpoint_strength = endpoint, "sentence"
    return paired


def _endpoint_items_before(chain: list[Claim], endpoints: list[Term], text: str) -> list[list[str]]:
    """The list of endpoints named last before the chain ("A rate and B rate"), in order: per place
    in the list, the ids its terms name (terms that overlap are one place, and a place naming only
    what an earlier one named, an abbreviation after its term, is no place of its own)."""
    before = [t for t in endpoints if t.end <= chain[0].start]
    if not before:
        return []
    items = [[before[-1]]]
    for t in reversed(before[:-1]):
        first = min(u.start for u in items[0])
        if t.end > first:           # overlaps the place after it: another reading of that place
            items[0].insert(0, t)
            continue
        if not _LIST_GAP.match(text[t.end:first]):
            break
        items.insert(0, [t])
    places: list[list[str]] = []
    for item in items:
        ids = list(dict.fromkeys(t.id for t in item))
        # a place that names again what an earlier one named ("time to progression (TTP)")
        # is that place's abbreviation, not another item
        if not any(set(ids) <= set(p) for p in places):
            places.append(ids)
    return places


def _distributive(ordered: list[Claim], endpoints: list[Term], text: str) -> bool:
    """Whether a sentence without "respectively" lists its values distributively over a list of
    endpoints named before them: "A rate and B rate were 80% and 70% with X, versus
    30% and 20% with Y" (each group of values lists the endpoints in order, the groups are
    compared with "vs"/"versus"/"compared with"). Only where a run of values, read as a
    "respectively" list would be, has as many values as n endpoints times the groups (two or more
    of each) and its comparison words fall exactly between the groups."""
    for chain in _chains(ordered, text, True):
        k = len(chain)
        if k < 4:
            continue
        n = len(_endpoint_items_before(chain, endpoints, text))
        if n < 2 or k % n or k // n < 2:
            continue
        # no endpoint named between the values: each value's endpoint comes from the list
        if any(chain[0].start <= t.start < chain[-1].end for t in endpoints):
            continue
        vs = [bool(_CHAIN.search(text[a.end:b.start])) for a, b in zip(chain, chain[1:])]
        if vs == [i % n == n - 1 for i in range(k - 1)]:
            return True
    return False


def _grouped_endpoints(chain: list[Claim], ids: list[str], text: str) -> list[str]:
    """Endpoints for a "respectively" chain of several values per endpoint, in the order its
    separators show: "DFS and ORR were 6.5 months and 42% in one group vs 5.1 months and 30% in the
    other" (the endpoints cycle inside each group, the groups joined by "vs") or "DFS and TTP were
    6.5 vs 5.1 and 12.2 vs 9.0 months" (one group per endpoint, its values joined by "vs"); [] when
    the separators show neither."""
    n, k = len(ids), len(chain)
    vs = [bool(_CHAIN.search(text[a.end:b.start])) for a, b in zip(chain, chain[1:])]
    cycle = [i % n == n - 1 for i in range(k - 1)]     # the gaps between groups of n values
    size = k // n
    block = [i % size == size - 1 for i in range(k - 1)]  # the gaps between one endpoint's values and the next's
    if vs == cycle:
        return [ids[i % n] for i in range(k)]
    if vs == [not b for b in block]:
        return [ids[i // size] for i in range(k)]
    return []


def _by_kind(terms: list[Term]) -> dict[str, list[Term]]:
    """The terms of each kind, in order (one pass instead of a filter per kind)."""
    out: dict[str, list[Term]] = {}
    for t in terms:
        got = out.get(t.kind)
        if got is None:
            out[t.kind] = [t]
        else:
            got.append(t)
    return out


def _preceding_terms(i: int, sentences, sentence_terms) -> list[Term]:
    if not sentences:
        return []
    start = sentences[i][0]
    out: list[Term] = []
    j = i - 1
    while j >= 0 and start - sentences[j][0] <= CONTEXT_CHARS:
        out = sentence_terms(j) + out
        j -= 1
    return out


#: a sentence that is a list item or a table row: a bullet, a numbered item, a row of cells
_ITEM = re.compile(r"[\u2022\u25aa\u2013\u2014*+-][ \t]|\d{1,2}[.)][ \t]|\|")
#: a Markdown heading
_HEADING = re.compile(r"#{1,6}[ \t]")
_TERMINAL = re.compile(r"[.!?;:][\"'\u201d\u2019)\]]{0,3}(?:\d{1,3}(?:[,\-\u2013]\d{1,3}){0,6}[a-z*\u2020]?)?\s*$")


#: a lead-in's colon with the citation or footnote marks set after it ("… in responders:\u00b9", "…:\u2020")
MARKED_COLON_END = re.compile(r":[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020\u2021\u00a7\u00b6*,]{1,6}$")


def _shape(text: str, span: tuple[int, int]) -> str:
    """What a sentence is for the scope of a population: ``heading``, ``item`` (bullet, numbered
    item, table row), ``lead-in`` (ends with a colon: it introduces what follows) or ``plain``.
    A heading is a Markdown heading, or one short line without terminal punctuation that ends its
    line (a title; Markdown readers leave headings so, their "#" blanked)."""
    s, e = span
    raw = text[s:e]
    sentence = raw.strip()
    if _HEADING.match(sentence):
        return "heading"
    if _ITEM.match(sentence) or " | " in sentence:
        return "item"
    if "." in sentence or "\u2026" in sentence:
        # the sentence starts its line (only blanks before it, looked back over a few characters: a
        # search for the line start would scan a long one-line text once per sentence)
        ls = s
        while ls > 0 and s - ls < 12 and text[ls - 1] in " \t":
            ls -= 1
        if (ls == 0 or text[ls - 1] == "\n") and is_leader_row(text, ls):
            return "item"  # a dot-leader row ("Median DFS ........ 7.7 months"): a row, not a heading
    if sentence.endswith(":") or MARKED_COLON_END.search(sentence):
        return "lead-in"
    rest = raw[len(raw.rstrip()):] if raw != raw.rstrip() else text[e:e + 2]
    ends_line = "\n" in rest or e >= len(text) or text.startswith("\n", e)
    if sentence and "\n" not in sentence and len(sentence) <= 80 and ends_line and not _TERMINAL.search(sentence):
        return "heading"
    return "plain"


def _paragraph_break_after(text: str, j_span: tuple[int, int], next_start: int) -> bool:
    """Whether a blank line separates sentence ``j`` from the sentence starting at ``next_start``."""
    between = text[j_span[0]:next_start]
    tail = between[len(between.rstrip()):]
    return tail.count("\n") >= 2


def _scoped_terms(i: int, sentences, sentence_terms, text: str) -> list[Term]:
    """The terms of the preceding sentences a population may be carried over from (in order).

    A population named earlier applies to the sentences of the same paragraph; beyond that only a
    heading (the section's population: "## Second line") or a list's lead-in ("In MRD-negative
    patients:") governs. So a population never crosses a blank line into another paragraph, never
    passes from one bullet item or table row to the next, and a paragraph after a list does not take
    a population from the list (issue 10: survival under "## Survival" was shown as "responders" from
    the paragraph before). Searched back as far as :data:`CONTEXT_CHARS`.
    """
    start = sentences[i][0]
    mine = _shape(text, sentences[i])
    out: list[Term] = []
    closed = False  # past a boundary: only a heading or a lead-in still governs
    j = i - 1
    while j >= 0 and start - sentences[j][0] <= CONTEXT_CHARS:
        shape = _shape(text, sentences[j])
        if shape == "heading":
            return sentence_terms(j) + out
        if shape == "lead-in" and (mine == "item" or not closed):
            return sentence_terms(j) + out
        if _paragraph_break_after(text, sentences[j], sentences[j + 1][0]) or shape == "item" or mine == "item":
            closed = True  # another paragraph, another item or row, or a list that ended
        if not closed:
            out = sentence_terms(j) + out
        j -= 1
    return out


def _drop_twin_populations(group: list[Claim], here: list[Term]) -> None:
    """A claim whose population was read from the very words its endpoint was read from ("64% were
    in second line": the share of patients in second line, a baseline characteristic, not a figure of
    the second-line patients) has no population of its own: the one reading is its endpoint. The
    population's words are the endpoint's, or lie inside them."""
    for claim in group:
        if claim.population is None or claim.endpoint is None or claim.population_source == "context":
            continue
        outer = [t for t in here if t.id == claim.endpoint and t.kind in ("endpoint", "baseline")]
        if outer and any(t.kind == "population" and t.id == claim.population
                         and any(o.start <= t.start and t.end <= o.end for o in outer) for t in here):
            claim.population, claim.population_source = None, None


#: rows looked back over for their lead-in (:func:`_lead_in`)
_LEAD_IN_ROWS = 12


def _lead_in(i: int, sentences, sentence_terms, text: str) -> tuple[str, list[str], set[str]] | None:
    """For a row (sentence ``i``: a list item, a table row, a dot-leader row) right below a lead-in (a
    sentence ending with a colon, with only rows between): (the one endpoint the lead-in names, its
    populations in order, the populations that hold that endpoint); the endpoint may be named only
    inside a population ("Patients who reached ORR:"), then that population is in the third item.
    None where sentence ``i`` is no row, there is no such lead-in, or it names no endpoint or several."""
    if _shape(text, sentences[i]) != "item":
        return None
    j = i - 1
    while j >= 0 and i - j <= _LEAD_IN_ROWS and _shape(text, sentences[j]) == "item":
        j -= 1
    if j < 0 or i - j > _LEAD_IN_ROWS or _shape(text, sentences[j]) != "lead-in":
        return None
    terms = sentence_terms(j)
    ids = {t.id for t in terms if t.kind == "endpoint"}
    holders: set[str] = set()
    if not ids:
        nested = [t for t in terms if t.kind == _NESTED]
        ids = {t.id for t in nested}
        holders = {p.id for p in terms if p.kind == "population"
                   and any(p.start <= t.start and t.end <= p.end for t in nested)}
    if len(ids) != 1:
        return None
    populations = [t.id for t in terms if t.kind == "population" and t.id not in holders]
    return next(iter(ids)), populations, holders


#: words a row's label may hold besides the library's terms and still name nothing of its own
_LABEL_FILLER = frozenset(
    "in with of the and or vs versus v patients patient participants subjects those who were was had at for on "
    "by a an to group groups arm arms n rate rates months month weeks days median mean all overall total".split())
_LABEL_WORD = re.compile(r"[^\W\d_]{2,}")


def _label_known(text: str, start: int, end: int, terms: list[Term]) -> bool:
    """Whether a row's label (``text[start:end]``, before its first figure) is made only of the library's
    terms (an arm, a population, a subgroup, a study) and filler words: it then says whose figure the
    row gives, not what was measured."""
    label = text[start:end]
    for t in sorted(terms, key=lambda t: t.start, reverse=True):
        if start <= t.start and t.end <= end:
            label = label[:t.start - start] + " " + label[t.end - start:]
    return all(w.lower() in _LABEL_FILLER for w in _LABEL_WORD.findall(label))


#: between two time points of one list: "1-year and 2-year", "cycle 1, cycle 2", "at 1 year and at 2
#: years", "after cycle 1 and after cycle 2", "1- and 2-year" (the hyphen of a number whose unit the last carries)
_TIME_LIST_GAP = re.compile(r"-?[^\S\n]{0,2}(?:,[^\S\n]{0,2})?(?:(?:and|or|&)[^\S\n]{1,3})?"
                            r"(?:(?:at|after|in|by|within|during)[^\S\n]{1,3})?(?:the[^\S\n]{1,3})?", re.I)


def _time_list(timepoints: list[Term], text: str) -> list[Term]:
    """The longest run of two or more different time points written as one list ("1-year and 2-year",
    "at 1 and 2 years", "after cycle 1 and cycle 2"); [] where the sentence has none."""
    best: list[Term] = []
    run: list[Term] = []
    for t in timepoints:
        if run and t.start < run[-1].end:
            continue  # "at 2 years" over "2 years": one mention
        if run and not (t.id not in {r.id for r in run} and _TIME_LIST_GAP.fullmatch(text, run[-1].end, t.start)):
            if len(run) > len(best):
                best = run
            run = []
        run.append(t)
    if len(run) > len(best):
        best = run
    return best if len(best) >= 2 else []


def _respective_timepoints(chains: list[list[Claim]], timepoints: list[Term], text: str) -> dict[int, str]:
    """A "respectively" list of time points ("the 1-year and 2-year survival rates were 37% and 21%,
    respectively", "at 1 and 2 years ... 37% and 21%, respectively", "after cycle 1 and cycle 2 in 46%
    and 41%, respectively"): each value of a chain of as many values takes its time point in order; a
    chain of two such runs compared once in its middle ("37% and 21% with A versus 17% and 14% with B,
    respectively") pairs each half in order. {} where the sentence lists no time points."""
    listed = _time_list(timepoints, text)
    if not listed:
        return {}
    k = len(listed)
    out: dict[int, str] = {}
    for chain in chains:
        if len(chain) == k:
            runs = [chain]
        else:
            halves = _compared_halves(chain, text) if len(chain) == 2 * k else None
            runs = list(halves) if halves else []
        for run in runs:
            for c, t in zip(run, listed):
                out[id(c)] = t.id
    return out


def _alternating_timepoints(ordered: list[Claim], timepoints: list[Term]) -> dict[int, str]:
    """Values and time points that alternate in a sentence, as many of each: "45% after cycle 1 and
    a further 41% after cycle 2" (each value takes the time point after it) or "after cycle 1 in
    45%, after cycle 2 in 41%" (the one before it). Per kind of figure (a count or a p-value between
    does not break the run); {} where they do not alternate."""
    out: dict[int, str] = {}
    for kind in {c.kind for c in ordered}:
        values = [c for c in ordered if c.kind == kind]
        if len(values) < 2:
            continue
        seq = []
        for item in sorted([(c.start, 0, c) for c in values] + [(t.start, 1, t) for t in timepoints],
                           key=lambda x: x[0]):
            if item[1] == 1 and seq and seq[-1][1] == 1 and seq[-1][2].id == item[2].id:
                continue  # the same time point named twice in a row ("the first cycle (cycle 1)")
            seq.append(item)
        if len(seq) != 2 * len(values):
            continue
        kinds = [k for _, k, _ in seq]
        if all(kinds[i] != kinds[i + 1] for i in range(len(kinds) - 1)):
            first_value = kinds[0] == 0
            for i in range(0, len(seq), 2):
                c, t = (seq[i][2], seq[i + 1][2]) if first_value else (seq[i + 1][2], seq[i][2])
                out[id(c)] = t.id
    return out


#: a count, then the bracket its percentage stands in: "38 (" of "38 (41.3%)"
_COUNT_OPEN = re.compile(r"\d[^\S\n]{0,2}[(\[]$")
_OPENS = {")": "(", "]": "["}
#: what may stand between a value and a time point after it that is the value's ("87% within two
#: cycles", "22.8% at 2 years", "80% did so by week 8"): a few words, no figure, no clause break
_TIME_AFTER_GAP = re.compile(r"[^\d,;:()\[\]\n]{0,16}$")
#: ... or a comma, then a cumulative time point ("so 80 of 92, or 87.0%, within two cycles": the total
#: so far is the value's, not the first cycle named before it)
_CUMULATIVE_AFTER_GAP = re.compile(r"[^\S\n]{0,2},[^\S\n]{0,2}(?=(?:within|by|in\s{1,3}the\s{1,3}first|over\s{1,3}the\s{1,3}first)\b)",
                                   re.I)
#: an ordinal whose noun is left to the reader ("42 after the first cycle and 38 after the second (41.3%)"):
#: the value has a time point of its own, not the one named before it
_ELLIPTIC_ORDINAL = re.compile(
    r"\b(?:after|in|by|during|at|from|with)\s{1,3}(?:the\s{1,3})?(?:second|third|fourth|fifth|sixth|next|following|"
    r"subsequent|later|last|final)(?![\w-])(?!\s{0,3}[A-Za-z])", re.I)
#: a clause break between a time point and a value after it: the time point is another clause's
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _cumulative_after(text: str, end: int, start: int) -> bool:
    m = _CUMULATIVE_AFTER_GAP.match(text, end)
    return m is not None and m.end() == start


def _elliptic_time(claim: Claim, ordered: list[Claim], timepoints: list[Term], text: str) -> bool:
    """Whether an ordinal with its noun left out ("after the second") stands between the value before
    ``claim`` (or its sentence's start) and ``claim``, with no time point named after it: the value's
    own time point, which the text does not name in full."""
    prev = max((c.end for c in ordered if c.end <= claim.start), default=claim.sentence[0])
    lo = max(prev, claim.start - 80)
    m = None
    for m in _ELLIPTIC_ORDINAL.finditer(text, lo, claim.start):
        pass
    if m is not None and not any(m.end() <= t.start and t.end <= claim.start for t in timepoints):
        return True
    # ... or right after it, in its clause ("41.3% in the second, so ...")
    nxt = min((c.start for c in ordered if c.start >= claim.end), default=claim.sentence[1])
    after = _ELLIPTIC_ORDINAL.search(text, claim.end, min(nxt, claim.end + 30))
    return after is not None and not re.search(r"[,;:.()\[\]]", text[claim.end:after.start()]) \
        and not any(claim.end <= t.start and t.end <= after.start() for t in timepoints)


def _nearest(claim: Claim, candidates: list[Term], text: str = "") -> str | None:
    """The time point of a claim: the nearest one before it (of two ending together, the longer
    phrase), unless one follows the value with only a few words between and is closer, or the one
    before stands across a clause break ("45.7% after one cycle, so 87.0% by the end of cycle 2": the
    value's own time point is the one after it)."""
    if not candidates:
        return None
    before = [t for t in candidates if t.end <= claim.start]
    end = claim.end
    if text and text[end:end + 1] in (")", "]") and (
            _COUNT_OPEN.search(text, max(0, claim.start - 12), claim.start)
            or text.count(_OPENS[text[end]], claim.start, end) > text.count(text[end], claim.start, end)):
        # the bracket of "38 (41.3%) in cycle 2" or "41.3% (n=38/92) in Cycle 2" closes on the value:
        # the time point after it is the value's own
        end += 1
    after = [t for t in candidates
             if text and t.start >= end and (_TIME_AFTER_GAP.match(text, end, t.start)
                                             or _cumulative_after(text, end, t.start))]
    if after:
        near = min(after, key=lambda t: (t.start, -(t.end - t.start)))
        last = max((t.end for t in before), default=None)
        if (last is None or near.start - claim.end < claim.start - last
                or _CLAUSE_BREAK.search(text, last, claim.start)):
            return near.id
    if before:  # the closest end wins; of two ending together, the longer phrase
        last = max(before, key=lambda t: (t.end, t.end - t.start))
        if text and _PARALLEL_JOIN.fullmatch(text, last.end, claim.start) \
                and _FIGURE_THEN_WORDS.search(text, max(0, last.start - 60), last.start):
            # parallel clauses, each figure before its own time point ("45.7% of responses in Cycle 1 and
            # 41.3% of responses occurring in Cycle 2"): the one before closes the previous figure's clause
            later = [t for t in candidates if t.start >= claim.end
                     and _PARALLEL_AFTER_GAP.fullmatch(text, claim.end, t.start)]
            if later:
                return min(later, key=lambda t: t.start).id
        return last.id
    return min(candidates, key=lambda t: abs(t.start - claim.end)).id


#: between a time point and the next figure: "and" only ("… in Cycle 1 and 41.3% …")
_PARALLEL_JOIN = re.compile(r"[^\S\n]{0,2},?[^\S\n]{0,2}and[^\S\n]{1,3}")
#: a figure, then words up to a time point (the figure's own, after it)
_FIGURE_THEN_WORDS = re.compile(r"\d%[^\d;:.()\[\]]{1,50}$")
#: what may stand between a figure and its own time point in such parallel clauses: words, no figure
_PARALLEL_AFTER_GAP = re.compile(r"[^\d;:.()\[\]]{1,40}")


def _anaphora(back: list[Term], endpoint: str, text: str, s0: int, first: int) -> bool:
    """Whether the sentence at ``s0`` opens (before its first figure at ``first``, after at most a
    short prepositional phrase: "At three years,", "In the second cohort") with an anaphoric subject
    ("it was", "this rose to", "the corresponding rates were"; before the figure at most three words
    such as "to", "about", "only", never a noun: "That is a difference of 51.3%" states a difference)
    and the last endpoint named before it
    is ``endpoint``, named in the same paragraph no more than one sentence back."""
    term = next((t for t in reversed(back) if t.kind == "endpoint"), None)
    if term is None or term.id != endpoint or s0 - term.end > _ANAPHORA_REACH or "\n\n" in text[term.end:s0]:
        return False
    if _SENTENCE_END.search(text, term.end, max(term.end, s0 - 2)):
        return False  # another sentence between the endpoint and this one
    return bool(_ANAPHORA.match(text[s0:first]))


#: how far back the endpoint an anaphoric subject refers to may be named
_ANAPHORA_REACH = 300
_SENTENCE_END = re.compile(r"[.!?]\s")
#: an anaphoric subject opening a sentence, after at most a short prepositional phrase
_ANAPHORA = re.compile(
    r"\s{0,3}(?:(?:at|by|after|in|among|for|with)\s[^,;.]{1,40}?,?\s{1,3})?"
    r"(?:it|this|that|these|those|the\s{1,3}(?:corresponding\s{1,3}|respective\s{1,3}|same\s{1,3})?"
    r"(?:figures?|rates?|values?|proportions?|percentages?|numbers?|estimates?))\s{1,3}"
    r"(?:was|were|is|are|rose|fell|dropped|reached|stood|remained|came|increased|decreased)\b"
    r"(?:\s{1,3}(?:to|at|about|approximately|nearly|almost|around|roughly|only|just|still|even|over|under|"
    r"up|down|then|now|also|both|slightly|lower|higher|further)){0,3}\s{0,3}\Z"
    # "Of these, 8 died": a count of the group the sentence before counted
    r"|\s{0,3}(?:of|among(?:st)?)\s{1,3}(?:these|them|those)(?:\s{1,3}(?:patients|events|cases))?,?\s{0,3}\Z", re.I)


#: a run-in label: a few words and a full stop or colon, alone before the sentence on its line
_RUN_IN = re.compile(r"(?:[-*+\u2022] )?[^\s.:;!?\d][^.:;!?\n\d]{1,59}[.:]")


def _run_in_label(back: list[Term], endpoint: str, text: str, s0: int) -> bool:
    """Whether the last endpoint named before the sentence at ``s0`` is the run-in label of its line."""
    term = next((t for t in reversed(back) if t.kind == "endpoint"), None)
    if term is None or term.id != endpoint:
        return False
    line_start = text.rfind("\n", 0, s0) + 1
    return term.start >= line_start and bool(_RUN_IN.fullmatch(text[line_start:s0].strip()))


#: between a design term and the duration it heads: "median follow-up 29.6 months", "(median
#: follow-up: 29.6 months)", "after a median follow-up of 29.6 months"
_HEADS_DURATION = re.compile(r"^\s{0,2}(?:(?:of|was|is|:|,|=)\s{0,3})?$")
#: ... or with whom it is of between them, up to four words after "of", "for", "among" or "in", then
#: what heads a duration: "median follow-up of survivors of 37.1 months", "median follow-up among
#: patients still alive was 37.1 months", "median follow-up for surviving patients: 37.1 months"
_HEADS_DURATION_OF = re.compile(
    r"^\s{1,2}(?:of|for|among|in)\s{1,3}(?:[^\W\d][\w'’-]*\s{1,3}){0,3}[^\W\d][\w'’-]*"
    r"\s{0,2}(?:of|was|is|were|:|,|=)\s{0,3}$")
#: ... or the analysis it is of, set off by a comma, a dash or brackets, or after "at" / "in" / "for": "median
#: follow-up, final survival analysis: 29.6 months", "median follow-up (final DFS analysis) was 29.6 months", "median
#: follow-up at the 2-year survival update: 37.1 months": an outcome named in an analysis's name is not what is measured
_HEADS_DURATION_ANALYSIS = re.compile(
    r"^\s{0,2}(?:[,(\[\u2013\u2014]|\s-)?\s{0,2}(?:(?:at|in|for|from|of)\s{1,3})?(?:the\s{1,3})?"
    r"(?:[\w/'\u2019+-]{1,30}\s{1,3}){0,4}(?:analysis|analyses|data[\s-]{1,3}cut(?:-?off)?|cut-?off|update|read-?out)"
    r"\s{0,2}[)\]]?\s{0,2}(?:of|was|is|were|:|,|=)?\s{0,3}$", re.IGNORECASE)


def _design_heading(claim: Claim, design: list[Term], text: str) -> str | None:
    """A design term (the median follow-up, a baseline characteristic) written right before a duration
    heads it, though the sentence names an outcome too ("Overall survival was longer (median follow-up
    29.6 months)"): the duration is the follow-up's, not the outcome's. A design term that names
    the population of the outcome ("median survival in patients in second line was 15.6 months":
    after in / among / for) heads nothing. A label's answer set apart on its line ("Median follow-up:
    [29.6 months]", a form's blank filled in) is read as if right after the label's colon."""
    for t in design:
        if t.end > claim.start:
            continue
        gap = text[t.end:claim.start]
        answer = _ANSWER_SET_APART.search(gap)
        if answer is not None:
            gap = gap[:answer.start()] + " "
        else:
            answer = _NEXT_CELL.search(gap)
            if answer is not None and "|" not in gap[:answer.start()]:
                gap = gap[:answer.start()] + ": "
        if (len(gap) <= 8 and _HEADS_DURATION.match(gap)
                or len(gap) <= 60 and (_HEADS_DURATION_OF.match(gap) or _HEADS_DURATION_ANALYSIS.match(gap))) \
                and not _POPULATION_BEFORE.search(text, max(0, t.start - 12), t.start):
            return t.id
    return None


#: after a label's colon, the answer set apart on the same line, perhaps in brackets: "…:      [29.6 months"
_ANSWER_SET_APART = re.compile(r"(?<=:)(?:[^\S\n]{2,80}|[^\S\n]{0,80}\|[^\S\n]{0,80})[\[(]?[^\S\n]{0,2}$")
#: ... or in the next cell of its table row: "Median follow-up | 29.6 months"
_NEXT_CELL = re.compile(r"[^\S\n]{0,80}\|[^\S\n]{0,80}[\[(]?[^\S\n]{0,2}$")


#: a word that makes the term after it a population: "in", "among", "for", "with" (and "patients in")
_POPULATION_BEFORE = re.compile(r"(?<![^\W\d_])(?:in|among|for|with)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)


def _endpoints(named: dict[str, list[Term]], back: list[Term]) -> tuple[list[Term], str | None]:
    """The sentence's endpoints, and the last endpoint named in the preceding sentences.

    Outcome endpoints first; a design endpoint (a baseline characteristic such as "Ab+") only
    where the sentence names no outcome: "in Ab+ patients, 91% achieved ORR" is an ORR claim.
    A claim takes the sentence's endpoint nearest to it (strength ``sentence``), else the last
    endpoint named before the sentence (``context``).
    """
    previous = next((t.id for t in reversed(back) if t.kind == "endpoint"), None)
    # an endpoint named only inside a population ("After transplant, the rates were …") yields to the one
    # the preceding sentences name
    endpoints = named.get("endpoint") or (named.get(_NESTED) if previous is None else None) \
        or named.get("baseline") or []
    return endpoints, previous


def _ids(terms: list[Term]) -> tuple[set[str], set[str]]:
    """The ids of the endpoints (and baseline characteristics) and of the populations among terms."""
    endpoints: set[str] = set()
    populations: set[str] = set()
    for t in terms:
        if t.kind == "endpoint" or t.kind == "baseline":
            endpoints.add(t.id)
        elif t.kind == "population":
            populations.add(t.id)
    return endpoints, populations


def _candidates(nearby: list[tuple[set[str], set[str]]], back: list[Term]) -> tuple[list[str], list[str]]:
    """Endpoint candidates (the endpoints named in the sentence and two sentences either side, and
    among the last six terms before it) and population candidates (sentence and neighbours);
    ``nearby``: :func:`_ids` of those five sentences."""
    endpoints = set().union(*(e for e, _ in nearby))
    endpoints.update(t.id for t in back[-6:] if t.kind == "endpoint" or t.kind == "baseline")
    return sorted(endpoints), sorted(set().union(*(p for _, p in nearby)))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    return False


#: a value written bare, its unit taken from the value before it ("4.2 months with A and 3.1 with B")
_BARE = re.compile(r"\d{1,3}(?:\.\d{1,3})?$")
#: what joins such a value to the one before: that value's own "with A", then "and" (or a comma)
_AND_WHO = re.compile(r"\s{1,3}(?:with|in|on|for|among|receiving)\s[^.;:\d]{1,60}?(?:\band|,)\s{1,3}$", re.I)


#: "5.6 and 9.3 months": a bare value, "and", the value that gives the unit of both
_AND_ONLY = re.compile(r"\s{1,3}and\s{1,3}$")


#: the patients an arm is said of: "patients treated with", "those who received", "subjects randomized
#: to", "patients in the" (a value's group, named before its arm: "20% of patients on EXAMPLIMAB")
_WHO_ON = (r"(?:patients|those|subjects|participants)\s{1,3}(?:who\s{1,3}(?:were\s{1,3})?)?"
           r"(?:treated\s{1,3}with|receiving|received|on|given|in|with|(?:randomi[sz]ed|assigned|allocated)\s{1,3}to)"
           r"\s{1,3}(?:the\s{1,3})?")
#: between the last value of a list and the first arm of a list that follows it: "7.7 and 6.2 months
#: for EXAMPLIMAB and …", "80.7% and 29.4% in patients receiving …", "9.3 vs 5.6 months (with A vs B)",
#: "20% vs 47% of patients on A vs B", "20% and 47% of A-treated and B-treated patients"
_LIST_TO_ARMS = re.compile(
    r"^[\s,)\]]*[(\[]?\s{0,2}(?:with|for|in|on|among|receiving|using|of)\s{1,3}(?:the\s{1,3})?"
    r"(?:" + _WHO_ON + r"|(?:patients|those|subjects)\s{1,3})?$", re.I)
#: ... after values compared with "vs", the arms may follow bare, in brackets or after a comma:
#: "9.3 vs 5.6 months (A vs B)", "7.7 vs 6.2 months, A vs B"
_VS_LIST_TO_ARMS = re.compile(r"^\s{0,3}(?:[,:(\[]|\s[\u2013\u2014-])\s{0,3}(?:the\s{1,3})?$")
#: what may close the first arm's words: "A-treated", "the A arm", "A-based", a suspended hyphen ("A- and B-treated")
_ARM_WORD_END = r"(?:[\s-]{1,2}(?:treated|arm|group|based)|-(?=\s))?"
#: between two arms of such a list: "and", "or", a comma; after values compared with "vs", also
#: "vs", "versus", "compared with", a slash ("A vs B", "A/B", "A-treated vs B-treated", "the A arm vs the B arm");
#: the second arm may be said of its own patients ("A vs those on B") or share the first's hyphenated
#: word ("A- and B-treated patients")
_ARM_AND_ARM = re.compile(r"^" + _ARM_WORD_END + r"\s{0,3}(?:,\s{0,3})?(?:and|or|,)\s{1,3}(?:(?:with|on|for|in)\s{1,3}|" + _WHO_ON + r")?"
                          r"(?:the\s{1,3})?$", re.I)
_ARM_VS_ARM = re.compile(
    r"^" + _ARM_WORD_END + r"[\s(]{0,3}(?:(?:vs\.?|versus|compared\s{1,3}(?:with|to))\s{1,3}|/\s{0,3})"
    r"(?:(?:with|on|for|in)\s{1,3}|" + _WHO_ON + r")?(?:the\s{1,3})?$",
    re.I)
#: between the terms of a list that follows a "respectively" chain: as :data:`_LIST_GAP`, or "vs", "versus",
#: a slash ("80.7% and 29.4% for A vs B, respectively")
_RESPECTIVE_LIST_GAP = re.compile(
    r"^" + _ARM_WORD_END + r"[\s,()]*(?:and|or|&|vs\.?|versus|compared\s{1,3}(?:with|to)|/)?[\s,()]*(?:the\s+)?$", re.I)


def _arms_listed_after(ordered: list[Claim], named: dict, text: str) -> bool:
    """A "respectively" left unwritten: a list of values of one family joined by "and"/commas, then
    a list of as many arms right after it ("median survival was 7.7 months and 6.2 months for EXAMPLIMAB and
    control"): the arms pair with the values in order, as with "respectively". So too two values
    compared with "vs" and then their arms, compared or listed in the same order ("median survival 9.3 vs
    5.6 months with EXAMPLIMAB vs control", "80.7% vs 29.4% (EXAMPLIMAB/control)"): the arm right after
    the second value is the first of the pair, not that value's own."""
    arms = sorted(named.get("arm", []) + named.get("product", []), key=_START)
    if len(arms) < 2 or len(ordered) < 2:
        return False
    for k in range(len(ordered) - 1):
        a, b = ordered[k], ordered[k + 1]
        if _FAMILY.get(a.kind) != _FAMILY.get(b.kind) or b.start - a.end > 40:
            continue
        gap = text[a.end:b.start]
        if not _CHAIN_RESPECTIVELY.match(gap):
            continue
        compared = bool(_CHAIN.search(gap))
        if compared and k + 2 < len(ordered) and _FAMILY.get(ordered[k + 2].kind) == _FAMILY.get(b.kind) \
                and _CHAIN_RESPECTIVELY.match(text[b.end:ordered[k + 2].start]):
            continue  # "9.3 vs 5.6 vs 4.1 months": more values than a pair
        after = [t for t in arms if t.start >= b.end]
        if len(after) < 2 or after[0].start - b.end > 60:
            continue
        to_arms = text[b.end:after[0].start]
        if not (_LIST_TO_ARMS.match(to_arms) or (compared and _VS_LIST_TO_ARMS.match(to_arms))):
            continue
        # the widest reading of the first arm ("A-treated", not "A")
        first = max((t for t in after if t.start == after[0].start), key=lambda t: t.end)
        second = next((t for t in after if t.start >= first.end), None)
        if second is None or second.id == first.id:
            continue
        between = text[first.end:second.start]
        if not (_ARM_AND_ARM.match(between) or (compared and _ARM_VS_ARM.match(between))):
            continue
        return True
    return False


#: the longest gap between two items of a list of values ("68% in first line and 48% in second line")
_ITEM_GAP = 160
#: what separates two items of such a list, strongest first: a semicolon, a comma, "and"/"or"
_ITEM_SEPARATORS = (re.compile(r";"), re.compile(r",(?:[^\S\n]{0,3}(?:and|or)\b)?", re.I),
                    re.compile(r"\b(?:and|or)\b", re.I))
#: where a list's lead-in ends and its first item begins ("… was associated with A (OR 8.61), B (…)")
_LEAD_IN_END = re.compile(r"[,:;\u2013\u2014]|\b(?:was|were|is|are|with|include[sd]?|including|by|as)\b", re.I)
#: a word, for counting an item's words
_LEAD_WORD = re.compile(r"[^\s(\[]+")
#: the kinds of term that set an item of such a list apart (an arm is compared, not listed: "80.7% with
#: EXAMPLIMAB and 29.4% with control" is a comparison of arms, read as such)
_ITEM_KINDS = frozenset({"population", "baseline", "timepoint", "study", "entry", "endpoint", _NESTED})


def _item_split(start: int, end: int, text: str, terms: list[Term]) -> tuple[int, int, bool, bool] | None:
    """Where the gap ``text[start:end]`` between two values of a list splits into the first item's
    words and the second's: (start, end of the separator, whether the first item names a term of its
    own before it, whether the second does after it); None where the gap is no such separation (no
    separator, or no library term of an item's own on either side: "80% and 30%", "80% with A and 30%
    with B")."""
    inside = [t for t in terms if start <= t.start and t.end <= end and t.kind in _ITEM_KINDS]
    if not inside:
        return None
    gap = text[start:end]
    for sep in _ITEM_SEPARATORS:
        found = list(sep.finditer(gap))
        if not found:
            continue
        # "…), a liver-test rise before the second course (OR 7.08": a separator before any term opens the second
        # item's words; otherwise the last one closes the first item's ("68% in A, B and C, and 48% in D")
        m = found[-1] if any(t.end <= start + found[0].start() for t in inside) else found[0]
        a, b = start + m.start(), start + m.end()
        left, right = any(t.end <= a for t in inside), any(t.start >= b for t in inside)
        return (a, b, left, right) if left or right else None
    return None


def _list_items(ordered: list[Claim], chains: list[list[Claim]], terms: list[Term], text: str, s0: int, s1: int
                ) -> dict[int, tuple[int, int]]:
    """Mark the claims of a sentence that lists several items, each value with words of its own
    (its population, subgroup, time point, trial or risk factor), with the spans of the other items
    (``Claim.other_items``): "the response rate was 68% in first line and 48% in second line",
    "associated with A (OR 8.61), B (OR 7.08) and C (OR 6.02)", "14% of adults in trial X; 15% of
    children". An item's words follow its value (each gap's words before its separator) or precede
    it (after the separator). The words before the first value are the list's lead-in, shared by
    every item, unless the items' words precede their values (then only the words after the lead-in's
    last break are the first item's); those after the last value are its own where the items' words
    follow their values. A sentence that compares values in a chain ("68% vs 30% in A; 48% vs 20% in
    B") or pairs values and names by order ("respectively") is no such list. Returns each such
    claim's own item span (by ``id``)."""
    own: dict[int, tuple[int, int]] = {}
    heads = [ch for ch in chains if ch[0].kind not in (ClaimKind.COUNT, ClaimKind.P_VALUE)]
    if len(heads) < 2 or len({_FAMILY.get(ch[0].kind) for ch in heads}) > 1 or any(len(ch) > 1 for ch in heads):
        # (values compared in a chain, "14.1 vs 7.2 months if A vs B; in C, 15.6 and 6.9 months": the
        # contrast and its elliptic parallels are read as such, not as a list of items)
        return own
    groups: list[list[list[Claim]]] = [[heads[0]]]
    cuts: list[tuple[int, int, bool, bool]] = []
    for a, b in zip(heads, heads[1:]):
        gap = text[a[-1].end:b[0].start]
        split = _item_split(a[-1].end, b[0].start, text, terms) \
            if len(gap) <= _ITEM_GAP and not _CHAIN.search(gap) and "\n" not in gap else None
        if split is None:
            groups[-1].append(b)
            continue
        cuts.append(split)
        groups.append([b])
    if len(groups) < 2:
        return own
    trailing = all(left and not right for _, _, left, right in cuts)
    leading = all(right and not left for _, _, left, right in cuts)
    first = groups[0][0][0].start
    if leading:
        # the first item's words are after the lead-in's last break, or as many breaks further back as
        # the second item's own words hold ("…: in first line, 68%; in second line, 48%")
        # (with no such break, as many words back as the second item's own words: "response in
        # first line 68%, in second line 48%")
        inner = len(_LEAD_IN_END.findall(text, cuts[0][1], groups[1][0][0].start))
        breaks = list(_LEAD_IN_END.finditer(text, s0, first))
        if len(breaks) > inner:
            first = breaks[-1 - inner].end()
        else:
            words = len(_LEAD_WORD.findall(text, cuts[0][1], groups[1][0][0].start))
            back = list(_LEAD_WORD.finditer(text, s0, first))
            first = back[-words].start() if 0 < words <= len(back) else s0
    last = s1 if trailing else groups[-1][-1][-1].end
    starts = [first] + [j for _, j, _, _ in cuts]
    ends = [i for i, _, _, _ in cuts] + [last]
    regions = list(zip(starts, ends))
    for k, (a, b) in enumerate(regions):
        others = tuple(r for m, r in enumerate(regions) if m != k)
        for c in ordered:
            if a <= c.start < b:
                c.other_items = others
                own[id(c)] = (a, b)
    return own


def _outside(terms, spans: tuple[tuple[int, int], ...]) -> list[Term]:
    """``terms`` without those inside one of ``spans`` (the other items of a claim's list)."""
    return [t for t in terms if not any(a <= t.start and t.end <= b for a, b in spans)]


def _populations_of_items(group: list[Claim], items: dict[int, tuple[int, int]], populations: list[Term],
                          back: list[Term], text: str) -> None:
    """The population of each value of a list of items (:func:`_list_items`): one named in its own
    item is its own ("15% of pediatric patients (8/53)", the name inside the figure's own words); one
    named only in another item is never its population ("14% of adults; 15% of children": not the
    14%'s), which then comes from the lead-in or the text before, as if the other items were not there."""
    for claim in group:
        if id(claim) not in items:
            continue
        visible = _outside(populations, claim.other_items)
        named_here = claim.population is not None and any(t.id == claim.population for t in visible)
        if claim.population_source in ("own", "chain") and named_here:
            continue
        lo, hi = items[id(claim)]
        own = [t for t in visible if lo <= t.start and t.end <= hi]   # named in its own item
        if len({t.id for t in own}) == 1:
            claim.population, claim.population_source = own[0].id, "own"
        elif claim.population is not None and not named_here:
            if visible:
                ids = list(dict.fromkeys(t.id for t in visible))
                claim.population = _nearest(claim, visible, text)
                claim.population_source = "sentence" if len(ids) == 1 else "ambiguous"
            else:
                previous = next((t.id for t in reversed(back) if t.kind == "population"), None)
                claim.population, claim.population_source = previous, ("context" if previous else None)


def _chains(ordered: list[Claim], text: str, respectively: bool) -> list[list[Claim]]:
    """A sentence's claims (in order) grouped into chains: runs of same-family values joined by
    vs/versus/compared with (or by "and" and commas when the sentence says "respectively", or
    when the later value is written bare in the unit of the one before: "4.2 months with A and
    3.1 with B", or the first bare in the unit of the one after: "A and B: 4.2 and 3.1 months")."""
    chains: list[list[Claim]] = []
    for claim in ordered:
        prev = chains[-1][-1] if chains else None
        gap = text[prev.end:claim.start] if prev else ""
        if prev and _FAMILY.get(claim.kind) == _FAMILY.get(prev.kind) and claim.start - prev.end <= 120 and \
                (_CHAIN.search(gap) or (respectively and _CHAIN_RESPECTIVELY.match(gap))
                 or (_BARE.match(claim.text) and prev.unit == claim.unit and _AND_WHO.match(gap))
                 or (_BARE.match(prev.text) and prev.unit == claim.unit and _AND_ONLY.match(gap))):
            chains[-1].append(claim)
        else:
            chains.append([claim])
    return chains


#: between two groups listed with their sizes: "(≤X mg/m², n = 161; >X mg/m², n = 177)" (the size is
#: required: "A and B achieved 80% and 30%" without "respectively" stays ambiguous)
_GROUP_GAP = re.compile(r"^[\s,;:()\[\]]{0,6}(?:[nN]\s?=\s?\d{1,5}[\s,;:()\[\]]{0,6}(?:(?:and|or|vs\.?|versus)[\s(\[]{1,3})?"
                        r"|(?:vs\.?|versus)[\s(\[]{1,3})$",
                        re.I)


_STATEMENT_END = re.compile(r"[.;:!?]\s")
_SIZE_AFTER = re.compile(r"^[\s,;:()\[\]]{0,6}$")
#: between values of one list: "42.2% and 42.4%", "42.2%, 42.4%", "42.2% vs 42.4%"
_VALUES_LISTED = re.compile(r"^[^\S\n]{0,3}(?:,[^\S\n]{0,3})?(?:(?:and|or|vs\.?|versus)[^\S\n]{1,3})?$", re.I)


def _value_runs(ordered: list[Claim], text: str) -> list[list[Claim]]:
    """The sentence's values (not counts, ratios or p-values) in runs of one kind listed together
    ("42.2% and 42.4%", "42.2%, 42.4%", "42.2% vs 42.4%")."""
    runs: list[list[Claim]] = []
    for c in ordered:
        if c.kind in (ClaimKind.COUNT, ClaimKind.RATIO, "p-value"):
            continue
        if runs and runs[-1][-1].kind == c.kind and _VALUES_LISTED.match(text[runs[-1][-1].end:c.start]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _groups_listed_before(ordered: list[Claim], chains: list[list[Claim]], terms: list[Term], text: str,
                          column: dict[int, str | None]) -> None:
    """A chain of k values after a list of k groups named earlier in the sentence, each with its size
    at most ("patients grouped by cumulative dose (≤X mg/m², n = 161; >X mg/m², n = 177): transplant
    rates were 42.2% and 42.4%"), and no other figure between the list and the chain: the values
    take the groups in order (into ``column``, as a table header would give them)."""
    runs = _value_runs(ordered, text)
    last: tuple[list[str], int] | None = None   # the groups the previous list took, and where it ended
    for chain in runs:
        if len(chain) < 2 or any(id(c) in column for c in chain):
            continue
        if last is not None and len(last[0]) == len(chain) and not any(
                last[1] <= t.start < chain[0].start for t in terms) and not _STATEMENT_END.search(
                text, last[1], chain[0].start):
            # "... ORR rates were 42.2% and 42.4% and DFS rates 50.9% and 90.4%": a parallel list
            for c, a in zip(chain, last[0]):
                column[id(c)] = a
            last = (last[0], chain[-1].end)
            continue
        before = [t for t in terms if t.end <= chain[0].start]
        run: list[Term] = []
        for t in reversed(before):
            if run and t.end > run[0].start:
                continue
            if run and not _GROUP_GAP.match(text[t.end:run[0].start]):
                break
            run.insert(0, t)
            if len(run) == len(chain):
                break
        ids = [t.id for t in run]
        if len(ids) != len(chain) or len(set(ids)) != len(ids):
            continue
        if len(run) == 2 and _is_comparator(run[0], text, terms) and not _is_comparator(run[1], text, terms):
            ids.reverse()   # "Compared with SC, EXAMPLIMAB gave a response in 80% vs 29%": the subject's value first
        if any(t.start > run[-1].end and t.end <= chain[0].start for t in terms):
            continue  # another group named between the list and the values
        if any(run[-1].end <= c.start < chain[0].start and not (
                c.kind == ClaimKind.COUNT and _SIZE_AFTER.match(text[run[-1].end:c.start])) for c in ordered):
            continue  # another figure between the list and the values (not the last group's size)
        for c, a in zip(chain, ids):
            column[id(c)] = a
        last = (ids, chain[-1].end)


#: a comparator's figures in a bracket of their own: "(vs chemotherapy 8/35, 23%)", "(versus SC: 21.6%)"
_VS_ASIDE = re.compile(r"\((?=\s{0,2}(?:vs\.?|versus|compared\s{1,3}(?:with|to)|against)\s)[^()\n]{1,160}\)"
                       # ... or as a label and its figure ("6 cycles (comparator chemotherapy: up to 4)", "(SC: 21.6%)")
                       r"|\((?=[^()\n:]{1,80}:[^\S\n]{0,3}(?:(?:up[^\S\n]{1,2}to|max(?:imum|\.)?|at[^\S\n]{1,2}most)"
                       r"[^\S\n]{1,2}|[\u2264<]=?[^\S\n]?)?\d)[^()\n]{1,160}\)", re.I)


def _attach_arms_with_asides(ordered: list[Claim], chains: list[list[Claim]], terms: list[Term], back: list[Term],
                             text: str, respectively: bool, columns, product_arms: tuple[str, ...],
                             asides: list[tuple[int, int]], time_paired: dict[int, str] | None = None) -> None:
    """Arms where the sentence (a row label, a clause) holds a comparator's figures in a bracket of their
    own ("Post-transplant mortality (vs chemotherapy 8/35, 23%) | 31/79 | 39%"): the arm named inside the
    bracket is the arm of the figures inside it only; the figures outside take the arms named outside it
    (none: the text before, a table caption), as if the bracket were not there."""
    def inside(a: int, b: int) -> int | None:
        return next((k for k, (x, y) in enumerate(asides) if x <= a and b <= y), None)

    groups: dict[int | None, list[Claim]] = {}
    for c in ordered:
        groups.setdefault(inside(c.start, c.end), []).append(c)
    for k, claims in groups.items():
        members = {id(c) for c in claims}
        own_terms = [t for t in terms if inside(t.start, t.end) == k]
        own_chains = [[c for c in ch if id(c) in members] for ch in chains]
        _attach_who(claims, [ch for ch in own_chains if ch], "arm", own_terms, back, text, respectively, columns,
                    product_arms, time_paired)


def _attach_who(ordered: list[Claim], chains: list[list[Claim]], kind: str, terms: list[Term],
                back: list[Term], text: str, respectively: bool = False,
                columns: dict[int, dict[str, str]] | None = None, product_arms: tuple[str, ...] = (),
                time_paired: dict[int, str] | None = None, arms: list[Term] = (),
                endpoint_paired: set[int] | frozenset = frozenset(),
                defined: dict[tuple[int, int], str] | None = None) -> set[str]:
    """Arm or population for each claim of a sentence, with vs-chains (see module doc); returns the
    populations named after a pair as whom all its values count (:func:`_shared_denominator`).

    ``ordered``: the sentence's claims by position; ``chains``: as :func:`_chains` grouped them;
    ``terms``: the sentence's terms of this kind, in order; ``back``: the preceding sentences' terms;
    ``columns``: what the header of a table claim's column names (:func:`_table_columns`);
    ``arms``: for populations, the sentence's arm terms (an arm may stand between a value and the
    population in brackets after it: "87.7% with EXAMPLIMAB (second line)"); ``defined``: the group
    each population named by a defining phrase narrows (:func:`_defined_groups`: "responders who
    remained biomarker-positive"), by the span of its merged term.

    A population set off as the value's label, in brackets or after a dash, right after the value or
    right before it, is the value's own as a population named next to it is (:func:`_label_after`,
    :func:`_label_before`).

    A table claim takes its column header's term. With "respectively", a list of as many terms
    as the chain has values, after the chain ("80.7% and 29.4% for EXAMPLIMAB and SC,
    respectively") or else before it, gives each value its term in order; a single term after
    the chain ("14% and 39% of EXAMPLIMAB patients, respectively") is every value's. Where a
    vs-chain has fewer terms than values and one arm is in play ("More EXAMPLIMAB patients proceeded
    to transplant: 48% vs 22%"), that arm is the first value's (or the one that names it), and the others
    are the comparator: ``arm`` None, ``arm_source`` "comparator", ``arm_not`` the arm named -- except
    in a chain a "respectively" list of time points pairs (``time_paired``: "with EXAMPLIMAB, the 1-year
    and 2-year rates were 37% and 21%, respectively"): its values are one arm's at several time points;
    so are the values a "respectively" list of endpoints pairs (``endpoint_paired``: "among 164
    EXAMPLIMAB patients, rash, nausea and fatigue occurred in 51%, 49% and 26%, respectively").
    """
    source_field = f"{kind}_source"
    shared: set[str] = set()
    column = {id(c): columns[id(c)][kind] for c in ordered if columns and kind in columns.get(id(c), {})}
    narrowed: dict[str, set[str]] = {}
    if kind == "population" and len(terms) > 1:
        terms, narrowed = _narrowed_labels(terms, text)
    if defined:
        for t in terms:
            wider = defined.get((t.start, t.end))
            if wider is not None:
                narrowed.setdefault(t.id, set()).add(wider)
    if not terms:
        # none named in the sentence (the common case): each claim takes the last one named before
        previous = next((t.id for t in reversed(back) if t.kind == kind), None)
        origin = "context" if previous is not None else None
        listed = _listed_before(back, kind, text, chains)
        # a compared list of groups said before ("split by dose, ≤X vs >X mg/m². Rates were A% and
        # B%."): a run of as many values listed with "and" or commas takes them in order too
        runs = chains + [r for r in _value_runs(ordered, text) if len(r) > 1] if listed else chains
        for chain in runs:
            if len(chain) > 1 and len(chain) == len(listed) and not any(id(c) in column for c in chain) \
                    and all(c.endpoint_strength == "sentence" for c in chain):
                # "Adverse events (EXAMPLIMAB vs control):" over rows of "45.9% vs 36.7%": in order (only
                # where the row names what it measures; a row whose label is unknown keeps the guess)
                for c, a in zip(chain, listed):
                    column[id(c)] = a
        for c in ordered:
            if id(c) in column:
                setattr(c, kind, column[id(c)])
                setattr(c, source_field, "own")
            else:
                setattr(c, kind, previous)
                setattr(c, source_field, origin)
        return shared
    if not respectively:
        _groups_listed_before(ordered, chains, terms, text, column)
    first_of_chain = {id(ch[0]) for ch in chains if len(ch) > 1}
    own: dict[int, str | None] = {}
    for idx, claim in enumerate(ordered):
        if id(claim) in column:
            own[id(claim)] = column[id(claim)]
            continue
        nxt = ordered[idx + 1].start if idx + 1 < len(ordered) else claim.sentence[1]
        prv = ordered[idx - 1].end if idx > 0 else claim.sentence[0]
        # the first term right after the value, else the last one right before it
        value = None
        after_limit = min(nxt, claim.end + AFTER_CHARS)
        for t in terms:
            if claim.end <= t.start < after_limit and _AFTER_GAP.match(text[claim.end:t.start]) \
                    and not _CLAUSE_GAP.match(text[claim.end:t.start]):
                if "\n" in text[claim.end:t.start] and _LABEL_AFTER.match(text, t.end):
                    # "A: 78.4% (…)\nB: 28.1%": the next line's label, the next value's arm
                    break
                value = t.id
                break
        if value is None and kind == "population":
            labelled = _label_after(claim, terms, arms, ordered, text, min(nxt, claim.end + AFTER_CHARS))
            if labelled:
                value = labelled[-1].id
                if labelled[0].id != value and claim.endpoint is not None and claim.endpoint_strength == "sentence":
                    # "(biomarker-negative, second line)": the library's population that names both, if one
                    claim.parallel_of = (claim.endpoint, None, labelled[0].id, value)
        if value is None:
            before = None
            before_limit = max(prv, claim.start - BEFORE_CHARS)
            for t in terms:
                if before_limit <= t.start and t.end <= claim.start and _BEFORE_GAP.match(text[t.end:claim.start]):
                    before = t
            if before is None and kind == "population":
                before = _label_before(claim, terms, text, prv)
            if before is not None and id(claim) in first_of_chain and any(t.end <= before.start for t in terms):
                # "ExM versus control (77.5% versus 23.9%)": the term before the chain is the last of a list
                before = None
            value = before.id if before is not None else None
        own[id(claim)] = value
    named = list(dict.fromkeys(t.id for t in terms))
    comparators = {a for a in named if kind == "arm" and all(_is_comparator(t, text, terms) for t in terms if t.id == a)}
    #: with "respectively", what the last chain of each length was given: a later chain of that
    #: length that names no term of its own reads the same list ("A in 60% and 80% of the low- and
    #: high-exposure groups, and B in 15% and 19%, respectively")
    template: dict[int, list[tuple]] = {}
    excluded_before: dict[int, str] = {}
    for chain in chains:
        if kind == "arm" and len(chain) == 2 and not any(id(c) in column for c in chain):
            _first_of_pair_named_after(chain, own, terms, text)
            if len(named) == 1:
                _comparator_before_pair(chain, own, terms, text, excluded_before)
                _comparator_after_pair(chain, own, terms, text, excluded_before)
        source = {id(c): "own" for c in chain if own[id(c)]}
        earlier = template.get(len(chain)) if respectively and len(chain) > 1 else None
        if earlier and not source and not any(id(c) in column for c in chain) \
                and not _terms_after(chain, terms, ordered):
            for c, (value, origin, excluded_arm) in zip(chain, earlier):
                setattr(c, kind, value)
                setattr(c, source_field, origin)
                if kind == "arm":
                    c.arm_not = excluded_arm
            continue
        excluded: dict[int, str] = {i: a for i, a in excluded_before.items() if any(id(c) == i for c in chain)}
        respectively_done = False
        halves = _compared_halves(chain, text) if respectively and kind == "arm" else None
        if halves and not any(id(c) in column for c in chain):
            # "the A and B rates with EXAMPLIMAB were 80% and 70%, compared with 30% and 20% with
            # SC, respectively": the list pairs with the endpoints; each half is one arm's, the arm
            # one of its values names
            arms = [{own[id(c)] for c in half if own[id(c)]} for half in halves]
            if all(len(a) == 1 for a in arms) and arms[0] != arms[1]:
                for half, (arm,) in zip(halves, arms):
                    for c in half:
                        if not own[id(c)]:
                            own[id(c)] = arm
                            source[id(c)] = "chain"
                respectively_done = True
        if len(chain) > 1 and respectively and not respectively_done and not any(id(c) in column for c in chain):
            listed = _respective_terms(chain, terms, ordered, text)
            if listed:
                for c, a in zip(chain, listed if len(listed) == len(chain) else listed * len(chain)):
                    own[id(c)] = a
                    source[id(c)] = "chain"
        if kind == "population" and len(chain) > 1 and not respectively:
            shared |= _shared_denominator(chain, own, column, terms, text)
        if len(chain) > 1:
            used = {own[id(c)] for c in chain if own[id(c)]}
            # in the order named, a comparator last ("Compared with SC, EXAMPLIMAB gave 80% vs 29%")
            remaining = sorted((a for a in named if a not in used), key=lambda a: a in comparators)
            missing = [c for c in chain if not own[id(c)]]
            if missing and len(remaining) >= len(missing):
                for c, a in zip(missing, remaining):
                    own[id(c)] = a
                    source[id(c)] = "chain"
            elif missing and kind == "arm" and len(used | set(remaining)) == 1 and (
                    (time_paired and all(id(c) in time_paired for c in chain))
                    or all(id(c) in endpoint_paired for c in chain)):
                # one arm's values at the time points (or of the endpoints) the list names, not the arm
                # and its comparator
                (arm,) = used | set(remaining)
                for c in missing:
                    own[id(c)] = arm
                    source[id(c)] = "sentence"
            elif missing and kind == "arm" and len(used | set(remaining)) == 1:
                (arm,) = used | set(remaining)
                if not used and arm in product_arms:
                    # the product's value first, its comparator after it; but "42.2% vs 42.4% (≤3.3 vs
                    # >10 mg/kg)": an arm named last in a list of arms is the last value's
                    term = next(t for t in terms if t.id == arm)
                    before = text[max(0, term.start - 20):term.start]
                    last = term.start >= chain[-1].end and (_VS_BEFORE.search(before) or _LIST_END.search(before)) \
                        and not _CLAUSE_GAP.match(text[chain[-1].end:term.start])  # "…/year, EXAMPLIMAB is"
                    mine = chain[-1] if last else chain[0]  # "(≤10 vs >10 mg/kg)", "lower- and upper-exposure"
                    own[id(mine)] = arm
                    source[id(mine)] = "chain"
                    missing = [c for c in missing if c is not mine]
                elif not used and len(chain) == 2 and all(t.start >= chain[-1].end for t in terms if t.id == arm) \
                        and not _CLAUSE_GAP.match(text[chain[-1].end:terms[0].start]) \
                        and not re.search(r"[;.:]", text[chain[-1].end:terms[0].start]):
                    # "31 (39%) …, compared with 8 (23%) of the 35 SC patients": the arm named only
                    # after the compared value is its own; the first value is the other arm's
                    own[id(chain[-1])] = arm
                    source[id(chain[-1])] = "chain"
                    missing = [chain[0]]
                    used = {arm}
                if used or arm in product_arms:
                    for c in missing:
                        excluded[id(c)] = arm
        for c in chain:
            value = own[id(c)]
            origin = source.get(id(c))
            if id(c) in excluded:
                c.arm, c.arm_source, c.arm_not = None, "comparator", excluded[id(c)]
                continue
            if value is None:
                # the nearest term; with several different ones named, only a guess
                value, origin = _nearest(c, terms), ("sentence" if len(named) == 1 else "ambiguous")
            setattr(c, kind, value)
            setattr(c, source_field, origin)
        if respectively and len(chain) > 1:
            template[len(chain)] = [(getattr(c, kind), getattr(c, source_field), c.arm_not if kind == "arm" else None)
                                    for c in chain]
    for c in ordered:
        row_population = columns.get(id(c), {}).get("row-population") if columns and kind == "population" else None
        if row_population is not None and c.population == column.get(id(c)) and c.endpoint is not None \
                and c.parallel_of is None:
            # a table cell: the population its row's label names narrows its column's (:func:`_table_columns`)
            c.parallel_of = (c.endpoint, None, row_population, c.population)
            continue
        wider = narrowed.get(c.population or "")
        if wider is not None and len(wider) == 1 and c.endpoint is not None and c.parallel_of is None \
                and c.population_source in ("own", "chain", "sentence"):
            # "Responders (biomarker-negative)", "biomarker-negative (second line)": the library's
            # population that names both, if one; else the narrower one the bracket names
            c.parallel_of = (c.endpoint, None, next(iter(wider)), c.population)
    return shared


#: between the last value of a compared pair and whom every value of it counts ("68% vs 48% of responders")
_DENOMINATOR_GAP = re.compile(r"^[^\S\n]{0,3}(?:of|among|in)[^\S\n]{1,3}(?:the[^\S\n]{1,3}|all[^\S\n]{1,3})?$", re.I)


def _shared_denominator(chain: list[Claim], own: dict[int, str | None], column: dict[int, str],
                        terms: list[Term], text: str) -> set[str]:
    """A population after the last value of a vs-chain, as whom the values count ("biomarker
    negativity was more frequent in first than in second line (68% vs 48% of responders)", "rates were
    higher in younger than in older patients: 60% vs 45% of those treated"), is every value's,
    not the last one's alone, where the sentence names, before the chain, as many other
    populations as the chain has values and no other value has one of its own: those tell the
    values apart, in order (the chain's population by place), and the last value keeps none of
    its own."""
    last = chain[-1]
    shared = own.get(id(last))
    if shared is None or any(id(c) in column for c in chain) or any(own.get(id(c)) for c in chain[:-1]):
        return set()
    after = next((t for t in terms if t.start >= last.end and t.id == shared), None)
    # the preposition may be the term's own first word ("among responders")
    gap = text[last.end:after.start] if after is not None else ""
    if after is None or not (_DENOMINATOR_GAP.match(gap)
                             or _DENOMINATOR_GAP.match(gap + text[after.start:after.end].split(" ")[0] + " ")):
        return set()
    listed = list(dict.fromkeys(t.id for t in terms if t.end <= chain[0].start and t.id != shared))
    if len(listed) != len(chain):
        return set()
    own[id(last)] = None
    return {shared}


#: a word for who was counted after a population's name ("second line patients", "the biomarker-negative subgroup")
_WHO_NOUN = re.compile(r"[^\S\n]{0,3}(?:patients|subjects|participants|responders|subgroup|group|population|cohort)\b", re.I)


def _narrowed_labels(terms: list[Term], text: str) -> tuple[list[Term], dict[str, set[str]]]:
    """``terms`` without a population that the next one, in brackets right after it, narrows ("Responders
    (biomarker-negative)", "biomarker-negative patients [second line]": one group, the bracket's), and for
    each narrowing population the ids of those it narrows."""
    kept: list[Term] = []
    narrowed: dict[str, set[str]] = {}
    for k, t in enumerate(terms):
        nxt = terms[k + 1] if k + 1 < len(terms) else None
        if nxt is not None and nxt.id != t.id and _NARROWING_OPEN.fullmatch(text, t.end, nxt.start):
            closer = "]" if "[" in text[t.end:nxt.start] else ")"
            closed = _NARROWING_CLOSE.match(text, nxt.end)
            if closed is not None and text[closed.end() - 1] == closer:
                narrowed.setdefault(nxt.id, set()).add(t.id)
                continue
        kept.append(t)
    return kept, narrowed


#: between a population and the bracket that narrows it: "Responders (", "patients [in "
_NARROWING_OPEN = re.compile(r"(?:[^\S\n]{1,3}(?:patients|subjects|responders|group|subgroup))?[^\S\n]{0,3}[(\[]"
                             r"[^\S\n]{0,3}(?:in[^\S\n]{1,3})?", re.I)
#: after the narrowing population: the bracket closes
_NARROWING_CLOSE = re.compile(r"(?:[^\S\n]{1,3}(?:patients|subjects|responders|group|subgroup))?[^\S\n]{0,3}[)\]]", re.I)


def _label_after(claim: Claim, terms: list[Term], arms: list[Term], ordered: list[Claim], text: str,
                 limit: int) -> list[Term] | None:
    """The populations set off as the value's own label right after it: in brackets ("14.1 months
    (biomarker-negative)", "7.2 months [in biomarker-positive patients]", "87.7% (biomarker-negative, second
    line)") or after a dash that the label's end closes ("14.1 months — biomarker-negative; 7.2 months —
    biomarker-positive"), an arm named between at most ("87.7% with EXAMPLIMAB (second line)"). A
    bracket holds no other figure than a count ("(biomarker-negative 78.4%)" labels the 78.4%, not the
    value before it). The populations in order (the value takes the last, narrowed by the first where
    the library holds a population that is both), None where there is none."""
    anchors = [claim.end]
    for a in arms:
        if claim.end <= a.start < limit and _AFTER_GAP.match(text[claim.end:a.start]) \
                and not _CLAUSE_GAP.match(text[claim.end:a.start]):
            anchors.append(a.end)
            break
    first = next((t for t in terms if claim.end <= t.start < limit), None)
    if first is None:
        return None
    opened = next((m for m in (_LABEL_OPEN_AFTER.match(text, a, first.start) for a in anchors if a <= first.start)
                   if m is not None), None)
    if opened is None:
        return None
    s1 = claim.sentence[1] if claim.sentence[1] > claim.end else len(text)
    if not opened.group("bracket"):
        end = first.end
        noun = _WHO_NOUN.match(text, end, s1)
        if noun is not None:
            end = noun.end()
        return [first] if _DASH_LABEL_END.match(text[end:s1]) else None
    closer = "]" if opened.group("bracket") == "[" else ")"
    close = text.find(closer, first.end, min(s1 + 1, first.end + 80))
    if close < 0 or any(ch in text[first.end:close] for ch in "([])"):
        return None
    if any(first.start <= c.start < close and c.kind != ClaimKind.COUNT for c in ordered):
        return None
    return [t for t in terms if first.start <= t.start and t.end <= close]


def _label_before(claim: Claim, terms: list[Term], text: str, start: int) -> Term | None:
    """The population set off as the value's label right before it (from ``start`` on): in brackets
    ("median survival (biomarker-negative) was 14.1 months", "[second line]: 87.7%") or before a dash
    ("biomarker-negative — 14.1 months"); None where there is none."""
    t = next((t for t in reversed(terms) if t.end <= claim.start), None)
    if t is None or t.start < max(start, claim.start - BEFORE_CHARS - 20):
        return None
    m = _LABEL_GAP_BEFORE.match(text, t.end, claim.start)
    if m is None:
        return None
    if m.group("bracket"):
        opened = _LABEL_OPEN_BEFORE.search(text, max(start, t.start - 40), t.start)
        if opened is None or opened.group(0)[0] != ("[" if m.group("bracket") == "]" else "("):
            return None
    return t


def _contrasted_populations(chains: list[list[Claim]], product_arms: tuple[str, ...], named: set[str],
                            group: list[Claim]) -> None:
    """A vs-chain whose sides are told apart by populations, not arms ("In EXAMPLIMAB responders, median
    survival was 14.1 months if biomarker-negative vs 7.2 months if biomarker-positive", "biomarker-negative
    vs -positive patients on EXAMPLIMAB: 14.1 vs 7.2 months"): where the sentence names no arm but the
    product's, every value bound to a population of its own (its own term or its place in the chain),
    the populations all different and the endpoint the same, the chain compares subgroups of the product's
    own arm (a population the chain took by its place, not next to the value, counts only where the
    sentence names no other population, but those next to other values: "In responders, 14.1 vs 7.2
    months if A vs B; in second line, 15.6 and 6.9 months" gives the second pair the populations left
    over, a guess that binds nothing):
    each value keeps the product's arm, none is the comparator (:func:`_attach_who` read the
    values after the first as the comparator's), and its population is bound to it (source ``own``: a
    figure that is another side's is a swap, not confirmed by that side's entry)."""
    for chain in chains:
        if len(chain) < 2 or not any(c.arm_source == "comparator" and c.arm_not in product_arms for c in chain):
            continue
        if any(c.population_source not in ("own", "chain") or not c.population for c in chain):
            continue
        others = {c.population for c in group if c.population_source == "own" and all(c is not x for x in chain)}
        if any(c.population_source == "chain" for c in chain) and named - others != {c.population for c in chain}:
            continue
        if len({c.population for c in chain}) != len(chain) or len({c.endpoint for c in chain}) != 1 \
                or chain[0].endpoint is None:
            continue
        arm = next(c.arm_not for c in chain if c.arm_source == "comparator")
        if any(c.arm not in (None, arm) for c in chain):
            continue
        for c in chain:
            # the population is what tells this value from the others: bound to it, as one named next to it
            c.arm, c.arm_source, c.arm_not = arm, "chain", None
            c.population_source = "own"


#: between the values of an elliptic clause's pair: "15.6 and 6.9", "15.6 vs 6.9", "15.6, 6.9"
_PAIR_GAP = re.compile(r"^[^\S\n]{0,3}(?:months?\b|%)?[^\S\n]{0,3}(?:,[^\S\n]{0,3})?"
                       r"(?:(?:and|or|vs\.?|versus|compared\s{1,3}with)[^\S\n]{1,3})?$", re.I)


def _parallel_populations(claims: list[Claim], terms: list[Term], term_starts: list[int], text: str,
                          product_arms: tuple[str, ...]) -> None:
    """An elliptic clause parallel to a contrast of populations: "median survival was 14.1 months if
    biomarker-negative vs 7.2 months if biomarker-positive; in second line the figures were 15.6 and 6.9
    months", "... The corresponding values in second line were 15.6 and 6.9 months", "..., and 15.6 vs
    6.9 months in second line". A run of as many values of the same kind right after a contrast (a chain of values of
    one endpoint and arm, each bound to a population of its own, all different), in the same sentence or
    the next one of the paragraph, whose words name one population that is none of the contrast's, no
    endpoint but the contrast's (none at all in a sentence of its own) and no arm but the product's: each
    value takes the population of its place in the contrast, narrowed by the clause's population
    (``Claim.parallel_of``; the matcher reads the library's population that names both)."""
    ordered = sorted(claims, key=_START)
    k = 0
    while k < len(ordered):
        first = ordered[k]
        n = 1
        while k + n < len(ordered) and ordered[k + n].sentence == first.sentence \
                and ordered[k + n].kind == first.kind and ordered[k + n].unit == first.unit \
                and ordered[k + n].endpoint == first.endpoint and ordered[k + n].arm == first.arm \
                and ordered[k + n].population_source == "own" \
                and ordered[k + n].population not in {c.population for c in ordered[k:k + n]}:
            n += 1
        pair = ordered[k:k + n]
        if n < 2 or first.endpoint is None or first.population_source != "own" \
                or len({c.population for c in pair}) != n or None in {c.population for c in pair} \
                or first.arm_source == "comparator":
            k += 1
            continue
        run = ordered[k + n:k + 2 * n]
        k += n
        if len(run) != n or any(c.kind != first.kind or c.unit not in (None, first.unit) for c in run) \
                or len({c.sentence for c in run}) != 1 or run[0].start - pair[-1].end > 200:
            continue
        if not all(_PAIR_GAP.match(text[a.end:b.start]) for a, b in zip(run, run[1:])):
            continue
        own_sentence = run[0].sentence != first.sentence
        if own_sentence and (run[0].sentence[0] < first.sentence[1] or "\n\n" in text[first.sentence[1]:run[0].sentence[0]]
                             or "\n\n" in text[pair[-1].end:run[0].start]):
            continue
        if not own_sentence and "\n\n" in text[pair[-1].end:run[0].start]:
            continue
        after = next((c.start for c in ordered[k + n:] if c.sentence == run[0].sentence), run[0].sentence[1])
        lo = run[0].sentence[0] if own_sentence else pair[-1].end
        region = terms[bisect.bisect_left(term_starts, lo):bisect.bisect_left(term_starts, after)]
        contrast = {c.population for c in pair}
        narrowing = {t.id for t in region if t.kind == "population" and t.id not in contrast}
        endpoints = {t.id for t in region if t.kind == "endpoint"}
        arms = {t.id for t in region if t.kind == "arm"}
        if len(narrowing) != 1 or arms - set(product_arms) - {first.arm} \
                or (endpoints - {first.endpoint} if not own_sentence else endpoints):
            continue
        if any(c.population_source == "own" and c.population not in (*narrowing, p.population)
               for c, p in zip(run, pair)):
            continue  # a value that names a population of its own (not its place's in the contrast)
        (q,) = narrowing
        for c, p in zip(run, pair):
            c.parallel_of = (first.endpoint, first.arm, p.population, q)


#: after an arm named after a compared pair of values, the other arm: "vs", "versus", "compared with"
#: and no value ("9.3 vs 5.6 months with EXAMPLIMAB vs SC", "… with EXAMPLIMAB (vs SC)", "… in the
#: EXAMPLIMAB arm vs the SC arm", "… for EXAMPLIMAB-treated vs SC-treated patients")
_ARM_THEN_VS = re.compile(r"(?:[\s-]{1,2}(?:treated|arm|group|based))?[\s(]{0,3}(?:vs\.?|versus|compared\s{1,3}(?:with|to))\s{1,3}(?![\d.,<>\u2264\u2265])", re.I)


#: an arm named as the comparator of a subject the sentence leaves implicit: "lower than with SC",
#: "compared with SC", "versus SC", "relative to the SC arm"
_COMPARATOR_BEFORE = re.compile(r"(?:\bthan|\bas(?=\s{1,3}(?:with|in|for|on|among)\b)|\bcompared\s{1,3}(?:with|to)|\bvs\.?|\bversus|\brelative\s{1,3}to|\bover)"
                                r"\s{1,3}(?:(?:with|in|for|on|among)\s{1,3})?(?:the\s{1,3})?$", re.I)


def _is_comparator(term: Term, text: str, terms: list[Term] = ()) -> bool:
    """Whether the term is named as a comparator ("than with SC", "compared with SC", "versus SC"),
    read at the start of its widest reading among ``terms`` ("standard chemotherapy", not "chemotherapy")."""
    start = min((t.start for t in terms if t.start < term.end and term.start < t.end), default=term.start)
    return bool(_COMPARATOR_BEFORE.search(text[max(0, start - 30):start]))


def _comparator_before_pair(chain: list[Claim], own: dict[int, str | None], terms: list[Term], text: str,
                            excluded: dict[int, str]) -> None:
    """ "The adverse-event rate was lower than with SC, 19.34 versus 42.44 per patient-year", "Compared
    with SC, the rate was 34.0% vs 15.3%": the only arm named before a compared pair, as the
    comparator of a subject left implicit, is the second value's; the first is the other arm's
    (``arm_not``), not the arm it stood next to."""
    a, b = chain
    if own[id(b)] or not _CHAIN.search(text[a.end:b.start]):
        return
    term = next((t for t in reversed(terms) if t.end <= a.start), None)
    if term is None or own[id(a)] not in (None, term.id) \
            or not _is_comparator(term, text, terms) \
            or re.search(r"\d", text[term.end:a.start]):
        return
    own[id(b)], own[id(a)] = term.id, None
    excluded[id(a)] = term.id


#: after a compared pair, up to the only arm named: a comparison whose reference is that arm ("34% vs 15%:
#: more than twice the rate with SC", "…, three times higher than with SC", "…, double that seen in the SC arm")
_REFERENCE_AFTER_PAIR = re.compile(
    r"^[^\d;.\n]{0,40}?\b(?:twice|double|doubled|triple|tripled|treble|half|(?:[\w.]+[-\s])?fold|times|higher|greater|"
    r"lower|more|less|fewer|better|worse|larger|smaller)\b[^\d;.\n]{0,30}?"
    r"(?:\bthan|\bas|\b(?:the|that|those)(?:\s{1,3}[\w-]+){0,2}?)"
    r"\s{1,3}(?:with|in|on|for|among|under|of)\s{1,3}(?:the\s{1,3})?$", re.I)


def _comparator_after_pair(chain: list[Claim], own: dict[int, str | None], terms: list[Term], text: str,
                           excluded: dict[int, str]) -> None:
    """ "34.0% vs 15.3%: more than twice the rate with SC", "21% vs 11%, nearly double that seen in the SC
    arm": the only arm named after a compared pair, as the reference of a comparison the pair makes,
    is the second value's; the first is the other arm's (``arm_not``), not the arm named nearest it."""
    a, b = chain
    if own[id(a)] or not _CHAIN.search(text[a.end:b.start]):
        return
    term = next((t for t in terms if t.start >= b.end), None)
    if term is None or own[id(b)] not in (None, term.id) or term.start - b.end > 80 \
            or not _REFERENCE_AFTER_PAIR.match(text[b.end:term.start]):
        return
    own[id(b)], own[id(a)] = term.id, None
    excluded[id(a)] = term.id


def _first_of_pair_named_after(chain: list[Claim], own: dict[int, str | None], terms: list[Term], text: str) -> None:
    """Two values compared with "vs", then an arm compared with another the library may not name
    ("median survival 9.3 vs 5.6 months with EXAMPLIMAB vs SC"): the arms are listed in the values' order,
    so the named arm is the first value's, not the second's (which stood next to it)."""
    a, b = chain
    if own[id(a)] or not own[id(b)]:
        return
    gap = text[a.end:b.start]
    if not (_CHAIN.search(gap) and _CHAIN_RESPECTIVELY.match(gap)):
        return
    t = next((t for t in terms if t.start >= b.end), None)
    if t is None or t.id != own[id(b)] or t.start - b.end > 60:
        return
    to_arm = text[b.end:t.start]
    if not (_LIST_TO_ARMS.match(to_arm) or _VS_LIST_TO_ARMS.match(to_arm)):
        return
    if _ARM_THEN_VS.match(text, t.end, min(len(text), t.end + 30)):
        own[id(a)], own[id(b)] = own[id(b)], None


def _terms_after(chain: list[Claim], terms: list[Term], ordered: list[Claim]) -> bool:
    """Whether a term is named after the chain's last value, before the next value or the sentence end."""
    k = bisect.bisect_left(ordered, chain[-1].end, key=_START)
    stop = ordered[k].start if k < len(ordered) else chain[-1].sentence[1]
    k = bisect.bisect_left(terms, chain[-1].end, key=_START)
    return k < len(terms) and terms[k].end <= stop


#: what joins the fractions of a bracketed list ("(88/109 vs 32/109)", "[69/88 and 9/32]")
_FRACTION_LIST_GAP = re.compile(r"^\s{0,3}(?:,|;|vs\.?|versus|and|or|compared\s{1,2}with)\s{0,3}$", re.I)
#: between a percentage list and the bracket of its fractions: a few words, no clause break
_TO_FRACTIONS_GAP = re.compile(r"^[^.;:()\[\]\d]{0,60}[(\[]\s{0,2}$")
#: after the last fraction of the list, its bracket's close; before it, what the list's members
#: count ("patients"), and after a comma or semicolon a few words of the list's own that are no
#: fraction of another list: "(79/164 vs 35/162, ITT)", "(88 of 109 and 32 of 109 patients,
#: respectively)", "(88/109 vs 32/109; P<0.001)"
_FRACTIONS_CLOSE = re.compile(r"[^\S\n]{0,2}(?:(?:patients|adults|subjects|participants|responders|people)\b)?"
                              r"(?:[^\S\n]{0,2}[,;][^()\[\]/\n]{0,60}?)?[^\S\n]{0,2}[)\]]")
#: how far after the last fraction its bracket's close is looked for (a frame's padding and bars
#: at a line wrap read as one space: :func:`claimcheck.sentences.join_wrapped`)
_FRACTIONS_CLOSE_REACH = 160


def _closes_fractions(text: str, at: int) -> bool:
    """Whether the bracketed list of fractions ending at ``at`` closes there (:data:`_FRACTIONS_CLOSE`),
    its lines wrapped or framed (never past a blank line)."""
    tail = text[at:at + _FRACTIONS_CLOSE_REACH]
    blank = re.search(r"\n[^\S\n]*\n", tail)
    if blank is not None:
        tail = tail[:blank.start()]
    return _FRACTIONS_CLOSE.match(join_wrapped(tail)) is not None


def _paired_counts(ordered: list[Claim], text: str) -> None:
    """A bracketed list of n/N right after as many percentages ("80.7% vs 29.4% (88/109 vs
    32/109)", "48.2% against 21.6% with SC (79/164 and 35/162)") pairs with them in order: each
    fraction takes its percentage's arm, not the arm named nearest to it (the last one). The list
    may close on words of its own ("(79/164 vs 35/162, ITT)", "(... patients, respectively)"), and
    its lines may be wrapped or framed ("| 48.2% vs 21.6% went on to   |" over "| (79/164 vs
    35/162). |", box-drawing sides too): the class of an n/N list not paired with its rates, so
    that a changed count went unjudged (A001)."""
    i = 0
    while i < len(ordered):
        c = ordered[i]
        if c.kind != ClaimKind.FRACTION or i < 2 or ordered[i - 1].kind != ClaimKind.PERCENTAGE:
            i += 1
            continue
        run = [c]
        while i + len(run) < len(ordered):
            nxt = ordered[i + len(run)]
            if nxt.kind != ClaimKind.FRACTION or not _FRACTION_LIST_GAP.match(join_wrapped(text[run[-1].end:nxt.start])):
                break
            run.append(nxt)
        k = len(run)
        before = ordered[i - k:i] if i >= k else []
        if k >= 2 and len(before) == k and all(b.kind == ClaimKind.PERCENTAGE and b.n is None for b in before) \
                and _TO_FRACTIONS_GAP.match(join_wrapped(text[before[-1].end:c.start])) \
                and _closes_fractions(text, run[-1].end):
            for f, pct in zip(run, before):
                pct.n, pct.total = f.n, f.total  # as "29.4% (32/109)": the arithmetic checks them
                f.arm, f.arm_source, f.arm_not = pct.arm, pct.arm_source, pct.arm_not
                if pct.endpoint is not None:
                    f.endpoint, f.endpoint_strength = pct.endpoint, pct.endpoint_strength
                if pct.population is not None:
                    f.population, f.population_source = pct.population, pct.population_source
        i += k


#: what joins the arms of a compared pair ("EXAMPLIMAB vs control", "EXAMPLIMAB versus the control arm"),
#: also in a question or a set-up that names the groups before the values ("how did patients who received
#: ≤X compare with those who received >X?", "a dose of ≤X with >X"): the groups a later "A% and B%"
#: gives in order
_VS_GAP = re.compile(r"^[\s,(]*(?:vs\.?|versus|(?:(?:compared?|comparing)\s+)?(?:with|to)|than)[\s(]*"
                     r"(?:(?:those|patients|the\s+ones)(?:\s+(?:who|that)\s+(?:received|had|got|were\s+given))?\s+)?"
                     r"(?:(?:the|a|an)\s+)?$", re.I)
#: groups joined by "and"/"or" are a compared list only where the words before them split or compare
#: ("split into a low group and a high group", "between X and Y"); "patients on X and Y were followed"
#: names both, in no order the values follow
_AND_GAP = re.compile(r"^[\s,(]*(?:and|or)[\s(]*(?:(?:the|a|an)\s+)?$", re.I)
#: two groups contrasted by a value each ("50.9% in the lower group and 90.4% in the higher group",
#: "9.1 months with A versus 6.0 months with B"): between the groups, the second group's value; before
#: the first group, its own
_VALUE_WORDS = r"\d{1,3}(?:[.,]\d{1,2})?[^\S\n]?(?:%|percent\b|(?:months?|weeks?|days?|years?)\b)?"
_GROUP_LEAD = r"[^\S\n]{1,3}(?:of|in|with|on|for|among)[^\S\n]{1,3}(?:(?:the|those)[^\S\n]{1,3})?$"
_VALUE_PAIR_GAP = re.compile(r"^[^\S\n]{0,3},?[^\S\n]{0,3}(?:and|but|while|whereas|vs\.?|versus|compared[^\S\n]+(?:with|to))"
                             r"[^\S\n]{1,3}(?:[A-Za-z]+[^\S\n]{1,3}){0,2}?" + _VALUE_WORDS + _GROUP_LEAD, re.I)
_VALUE_OF_GROUP = re.compile(_VALUE_WORDS + _GROUP_LEAD, re.I)
#: after a value, a group named in its own words ("23% in those who relapsed early", "of patients aged 60")
_OWN_GROUP_AFTER = re.compile(r"[^\S\n]{0,3}(?:in|with|among|for|of)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?"
                              r"(?:those|patients|adults|children|people|subjects|participants)\b", re.I)
_GROUPS_CUE = re.compile(r"\b(?:split|divided|grouped|stratified|compar\w*|between|into)\b[^.;:!?\n]{0,60}$", re.I)
#: a group's size right after its name, in brackets or after a comma ("EXAMPLIMAB (n=247) or control
#: (n = 124)", "≤X mg/m², n=161; >X mg/m², n=177"): the groups so sized are the arms of the comparison,
#: named in the order a later pair of values follows (see :func:`_listed_before`)
_SIZE_AFTER_GROUP = re.compile(r"\s{0,3}(?:[(\[][^\S\n]{0,2}[nN][^\S\n]{0,2}=[^\S\n]{0,2}\d{1,3}(?:,\d{3}|\d{1,2})?"
                               r"(?:[^\S\n]{1,2}(?:patients|adults|children|subjects|participants))?[^\S\n]{0,2}[)\]]"
                               r"|,[^\S\n]{0,2}[nN][^\S\n]{0,2}=[^\S\n]{0,2}\d{1,3}(?:,\d{3}|\d{1,2})?(?!\d|[.,]\d))")
#: between two sized groups, after the first one's size: a list's separator, or a comparison in words
#: _VS_GAP and _AND_GAP do not hold ("X (n=124) was compared with Y", "X (n=161) against Y", "to X
#: (n=247) or to Y")
_SIZED_LIST_GAP = re.compile(r"^[\s,;]*$")
_SIZED_JOIN = re.compile(r"^[\s,;]*(?:(?:(?:(?:was|were|is|are)\s+)?(?:compared|contrasted|set|weighed)\s+)?"
                         r"(?:against|with|to)|(?:and|or)\s+(?:to|with|on))\s+(?:(?:the|a|an)\s+)?$", re.I)
#: a comparison put first ("Compared with X (n=162), Y (n=164) …"): the groups after it are not named
#: in the order the values follow (the subject's value comes first)
#: (a few words may stand between: the group's term may be the last word of a longer name, "standard
#: chemotherapy", whose longer term replaces it only after the pair is accepted)
_FRONTED_COMPARISON = re.compile(r"\b(?:compared\s+(?:with|to)|vs\.?|versus|relative\s+to|unlike|against)"
                                 r"\s+(?:[\w-]+\s+){0,3}$", re.I)


def _listed_before(back: list[Term], kind: str, text: str, chains: list[list[Claim]] = ()) -> list[str]:
    """The last terms of ``kind`` named before, where they are a compared pair or list ("EXAMPLIMAB vs
    control"), in order; else none. Groups contrasted by a value each ("80% in A and 30% in B") count
    too, unless a value of ``chains`` (the sentence's) names a group of its own in words the library
    lacks ("39%, compared with 23% in those who relapsed early": another comparison). Groups named
    each with its size are a compared list too, whatever joins them (:func:`_sized_pair`)."""
    by_value = not any(_OWN_GROUP_AFTER.match(text, c.end) for ch in chains for c in ch)
    run: list[Term] = []
    for t in reversed(back):
        if t.kind != kind:
            continue
        if run and t.end > run[0].start:  # "control" inside "the control arm": one mention
            if t.start <= run[0].start and t.id == run[0].id:
                run[0] = t
            continue
        if run and not _VS_GAP.match(text[t.end:run[0].start]) and not (
                _AND_GAP.match(text[t.end:run[0].start]) and _GROUPS_CUE.search(text, max(0, t.start - 80), t.start)) \
                and not (by_value and _VALUE_PAIR_GAP.match(text[t.end:run[0].start])
                         and _VALUE_OF_GROUP.search(text, max(0, t.start - 40), t.start)) \
                and not _sized_pair(t, run[0], text):
            break
        run.insert(0, t)
    ids = [t.id for t in run]
    return ids if len(ids) > 1 and len(set(ids)) == len(ids) else []


def _sized_pair(first: Term, second: Term, text: str) -> bool:
    """Whether two groups are named each with its size, one after the other, as the arms of a
    comparison are ("randomised to EXAMPLIMAB (n=164) or control (n=162)", "a dose of ≤X (n=161)
    with >X (n=177)", "(≤X, n=161; >X, n=177)"): the sizes say they are the compared groups, so
    "and"/"or" joins them in order without a word that splits or compares, and the size between
    them does not break the pair (but groups listed after a comparison put first, "Compared with A
    (n=162), B (n=164)", are not in the values' order). The next sentence's "9.3 versus 5.6 months"
    (or "50.9% and 90.4%, respectively") then takes them in that order, not both the group named
    last: a false mismatch of a correct pair, where the size broke the list."""
    size = _SIZE_AFTER_GROUP.match(text, first.end, second.start)
    if size is None or not _SIZE_AFTER_GROUP.match(text, second.end):
        return False
    rest = text[size.end():second.start]
    if _SIZED_LIST_GAP.match(rest):
        # "(A, n=161; B, n=177)"; not "Compared with A (n=162), B (n=164) …", the subject's value first
        return not _FRONTED_COMPARISON.search(text, max(0, first.start - 60), first.start)
    return bool(_VS_GAP.match(rest) or _AND_GAP.match(rest) or _SIZED_JOIN.match(rest))


def _compared_halves(chain: list[Claim], text: str) -> tuple[list[Claim], list[Claim]] | None:
    """A chain of 2k values (k >= 2) compared once in its middle and listed otherwise ("80% and 70%,
    compared with 30% and 20%"), as its two halves; else None."""
    k = len(chain) // 2
    if k < 2 or len(chain) != 2 * k:
        return None
    compared = [bool(_CHAIN.search(text[a.end:b.start])) for a, b in zip(chain, chain[1:])]
    if compared[k - 1] and sum(compared) == 1:
        return chain[:k], chain[k:]
    return None


def _respective_terms(chain: list[Claim], terms: list[Term], ordered: list[Claim], text: str) -> list[str]:
    """The terms a "respectively" chain's values take in order: the list right after the chain
    (up to the next value; a term named after that list, past a word that ends it, is not one of
    them: "34% and 15% in the A and B groups) favoured A"), else the list before it; [] when
    neither fits."""
    k = len(chain)
    later = [c.start for c in ordered if c.start >= chain[-1].end]
    stop = later[0] if later else chain[-1].sentence[1]
    after = [t for t in terms if chain[-1].end <= t.start and t.end <= stop]
    ids = _listed(after, text, leading=True)
    if len(ids) == k:
        return ids
    if len(ids) == 1 and len(after) == 1 and not _LIST_END.search(text, max(0, after[0].start - 12), after[0].start) \
            and not any(_CHAIN.search(text[a.end:b.start]) for a, b in zip(chain, chain[1:])):
        # one term for all ("14% and 39% of adult EXAMPLIMAB patients, respectively"); not where
        # the values are compared ("80.7% compared with 29.4% on SC, and …, respectively": the
        # term is the compared value's own)
        return ids

    # before the chain, the last k named, however far apart ("in MRD-negative and 7.2 months in
    # MRD-positive responders; median DFS was 8.6 and 5.4 months, respectively")
    before = list(dict.fromkeys(t.id for t in terms if t.end <= chain[0].start))
    return before[-k:] if len(before) >= k else []


def _listed(run: list[Term], text: str, leading: bool = False) -> list[str]:
    """The ids of terms that form one list ("EXAMPLIMAB and SC", "A, B and C", "A vs B"), in order; [] if not one.
    ``leading``: the list the first terms form, up to the first gap that joins no list."""
    for j, (a, b) in enumerate(zip(run, run[1:])):
        if not _RESPECTIVE_LIST_GAP.match(text[a.end:b.start]):
            if not leading:
                return []
            run = run[:j + 1]
            break
    return list(dict.fromkeys(t.id for t in run))
