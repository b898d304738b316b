"""Two values compared with "vs", then their arms listed in the same order after them (helper a2):
"median OS 9.3 vs 5.6 months with XOSPATA vs salvage chemotherapy", "80.7% vs 29.4% (BESPONSA vs
standard therapy)", "7,7 vs 6,2 months, inotuzumab vs chemotherapy". The arms pair with the values in
order: the arm right after the second value is the first value's, not the second's. Correct text is
clean; a real swap is still two V002, a wrong value one V001 on its own arm; values written each
with its arm ("9.3 months with XOSPATA vs 5.6 months with chemotherapy") read as before."""

from __future__ import annotations

import pytest

from claimcheck.claims import normalise_numbers


def _value(lint_piece, sentence: str, study: str):
    return lint_piece(f"# Results\n\nIn the phase 3 {study} study:\n\n{sentence}\n", "p.md",
                      rules=("V001", "V002"))


ADMIRAL = "ADMIRAL"
INOVATE = "INO-VATE ALL"

RIGHT = [
    (ADMIRAL, "Median OS: 9.3 vs 5.6 months with XOSPATA vs salvage chemotherapy."),
    (ADMIRAL, "Median OS was 9.3 vs. 5.6 months in patients receiving XOSPATA vs salvage chemotherapy."),
    (ADMIRAL, "Median overall survival reached 9.3 versus 5.6 months with gilteritinib compared with salvage chemotherapy."),
    (ADMIRAL, "Median overall survival was 9.3 versus 5.6 months for XOSPATA versus salvage chemotherapy, respectively."),
    (ADMIRAL, "Median OS 9.3 vs 5.6 months for gilteritinib and salvage chemotherapy."),
    (ADMIRAL, "Median OS 9.3 vs 5.6 months (XOSPATA/salvage chemotherapy)."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months (gilteritinib vs chemotherapy)."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months with XOSPATA (vs salvage chemotherapy)."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months with XOSPATA vs SC."),
    (ADMIRAL, "Median OS 9.3 vs 5.6 months with XOSPATA vs SC (HR 0.64; 95% CI 0.49-0.83)."),
    (ADMIRAL, "CR/CRh was 34% vs 15.3% with XOSPATA vs salvage chemotherapy."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months for patients on XOSPATA vs those on salvage chemotherapy."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months in the XOSPATA vs the salvage chemotherapy arm."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months in the XOSPATA arm vs the salvage chemotherapy arm."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months for XOSPATA-treated vs salvage chemotherapy-treated patients."),
    (ADMIRAL, "Median OS was 9.3 mo vs 5.6 mo with XOSPATA vs salvage chemotherapy."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months with XOSPATA versus salvage chemotherapy; CR/CRh was 34% vs 15.3%."),
    (ADMIRAL, "Median OS was 9.3 vs 5.6 months and CR/CRh 34% vs 15.3% with XOSPATA vs salvage chemotherapy."),
    (INOVATE, "CR/CRi 80.7% vs 29.4% for BESPONSA vs standard therapy, respectively."),
    (INOVATE, "CR/CRi rates were 80.7% versus 29.4% in patients treated with BESPONSA versus standard chemotherapy."),
    (INOVATE, "Median OS 7.7 vs 6.2 months, inotuzumab vs chemo."),
    (INOVATE, "Median OS 7.7 vs 6.2 months, inotuzumab and chemotherapy respectively."),
    # decimal commas, the unit written once after the pair
    (ADMIRAL, "Median OS was 9,3 vs 5,6 months (gilteritinib vs chemotherapy)."),
    (ADMIRAL, "Median OS: 9,3 vs. 5,6 months (XOSPATA vs. salvage chemotherapy, respectively)."),
    (INOVATE, "Median OS 7,7 vs 6,2 months, inotuzumab vs chemotherapy."),
    (INOVATE, "CR/CRi: 80,7% vs 29,4% (BESPONSA vs standard therapy)."),
    # each value with its own arm: as before
    (ADMIRAL, "Median OS was 9.3 months with XOSPATA vs 5.6 months with chemotherapy."),
    (INOVATE, "Median OS was 7.7 months with BESPONSA compared with 6.2 months with standard therapy."),
    (ADMIRAL, "XOSPATA vs salvage chemotherapy: median OS 9.3 vs 5.6 months."),
]


@pytest.mark.parametrize("study,sentence", RIGHT)
def test_arms_after_compared_values_pair_in_order(lint_piece, study, sentence):
    assert _value(lint_piece, sentence, study) == []


SWAPPED = [
    (ADMIRAL, "Median OS: 5.6 vs 9.3 months with XOSPATA vs salvage chemotherapy."),
    (ADMIRAL, "Median OS was 5.6 vs 9.3 months with XOSPATA vs SC."),
    (ADMIRAL, "Median OS was 5.6 vs 9.3 months for XOSPATA-treated vs salvage chemotherapy-treated patients."),
    (INOVATE, "CR/CRi 29.4% vs 80.7% for BESPONSA vs standard therapy, respectively."),
    (INOVATE, "Median OS 6.2 vs 7.7 months, inotuzumab vs chemo."),
    (ADMIRAL, "Median OS was 5.6 months with XOSPATA vs 9.3 months with chemotherapy."),
]


@pytest.mark.parametrize("study,sentence", SWAPPED)
def test_a_real_swap_is_still_caught(lint_piece, study, sentence):
    found = _value(lint_piece, sentence, study)
    assert [f.rule for f in found] == ["V002", "V002"]


def test_a_wrong_comparator_value_is_one_v001_on_the_comparator(lint_piece):
    found = _value(lint_piece, "Median OS was 9.3 vs 5.8 months with XOSPATA vs salvage chemotherapy.", ADMIRAL)
    assert [f.rule for f in found] == ["V001"]
    assert "salvage chemotherapy" in found[0].message.split(" is ")[0] and "5.8" in found[0].message


def test_a_wrong_product_value_is_one_v001_on_the_product(lint_piece):
    found = _value(lint_piece, "Median OS: 9.8 vs 5.6 months (XOSPATA vs salvage chemotherapy).", ADMIRAL)
    assert [f.rule for f in found] == ["V001"]
    assert found[0].message.startswith("XOSPATA") and "9.8" in found[0].message


@pytest.mark.parametrize("written,read", [
    ("9,3 vs 5,6 months", "9.3 vs 5.6 months"),
    ("80,7 vs. 29,4 %", "80.7 vs. 29.4 %"),
    ("7,7 and 6,2 months", "7.7 and 6.2 months"),
    ("7,7/6,2 months", "7.7/6.2 months"),
])
def test_a_decimal_comma_before_a_compared_value_with_the_unit(written, read):
    assert normalise_numbers(written)[0] == read


@pytest.mark.parametrize("written", [
    "at 3,6 and 12 months",       # a list of whole numbers
    "1,234 vs 2,345 patients",    # thousands
    "cycles 1,2 vs 3 weeks",
])
def test_lists_and_thousands_are_not_decimals(written):
    assert normalise_numbers(written)[0] == written
