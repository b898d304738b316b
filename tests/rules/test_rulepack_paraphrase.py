"""The OS requirement (F001) is matched by meaning: paraphrases count, non-negated mentions do not."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

CLAIM = "In INO-VATE ALL, median OS was 7.7 months with BESPONSA versus 6.2 months with standard chemotherapy."

ACCEPTED = [
    "The primary endpoint of OS was not met.",
    "The analysis of OS did not meet a prespecified boundary for statistical significance.",
    "OS did not reach statistical significance.",
    # more paraphrases
    "Overall survival, a co-primary endpoint, failed to reach significance.",
    "There was no statistically significant difference in overall survival.",
    "Although OS was numerically longer, the difference did not cross the significance boundary.",
    "The OS difference was not statistically signficant.",          # misspelt: rapidfuzz
    "The OS difference was non-significant.",
    "The OS analysis missed its prespecified significance boundary.",
    "The prespecified OS boundary (one-sided p=0.0104) was not crossed.",
    "The study missed its OS endpoint.",
    "OS: primary endpoint not met.",
    "Statistical significance was not reached for OS.",
    "The OS analysis missed the planned significance boundary.",
    "OS did not reach significance; landmark rates were not tested.",
]

REJECTED = [
    "OS was longer with BESPONSA than with standard chemotherapy.",  # names OS, no negation
    "The primary endpoint of OS was met.",
    "CR/CRi did not reach statistical significance, but OS improved.",  # the negation is about CR/CRi
    "OS improved, while the CR/CRi analysis was not significant.",
    "Patients with no prior HSCT had longer OS.",
    "Patients with no prior therapy had significantly longer OS.",   # "no" reaches three tokens
    "After treatment failure, OS was significantly longer with BESPONSA.",   # "failure" is no negation
    "OS and non-relapse mortality differed significantly between arms.",     # "non-relapse" neither
    # no test was done: not the statement that the primary analysis failed
    "Landmark OS estimates were not formally tested for significance.",
    "The 3-year OS figures were not powered to show a statistically significant difference.",
    "OS by subgroup was not designed to detect significant differences.",
]


def f001(linter, text):
    return [f for f in linter.lint_document(doc(text)) if f.rule == "F001"]


def test_claim_alone_needs_the_statement(linter_for):
    (f,) = f001(linter_for("US"), CLAIM)
    assert f.line == 1 and "not met" in f.message and "21 CFR 202.1(e)(5)" in f.message


@pytest.mark.parametrize("sentence", ACCEPTED)
def test_paraphrase_satisfies(sentence, linter_for):
    assert f001(linter_for("US"), f"{CLAIM} {sentence}") == []


@pytest.mark.parametrize("sentence", REJECTED)
def test_non_negated_or_misattributed_sentence_does_not_satisfy(sentence, linter_for):
    assert len(f001(linter_for("US"), f"{CLAIM} {sentence}")) == 1


def test_statement_before_the_claim_counts(linter_for):
    assert f001(linter_for("EU"), f"The primary endpoint of OS was not met.\n\n{CLAIM}") == []


def test_statement_out_of_scope_does_not_count(linter_for):
    filler = " ".join(f"Remission sentence number {i} describes CR/CRi." for i in range(20))
    findings = f001(linter_for("US"), f"{CLAIM} {filler} The primary endpoint of OS was not met.")
    assert len(findings) == 1


def test_survival_benefit_wording_triggers_without_a_number(linter_for):
    (f,) = f001(linter_for("US"), "BESPONSA offers a survival benefit in relapsed ALL.")
    assert f.snippet == "survival benefit"
    assert f001(linter_for("US"), "BESPONSA offers a survival benefit in relapsed ALL. "
                                  "However, OS did not reach statistical significance.") == []


def test_labeling_wording_is_an_exception(linter_for):
    text = ("There was a higher frequency of early deaths post HSCT with BESPONSA; there was evidence "
            "of a late survival benefit for BESPONSA.")
    assert f001(linter_for("US"), text) == []


def test_rule_reads_the_claims_library_not_a_hard_coded_endpoint(reference, packs):
    """With OS marked as met in the claims library, the same pack does not ask for the statement."""
    import copy

    from claimcheck.engine import Linter

    ref = copy.deepcopy(reference)
    for study in ref.studies.values():
        if "os" in study.primary_endpoints:
            study.primary_endpoints["os"] = (True, None)
    linter = Linter(ref, market="US", rulepacks=packs)
    assert f001(linter, CLAIM) == []
    assert f001(linter, "BESPONSA offers a survival benefit in relapsed ALL.") == []


# =====================================================================================
# Required content recognised by meaning (issue 11, classes 4-6; issue 10 item 11).
# Each element: several accepted paraphrases (no finding) written in different orders,
# as bullets and as prose, under headings; several deficient texts (a finding that names
# the missing element or slot).
# =====================================================================================

US_BODY = ("BESPONSA induced CR/CRi in 80.7% of adults in the first 218 randomized patients of "
           "INO-VATE ALL, versus 29.4% with standard chemotherapy.")


def rule_hits(linter, text, code):
    return [f for f in linter.lint_document(doc(text)) if f.rule == code]


# ------------------------------------------------------------------ B001: the boxed warning

BOXED_ACCEPTED = {
    "label-title-and-bullets": (
        "WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK "
        "OF POST-HSCT NON-RELAPSE MORTALITY\n"
        "- Hepatotoxicity, including fatal and life-threatening VOD, occurred in patients receiving BESPONSA.\n"
        "- Patients who went on to HSCT after BESPONSA were at greater risk of VOD. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.\n"
        "- A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.\n"),
    "other-words-bullets": (
        "WARNING: HEPATOTOXICITY AND DEATHS AFTER TRANSPLANT\n"
        "- Hepatotoxicity, including hepatic veno-occlusive disease (VOD), also called sinusoidal "
        "obstruction syndrome, has occurred with BESPONSA, sometimes fatally.\n"
        "- The risk was greater in patients who had HSCT after treatment. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.\n"
        "- Deaths not related to relapse were more frequent after HSCT in patients given BESPONSA.\n"),
    "boxed-warning-heading-prose": (
        "## Boxed Warning\n\n"
        "BESPONSA can cause liver toxicity, including veno-occlusive disease, which has been fatal. "
        "The risk of veno-occlusive disease was greater in patients who underwent a stem cell transplant "
        "afterwards. Liver disease, a prior transplant, older age, later salvage and more treatment cycles were "
        "further risk factors. BESPONSA should be stopped permanently if veno-occlusive disease develops. Patients who received a stem cell transplant after BESPONSA had a higher non-relapse mortality "
        "than those given chemotherapy.\n"),
    "nrm-first-title-case": (
        "Warning: Increased risk of post-transplant non-relapse mortality, and hepatotoxicity including VOD\n\n"
        "Non-relapse mortality after HSCT was higher with BESPONSA. Hepatotoxicity, including hepatic "
        "VOD/SOS, has been reported; some cases were life threatening. This risk was increased in patients "
        "who went on to HSCT after BESPONSA. Other VOD risk factors: liver disease, prior HSCT, age, later "
        "salvage, more cycles. Discontinue BESPONSA permanently for VOD.\n"),
    "dash-title-long-block": (
        "WARNING - HEPATOTOXICITY\n"
        "Hepatotoxicity has occurred with BESPONSA. Sinusoidal obstruction syndrome (SOS), sometimes lethal, was seen in "
        "some patients. The SOS risk was higher in patients transplanted after BESPONSA. "
        "Monitor liver tests before each dose. Elevations may require dose interruption; stop BESPONSA "
        "permanently if SOS develops. "
        "Risk factors included prior liver disease. Older patients were at higher risk. "
        "Later salvage lines also raised the risk. Limit treatment to 2 cycles before a transplant. "
        "After HSCT, the rate of non-relapse mortality was higher with BESPONSA.\n"),
    "bold-markdown": (
        "**WARNING: HEPATOTOXICITY, INCLUDING VOD, and INCREASED RISK OF POST-HSCT NRM**\n\n"
        "* Hepatotoxicity, including VOD, occurred with BESPONSA and was fatal in some patients.\n"
        "* VOD was more frequent in patients who underwent HSCT after BESPONSA. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.\n"
        "* Post-HSCT NRM was higher in BESPONSA-treated patients.\n"),
    # a bare abbreviation, with figures in brackets after it (not a definition of it)
    "nrm-bare-with-figures": (
        "WARNING: HEPATOTOXICITY (INCLUDING FATAL VOD) AND POST-HSCT NRM\n"
        "- Hepatotoxicity, including VOD that was fatal, occurred with BESPONSA.\n"
        "- The VOD risk rose in patients who proceeded to HSCT after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n"
        "- After HSCT, NRM (39% vs 23%) was higher with BESPONSA.\n"),
}

BOXED_REJECTED = {
    # (text, the element ids the finding must name)
    "nrm-dropped": (
        "WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VOD\n"
        "- Hepatotoxicity, including fatal VOD, has occurred with BESPONSA.\n"
        "- The risk was greater in patients who had HSCT after treatment. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.\n", {"post-hsct-nrm"}),
    "vod-dropped": (
        "WARNING: HEPATOTOXICITY AND POST-HSCT NON-RELAPSE MORTALITY\n"
        "- Hepatotoxicity, fatal in some patients, has occurred with BESPONSA.\n"
        "- This risk was higher in patients who went on to HSCT after BESPONSA. Liver disease, prior HSCT, older age, later salvage and more cycles also raised this risk. Stop BESPONSA for good if it occurs.\n"
        "- Non-relapse mortality after HSCT was higher with BESPONSA.\n", {"hepatic-vod", "vod-discontinue"}),
    # the box's severity ("fatal and life-threatening VOD") dropped: the box is incomplete
    "severity-dropped": (
        "WARNING: HEPATOTOXICITY, INCLUDING VOD, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY\n"
        "- Hepatotoxicity, including VOD, has occurred with BESPONSA.\n"
        "- The risk of VOD was greater in patients who had a transplant after BESPONSA. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.\n"
        "- Non-relapse mortality after HSCT was higher with BESPONSA.\n", {"fatal-or-life-threatening"}),
    # "fatal" that qualifies the transplant deaths, not the liver injury, is not the severity
    "severity-only-on-nrm": (
        "WARNING: HEPATOTOXICITY, INCLUDING VOD, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY\n"
        "- Hepatotoxicity, including VOD, has occurred with BESPONSA.\n"
        "- Patients transplanted after BESPONSA had an increased VOD risk. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.\n"
        "- Fatal outcomes not due to relapse were more frequent after HSCT with BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n",
        {"fatal-or-life-threatening"}),
    "mortality-from-relapse-is-not-nrm": (
        "WARNING: HEPATOTOXICITY, INCLUDING VOD\n"
        "- Hepatotoxicity, including fatal VOD, has occurred with BESPONSA.\n"
        "- The risk of VOD was greater in patients who underwent HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.\n"
        "- Deaths due to relapse after HSCT were reported.\n", {"post-hsct-nrm"}),
    "nrm-without-transplant": (
        "WARNING: HEPATOTOXICITY, INCLUDING VOD\n"
        "- Hepatotoxicity, including fatal VOD, has occurred with BESPONSA; the risk was greater in "
        "patients who had HSCT afterwards. Other VOD risk factors: liver disease, earlier HSCT, age, later salvage, more cycles. Discontinue BESPONSA permanently if VOD occurs.\n"
        "- Non-relapse mortality was higher with BESPONSA.\n", {"post-hsct-nrm"}),
    # the piece gives the abbreviation another meaning: "NRM" no longer states a mortality
    "nrm-defined-as-something-else": (
        "WARNING: HEPATOTOXICITY, INCLUDING FATAL VOD, AND MORE POST-HSCT SETBACKS (NRM)\n"
        "- Hepatotoxicity, including fatal VOD, has occurred with BESPONSA.\n"
        "- VOD risk increased in patients undergoing HSCT after BESPONSA. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.\n"
        "- Post-HSCT NRM was more common with BESPONSA.\n", {"post-hsct-nrm"}),
    "negated-hepatotoxicity": (
        "WARNING: VOD AND POST-HSCT NON-RELAPSE MORTALITY\n"
        "- No hepatotoxicity was seen apart from VOD, which was fatal in some patients.\n"
        "- The risk of VOD was higher in patients who went on to a stem cell transplant after BESPONSA. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.\n"
        "- Non-relapse mortality after HSCT was higher with BESPONSA.\n", {"hepatotoxicity"}),
}


@pytest.mark.parametrize("name", sorted(BOXED_ACCEPTED))
def test_boxed_warning_in_other_words_is_recognised(name, linter_for):
    text = f"{US_BODY}\n\nImportant Safety Information\n\n{BOXED_ACCEPTED[name]}"
    assert rule_hits(linter_for("US"), text, "B001") == []


@pytest.mark.parametrize("name", sorted(BOXED_REJECTED))
def test_boxed_warning_lacking_an_element_is_reported(name, linter_for):
    block, missing = BOXED_REJECTED[name]
    text = f"{US_BODY}\n\nImportant Safety Information\n\n{block}"
    (f,) = rule_hits(linter_for("US"), text, "B001")
    assert set(f.extra["missing"]) == missing
    if missing == {"fatal-or-life-threatening"}:
        # the severity dropped from the sentence that still states the hepatotoxicity: the box
        # states it weakened, reported at that sentence (line 6, the one to mend), not the title
        assert f.line == 6 and "weakened" in f.message, (f.line, f.message)
    else:
        # where the element should stand: after the sentence of the last element before it still
        # stated (the NRM's place: line 7, or line 8 where the VOD-after-HSCT bullet stands at line 7
        # before it), in the hepatotoxicity sentence
        # itself when the element after it is stated there too (the VOD, line 6); at the title
        # (line 5) with no element before it, or when an abbreviation defined as something else lost it
        at = GAP_LINE.get(name, 5)
        assert f.line == at and "lacks" in f.message, (f.line, f.message)


GAP_LINE = {"nrm-dropped": 7, "mortality-from-relapse-is-not-nrm": 8, "nrm-without-transplant": 7, "vod-dropped": 6}


def test_no_boxed_warning_at_all_is_reported_at_line_1(linter_for):
    text = (f"{US_BODY}\n\nHepatotoxicity, including VOD, and post-HSCT non-relapse mortality were "
            "reported (see Warnings and Precautions).\n")
    (f,) = rule_hits(linter_for("US"), text, "B001")
    assert f.line == 1 and "is missing" in f.message


# ------------------------------------------------------------------ F003: pointer to the full PI

PI_ACCEPTED = [
    "Review the full Prescribing Information before prescribing.",
    "Tap through for the full Prescribing Information",
    "Full Prescribing Information, including BOXED WARNING, is available at besponsa.example/pi.",
    "Please see accompanying full PI, including Boxed Warning.",
    "Click here for the Prescribing Information.",
    "For complete dosing, read the Prescribing Information.",
]
PI_REJECTED = [
    "",
    "PI = Prescribing Information; ALL = acute lymphoblastic leukemia.",
    "This summary does not replace the Prescribing Information.",
]


@pytest.mark.parametrize("pointer", PI_ACCEPTED)
def test_prescribing_information_pointer_paraphrases(pointer, linter_for):
    assert rule_hits(linter_for("US"), f"{US_BODY}\n\n{pointer}\n", "F003") == []


@pytest.mark.parametrize("text", PI_REJECTED)
def test_no_prescribing_information_pointer_is_reported(text, linter_for):
    (f,) = rule_hits(linter_for("US"), f"{US_BODY}\n\n{text}\n", "F003")
    assert f.extra["missing"] == ["full-pi-pointer"]


# ------------------------------------------------------------------ F004 / F005: EU statements

EU_BODY = ("BESPONSA induced CR/CRi in 80.7% of adults in INO-VATE ALL, versus 29.4% with standard "
           "chemotherapy.")

MONITORING_ACCEPTED = [
    "▼ Additional monitoring applies to this medicinal product.",
    "▼ This medicinal product is subject to additional monitoring. Report any suspected adverse reactions.",
    "▼ This medicine is under additional monitoring; healthcare professionals are asked to report "
    "any suspected adverse reactions.",
    "BESPONSA▼ is additionally monitored. This allows quick identification of new safety information.",
]
MONITORING_REJECTED = [
    "Report any suspected adverse reactions to your national reporting system.",
    "▼",
    "No additional monitoring applies to this product.",
]


@pytest.mark.parametrize("statement", MONITORING_ACCEPTED)
def test_additional_monitoring_paraphrases(statement, linter_for):
    assert rule_hits(linter_for("EU"), f"{EU_BODY}\n\n{statement}\n", "F004") == []


@pytest.mark.parametrize("statement", MONITORING_REJECTED)
def test_missing_or_negated_additional_monitoring_is_reported(statement, linter_for):
    (f,) = rule_hits(linter_for("EU"), f"{EU_BODY}\n\n{statement}\n", "F004")
    assert f.extra["missing"] == ["additional-monitoring"] and f.line == 1


SMPC_ACCEPTED = [
    "Before prescribing, consult the Summary of Product Characteristics.",
    "Please refer to the SmPC before prescribing BESPONSA.",
    "Full SmPC available on request.",
    "Tap through for the Summary of Product Characteristics",
    "The SmPC can be found at the link below.",
]
SMPC_REJECTED = [
    "SmPC = Summary of Product Characteristics; CR = complete remission.",
    "",
]


@pytest.mark.parametrize("pointer", SMPC_ACCEPTED)
def test_smpc_pointer_paraphrases(pointer, linter_for):
    assert rule_hits(linter_for("EU"), f"{EU_BODY}\n\n{pointer}\n", "F005") == []


@pytest.mark.parametrize("text", SMPC_REJECTED)
def test_missing_smpc_pointer_is_reported(text, linter_for):
    (f,) = rule_hits(linter_for("EU"), f"{EU_BODY}\n\n{text}\n", "F005")
    assert f.extra["missing"] == ["smpc-pointer"]


# ------------------------------------------------------------------ I001 / I002: slot by slot

US_INDICATION_ACCEPTED = [
    "BESPONSA is indicated to treat relapsed or refractory CD22-positive B-cell precursor acute "
    "lymphoblastic leukemia (ALL) in adults and in pediatric patients who are at least 1 year old.",
    "BESPONSA is indicated for adults and pediatric patients aged 1 year and older with "
    "relapsed/refractory CD22+ B-cell precursor ALL.",
    "Indicated for the treatment of R/R CD22-positive precursor B-cell ALL in adult and paediatric "
    "patients 1 year of age and older, BESPONSA is given as a 1-hour infusion.",
    "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
    "ALL in:\n- adults\n- pediatric patients 1 year of age and older",
    "BESPONSA is indicated for the treatment of adults with relapsed or refractory B-cell precursor "
    "acute lymphoblastic leukemia (ALL).",
    "BESPONSA is indicated for relapsed or refractory CD22-positive B-cell precursor ALL in patients "
    "aged 1 year and older.",
    "The FDA approved BESPONSA to treat relapsed or refractory CD22-positive B-cell precursor ALL in "
    "adult and pediatric patients 1 year and older.",
]


@pytest.mark.parametrize("statement", US_INDICATION_ACCEPTED)
def test_us_indication_paraphrases(statement, linter_for):
    assert rule_hits(linter_for("US"), f"{US_BODY}\n\n{statement}\n", "I001") == []


US_INDICATION_REJECTED = {
    # statement, (slot, how) pairs the finding must report
    "cd22-dropped": (
        "BESPONSA is indicated to treat relapsed or refractory B-cell precursor acute lymphoblastic "
        "leukemia in adults and in pediatric patients who are at least 1 year old.",
        {"missing": {"cd22-positive"}, "slots": {"biomarker"}}),
    "line-dropped": (
        "BESPONSA is indicated for CD22-positive B-cell precursor ALL in adult and pediatric patients "
        "1 year and older.",
        {"missing": {"relapsed-or-refractory"}, "slots": {"line of therapy"}}),
    "refractory-dropped": (
        "BESPONSA is indicated for relapsed CD22-positive B-cell precursor ALL in adult and pediatric "
        "patients 1 year and older.",
        {"narrowed": {"relapsed-or-refractory"}, "slots": {"line of therapy"}}),
    "age-dropped": (
        "In adults and children with relapsed or refractory CD22-positive B-cell precursor ALL, "
        "BESPONSA is approved for treatment.",
        {"missing": {"age-range"}, "slots": {"age"}}),
    "adults-dropped": (
        "BESPONSA is approved to treat pediatric patients aged 1 year and older with relapsed or "
        "refractory CD22-positive B-cell precursor ALL.",
        {"narrowed": {"population"}, "slots": {"population"}}),
    "first-line": (
        "BESPONSA is indicated for the first-line treatment of CD22-positive B-cell precursor ALL in "
        "adult and pediatric patients 1 year and older.",
        {"missing": {"relapsed-or-refractory"}, "slots": {"line of therapy"}, "broadened": {"first-line"}}),
    "infants": (
        "BESPONSA is indicated for relapsed or refractory CD22-positive B-cell precursor ALL in adults, "
        "children and infants.",
        {"missing": {"age-range"}, "slots": {"age"}, "broadened": {"infants"}}),
}


@pytest.mark.parametrize("name", sorted(US_INDICATION_REJECTED))
def test_us_indication_slot_reported(name, linter_for):
    statement, want = US_INDICATION_REJECTED[name]
    (f,) = rule_hits(linter_for("US"), f"{US_BODY}\n\n{statement}\n", "I001")
    assert f.line == 3
    assert want.get("missing", set()) <= set(f.extra["missing"])
    assert want.get("narrowed", set()) <= set(f.extra["narrowed"])
    assert want["slots"] <= set(f.extra["slots"])
    assert want.get("broadened", set()) <= set(f.extra["broadened"])
    for slot in want["slots"]:
        assert slot in f.message


EU_INDICATION_ACCEPTED = [
    "BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
    "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with "
    "Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have "
    "failed treatment with at least 1 tyrosine kinase inhibitor (TKI).",
    "BESPONSA is authorised as monotherapy for adults with relapsed/refractory CD22-positive B-cell "
    "precursor ALL; adults with Philadelphia chromosome–positive disease must have failed at least one TKI.",
    "BESPONSA is indicated as monotherapy for the treatment of:\n"
    "- adults with relapsed or refractory CD22-positive B cell precursor ALL\n"
    "- adults with Ph+ relapsed or refractory disease who have failed at least one tyrosine kinase inhibitor",
    "As a single agent, BESPONSA is indicated for adults with R/R CD22+ B cell precursor ALL (see "
    "section 4.1 of the SmPC). Ph+ patients should have failed at least one TKI.",
]
EU_INDICATION_REJECTED = {
    "ph-condition-dropped": (
        "BESPONSA is authorised as monotherapy for adults with relapsed/refractory CD22-positive "
        "B-cell precursor ALL.", {"missing": {"ph-positive-tki"}, "slots": {"conditions"}}),
    "cd22-dropped": (
        "As a single agent, BESPONSA is indicated for adults with R/R B cell precursor ALL. Ph+ patients "
        "should have failed at least one TKI.", {"missing": {"cd22-positive"}, "slots": {"biomarker"}}),
    "monotherapy-dropped": (
        "BESPONSA is indicated for adults with relapsed or refractory CD22-positive B cell precursor "
        "ALL. Ph+ patients should have failed at least one TKI.",
        {"missing": {"monotherapy"}, "slots": {"conditions"}}),
    "children-added": (
        "BESPONSA is indicated as monotherapy for adults and children with relapsed or refractory "
        "CD22-positive B cell precursor ALL. Ph+ patients should have failed at least one TKI.",
        {"slots": {"population"}, "broadened": {"children"}}),
    # a slot dropped from the statement is not restored by the Ph+ sentence after it, which
    # repeats the population, line of therapy and disease for its own subgroup
    "adults-dropped-ph-sentence-names-adults": (
        "BESPONSA is indicated as monotherapy for patients with relapsed or refractory CD22-positive "
        "B cell precursor ALL. Adults with Ph+ relapsed or refractory B cell precursor ALL must have "
        "failed at least one TKI.", {"missing": {"adults"}, "slots": {"population"}}),
    "disease-cut-ph-sentence-names-it": (
        "BESPONSA is licensed as monotherapy for adults with relapsed or refractory CD22-positive "
        "acute leukaemia (ALL). In adults with Ph+ relapsed or refractory B cell precursor ALL, at "
        "least one TKI should have failed.", {"missing": {"b-cell-precursor"}, "slots": {"disease"}}),
    "line-dropped-ph-sentence-names-it": (
        "BESPONSA is indicated as monotherapy for adults with CD22-positive B cell precursor ALL. "
        "Adults with Ph+ relapsed or refractory disease should have failed at least one TKI.",
        {"missing": {"relapsed-or-refractory"}, "slots": {"line of therapy"}}),
}


@pytest.mark.parametrize("statement", EU_INDICATION_ACCEPTED)
def test_eu_indication_paraphrases(statement, linter_for):
    assert rule_hits(linter_for("EU"), f"{EU_BODY}\n\n{statement}\n", "I002") == []


@pytest.mark.parametrize("name", sorted(EU_INDICATION_REJECTED))
def test_eu_indication_slot_reported(name, linter_for):
    statement, want = EU_INDICATION_REJECTED[name]
    (f,) = rule_hits(linter_for("EU"), f"{EU_BODY}\n\n{statement}\n", "I002")
    assert f.line == 3
    assert want.get("missing", set()) <= set(f.extra["missing"])
    assert want["slots"] <= set(f.extra["slots"])
    assert want.get("broadened", set()) <= set(f.extra["broadened"])


def test_indicated_in_another_sense_is_not_an_indication_statement(linter_for):
    text = (f"{US_BODY} As indicated in Table 2, BESPONSA patients with ALL had fewer transfusions.\n\n"
            "BESPONSA is indicated for the treatment of adults with relapsed or refractory B-cell precursor "
            "acute lymphoblastic leukemia (ALL).\n")
    assert rule_hits(linter_for("US"), text, "I001") == []


# ------------------------------------------------------------------ F002: disclaimer for a section

MRD_CLAIM = ("In INO-VATE ALL, BESPONSA responders who reached MRD negativity had a median OS of "
             "14.1 months vs 7.2 months in MRD-positive responders.")
OS_NOTE = "The OS primary endpoint was not met."

SECTION_DISCLAIMERS = [
    f"## Findings (all exploratory)\n\n{MRD_CLAIM}\n\nDosing is described on the next page.\n\n"
    "Infusion takes 1 hour.\n\nPremedicate before each dose.\n\n" + OS_NOTE,
    f"Post hoc; hypothesis-generating\n\n{MRD_CLAIM}\n\nDosing is described on the next page.\n\n"
    "Infusion takes 1 hour.\n\nPremedicate before each dose.\n\n" + OS_NOTE,
    "The following post hoc analyses are exploratory:\n- Responders had a median duration of "
    "remission of 4.6 months.\n- Most responders reached CR/CRi in cycle 1.\n- Infusions took 1 hour.\n"
    f"- {MRD_CLAIM}\n\nPremedicate before each dose. Dosing is described on the next page. "
    "Infusion reactions were rare. " + OS_NOTE,
]


@pytest.mark.parametrize("text", SECTION_DISCLAIMERS)
def test_exploratory_disclaimer_given_once_for_a_section(text, linter_for):
    assert rule_hits(linter_for("US"), text, "F002") == []


def test_heading_without_a_disclaimer_does_not_count(linter_for):
    text = (f"## MRD and survival\n\nIn a post hoc analysis, {MRD_CLAIM[0].lower()}{MRD_CLAIM[1:]}\n\n"
            "Dosing is described on the next page.\n\nInfusion takes 1 hour.\n\nPremedicate before each "
            "dose.\n\nThese results are exploratory.\n\n" + OS_NOTE)
    (f,) = rule_hits(linter_for("US"), text, "F002")
    assert f.line == 3


# ------------------------------------------------------------------ O001 / O002: negation

NEGATED_OK = [
    "BESPONSA is not a cure for ALL.",
    "BESPONSA does not cure relapsed ALL; HSCT may.",
    "BESPONSA induces remission rather than a cure.",
    "There is no evidence that BESPONSA is safe in infants.",
    "BESPONSA has not been shown to be safe in patients with severe hepatic impairment.",
    "BESPONSA should not be described as curative.",
]
STILL_FLAGGED = [
    ("BESPONSA is safe for outpatients.", "O001"),
    ("No other salvage therapy is safer than BESPONSA.", "O001"),
    ("BESPONSA is not only effective but also safe.", "O001"),
    ("Patients who did not respond to chemotherapy were cured with BESPONSA.", "O002"),
    ("Without doubt, BESPONSA can cure relapsed ALL.", "O002"),
    ("No relapse after a year means BESPONSA cured the disease.", "O002"),
]


@pytest.mark.parametrize("sentence", NEGATED_OK)
def test_negated_safe_or_cure_is_not_an_overstatement(sentence, linter_for):
    found = [f.rule for f in linter_for("US").lint_document(doc(sentence)) if f.rule in ("O001", "O002")]
    assert found == []


@pytest.mark.parametrize("sentence,code", STILL_FLAGGED)
def test_affirmed_safe_or_cure_is_still_flagged(sentence, code, linter_for):
    assert [f.rule for f in rule_hits(linter_for("US"), sentence, code)] == [code]


# ------------------------------------------------------------------ F001: OS claims by context

OS_BY_CONTEXT = [
    # the endpoint from the heading, the values in bullets (matched to the OS entry)
    "OS (ITT, N=326)\n- BESPONSA: 7.7 months\n- SC: 6.2 months\n",
    "Median overall survival: 7.7 months (BESPONSA) vs 6.2 months (SC).\n",
    "BESPONSA: median OS 7.7 months\nSC: median OS 6.2 months\n",
]


@pytest.mark.parametrize("text", OS_BY_CONTEXT)
def test_os_claim_without_the_not_met_statement_is_reported(text, linter_for):
    body = f"BESPONSA in INO-VATE ALL\n\n{text}"
    assert len(f001(linter_for("US"), body)) == 1
    assert f001(linter_for("US"), f"{body}\nThe primary endpoint of OS was not met.\n") == []


# ------------------------------------------------------------------ F006: post hoc not identified

MRD_RESULT = ("BESPONSA responders who reached MRD negativity had a median OS of 14.1 months vs "
              "7.2 months in MRD-positive responders.")
DISCLAIMER = "This comparison was not powered for significance; interpret it with caution."

POST_HOC_IDENTIFIED = [
    f"In a post hoc analysis of INO-VATE ALL, {MRD_RESULT[0].lower()}{MRD_RESULT[1:]} {DISCLAIMER}",
    f"## MRD and survival (post hoc)\n\n{MRD_RESULT} {DISCLAIMER}",
    f"{MRD_RESULT}a {DISCLAIMER}\n\nDosing follows.\n\na Retrospective analysis of INO-VATE ALL.",
    f"In an exploratory analysis, {MRD_RESULT[0].lower()}{MRD_RESULT[1:]} {DISCLAIMER}",
]


def f006(linter, text):
    return [f for f in linter.lint_document(doc(text + "\n\n" + OS_NOTE)) if f.rule == "F006"]


@pytest.mark.parametrize("text", POST_HOC_IDENTIFIED)
def test_post_hoc_result_identified_as_post_hoc(text, linter_for):
    assert f006(linter_for("US"), text) == []


def test_post_hoc_qualifier_removed_is_reported(linter_for):
    (f,) = f006(linter_for("US"), f"MRD and survival\n\n{MRD_RESULT} {DISCLAIMER}")
    assert f.line == 3 and "post hoc" in f.message
    # the exploratory disclaimer (F002) is there: only the missing label is reported
    assert rule_hits(linter_for("US"), f"MRD and survival\n\n{MRD_RESULT} {DISCLAIMER}\n\n{OS_NOTE}", "F002") == []


def test_boxed_warning_with_sub_headings_is_one_block(linter_for):
    text = (f"{US_BODY}\n\n### WARNING: HEPATOTOXICITY AND POST-HSCT MORTALITY\n\n#### Liver\n\n"
            "Hepatotoxicity, including life-threatening VOD, has occurred with BESPONSA.\n\n"
            "Patients who had HSCT after BESPONSA were at higher risk of VOD. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.\n\n#### Transplant\n\n"
            "Non-relapse mortality after HSCT was higher with BESPONSA.\n\n## Indication\n\nText.\n")
    assert rule_hits(linter_for("US"), text, "B001") == []


def test_boxed_warning_block_ends_at_the_next_section(linter_for):
    """An element written only in the Warnings and Precautions section after the box is missing from it."""
    text = (f"{US_BODY}\n\n## WARNING: HEPATOTOXICITY, INCLUDING VOD\n\n"
            "- Hepatotoxicity, including fatal VOD, has occurred with BESPONSA.\n"
            "- The risk was greater in patients who underwent HSCT after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n"
            "- Monitor liver tests before each dose.\n- Limit treatment to 2 cycles before HSCT.\n\n"
            "## Warnings and Precautions\n\nPost-HSCT non-relapse mortality was higher with BESPONSA.\n")
    (f,) = rule_hits(linter_for("US"), text, "B001")
    assert f.extra["missing"] == ["post-hsct-nrm"]


# ------------------------------------------------------------------ F002: disclaimer paraphrases

POST_HOC_CLAIM = ("In a post hoc analysis, BESPONSA responders who reached MRD negativity had a median OS "
                  "of 14.1 months vs 7.2 months in MRD-positive responders.")
DISCLAIMERS = [
    "These results should be interpreted with caution.",
    "The study was not designed to detect differences in this subgroup.",
    "Results are hypothesis generating.",
    "No formal statistical testing was performed.",
    "Data are descriptive.",
    "Caution is advised when interpreting these results.",
    "P values are nominal.",
    "Interpret with care.",
    "Conclusions cannot be drawn.",
    "No firm conclusions can be drawn from these data.",
]
NOT_DISCLAIMERS = [
    "These results come from INO-VATE ALL.",
    "MRD was measured by flow cytometry.",
]


@pytest.mark.parametrize("sentence", DISCLAIMERS)
def test_exploratory_disclaimer_paraphrases(sentence, linter_for):
    assert rule_hits(linter_for("US"), f"{POST_HOC_CLAIM} {sentence} {OS_NOTE}", "F002") == []


@pytest.mark.parametrize("sentence", NOT_DISCLAIMERS)
def test_other_sentences_are_not_disclaimers(sentence, linter_for):
    (f,) = rule_hits(linter_for("US"), f"{POST_HOC_CLAIM} {sentence} {OS_NOTE}", "F002")
    assert f.line == 1 and "exploratory" in f.message
