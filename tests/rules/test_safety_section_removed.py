"""A piece whose safety section was removed is reported, whatever is left that only looks like it
(F008 safety information, F009/F011 labeled warnings, F014 the prescribing information panel's
warnings and precautions):

- a request to report adverse events worded with an adverb ("should also be reported") or a
  heading about reporting ("ADVERSE EVENT REPORTING") is no safety information;
- a cross-reference that lists the labeling's section titles ("set out in the PI (Dosage;
  Warnings and Precautions)"), the tail of a sentence wrapped onto its own line included, is no
  safety heading and no safety information;
- a warning named only as what a symptom to report may signal ("report confusion (possible PRES)")
  does not state it as a risk;
- a UK prescribing information panel (legal category, price, MA number) without its warnings and
  precautions item lacks them, even where the body copy names a risk and points to the panel.

Texts written for this test (other products' wordings, numbers and layouts than the probes')."""

from __future__ import annotations

import pytest


def lint(lint_piece, linter_for, market, text, rules, name="piece.txt"):
    return lint_piece(text, name, linter=linter_for(market), rules=rules, market=market)


# ---------------------------------------------------------------- F008: a reporting line is no safety

EU_BES = ("Relapsed B-cell precursor ALL: a remission report\n\n"
          "With BESPONSA, CR/CRi was reached by 80.7% of patients against 29.4% with standard chemotherapy.\n\n"
          "{safety}\n\n"
          "Consult the SmPC before prescribing.\n\n"
          "{reporting}\n")


@pytest.mark.parametrize("reporting", [
    "Suspected adverse reactions must always be reported to the national authority.",
    "Adverse events should be reported nationally. They should also be reported to the marketing authorisation holder.",
    "Side effects can likewise be reported to the company's medical information line.",
    "ADVERSE EVENT REPORTING\nUse the national scheme or call the company.",
    "Reporting of suspected adverse reactions\nUse the national scheme.",
])
def test_a_reporting_line_alone_is_no_safety_information(lint_piece, linter_for, reporting):
    findings = lint(lint_piece, linter_for, "EU", EU_BES.format(safety="", reporting=reporting), {"F008"})
    assert [f.rule for f in findings] == ["F008"]


def test_a_reporting_line_beside_safety_information_is_no_finding(lint_piece, linter_for):
    safety = "Safety: hepatotoxicity, including VOD/SOS, occurred in 14% of patients; myelosuppression was common."
    reporting = "Adverse events should also be reported to the company."
    assert lint(lint_piece, linter_for, "EU", EU_BES.format(safety=safety, reporting=reporting), {"F008"}) == []


# ------------------------------------------------- F008: a cross-reference naming the label's sections

US_XOS = ("XOSPATA order set: what the pharmacy needs\n\n"
          "+--------------------------------------------------+\n"
          "| WARNING: DIFFERENTIATION SYNDROME                |\n"
          "| Differentiation syndrome has occurred with       |\n"
          "| XOSPATA and can be fatal if not treated; start   |\n"
          "| corticosteroids and hemodynamic monitoring.      |\n"
          "+--------------------------------------------------+\n\n"
          "In ADMIRAL, median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy.\n\n"
          "{body}\n\n"
          "See the enclosed full Prescribing Information, including Boxed WARNING.\n")


@pytest.mark.parametrize("body", [
    "Monitoring intervals and dose changes are set out in the USPI (Dosage and\n"
    "   Administration; Warnings and Precautions).",
    "Lab checks and dose interruptions are detailed in the Prescribing Information, sections 2 and 5\n"
    "   (Warnings and Precautions; Adverse Reactions).",
    "The ECG schedule is outlined in the PI under Warnings and Precautions.",
])
def test_a_cross_reference_to_the_labels_sections_is_no_safety_information(lint_piece, linter_for, body):
    findings = lint(lint_piece, linter_for, "US", US_XOS.format(body=body), {"F008"})
    assert [f.rule for f in findings] == ["F008"]


def test_a_label_leading_its_own_line_still_heads_safety(lint_piece, linter_for):
    body = ("Dose changes follow the label.\n"
            "Warnings and precautions: PRES, QT prolongation and pancreatitis have been reported with XOSPATA.")
    assert lint(lint_piece, linter_for, "US", US_XOS.format(body=body), {"F008", "F011"}) == []


# ------------------------------------------------ F011/F009: a warning named only as a sign to report

@pytest.mark.parametrize("body", [
    "Grade 3 or higher adverse events: febrile neutropenia 45.9%, anemia 40.7%.\n"
    "Counsel patients to call the clinic about seizures or blurred vision (suspected PRES) and about "
    "severe belly pain (possible pancreatitis).",
    "Grade 3 or higher adverse events: febrile neutropenia 45.9%, anemia 40.7%.\n"
    "Tell the care team about fainting, which can be a sign of QT prolongation.",
    "Grade 3 or higher adverse events: febrile neutropenia 45.9%, anemia 40.7%.\n"
    "- Watch for headache or confusion (possibly posterior reversible encephalopathy syndrome).",
])
def test_a_warning_named_only_as_a_sign_to_report_does_not_name_it(lint_piece, linter_for, body):
    (f,) = lint(lint_piece, linter_for, "US", US_XOS.format(body=body), {"F008", "F011"})
    assert f.rule == "F011" and f.line == 1


@pytest.mark.parametrize("body", [
    "Grade 3 or higher adverse events: febrile neutropenia 45.9%, anemia 40.7%.\n"
    "Pancreatitis has been reported with XOSPATA; counsel patients to report severe belly pain.",
    "Grade 3 or higher adverse events: febrile neutropenia 45.9%, anemia 40.7%.\n"
    "Other warnings: PRES (discontinue if confirmed), prolonged QT interval and embryo-fetal toxicity.",
])
def test_a_warning_stated_as_a_risk_beside_counselling_names_it(lint_piece, linter_for, body):
    assert lint(lint_piece, linter_for, "US", US_XOS.format(body=body), {"F008", "F011"}) == []


def test_the_same_holds_for_the_first_products_us_warnings(lint_piece, linter_for):
    text = ("BESPONSA: CR/CRi 80.7% vs 29.4% with standard chemotherapy.\n\n"
            "WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
            "POST-HSCT NON-RELAPSE MORTALITY\n"
            "Hepatotoxicity, including fatal or life-threatening VOD, occurred with BESPONSA; VOD was more "
            "frequent in patients who had HSCT after it, and post-HSCT non-relapse mortality was higher.\n\n"
            "Neutropenia 49% and thrombocytopenia 51% were the most common adverse reactions.\n"
            "Ask patients to report bleeding or fever (possible myelosuppression).\n\n"
            "Refer to the full Prescribing Information, including BOXED WARNING.\n")
    (f,) = lint(lint_piece, linter_for, "US", text, {"F008", "F009"})
    assert f.rule == "F009"
    stated = text.replace("Ask patients", "Myelosuppression has occurred. Ask patients")
    assert lint(lint_piece, linter_for, "US", stated, {"F008", "F009"}) == []


# -------------------------------------------- F014: the prescribing information panel's warnings item

PANEL = ("XOSPATA (gilteritinib) in FLT3-mutated relapsed AML - advertisement\n\n"
         "Median overall survival 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy (ADMIRAL).\n"
         "Differentiation syndrome is an important risk with XOSPATA; see the prescribing information below.\n\n"
         "PRESCRIBING INFORMATION\n"
         "XOSPATA 40 mg film-coated tablets. Refer to the SmPC before prescribing.\n"
         "Indication: adults with relapsed or refractory AML with a FLT3 mutation.\n"
         "Posology: 120 mg once daily.\n"
         "Contraindications: hypersensitivity to the active substance or to any of the excipients.\n"
         "{warnings}"
         "Undesirable effects: very common: ALT increased, AST increased, diarrhoea, fatigue; common: QT "
         "prolongation, differentiation syndrome, pancreatitis.\n"
         "Legal classification: POM. Cost: 84 tablets, see current price list.\n"
         "Marketing authorisation number(s): PLGB 00166/0421.\n\n"
         "Adverse events should be reported via the Yellow Card scheme.\n")


def test_a_panel_without_its_warnings_item_lacks_it(lint_piece, linter_for):
    (f,) = lint(lint_piece, linter_for, "EU", PANEL.format(warnings=""), {"F014"})
    assert f.rule == "F014" and f.line == 1 and f.category == "fair-balance"


@pytest.mark.parametrize("warnings", [
    "Special warnings and precautions for use: differentiation syndrome, PRES, QT prolongation, pancreatitis.\n",
    "Precautions: monitor ECGs and electrolytes; stop for PRES.\n",
])
def test_a_panel_with_its_warnings_item_has_it(lint_piece, linter_for, warnings):
    assert lint(lint_piece, linter_for, "EU", PANEL.format(warnings=warnings), {"F014"}) == []


def test_a_pointer_to_the_smpc_for_the_warnings_does_not_give_them(lint_piece, linter_for):
    warnings = "Warnings and precautions: see the SmPC.\n"
    (f,) = lint(lint_piece, linter_for, "EU", PANEL.format(warnings=warnings), {"F014"})
    assert f.rule == "F014"


def test_a_piece_without_a_panel_is_not_asked(lint_piece, linter_for):
    text = PANEL.format(warnings="").replace("Legal classification: POM. Cost: 84 tablets, see current price list.\n", "") \
        .replace("Marketing authorisation number(s): PLGB 00166/0421.\n", "")
    assert lint(lint_piece, linter_for, "EU", text, {"F014"}) == []
