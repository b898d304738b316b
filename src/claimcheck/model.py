"""The data model: what flows through claimcheck, stage by stage. A newcomer reads this first.

    path ──read──▶ Document ──extract──▶ Claim ──attach context──▶ Claim with its context
         ──match──▶ Claim with its Match (claim.match) ──checks──▶ Finding ──report──▶ output

- :class:`Document` (``documents/base.py``, made by a reader): the text to lint and the map from
  any offset of it back to a page, line and column of the file.
- :class:`DocumentScope` (here, made by the engine once per document): what the document is read
  and checked for: its market (and whether that market writes decimal commas), the products it
  promotes, and the claims-library terms only other products declare. It is handed explicitly to
  extraction (``claims.extract_claims``) and context attachment (``context.attach_context``):
  there is no per-document global state.
- :class:`Claim` (here; found by ``claims.extract_claims``): one numeric claim: its
  :class:`ClaimKind`, its span, the value as written (``numbers.Num``), n/N, interval, ...; then
  its **context**, filled in place by ``context.attach_context``: sentence, endpoint, arm,
  population, timepoint, study and how each was found; then its **match**, set by the engine
  from ``matching.Matcher``: a claim and its match travel together (``claim.match``).
- :class:`Match` (here; decided by ``matching.Matcher``): how the claim compares with the claims
  library: a :class:`MatchStatus`, the entry and arm compared with, expected and found values.
- :class:`Finding` (``findings.py``; made by the checks, ``checks/``): what a rule reports,
  located in the file, with severity, category, message and a stable fingerprint.
- ``review.ClaimRecord``: a claim as a reviewer sees it (with a :class:`ReviewStatus`), for the
  reports that show claims.

Kinds and statuses are :class:`enum.StrEnum`: each member *is* its string ("percentage",
"mismatch"), so JSON, SARIF, HTML and messages read exactly as the strings did, and a comparison
with the plain string (``claim.kind == "percentage"``) still holds.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .documents.base import Document
from .findings import Finding
from .numbers import Num

if TYPE_CHECKING:
    from .reference import Entry


class ClaimKind(enum.StrEnum):
    """What kind of figure a claim states."""

    PERCENTAGE = "percentage"        # 80.7%, 45.7% (n=42/92), 23/164 patients (14%)
    PP_DIFFERENCE = "pp-difference"  # 51.3 percentage points
    DIFFERENCE = "difference"        # "9.3 vs 5.6 months, a gain of 3.7 months", "(+3.7 months)": two figures' difference, their unit
    DURATION = "duration"            # 7.7 months, 14.1-month median survival, 15 days
    RATIO = "ratio"                  # HR 0.75 [97.5% CI, 0.57-0.99]; 8.61 (1.52-48.86) under "Odds ratio (95% CI)"
    ESTIMATE = "estimate"            # 76.5 (50.1, 93.2) under "% (95% CI)": a value with an interval, unit from a header
    P_VALUE = "p-value"              # P<0.001, P=0.0105
    FRACTION = "fraction"            # 69/88, 80 of 92
    COUNT = "count"                  # 164 patients, n = 139, N=326
    RELATIVE = "relative"            # more than doubled, 25% relative reduction, 2-fold


class MatchStatus(enum.StrEnum):
    """How a claim compares with the claims library (decided by ``matching.Matcher``)."""

    #: a fact of a compatible arm agrees at the written precision (81% for 80.7%)
    CONSISTENT = "consistent"
    #: written with more decimals than the library holds, and rounds to it
    MORE_PRECISE = "more-precise"
    #: the value agrees with the *other* arm of the entry the claim refers to
    ARMS_SWAPPED = "arms-swapped"
    #: the claim refers to an entry clearly enough, and its value (CI, n/N) disagrees
    MISMATCH = "mismatch"
    #: no fact agrees and no entry is referred to clearly enough to call a mismatch
    UNMATCHED = "unmatched"
    #: no endpoint, or a kind of figure the library does not hold
    NOT_APPLICABLE = "not-applicable"


class ReviewStatus(enum.StrEnum):
    """A claim's status as a reviewer sees it (``review.review_status``; a colour in the reports)."""

    CONSISTENT = "consistent"                # the library holds the value exactly as written
    FAITHFUL_ROUNDING = "faithful-rounding"  # the library's value rounded (81% for 80.7%)
    MISMATCH = "mismatch"                    # a value or arithmetic error on the claim
    UNSUPPORTED = "unsupported"              # an endpoint the library holds, but no entry agrees
    UNCONFIRMABLE = "unconfirmable"          # more precise than the library, or nothing to compare with


@dataclass(frozen=True)
class DocumentScope:
    """What one document is read and checked for, decided by the engine before it is analysed."""

    market: str = ""
    #: the claims-library products the document promotes
    products: tuple[str, ...] = ()
    #: the market writes decimal commas ("80,7 %"): numbers are read so (claims.normalise_numbers)
    decimal_comma: bool = False
    #: (kind, id) of the library terms that only products the document does not promote declare:
    #: left out when context is attached (Reference.foreign_terms)
    foreign_terms: frozenset = frozenset()


@dataclass
class Interval:
    low: Num
    high: Num
    level: float | None = None  # 95, 97.5 ...; None for a range
    kind: str = "ci"            # "ci" or "range"
    start: int = 0
    end: int = 0


@dataclass
class Claim:
    """One numeric claim found in a document, with its context and (once matched) its match."""

    kind: ClaimKind
    start: int
    end: int
    text: str
    value: Num | None = None
    unit: str | None = None
    n: int | None = None
    total: int | None = None          # the N of n/N
    interval: Interval | None = None
    comparator: str | None = None     # p-values: "<", "=", ...
    ratio_kind: str | None = None     # hazard-ratio / odds-ratio
    relative: str | None = None       # normalised relative wording: "more than doubled", "relative reduction"
    factor: float | None = None       # the factor relative wording asserts (2 for doubled)
    # ---- context (context.py)
    sentence: tuple[int, int] = (0, 0)
    endpoint: str | None = None
    endpoint_strength: str | None = None   # "sentence" or "context"
    endpoint_candidates: list[str] = field(default_factory=list)
    arm: str | None = None
    #: how the arm was found: own (next to the value, or its table column's header), chain (vs-list or
    #: "respectively" order), sentence (the only arm the sentence names), ambiguous (nearest of
    #: several), context (preceding sentences), product, comparator (see arm_not)
    arm_source: str | None = None
    #: "comparator" claims: the arm they are compared with, i.e. the arm they are not ("48% vs 22%")
    arm_not: str | None = None
    population: str | None = None
    population_source: str | None = None  # as arm_source
    population_candidates: list[str] = field(default_factory=list)
    timepoint: str | None = None
    study: str | None = None
    study_source: str | None = None   # "sentence" (named in the claim's sentence) or "context" (earlier)
    product_context: bool = False     # the product is named in the claim's sentence
    analysis_cues: list[str] = field(default_factory=list)  # post hoc / subgroup / exploratory
    #: baseline characteristics the claim's sentence names besides its endpoint ("in patients with
    #: Philadelphia chromosome-positive disease, 91% …"): a subgroup the claim may be about
    qualifiers: list[str] = field(default_factory=list)
    #: an elliptic clause parallel to a contrast of populations ("14.1 vs 7.2 months in A vs B patients;
    #: in second line, 15.6 and 6.9 months"): (endpoint, arm, population of the same place in the
    #: contrast, population that narrows it). matching.Matcher reads the library's population that
    #: names both, where there is exactly one; otherwise the claim keeps the context read as it was
    parallel_of: tuple[str, str | None, str, str] | None = None
    #: the spans of the OTHER items of a list the claim's sentence makes, each value with words of its
    #: own ("68% in first line and 48% in second line", "A (OR 8.61), B (OR 7.08) and C (OR 6.02)",
    #: "14% of adults; 15% of children"): what they name (a population, time point, trial, an entry's
    #: own words) is theirs, not the claim's (context._list_items; Matcher reads the sentence without them)
    other_items: tuple[tuple[int, int], ...] = ()
    # ---- match (matching.py; set by the engine, None before matching)
    match: Match | None = field(default=None, compare=False, repr=False)

    def describe_value(self) -> str:
        if self.kind == "fraction":
            return f"{self.n}/{self.total}"
        if self.kind == "p-value" and self.value is not None:
            return f"P{self.comparator}{self.value}"
        if self.value is None:
            return self.text
        unit = self.unit or ""
        if unit == "%" and self.value.band is not None and "%" in self.text and self.text[:1].isalpha():
            return " ".join(self.text.split())  # a bound as written: "more than 85%"
        if unit == "%":
            return f"{self.value}%"
        return f"{self.value} {unit}".strip()


@dataclass
class Match:
    """How one claim compares with the claims library."""

    status: MatchStatus
    entry: Entry | None = None
    arm: str | None = None
    field: str = "value"              # what was compared: value, ci, ci-level, n/N, difference, ratio, p
    expected: str | None = None
    found: str | None = None
    detail: str | None = None
    score: float = 0.0
    #: how sure the claim ↔ entry link is, in words, for the finding ("the endpoint's default entry,
    #: near miss"); None where the value itself agrees
    certainty: str | None = None
    #: where several analyses hold the quantity the claim names and its value is none of them: each
    #: one's (entry, arm, value as shown); ``entry`` is then only one of them
    candidates: tuple = ()

    @property
    def reference_id(self) -> str | None:
        return self.entry.id if self.entry else None

    @property
    def source(self) -> str | None:
        return self.entry.source if self.entry else None


__all__ = ["ClaimKind", "MatchStatus", "ReviewStatus", "DocumentScope", "Document", "Interval", "Claim", "Match",
           "Finding"]
