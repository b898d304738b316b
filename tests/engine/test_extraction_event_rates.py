"""Rates per time at risk ("events per patient-year") are claims, and so is the second value of a
comparison whose unit only the first one carries ("4.2 months with A vs 3.1 with B"). Texts
written for this test; the engine checks use the shipped XOSPATA library's exposure-adjusted
adverse-event rates (XOSPATA 19.34, salvage chemotherapy 42.44 events per patient-year)."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims


def _values(text: str) -> list[tuple[str, str, float, str | None]]:
    return [(c.kind, c.text, c.value.value, c.unit) for c in extract_claims(text) if c.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Infusion reactions occurred at 3.2 events per patient-year.",
     [("estimate", "3.2 events per patient-year", 3.2, "events per patient-year")]),
    ("There were 1.9 serious adverse events per 100 patient-years.",
     [("estimate", "1.9 serious adverse events per 100 patient-years", 1.9, "events per 100 patient-year")]),
    ("Exposure-adjusted rates: 4.1 vs 2.7 events per person-year.",
     [("estimate", "4.1", 4.1, "events per person-year"),
      ("estimate", "2.7 events per person-year", 2.7, "events per person-year")]),
    ("Infections per patient-year of exposure: 0.8 with drug A and 1.4 with drug B.",
     [("estimate", "0.8", 0.8, "events per patient-year"), ("estimate", "1.4", 1.4, "events per patient-year")]),
    ("Median DFS was 6.5 months with EXAMPLIMAB versus 4.0 with placebo.",
     [("duration", "6.5 months", 6.5, "months"), ("duration", "4.0", 4.0, "months")]),
])
def test_event_rates_and_values_whose_unit_is_written_once(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "Median DFS was 6.5 months with EXAMPLIMAB and 3 of 40 patients relapsed.",   # a count, not a second median
    "Median DFS was 6.5 months with EXAMPLIMAB; 4.0 was seen with placebo.",       # another clause
    "Median DFS was 6.5 months with EXAMPLIMAB and 12 cycles were given.",        # cycles
])
def test_a_bare_number_after_a_duration_is_not_taken_without_the_pattern(text):
    assert [c.text for c in extract_claims(text) if c.kind == "duration"] == ["6.5 months"]


def _findings(lint_piece, body: str):
    text = "XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n" + body + "\n"
    return [(f.rule, f.line) for f in lint_piece(text, "xos.txt", rules={"V001", "V002", "U001"})]


@pytest.mark.parametrize("body", [
    "Adjusted for time on treatment, adverse events ran at 19.34 per patient-year with XOSPATA "
    "and 42.44 with salvage chemotherapy.",
    "Adverse events per patient-year of exposure were 19.34 with XOSPATA and 42.44 with the comparator.",
    "AE rate, exposure-adjusted: 19.34 vs 42.44 events per patient-year.",
    # the product named after a comma starts another clause: not the second value's arm
    "Counting 19.34 vs 42.44 events per patient-year, XOSPATA patients had fewer events for the time treated.",
])
def test_faithful_event_rates_pass(lint_piece, body):
    assert _findings(lint_piece, body) == []


@pytest.mark.parametrize("body, expected", [
    ("Adjusted for time on treatment, adverse events ran at 42.44 events per patient-year with XOSPATA "
     "and 19.34 with salvage chemotherapy.", "V002"),
    ("AE rate, exposure-adjusted: 19.34 vs 44.24 events per patient-year.", "V001"),
    ("Adverse events per patient-year of exposure: 19.34 with XOSPATA vs 40.44 with the comparator.", "V001"),
])
def test_wrong_event_rates_are_found(lint_piece, body, expected):
    assert (expected, 3) in _findings(lint_piece, body)
