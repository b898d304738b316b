"""Unsupported claims: a numeric efficacy or safety claim about the product that matches no entry."""

from __future__ import annotations

import functools
import re

from . import CheckContext, Rule
from .arithmetic import _near, line_start, reference_ratio, term_pattern
from .values import describe_match
from ..context import _event_words, times_onset
from ..model import ClaimKind, MatchStatus
from ..outcomes import anchor_patterns as _anchor_patterns, data as outcome_data, words as _words

UNSUPPORTED_CLAIM = Rule(
    code="U001", name="unsupported-claim", category="unsupported-claim", severity="warning",
    summary="A numeric efficacy or safety claim about the product (its sentence names the product or a product "
            "arm, and an endpoint the claims library knows) whose value matches no entry of the claims library; "
            "also a row of a list under an endpoint heading, right below a row the library backs, that matches no "
            "entry, and an effect the product is said to have \"by N%\" that no entry holds. Also a figure of an "
            "efficacy or safety endpoint the library declares but holds no figure of this kind for, and a figure "
            "whose own clause states an outcome (generic outcome words, data/outcomes.yaml: \"days in hospital\", "
            "\"discontinued because of adverse events\") the library declares no endpoint for, or a duration "
            "of an endpoint it holds only as a rate (\"time to first response\"); a change \"by N%\" matched only to another "
            "outcome's figure is unsupported too; so is a figure said of grade >=3 events only whose "
            "matching entry is not a grade >=3 rate (data/outcomes.yaml high_grade), and a whole number whose "
            "clause states such an undeclared outcome but that matched an entry of another outcome only through "
            "the endpoint of the preceding text; a figure in a table row whose own label names an outcome the "
            "library does not know (no arm, endpoint, population, timepoint or study term, and a word besides the "
            "generic row words of data/outcomes.yaml row_generic: \"Sepsis\" under grade >=3 events, \"Median "
            "inpatient days per cycle\"), in the product's column; a change in points said of the product "
            "(\"scores improved by 12 points\", \"a 10-point improvement\"); a figure of a subgroup of a "
            "named population that no entry holds (matching.py: \"no entry for this subgroup\"); "
            "a figure of the product whose lead-in words name a subgroup "
            "(a baseline characteristic after \"patients with\", \"aged\", \"women\") for which the library holds no entry "
            "of its endpoint, even where it was compared with the all-patients entry; a figure that only "
            "defines something (a dose, a cycle, a threshold) is not a claim. A figure with no arm of its own "
            "(a bullet, a table row) in a piece about the product is read as the product's. The message says how "
            "the context was found where it was not named next to the value. An event named by its own name that "
            "the library does not list (data/outcomes.yaml adverse_events: \"grade >=3 stomatitis in 2%\" after "
            "an anaemia sentence, a \"Fatigue\" row, bullet or definition-list term) and a time to an event's "
            "resolution or recovery (not its onset: \"most events resolved within 21 days\") are such undeclared "
            "outcomes, whatever figure another entry holds (a whole number); so is a lone figure of a subgroup "
            "whose entry holds the comparator's figure only (\"..., and 71% in second line\"). A figure compared with "
            "an entry of another value is unsupported rather than mismatched (no V001) where its lead-in names "
            "a subgroup by a disease feature the library holds no entry of the endpoint for (data/outcomes.yaml "
            "subgroups: \"In EXAMPLE-positive patients\", \"with a co-mutation\"), or where it is a safety rate "
            "said of grade >=3 events while no entry of the event is a grade >=3 rate, or said of a time window "
            "or a resolution (data/outcomes.yaml time_window: \"occurred within the first hour in 85%\", "
            "\"resolved within 2 days in 80%\") its entry holds no time for, or said at a time point or counted "
            "from an event that no entry of its endpoint holds (data/outcomes.yaml time_points, time_anchor_events: "
            "\"the 3-year survival rate reached 20%\", \"2-year survival after transplant was 41%\"; a time point "
            "must agree before a value is judged a mismatch; an entry counted from the event backs only the arms "
            "it holds: \"2-year post-transplant survival 51% vs 23% with control\" where it holds the product's alone; "
            "\"at N years\" right after an outcome state, \"alive and in continuous remission at 3 years\", is "
            "such a time point also for an endpoint held at none). A figure that agrees with an entry held after "
            "a cycle but is said at a calendar time point no entry holds (\"41% remained in remission at 3 "
            "years\") is unsupported (the same value by chance; a held value at another calendar time point is "
            "V001). A median time of an endpoint held only as a rate, in a sentence naming the product whose "
            "arm it leaves open, is unsupported too. A share of an outcome of care or "
            "of how the treatment was given or changed (data/outcomes.yaml care_outcomes: \"dose reductions in 12%\", "
            "\"92% of doses given as outpatients\", \"transfusion independence\") is a claim although its "
            "clause names a dose or an infusion, unless it is an instruction (\"is recommended\"). Also, "
            "whatever it was compared with (no V001): a rate said of one grade of an event (grade >=3 only, "
            "\"grade 1 or 2\", data/outcomes.yaml low_grade) where no entry of the event is of that grade for a "
            "population the figure may be of (a rate after transplant backs no rate of all treated patients); "
            "a rate in a population the library knows but holds no entry of the figure's endpoint for (\"in "
            "the pediatric study, a remission rate of 62%\"); an outcome word (\"still alive\") at a time "
            "point or counted from an event no entry of that outcome's endpoints holds, even where the "
            "figure took another endpoint from its sentence; an outcome of care (\"became transfusion "
            "independent\") in a clause that names no endpoint; a value agreeing with an entry by chance "
            "under a count of cycles (\"limiting treatment to 2 cycles lowered the event to 9%\") that no entry of "
            "its endpoint holds (a ceiling, \"up to 6 cycles\", is none); a row of a results table (its "
            "header names the endpoint) whose label names a baseline characteristic (\"| EXAMPLE-positive | "
            "73.1% | 27.8% |\") the library holds no entry of the endpoint for; and a subgroup named in the "
            "lead-in of a figure that goes on from the sentence before (\"Among patients 55 and older, it "
            "was still 85%\"). The results table's outcome may be named by its title instead (a caption, a line "
            "or lead-in right above it, \"response rate by baseline subgroup\") where the title or the header says its "
            "rows are subgroups; a plain-text table's rows count as well as a Markdown or HTML table's. A figure "
            "in a clause naming no arm, after a compared pair in a sentence naming the product (\"80% with the "
            "product versus 29% with control, with a median survival of 9.9 months\"), that no arm's entry holds "
            "is unsupported (its arm not stated), not taken for the comparator's. A dose, infusion or cycle that "
            "only says where a measured time starts (\"the median time from the last dose to transplant\", "
            "data/outcomes.yaml time_from_treatment) does not make that time a definition. A figure whose endpoint's "
            "name carries a word that makes it another endpoint (data/outcomes.yaml endpoint_kind_words: \"Composite "
            "complete remission\", \"median post-transplant survival\", or \"survival after transplant\") that no entry "
            "of the endpoint holds is unsupported, not a mismatch of the plain endpoint's entry (matching.py).",
    why="Every claim in promotional material must be substantiated by an approved source; a number the claims "
        "library does not hold has no anchored reference for the reviewer.",
    basis="21 CFR 202.1(e)(6)(i) (claims not supported by substantial evidence); ABPI Code clauses 6.1 and 6.2 "
          "(substantiation); EFPIA Code Article 3.",
    bad="EXAMPLIMAB achieved a response in 91.2% of patients aged under 30.",
    good="EXAMPLIMAB achieved a response in 80.7% of patients (intention-to-treat population).",
    fix="Cite a source and add the figure to the claims library (reference/*.yaml), or remove the claim.",
    origin="src/claimcheck/checks/unsupported.py",
)

#: claim kinds that state an outcome (counts, p-values and relative wording are checked elsewhere)
_OUTCOME_KINDS = {ClaimKind.PERCENTAGE, ClaimKind.DURATION, ClaimKind.RATIO, ClaimKind.PP_DIFFERENCE}


RULES = (UNSUPPORTED_CLAIM,)


def check_unsupported(ctx: CheckContext):
    ref = ctx.reference
    product_arms = ref.product_arms
    text = ctx.document.text
    for i, claim in enumerate(ctx.claims):
        m = claim.match
        # a relative change of a risk stated with its hazard or odds ratio is A005's to judge
        if _relative_effect(claim, m, text, ref) and not (
                (claim.kind == "relative" or _CHANGE_AFTER.match(text, claim.end)) and _ratio_backs(ctx, claim)):
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: a change the product is said to make (\"{_change_words(claim, text)}\") "
                f"that no entry of the claims library holds [the sentence names the product]",
                found=claim.describe_value())
            continue
        if _points(claim) and _points_change(claim, text, product_arms):
            how = "the sentence names the product" if claim.product_context else _how_sure(claim)
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: a change on a scale said of the product that no entry of the claims "
                f"library holds [{how or 'the product named for it'}]",
                found=claim.describe_value())
            continue
        if claim.kind in _OUTCOME_KINDS and m.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE) \
                and _about_product(claim, product_arms, text):
            # a figure the library holds for an all-grade rate, said of grade >=3 events only
            if _grade_unbacked(ctx, claim, text):
                yield ctx.finding(
                    UNSUPPORTED_CLAIM, claim.start, claim.end,
                    f"{claim.describe_value()}: said of high-grade events only, but the entry that holds this "
                    f"value, {describe_match(ctx, m)}, is not a grade >=3 rate, so no entry backs it",
                    found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
                continue
            # a figure said at a time point no entry of its endpoint holds, that agrees with an entry held
            # after a cycle ("41% remained in remission at 3 years" where 41.3% is a rate after cycle 2):
            # the same value by chance, no entry backs it (at another calendar time: values.py, V001)
            timed = _time_of_held_value(ctx, claim, text)
            if timed is not None and not timed[1]:
                yield ctx.finding(
                    UNSUPPORTED_CLAIM, claim.start, claim.end,
                    f"{claim.describe_value()}: said of {ref.endpoints[m.entry.endpoint].label} at a time point "
                    f"(\"{timed[0]}\") for which the claims library holds no entry; the entry with this value, "
                    f"{describe_match(ctx, m)}, is of another time, so no entry backs it",
                    found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
                continue
            # a whole-number figure whose clause states an outcome no endpoint of the library names
            # ("discontinued because of adverse events"), matched only through the endpoint of the
            # preceding text: the library's figure of another outcome, the same by chance
            outcome = _undeclared_outcome(claim, text) if claim.endpoint_strength == "context" else None
            entry_terms = ref.endpoints.get(m.entry.endpoint) if m.entry is not None else None
            if outcome and claim.value is not None and claim.value.decimals == 0 and m.entry is not None \
                    and not (entry_terms is not None and (term_pattern(entry_terms).search(_clause(claim, text))
                                                          or _outcome_of(entry_terms, outcome))) \
                    and (claim.arm in product_arms or claim.product_context
                         # the arm only carried from the rows above, the product's figure it agrees with
                         or (claim.arm_source in (None, "context", "ambiguous") and m.arm in product_arms)):
                yield ctx.finding(
                    UNSUPPORTED_CLAIM, claim.start, claim.end,
                    f"{claim.describe_value()} (\"{outcome}\"): an outcome of the product the claims library "
                    f"declares no endpoint for; the entry with this value, {describe_match(ctx, m)}, is of "
                    f"another outcome [endpoint from the preceding text]",
                    found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
                continue
        why = _unheld_form(ctx, claim, text) or _unheld_time(ctx, claim, text)
        if why:
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: {why}; the entry it was compared with, {describe_match(ctx, m)}, "
                f"is {m.expected}, so no entry backs it",
                found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
            continue
        subgroup = _unheld_subgroup(ctx, claim, text)
        if subgroup:
            closest = f"; the closest, {describe_match(ctx, m)}, is {m.expected}" if m.entry is not None else ""
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: said of a subgroup (\"{subgroup}\") for which the claims library holds "
                f"no entry of {ref.endpoints[claim.endpoint].label}{closest}",
                found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
            continue
        row = _baseline_row_subgroup(ctx, claim, text)
        if row:
            closest = f"; the entry it was compared with, {describe_match(ctx, m)}, is {m.expected}" \
                if m.entry is not None and m.expected else ""
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: in the table row {row}, for which the claims library holds no "
                f"entry{closest} (a baseline share, not this outcome), so no entry backs it",
                found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
            continue
        qualified = _unheld_qualifier(ctx, claim, text)
        if qualified:
            # (an arm carried from the text before or left open is a guess: the figure is read as the
            # product's, and the entry of that guessed arm is not named)
            carried_arm = claim.arm_source in ("context", "ambiguous", None) and claim.arm not in ref.product_arms
            said = f"; the entry it was compared with, {describe_match(ctx, m)}, is {m.expected}" \
                if m.entry is not None and m.expected and not carried_arm else ""
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: {qualified}{said}, so no entry backs it"
                + (" [read as the product's figure]" if carried_arm else ""),
                found=claim.describe_value(), reference_id=m.reference_id, source=m.source)
            continue
        if m.status not in (MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE) or (
                claim.kind not in _OUTCOME_KINDS and not _points(claim)):
            continue
        row = _unknown_row(ctx, claim, text)
        if _points(claim) and not row:
            continue
        if row:
            how = _how_sure(claim)
            how = "; ".join(p for p in how.split("; ") if p and not p.startswith("endpoint"))
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()} (row \"{row}\"): a table row whose label names an outcome the claims "
                f"library declares no endpoint or entry for, so no entry backs it [the row's label names no term "
                f"of the library; read as the product's from its column" + (f"; {how}" if how else "") + "]",
                found=claim.describe_value())
            continue
        endpoint = ref.endpoints.get(claim.endpoint) if claim.endpoint else None
        # "3-year survival ........ 57.8% vs 20.6%": the sentence splitter cuts at the dot leader, so the
        # endpoint of the row's own label comes "from the preceding text"; it is the row's own
        named = claim.endpoint_strength == "sentence" or (
            claim.endpoint_strength == "context" and _leader_row(text, _line_start(text, claim.start), claim.start))
        # a duration of an endpoint the library holds only as a rate ("time to remission: 6.4 months")
        # states another outcome (a time to it, a duration of it) that no entry holds
        other_measure = named and endpoint is not None and m.status == MatchStatus.NOT_APPLICABLE \
            and claim.kind == ClaimKind.DURATION and not _threshold(text, claim)
        if not named or endpoint is None or other_measure:
            # the figure's own clause states an outcome no endpoint of the library names
            outcome = _undeclared_outcome(claim, text)
            # a figure the library holds exactly, written with decimals ("Alive at one year: 37.1%"),
            # is its entry's in words the library lacks, not an invented one (a whole number such as
            # 43% may be any outcome's by chance: it is excused only where the arm is not the product's own)
            precise = claim.value is not None and claim.value.decimals > 0
            # (an event named by its own name, "grade >=3 stomatitis in 2% vs 12%", is no other
            # outcome's figure in other words: a whole number another entry holds is a coincidence)
            named_event = outcome is not None and claim.endpoint is None and any(
                p.fullmatch(outcome) for p in _event_words()[:2])
            if outcome and (_about_product(claim, product_arms, text) or _arm_off_line(ctx, claim, text)) and (
                    ((claim.arm in product_arms or named_event) and not precise)
                    or not _held_elsewhere(ctx, claim, outcome=True)):
                how = _how_sure(claim)
                how = "; ".join(p for p in how.split("; ") if p and not p.startswith("endpoint"))
                yield ctx.finding(
                    UNSUPPORTED_CLAIM, claim.start, claim.end,
                    f"{claim.describe_value()} (\"{outcome}\"): an outcome of the product the claims library "
                    f"declares no endpoint for, so no entry backs it" + (f" [{how}]" if how else ""),
                    found=claim.describe_value())
                continue
        # "median time to transplant 11 weeks" with no outcome word the lexicon knows: a time to (or a
        # duration of) an endpoint the library holds no time figure of at all, only its rate, said of
        # the product (or of no arm of its own) is a figure no entry can back -- where its clause says
        # it is a measured time (a median, a time to, a duration: _TIME_MEASURE), not a case's story
        if other_measure and endpoint.domain in ("efficacy", "safety") and not _time_held(ref, claim.endpoint) \
                and _TIME_MEASURE.search(_clause(claim, text)) and not _defines(_clause(claim, text)) \
                and (_about_product(claim, product_arms, text)
                     # (an arm the sentence leaves open, both arms named before it, in a sentence naming the
                     # product: "... with EXAMPLIMAB and 28% with control were MRD-negative, and MRD negativity
                     # was maintained for a median of 5.8 months": no entry holds such a time for either arm)
                     or (claim.arm_source == "ambiguous" and claim.product_context)) \
                and not _held_elsewhere(ctx, claim):
            # (a duration the library holds for any entry, in the same unit, is that entry's figure
            # attached to the wrong endpoint: "lived longer than those who stayed MRD positive (14.1
            # months ...)" is survival, not a time to MRD negativity)
            how = _how_sure(claim)
            yield ctx.finding(
                UNSUPPORTED_CLAIM, claim.start, claim.end,
                f"{claim.describe_value()}: a time or duration said of {endpoint.label}, which the claims library "
                f"holds only as a rate, so no entry backs it [{how or 'its endpoint and arm named next to it'}]",
                found=claim.describe_value())
            continue
        if endpoint is None or endpoint.domain not in ("efficacy", "safety"):
            continue
        if m.status == MatchStatus.NOT_APPLICABLE and (not named
                                             or ref.by_endpoint.get(claim.endpoint)):
            continue  # out of scope (a competitor's figure), not a figure of an endpoint with no entries
        if named:
            about_product = (claim.arm in product_arms) or (
                claim.arm is None and claim.product_context and claim.arm_source != "comparator") or (
                # no arm of its own (a bullet, a table row): the product's, unless the figure is one
                # the library holds for another entry of an endpoint named near it (then its arm or
                # population, not its support, is in doubt); an entry of an endpoint named nowhere near
                # it does not make "Discontinuation due to AEs: 43%" the library's 43% of another outcome
                # (a figure written with decimals that the library holds for any entry is that entry's:
                # "ORR ..... 21.1%" is the ORR, a coincidence to one decimal is unlikely)
                # (only a row's label names its figure's outcome for sure: in running prose the figure may
                # be another study's, so there any entry holding it still excuses it)
                _about_product(claim, product_arms, text) and not _held_elsewhere(
                    ctx, claim, named=(_row(text, claim) or _clause_names_endpoint(ctx, claim, text))
                    and not (claim.value is not None and claim.value.decimals > 0))) or (
                # an arm the sentence leaves open (both arms named, the figure of neither by position), in a
                # sentence naming the product, whose subgroup the library holds for the comparator only
                # (matching.py): the product's figure that no entry holds
                claim.arm_source == "ambiguous" and claim.product_context and m.entry is not None
                and not any(a in product_arms for a in m.entry.arms) and m.entry.population is not None
                and m.entry.population == claim.population and not _held_elsewhere(ctx, claim, named=True)) or (
                # a figure in a clause of its own that names no arm, after a compared pair in a sentence
                # naming the product ("80% with the product versus 29% with control, with a median
                # survival of 9.9 months"): the arm of the pair's last value is only the nearest guess,
                # and the matcher, reading the arm as open, found no arm's entry holding the figure
                _open_arm(claim, product_arms) and not _held_elsewhere(ctx, claim, named=True))
        else:
            # a row of a list under a heading that names the endpoint ("By subgroup (ORR):"),
            # right below a row the library backs: one more row of that list, which it does not
            about_product = claim.endpoint_strength == "context" and _below_a_backed_row(ctx, i, text)
        if not about_product:
            continue
        closest = f"; the closest, {describe_match(ctx, m)}, is {m.expected}" if m.entry else ""
        how = _how_sure(claim)
        if m.certainty:  # why the matcher judged no entry the one meant (a population it does not hold)
            how = "; ".join(p for p in (how, m.certainty) if p)
        # an arm carried from earlier text is a guess: the figure is read as the product's; one the
        # sentence leaves open between its arms is said to be so
        who = ref.arms[claim.arm].label if claim.arm in ref.arms and (
            claim.arm in product_arms or claim.arm_source not in ("context", "ambiguous")) else \
            "arm not stated" if _open_arm(claim, product_arms) else "the product"
        yield ctx.finding(
            UNSUPPORTED_CLAIM, claim.start, claim.end,
            f"{claim.describe_value()} ({who}, {endpoint.label}) matches no entry of the claims library{closest}"
            + (f" [{how}]" if how else ""),
            found=claim.describe_value(), expected=m.expected, reference_id=m.reference_id, source=m.source)


#: where the words that lead into a figure start: a sentence or clause end before it ("...at baseline.[2]
#: Among patients with ...", "; in those aged ...")
_LEAD_BREAK = re.compile(r"[.;!?:](?=[\s\[\]\d^*\u2020\u2021]*\s)|\n")
#: how far before a figure its lead-in is read
_LEAD_CHARS = 120
#: the words that make a baseline characteristic named next a subgroup: "patients with", "those
#: in", "adults who had" (a design term in other words, "in the 2-year follow-up", is none)
_SUBGROUP_OF = re.compile(r"\b(?:patients|those|participants|adults|children|subjects|people)\b"
                          r"(?:[^\S\n]{1,3}[\w-]{1,20}){0,3}[^\S\n]{1,3}\Z", re.I)


def _unheld_subgroup(ctx: CheckContext, claim, text: str) -> str | None:
    """The subgroup a figure of the product is said of, where the claims library holds no entry of
    the figure's endpoint for it: the words leading into the figure in its clause ("Among patients
    with EXAMPLE-positive disease, 41.8% ...", "For patients aged 65 or older, ... 64.9%") name a
    baseline characteristic of the library or a subgroup ("aged", "women", "patients with X
    disease", context.py's subgroup words) and no population of the endpoint's entries; the value
    is held by no entry of that endpoint. Such a figure was matched to the headline entry (a
    value mismatch against the all-patients figure) or left unmatched; it is unsupported. None
    where the figure is not about the product or names no such subgroup."""
    from ..context import _SUBGROUP

    m = claim.match
    # (a figure that goes on from the result of the sentence before, its endpoint and arm both carried
    # from there: "... 80.7% vs 29.4%. Among patients aged 60 or more, it was 88%.")
    carried = claim.endpoint_strength == "context" and claim.arm_source in ("context", None)
    if claim.kind not in _OUTCOME_KINDS or m is None or claim.value is None or claim.endpoint is None \
            or not (claim.endpoint_strength == "sentence" or carried) \
            or m.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE):
        return None
    ref = ctx.reference
    endpoint = ref.endpoints.get(claim.endpoint)
    if endpoint is None or endpoint.domain not in ("efficacy", "safety"):
        return None
    study = ref.studies.get(claim.study) if claim.study else None
    if carried and (study is None or (ctx.products and study.product not in ctx.products)):
        return None
    # the product named in the figure's sentence, or its own arm (a figure of another trial in a
    # piece about the product names a subgroup as often), or the result of the product's trial it goes on from
    if not (claim.product_context or carried
            or (claim.arm in ref.product_arms and claim.arm_source not in ("context", None))):
        return None
    if claim.arm_source == "comparator":
        return None
    lo = max(0, claim.start - _LEAD_CHARS, claim.sentence[0] - _LEAD_CHARS)
    breaks = [b.end() for b in _LEAD_BREAK.finditer(text, lo, claim.start)]
    lead = text[breaks[-1] if breaks else lo:claim.start]
    if "|" in lead:
        return None  # a table row: its label and header say what it is
    named = None
    for q in claim.qualifiers:
        term = ref.endpoints.get(q)
        if term is not None and term.domain == "design":
            hit = term_pattern(term).search(lead)
            if hit and _SUBGROUP_OF.search(lead, 0, hit.start()):
                named = hit.group(0)
                break
    if named is None:
        hit = _SUBGROUP.search(lead) or _words("subgroups", bounded=False).search(lead)
        named = hit.group(0) if hit else None
    if named is None:
        return None
    pops = {e.population for e in ref.by_endpoint.get(claim.endpoint, ()) if e.population}
    if any(pid in ref.populations and term_pattern(ref.populations[pid]).search(lead) for pid in pops):
        return None  # a subgroup the library holds entries for: a value mismatch, not an invented figure
    if _held_elsewhere(ctx, claim, named=True):
        return None
    return " ".join(named.split())


def _baseline_row_subgroup(ctx: CheckContext, claim, text: str) -> str | None:
    """The label (in words) of a table row that names a baseline characteristic ("| EXAMPLE-positive | 73.1% | 27.8% |",
    "| Age >=55 years | ... |") in a table whose header names a results endpoint ("EXAMPLIMAB ORR"),
    where the library holds no entry of that endpoint for the subgroup: the row's figures are that
    endpoint's in the subgroup, not the baseline share the label's words matched (a value mismatch
    against the baseline characteristic, or no match), so no entry backs them. None elsewhere (a
    baseline table: no results endpoint in its header; a subgroup the library holds: values.py)."""
    m = claim.match
    if m is None or claim.kind not in _OUTCOME_KINDS or claim.value is None or claim.endpoint is None \
            or m.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE):
        return None
    ref = ctx.reference
    own = ref.endpoints.get(claim.endpoint)
    if own is not None and own.domain != "design" and claim.population is None:
        # the header's outcome read over a row whose label names a baseline characteristic the
        # library holds no population for (context: the row is that subgroup's): the characteristic
        own = next((ref.endpoints[q] for q in claim.qualifiers
                    if q in ref.endpoints and ref.endpoints[q].domain == "design"), None)
    if own is None or own.domain != "design" or claim.arm_source == "comparator":
        return None
    ls = _line_start(text, claim.start)
    if (ls > 0 and text[ls - 1] != "\n") or text.find("|", ls, claim.start) == -1:
        return None
    cells = text[ls:claim.start].split("|")
    label = next((c for c in cells if c.strip()), None)
    if label is None or label is cells[-1] or term_pattern(own).search(label) is None:
        return None
    # the table's header: the first of the "|" lines right above the row
    # (a reader blanks a Markdown separator row "|---|---|" to spaces, keeping offsets: such a line
    # between two rows is one of the table's)
    # (the plain-text reader writes a space-aligned table's rows as cells "label | 74.5% | 22.0%", no
    # bar at the line's start: a line with a bar in it, as the row's own, is one of the table's)
    top = ls
    while top > 0:
        prev = text.rfind("\n", 0, top - 1) + 1
        line = text[prev:top]
        if not _table_line(line):
            above = text.rfind("\n", 0, prev - 1) + 1 if prev > 0 else prev
            if not (line.strip() == "" and line.strip("\n") and prev > 0
                    and _table_line(text[above:prev])):
                break
        top = prev
    header = text[top:text.find("\n", top)]
    if top == ls or "|" not in header:
        return None
    results = [eid for eid, t in ref.endpoints.items() if t.domain in ("efficacy", "safety")
               and _own_products_entries(ctx, eid) and term_pattern(t).search(header)]
    where = "header"
    if not results:
        where = "title"
        # a header naming only the rows' kind and the arms ("Subgroup | Drug A | Drug B") under a title
        # that names the outcome ("response rate by baseline subgroup", a caption, a lead-in line): the
        # title says what the rows' figures are, where it or the header says the rows are subgroups
        title = _table_title(text, top)
        if title and _SUBGROUP_ROWS.search(title + " " + header) and not _NOT_RESULTS_TITLE.search(title):
            results = [eid for eid, t in ref.endpoints.items() if t.domain in ("efficacy", "safety")
                       and _own_products_entries(ctx, eid) and term_pattern(t).search(title)]
    if not results:
        return None
    for eid in results:
        for e in _own_products_entries(ctx, eid):
            pop = ref.populations.get(e.population) if e.population else None
            if pop is not None and term_pattern(pop).search(label):
                return None  # a subgroup the library holds: its figures are judged against it
            for av in (*e.arms.values(), *((e.overall,) if e.overall else ())):
                v = getattr(av.value, "value", None)
                if v is not None and abs(v - claim.value.value) < 1e-9:
                    return None
    row = " ".join(re.sub(r"[\^*_]+[a-z\d]?[\^*_]*", " ", label).split())
    return f"\"{row}\", a subgroup's row of {ref.endpoints[results[0]].label} (named in the table's {where})"


#: words saying a table's rows are subgroups ("by baseline subgroup", "across subgroups", "Subgroup |")
_SUBGROUP_ROWS = re.compile(r"\bsub-?groups?\b", re.I)
#: a title of a table of the patients' characteristics rather than of results ("Characteristics of the
#: patients in each subgroup", "Demographics by subgroup")
_NOT_RESULTS_TITLE = re.compile(r"\b(?:characteristics\s{1,3}of|demographics?)\b", re.I)


def _table_title(text: str, top: int) -> str | None:
    """The title of a table whose first row starts at ``top``: the first line above it with words
    (blank lines between, two at most, as readers leave a caption, a bold line or a lead-in apart),
    short and no row of a table itself; None where there is none."""
    pos = top
    for _ in range(3):
        if pos <= 0:
            return None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1] if text[pos - 1] == "\n" else text[prev:pos]
        pos = prev
        if not line.strip():
            continue
        if _table_line(line) or len(line) > 160:
            return None
        return line
    return None


def _table_line(line: str) -> bool:
    """Whether a line is a row of a table as the readers leave it: cells separated by "|" (a
    Markdown or HTML row starts with one; a plain-text row the reader aligned into cells does not)."""
    return line.lstrip().startswith("|") or (0 < line.find("|") and len(line) <= 400)


#: a count of treatment cycles said as a condition of a figure ("limited to 2 cycles", "with two
#: cycles", "after 3 cycles of treatment"); a dosing ceiling ("up to 6 cycles") is read apart
_CYCLE_COUNT = re.compile(r"(?<![\w.,])(?:\d{1,2}|one|two|three|four|five|six|seven|eight)[^\S\n]{1,2}"
                          r"(?:treatment[^\S\n]{1,2})?cycles?\b", re.I)
#: what makes a cycle count a ceiling or a recommendation, not a condition of an outcome
_CYCLE_DEFINING = re.compile(r"\b(?:up\s{1,3}to|maximum|at\s{1,3}most|no\s{1,3}more\s{1,3}than|recommended|"
                             r"should|must|may\s{1,3}receive|is\s{1,3}\d)\b", re.I)


#: the words that make an outcome word describe a group ("patients who relapsed", "those who had died",
#: "patients with a first remission")
_WHO_BEFORE = re.compile(r"\b(?:who|whose|that|which|with)\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,2}\Z", re.I)


def _entry_words(ref, e) -> str:
    """What an entry holds in words: its id, note, synonyms, population and time point."""
    pop = ref.populations.get(e.population) if e.population else None
    tp = ref.timepoints.get(e.timepoint) if e.timepoint else None
    return " ".join(str(x) for x in (e.id, e.note or "", *e.synonyms,
                                     *((pop.label, *pop.synonyms) if pop is not None else ()),
                                     *((tp.label, *tp.synonyms) if tp is not None else ()))).replace("-", " ")


def _population_named(ctx: CheckContext, claim, text: str, e) -> bool:
    """Whether entry ``e``'s population is one the figure may be of: any but a group counted from an
    event (data/outcomes.yaml time_anchor_events: "patients who underwent transplant") that the figure's
    sentence does not name (neither the population nor the event): a grade >=3 rate after
    transplant backs no grade >=3 rate of all treated patients."""
    if e.population is None or e.population == claim.population:
        return True
    ref = ctx.reference
    pop = ref.populations.get(e.population)
    if pop is None:
        return True
    s0, s1 = claim.sentence if claim.sentence != (0, 0) else (claim.start, claim.end)
    event, _ = _anchor_patterns(ref)
    if event.search(" ".join((pop.label, *pop.synonyms))) is None:
        return True
    return term_pattern(pop).search(text, s0, s1) is not None or event.search(text, s0, s1) is not None


def _own_products_entries(ctx: CheckContext, endpoint: str) -> list:
    return [e for e in ctx.reference.by_endpoint.get(endpoint, ())
            if not ctx.products or e.study.product in ctx.products]


def _unheld_qualifier(ctx: CheckContext, claim, text: str) -> str | None:
    """Why a rate of the product (its own arm, or none of its own: carried from the text before or
    left open) is qualified by something no entry of the claims library holds, so no entry backs
    it, whatever it was compared with: said of one grade of an event (grade >=3 only, "Grade 1 or
    2") where no entry of the event of a population the figure may be of is of that grade; said of a
    population the library knows ("in the pediatric study, ... a remission rate of 62%") but holds
    no entry of the figure's endpoint for; said of an outcome (data/outcomes.yaml families: "still
    alive") at a time point or counted from an event ("one year after transplant") that no entry of
    that outcome's endpoints holds; an outcome of care (care_outcomes: "became transfusion
    independent") in a clause that names none of the library's endpoints; a figure said under a
    count of treatment cycles ("limiting treatment to 2 cycles lowered ... to 9%") that the entry it
    agrees with and every entry of its endpoint know nothing of (a value agreeing by chance). None
    otherwise. A wrong value of a grade, population or time point the library does hold stays V001."""
    m = claim.match
    if m is None or claim.kind != ClaimKind.PERCENTAGE or claim.value is None:
        return None
    ref = ctx.reference
    product_arms = ref.product_arms
    if claim.arm_source == "comparator" or (claim.arm_source in ("own", "chain") and claim.arm not in product_arms):
        return None
    if not (claim.product_context or _about_product(claim, product_arms, text) or claim.arm_source == "ambiguous"):
        return None
    study = ref.studies.get(claim.study) if claim.study else None
    if ctx.products and study is not None and study.product not in ctx.products:
        return None
    consistent = m.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE)
    clause = _clause(claim, text)
    endpoint = ref.endpoints.get(claim.endpoint) if claim.endpoint else None
    if consistent:
        return _unheld_cycles(ctx, claim, text)
    if m.status not in (MatchStatus.UNMATCHED, MatchStatus.MISMATCH, MatchStatus.NOT_APPLICABLE):
        return None
    if m.status == MatchStatus.MISMATCH and claim.endpoint_strength == "sentence":
        # a figure said under a count of cycles that no entry of its endpoint holds ("after exactly
        # 2 cycles had an event rate of 11%"): no entry's figure to call it wrong against
        said = _unheld_cycles(ctx, claim, text)
        if said:
            return said
    # a grade of an event: high (grade >=3 only) or low (grade 1 or 2) -- where no entry of the event,
    # of a population the figure may be of, is of that grade
    if endpoint is not None and endpoint.domain == "safety" and claim.endpoint_strength in ("sentence", "context"):
        _, _, high, anyg = _lexicon()
        low = _words("low_grade")
        graded = None if anyg.search(clause) else (high.search(clause) or low.search(clause))
        if graded is not None and not (high.search(clause) and _grade_of_others(ctx, claim, text, high)):
            kind = high if high.search(graded.group(0)) else low
            held = [e for e in _own_products_entries(ctx, claim.endpoint) if _population_named(ctx, claim, text, e)
                    and kind.search(_entry_words(ref, e).replace("grade3", "grade 3"))]
            if not held and claim.endpoint_strength == "context" and claim.value.decimals > 0 and any(
                    kind.search(_entry_words(ref, e).replace("grade3", "grade 3"))
                    and any(av.value is not None and av.value.value == claim.value.value
                            and av.value.decimals == claim.value.decimals for av in e.arms.values())
                    for e in ref.entries.values() if not ctx.products or e.study.product in ctx.products):
                held = [None]  # the very figure of another endpoint's entry of that grade: the endpoint
                #                taken from the text before is a guess ("Grade >=3 | 59.6%" of a broken row)
            if not held:
                return (f"said of {' '.join(graded.group(0).split())} {endpoint.label} only, and the claims "
                        f"library holds no rate of that grade of it for this population")
    if endpoint is not None and endpoint.domain in ("efficacy", "safety") and m.status != MatchStatus.NOT_APPLICABLE:
        # a population the library knows, with no entry of the figure's endpoint
        pop = ref.populations.get(claim.population) if claim.population else None
        if pop is not None and claim.population_source in ("own", "sentence") and claim.endpoint_strength == "sentence":
            entries = _own_products_entries(ctx, claim.endpoint)
            of_pop = [e for e in ref.entries.values() if e.population == claim.population
                      and (not ctx.products or e.study.product in ctx.products)]
            pop_studies = {e.study.id for e in of_pop}
            if entries and of_pop and not any(
                    e.population == claim.population or (e.population is None and e.study.id in pop_studies)
                    for e in entries) and not _held_elsewhere(ctx, claim, named=True):
                return (f"said of a population (\"{pop.label}\") for which the claims library holds no entry of "
                        f"{endpoint.label}")
    # an outcome said to have lasted a time ("sustained for at least 12 months in 61%") where no entry of
    # the figure's endpoint holds how long it lasted: the rate of keeping it, not of reaching it
    if endpoint is not None and endpoint.domain == "efficacy" and claim.endpoint_strength == "sentence":
        lasted = _words("durability").search(clause)
        if lasted is not None and not any(_words("durability_terms").search(_entry_words(ref, e))
                                          for e in _own_products_entries(ctx, claim.endpoint)):
            return (f"said of {endpoint.label} that lasted a time (\"{' '.join(lasted.group(0).split())}\"), "
                    f"for which the claims library holds no entry")
    # an outcome of care the library names no endpoint for, in the figure's own clause
    care = _care_outcome(claim, clause)
    if care is not None and m.status != MatchStatus.MISMATCH and not any(
            term_pattern(t).search(clause) for t in ref.endpoints.values() if t.domain in ("efficacy", "safety")):
        return f"said of an outcome (\"{' '.join(care.split())}\") the claims library declares no endpoint for"
    # an outcome at a time point, or counted from an event, that no entry of its endpoints holds
    # (the first outcome word said of the figure, not one that describes who it counts: "17% in
    # patients who relapsed within 2 years" is a group's figure, not a rate of relapse)
    # (only a figure its sentence says is the product's: a rate at a time point in prose that names no
    # product may be another trial's, "in a post hoc analysis of four other trials, ... 36%")
    outcome = next((o for o in _lexicon()[0].finditer(clause)
                    if not _WHO_BEFORE.search(clause, max(0, o.start() - 40), o.start())), None) \
        if claim.product_context or (claim.arm in product_arms and claim.arm_source != "context") else None
    if outcome is not None:
        word = outcome.group(0)
        ends = [eid for eid, t in ref.endpoints.items() if t.domain in ("efficacy", "safety")
                and _outcome_of(t, word) and _own_products_entries(ctx, eid)]
        if ends and (claim.endpoint not in ends or m.status != MatchStatus.MISMATCH):
            entries = [e for eid in ends for e in _own_products_entries(ctx, eid)]
            terms = term_pattern(ref.endpoints[ends[0]])
            when = _said_of(claim, text, _time_points(text, terms))
            if when is None:
                cal = _CALENDAR_TIME.search(clause, outcome.end())
                when = cal.group(0) if cal else None
            event, anchor = _anchor_patterns(ref)
            counted = anchor.search(clause)
            if when is not None and _days(when) is not None and not _held_elsewhere(ctx, claim, named=True):
                def agrees(e) -> bool:
                    term = ref.timepoints.get(e.timepoint) if e.timepoint else None
                    return term is not None and _same_time(term, when) and (
                        counted is None or event.search(_entry_words(ref, e)) is not None)
                if not any(agrees(e) for e in entries):
                    since = f" counted from \"{' '.join(counted.group(0).split())}\"" if counted else ""
                    return (f"said of \"{word}\" at a time point (\"{' '.join(when.split())}\"){since} for which "
                            f"the claims library holds no entry")
    return None


def _unheld_cycles(ctx: CheckContext, claim, text: str) -> str | None:
    """The count of treatment cycles a figure agreeing with an entry is said under, where neither
    that entry nor any entry of its endpoint holds a number of cycles (the same value by chance)."""
    m = claim.match
    if m.entry is None:
        return None
    ref = ctx.reference
    endpoint = ref.endpoints.get(m.entry.endpoint)
    if endpoint is None or endpoint.domain not in ("efficacy", "safety"):
        return None
    s0 = claim.sentence[0] if claim.sentence != (0, 0) else max(0, claim.start - _TIME_LEAD_CHARS)
    lo = max(s0, claim.start - _TIME_LEAD_CHARS)
    hits = list(_CYCLE_COUNT.finditer(text, lo, claim.start))
    if not hits or _CYCLE_DEFINING.search(text, lo, claim.start):
        return None
    cycles = re.compile(r"\bcycles?\b", re.I)
    if any(cycles.search(_entry_words(ref, e)) for e in (m.entry, *_own_products_entries(ctx, m.entry.endpoint))):
        return None
    return (f"said of {endpoint.label} under \"{' '.join(hits[-1].group(0).split())}\", a number of cycles no "
            f"entry of it holds")


#: "reduced post-transplant relapse by 35%", "improves survival by 20%": an effect size by a verb of change
def _change_words(claim, text: str) -> str:
    """How the text states the change: "30% lower" when the change word follows the figure, "by 30%"
    when it comes before."""
    after = _CHANGE_AFTER.match(text, claim.end)
    return f"{claim.describe_value()} {after.group(0).strip()}" if after else f"by {claim.describe_value()}"


#: the words right after a percentage that make it the size of a change: "30% lower", "40% fewer
#: transfusions", "a 20% reduction in" (never "30% or more", "20% of", "the 5% lower limit": a bound's
#: name follows, not a comparison)
_CHANGE_AFTER = re.compile(
    r"[^\S\n]{0,2}(?:relative[^\S\n]{1,3})?(?:lower|fewer|less|higher|more|greater|shorter|longer|"
    r"reduction|decrease|increase|improvement|drop|rise)\b(?![^\S\n]{1,3}(?:limit|bound|boundary|threshold)\b)",
    re.I)
_CHANGE_BY = re.compile(
    r"\b(?:reduc|lower|decreas|cut|halv|improv|increas|extend|prolong|boost|rais)\w{0,4}\b[^.;:]{0,80}?"
    r"\bby\s{1,3}(?:(?:about|approximately|nearly|almost|over|around|more\s+than|up\s+to)\s{1,3})?$", re.I)


def _about_product(claim, product_arms, text: str) -> bool:
    """Whether a figure is about the product: its arm is a product arm; or it names none of its own
    (no arm, or one carried from earlier text) and is not the comparator's (a bullet, a table row or a sentence of a piece about the product,
    where an arm carried from earlier text is no more than a guess)."""
    if claim.arm in product_arms and (claim.arm_source in ("own", "chain", "sentence", "product")
                                      or claim.product_context or not _case_story(claim, text)):
        return True
    if claim.arm_source == "comparator":
        return False
    if not claim.product_context and _case_story(claim, text):
        return False  # a patient case's history ("relapsed 9 months after first remission")
    if claim.kind == "pp-difference":
        return False  # a difference between the arms: the product's only where the sentence says so
    return claim.arm is None or claim.arm_source == "context"


#: a sentence about one patient of a case: "A 44-year-old man …", "Mr. K …"; or opening with "She
#: relapsed …", "He had …"
_CASE_PATIENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]his|[Yy]our)\s{1,2}\d{1,3}[-\s]year[-\s]old\b"
    r"|\b(?:Mr|Mrs|Ms|Mx)\.?\s{1,2}[A-Z]")
_CASE_PRONOUN = re.compile(
    r"[\s*_>#\-\u2022]{0,8}(?:He|She)\s{1,2}(?:is|was|has|had|relapse[sd]?|received|presents?|presented|"
    r"achieve[sd]?|underwent|reache[sd]|remains?|remained|develop(?:s|ed)?)\b")


def _open_arm(claim, product_arms) -> bool:
    """Whether a figure's arm is left open by its sentence, which names the product: both arms are
    named, the figure is neither's by position, and the nearest arm taken for it (context.py,
    "ambiguous") is not the product's (a product arm so taken is already read as the product's). Only
    a figure of one arm (a rate, a time): a difference or a ratio is of both (A004, A005 judge it)."""
    return claim.arm_source == "ambiguous" and claim.product_context and claim.arm not in product_arms \
        and claim.kind in (ClaimKind.PERCENTAGE, ClaimKind.DURATION)


def _case_story(claim, text: str) -> bool:
    """Whether a figure's sentence tells one patient's case (a vignette: "A 44-year-old man with
    relapsed disease relapses 9 months after first remission"): its figures are that patient's
    history, not the trial's results, unless the sentence names the product (checked by the
    caller)."""
    s0, s1 = claim.sentence
    if s1 <= s0:
        return False
    s1 = min(s1, s0 + 600)
    return _CASE_PATIENT.search(text, s0, s1) is not None or _CASE_PRONOUN.match(text, s0, s1) is not None


def _arm_off_line(ctx: CheckContext, claim, text: str) -> bool:
    """Whether a figure's comparator arm was taken from its sentence but is named on another line
    only: list lines with no full stop run into one sentence, so the arm of the next row
    ("Standard chemotherapy ..... 21.6%") is no more than a guess for a line that names none."""
    if claim.arm_source != "sentence" or claim.arm is None or claim.arm not in ctx.reference.arms:
        return False
    ls = _line_start(text, claim.start)
    le = text.find("\n", claim.end, claim.end + 400)
    line = text[ls:le if le != -1 else min(len(text), claim.end + 400)]
    # the sentence runs over other lines (bounded: never a scan of a long sentence per figure)
    s0, s1 = claim.sentence
    over = (s0 < ls and ls > 0 and text[ls - 1] == "\n") or (le != -1 and s1 > le)
    if "|" in line or not over:
        return False
    return term_pattern(ctx.reference.arms[claim.arm]).search(line) is None


#: a row whose label ends with a dot leader, up to the figure (or the figures before it in a "vs"
#: list): the line's first dots (three or more) end its label (2 to 88 characters, no table bar),
#: and only "vs" figures lie between them and the figure. Found in two linear steps (the first dot
#: run, then the tail) rather than one pattern, whose label scan restarted at every position.
_DOTS = re.compile(r"[.\u2026]+")
_LEADER_TAIL = re.compile(r"[^\S\n]{0,8}(?:[\d.,]{1,12}[^\S\n]{0,3}(?:%|months?|weeks?|days?)?[^\S\n]{0,3}"
                          r"(?:vs\.?|versus|and|/)[^\S\n]{0,3}){0,3}\Z")


def _leader_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line up to a figure) is a dot-leader row's label and leader."""
    dots = _DOTS.search(text, start, end)
    if dots is None or not 3 <= dots.end() - dots.start() <= 200:
        return False
    label = text[start:dots.start()]
    if not 2 <= len(label) <= 88 or "|" in label or "\n" in label:
        return False
    return _LEADER_TAIL.match(text, dots.end(), end) is not None


#: a row's start: a bullet or numbered item, a table cell, a "label:" or a dot leader before the figure
_ROW_START = re.compile(r"[^\S\n]{0,12}(?:(?:[-*\u2022\u25aa+]|\d{1,2}[.)])\s|\|)")


def _row(text: str, claim) -> bool:
    """Whether the figure stands in a row whose label names it: a bullet, a table row or cell, a
    "label: figure" line or a dot-leader row (not running prose)."""
    ls = _line_start(text, claim.start)
    head = text[ls:claim.start]
    low = head.lower()
    return bool(_ROW_START.match(head)) or any(t in low for t in ("<td", "<th", "<li")) \
        or head.rstrip(" \t*_").endswith(":") or _leader_row(text, ls, claim.start)


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, looked for 200 characters back at most (a longer line
    is read from 200 characters before ``pos``, never from the document's start, which made a long
    prose line's figure read the first table cell of the document as its label)."""
    return line_start(text, pos, 200)


def _held_elsewhere(ctx: CheckContext, claim, named: bool = False, outcome: bool = False) -> bool:
    """Whether the figure is a value the claims library holds for some entry of the document's
    products (any endpoint, arm or population): where the figure's context was not named next to it,
    such a figure is more likely attached to the wrong entry than invented. With ``named`` (the
    figure's own sentence names its endpoint), only entries of an endpoint named near it count (one
    of its ``endpoint_candidates``, or one whose terms its sentence or line holds): its arm or
    population may be the wrong one, but an entry of an outcome its words do not name does not make
    "Discontinuation due to AEs: 43%" the library's 43% of another outcome. With ``outcome`` (the
    figure's own clause states an outcome: "discontinued because of an adverse reaction"), entries
    of a design endpoint (a baseline characteristic, enrolment) do not count: a baseline figure of
    the same value is a coincidence, not the outcome's figure in other words."""
    value = claim.value.value if claim.value is not None else None
    if value is None:
        return False
    # a row whose own label names its endpoint: the endpoints named in the neighbouring rows are
    # not near it ("Grade >=3 infections: 19%" under a row of another outcome holding 19%)
    own_label = named and claim.endpoint_strength == "sentence" and _row(ctx.document.text, claim)
    # ... so does a figure's own clause that names its endpoint ("treatment discontinuation for adverse
    # events (9%)" in a list of other events: their entries' 9% is not this outcome's)
    own_clause = named and not own_label and _clause_names_endpoint(ctx, claim, ctx.document.text)
    near = ({claim.endpoint} if own_label or own_clause else {claim.endpoint, *claim.endpoint_candidates}) \
        if named else None
    words = (_clause(claim, ctx.document.text) if own_clause else _words_around(ctx.document.text, claim)) \
        if named else ""
    for entry in ctx.reference.entries.values():
        if ctx.products and entry.study.product not in ctx.products:
            continue
        term = ctx.reference.endpoints.get(entry.endpoint) if outcome else None
        if term is not None and term.domain == "design":
            continue  # a baseline characteristic's figure is no stated outcome's: the same value by chance
        if near is not None and entry.endpoint not in near and not (
                entry.endpoint in ctx.reference.endpoints
                and term_pattern(ctx.reference.endpoints[entry.endpoint]).search(words)):
            continue
        if claim.unit and entry.unit and _unit_family(claim.unit) != _unit_family(entry.unit):
            continue  # "17 days" is not the library's 17%
        for av in (*entry.arms.values(), *((entry.overall,) if entry.overall else ())):
            v = getattr(av.value, "value", None)
            if v is not None and abs(v - value) < 1e-9:
                return True
    return False


def _words_around(text: str, claim) -> str:
    """The figure's sentence and line (a table row's or a dotted-leader row's label is on its line)."""
    s0, s1 = claim.sentence if claim.sentence != (0, 0) else (claim.start, claim.end)
    ls = _line_start(text, claim.start)
    le = text.find("\n", claim.end)
    return text[min(s0, ls):max(s1, le if le != -1 else len(text))]


@functools.lru_cache(maxsize=512)
def _unit_family(unit: str) -> str:
    """A unit's family: "%" and a time unit are told apart; a time unit's spelling is not."""
    u = unit.strip().lower()
    return "%" if u.startswith("%") or u.startswith("percent") else u.rstrip("s")


def _lexicon() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The generic outcome, defining, high-grade and any-grade words (data/outcomes.yaml) as patterns."""
    return _words("outcomes"), _words("defining"), _words("high_grade"), _words("any_grade")


@functools.lru_cache(maxsize=1)
def _families() -> tuple[re.Pattern, ...]:
    """The outcome families (data/outcomes.yaml ``families``), one pattern each."""
    return tuple(re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{w})" for w in fam) + r")(?!\w)", re.I)
                 for fam in outcome_data().get("families", ()))


def _outcome_of(term, outcome: str) -> bool:
    """Whether the outcome word names the claims-library endpoint ``term`` (one of its terms, or a
    word of the same family: "alive" is the outcome of "overall survival")."""
    terms = " ".join(dict.fromkeys((term.label, *term.synonyms)))
    word = re.sub(r"\W+$", "", outcome)
    if re.search(r"(?<!\w)" + re.escape(word), terms, re.I):
        return True
    return any(f.fullmatch(word) and f.search(terms) for f in _families())


def _grade_unbacked(ctx: CheckContext, claim, text: str) -> bool:
    """Whether a safety figure the library holds is said of a high grade only ("grade 3 or higher
    infections: 43%") while its matched entry is not of that grade (no high grade in its id, note,
    synonyms, source or endpoint's terms; an all-grade rate of that value backs no grade >=3 claim)."""
    entry = claim.match.entry
    if entry is None:
        return False
    endpoint = ctx.reference.endpoints.get(entry.endpoint)
    if endpoint is None or endpoint.domain != "safety":
        return False
    _, _, high, anyg = _lexicon()
    clause = _clause(claim, text)
    if not high.search(clause) or anyg.search(clause) or _grade_of_others(ctx, claim, text, high):
        return False
    held = " ".join(str(x) for x in (entry.id, entry.note or "", *entry.synonyms, entry.source or "",
                                    endpoint.label, *endpoint.synonyms))
    return not high.search(held.replace("-", " ").replace("grade3", "grade 3"))


def supersedes_mismatch(ctx: CheckContext, claim) -> bool:
    """Whether U001 reads a figure that matched an entry with another value as a figure no entry
    backs (a subgroup the library lacks, a grade or a time window its entry does not hold): the
    value mismatch (V001) is then not reported for it."""
    text = ctx.document.text
    return bool(_unheld_form(ctx, claim, text) or _unheld_time(ctx, claim, text)
                or _unheld_subgroup(ctx, claim, text) or _unheld_qualifier(ctx, claim, text)
                or _baseline_row_subgroup(ctx, claim, text))


def _unheld_form(ctx: CheckContext, claim, text: str) -> str | None:
    """Why a safety figure of the product, compared with an entry of another value, is of another
    metric than that entry: said of grade >=3 events only where no entry of its endpoint is a
    grade >=3 rate, or of events in a time window or of their resolution ("occurred within the first
    hour in 85%", "resolved within 2 days in 80%") where the entry holds no time. None otherwise."""
    m = claim.match
    if m is None or m.status != MatchStatus.MISMATCH or m.entry is None or claim.kind != ClaimKind.PERCENTAGE:
        return None
    ref = ctx.reference
    endpoint = ref.endpoints.get(m.entry.endpoint)
    if endpoint is None or endpoint.domain != "safety" or claim.arm_source == "comparator":
        return None
    if not (claim.product_context or claim.arm in ref.product_arms):
        return None
    _, _, high, anyg = _lexicon()
    clause = _clause(claim, text)

    def held(entry) -> str:
        return " ".join(str(x) for x in (entry.id, entry.note or "", *entry.synonyms, entry.source or "",
                                         endpoint.label, *endpoint.synonyms)).replace("-", " ")
    if high.search(clause) and not anyg.search(clause) and not _grade_of_others(ctx, claim, text, high):
        entries = ref.by_endpoint.get(m.entry.endpoint, ())
        if not any(high.search(held(e).replace("grade3", "grade 3")) for e in entries):
            return f"said of grade >=3 events only, and the claims library holds no grade >=3 rate of {endpoint.label}"
    window, resolution = _words("time_window"), _words("resolution")
    # the time may stand before the figure's clause in its sentence ("resolved within 2 days, in 80%")
    s0 = claim.sentence[0] if claim.sentence != (0, 0) else max(0, claim.start - _CLAUSE_CHARS)
    said_of = text[max(s0, claim.start - 2 * _CLAUSE_CHARS):claim.start] + " " + clause
    said = window.search(said_of) or resolution.search(said_of)
    if said and not (window.search(held(m.entry)) or resolution.search(held(m.entry))):
        return (f"said of {endpoint.label} \"{' '.join(said.group(0).split())}\", a time the claims library "
                f"holds no figure of")
    return None


#: how far before a figure, in its sentence, the time point said of it is looked for
_TIME_LEAD_CHARS = 150
#: what may stand between a landmark ("3-year") and the outcome it dates: up to two words, no punctuation
_LANDMARK_GAP = re.compile(r"[ -](?:[\w/-]{1,30} ){0,2}")


def _said_of(claim, text: str, found) -> str | None:
    """The nearest of the spans ``found(lo, hi)`` yields (text positions) that is said of the figure:
    the last one in its sentence before it (up to ``_TIME_LEAD_CHARS``), else the first in its own
    clause after it; its words, or None."""
    span = _said_of_span(claim, text, found)
    return " ".join(text[span[0]:span[1]].split()) if span is not None else None


def _said_of_span(claim, text: str, found) -> tuple[int, int] | None:
    """The span :func:`_said_of` reads the words of."""
    s0 = claim.sentence[0] if claim.sentence != (0, 0) else max(0, claim.start - _TIME_LEAD_CHARS)
    last = None
    for last in found(max(s0, claim.start - _TIME_LEAD_CHARS), claim.start):
        pass
    if last is None:
        s1 = claim.sentence[1] if claim.sentence != (0, 0) else len(text)
        m_after = _CLAUSE_END.search(text, claim.end, min(s1, claim.end + _CLAUSE_CHARS))
        last = next(iter(found(claim.end, m_after.start() if m_after else min(s1, claim.end + _CLAUSE_CHARS))),
                    None)
    return (last[0], last[1]) if last is not None else None


def _time_points(text: str, endpoint_terms: re.Pattern):
    """The landmark time points of ``text`` between two positions ("3-year" before an outcome word or
    a term of the endpoint, "at three years", "at day 100", data/outcomes.yaml), as spans."""
    landmark, outcome, plain = _words("time_point_landmark"), _words("time_point_outcomes"), _words("time_points")

    def found(lo: int, hi: int):
        spans = [(m.start(), m.end()) for m in plain.finditer(text, lo, hi)]
        for m in landmark.finditer(text, lo, hi):
            gap = _LANDMARK_GAP.match(text, m.end(), min(len(text), m.end() + 80))
            if gap is None:
                continue
            # the outcome right after the landmark or after one or two words ("3-year overall survival
            # rate", "2-year post-transplant survival")
            # (the gap is a separator and whole words each ended by a space: a word starts after each space)
            starts = [m.end() + 1] + [gap.start() + 1 + k + 1 for k, c in enumerate(gap.group(0)[1:]) if c == " "]
            if any(outcome.match(text, p) or endpoint_terms.match(text, p) for p in starts):
                spans.append((m.start(), m.end()))
        return sorted(spans)
    return found


def _unheld_time(ctx: CheckContext, claim, text: str) -> str | None:
    """Why a rate of the product (or of no arm of its own, or in a sentence naming the product),
    compared with an entry of another value, is of another figure than that entry: said at a time
    point (data/outcomes.yaml time_points: "the 3-year survival rate", "survival at three years",
    "100-day mortality") the entry does not hold, or counted from an event (time_anchor_events:
    "2-year survival after transplant") the entry is not counted from, where no entry of the
    endpoint holds that time point or event. A time point must agree before a value can be judged
    a mismatch. None otherwise."""
    m = claim.match
    if m is None or m.status not in (MatchStatus.MISMATCH, MatchStatus.ARMS_SWAPPED) or m.entry is None \
            or claim.kind != ClaimKind.PERCENTAGE:
        return None
    ref = ctx.reference
    endpoint = ref.endpoints.get(m.entry.endpoint)
    if endpoint is None or endpoint.domain not in ("efficacy", "safety") or claim.arm_source == "comparator":
        return None
    # the product's figure, or the comparator's of its own trial named next to it (a table column,
    # "vs 6.8% with chemotherapy"): a time point no entry of the endpoint holds is held for no arm
    if not (claim.product_context or _about_product(claim, ref.product_arms, text)
            or (claim.arm_source in ("own", "chain") and claim.arm in m.entry.arms)):
        return None
    entries = [e for e in ref.by_endpoint.get(m.entry.endpoint, ())
               if not ctx.products or e.study.product in ctx.products]
    terms = term_pattern(endpoint)
    span = _said_of_span(claim, text, _time_points(text, terms)) if m.status == MatchStatus.MISMATCH else None
    words = " ".join(text[span[0]:span[1]].split()) if span is not None else None
    if words is not None:
        landmark = not words.lower().startswith(("at ", "by "))
        # "alive and in continuous remission at 3 years", "remained in remission at three years": an
        # outcome held at a time, for an endpoint the library reports at no time point (a best response)
        if landmark or any(e.timepoint for e in entries) or _state_at(text, span[0], claim, terms):
            def agrees(e) -> bool:
                term = ref.timepoints.get(e.timepoint) if e.timepoint else None
                return term is not None and _same_time(term, words)
            if not agrees(m.entry) and not any(agrees(e) for e in entries):
                return (f"said of {endpoint.label} at a time point (\"{words}\") for which the claims library "
                        f"holds no entry")
    event, anchor = _anchor_patterns(ref)
    words = _said_of(claim, text, lambda lo, hi: [(a.start(), a.end()) for a in anchor.finditer(text, lo, hi)])
    if words is not None:
        # (an entry counted from the event backs only the arms it holds: "2-year post-transplant survival of
        # 51% with EXAMPLIMAB vs 23% with chemotherapy" where the post-transplant entry holds no
        # comparator figure; the comparator's 23% is not the all-patients rate of either arm)
        own = claim.arm if claim.arm_source in ("own", "chain") and claim.arm in ref.arms else None

        def counted_from(e) -> bool:
            pop = ref.populations.get(e.population) if e.population else None
            held = " ".join(str(x) for x in (e.id, e.note or "", *e.synonyms,
                                             *((pop.label, *pop.synonyms) if pop is not None else ())))
            return event.search(held) is not None and (own is None or own in e.arms)
        if not counted_from(m.entry) and not any(counted_from(e) for e in entries):
            whose = ""
            if own is not None:
                own, bare = None, own
                if any(counted_from(e) for e in entries):  # held for the other arm only
                    whose = f" of {ref.arms[bare].label}"
            return (f"said of {endpoint.label} counted from an event (\"{words}\") for which the claims "
                    f"library holds no entry{whose}")
    return None


#: a calendar time: a number (in figures or words) and its unit ("12 months", "one-year", "at 2 years")
_CALENDAR_TIME = re.compile(r"(?<![\w.,])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|"
                            r"twenty-four|thirty-six)[ -](year|month|week|day)s?(?!\w)", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36}
_DAYS_PER = {"year": 365, "month": 30.4375, "week": 7, "day": 1}


def _days(words: str) -> float | None:
    """The calendar time ``words`` state, in days ("12 months" and "1-year" alike); None where none."""
    m = _CALENDAR_TIME.search(words)
    if m is None:
        return None
    n = m.group(1).lower()
    return (int(n) if n.isdigit() else _NUMBER_WORDS[n]) * _DAYS_PER[m.group(2).lower()]


def _same_time(term, words: str) -> bool:
    """Whether the time point ``words`` said of a figure is the claims library's time point ``term``:
    one of its words, or the same calendar time in other units ("at 12 months" for "1-year")."""
    if term_pattern(term).search(words) is not None:
        return True
    said = _days(words)
    if said is None:
        return False
    return any(d is not None and abs(d - said) <= 0.05 * said
               for d in (_days(w) for w in (term.label, *term.synonyms)))


#: what may stand between an outcome state and the time it is held at: "in remission at 3 years",
#: "alive and in continuous remission at 3 years", "remained relapse-free at two years"
_STATE_GAP = re.compile(r"[^\S\n]{0,2}(?:\(?[\w/+-]{1,20}\)?[^\S\n]{1,2}){0,2}\Z")


def _state_at(text: str, at: int, claim, terms: re.Pattern) -> bool:
    """Whether the time point "at N years" that starts at ``at`` is the time an outcome state is held
    at: an outcome word (data/outcomes.yaml time_point_outcomes: "alive", "in remission") or a term
    of the figure's endpoint ends right before it (up to two words between), in the figure's sentence.
    "At 2 years, the rate was ..." (a time before the outcome) is not such a one."""
    s0 = claim.sentence[0] if claim.sentence != (0, 0) else max(0, at - _TIME_LEAD_CHARS)
    lo = max(s0, at - 60)
    outcome = _words("time_point_outcomes")
    for pattern in (outcome, terms):
        for hit in pattern.finditer(text, lo, at):
            if _STATE_GAP.match(text, hit.end(), at):
                return True
    return False


def held_time_misquoted(ctx: CheckContext, claim) -> str | None:
    """The time point (data/outcomes.yaml time_points, time_point_landmark) said of a rate of the
    product whose value agrees with an entry held at another calendar time point ("At 3 years,
    22.8% and 10.0% were alive" where 22.8% and 10.0% are the 2-year rates), where no entry of the
    endpoint holds the time point said: the value is that entry's, its time point misquoted (V001).
    Its words, or None. (An entry held at no calendar time, after a cycle, agrees by chance only: that
    is U001's, :func:`_time_of_held_value`.)"""
    found = _time_of_held_value(ctx, claim, ctx.document.text)
    return found[0] if found is not None and found[1] else None


def _time_of_held_value(ctx: CheckContext, claim, text: str) -> tuple[str, bool] | None:
    """(the words, whether the entry's own time point is a calendar time) of a time point said of a
    rate of the product that agrees with an entry of its endpoint held at another time point, where
    no entry of the endpoint holds the time point said ("41% remained in remission at 3 years" where
    41.3% is a rate after cycle 2). None otherwise."""
    m = claim.match
    if m is None or m.status not in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE) or m.entry is None \
            or claim.kind != ClaimKind.PERCENTAGE or not m.entry.timepoint or claim.arm_source == "comparator":
        return None
    ref = ctx.reference
    endpoint = ref.endpoints.get(m.entry.endpoint)
    held_at = ref.timepoints.get(m.entry.timepoint)
    if endpoint is None or held_at is None or endpoint.domain not in ("efficacy", "safety"):
        return None
    if not (claim.product_context or _about_product(claim, ref.product_arms, text)
            or (claim.arm_source in ("own", "chain") and claim.arm in m.entry.arms)):
        return None
    terms = term_pattern(endpoint)
    span = _said_of_span(claim, text, _time_points(text, terms))
    if span is None:
        return None
    words = " ".join(text[span[0]:span[1]].split())
    entries = [e for e in ref.by_endpoint.get(m.entry.endpoint, ())
               if not ctx.products or e.study.product in ctx.products]
    for e in entries:
        term = ref.timepoints.get(e.timepoint) if e.timepoint else None
        if term is not None and _same_time(term, words):
            return None  # a time point the library holds (this entry's, or another entry's)
    calendar = any(_words("time_point_landmark").search(w) or _words("time_points").search(w)
                   for w in (held_at.label, *held_at.synonyms))
    # ... and only where every other rate of the endpoint in its sentence agrees too (the whole
    # comparison is the entry's): "the 3-year survival rate was 20.3% versus 10.0%" states a figure no
    # entry holds, beside which the comparator's 10.0% is the 2-year rate by chance
    calendar = calendar and all(
        c.match is not None and c.match.status in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE)
        for c in ctx.claims if c is not claim and c.sentence == claim.sentence
        and c.kind == ClaimKind.PERCENTAGE and c.endpoint == claim.endpoint)
    return words, calendar


def _grade_of_others(ctx: CheckContext, claim, text: str, high: re.Pattern) -> bool:
    """Whether the high grade the figure's clause names qualifies other figures, of another endpoint,
    that stand between it and this one ("grade >=3 events in 60% and 80%, and discontinuation in
    15% and 19%, respectively"): the grade is theirs, not this figure's. Only where no high grade
    follows the figure in its sentence."""
    s0, s1 = claim.sentence if claim.sentence != (0, 0) else (0, len(text))
    if high.search(text, claim.end, min(s1, claim.end + _CLAUSE_CHARS)):
        return False
    last = None
    for m in high.finditer(text, max(s0, claim.start - 2 * _CLAUSE_CHARS), claim.start):
        last = m
    if last is None or claim.endpoint is None:
        return False
    return any(c.endpoint is not None and c.endpoint != claim.endpoint for c in _near(ctx, last.end(), claim.start))


#: where a figure's clause ends: a clause break or a sentence end
_CLAUSE_END = re.compile(r"[,;:|\n]|[.!?](?:\s|$)|\s[\u2013\u2014]\s|,\s{0,3}(?:and|but|while|whereas)\s")
#: how far around a figure its clause is read for an outcome word
_CLAUSE_CHARS = 90


def _undeclared_outcome(claim, text: str) -> str | None:
    """The generic outcome word (data/outcomes.yaml) the figure's own clause states, where no
    endpoint of the library is named in its sentence; None where the clause also holds a defining
    word (a dose, a cycle) or states no outcome. A share that names an outcome of how the treatment
    was given or changed, or of care (data/outcomes.yaml care_outcomes: "dose reductions were
    needed in 12%", "92% of doses were given in the outpatient setting") is one, though its outcome
    phrase or what it counts ("of doses") holds a defining word; not where it is an instruction."""
    clause = _clause(claim, text)
    outcomes, defining = _lexicon()[:2]
    care = _care_outcome(claim, clause)
    if care is not None:
        return care
    if defining.search(clause):
        return None
    m = outcomes.search(clause)
    if m is None and claim.endpoint is None:
        # an event named by its own name (context.py cleared the endpoint of another outcome the
        # figure had been given: no library term covers the name), or a time to an event's
        # resolution or recovery that is no time to its onset
        events, resolution, _ = _event_words()
        m = events.search(clause)
        if claim.kind == ClaimKind.DURATION:
            # a time said with an event's name is a measured time of it ("median time to onset of X
            # was 2 days") or its resolution; a time that only frames an instruction is none
            # ("monitor for fever and cough during the first 14 days")
            if m is not None and not _TIME_MEASURE.search(clause):
                m = None
            if m is None and not times_onset(clause):
                m = resolution.search(clause)
    return m.group(0) if m else None


def _care_outcome(claim, clause: str) -> str | None:
    """The outcome of care or of how the treatment was given (data/outcomes.yaml care_outcomes) a
    percentage's clause states, where the clause holds no defining word besides that phrase and
    what the share counts (share_units: "of doses"), and no instruction word (instruction)."""
    if claim.kind != ClaimKind.PERCENTAGE:
        return None
    m = _words("care_outcomes").search(clause)
    if m is None or _words("instruction").search(clause):
        return None
    rest = _words("share_units").sub(" ", _words("care_outcomes").sub(" ", clause))
    return None if _lexicon()[1].search(rest) else m.group(0)


def _clause_names_endpoint(ctx: CheckContext, claim, text: str) -> bool:
    """Whether the figure's own clause names its endpoint ("treatment discontinuation for adverse
    events (9%)") in a sentence where two other figures or more are backed as the product's (a list
    of its adverse reactions): as a row's own label does, the clause says which outcome of the product
    the figure is of, so another outcome's entry holding the same whole number does not excuse it.
    (In running prose without such figures the figure may be another study's: "in a post hoc
    analysis of four other trials, ... a 2-year survival rate of 36%".)"""
    term = ctx.reference.endpoints.get(claim.endpoint) if claim.endpoint else None
    if not (claim.endpoint_strength == "sentence" and term is not None
            and term_pattern(term).search(_clause(claim, text)) is not None):
        return False
    product_arms = ctx.reference.product_arms
    # (two such figures at least: one figure of another data set may equal a product's by chance)
    return sum(1 for c in ctx.claims if c is not claim and c.sentence == claim.sentence and c.match is not None
               and c.match.status == MatchStatus.CONSISTENT and c.match.arm in product_arms) >= 2


def _clause(claim, text: str) -> str:
    """The figure's own clause (its sentence cut at clause breaks, at most ``_CLAUSE_CHARS`` each
    side), with a table row's label cell, or the label a "label: figure" line gives it."""
    s0, s1 = claim.sentence if claim.sentence != (0, 0) else (0, len(text))
    lo = max(s0, claim.start - _CLAUSE_CHARS)
    hi = min(s1, claim.end + _CLAUSE_CHARS)
    before = text[lo:claim.start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    if cut and before[cut[-1] - 1] == ":" and not before[cut[-1]:].strip(" \t*_"):
        # "Discontinuation due to AEs: 37%", "Time to response, median: 2 months": the label the
        # figure directly follows, from its line's start, is its clause
        ls = _line_start(text, claim.start) - lo
        cut = [c for c in cut[:-1] if c <= ls] or ([ls] if ls > 0 else [])
    lo = lo + cut[-1] if cut else lo
    m_after = _CLAUSE_END.search(text, claim.end, hi)
    hi = m_after.start() if m_after else hi
    clause = text[lo:hi]
    ls = _line_start(text, claim.start)
    if text.find("|", ls, claim.start) != -1:  # a table row: its label cell states what the figure is
        label = next((c for c in text[ls:claim.start].split("|") if c.strip()), "")
        clause = label + " | " + clause
    else:
        label = _leader_label(text[ls:claim.start])
        if label:  # "Grade ≥3 infections ........ 37%": the label the dots lead from
            clause = label + " ... " + clause
    return clause


def _leader_label(row: str) -> str | None:
    """The label of a dotted-leader row up to its figure ("  Grade ≥3 infections ........ "): the words
    before a run of at least three dots (or an ellipsis) that ends the row; None where the row is no
    such thing."""
    tail = row.rstrip(" \t")
    dots = tail.rstrip(".\u2026 \t")
    run = tail[len(dots):]
    if len(row) > 200 or not (run.count(".") >= 3 or "\u2026" in run):
        return None
    label = dots.strip(" \t*-\u2022")
    return label if 2 <= len(label) <= 80 and "." not in label else None


#: a duration that bounds a group rather than measures an outcome: "<12 months", "lasting 12 months or longer"
_BOUND_BEFORE = re.compile(r"(?:[<>\u2264\u2265]=?|at\s+least|more\s+than|less\s+than|longer\s+than|"
                           r"shorter\s+than|under|over|lasting|within|beyond|after)\s{0,3}$", re.I)
_BOUND_AFTER = re.compile(r"\s{0,3}(?:or\s+(?:longer|more|less|shorter|later|earlier)|and\s+(?:longer|over|beyond))", re.I)


def _threshold(text: str, claim) -> bool:
    """Whether a duration is a bound that defines a group ("first remission <12 months")."""
    return bool(_BOUND_BEFORE.search(text[max(0, claim.start - 20):claim.start])
                or _BOUND_AFTER.match(text, claim.end))


def _ratio_backs(ctx: CheckContext, claim) -> bool:
    """A hazard or odds ratio of the same sentence, or the claims library's for the claim's own
    endpoint, against which A005 checks a relative change ("reduced the risk of death by 25% (HR
    0.75)"); a ratio of another sentence's endpoint does not back it."""
    if any(c.kind == "ratio" and c.sentence == claim.sentence for c in ctx.claims):
        return True
    return claim.endpoint is not None and claim.endpoint_strength == "sentence" \
        and reference_ratio(ctx, claim, "hazard-ratio") is not None


def _relative_effect(claim, m, text: str, ref=None) -> bool:
    """A percentage an effect of the product is said to amount to, in a sentence naming the product
    (or with no arm of its own), that no entry backs: no match, or a match that is not about what
    the sentence says changed (a value of another endpoint, found through the preceding text, or
    of an endpoint the words between the verb and "by" do not name while they name another
    outcome: "reduced post-transplant relapse by 37%" is not the library's 37% one-year survival)."""
    if not ((claim.kind in ("percentage", "relative") and claim.unit == "%") or _points(claim)):
        return False
    if not claim.product_context and not (claim.arm is None or claim.arm_source == "context"):
        return False
    change = _CHANGE_BY.search(text, max(claim.sentence[0], claim.start - 120), claim.start)
    what = change.group(0) if change else ""
    if not change and claim.unit == "%" and not _points(claim):
        # the change stated after its size: "inpatient days were about 30% lower with X", "a 20% shorter
        # stay", "40% fewer transfusions" -- the same claim, unless a ratio backs it (A005's to judge)
        change = _CHANGE_AFTER.match(text, claim.end, claim.sentence[1])
        what = text[claim.end:min(claim.sentence[1], claim.end + 80)]
    if not change:
        return False
    if m.status not in (MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE, MatchStatus.MISMATCH,
                        MatchStatus.ARMS_SWAPPED):
        return True
    if ref is None or m.entry is None:
        return False
    if claim.endpoint_strength != "sentence" or m.entry.endpoint != claim.endpoint:
        return True  # matched through the preceding text, or to another endpoint's entry
    term = ref.endpoints.get(m.entry.endpoint)
    named = term_pattern(term).search(what) if term is not None else None
    # "relapse after transplant": an event named after "after"/"following" only dates the outcome
    # that changed, it is not that outcome
    names_it = named is not None and not _ANCHOR_BEFORE.search(what, 0, named.start())
    return not names_it and _lexicon()[0].search(what) is not None


#: the words that make the event named next a time anchor of another outcome
_ANCHOR_BEFORE = re.compile(r"\b(?:after|following|since|post)[\s-]{0,3}\Z", re.I)


#: how far above a list row the backed row it follows may start
_ROW_CHARS = 300


def _below_a_backed_row(ctx: CheckContext, i: int, text: str) -> bool:
    """Whether claim ``i`` starts a line right below a line whose first claim, of the same endpoint
    taken from the same heading (both rows name none of their own), the library backs (a consistent
    match on an entry of that endpoint)."""
    claim = ctx.claims[i]
    line_start = text.rfind("\n", max(0, claim.start - _ROW_CHARS), claim.start) + 1
    if line_start == 0 or text.find("|", line_start, claim.start) != -1:
        return False  # no line start near enough, or a table row (tables have their own headers)
    above = text.rfind("\n", max(0, line_start - 1 - _ROW_CHARS), line_start - 1) + 1
    if line_start - above > _ROW_CHARS:
        return False
    for j in range(i - 1, -1, -1):
        other = ctx.claims[j]
        m = other.match
        if other.start < above:
            return False
        if other.start < line_start:
            first = j == 0 or ctx.claims[j - 1].start < above
            if first:
                # (the row above may name its endpoint in its own label: "DFS ........ 2.8 vs 0.7 months"
                # over "Median time to response 6.8 vs 1.6 months", whose endpoint then came from that row)
                return (m.status == MatchStatus.CONSISTENT and m.entry is not None and other.endpoint == claim.endpoint
                        and (other.endpoint_strength == "context" or _row(text, other))
                        and m.entry.endpoint == claim.endpoint)
    return False


def _how_sure(claim) -> str:
    """How the claim's context was found, where it was not all named next to the value."""
    parts = []
    if claim.endpoint_strength == "context":
        parts.append("endpoint from the preceding text")
    if claim.arm_source in ("context", "ambiguous", "sentence"):
        parts.append("arm " + ("from the preceding text" if claim.arm_source == "context" else "inferred"))
    elif claim.arm is None:
        parts.append("about the product named in the sentence")
    return "; ".join(parts)


#: the words that make a duration a measured time (a median, a time to an event), not a case's story
#: ("presents with 2 weeks of night sweats", "relapsed after a remission lasting only 6 months")
_TIME_MEASURE = re.compile(r"\b(?:median|mean|average|time\s{1,3}(?:to|from|until)|duration)\b", re.I)


def _defines(clause: str) -> bool:
    """Whether a measured time's clause defines a dose, a cycle or a schedule (data/outcomes.yaml
    defining) other than where the time starts: "from the last dose to transplant", "a median of 5
    weeks after the final infusion" (time_from_treatment) name the treatment the time is counted
    from, not a definition."""
    return bool(_lexicon()[1].search(_words("time_from_treatment", bounded=False).sub(" ", clause)))


def _time_held(ref, endpoint: str) -> bool:
    """Whether the claims library holds any time figure (a median or a duration) of ``endpoint``."""
    return any(e.measure in ("median", "duration") for e in ref.by_endpoint.get(endpoint, ()))


#: a table row's label cell: the text of the line before its first cell boundary
_LABEL_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


@functools.lru_cache(maxsize=1)
def _row_generic() -> re.Pattern:
    """The words of a row label that name no outcome of their own (data/outcomes.yaml row_generic)."""
    return re.compile(r"(?:" + "|".join(f"(?:{w})" for w in outcome_data()["row_generic"]) + r")", re.I)


def _library_terms(ref, products: tuple[str, ...] = ()) -> list[re.Pattern]:
    """The patterns of every arm, population and timepoint of the claims library, of its endpoints
    that hold an entry of ``products`` (every endpoint when none is given: an endpoint the library
    holds only for another product is no outcome the piece's product is known for: "| MRD negativity
    | 14.0% | 4.0% |" in a piece on a product with no MRD entry), and the names of its studies and
    products (cached on the reference, per products)."""
    cache = getattr(ref, "_cc_row_terms", None)
    if cache is None:
        cache = {}
        try:
            ref._cc_row_terms = cache
        except AttributeError:
            pass
    key = tuple(sorted(products))
    if key not in cache:
        endpoints = [t for eid, t in ref.endpoints.items()
                     if not key or any(e.study.product in key for e in ref.by_endpoint.get(eid, ()))]
        terms = [*ref.arms.values(), *endpoints, *ref.populations.values(), *ref.timepoints.values()]
        cached = [term_pattern(t) for t in terms]
        names = [n for s in ref.studies.values() for n in getattr(s, "names", ())] + list(ref.product_names())
        if names:
            cached.append(re.compile("|".join(re.escape(n) for n in names), re.I))
        cache[key] = cached
    return cache[key]


def _unknown_row(ctx: CheckContext, claim, text: str) -> str | None:
    """The label of the table row a figure stands in, where that label states an outcome of its own
    that the claims library does not know: the figure's endpoint was not named in its row (it came
    from the rows or text above, or there is none), the label holds a word that is not a generic
    row word (data/outcomes.yaml row_generic: "Total", "Any grade", "Patients, n") and names no
    arm, endpoint, population, timepoint, study or product of the library, and no defining word (a
    dose, a cycle: "Cycles received"; "per cycle" only divides). "| Sepsis | 14 (10) | 22 (18) |"
    under grade >=3 events the library lists no sepsis for, "| Median inpatient days per cycle | 3 |
    12 |": the row's own outcome, not the one of the row above. Only in a table of results (the
    endpoint carried into the row an efficacy or safety one: a baseline table's "Male, n (%)" describes
    the patients); a subgroup's row ("Women") is who, not what. None elsewhere, and for a figure not
    about the product (its column the comparator's)."""
    if claim.endpoint_strength == "sentence" or (claim.kind not in _OUTCOME_KINDS and not _points(claim)):
        return None
    # a table of results: the endpoint carried into the row (from its heading, caption or the rows
    # above) is an efficacy or safety one; a baseline table's rows ("Male, n (%)") describe patients
    ref = ctx.reference
    carried = ref.endpoints.get(claim.endpoint) if claim.endpoint else None
    if carried is None or carried.domain not in ("efficacy", "safety"):
        return None
    ls = _line_start(text, claim.start)
    if (ls > 0 and text[ls - 1] != "\n") or text.find("|", ls, claim.start) == -1:
        return None  # no table row, or a line too long to be one
    cells = text[ls:claim.start].split("|")
    first = next((i for i, c in enumerate(cells) if c.strip()), None)
    if first is None or first == len(cells) - 1:
        return None  # the figure is in the row's first cell: it has no label cell
    label = re.sub(r"<[^>]{0,80}>", " ", cells[first]).strip(" \t*_-\u2022#")
    if not label or len(label) > 100:
        return None
    if not _about_product(claim, ref.product_arms, text) or claim.arm_source not in ("own", None):
        return None
    from ..context import _SUBGROUP
    if _SUBGROUP.search(label):
        return None  # a subgroup's row ("Women", "Aged 65 or older"): who, not what (matching.py judges it)
    generic = _row_generic()
    words = [w for w in _LABEL_WORD.findall(label) if not generic.fullmatch(w)]
    if not any(len(w) >= 4 for w in words):
        return None
    defining = _lexicon()[1]
    if defining.search(re.sub(r"\bper\s{1,3}(?:cycle|dose|infusion)s?\b", " ", label, flags=re.I)):
        return None
    if any(p.search(label) for p in _library_terms(ref, tuple(ctx.products or ()))):
        return None
    # another figure of the row names its endpoint in its own cell: the row is that endpoint's
    le = text.find("\n", claim.end)
    le = len(text) if le == -1 else le
    if any(c.endpoint_strength == "sentence" for c in _near(ctx, ls, le)):
        return None
    return " ".join(label.split())


def _points(claim) -> bool:
    """A change on a scale ("improved by 12 points", claims.py "points"): an outcome figure."""
    return claim.kind == ClaimKind.ESTIMATE and claim.unit == "points"


#: what makes a figure in points a change ("a 10-point improvement", "8 points higher")
_POINTS_CHANGE = re.compile(r"[^\S\n]{0,2}(?:(?:greater|larger|mean|median|average)[^\S\n]{1,2})?"
                            r"(?:improvement|increase|reduction|decrease|gain|drop|rise|change|better|higher|lower|"
                            r"greater|more|less|fewer)\b", re.I)
#: what makes it a definition ("a 10-point change was prespecified as clinically meaningful")
_POINTS_DEFINED = re.compile(r"\b(?:pre-?specified|defined|considered|regarded|threshold|cut-?off|MCID|"
                             r"minimal(?:ly)?[^\S\n]{1,2}(?:clinically[^\S\n]{1,2})?important)\b", re.I)


def _points_change(claim, text: str, product_arms) -> bool:
    """Whether a figure in points is a change said of the product ("improved by 12 points on
    EXAMPLIMAB" is the change-by rule's; "patients on EXAMPLIMAB had a 10-point improvement"): the
    product named in its sentence or its own arm the product's, a word of change right after it,
    and no word that makes it a definition in its sentence."""
    if not (claim.product_context or (claim.arm in product_arms and claim.arm_source in ("own", "sentence"))):
        return False
    if not _POINTS_CHANGE.match(text, claim.end):
        return False
    s0, s1 = claim.sentence if claim.sentence != (0, 0) else (claim.start, claim.end)
    return _POINTS_DEFINED.search(text, s0, s1) is None
