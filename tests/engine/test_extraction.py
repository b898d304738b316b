"""Extraction: every numeric claim form, with its kind and parts; non-claims never reported."""

from __future__ import annotations

import pytest

from pathlib import Path

from claimcheck.claims import extract_claims

ROOT = Path(__file__).resolve().parents[2]


def one(text: str):
    claims = extract_claims(text)
    assert len(claims) == 1, [(c.kind, c.text) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    "text, value, decimals",
    [("80.7%", 80.7, 1), ("80.7 %", 80.7, 1), ("80.7 percent", 80.7, 1), ("81%", 81.0, 0), ("10.0%", 10.0, 1)],
)
def test_percentages_keep_their_precision(text, value, decimals):
    c = one(f"CR/CRi was {text} with BESPONSA.")
    assert c.kind == "percentage" and c.value.value == value and c.value.decimals == decimals


@pytest.mark.parametrize(
    "text, lo, hi, level",
    [
        ("80.7% (95% CI, 72.1-87.7)", "72.1", "87.7", 95.0),
        ("80.7% (95% CI, 72.1\u201387.7)", "72.1", "87.7", 95.0),
        ("80.7% (95% CI: 72.1 to 87.7)", "72.1", "87.7", 95.0),
        ("78.4% [95% CI, 68.4-86.5]", "68.4", "86.5", 95.0),
        ("10.0% [95% CI, 5.7-15.5)", "5.7", "15.5", 95.0),
        ("7.7 months (95% CI, 6.0-9.2)", "6.0", "9.2", 95.0),
    ],
)
def test_confidence_intervals_attach_to_their_estimate(text, lo, hi, level):
    c = one(text)
    assert c.interval is not None
    assert (c.interval.low.text, c.interval.high.text, c.interval.level) == (lo, hi, level)


def test_hazard_ratio_with_97_5_ci_and_p_value():
    claims = extract_claims("OS favoured BESPONSA (HR 0.75 [97.5% CI, 0.57-0.99] P=0.0105)")
    kinds = [(c.kind, c.describe_value()) for c in claims]
    assert kinds == [("ratio", "0.75"), ("p-value", "P=0.0105")]
    assert claims[0].ratio_kind == "hazard-ratio" and claims[0].interval.level == 97.5


@pytest.mark.parametrize("text, cmp_, value", [("P < 0.001", "<", 0.001), ("P=0.0105", "=", 0.0105),
                                              ("p \u2264 .05", "<=", 0.05)])
def test_p_values_with_comparator(text, cmp_, value):
    c = one(text)
    assert c.kind == "p-value" and c.comparator == cmp_ and c.value.value == value


@pytest.mark.parametrize(
    "text, n, total, pct",
    [
        ("VOD occurred in 23/164 patients (14%)", 23, 164, 14.0),
        ("45.7% (n=42/92) in cycle 1", 42, 92, 45.7),
        ("45.7%; n=42/92", 42, 92, 45.7),
        ("HSCT 48.2%, n=79/164", 79, 164, 48.2),
        ("78.4% [69/88 patients]", 69, 88, 78.4),
        ("80 of 92 (87.0%) patients", 80, 92, 87.0),
        ("18 [23%] out of 79 patients", 18, 79, 23.0),
    ],
)
def test_fraction_and_percentage_forms(text, n, total, pct):
    c = one(text)
    assert (c.kind, c.n, c.total, c.value.value) == ("percentage", n, total, pct)


def test_n_percent_without_denominator():
    c = one("87 (72%) patients were treated in first salvage")
    assert (c.n, c.total, c.value.value) == (87, None, 72.0)


def test_bare_fraction_and_counts():
    claims = extract_claims("CR/CRi rate (88/109) in the first 218 patients; N = 326; 164 patients received InO")
    assert [(c.kind, c.describe_value()) for c in claims] == [
        ("fraction", "88/109"), ("count", "218 patients"), ("count", "326 patients"), ("count", "164 patients")]


def test_percentage_point_difference_and_relative_wording():
    claims = extract_claims("a difference of 51.3 percentage points; BESPONSA more than doubled the rate; "
                            "a 25% relative reduction in the risk of death; a 2.7-fold higher rate")
    got = [(c.kind, c.relative, c.factor, c.value.value if c.value else None) for c in claims]
    assert got == [("pp-difference", None, None, 51.3), ("relative", "more than doubled", 2.0, None),
                   ("relative", "relative reduction", None, 25.0), ("relative", "fold", 2.7, None)]


def test_durations_including_adjectival_form():
    claims = extract_claims("a 14.1-month median OS and 7.2 months in MRD-positive patients; onset at 15 days")
    assert [(c.kind, c.value.value, c.unit) for c in claims] == [
        ("duration", 14.1, "months"), ("duration", 7.2, "months"), ("duration", 15.0, "days")]


def test_interval_under_a_table_header_is_a_ratio_with_that_level():
    text = "OS by MRD status\nHR (97.5% CI)\nHSCT vs no HSCT: 0.53 (0.28-1.01)\n"
    c = one(text)
    assert c.kind == "ratio" and c.ratio_kind == "hazard-ratio" and c.interval.level == 97.5


@pytest.mark.parametrize(
    "text",
    [
        "Patients treated with BESPONSA1,a",                 # citation glued to a word
        "(P < 0.001)2,a",                                     # P is a claim; the 2,a marker is not
        "acute lymphoblastic leukemia ALL2,4",
        "Job code PP-INO-USA-0641, May 2021.",
        "To report an adverse event, call 1-800-438-1985",
        "N Engl J Med. 2016;375(8):740-753.",
        "ATC-Code: L01XC26.",
        "https://www.ema.europa.eu/en/documents/product-information/besponsa-epar-product-information_en.pdf",
        "data cut-off date of October 2, 2014",
        "See page 11 and Figure 3, Table S1, section 6.1.",
        "a phase 1/2 study and Grade 3/4 increases",
        "1.8 mg/m2 fractionated on Days 1, 8, and 15",
        "Stand der Information: Februar 2022.",
        "randomized 1:1",
    ],
)
def test_non_claims_are_never_reported(text):
    claims = [c for c in extract_claims(text) if c.kind != "p-value"]
    assert claims == [], [(c.kind, c.text) for c in claims]


def test_thresholds_and_ranges_are_definitions_not_claims():
    text = ("the most common (\u226520%) adverse reactions; <5% blasts; CR rates range from 80% to 90%; "
            "median age 43 (range 20\u201378) years; up to 56 days")
    assert extract_claims(text) == []


def test_unicode_minus_and_en_dash_in_interval():
    c = one("HR 0.75 (97.5% CI, 0.57\u20130.99)")
    assert c.interval.low.value == 0.57 and c.interval.high.value == 0.99


def test_offsets_point_at_the_claim():
    text = "Intro line.\nBESPONSA 80.7% (95% CI, 72.1-87.7) vs SC"
    c = one(text)
    assert text[c.start:c.end].startswith("80.7%")


def test_label_words_of_the_claims_library_mask_the_number_after_them():
    """Words of a therapeutic area that label a number ("Salvage 2") come from the claims
    library's lexicon, not from the code: without them the number is read as a count."""
    from claimcheck.claims import label_masks
    from claimcheck.reference import load_reference

    lexicon = load_reference(ROOT / "reference").lexicon
    assert "Salvage" in lexicon.label_words and "CR/CRi" in lexicon.tokens
    masks = label_masks(lexicon.label_words)
    text = "In Salvage 2, 120 patients were treated; salvage 1 patients and the PETHEMA 2005 protocol."
    assert [c.text for c in extract_claims(text, masks=masks)] == ["120 patients"]
    assert [c.text for c in extract_claims(text)] == ["120 patients", "1 patients"]
