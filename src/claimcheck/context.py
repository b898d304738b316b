"""Context attachment: which endpoint, arm, population, timepoint and study a claim is about.

Inputs are plain data (sentence spans, term mentions found by the pipeline's PhraseMatchers),
so the logic is testable without spaCy. How it decides, per claim:

- **endpoint**: the nearest outcome endpoint named in the claim's sentence (a design endpoint,
  i.e. a baseline characteristic, only where the sentence names no outcome), preferring one before the
  claim ("ORR: 80.7%"), else after it ("80.7% achieved a response"); strength ``sentence``.
  Where the sentence names none, the nearest one in the preceding sentences (within
  ``CONTEXT_CHARS``) or the nearest heading; strength ``context``. ``endpoint_candidates``
  keeps every endpoint named in the sentence and its two neighbours on each side, so that a
  headline number whose label was laid out elsewhere ("80.7%  78%  51%" over three labels) is
  still recognised when it matches one of them.
- **arm and population** (both are "who": EXAMPLIMAB vs control, biomarker-negative vs -positive):
  a term right after the value ("29.4% with control", "14.1 months in biomarker-negative patients") or
  right before it ("Of patients receiving EXAMPLIMAB, 80.7%") is the claim's own. Values joined by
  "vs"/"versus"/"compared with" form a chain; chain members without their own term take the
  remaining terms of the sentence in the order they are named ("rates of response (80.7% vs
  29.3%) … with ExM versus control" → ExM, control). Otherwise the nearest term in the sentence,
  else in the preceding sentences: for an arm any of them (within ``CONTEXT_CHARS``), for a
  population only those of the same paragraph, the section's heading or the list's lead-in —
  never another paragraph, bullet item or table row (:func:`_scoped_terms`). An arm defaults to
  the product when the sentence names the product and no other arm.
- **timepoint**: nearest timepoint term in the sentence ("2-year survival").
- **study**: named in the sentence, else the last study named before the claim.
- **analysis cues**: "post hoc", "subgroup", "exploratory", "pooled" in the sentence.
"""

from __future__ import annotations

import bisect
import contextvars
import re
from operator import attrgetter
from typing import NamedTuple

from .claims import Claim

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
#: "14.1 months in biomarker-negative patients", "7.2 months in patients who were biomarker-positive"
_AFTER_GAP = re.compile(
    r"^[\s,;:)\]]*(?:(?:with|for|in|on|among|receiving|using|of|from)\s+(?:the\s+)?"
    r"(?:(?:adult\s+|pediatric\s+)?(?:patients|those|subjects|responders)\s+"
    r"(?:who\s+(?:were|are|received|had|underwent|achieved)\s+|treated\s+with\s+|receiving\s+|on\s+|with\s+"
    r"|in(?:\s+the)?\s+)?)?)?$",
    re.I)
#: "Of patients receiving EXAMPLIMAB, 80.7%", "control (22%)", "EXAMPLIMAB: 80.7%"
_BEFORE_GAP = re.compile(r"^[\s,:;(\[]*(?:(?:was|were|of|achieved|had|showed|reached)[\s,:;(\[]+)?$", re.I)
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


#: (kind, id) of the terms that only products the document does not promote declare: left out
#: when context is attached, so that one product's vocabulary never gives another product's claim
#: its endpoint (one library's "deaths" taking another's "risk of death … overall survival"). The engine
#: sets it per document from the products the document names (Reference.foreign_terms).
FOREIGN_TERMS: contextvars.ContextVar[frozenset] = contextvars.ContextVar("claimcheck_foreign_terms",
                                                                          default=frozenset())

#: terms are ordered by position (a stable sort: of two with the same span, the first given stays first)
_POSITION = attrgetter("start", "end")
_START = attrgetter("start")


def attach_context(
    claims: list[Claim],
    sentences: list[tuple[int, int]],
    terms: list[Term],
    text: str,
    product_arms: tuple[str, ...] = (),
) -> list[Claim]:
    """Fill the context fields of each claim in place; returns the claims.

    Everything that depends only on the sentence (its terms, its neighbours' endpoints, its cues,
    the vs-chains of its values) is worked out once per sentence, not once per claim: a table row
    or a results paragraph holds many claims.
    """
    if not claims:
        return claims
    foreign = FOREIGN_TERMS.get()
    if foreign:
        terms = [t for t in terms if (t.kind, t.id) not in foreign]
    terms = sorted(terms, key=_POSITION)
    term_starts = [t.start for t in terms]
    studies = [t for t in terms if t.kind == "study"]
    study_starts = [t.start for t in studies]

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

    def sentence_ids(i: int) -> tuple[set[str], set[str]]:
        got = identified.get(i)
        if got is None:
            got = identified[i] = _ids(sentence_terms(i))
        return got

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
        scoped = _scoped_terms(i, sentences, sentence_terms, text) if sentences else []
        endpoint_names, population_names = _candidates(nearby, back)
        timepoints = named.get("timepoint", [])
        sentence_study = named["study"][0].id if "study" in named else None
        for claim in group:
            claim.sentence = (s0, s1)
            claim.analysis_cues = cues
            claim.product_context = names_product
            claim.endpoint_candidates = list(endpoint_names)
            if endpoints:
                claim.endpoint = _nearest(claim, endpoints)
                claim.endpoint_strength = "sentence"
            elif previous_endpoint is not None:
                claim.endpoint = previous_endpoint
                claim.endpoint_strength = "context"
            claim.timepoint = _nearest(claim, timepoints)
            claim.population_candidates = list(population_names)
            if sentence_study is not None:
                claim.study = sentence_study
                claim.study_source = "sentence"
            else:
                k = bisect.bisect_right(study_starts, claim.start) - 1
                claim.study = studies[k].id if k >= 0 else None
                claim.study_source = "context" if k >= 0 else None
        ordered = sorted(group, key=_START)
        respectively = _holds_any(folded, _RESPECTIVELY_WORDS) and bool(_RESPECTIVELY.search(sentence_text))
        chains = _chains(ordered, text, respectively)
        for kind in ("arm", "population"):
            _attach_who(ordered, chains, kind, named.get(kind, []), scoped if kind == "population" else back, text)
        if names_product and product_arms:
            arms = [t.id for t in named.get("arm", ())]
            if not (set(arms) - set(product_arms)):
                for claim in group:
                    if claim.arm is None:
                        claim.arm = arms[0] if arms else product_arms[0]
                        claim.arm_source = "product"
    return claims


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
    if sentence.endswith(":"):
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


def _nearest(claim: Claim, candidates: list[Term]) -> str | None:
    if not candidates:
        return None
    before = [t for t in candidates if t.end <= claim.start]
    if before:  # the closest end wins; of two ending together, the longer phrase
        return max(before, key=lambda t: (t.end, t.end - t.start)).id
    return min(candidates, key=lambda t: abs(t.start - claim.end)).id


def _endpoints(named: dict[str, list[Term]], back: list[Term]) -> tuple[list[Term], str | None]:
    """The sentence's endpoints, and the last endpoint named in the preceding sentences.

    Outcome endpoints first; a design endpoint (a baseline characteristic such as "Ab+") only
    where the sentence names no outcome: "in Ab+ patients, 91% achieved ORR" is an ORR claim.
    A claim takes the sentence's endpoint nearest to it (strength ``sentence``), else the last
    endpoint named before the sentence (``context``).
    """
    endpoints = named.get("endpoint") or named.get("baseline") or []
    previous = next((t.id for t in reversed(back) if t.kind == "endpoint"), None)
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


def _chains(ordered: list[Claim], text: str, respectively: bool) -> list[list[Claim]]:
    """A sentence's claims (in order) grouped into chains: runs of same-family values joined by
    vs/versus/compared with (or by "and" and commas when the sentence says "respectively")."""
    chains: list[list[Claim]] = []
    for claim in ordered:
        prev = chains[-1][-1] if chains else None
        gap = text[prev.end:claim.start] if prev else ""
        if prev and _FAMILY.get(claim.kind) == _FAMILY.get(prev.kind) and claim.start - prev.end <= 120 and \
                (_CHAIN.search(gap) or (respectively and _CHAIN_RESPECTIVELY.match(gap))):
            chains[-1].append(claim)
        else:
            chains.append([claim])
    return chains


def _attach_who(ordered: list[Claim], chains: list[list[Claim]], kind: str, terms: list[Term],
                back: list[Term], text: str) -> None:
    """Arm or population for each claim of a sentence, with vs-chains (see module doc).

    ``ordered``: the sentence's claims by position; ``chains``: as :func:`_chains` grouped them;
    ``terms``: the sentence's terms of this kind, in order; ``back``: the preceding sentences' terms.
    """
    source_field = f"{kind}_source"
    if not terms:
        # none named in the sentence (the common case): each claim takes the last one named before
        previous = next((t.id for t in reversed(back) if t.kind == kind), None)
        origin = "context" if previous is not None else None
        for c in ordered:
            setattr(c, kind, previous)
            setattr(c, source_field, origin)
        return
    first_of_chain = {id(ch[0]) for ch in chains if len(ch) > 1}
    own: dict[int, str | None] = {}
    for idx, claim in enumerate(ordered):
        nxt = ordered[idx + 1].start if idx + 1 < len(ordered) else claim.sentence[1]
        prv = ordered[idx - 1].end if idx > 0 else claim.sentence[0]
        # the first term right after the value, else the last one right before it
        value = None
        after_limit = min(nxt, claim.end + AFTER_CHARS)
        for t in terms:
            if claim.end <= t.start < after_limit and _AFTER_GAP.match(text[claim.end:t.start]):
                value = t.id
                break
        if value is None:
            before = None
            before_limit = max(prv, claim.start - BEFORE_CHARS)
            for t in terms:
                if before_limit <= t.start and t.end <= claim.start and _BEFORE_GAP.match(text[t.end:claim.start]):
                    before = t
            if before is not None and id(claim) in first_of_chain and any(t.end <= before.start for t in terms):
                # "ExM versus control (77.5% versus 23.9%)": the term before the chain is the last of a list
                before = None
            value = before.id if before is not None else None
        own[id(claim)] = value
    named = list(dict.fromkeys(t.id for t in terms))
    for chain in chains:
        source = {id(c): "own" for c in chain if own[id(c)]}
        if len(chain) > 1:
            used = {own[id(c)] for c in chain if own[id(c)]}
            remaining = [a for a in named if a not in used]
            missing = [c for c in chain if not own[id(c)]]
            if missing and len(remaining) >= len(missing):
                for c, a in zip(missing, remaining):
                    own[id(c)] = a
                    source[id(c)] = "chain"
        for c in chain:
            value = own[id(c)]
            origin = source.get(id(c))
            if value is None:
                # the nearest term; with several different ones named, only a guess
                value, origin = _nearest(c, terms), ("sentence" if len(named) == 1 else "ambiguous")
            setattr(c, kind, value)
            setattr(c, source_field, origin)
