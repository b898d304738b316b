"""The safety information names the labeling's warnings and precautions (F009 BESPONSA US, F010
BESPONSA EU, F011 XOSPATA US, F012 XOSPATA EU): a safety section that gives only adverse-event
rates, or only points to the labeling for the warnings, does not give the risks the labeling warns
of. A piece with no safety information at all is reported by F008 alone (``implied_by``). Texts
written for this test, in several layouts and wordings."""

from __future__ import annotations

import pytest

from claimcheck.errors import ConfigError
from claimcheck.rulepacks import load_rulepacks

from rulepack_helpers import RULES_DIR

US_BES = ("# Remission after relapse\n\n"
          "CR/CRi: 80.7% with BESPONSA, 29.4% with standard chemotherapy (INO-VATE ALL).\n\n"
          "WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
          "POST-HSCT NON-RELAPSE MORTALITY\n"
          "Hepatotoxicity, including fatal or life-threatening VOD, occurred with BESPONSA; VOD was more "
          "frequent in patients who had HSCT after it, and post-HSCT non-relapse mortality was higher.\n\n"
          "{safety}\n\nRefer to the full Prescribing Information, including BOXED WARNING.\n")
EU_XOS = ("Xospata in relapsed or refractory FLT3-mutated AML\n\n"
          "Median overall survival in ADMIRAL: 9.3 months with gilteritinib vs 5.6 months with salvage chemotherapy.\n\n"
          "{safety}\n\nConsult the SmPC before prescribing. Adverse events should be reported.\n")
AE_ONLY = ("SAFETY\nGrade 3 or higher adverse events seen most often: febrile neutropenia, anaemia and "
           "thrombocytopenia.")


def lint(lint_piece, linter_for, market, text, rules, name="piece.md"):
    return lint_piece(text, name, linter=linter_for(market), rules=rules, market=market)


@pytest.mark.parametrize("safety", [
    "Important Safety Information\nThrombocytopenia (51%) and neutropenia (49%) were the most common adverse reactions.",
    "**Safety.** Check blood counts before each dose; repeat the ECG when a QT-prolonging drug is started.",
    "Safety: neutropenia was common. See the Warnings and Precautions section of the Prescribing Information.",
    "Important Safety Information: there was no QT prolongation signal in the pivotal trial that changed practice.",
])
def test_us_safety_information_naming_no_warning_is_reported(lint_piece, linter_for, safety):
    (f,) = lint(lint_piece, linter_for, "US", US_BES.format(safety=safety), {"F008", "F009"})
    assert f.rule == "F009" and f.line == 1
    assert "myelosuppression" in f.message


@pytest.mark.parametrize("safety", [
    "Important Safety Information\nMyelosuppression, including fatal infections, has occurred.",
    "Other risks: infusion-related reactions (fever, chills, rash) during or after the infusion.",
    "**Safety.** BESPONSA can prolong the QT interval; obtain an ECG before treatment.",
    "- Embryo-fetal toxicity: BESPONSA can cause fetal harm; advise contraception.",
    "Safety: neutropenia was common. Review the Prescribing Information, in particular the warnings on "
    "myelosuppression and QT interval prolongation.",
])
def test_us_safety_information_naming_a_warning_satisfies_it(lint_piece, linter_for, safety):
    assert lint(lint_piece, linter_for, "US", US_BES.format(safety=safety), {"F008", "F009"}) == []


def test_no_safety_information_at_all_is_f008_alone(lint_piece, linter_for):
    findings = lint(lint_piece, linter_for, "US", US_BES.format(safety=""), {"F008", "F009"})
    assert [f.rule for f in findings] == ["F008"]


def test_the_box_alone_does_not_name_a_further_warning_of_the_second_product(lint_piece, linter_for):
    text = ("XOSPATA: median OS 9.3 vs 5.6 months with salvage chemotherapy in ADMIRAL.\n\n"
            "WARNING: DIFFERENTIATION SYNDROME\nDifferentiation syndrome has occurred with XOSPATA and can be "
            "fatal if not treated; start corticosteroids and hemodynamic monitoring.\n\n"
            "Safety profile: febrile neutropenia 45.9%, anemia 40.7% (grade 3 or higher).\n\n"
            "See the full Prescribing Information, including Boxed WARNING.\n")
    (f,) = lint(lint_piece, linter_for, "US", text, {"F008", "F011"})
    assert f.rule == "F011"
    named = text.replace("Safety profile:", "Pancreatitis and PRES have been reported. Safety profile:")
    assert lint(lint_piece, linter_for, "US", named, {"F008", "F011"}) == []


@pytest.mark.parametrize("safety,found", [
    (AE_ONLY, True),
    (AE_ONLY + " The special warnings are in section 4.4 of the SmPC.", True),
    (AE_ONLY + " Please review section 4.4, in particular differentiation syndrome and QT prolongation.", False),
    # the others named, differentiation syndrome (the first special warning) left out: reported
    ("SAFETY\nPosterior reversible encephalopathy syndrome has been reported; discontinue if it is confirmed.", True),
    ("SAFETY\nDifferentiation syndrome has been reported and can be fatal if not treated; PRES has also been "
     "reported.", False),
    ("SAFETY\nDifferentiation syndrome has been reported and can be fatal if not treated.", False),
])
def test_eu_second_product(lint_piece, linter_for, safety, found):
    findings = lint(lint_piece, linter_for, "EU", EU_XOS.format(safety=safety), {"F008", "F012"}, "piece.txt")
    assert [f.rule for f in findings] == (["F012"] if found else [])


def test_eu_first_product_counts_its_hepatotoxicity(lint_piece, linter_for):
    text = ("\u25bc This medicinal product is subject to additional monitoring.\n\n"
            "BESPONSA: CR/CRi 80.7% vs 29.4% with standard chemotherapy (INO-VATE ALL).\n\n{safety}\n\n"
            "Refer to the SmPC before prescribing.\n")
    ae = "Safety: grade 3 or higher treatment-emergent adverse events are tabulated in the SmPC."
    (f,) = lint(lint_piece, linter_for, "EU", text.format(safety=ae), {"F008", "F010"}, "piece.txt")
    assert f.rule == "F010"
    hepatic = "Safety: liver toxicity, including sinusoidal obstruction syndrome, was reported, some cases fatal."
    assert lint(lint_piece, linter_for, "EU", text.format(safety=hepatic), {"F008", "F010"}, "piece.txt") == []


def test_implied_by_must_name_a_loaded_rule(tmp_path, reference):
    pack = (RULES_DIR / "common.yaml").read_text(encoding="utf-8")
    bad = pack.replace("  - code: F008\n", "  - code: F008\n    implied_by: [F998]\n", 1)
    assert bad != pack
    (tmp_path / "common.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_rulepacks([tmp_path], reference)
    assert "F998" in str(err.value) and "common.yaml" in str(err.value)
