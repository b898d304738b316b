"""The reviewer's view of a document: every claim with its match, its status and its findings.

Reporters that show claims (the HTML report, the claims matrix, the annotated PDF) receive this
as data; they decide nothing. :func:`claim_records` turns the engine's analysis of one document
(its claims, each with its match: model.py) and its findings into :class:`ClaimRecord` rows; :func:`is_document_level`
says whether a finding is about the document as a whole (something missing from it) rather than
about the place it is anchored to.

Review status of a claim (what the reviewer sees as a colour; :class:`~claimcheck.model.ReviewStatus`):

``consistent``          the claims library holds the value exactly as written
``faithful-rounding``   the value is the library's value rounded (81% for 80.7%)
``mismatch``            the value, its CI or n/N disagrees with the entry it refers to, arms are
                        swapped, or a value or arithmetic error finding sits on the claim
``unsupported``         the claim names an endpoint the library holds, but no entry agrees
``unconfirmable``       written more precisely than the library holds (80.73% for 80.7%), or of
                        a kind or on a subject the library holds no figure for (a patient count)
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Iterable

from .documents.base import Document
from .findings import Finding
from .model import Claim, MatchStatus, ReviewStatus

#: the review statuses, in the order the reports list them
STATUSES = tuple(ReviewStatus)

#: matching status → review status (before the findings on the claim are considered)
_FROM_MATCH = {
    MatchStatus.MISMATCH: ReviewStatus.MISMATCH,
    MatchStatus.ARMS_SWAPPED: ReviewStatus.MISMATCH,
    MatchStatus.MORE_PRECISE: ReviewStatus.UNCONFIRMABLE,
    MatchStatus.UNMATCHED: ReviewStatus.UNSUPPORTED,
    MatchStatus.NOT_APPLICABLE: ReviewStatus.UNCONFIRMABLE,
}

#: what the matcher's status means, for a reviewer (shown with the claim)
MATCH_NOTES = {
    MatchStatus.CONSISTENT: "agrees with the claims library",
    MatchStatus.MORE_PRECISE: "written more precisely than the claims library holds",
    MatchStatus.MISMATCH: "disagrees with the claims-library entry it refers to",
    MatchStatus.ARMS_SWAPPED: "the value of the other arm of the entry it refers to",
    MatchStatus.UNMATCHED: "no claims-library figure agrees with it",
    MatchStatus.NOT_APPLICABLE: "the claims library holds no figure of this kind for it",
}

#: categories of findings whose error on a claim makes the claim a mismatch
_VALUE_CATEGORIES = ("value-mismatch", "arithmetic")


@dataclass(slots=True)
class ClaimRecord:
    """One claim as a reviewer sees it. Offsets are in the document's text (``FileResult.text``)."""

    start: int
    end: int
    line: int
    column: int
    page: int | None
    where: str | None
    text: str                  # as written (whitespace runs folded to one space)
    kind: str                  # a ClaimKind
    value: str                 # the value as the engine read it ("80.7%", "88/109", "P<0.001")
    number: str | None         # its number as written ("80.7"), None for n/N and wording
    unit: str | None
    endpoint: str | None
    arm: str | None
    population: str | None
    timepoint: str | None
    study: str | None
    match: str                 # the matcher's own status (a MatchStatus)
    status: str                # a ReviewStatus
    reference_id: str | None
    entry_arm: str | None      # the arm of the entry's figure the value was compared with
    expected: str | None       # the reference value as it reads at the claim's precision
    source: str | None
    #: endpoint, arm and population were all read from the claim's own sentence (not carried over
    #: from earlier sentences, not the nearest of several)
    own_context: bool = False
    #: the fingerprint of each finding whose span overlaps the claim (Finding.fingerprint: it
    #: survives a baseline removing other findings from FileResult.findings)
    findings: list[str] = field(default_factory=list)
    #: the rule codes of those findings (suppressed ones included, marked "~CODE")
    codes: list[str] = field(default_factory=list)

    def location(self) -> str:
        """"line 12, column 4" / "page 2, line 12, column 4" / "paragraph 3" for people."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.where:
            parts.append(self.where)
        parts.append(f"line {self.line}, column {self.column}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return asdict(self)


def review_status(claim: Claim, findings: Iterable[Finding] = ()) -> ReviewStatus:
    """The review status of ``claim``, matched (see the module documentation)."""
    for f in findings:
        if not f.suppressed and f.severity == "error" and f.category in _VALUE_CATEGORIES:
            return ReviewStatus.MISMATCH
    match = claim.match
    if match.status == MatchStatus.CONSISTENT:
        if claim.kind == "fraction" or match.found is None or match.expected is None:
            return ReviewStatus.CONSISTENT
        return ReviewStatus.CONSISTENT if _same(match.found, match.expected) else ReviewStatus.FAITHFUL_ROUNDING
    return _FROM_MATCH.get(match.status, ReviewStatus.UNCONFIRMABLE)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


def claim_records(document: Document, claims: list[Claim], findings: list[Finding]) -> list[ClaimRecord]:
    """One record per claim (each with its match), in text order, each linked to the findings that overlap it."""
    spans = sorted((f.start, f.end, i) for i, f in enumerate(findings))
    records = []
    for claim in claims:
        m = claim.match
        on = [i for s, e, i in spans if s < claim.end and e > claim.start or s == e == claim.start]
        mine = [findings[i] for i in on]
        loc = document.locate(claim.start)
        records.append(ClaimRecord(
            start=claim.start, end=claim.end, line=loc.line, column=loc.column, page=loc.page, where=loc.where,
            text=" ".join(document.text[claim.start:claim.end].split()), kind=claim.kind,
            value=claim.describe_value(), number=claim.value.text if claim.value is not None else None,
            unit=claim.unit, endpoint=claim.endpoint, arm=claim.arm, population=claim.population,
            timepoint=claim.timepoint, study=claim.study, match=m.status,
            status=review_status(claim, mine), reference_id=m.reference_id,
            entry_arm=m.arm if m.entry is not None else None,
            own_context=(claim.endpoint_strength == "sentence"
                         and claim.arm_source not in ("context", "ambiguous")
                         and claim.population_source not in ("context", "ambiguous")),
            expected=m.expected if m.entry is not None else None, source=m.source,
            findings=[f.fingerprint for f in mine], codes=[("~" if f.suppressed else "") + f.rule for f in mine]))
    records.sort(key=lambda r: (r.start, r.end))
    return records


_NON_BLANK = re.compile(r"\S")


def is_document_level(finding: Finding, text: str) -> bool:
    """Whether ``finding`` says something is missing from the document as a whole.

    Required-content rules anchor such a finding on the span from the start of the text to the
    end of its first non-blank line (``TextIndex.first_line``) and name what is missing
    in ``extra["missing"]``; a finding about required content that *is* present but incomplete
    sits where that content is.
    """
    if not finding.extra.get("missing") or finding.start != 0:
        return False
    m = _NON_BLANK.search(text)
    if m is None:
        return True
    end = text.find("\n", m.start())
    return finding.end == (end if end != -1 else len(text))


__all__ = ["ClaimRecord", "STATUSES", "MATCH_NOTES", "claim_records", "review_status", "is_document_level"]
