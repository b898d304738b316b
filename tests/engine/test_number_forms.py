"""Numbers written other ways (issue 10 item 7): read once, by claims.normalise_numbers, with the
findings at the original line and column."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims, normalise_numbers

SC = "29.4"  # the reference value of SC's CR/CRi rate; the drafts below write 29.3 in odd ways


@pytest.mark.parametrize("written, value, decimals", [
    ("80,7 %", 80.7, 1),            # decimal comma, EU style, before %: unambiguous in any market
    ("80,75%", 80.75, 2),
    ("8\u200b0.7%", 80.7, 1),       # zero-width space inside the number
    ("8\u20600.7%", 80.7, 1),       # word joiner
    ("80\u00b77%", 80.7, 1),        # middle dot as the decimal point
    ("\uff18\uff10\uff0e\uff17\uff05", 80.7, 1),  # full-width digits, point and percent sign
    ("80.7\u202f%", 80.7, 1),       # narrow no-break space before %
    ("80.7\u2009%", 80.7, 1),       # thin space before %
])
def test_percentages_written_other_ways(written, value, decimals):
    text = f"CR/CRi was {written} with BESPONSA."
    (c,) = extract_claims(text)
    assert (c.kind, c.value.value, c.value.decimals) == ("percentage", value, decimals)
    assert (c.start, c.text) == (11, written)  # original offsets and text


def test_a_thousands_separator_is_not_a_decimal_comma():
    (c,) = extract_claims("We enrolled 1,234 patients.")
    assert (c.kind, c.value.value) == ("count", 1234.0)
    (c,) = extract_claims("We enrolled 1\u202f234 patients.")
    assert (c.kind, c.value.value, c.text) == ("count", 1234.0, "1\u202f234 patients")


def test_decimal_comma_by_market():
    text = "Median OS 7,7 months; HR 0,75."
    eu = extract_claims(text, decimal_comma=True)
    assert [(c.kind, c.value.text) for c in eu] == [("duration", "7.7"), ("ratio", "0.75")]
    # a unit of time after one digit, a lone 0 before the comma: decimal in any market
    us = extract_claims(text, decimal_comma=False)
    assert [(c.kind, c.value.text) for c in us] == [("duration", "7.7"), ("ratio", "0.75")]
    assert [c.value.text for c in extract_claims("OR 8,61 (1,52-48,86)", decimal_comma=True)] == ["8.61"]


def test_unicode_minus_and_en_dash_in_intervals():
    (c,) = extract_claims("a difference of 1.2% (95% CI, \u22123.4\u20131.0)")
    assert (c.interval.low.value, c.interval.high.value) == (-3.4, 1.0)
    (c,) = extract_claims("HR 0.75 [97.5% CI, 0.57\u20130.99]")
    assert (c.interval.low.text, c.interval.high.text) == ("0.57", "0.99")


def test_normalisation_keeps_offsets_and_copies_nothing_when_not_needed():
    text = "CR/CRi was 80.7% with BESPONSA vs 29.4% with SC."
    assert normalise_numbers(text) == (text, None)
    normal, nmap = normalise_numbers("x 8\u200b\u200b0.7% y 2\u20609%")
    assert normal == "x 80.7% y 29%"
    assert [nmap.start(i) for i in (2, 3, 8, 10, 11)] == [2, 5, 10, 12, 14]
    assert nmap.end(7) == 9


@pytest.mark.parametrize("before", ["80.7%", "8\u200b0.7%", "80,7 %"])
@pytest.mark.parametrize("written", [
    "29,3 %", "2\u200b9.3%", "2\u20609.3%", "29\u00b73%", "\uff12\uff19\uff0e\uff13\uff05",
])
def test_findings_point_at_the_original_column(lint_doc, before, written):
    line = f"CR/CRi was reached by {before} of patients with BESPONSA vs {written} with SC."
    (f,) = [f for f in lint_doc(f"# Remission\n\n{line}\n", "d.md") if f.rule == "V001"]
    assert (f.line, f.column) == (3, line.index(written) + 1)
    assert f.expected == "29.4%" and f.found == "29.3%"
    assert f.snippet == written


def test_an_eu_document_reads_decimal_commas(lint_doc):
    text = "# Survival\n\nMedian OS was 7,9 months with BESPONSA (HR 0,75).\n"
    eu = [(f.rule, f.line, f.column, f.found) for f in lint_doc(text, "d.md", market="EU") if f.rule == "V001"]
    assert eu == [("V001", 3, 15, "7.9 months")]
