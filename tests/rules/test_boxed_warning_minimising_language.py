"""Minimising language in a boxed warning, by class (the pack's ``block.minimising``; texts written
for this test): a box sentence that states an element with a word that makes the risk

- light: "mild, reversible liver enzyme elevations", "minor", "benign", "non-serious";
- passing: "transient", "self-limiting", "was reversible", "resolved spontaneously";
- easy to handle: "generally manageable", "easily managed", "readily treated";
- unlikely: "a low risk of", "in a small number of cases", "few patients", "unlikely";

minimises it: a warning at that sentence, for either box (B001, B002). Negated ("not mild or
transient", "is not reversible", "not uncommon"), the labeling's own words ("can be fatal",
"until symptom resolution"), "lower the risk" and a syndrome named "reversible" stay clean."""

from __future__ import annotations

import pytest

BES_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
           "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.")
XOS_IND = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
           "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")
PI = "Refer to the full Prescribing Information, including the Boxed Warning."
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
         "POST-HSCT NON-RELAPSE MORTALITY")
HEPATO = "Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in patients who received BESPONSA."
# the labeling's VOD-after-HSCT statement, in a few wordings
VOD_HSCT = "The risk of VOD was greater in patients who underwent HSCT after BESPONSA. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs."
VOD_HSCT_BACK = "This risk was higher in patients who went on to a stem cell transplant after treatment. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD."
VOD_HSCT_PATIENTS = "Patients proceeding to transplant after BESPONSA were at increased risk of VOD. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops."
NRM = "A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA."
XDS = ("Patients treated with XOSPATA have experienced symptoms of differentiation syndrome, which can be fatal or "
       "life-threatening if not treated.")
XSYMPTOMS = ("Symptoms may include fever, dyspnea, hypoxia, pulmonary infiltrates, pleural or pericardial effusions, "
             "rapid weight gain or peripheral edema, hypotension, or renal dysfunction.")
XMANAGE = ("If differentiation syndrome is suspected, initiate corticosteroid therapy and hemodynamic monitoring "
           "until symptom resolution.")


@pytest.fixture(scope="module")
def linter(full_linter):
    return full_linter


def besponsa(*lines):
    body = "\n".join(f"- {x}" for x in lines)
    return "piece.md", f"# BESPONSA\n\n{BES_IND}\n\n{TITLE}\n\n{body}\n\n{PI}\n", "B001"


def xospata(*lines):
    body = "\n".join(lines)
    return "piece.txt", f"XOSPATA\n\n{XOS_IND}\n\nWARNING: DIFFERENTIATION SYNDROME\n{body}\n\n{PI}\n", "B002"


def lint(lint_piece, case):
    name, text, rule = case
    found = [f for f in lint_piece(text, name, rules=rule, lint_file=True) if f.severity in ("error", "warning")]
    return found, text.splitlines()


# (case, the words on the line of the minimised element)
MINIMISED = {
    # light
    "mild-reversible-enzymes": (besponsa("Hepatotoxicity, including mild, reversible liver enzyme elevations and hepatic "
                                         "VOD, occurred in patients who received BESPONSA and can be fatal.",
                                VOD_HSCT_BACK, NRM),
                                "mild, reversible"),
    "minor-liver-injury": (besponsa("Fatal and life-threatening hepatic VOD and minor liver injury occurred in patients "
                                    "who received BESPONSA.", VOD_HSCT, NRM), "minor liver injury"),
    "non-serious-ds": (xospata("Differentiation syndrome, usually non-serious, has occurred with XOSPATA and can be "
                               "fatal if not treated.", XSYMPTOMS, XMANAGE), "usually non-serious"),
    "benign-course-ds": (xospata("Patients treated with XOSPATA have experienced differentiation syndrome, which often "
                                 "follows a benign course but can be fatal if not treated.", XMANAGE), "benign course"),
    # passing
    "transient-hepatotoxicity": (besponsa("Transient, life-threatening hepatotoxicity, including hepatic VOD, occurred in "
                                          "patients who received BESPONSA.", VOD_HSCT_PATIENTS, NRM),
                                 "Transient, life-threatening"),
    "vod-was-reversible": (besponsa(HEPATO, "In most patients the VOD was reversible after stopping treatment.",
                                    VOD_HSCT, NRM),
                           "the VOD was reversible"),
    "self-limiting-ds": (xospata("Self-limiting differentiation syndrome has been observed with XOSPATA; it can be fatal "
                                 "or life-threatening if not treated.", XMANAGE), "Self-limiting"),
    "resolved-spontaneously-ds": (xospata(XDS, "Differentiation syndrome often resolved spontaneously in patients treated "
                                          "with XOSPATA.", XMANAGE), "resolved spontaneously"),
    # easy to handle
    "generally-manageable-hepatotoxicity": (besponsa("Hepatotoxicity, including hepatic VOD, was generally manageable but "
                                                     "can be fatal or life-threatening.", VOD_HSCT_BACK, NRM),
                                            "generally manageable"),
    "easily-managed-nrm": (besponsa(HEPATO, VOD_HSCT_PATIENTS,
                                    "A higher post-HSCT non-relapse mortality rate occurred with BESPONSA, "
                                    "though it was easily managed with supportive care."), "easily managed"),
    "readily-treated-ds": (xospata("Differentiation syndrome has been reported with XOSPATA; it is readily treated but "
                                   "can be fatal if not treated.", XMANAGE), "readily treated"),
    # unlikely
    "low-risk-hepatotoxicity": (besponsa("BESPONSA carries a low risk of fatal or life-threatening hepatotoxicity, "
                                         "including hepatic VOD.", VOD_HSCT, NRM), "low risk of fatal"),
    "small-number-of-cases-vod": (besponsa("Fatal and life-threatening hepatotoxicity, including VOD, occurred in a small "
                                           "number of cases with BESPONSA.", VOD_HSCT_BACK, NRM),
                                  "small number of cases"),
    "few-patients-ds": (xospata("Few patients treated with XOSPATA have experienced differentiation syndrome, which can be "
                                "fatal or life-threatening if not treated.", XMANAGE), "Few patients"),
    "unlikely-ds": (xospata("Differentiation syndrome is unlikely but has occurred with XOSPATA and can be fatal if not "
                            "treated.", XMANAGE), "is unlikely"),
}


@pytest.mark.parametrize("case", sorted(MINIMISED))
def test_minimising_language_is_reported_at_its_sentence(lint_piece, case):
    piece, words = MINIMISED[case]
    found, lines = lint(lint_piece, piece)
    at = next(k for k, line in enumerate(lines, 1) if words in line)
    hits = [f for f in found if f.rule == piece[2] and "minimises" in f.message]
    assert hits and all(f.line == at and f.severity == "warning" for f in hits), \
        [(f.line, f.severity, f.message[:120]) for f in found]


CLEAN = {
    "correct-besponsa": besponsa(HEPATO, VOD_HSCT, NRM),
    "correct-xospata": xospata(XDS, XSYMPTOMS, XMANAGE),
    "negated-mild-transient": besponsa("Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in "
                                       "patients who received BESPONSA; it is not mild or transient.",
                                       "Patients who went on to HSCT afterwards had a higher VOD risk. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.", NRM),
    "negated-reversible": besponsa("Hepatotoxicity, including hepatic VOD, can be fatal, is not always reversible and "
                                   "occurred in patients who received BESPONSA.", VOD_HSCT_BACK, NRM),
    "not-uncommon": xospata("Differentiation syndrome is not uncommon: it has occurred with XOSPATA and can be fatal or "
                            "life-threatening if not treated.", XMANAGE),
    "lower-the-risk": besponsa(HEPATO, VOD_HSCT_PATIENTS, NRM,
                               "To lower the risk of VOD, limit treatment to 2 cycles in patients proceeding "
                               "to HSCT; temporarily withhold BESPONSA for elevated liver tests."),
    "syndrome-named-reversible": xospata(XDS, XMANAGE, "Posterior reversible encephalopathy syndrome has also been "
                                                      "reported; monitor patients for it."),
}


@pytest.mark.parametrize("case", sorted(CLEAN))
def test_correct_and_negated_wording_stays_clean(lint_piece, case):
    found, _ = lint(lint_piece, CLEAN[case])
    assert not [f for f in found if f.rule == CLEAN[case][2]], [(f.line, f.message[:120]) for f in found]
