"""F008: a piece that claims efficacy for the product must carry safety information beyond the
boxed warning: a safety heading, a sentence about adverse reactions / warnings and precautions /
contraindications / serious risks, or a safety figure; by meaning, in several writers' wordings."""

from __future__ import annotations

import pytest

_BOX = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
        "POST-HSCT NON-RELAPSE MORTALITY**\n"
        "- Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in patients who received BESPONSA.\n"
        "- A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.\n\n")
_US = ("Market: US\n\n# Remission with BESPONSA\n\nIn INO-VATE ALL, 80.7% of adults reached CR/CRi with BESPONSA, "
       "vs 29.4% with standard chemotherapy.\n\n" + _BOX)
_PI = "\nPlease see the full Prescribing Information, including BOXED WARNING.\n"
_EU = ("Market: EU\n\n# BESPONSA\u25bc in relapsed ALL\n\nIn INO-VATE ALL, 80.7% of adults reached CR/CRi with "
       "BESPONSA, vs 29.4% with standard chemotherapy.\n\n\u25bc This medicinal product is subject to additional "
       "monitoring. Healthcare professionals are asked to report any suspected adverse reactions.\n\n")
_SMPC = "\nPlease consult the Summary of Product Characteristics (SmPC) before prescribing.\n"


def _f008(lint_piece, linter_for, text, market):
    return lint_piece(text, linter=linter_for(market), rules="F008")


# ------------------------------------------------------------------ missing: one finding, line 1
@pytest.mark.parametrize("text, market", [
    (_US + _PI, "US"),                                               # the box alone
    (_US + "\nRefer to the full Prescribing Information for all warnings and precautions.\n", "US"),
    (_US + "\nFor complete safety information, see the enclosed Prescribing Information.\n", "US"),
    (_EU + _SMPC, "EU"),                                             # the reporting request alone
    (_EU + "\nSee the SmPC for contraindications, warnings and precautions.\n" + _SMPC, "EU"),
])
def test_efficacy_without_safety_information_is_reported(lint_piece, linter_for, text, market):
    (f,) = _f008(lint_piece, linter_for, text, market)
    assert f.line == 1 and f.rule == "F008"


# ------------------------------------------------------------------ present, in several wordings
@pytest.mark.parametrize("safety", [
    "## Important Safety Information\n\nAlso see the box above.\n",
    "**Selected Safety Information**\n\nMonitor patients closely.\n",
    "Other serious risks include myelosuppression, infusion-related reactions and QT interval prolongation.\n",
    "The most common adverse reactions (20% or more) were thrombocytopenia, neutropenia and infection.\n",
    "Warnings and precautions: myelosuppression; infusion-related reactions; embryo-fetal toxicity.\n",
    "Use is contraindicated in patients with a known hypersensitivity.\n",
    "Safety: VOD occurred in 14% of patients treated with BESPONSA.\n",
    "Monitor liver tests and complete blood counts before each dose.\n",
    "**Safety.** Grade 3 or higher adverse events were reported in most patients.\n",
])
def test_safety_information_in_any_wording_satisfies(lint_piece, linter_for, safety):
    assert _f008(lint_piece, linter_for, _US + safety + _PI, "US") == []


@pytest.mark.parametrize("safety", [
    "## Safety\n\nHepatotoxicity, including VOD/SOS (14%), was observed.\n",
    "Key risks: hepatotoxicity including VOD/SOS and higher non-relapse mortality after HSCT.\n",
    "Side effects seen most often were thrombocytopenia and neutropenia.\n",
])
def test_eu_safety_information_satisfies(lint_piece, linter_for, safety):
    assert _f008(lint_piece, linter_for, _EU + safety + _SMPC, "EU") == []


# ------------------------------------------------------------------ what does not count / trigger
def test_a_title_naming_safety_is_no_safety_section(lint_piece, linter_for):
    text = _US.replace("# Remission with BESPONSA", "# Efficacy and safety of BESPONSA") + _PI
    assert len(_f008(lint_piece, linter_for, text, "US")) == 1


def test_a_menu_entry_is_no_safety_section(lint_piece, linter_for):
    text = _US + "Home | Efficacy | Safety | Dosing\n" + _PI
    assert len(_f008(lint_piece, linter_for, text, "US")) == 1


def test_a_piece_without_efficacy_claims_needs_none(lint_piece, linter_for):
    text = ("Market: US\n\n# Dosing BESPONSA\n\nBESPONSA is given in 3- to 4-week cycles.\n\n" + _BOX + _PI)
    assert _f008(lint_piece, linter_for, text, "US") == []


def test_a_piece_that_does_not_name_the_product_needs_none(lint_piece, linter_for):
    text = "Market: US\n\nIn one trial, 80.7% of adults reached CR/CRi vs 29.4% with chemotherapy.\n"
    assert _f008(lint_piece, linter_for, text, "US") == []


# ------------------------------------------------------------------ a safety heading over the box alone
@pytest.mark.parametrize("heading", [
    "IMPORTANT SAFETY INFORMATION\n\n",
    "## Important Safety Information\n\n",
    "==========\nPANEL 4 | IMPORTANT SAFETY INFORMATION\n==========\n\n",
])
def test_a_safety_heading_over_the_box_and_the_pointer_alone_is_no_safety_information(lint_piece, linter_for, heading):
    text = ("Market: US\n\n# Remission with BESPONSA\n\nIn INO-VATE ALL, 80.7% of adults reached CR/CRi with "
            "BESPONSA, vs 29.4% with standard chemotherapy.\n\n" + heading + _BOX + _PI)
    (f,) = _f008(lint_piece, linter_for, text, "US")
    assert f.line == 1


@pytest.mark.parametrize("after_the_box", [
    "Myelosuppression: monitor complete blood counts before each dose.\n",
    "Infusion-related reactions, QT interval prolongation and embryo-fetal toxicity are also described "
    "in the labeling.\n",
])
def test_a_safety_heading_over_the_box_and_more_is_safety_information(lint_piece, linter_for, after_the_box):
    text = ("Market: US\n\n# Remission with BESPONSA\n\nIn INO-VATE ALL, 80.7% of adults reached CR/CRi with "
            "BESPONSA, vs 29.4% with standard chemotherapy.\n\nIMPORTANT SAFETY INFORMATION\n\n" + _BOX
            + after_the_box + _PI)
    assert _f008(lint_piece, linter_for, text, "US") == []
