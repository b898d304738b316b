"""Context attachment: which endpoint, arm, population, timepoint and study a claim is about.

Inputs are plain data (sentence spans, term mentions found by the pipeline's PhraseMatchers),
so the logic is testable without spaCy. How it decides, per claim:

- **endpoint**: the nearest outcome endpoint named in the claim's sentence (a design endpoint,
  i.e. a baseline characteristic, only where the sentence names no outcome), preferring one before the
  claim ("CR/CRi: 80.7%"), else after it ("80.7% achieved CR/CRi"); strength ``sentence``.
  Where the sentence names none, the nearest one in the preceding sentences (within
  ``CONTEXT_CHARS``) or the nearest heading; strength ``context``. ``endpoint_candidates``
  keeps every endpoint named in the sentence and its two neighbours on each side, so that a
  headline number whose label was laid out elsewhere ("80.7%  78%  51%" over three labels) is
  still recognised when it matches one of them.
- **arm and population** (both are "who": BESPONSA vs SC, MRD-negative vs MRD-positive):
  a term right after the value ("29.4% with SC", "14.1 months in MRD-negative patients") or
  right before it ("Of patients receiving BESPONSA, 80.7%") is the claim's own. Values joined by
  "vs"/"versus"/"compared with" form a chain; chain members without their own term take the
  remaining terms of the sentence in the order they are named ("rates of CR/CRi (80.7% vs
  29.3%) … with InO versus SC" → InO, SC). Otherwise the nearest term in the sentence, else in
  the preceding sentences. An arm defaults to the product when the sentence names the product
  and no other arm.
- **timepoint**: nearest timepoint term in the sentence ("2-year OS").
- **study**: named in the sentence, else the last study named before the claim.
- **analysis cues**: "post hoc", "subgroup", "exploratory", "pooled" in the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .claims import Claim

#: how far back (characters) the preceding sentences are searched for a missing endpoint/population
CONTEXT_CHARS = 400
#: a term this close after a value belongs to it ("29.4% with SC")
AFTER_CHARS = 50
#: a term this close before a value belongs to it ("receiving BESPONSA, 80.7%")
BEFORE_CHARS = 30

_CHAIN = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|than|relative\s+to)(?!\w)", re.I)
#: with "respectively" in the sentence, values listed with "and" or commas also form a chain
_CHAIN_RESPECTIVELY = re.compile(r"^[\s%,;)\]]*(?:,|and|or|vs\.?|versus)[\s(\[]*$", re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectively|corresponding)\b", re.I)
#: what may stand between a value and the arm/population it belongs to: "29.4% with SC",
#: "14.1 months in MRD-negative patients", "7.2 months in patients who were MRD-positive"
_AFTER_GAP = re.compile(
    r"^[\s,;:)\]]*(?:(?:with|for|in|on|among|receiving|using|of|from)\s+(?:the\s+)?"
    r"(?:(?:adult\s+|pediatric\s+)?(?:patients|those|subjects|responders)\s+"
    r"(?:who\s+(?:were|are|received|had|underwent|achieved)\s+|treated\s+with\s+|receiving\s+|on\s+|with\s+"
    r"|in(?:\s+the)?\s+)?)?)?$",
    re.I)
#: "Of patients receiving BESPONSA, 80.7%", "SC (22%)", "BESPONSA: 80.7%"
_BEFORE_GAP = re.compile(r"^[\s,:;(\[]*(?:(?:was|were|of|achieved|had|showed|reached)[\s,:;(\[]+)?$", re.I)
_CUES = re.compile(r"\b(post[\s-]?hoc|subgroups?|exploratory|pooled)\b", re.I)

_FAMILY = {"percentage": "rate", "fraction": "rate", "duration": "time", "ratio": "ratio",
           "estimate": "rate", "count": "count"}


@dataclass(frozen=True)
class Term:
    start: int
    end: int
    kind: str   # endpoint, arm, population, timepoint, study, product, entry
    id: str


@dataclass
class _Sentence:
    start: int
    end: int
    terms: list[Term]


def attach_context(
    claims: list[Claim],
    sentences: list[tuple[int, int]],
    terms: list[Term],
    text: str,
    product_arms: tuple[str, ...] = (),
) -> list[Claim]:
    """Fill the context fields of each claim in place; returns the claims."""
    if not claims:
        return claims
    terms = sorted(terms, key=lambda t: (t.start, t.end))
    term_starts = [t.start for t in terms]
    sent_starts = [s for s, _ in sentences]

    def sentence_terms(i: int) -> list[Term]:
        s, e = sentences[i]
        a = bisect.bisect_left(term_starts, s)
        b = bisect.bisect_left(term_starts, e)
        return terms[a:b]

    studies = [t for t in terms if t.kind == "study"]
    study_starts = [t.start for t in studies]
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        i = max(0, bisect.bisect_right(sent_starts, claim.start) - 1) if sentences else 0
        by_sentence.setdefault(i, []).append(claim)

    for i, group in by_sentence.items():
        s0, s1 = sentences[i] if sentences else (0, len(text))
        here = sentence_terms(i) if sentences else terms
        neighbours = [t for j in range(max(0, i - 2), min(len(sentences), i + 3)) for t in sentence_terms(j)] \
            if sentences else terms
        back = _preceding_terms(i, sentences, sentence_terms)
        sentence_text = text[s0:s1]
        cues = sorted({m.group(1).lower().replace(" ", "-").replace("posthoc", "post-hoc") for m in _CUES.finditer(sentence_text)})
        names_product = any(t.kind == "product" or (t.kind == "arm" and t.id in product_arms) for t in here)
        for claim in group:
            claim.sentence = (s0, s1)
            claim.analysis_cues = cues
            claim.product_context = names_product
            _attach_endpoint(claim, here, back, neighbours)
            claim.timepoint = _nearest(claim, [t for t in here if t.kind == "timepoint"])
            claim.population_candidates = sorted({t.id for t in neighbours if t.kind == "population"})
            k = bisect.bisect_right(study_starts, claim.start) - 1
            in_sentence = [t for t in here if t.kind == "study"]
            claim.study = (in_sentence[0].id if in_sentence else (studies[k].id if k >= 0 else None))
        for kind in ("arm", "population"):
            _attach_who(group, kind, here, back, text)
        for claim in group:
            if claim.arm is None and names_product:
                named = [t.id for t in here if t.kind == "arm"]
                if not (set(named) - set(product_arms)) and product_arms:
                    claim.arm = named[0] if named else product_arms[0]
                    claim.arm_source = "product"
    return claims


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


def _nearest(claim: Claim, candidates: list[Term]) -> str | None:
    if not candidates:
        return None
    before = [t for t in candidates if t.end <= claim.start]
    if before:  # the closest end wins; of two ending together, the longer phrase
        return max(before, key=lambda t: (t.end, t.end - t.start)).id
    return min(candidates, key=lambda t: abs(t.start - claim.end)).id


def _attach_endpoint(claim: Claim, here: list[Term], back: list[Term], neighbours: list[Term]) -> None:
    """Outcome endpoints first; a design endpoint (a baseline characteristic such as "Ph+") only
    where the sentence names no outcome: "in Ph+ patients, 91% achieved CR/CRi" is a CR/CRi claim."""
    endpoints = [t for t in here if t.kind == "endpoint"] or [t for t in here if t.kind == "baseline"]
    claim.endpoint_candidates = sorted({t.id for t in neighbours if t.kind in ("endpoint", "baseline")} |
                                       {t.id for t in back[-6:] if t.kind in ("endpoint", "baseline")})
    if endpoints:
        claim.endpoint = _nearest(claim, endpoints)
        claim.endpoint_strength = "sentence"
        return
    previous = [t for t in back if t.kind == "endpoint"]
    if previous:
        claim.endpoint = previous[-1].id
        claim.endpoint_strength = "context"


def _attach_who(group: list[Claim], kind: str, here: list[Term], back: list[Term], text: str) -> None:
    """Arm or population for each claim of a sentence, with vs-chains (see module doc)."""
    terms = [t for t in here if t.kind == kind]
    ordered = sorted(group, key=lambda c: c.start)
    respectively = bool(ordered) and bool(_RESPECTIVELY.search(text[ordered[0].sentence[0]:ordered[0].sentence[1]]))
    # chains of same-family values joined by vs/versus/compared with (or "and" with "respectively")
    chains: list[list[Claim]] = []
    for claim in ordered:
        prev = chains[-1][-1] if chains else None
        gap = text[prev.end:claim.start] if prev else ""
        if prev and _FAMILY.get(claim.kind) == _FAMILY.get(prev.kind) and claim.start - prev.end <= 120 and \
                (_CHAIN.search(gap) or (respectively and _CHAIN_RESPECTIVELY.match(gap))):
            chains[-1].append(claim)
        else:
            chains.append([claim])
    first_of_chain = {id(ch[0]) for ch in chains if len(ch) > 1}
    own: dict[int, str | None] = {}
    for idx, claim in enumerate(ordered):
        nxt = ordered[idx + 1].start if idx + 1 < len(ordered) else claim.sentence[1]
        prv = ordered[idx - 1].end if idx > 0 else claim.sentence[0]
        after = [t for t in terms if claim.end <= t.start < min(nxt, claim.end + AFTER_CHARS)
                 and _AFTER_GAP.match(text[claim.end:t.start])]
        before = [t for t in terms if max(prv, claim.start - BEFORE_CHARS) <= t.start and t.end <= claim.start
                  and _BEFORE_GAP.match(text[t.end:claim.start])]
        if before and id(claim) in first_of_chain and any(t.end <= before[-1].start for t in terms):
            # "InO versus SC (77.5% versus 23.9%)": the term before the chain is the last of a list
            before = []
        own[id(claim)] = after[0].id if after else (before[-1].id if before else None)
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
            if value is None and terms:
                # the nearest term; with several different ones named, only a guess
                value, origin = _nearest(c, terms), ("sentence" if len(named) == 1 else "ambiguous")
            if value is None:
                previous = [t for t in back if t.kind == kind]
                value, origin = (previous[-1].id, "context") if previous else (None, None)
            setattr(c, kind, value)
            setattr(c, f"{kind}_source", origin)
