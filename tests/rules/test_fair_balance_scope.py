"""Fair balance (requires-if) decided by what the claim is about and where its caveat stands:
an arm-less figure that is the product's own, a caveat in the footnote its marker points to,
and an entry's analysis not inherited through a loose rounding match."""

from __future__ import annotations


def _findings(lint_piece, linter_for, text, code, market="EU"):
    return lint_piece(text, linter=linter_for(market), rules=code)


def test_arm_less_survival_pair_is_the_products_figure(lint_piece, linter_for):
    # no arm named in the sentence: the first figure agrees with the product arm of the OS entry
    text = ("Market: EU\n\n## Remission\n\nBESPONSA reached CR/CRi in 80.7% of patients vs 29.4% with "
            "standard chemotherapy.\n\n## Survival data\n\nMedian overall survival: 7.7 vs 6.2 months.\n")
    (f,) = _findings(lint_piece, linter_for, text, "F001")
    assert f.line == 9 and "7.7" in f.message


def test_arm_less_survival_pair_with_not_met_statement_passes(lint_piece, linter_for):
    text = ("Market: EU\n\n## Remission\n\nBESPONSA reached CR/CRi in 80.7% of patients vs 29.4% with "
            "standard chemotherapy.\n\n## Survival data\n\nMedian overall survival: 7.7 vs 6.2 months; "
            "the overall survival primary endpoint was not met.\n")
    assert _findings(lint_piece, linter_for, text, "F001") == []


_SUBGROUP = ("Market: EU\n\nBESPONSA in INO-VATE ALL.\n\n**CR/CRi by line of salvage\u2021, BESPONSA vs SC:**\n"
             "- first salvage: 87.7% vs 28.8%\n\nTransplant and survival figures are on the next page.\n\n"
             "Rates of hepatic VOD are given in the safety section.\n\nDosing follows the SmPC.\n\n")


def test_caveat_in_the_footnote_the_marker_points_to_counts(lint_piece, linter_for):
    text = _SUBGROUP + "\u2021 These subgroup comparisons were not powered; interpret them with caution.\n"
    assert _findings(lint_piece, linter_for, text, "F002") == []


def test_footnote_with_another_marker_does_not_count(lint_piece, linter_for):
    text = _SUBGROUP + "\u00a7 These subgroup comparisons were not powered; interpret them with caution.\n"
    (f,) = _findings(lint_piece, linter_for, text, "F002")
    assert f.line == 6 and "87.7%" in f.message


def test_rounded_figure_of_another_population_does_not_inherit_a_subgroup(lint_piece, linter_for):
    # 78% is 77.5% (a remission-duration subgroup's CR/CRi) rounded, but the text says it is the
    # share of MRD-negative patients among responders: not a subgroup claim
    text = ("Market: EU\n\nIn INO-VATE ALL, BESPONSA reached CR/CRi in 80.7% vs 29.4% with chemotherapy.\n\n"
            "| Outcome | BESPONSA | Chemotherapy |\n|---|---|---|\n| MRD-negative (of CR/CRi) | 78% | 28.1% |\n")
    assert _findings(lint_piece, linter_for, text, "F002") == []


# ---------------------------------------------------------------- exploratory figures, any product
_DOSE = ("## Transplant by cumulative dose\n\nAmong early responders to BESPONSA, 74% of those given a "
         "cumulative dose of 3.3 mg/m\u00b2 or less went on to transplant, against 46% of those given more.\n\n"
         "## Safety\n\nMonitor liver tests before each dose of BESPONSA.\n")


def test_exploratory_figure_of_the_first_product_needs_its_caveat(lint_piece, linter_for):
    text = "# Dosing and transplant: a look at BESPONSA\n\nPrepared for haematologists.\n\n" + _DOSE
    (f,) = _findings(lint_piece, linter_for, text, "F007")
    assert f.line == 7 and "74%" in f.message


def test_caveat_for_every_analysis_of_the_piece_covers_other_sections(lint_piece, linter_for):
    text = ("# Dosing and transplant: a look at BESPONSA\n\n## How the groups were formed\n\nPatients were "
            "grouped by the dose they received; all analyses here are exploratory and descriptive.\n\n" + _DOSE)
    assert _findings(lint_piece, linter_for, text, "F007") == []


def test_caveat_under_the_title_covers_the_piece(lint_piece, linter_for):
    text = ("# Dosing and transplant: a look at BESPONSA\n\nHypothesis-generating analysis; no formal "
            "statistical testing.\n\n" + _DOSE)
    assert _findings(lint_piece, linter_for, text, "F007") == []


def test_caveat_of_another_section_does_not_cover_the_claim(lint_piece, linter_for):
    text = ("# Dosing and transplant: a look at BESPONSA\n\nPrepared for haematologists.\n\n## Background\n\n"
            "Dose groups were formed after the fact.\n\nThe grouping is exploratory.\n\n" + _DOSE)
    (f,) = _findings(lint_piece, linter_for, text, "F007")
    assert "74%" in f.message
