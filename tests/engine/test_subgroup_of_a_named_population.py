"""A figure said of a subgroup of a population the library holds ("in MRD-negative patients aged 55
or older, median OS was 12.4 months" where the library holds OS of MRD-negative patients as a
whole) is of a subgroup the trial never reported: U001 ("no entry for this subgroup"), not a value
mismatch against the broader group (matching.py: ``_extra_subgroup``). The subgroup is found in the
data -- a population the library declares but holds no entry of for the endpoint (FLT3-ITD/TKD
subgroups) -- or in generic subgroup words (age, sex). A figure of the named population alone stays
a mismatch when wrong and clean when right; a population the library holds in full words ("MRD-
negative patients who underwent HSCT") is no extra subgroup."""

from __future__ import annotations

import pytest

BES = "# Results\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n"
XOS = "# Results\n\nIn the phase 3 ADMIRAL trial of XOSPATA vs salvage chemotherapy:\n\n"


def _lint(lint_piece, text: str, name: str = "p.md"):
    return lint_piece(text + "\n", name, rules=("V001", "V002", "U001"))


UNHELD = [
    BES + "Overall survival by MRD status:\n\n- in MRD-negative patients, median OS was 14.1 months;\n"
          "- in MRD-negative patients aged 55 or older, median OS was 12.4 months;\n"
          "- in MRD-positive patients, median OS was 7.2 months.",
    BES + "Among MRD-negative patients aged \u226555 years treated with BESPONSA, median OS was 12.4 months.",
    BES + "In MRD-negative women, median OS was 15.0 months with BESPONSA.",
    BES + "OS by MRD status:\n\n- MRD-negative patients: median OS 14.1 months\n"
          "- MRD-negative patients \u226555 years of age: median OS 12.4 months\n- MRD-positive patients: median OS 7.2 months",
    BES + "| Subgroup | BESPONSA median OS, months |\n|---|---|\n| MRD-negative | 14.1 |\n"
          "| MRD-negative women | 15.0 |\n| MRD-positive | 7.2 |",
    XOS + "- In ITT patients aged 65 or older, median OS was 7.9 months with XOSPATA.",
    XOS + "- In the intention-to-treat population with FLT3-TKD mutations, median OS was 8.1 months with XOSPATA.",
]


@pytest.mark.parametrize("text", UNHELD)
def test_a_subgroup_no_entry_holds_is_unsupported(lint_piece, text):
    found = _lint(lint_piece, text)
    assert [f.rule for f in found] == ["U001"], found
    assert "subgroup" in found[0].message or "population (FLT3-TKD" in found[0].message


def test_html_list(lint_piece):
    body = ("<p>In the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:</p><ul>"
            "<li>in MRD-negative patients, median OS was 14.1 months;</li>"
            "<li>in MRD-negative patients aged 55 or older, median OS was 12.4 months;</li></ul>")
    assert [f.rule for f in _lint(lint_piece, body, "p.html")] == ["U001"]


def test_the_named_population_alone_is_a_mismatch(lint_piece):
    found = _lint(lint_piece, BES + "In MRD-negative patients, median OS was 12.4 months with BESPONSA.")
    assert [f.rule for f in found] == ["V001"]


CLEAN = [
    BES + "In MRD-negative patients, median OS was 14.1 months with BESPONSA.",
    BES + "In MRD-negative patients who underwent HSCT, median OS was 19.2 months.",
    BES + "In MRD-negative patients (an exploratory subgroup analysis), median OS was 14.1 months.",
    BES + "- in MRD-negative patients, median OS was 14.1 months;\n- in MRD-positive patients, median OS was 7.2 months.",
    XOS + "- In the intention-to-treat population, median OS was 9.3 months with XOSPATA.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_correct_figures_stay_clean(lint_piece, text):
    assert _lint(lint_piece, text) == []
