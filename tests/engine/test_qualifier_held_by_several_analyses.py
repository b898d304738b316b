"""A figure whose endpoint and qualifier its own words name (its grade: "grade >=3 thrombocytopenia",
in its sentence or its list's lead-in), where the claims library holds that quantity from SEVERAL
analyses and the value is none of them, is V001: the library holds the quantity, the text's figure
is not one of its figures. The message names each analysis's figure and says which is meant is
uncertain (matching.Matcher._analyses_of_qualifier; checks/values.py). Before, the figure was judged
against the endpoint's default ANY-GRADE entry ("is 51% in the reference"), the wrong quantity.

Facts of the shipped BESPONSA library: grade >=3 thrombocytopenia 20% (Table S1 TEAEs, 139
patients) and 41% (final analysis); grade >=3 neutropenia 34% and 47%; any-grade thrombocytopenia
51% (label) and 45% (Table S1); no grade >=3 rate of nausea."""

from __future__ import annotations

import pytest

RULES = {"V001", "V002", "U001", "V003"}
HEAD = "# BESPONSA safety\n\n"

#: (text with {v}, line of the figure, endpoint's candidate figures)
WORDINGS = {
    "most-common-list-in-brackets": (HEAD + "The most common grade ≥3 adverse reactions with BESPONSA were "
                                     "thrombocytopenia ({v}) and neutropenia (47%).\n", 3, ("20%", "41%")),
    "grade-first-sentence": (HEAD + "Grade ≥3 thrombocytopenia occurred in {v} of BESPONSA-treated patients.\n",
                             3, ("20%", "41%")),
    "grade-3-or-higher-neutropenia": (HEAD + "Grade 3 or higher neutropenia was reported in {v} of patients on "
                                      "BESPONSA.\n", 3, ("34%", "47%")),
    "included-at": (HEAD + "The most frequent grade ≥3 AEs with BESPONSA included thrombocytopenia, at {v}.\n",
                    3, ("20%", "41%")),
    "list-lead-in": (HEAD + "Grade ≥3 adverse reactions with BESPONSA:\n\n- Thrombocytopenia: {v}\n- Anemia: 11%\n",
                     5, ("20%", "41%")),
    "list-lead-in-neutropenia": (HEAD + "Grade 3 or higher events seen with BESPONSA:\n- Neutropenia: {v}\n",
                                 4, ("34%", "47%")),
    # wordings that were U001 ("matches no entry; the closest ... is 51%"), the any-grade entry named
    "trial-named": (HEAD + "In INO-VATE ALL, grade ≥3 thrombocytopenia was reported in {v} of patients treated "
                    "with BESPONSA.\n", 3, ("20%", "41%")),
    "share-first": (HEAD + "Among patients receiving BESPONSA, {v} had grade 3 or higher thrombocytopenia.\n",
                    3, ("20%", "41%")),
    "run-in-label": (HEAD + "BESPONSA: grade ≥3 anemia 11%, grade ≥3 neutropenia {v}.\n", 3, ("34%", "47%")),
    "table-header": (HEAD + "| Grade ≥3 adverse reaction | BESPONSA |\n|---|---|\n| Thrombocytopenia | {v} |\n"
                     "| Anemia | 11% |\n", 5, ("20%", "41%")),
}
WRONG = {"20%": "14%", "34%": "25%"}


@pytest.mark.parametrize("wording", sorted(WORDINGS))
def test_a_figure_of_none_of_the_analyses_is_v001_naming_each(lint_piece, wording):
    template, line, candidates = WORDINGS[wording]
    found = lint_piece(template.format(v=WRONG[candidates[0]]), rules=RULES)
    assert [(f.rule, f.line) for f in found] == [("V001", line)], [f.message for f in found]
    message = found[0].message
    for figure in candidates:
        assert figure in message
    assert "uncertain" in message
    assert "51%" not in message and "49%" not in message   # never the any-grade entry


@pytest.mark.parametrize("wording", sorted(WORDINGS))
@pytest.mark.parametrize("which", [0, 1])
def test_each_analysis_figure_is_clean(lint_piece, wording, which):
    template, _, candidates = WORDINGS[wording]
    assert [f.rule for f in lint_piece(template.format(v=candidates[which]), rules=RULES)] == []


# ---- negatives: unchanged readings
def test_no_qualifier_named_keeps_the_default_entry(lint_piece):
    found = lint_piece(HEAD + "With BESPONSA, thrombocytopenia occurred in 14% of patients.\n", rules=RULES)
    assert [f.rule for f in found] == ["V001"]
    assert "uncertain" not in found[0].message


def test_a_grade_the_library_holds_no_rate_of_stays_u001(lint_piece):
    found = lint_piece(HEAD + "Grade ≥3 nausea occurred in 5% of BESPONSA-treated patients.\n", rules=RULES)
    assert [f.rule for f in found] == ["U001"]


def test_the_any_grade_figure_said_of_grade_3_stays_u001(lint_piece):
    found = lint_piece(HEAD + "Grade ≥3 thrombocytopenia occurred in 51% of BESPONSA-treated patients.\n", rules=RULES)
    assert [f.rule for f in found] == ["U001"]


def test_any_grade_named_is_not_the_grade_3_analyses(lint_piece):
    found = lint_piece(HEAD + "Any-grade thrombocytopenia was reported in 14% of patients on BESPONSA.\n", rules=RULES)
    assert all("uncertain" not in f.message for f in found)


def test_a_population_named_pins_one_analysis(lint_piece):
    found = lint_piece(HEAD + "In the safety population, grade 3 or higher thrombocytopenia was seen in 14% of "
                       "BESPONSA patients.\n", rules=RULES)
    assert [(f.rule, f.reference_id) for f in found] == [("V001", "ino-vate-all.thrombocytopenia.grade3-teae")]
    assert "uncertain" not in found[0].message


def test_a_lead_in_without_a_colon_does_not_carry(lint_piece):
    text = HEAD + "Grade ≥3 adverse reactions are listed in the label.\n\n- Thrombocytopenia: 14%\n"
    assert all("uncertain" not in f.message for f in lint_piece(text, rules=RULES))
