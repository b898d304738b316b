"""Value checks: a claim's number against the claims-library entry it refers to."""

from __future__ import annotations

from . import CheckContext, Rule
from ..model import Claim, Match, MatchStatus
from ..numbers import consistent_percent
from ..reference import ArmValue, Entry, Reference

VALUE_MISMATCH = Rule(
    code="V001", name="value-mismatch", category="value-mismatch", severity="error",
    summary="A number (value, confidence interval, n/N) that disagrees with the claims-library entry it refers "
            "to, compared rounding-aware: a value written with k decimals must be the reference value rounded "
            "to k decimals (81% for 80.7% is faithful; 29.3% for 29.4% is not). A p-value right after the "
            "figures of a matched comparison is that entry's p (P=0.013 for 0.0013 is not faithful; a bound such "
            "as P<0.01 agrees where the entry's p lies within it); an n of N in words (\"fatal in 8 of 18\") is "
            "judged by the one entry of its endpoint with that N. A figure whose sentence (or its list's lead-in, "
            "its table's first row) names its endpoint and a qualifier (\"grade >=3 thrombocytopenia\") that "
            "several analyses of the library hold, and that is none of their figures, is a mismatch naming each "
            "analysis's figure (which one is meant is uncertain), never judged against an entry of another "
            "qualifier (the any-grade rate). A value an entry holds at a calendar time point, said at another "
            "that no entry of its endpoint holds (\"At 3 years, 22.8% and 10.0% were alive\" for the 2-year "
            "rates), is a mismatch of its time point, where the other rates of its sentence agree too; a share's "
            "interval after its counts (\"80.7% (88/109; 95% CI, 72.1-87.7)\") is the share's own, and so is an "
            "interval written right beside a figure, whatever separates them (\"80.7% (88/109) \u00b7 95% CI "
            "72.1-87.7\", \"7.7 months \u2014 95% CI 6.0-9.2\", \"22.8%, 95% CI 16.7 to 29.6\", a table cell "
            "broken before it), unless the figure is set against one before it (\"80.7% vs 29.4%, 95% CI ...\"): "
            "each bound is compared with the matched entry's interval. A share in "
            "words is judged as one in digits: a spelled-out percentage at the precision it is written with "
            "(\"eighty-three per cent\" for 80.7% is a mismatch, \"twenty-nine point four percent\" one decimal), a "
            "natural frequency within its wording's grain (\"eight in ten\" 75-85%, \"four in five\" 70-90%, \"one "
            "in three\" and \"half of patients\" within 5 points, \"nearly\" below, \"more than\" above), confirmed "
            "only by an entry of the time point and population it names (else the endpoint's default entry), "
            "its endpoint named in its own clause: \"two in ten\" for a 37.1% entry is a mismatch, \"seven in ten "
            "after one cycle\" with no such entry is U001 (where A005 reports the same words, A005 alone); never a count, a place or a time (\"one in three cycles\", \"in ten days\", \"one in a "
            "million\"). Also a wrong figure whose endpoint the text makes clear in other words: the other value "
            "of a pair whose sentence names a time point in another clause (\"median survival 7.7 vs 6.7 months, and the "
            "2-year rates …\"), a duration after a design term and the group it is of (\"median follow-up of "
            "survivors of 31.7 months\"), an entry's own words nearest the value where the sentence names another "
            "population in another clause, n of N deaths written \"193 of 247 patients … had died\", and a "
            "number of cycles in words in a dosing statement (\"up to eight cycles\"). Intervals listed after as many "
            "values are theirs in order (\"80.7% and 29.4%, respectively; 95% CIs 72.1-87.7 and 21.0-38.8\"), and so "
            "are intervals opening the next cell of the values' table row or the next sentence, as many as the "
            "values (\"| … 80.7% vs 29.4% … | Quote the 95% CIs: 72.1-87.7 and 21.0-38.8 |\", \"… 7.7 vs 6.2 months. "
            "The 95% CIs were 6.0-9.2 and 4.7-8.3.\"); a "
            "p-value in a ratio's bracket over a line break is that ratio's p; \"median follow-up, final survival "
            "analysis: 29.6 months\" is a follow-up figure; a timing under the line naming its event (\"- onset up "
            "to 56 days after the last dose\") is judged by the entry of its own words. A category's threshold in "
            "words (\"20% or more\") is no claim.",
    why="A transcription error in a promotional piece misstates the evidence; reviewers must catch every one "
        "and it is the most common MLR rejection reason for efficacy pages.",
    basis="21 CFR 202.1(e)(6) (misleading representation of study results); ABPI Code clause 6.1 "
          "(information must be accurate, up to date and capable of substantiation); EFPIA Code Article 3.",
    bad="Control achieved a response in 29.3% of patients (reference: 29.4%).",
    good="Control achieved a response in 29.4% of patients.",
    fix="Write the value from the source cited in the message, at its published precision or rounded from it.",
    origin="src/claimcheck/checks/values.py",
)

ARMS_SWAPPED = Rule(
    code="V002", name="arms-swapped", category="value-mismatch", severity="error",
    summary="A value attributed to one arm that is the other arm's value in the reference "
            "(EXAMPLIMAB 29.4% vs control 80.7%, where the source has 80.7% vs 29.4%).",
    why="Swapped arms invert the comparison the material makes: the gravest kind of misstatement.",
    basis="21 CFR 202.1(e)(6); ABPI Code clause 6.1.",
    bad="A response was reached by 29.4% with EXAMPLIMAB vs 80.7% with control.",
    good="A response was reached by 80.7% with EXAMPLIMAB vs 29.4% with control.",
    fix="Attribute each value to its arm as in the source.",
    origin="src/claimcheck/checks/values.py",
)

UNCONFIRMABLE_PRECISION = Rule(
    code="V003", name="unconfirmable-precision", category="value-mismatch", severity="info",
    summary="A value written with more decimals than the claims library holds (80.72% where the source "
            "publishes 80.7%): it rounds to the reference but cannot be confirmed.",
    why="Extra precision suggests a source the reviewer has not been given.",
    basis="ABPI Code clause 6.1 (capable of substantiation).",
    bad="80.72% of patients achieved a response with EXAMPLIMAB.",
    good="80.7% of patients achieved a response with EXAMPLIMAB.",
    fix="Write the value at the published precision, or add the more precise source to the claims library.",
    origin="src/claimcheck/checks/values.py",
)


PUBLISHED_ROUNDING = Rule(
    code="V004", name="published-rounding", category="value-mismatch", severity="info",
    summary="An n/N with a percentage copied exactly as the source publishes it (\"4/162 (3%)\") although n/N "
            "does not round to the percentage. The claims library says so (an arm value with n, N and "
            "`as_published: true`); any other inconsistent n/N (%) is A001.",
    why="The draft is faithful to the label, so it is not an arithmetic error of the draft; the reviewer should "
        "still know the published percentage is not n/N rounded, in case a reader recomputes it.",
    basis="ABPI Code clause 6.1 (accurate, capable of substantiation); 21 CFR 202.1(e)(6).",
    bad="Grade 3 rash occurred in 4/162 adult patients (3%).",
    good="Grade 3 rash occurred in 4/162 adult patients (2%).",
    fix="Nothing is wrong with the copy: keep the label's figure, or write n/N only.",
    origin="src/claimcheck/checks/values.py",
)

#: Reference → {(n, N): [(entry, arm, ArmValue)]} of its as-published figures, built once per library
_published_index: list = [None, None]


def _published(reference: Reference) -> dict[tuple[int, int], list[tuple[Entry, str, ArmValue]]]:
    if _published_index[0] is not reference:
        index: dict[tuple[int, int], list[tuple[Entry, str, ArmValue]]] = {}
        for entry in reference.entries.values():
            for arm, av in entry.arms.items():
                if av.as_published:
                    index.setdefault((av.n, av.total), []).append((entry, arm, av))
        _published_index[:] = [reference, index]
    return _published_index[1]


def published_figure(reference: Reference, claim: Claim) -> tuple[Entry, str, ArmValue] | None:
    """The claims-library figure that ``claim`` (an n/N with a percentage) copies exactly as published:
    same n, same N and the same percentage at the same precision, on the claim's endpoint when it has
    one. None when the library holds no such figure."""
    if claim.n is None or claim.total is None or claim.value is None:
        return None
    for entry, arm, av in _published(reference).get((claim.n, claim.total), ()):
        if av.value.decimals != claim.value.decimals or av.value.value != claim.value.value:
            continue
        if claim.endpoint and claim.endpoint != entry.endpoint:
            continue
        return entry, arm, av
    return None


def describe_match(ctx: CheckContext, m: Match, claim: Claim | None = None) -> str:
    ref = ctx.reference
    entry = m.entry
    parts = []
    if m.arm and m.arm in ref.arms:
        parts.append(ref.arms[m.arm].label)
    parts.append(ref.endpoints[entry.endpoint].label if entry.endpoint in ref.endpoints else entry.endpoint)
    if entry.population and entry.population in ref.populations:
        parts.append(f"({ref.populations[entry.population].label})")
    if entry.timepoint and entry.timepoint in ref.timepoints:
        parts.append(f"at {ref.timepoints[entry.timepoint].label}")
    if claim is not None and claim.kind == "ratio" and claim.ratio_kind:
        parts.append(claim.ratio_kind.replace("-", " "))  # "hazard ratio": what the CI belongs to
    return " ".join(parts)


def what_of(ctx: CheckContext, claim: Claim, m: Match) -> str:
    """What a finding on ``claim`` is about, as a reviewer says it ("overall survival (ITT) hazard ratio
    confidence interval"): the entry described, then the field compared."""
    what = describe_match(ctx, m, claim)
    suffix = _FIELD.get(m.field, "")
    if suffix == " ratio" and what.endswith(" ratio"):
        suffix = ""
    return what + suffix


_FIELD = {"value": "", "ci": " confidence interval", "ci-level": " confidence level", "n/N": " n/N",
          "difference": " difference", "ratio": " ratio", "p": " p-value"}


RULES = (VALUE_MISMATCH, ARMS_SWAPPED, UNCONFIRMABLE_PRECISION, PUBLISHED_ROUNDING)


def _unsupported_instead(ctx: CheckContext, claim: Claim) -> bool:
    """Whether U001 reports the figure as backed by no entry (checks/unsupported.py), not V001."""
    from .unsupported import supersedes_mismatch

    return supersedes_mismatch(ctx, claim)


def _time_misquoted(ctx: CheckContext, claim: Claim) -> str | None:
    """The time point said of a held value that is another calendar time point's (checks/unsupported.py)."""
    from .unsupported import held_time_misquoted

    return held_time_misquoted(ctx, claim)


def _quantity(ctx: CheckContext, m: Match) -> str:
    """The arm and endpoint several analyses hold a figure of (no population: that is what differs)."""
    ref = ctx.reference
    parts = [ref.arms[m.arm].label] if m.arm and m.arm in ref.arms else []
    parts.append(ref.endpoints[m.entry.endpoint].label if m.entry.endpoint in ref.endpoints else m.entry.endpoint)
    return " ".join(parts)


def _candidates(ctx: CheckContext, m: Match) -> str:
    """ "41% (safety population, final analysis; source A) or 20% (…; source B)": each analysis's figure."""
    ref = ctx.reference
    out = []
    for entry, _, shown in m.candidates:
        population = ref.populations[entry.population].label if entry.population in ref.populations else None
        out.append(f"{shown} (" + "; ".join(p for p in (population, entry.source) if p) + ")")
    return " or ".join(out)


def check_values(ctx: CheckContext):
    # one wrong figure, one finding: counts read twice in a sentence ("21.6% … (79/164 vs 53/162)":
    # the share's counts and the count on its own) are reported once, where first read
    said: set[tuple] = set()
    for claim in ctx.claims:
        m = claim.match
        if claim.kind == "percentage" and claim.n is not None and claim.total is not None:
            found = published_figure(ctx.reference, claim)
            if found and not consistent_percent(claim.value, claim.n, claim.total):
                entry, arm, av = found
                yield ctx.finding(
                    PUBLISHED_ROUNDING, claim.start, claim.end,
                    f"{claim.n}/{claim.total} ({claim.value}%) is as the source publishes it, although "
                    f"{claim.n}/{claim.total} is {100.0 * claim.n / claim.total:.2f}% (source: {entry.source})",
                    expected=f"{claim.n}/{claim.total} ({av.value}%)", found=f"{claim.n}/{claim.total} ({claim.value}%)",
                    reference_id=entry.id, source=entry.source)
        if m.status == MatchStatus.MISMATCH and m.candidates and not _unsupported_instead(ctx, claim):
            # several analyses hold the quantity the claim names, none its value (matching.py
            # _analyses_of_qualifier): each one's figure is given, since which is meant is uncertain
            yield ctx.finding(
                VALUE_MISMATCH, claim.start, claim.end,
                f"{_quantity(ctx, m)}: the claims library holds {len(m.candidates)} figures of it, from different "
                f"analyses: {_candidates(ctx, m)}; the text says {m.found}, none of them (which analysis is meant "
                f"is uncertain)" + (f" [matched by: {m.certainty}]" if m.certainty else ""),
                expected=" or ".join(shown for _, _, shown in m.candidates), found=m.found,
                reference_id=m.reference_id, source=m.source)
        elif m.status == MatchStatus.MISMATCH and not _unsupported_instead(ctx, claim):
            key = (claim.sentence, m.reference_id, m.arm, m.field, m.found)
            if m.field == "n/N" and key in said:
                continue
            said.add(key)
            what = what_of(ctx, claim, m)
            yield ctx.finding(
                VALUE_MISMATCH, claim.start, claim.end,
                f"{what} is {m.expected} in the reference, the text says {m.found}"
                + (f": {m.detail}" if m.detail and m.field == "ci" else "") + f" (source: {m.source})"
                + (f" [matched by: {m.certainty}]" if m.certainty else ""),
                expected=m.expected, found=m.found, reference_id=m.reference_id, source=m.source)
        elif m.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE) and _time_misquoted(ctx, claim):
            # the value of an entry held at another calendar time point, said at a time point the
            # library holds no entry of ("At 3 years, 22.8% ... were alive" for the 2-year rate)
            what = what_of(ctx, claim, m)
            said = _time_misquoted(ctx, claim)
            yield ctx.finding(
                VALUE_MISMATCH, claim.start, claim.end,
                f"{what} is {m.expected} in the reference, the text says {m.found} \"{said}\", a time point "
                f"for which the claims library holds no entry (source: {m.source})",
                expected=m.expected, found=f"{m.found} ({said})", reference_id=m.reference_id, source=m.source)
        elif m.status == MatchStatus.ARMS_SWAPPED and not _unsupported_instead(ctx, claim):
            what = what_of(ctx, claim, m)
            yield ctx.finding(
                ARMS_SWAPPED, claim.start, claim.end,
                f"{what} is {m.expected} in the reference; {m.detail} (arms swapped?) (source: {m.source})",
                expected=m.expected, found=m.found, reference_id=m.reference_id, source=m.source)
        elif m.status == MatchStatus.MORE_PRECISE:
            what = what_of(ctx, claim, m)
            yield ctx.finding(
                UNCONFIRMABLE_PRECISION, claim.start, claim.end,
                f"{m.found} is more precise than the reference value {m.expected} for {what}; it cannot be "
                f"confirmed (source: {m.source})",
                expected=m.expected, found=m.found, reference_id=m.reference_id, source=m.source)
