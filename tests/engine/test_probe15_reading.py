"""Readings that outside writers' correct drafts (probe 15) showed wrong, each tested here in other
words, products and formats than the probe's:

- two tables one under the other, a blank line between them: the lower table's figures take the
  arms of its own header row (the row over its delimiter), never the upper table's header
  (context._table_header);
- a pair of values contrasted by populations named before it, with whom they count after the
  last value ("higher in first than in second line (68% vs 48% of responders)"): the trailing
  population is every value's, the populations listed before tell the values apart in order, and
  both are the product's (context._shared_denominator);
- O010: a prognostic factor's hazard ratio in words ("MRD negativity was associated with a lower
  risk of death") and a lower risk of death of one group of patients than of those who did not
  reach a state compare patients, not arms; a product's lower risk of death than the comparator's
  stays a benefit claim;
- the time from transplant to onset, the event named in the sentence before, is the library's time
  to VOD onset (claims-library synonyms).
"""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _lint(linter, tmp_path, text, name="piece.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if not f.suppressed]


def _at(findings, rules):
    return sorted((f.rule, f.line) for f in findings if f.rule in rules)


# ---------------------------------------------------------------- stacked tables

_TABLES_MD = """Market: US

# XOSPATA

## Results

| Grade 3 or higher adverse event | XOSPATA (N=246) |
|---|---|
| Febrile neutropenia | 45.9% |

| Response | XOSPATA | Salvage chemotherapy |
|---|---|---|
| CR/CRh | {xos} | {sc} |
"""

_TABLES_TXT = """Market: US

XOSPATA results

| Grade 3 or higher adverse event | XOSPATA (N=246) |
|---|---|
| Febrile neutropenia | 45.9% |

| Response | XOSPATA | Salvage chemotherapy |
|---|---|---|
| CR/CRh | {xos} | {sc} |
"""


@pytest.mark.parametrize("template,name", [(_TABLES_MD, "piece.md"), (_TABLES_TXT, "piece.txt")])
def test_a_table_below_another_reads_its_own_header(full_linter, tmp_path, template, name):
    found = _lint(full_linter, tmp_path, template.format(sc="15.3%", xos="34.0%"), name)
    assert _at(found, ("V001", "V002")) == []


@pytest.mark.parametrize("template,name", [(_TABLES_MD, "piece.md"), (_TABLES_TXT, "piece.txt")])
def test_a_swap_in_the_lower_table_is_still_found(full_linter, tmp_path, template, name):
    found = _lint(full_linter, tmp_path, template.format(sc="34.0%", xos="15.3%"), name)
    assert {r for r, _ in _at(found, ("V001", "V002"))} == {"V002"}


# ---------------------------------------------------------------- a population shared by a pair

_HEAD = "Market: EU\n\n# BESPONSA\n\nAll results below come from a post hoc analysis; they are exploratory.\n\n"


@pytest.mark.parametrize("sentence", [
    "With BESPONSA, MRD negativity was reached more often in first salvage than in second salvage "
    "(68% vs 48% of responders).",
    "The MRD-negativity rate on BESPONSA was higher in first salvage than in second salvage: 68% versus 48% "
    "among responders.",
])
def test_a_trailing_population_is_the_whole_pairs(full_linter, tmp_path, sentence):
    found = _lint(full_linter, tmp_path, _HEAD + sentence + "\n")
    assert _at(found, ("V001", "V002", "U001")) == []


def test_a_changed_figure_of_such_a_pair_is_a_mismatch_with_its_place(full_linter, tmp_path):
    text = _HEAD + ("With BESPONSA, MRD negativity was reached more often in first salvage than in second "
                    "salvage (68% vs 57% of responders).\n")
    found = [f for f in _lint(full_linter, tmp_path, text) if f.rule == "V001"]
    assert len(found) == 1 and "57%" in found[0].message and "48%" in found[0].message


# ---------------------------------------------------------------- O010: patients compared, not arms

_SURV = "Market: US\n\n# BESPONSA\n\nIn a post hoc analysis of responders, {}\n"


@pytest.mark.parametrize("sentence", [
    "reaching MRD negativity was associated with a lower risk of death (HR 0.47).",
    "MRD-negative status was linked to a reduced risk of dying among patients who were not transplanted.",
    "patients who cleared MRD had a lower risk of death than those who remained MRD-positive.",
])
def test_a_prognostic_lower_risk_of_death_is_not_o010(full_linter, tmp_path, sentence):
    assert _at(_lint(full_linter, tmp_path, _SURV.format(sentence)), ("O010",)) == []


@pytest.mark.parametrize("sentence", [
    "BESPONSA was associated with improved survival versus chemotherapy, and BESPONSA patients had a lower risk "
    "of death than those on chemotherapy.",
    "BESPONSA lowered the risk of death compared with standard chemotherapy.",
])
def test_the_products_lower_risk_of_death_stays_o010(full_linter, tmp_path, sentence):
    assert _at(_lint(full_linter, tmp_path, _SURV.format(sentence)), ("O010",))


# ---------------------------------------------------------------- time to onset, the event named before

_VOD = ("Market: US\n\n# BESPONSA\n\nHepatic VOD occurred in 18 of the 79 BESPONSA patients who underwent HSCT. "
        "{}\n")


@pytest.mark.parametrize("sentence", [
    "The median time from transplant to its onset was {} days.",
    "Median time from HSCT to onset: {} days.",
])
def test_time_from_transplant_to_onset_is_the_vod_onset_entry(full_linter, tmp_path, sentence):
    right = _lint(full_linter, tmp_path, _VOD.format(sentence.format(15)))
    assert _at(right, ("V001", "U001")) == []
    wrong = _lint(full_linter, tmp_path, _VOD.format(sentence.format(19)))
    assert [r for r, _ in _at(wrong, ("V001", "U001"))] == ["V001"]
