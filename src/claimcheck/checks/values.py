"""Value checks: a claim's number against the claims-library entry it refers to."""

from __future__ import annotations

from . import CheckContext, Rule, register
from ..matching import Match

VALUE_MISMATCH = Rule(
    code="V001", name="value-mismatch", category="value-mismatch", severity="error",
    summary="A number (value, confidence interval, n/N) that disagrees with the claims-library entry it refers "
            "to, compared rounding-aware: a value written with k decimals must be the reference value rounded "
            "to k decimals (81% for 80.7% is faithful; 29.3% for 29.4% is not).",
    why="A transcription error in a promotional piece misstates the evidence; reviewers must catch every one "
        "and it is the most common MLR rejection reason for efficacy pages.",
    basis="21 CFR 202.1(e)(6) (misleading representation of study results); ABPI Code clause 6.1 "
          "(information must be accurate, up to date and capable of substantiation); EFPIA Code Article 3.",
    bad="SC achieved CR/CRi in 29.3% of patients (reference: 29.4%).",
    good="SC achieved CR/CRi in 29.4% of patients.",
    fix="Write the value from the source cited in the message, at its published precision or rounded from it.",
    origin="src/claimcheck/checks/values.py",
)

ARMS_SWAPPED = Rule(
    code="V002", name="arms-swapped", category="value-mismatch", severity="error",
    summary="A value attributed to one arm that is the other arm's value in the reference "
            "(BESPONSA 29.4% vs SC 80.7%).",
    why="Swapped arms invert the comparison the material makes: the gravest kind of misstatement.",
    basis="21 CFR 202.1(e)(6); ABPI Code clause 6.1.",
    bad="CR/CRi was reached by 29.4% with BESPONSA vs 80.7% with SC.",
    good="CR/CRi was reached by 80.7% with BESPONSA vs 29.4% with SC.",
    fix="Attribute each value to its arm as in the source.",
    origin="src/claimcheck/checks/values.py",
)

UNCONFIRMABLE_PRECISION = Rule(
    code="V003", name="unconfirmable-precision", category="value-mismatch", severity="info",
    summary="A value written with more decimals than the claims library holds (80.72% where the source "
            "publishes 80.7%): it rounds to the reference but cannot be confirmed.",
    why="Extra precision suggests a source the reviewer has not been given.",
    basis="ABPI Code clause 6.1 (capable of substantiation).",
    bad="80.72% of patients achieved CR/CRi with BESPONSA.",
    good="80.7% of patients achieved CR/CRi with BESPONSA.",
    fix="Write the value at the published precision, or add the more precise source to the claims library.",
    origin="src/claimcheck/checks/values.py",
)


def _describe(ctx: CheckContext, m: Match) -> str:
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
    return " ".join(parts)


_FIELD = {"value": "", "ci": " confidence interval", "ci-level": " confidence level", "n/N": " n/N",
          "difference": " difference", "ratio": " ratio", "p": " p-value"}


@register(VALUE_MISMATCH, ARMS_SWAPPED, UNCONFIRMABLE_PRECISION)
def check_values(ctx: CheckContext):
    for claim, m in zip(ctx.claims, ctx.matches):
        if m.status == "mismatch":
            what = _describe(ctx, m) + _FIELD.get(m.field, "")
            yield ctx.finding(
                VALUE_MISMATCH, claim.start, claim.end,
                f"{what} is {m.expected} in the reference, the text says {m.found} (source: {m.source})"
                + (f" [matched by: {m.certainty}]" if m.certainty else ""),
                expected=m.expected, found=m.found, reference_id=m.reference_id, source=m.source)
        elif m.status == "arms-swapped":
            what = _describe(ctx, m)
            yield ctx.finding(
                ARMS_SWAPPED, claim.start, claim.end,
                f"{what} is {m.expected} in the reference; {m.detail} (arms swapped?) (source: {m.source})",
                expected=m.expected, found=m.found, reference_id=m.reference_id, source=m.source)
        elif m.status == "more-precise":
            what = _describe(ctx, m)
            yield ctx.finding(
                UNCONFIRMABLE_PRECISION, claim.start, claim.end,
                f"{m.found} is more precise than the reference value {m.expected} for {what}; it cannot be "
                f"confirmed (source: {m.source})",
                expected=m.expected, found=m.found, reference_id=m.reference_id, source=m.source)
