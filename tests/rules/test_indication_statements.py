"""Where the indication statement is, found by its content, and its slots read in their place.

Five classes of a false "indication missing" (or a slot defect reported at line 1 instead of at
the statement), each with its own texts for both products and both markets:

1. a labelled fragment without a cue verb ("Approved use" over "Monotherapy for adults with …",
   "Indication: Treatment of …");
2. the use named after the population and disease ("…: this is the FDA-approved indication for
   XOSPATA", "… — the licensed use of BESPONSA");
3. the cue itself reworded ("indicated alone or in combination", "treats adults with …"): the
   statement is found by what it says, and the finding names the slot at the statement's line;
4. plain text with separator lines: the finding is on the statement's line, not on a separator
   or heading the sentence took in;
5. a slot read in its own position: "adults" in the condition clause, or in an aside after the
   disease, does not stand in for the population the indication is for.

The texts are written for these tests (not taken from corpus/ or bench/quality/).
"""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

US_PI = "See the full Prescribing Information, including the Boxed Warning."
EU_TAIL = ("\u25bc This medicinal product is subject to additional monitoring. Consult the SmPC before "
           "prescribing.")
XOS_EU_TAIL = "Consult the Summary of Product Characteristics (SmPC) before prescribing."

CODE = {("besponsa", "US"): "I001", ("besponsa", "EU"): "I002", ("xospata", "US"): "I004",
        ("xospata", "EU"): "I005"}


def hits(linter_for, market, product, text, name="piece.md"):
    code = CODE[(product, market)]
    return [f for f in linter_for(market).lint_document(doc(text, name)) if f.rule == code]


# ------------------------------------------------------------------ 1 and 2: found, not missing
CORRECT = {
    # 1. labelled fragments
    "bes-us-label-colon": ("besponsa", "US",
        "BESPONSA (inotuzumab ozogamicin) for injection\n\n"
        "Indication: Treatment of relapsed or refractory CD22-positive B-cell precursor acute "
        "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n" + US_PI),
    "bes-eu-label-heading": ("besponsa", "EU",
        "BESPONSA (inotuzumab ozogamicin)\n\nLicensed indication\n"
        "Monotherapy for adults with relapsed or refractory CD22-positive B cell precursor acute "
        "lymphoblastic leukaemia (ALL). Adults with Philadelphia chromosome-positive (Ph+) disease "
        "should have failed treatment with at least one tyrosine kinase inhibitor (TKI).\n\n" + EU_TAIL),
    "xos-eu-label-heading-and-pointer": ("xospata", "EU",
        "# XOSPATA (gilteritinib): a briefing for haematology teams\n\n**Approved use**\n\n"
        "Monotherapy for adult patients with relapsed or refractory acute myeloid leukaemia (AML) "
        "carrying a FLT3 mutation.\n\nThis is the licensed indication in the European Union.\n\n" + XOS_EU_TAIL),
    "xos-us-label-bold-colon": ("xospata", "US",
        "## XOSPATA (gilteritinib) tablets\n\n**Licensed indication:** adults with relapsed or refractory "
        "acute myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.\n\n" + US_PI),
    # a fragment followed by a short sentence pointing back at it
    "bes-us-pointer": ("besponsa", "US",
        "BESPONSA at a glance\n\nFor adults with relapsed or refractory B-cell precursor acute "
        "lymphoblastic leukemia (ALL). That is the approved indication in adults.\n\n" + US_PI),
    # 2. the use named after the population and disease
    "xos-us-inverted": ("xospata", "US",
        "XOSPATA update\n\nAdult patients with relapsed or refractory acute myeloid leukemia (AML) and a "
        "FLT3 mutation, as detected by an FDA-approved test: this is the FDA-approved indication for "
        "XOSPATA.\n\n" + US_PI),
    "bes-eu-inverted": ("besponsa", "EU",
        "Adults with relapsed or refractory CD22-positive B cell precursor acute lymphoblastic "
        "leukaemia (ALL), as monotherapy \u2014 the licensed use of BESPONSA. In Ph+ disease, adults "
        "should have failed at least one tyrosine kinase inhibitor (TKI).\n\n" + EU_TAIL),
    "bes-us-inverted": ("besponsa", "US",
        "Relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL) in "
        "adult and pediatric patients 1 year and older \u2014 the FDA-approved indication for BESPONSA.\n\n"
        + US_PI),
    "xos-eu-inverted": ("xospata", "EU",
        "Monotherapy for adults whose acute myeloid leukaemia (AML) has relapsed or is refractory and "
        "carries a FLT3 mutation: the authorised indication of XOSPATA in the EU.\n\n" + XOS_EU_TAIL),
    # 3. the cue reworded, every slot kept
    "xos-us-treats": ("xospata", "US",
        "XOSPATA treats adults with relapsed or refractory acute myeloid leukemia (AML) with a FLT3 "
        "mutation as detected by an FDA-approved test.\n\n" + US_PI),
    # 4. separators in plain text around a complete statement
    "xos-eu-separators": ("xospata", "EU",
        "=====================================\nXOSPATA (gilteritinib)\n=====================================\n"
        "Therapeutic indication\n-------------------------------------\nXOSPATA is indicated as "
        "monotherapy for the treatment of adult patients who have relapsed or refractory acute myeloid "
        "leukaemia (AML) with a FLT3 mutation.\n-------------------------------------\n" + XOS_EU_TAIL),
    # 5. the population slot in place, the condition clause after it
    "bes-eu-condition-clause": ("besponsa", "EU",
        "BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL); adults with Philadelphia "
        "chromosome-positive (Ph+) disease should have failed at least one tyrosine kinase inhibitor "
        "(TKI).\n\n" + EU_TAIL),
    "bes-us-population-continues": ("besponsa", "US",
        "BESPONSA is indicated for relapsed or refractory CD22-positive B-cell precursor acute "
        "lymphoblastic leukemia (ALL), in adults and in pediatric patients who are at least 1 year old.\n\n"
        + US_PI),
}


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_statement_in_other_form_is_found(name, linter_for):
    product, market, text = CORRECT[name]
    name = "piece.txt" if "separators" in name else "piece.md"
    assert hits(linter_for, market, product, text, name) == []


# ------------------------------------------------------------------ a slot defect, at the statement
DEFECTS = {
    # (product, market, text, line of the statement, slots the finding names)
    "bes-us-label-cd22-dropped": ("besponsa", "US",
        "BESPONSA (inotuzumab ozogamicin)\n\nApproved use\n\nRelapsed or refractory B-cell precursor "
        "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n" + US_PI,
        5, {"biomarker"}),
    "xos-eu-inverted-refractory-dropped": ("xospata", "EU",
        "Adult patients with relapsed acute myeloid leukaemia (AML) with a FLT3 mutation, as "
        "monotherapy: the approved indication for XOSPATA.\n\n" + XOS_EU_TAIL,
        1, {"line of therapy"}),
    "bes-eu-label-children-added": ("besponsa", "EU",
        "BESPONSA\n\nIndication: monotherapy for adults and children with relapsed or refractory "
        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adults with Ph+ disease "
        "should have failed at least one tyrosine kinase inhibitor (TKI).\n\n" + EU_TAIL,
        3, {"population"}),
    # 3. the cue changes with the slot: still the slot, at the statement's line
    "xos-eu-combination": ("xospata", "EU",
        "Prescribing note\n\nXOSPATA is indicated alone or in combination with other therapy for the "
        "treatment of adult patients who have relapsed or refractory acute myeloid leukaemia (AML) "
        "with a FLT3 mutation.\n\n" + XOS_EU_TAIL,
        3, {"conditions"}),
    "bes-eu-combination-no-cue": ("besponsa", "EU",
        "BESPONSA, alone or combined with other therapy, treats adults with relapsed or refractory "
        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adults with Ph+ disease "
        "should have failed at least one tyrosine kinase inhibitor (TKI).\n\n" + EU_TAIL,
        1, {"conditions"}),
    "bes-us-used-for": ("besponsa", "US",
        "Program overview\n\nBESPONSA can be used for patients with relapsed or refractory B-cell "
        "precursor acute lymphoblastic leukemia (ALL), including children.\n\n" + US_PI,
        3, {"biomarker"}),
    "xos-us-treats-line-dropped": ("xospata", "US",
        "XOSPATA treats adults with acute myeloid leukemia (AML) with a FLT3 mutation as detected by "
        "an FDA-approved test.\n\n" + US_PI,
        1, {"line of therapy"}),
    # 5. the population given only in another clause
    "bes-eu-patients-condition-clause-adults": ("besponsa", "EU",
        "BESPONSA is indicated as monotherapy for the treatment of patients with relapsed or refractory "
        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL); adults with Philadelphia "
        "chromosome-positive (Ph+) disease should have failed at least one tyrosine kinase inhibitor "
        "(TKI).\n\n" + EU_TAIL,
        1, {"population"}),
    "xos-us-adults-in-aside": ("xospata", "US",
        "XOSPATA is indicated for the treatment of patients who have relapsed or refractory acute "
        "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test, a population "
        "that in ADMIRAL was limited to adults.\n\n" + US_PI,
        1, {"population"}),
    "bes-us-adults-in-next-clause": ("besponsa", "US",
        "Indicated for relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic "
        "leukemia (ALL) in patients of any age, BESPONSA has been studied in adults.\n\n" + US_PI,
        1, {"population"}),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_slot_defect_is_named_at_the_statement(name, linter_for):
    product, market, text, line, slots = DEFECTS[name]
    (f,) = hits(linter_for, market, product, text)
    assert f.line == line, f.message
    assert "missing" not in f.extra or f.extra["missing"] != ["indication"]
    assert slots <= set(f.extra["slots"]), f.message
    for slot in slots:
        assert slot in f.message


# ------------------------------------------------------------------ 4. separators: the statement's line
# (a slot left out of a wrapped statement: the line where it belongs, test_indication_slot_left_out_place)
SEPARATED = {
    "bes-us": ("besponsa", "US",
        "=====================================\nBESPONSA (inotuzumab ozogamicin)\n"
        "=====================================\n\nWHAT IT IS FOR\n-------------------------------------\n"
        "BESPONSA is indicated for the treatment of relapsed or refractory B-cell precursor acute "
        "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n"
        "-------------------------------------\n" + US_PI, 7, {"biomarker"}),
    "xos-eu": ("xospata", "EU",
        "=====================================\nXOSPATA (gilteritinib)\n=====================================\n"
        "Therapeutic indication\n-------------------------------------\nXOSPATA is indicated for the "
        "treatment of adult patients who have relapsed or refractory acute myeloid leukaemia (AML) "
        "with a FLT3 mutation.\n-------------------------------------\n" + XOS_EU_TAIL, 6, {"conditions"}),
    "bes-eu-wrapped": ("besponsa", "EU",
        "BESPONSA\n*****************\nIndication\n*****************\nBESPONSA is indicated as monotherapy "
        "for the treatment of\nadults with relapsed or refractory B cell precursor acute\nlymphoblastic "
        "leukaemia (ALL). Adults with Ph+ disease should have failed\nat least one tyrosine kinase "
        "inhibitor (TKI).\n\n" + EU_TAIL, 6, {"biomarker"}),   # where CD22-positive belongs: after "refractory"
    "xos-us-heading-over-wrapped": ("xospata", "US",
        "XOSPATA (gilteritinib)\n---------------------\nIndication\nXOSPATA is indicated for the treatment "
        "of adult patients who have\nrelapsed or refractory acute myeloid leukemia (AML) with a FLT3\n"
        "mutation.\n\n" + US_PI, 6, {"biomarker"}),   # where the test belongs: after "mutation"
}


@pytest.mark.parametrize("name", sorted(SEPARATED))
def test_finding_sits_on_the_statement_line_not_the_separator(name, linter_for):
    product, market, text, line, slots = SEPARATED[name]
    (f,) = hits(linter_for, market, product, text, "piece.txt")
    assert f.line == line, f.message
    assert slots <= set(f.extra["slots"])


# ------------------------------------------------------------------ not statements: no false finding
QUIET = {
    # a proper statement, and an efficacy sentence naming most slots: only the statement is judged
    "bes-eu-efficacy-sentence": ("besponsa", "EU",
        "BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adults with Ph+ disease "
        "should have failed at least one TKI.\n\nIn the pivotal trial, adults with relapsed or "
        "refractory CD22-positive B cell precursor ALL were treated with BESPONSA or chemotherapy.\n\n"
        + EU_TAIL),
    # "not indicated": no statement of the use
    "bes-us-negated": ("besponsa", "US",
        "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell "
        "precursor acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older. "
        "BESPONSA is not indicated for newly diagnosed ALL in children.\n\n" + US_PI),
    # a label heading over a sentence that is no indication (too few slots)
    "xos-us-label-over-other": ("xospata", "US",
        "XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
        "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.\n\n"
        "## Indication and dosing\n\nThe recommended dose in AML is 120 mg once daily.\n\n" + US_PI),
    # the statement with a wrapped first line and a heading: unchanged
    "bes-us-heading-statement": ("besponsa", "US",
        "INDICATION\nBESPONSA is indicated for the treatment of relapsed or refractory CD22-positive "
        "B-cell precursor acute\nlymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and "
        "older.\n\n" + US_PI),
}


@pytest.mark.parametrize("name", sorted(QUIET))
def test_no_false_indication_finding(name, linter_for):
    product, market, text = QUIET[name]
    assert hits(linter_for, market, product, text, "piece.txt") == []


def test_no_statement_at_all_is_still_missing_at_line_1(linter_for):
    text = ("XOSPATA update\n\nIn ADMIRAL, adults with relapsed or refractory FLT3-mutated AML were "
            "randomized to XOSPATA or salvage chemotherapy.\n\n" + US_PI)
    (f,) = hits(linter_for, "US", "xospata", text)
    assert f.line == 1 and f.extra["missing"] == ["indication"]
