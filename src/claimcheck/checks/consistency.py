"""Cross-document consistency (``lint --consistency``): one claim, stated differently in two documents.

Unlike the other checks this one reads a whole run, not one document: it compares the claims of
every document linted together (``FileResult.claims``, :mod:`claimcheck.review`), so it runs
after them, from :func:`check_run`.

Two claims are *the same claim* when, in the same kind and unit,

- both refer to the same claims-library entry, for the same arm: the matcher compared the value
  with the entry (it agrees, is more precise, disagrees, or swaps the arms), or no figure agrees
  with the value but the claim's own sentence states the entry's endpoint, its population (or
  none, for the entry that is the endpoint's default) and timepoint (7.4 months where the library
  says a median survival of 7.7); or
- the library holds no entry for them, and both state the same endpoint, arm, population and
  timepoint.

Context read from the claim's own sentence is required of a claim no figure agrees with: a
context carried over from earlier sentences is too weak to call two claims one.

They are *stated differently* when their numbers disagree once both are rounded to the coarser
of the two precisions (81% and 80.7% agree; 7.7 and 7.4 months do not). A set of the same claim
that holds two disagreeing values from two different documents is one finding, anchored at the
first place in run order, that lists every place and value.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from . import Rule
from ..findings import Finding, assign_fingerprints
from ..model import ClaimKind, MatchStatus
from ..numbers import Num, faithful

CROSS_DOCUMENT = Rule(
    code="C001", name="cross-document-inconsistency", category="consistency", severity="warning",
    summary="With --consistency: the same claim (the same claims-library entry and arm, or, for a claim the "
            "library lacks, the same endpoint, arm, population and timepoint) is given different values in two "
            "documents of one run (median survival 7.7 months in one draft, 7.4 months in another). One finding lists "
            "every place.",
    why="A campaign's pieces are reviewed together; the same figure stated two ways means at least one piece "
        "misstates the evidence, and a figure the library lacks cannot be checked in any other way.",
    basis="21 CFR 202.1(e)(6) (misleading representation of study results); ABPI Code clause 6.1 (accurate, "
          "capable of substantiation); EFPIA Code Article 3.",
    bad="email.md: median survival was 7.7 months with EXAMPLIMAB. / leave-behind.md: median survival was 7.4 "
        "months with EXAMPLIMAB.",
    good="email.md: median survival was 7.7 months with EXAMPLIMAB. / leave-behind.md: median survival of 7.7 "
         "months with EXAMPLIMAB.",
    fix="State the figure as the source gives it in every piece; add a figure the library lacks to it "
        "(reference/*.yaml) so that every piece is checked against one value.",
    origin="src/claimcheck/checks/consistency.py",
)

RULES = (CROSS_DOCUMENT,)  # the rule only: check_run is called by the caller over a whole run

#: matcher statuses under which a claim refers to its entry (matching.py)
_REFERS = (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE, MatchStatus.MISMATCH, MatchStatus.ARMS_SWAPPED)
#: claim kinds that state an outcome value worth comparing
_KINDS = (ClaimKind.PERCENTAGE, ClaimKind.DURATION, ClaimKind.RATIO, ClaimKind.PP_DIFFERENCE, ClaimKind.ESTIMATE,
          ClaimKind.P_VALUE)


def _key(claim, reference) -> tuple | None:
    if claim.number is None or claim.kind not in _KINDS:
        return None
    unit = (claim.unit or "").rstrip("s").lower()
    if claim.reference_id and claim.match in _REFERS:
        # the arm whose figure the value was compared with; for swapped arms, the arm the text names
        arm = claim.arm if claim.match == MatchStatus.ARMS_SWAPPED else claim.entry_arm
        return ("entry", claim.reference_id, arm, claim.kind, unit)
    if claim.match not in (MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE) \
            or not (claim.endpoint and claim.arm and claim.own_context):
        return None
    entry = reference.entries.get(claim.reference_id) if reference is not None and claim.reference_id else None
    if entry is not None and entry.endpoint == claim.endpoint and entry.timepoint == claim.timepoint and (
            entry.population == claim.population or (claim.population is None and entry.default)):
        # a value no figure agrees with, in the context of an entry (its endpoint, population and
        # timepoint, read from the claim's own sentence): a claim on that entry (7.4 months for 7.7)
        return ("entry", entry.id, claim.arm, claim.kind, unit)
    return ("claim", claim.endpoint, claim.arm, claim.population, claim.timepoint, claim.kind, unit)


def _agree(a: str, b: str) -> bool:
    x, y = Num.parse(a), Num.parse(b)
    coarse, fine = (x, y) if x.decimals <= y.decimals else (y, x)
    return faithful(coarse, fine)


def check_run(results: Iterable, reference=None) -> list[Finding]:
    """Add a C001 finding to the first document of each claim stated differently across ``results``
    (FileResults linted with ``keep_claims``); returns the findings added."""
    results = [r for r in results if r.claims]
    groups: dict[tuple, list] = defaultdict(list)
    for r in results:
        for c in r.claims:
            key = _key(c, reference)
            if key is not None:
                try:
                    Num.parse(c.number)
                except ValueError:
                    continue
                groups[key].append((r, c))
    added: list[Finding] = []
    touched = []
    for key, places in groups.items():
        if len({id(r) for r, _ in places}) < 2:
            continue
        # distinct numbers (few), each with the documents that state it
        docs: dict[str, set[int]] = defaultdict(set)
        for r, c in places:
            docs[c.number].add(id(r))
        numbers = list(docs)
        conflict = any(not _agree(a, b) and (len(docs[a] | docs[b]) > 1)
                       for i, a in enumerate(numbers) for b in numbers[i + 1:])
        if not conflict:
            continue
        first_result, first = places[0]
        where = "; ".join(f"{c.value} at {r.path}:{c.line}:{c.column}" for r, c in places)
        values = list(dict.fromkeys(c.value for _, c in places))
        f = Finding(
            rule=CROSS_DOCUMENT.code, name=CROSS_DOCUMENT.name, category=CROSS_DOCUMENT.category,
            severity=CROSS_DOCUMENT.severity,
            message=f"{_subject(key, reference)} is stated differently across documents: {where}",
            path=first_result.path, start=first.start, end=first.end, line=first.line, column=first.column,
            page=first.page, where=first.where, expected=None, found=", ".join(values),
            reference_id=key[1] if key[0] == "entry" else None,
            source=(first.source if key[0] == "entry" else None), snippet=first.text,
            extra={"places": [{"path": r.path, "line": c.line, "column": c.column, "value": c.value}
                              for r, c in places]})
        first_result.findings.append(f)
        added.append(f)
        touched.append(first_result)
        for r, c in places:
            c.codes.append(CROSS_DOCUMENT.code)
    for r in {id(r): r for r in touched}.values():
        r.findings.sort(key=Finding.sort_key)
        assign_fingerprints(r.findings)
    for f in added:  # link each finding to the claim it is anchored on (fingerprints are final now)
        for r in results:
            if r.path == f.path:
                for c in r.claims:
                    if c.start == f.start and c.end == f.end:
                        c.findings.append(f.fingerprint)
    return added


def _subject(key: tuple, reference) -> str:
    def label(table: str, value) -> str:
        terms = getattr(reference, table, {}) if reference is not None else {}
        return terms[value].label if value in terms else str(value)

    if key[0] == "entry":
        _, entry, arm, _, _ = key
        return f"the {label('arms', arm)} value of entry {entry}" if arm else f"the value of entry {entry}"
    _, endpoint, arm, population, timepoint, _, _ = key
    parts = [label("arms", arm), label("endpoints", endpoint)]
    if population:
        parts.append(f"({label('populations', population)})")
    if timepoint:
        parts.append(f"at {label('timepoints', timepoint)}")
    return " ".join(parts) + " (not in the claims library)"


__all__ = ["CROSS_DOCUMENT", "check_run"]
