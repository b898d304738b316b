"""Arithmetic checks (checks/arithmetic.py): the pure recomputations, and the findings at their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checks.arithmetic import difference, implied_change, proportion_ok, relative_change_ok, relative_ok
from claimcheck.claims import extract_claims, proportion_cores, proportions
from claimcheck.numbers import Num


def _at(findings, code):
    return [(f.line, f.message) for f in findings if f.rule == code]


# ------------------------------------------------------------------ A004 difference
@pytest.mark.parametrize("a, b, expected", [
    ("80.7", "29.3", "51.4"), ("80.7", "29.4", "51.3"), ("48.2", "21.6", "26.6"), ("29.4", "80.7", "51.3"),
    ("81", "29.4", "51.6"), ("0.1", "0.2", "0.1"),
])
def test_difference_is_exact_on_the_written_decimals(a, b, expected):
    d = difference(Num.parse(a), Num.parse(b))
    assert d.text == expected and d.decimals == len(expected.split(".")[1])


def test_a_wrong_difference_written_in_percent_is_reported_with_the_right_arithmetic(lint_doc):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with SC, "
            "a difference of 40%.\n")
    (found,) = _at(lint_doc(text), "A004")
    assert found == (3, "stated difference 40%, but 80.7% − 29.4% = 51.3 percentage points")


def test_a_right_difference_written_in_percent_uses_the_values_the_text_states(lint_doc):
    # the text says 29.3% (a transcription slip): the message computes with it, 80.7 − 29.3 = 51.4
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC, "
            "a difference of 51.3%.\n")
    (found,) = _at(lint_doc(text), "A004")
    assert found[0] == 3
    assert "80.7% − 29.3% = 51.4 percentage points, not 51.3%" in found[1]


def test_a_wrong_difference_in_percentage_points_names_the_exact_difference(lint_doc):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC, "
            "a difference of 53.1 percentage points.\n")
    (found,) = _at(lint_doc(text), "A004")
    assert found == (3, "stated difference 53.1 percentage points, but 80.7% − 29.3% = 51.4 percentage points")


def test_a_right_difference_in_percentage_points_is_clean(lint_doc):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with SC, "
            "a difference of 51.3 percentage points.\n")
    assert _at(lint_doc(text), "A004") == []


# ------------------------------------------------------------------ A001 / V004 figures as published
_QTC = "# Safety\n\nQTcF increases of 60 msec or more from baseline occurred in {} adult patients treated with BESPONSA.\n"


def test_a_label_figure_copied_as_published_is_info_not_an_arithmetic_error(lint_doc):
    findings = lint_doc(_QTC.format("4/162 (3%)"))
    assert [(f.rule, f.severity, f.line) for f in findings] == [("V004", "info", 3)]
    assert findings[0].reference_id == "uspi.qtcf-increase"
    assert findings[0].message.startswith("4/162 (3%) is as the source publishes it, although 4/162 is 2.47%")


@pytest.mark.parametrize("figure", ["8/162 (3%)", "4/170 (3%)", "4/162 (3.0%)"])
def test_an_inconsistent_figure_the_library_does_not_publish_is_still_a001(lint_doc, figure):
    findings = lint_doc(_QTC.format(figure))
    assert ("A001", 3) in [(f.rule, f.line) for f in findings]
    assert "V004" not in [f.rule for f in findings]


def test_the_same_figure_on_another_endpoint_is_still_a001(lint_doc):
    text = "# Safety\n\nHepatic VOD occurred in 4/162 patients (3%) treated with BESPONSA.\n"
    rules = [(f.rule, f.line) for f in lint_doc(text)]
    assert ("A001", 3) in rules and ("V004", 3) not in rules


def test_as_published_needs_n_and_n_total(tmp_path):
    from claimcheck.errors import ConfigError
    from claimcheck.reference import load_reference

    text = (Path(__file__).resolve().parents[2] / "reference" / "besponsa.yaml").read_text(encoding="utf-8")
    bad = text.replace("besponsa: {value: 3, n: 4, N: 162, as_published: true}",
                       "besponsa: {value: 3, as_published: true}")
    assert bad != text
    (tmp_path / "lib.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(ConfigError, match="as_published needs the published n and N"):
        load_reference(tmp_path / "lib.yaml")


# ------------------------------------------------------------------ A005 relative wording
@pytest.mark.parametrize("stated, ratio, reduction, ok", [
    ("25", "0.75", True, True), ("40", "0.75", True, False), ("24", "0.75", True, True), ("23", "0.75", True, False), ("25.3", "0.75", True, True),
    ("23", "0.77", True, True), ("25", "0.77", True, False), ("30", "1.3", False, True), ("30", "0.7", True, True),
    ("47", "0.53", True, True), ("50", "0.53", True, False),
])
def test_relative_change_against_the_ratio_as_intervals(stated, ratio, reduction, ok):
    assert relative_change_ok(Num.parse(stated), Num.parse(ratio), reduction) is ok


def test_implied_change_is_an_interval_of_the_written_ratio():
    low, high = implied_change(Num.parse("0.75"), True)
    assert (round(low, 6), round(high, 6)) == (24.5, 25.5)
    low, high = implied_change(Num.parse("8.6"), False)
    assert (round(low, 6), round(high, 6)) == (755.0, 765.0)


@pytest.mark.parametrize("wording, factor, ratio, ok", [
    ("times", 2.7, 80.7 / 29.4, True), ("times", 4.0, 80.7 / 29.4, False), ("more than times", 2.0, 2.74, True),
    ("halved", 0.5, 0.75, False), ("halved", 0.5, 0.5, True), ("by one in three", 2 / 3, 0.75, False),
    ("by a third", 2 / 3, 0.66, True), ("more than doubled", 2.0, 1.5, False),
])
def test_relative_wording_against_a_ratio(wording, factor, ratio, ok):
    assert relative_ok(wording, factor, ratio) is ok


@pytest.mark.parametrize("text, relative, value, factor", [
    ("BESPONSA reduced the risk of death by 40% (HR 0.75).", "relative reduction", "40", None),
    ("BESPONSA lowered the risk of relapse or death by about 25%.", "relative reduction", "25", None),
    ("a 25% reduction in the risk of death", "relative reduction", "25", None),
    ("a 30% lower risk of death", "relative reduction", "30", None),
    ("increased the odds of remission by 50%", "relative increase", "50", None),
    ("BESPONSA halved the risk of death.", "halved", None, 0.5),
    ("cut the risk of death by one in three", "by one in three", None, 2 / 3),
    ("reduced the risk by a third", "by a third", None, 2 / 3),
    ("were 2.7 times as likely to respond", "times", None, 2.7),
])
def test_relative_risk_wording_is_extracted(text, relative, value, factor):
    (c,) = [c for c in extract_claims(text) if c.kind == "relative"]
    assert c.relative == relative
    assert (str(c.value) if c.value else None, c.factor) == (value, factor)


def test_a_plain_rate_is_not_a_risk_reduction():
    kinds = [c.kind for c in extract_claims("CR/CRi was 80.7% with BESPONSA vs 29.4% with SC (risk of bias low).")]
    assert kinds == ["percentage", "percentage"]


_SURVIVAL = "# Survival\n\n{}\n"


@pytest.mark.parametrize("sentence, message", [
    ("BESPONSA reduced the risk of death by 40% (HR 0.75).",
     "a hazard ratio of 0.75 is a 25% relative reduction (1 − 0.75), not 40%"),
    ("BESPONSA halved the risk of death (HR 0.75).", '"halved" claims a ratio of 0.5, but the hazard ratio is 0.75'),
    ("BESPONSA reduced the risk of death by one in three (HR 0.75).",
     '"by one in three" claims a ratio of 0.67, but the hazard ratio is 0.75'),
    ("BESPONSA more than doubled the odds of CR/CRi vs SC (OR 1.5).",
     '"more than doubled" claims a ratio of 2, but the odds ratio is 1.5'),
    ("Patients were 4 times as likely to reach CR/CRi with BESPONSA as with SC (80.7% vs 29.4%).",
     '"4 times" claims a factor of 4, but 80.7 / 29.4 = 2.74'),
])
def test_relative_risk_wording_that_the_ratio_does_not_support(lint_doc, sentence, message):
    found = _at(lint_doc(_SURVIVAL.format(sentence)), "A005")
    assert found == [(3, message)]


def test_overall_survival_risk_reduction_is_checked_against_the_library_hazard_ratio(lint_doc):
    found = _at(lint_doc(_SURVIVAL.format("BESPONSA reduced the risk of death from any cause by 40% in OS.")), "A005")
    assert len(found) == 1 and found[0][0] == 3
    assert found[0][1].startswith("a hazard ratio of 0.75 is a 25% relative reduction (1 − 0.75), not 40% (source:")


@pytest.mark.parametrize("sentence", [
    "BESPONSA reduced the risk of death by 25% (HR 0.75).",
    "a 25% reduction in the risk of death (HR 0.75)",
    "Patients were 2.7 times as likely to reach CR/CRi with BESPONSA as with SC (80.7% vs 29.4%).",
    "BESPONSA more than doubled the odds of CR/CRi vs SC (OR 8.61).",
])
def test_relative_risk_wording_the_ratio_supports_is_clean(lint_doc, sentence):
    assert _at(lint_doc(_SURVIVAL.format(sentence)), "A005") == []


def test_relative_wording_with_both_rates_in_its_sentence_uses_the_rates_even_near_a_risk_word(lint_doc):
    text = ("# Remission\n\nBESPONSA more than doubled the CR/CRi rate vs SC (80.7% vs 29.4%), with a low risk of "
            "infusion reactions.\n\nMedian OS was 7.7 months with BESPONSA (HR 0.75).\n")
    assert _at(lint_doc(text), "A005") == []


# ------------------------------------------------------------------ A002 interval forms
@pytest.mark.parametrize("text, value, low, high", [
    ("Median OS 7.7 vs 6.2 months (HR 0.75; 97.5% CI 0.57-0.99).", "0.75", "0.57", "0.99"),
    ("Median OS 7.7 vs 6.2 months (HR 0.75, 97.5% CI: 0.57-0.99).", "0.75", "0.57", "0.99"),
    ("Hazard ratio for death 0.64 (95% CI, 0.49-0.83); P<0.001", "0.64", "0.49", "0.83"),
    ("Odds ratio 1.8 [95% CI 1.1-2.9]", "1.8", "1.1", "2.9"),
    ("CR/CRi 80.7%    (95% CI, 72.1-87.7)", "80.7", "72.1", "87.7"),  # emphasis blanked around 80.7%
])
def test_an_interval_after_its_estimate_is_paired_with_it(text, value, low, high):
    (c,) = [c for c in extract_claims(text) if c.interval]
    assert (c.value.text, c.interval.low.text, c.interval.high.text) == (value, low, high)


def test_an_interval_after_a_semicolon_does_not_take_the_outer_bracket():
    (c,) = [c for c in extract_claims("(HR 0.75; 97.5% CI 0.57-0.99) and more") if c.interval]
    assert c.text == "HR 0.75; 97.5% CI 0.57-0.99"


@pytest.mark.parametrize("sentence", [
    "Median OS was 7.7 vs 6.2 months (HR 0.75; 97.5% CI 0.86-1.29).",
    "Hazard ratio for death 0.64 (95% CI, 0.73-1.07); P<0.001.",
    "CR/CRi was 29.4%   (95% CI, 33.9-51.7) with chemotherapy.",  # as the Markdown reader blanks **29.4%**
])
def test_an_interval_that_excludes_its_estimate_is_a002_in_every_form(lint_doc, sentence):
    found = _at(lint_doc("# Results\n\n" + sentence + "\n"), "A002")
    assert [line for line, _ in found] == [3]


# ------------------------------------------------------------------ A004 which pair, A005 wording forms
def test_a_difference_after_two_rows_of_one_endpoint_is_checked_against_the_row_it_fits(lint_doc):
    # all patients and a subgroup, both CR/CRi: 51.3 is the first row's difference, not the second's
    text = ("# Remission\n\nCR/CRi was 80.7% with BESPONSA vs 29.4% with SC. In the subgroup, CR/CRi was "
            "78.4% with BESPONSA vs 28.1% with SC.\n\nThe difference in CR/CRi was 51.3 percentage points.\n")
    assert _at(lint_doc(text), "A004") == []


def test_a_difference_no_row_gives_is_still_a004_against_the_nearest_pair(lint_doc):
    text = ("# Remission\n\nCR/CRi was 80.7% with BESPONSA vs 29.4% with SC. In the subgroup, CR/CRi was "
            "78.4% with BESPONSA vs 28.1% with SC.\n\nThe difference in CR/CRi was 41.3 percentage points.\n")
    (found,) = _at(lint_doc(text), "A004")
    assert found == (5, "stated difference 41.3 percentage points, but 78.4% − 28.1% = 50.3 percentage points")


@pytest.mark.parametrize("text, relative, factor", [
    ("Nearly 3 times as many patients: 80.7% vs 29.4%", "nearly times", 3.0),
    ("More than twice the rate: 48.2% vs 21.6%", "more than twice the", 2.0),
    ("more than four times the rate with chemotherapy", "more than four times", 4.0),
])
def test_relative_wording_keeps_its_qualifier_and_number_words(text, relative, factor):
    (c,) = [c for c in extract_claims(text) if c.kind == "relative"]
    assert (c.relative, c.factor) == (relative, factor)


@pytest.mark.parametrize("sentence, flagged", [
    ("Nearly 3 times as many patients reached CR/CRi with BESPONSA (80.7%) as with SC (29.4%).", False),
    ("CR/CRi was more than four times as frequent with BESPONSA (80.7%) as with SC (29.4%).", True),
])
def test_relative_wording_in_words_against_the_rates(lint_doc, sentence, flagged):
    assert bool(_at(lint_doc("# Remission\n\n" + sentence + "\n"), "A005")) is flagged


# ------------------------------------------------------------------ A001 forms
@pytest.mark.parametrize("text, value, n, total", [
    ("Hepatic VOD: 14% (23 of 164)", "14", 23, 164),
    ("BESPONSA ....... 48.2%  (79 of 164 patients)", "48.2", 79, 164),
    ("| CR/CRi, n/N (%) | 88/109 (80.7) | 32/109 (29.4) |", "80.7", 88, 109),
])
def test_percent_with_its_counts_in_more_forms(text, value, n, total):
    c = [c for c in extract_claims(text) if c.n is not None][0]
    assert (c.kind, c.value.text, c.n, c.total) == ("percentage", value, n, total)


def test_n_over_n_with_a_bare_number_and_no_percent_header_is_only_a_fraction():
    (c,) = extract_claims("The regimen 69/88 (78.4) was used.")
    assert (c.kind, c.n, c.total, c.value) == ("fraction", 69, 88, None)


@pytest.mark.parametrize("text", [
    "# Safety\n\nHepatic VOD: 14% (27 of 164)\n",
    "# Remission\n\n| CR/CRi, n/N (%) | BESPONSA |\n|---|---|\n| CR/CRi, n/N (%) | 92/109 (80.7) |\n",
])
def test_counts_that_do_not_give_the_percent_are_a001(lint_doc, text):
    assert len(_at(lint_doc(text), "A001")) == 1


# ------------------------------------------------------------------ A005 proportions in words
@pytest.mark.parametrize("qualifier, n, d, rate, ok", [
    ("roughly", 4, 5, "80.7", True), ("", 9, 10, "80.7", False), ("", 1, 3, "29.4", True),
    ("nearly", 1, 2, "48.2", True), ("nearly", 2, 3, "48.2", False), ("nearly", 1, 2, "52.0", False),
    ("fewer than", 1, 3, "29.4", True), ("fewer than", 1, 10, "29.4", False), ("under", 1, 3, "29.4", True),
    ("more than", 1, 2, "80.7", True), ("more than", 1, 2, "48.2", False), ("", 1, 2, "30", False),
])
def test_proportion_in_words_against_a_rate(qualifier, n, d, rate, ok):
    assert proportion_ok(qualifier, n, d, Num.parse(rate)) is ok


@pytest.mark.parametrize("text, found", [
    ("That is roughly four in five patients, against fewer than one in three.",
     [("roughly four in five", 4, 5), ("fewer than one in three", 1, 3)]),
    ("Nearly two-thirds of all BESPONSA patients went on to transplant.", [("Nearly two-thirds", 2, 3)]),
    ("compared with under a tenth on chemotherapy", [("under a tenth", 1, 10)]),
    ("Nearly half (48.2%) proceeded to HSCT.", [("Nearly half", 1, 2)]),
    ("Risk fell by half; half-life 12 days; half of cases; third line; half the dose; 3 in 5 cycles.", []),
])
def test_proportions_in_words_are_read(text, found):
    assert [(p.text, p.n, p.d) for p in proportions(text)] == found


def test_proportions_in_words_with_letters_that_only_match_case_insensitively():
    """"NİNE" (dotted capital I), "ſix" (long s), "thırds" (dotless i) match the pattern
    case-insensitively; str.lower does not turn them into the word tables' keys (it gave "ni\u0307ne",
    and int() of that was an internal error for the whole file)."""
    text = "NİNE out of ten responded; ſix in ten relapsed; TWO-THIRDS of patients; two-thırds of adults."
    assert [(p.n, p.d) for p in proportions(text)] == [(9, 10), (6, 10), (2, 3), (2, 3)]


@pytest.mark.parametrize("text", [
    "That is roughly four in five patients, against fewer than one in three.",
    "Nearly two-thirds of all BESPONSA patients went on to transplant.",
    "NEARLY HALF (48.2%) proceeded; NİNE out of ten; ſix in ten; Fıfth; TWO-THIRDS of patients",
    "compared with under a tenth on chemotherapy; 1 in 4 adults; one   out   of\nfive patients",
])
def test_proportion_cores_hold_every_proportion(text):
    """A005 reads a claim's window only where the document's one scan of the proportion words
    (proportion_cores) found one in it: every proportion holds one, in any case ("ſ", "ı", "İ"
    match s and i case-insensitively, as in _PROPORTION)."""
    from claimcheck.claims import _PROPORTION

    found = [m.span() for m in _PROPORTION.finditer(text)]   # what proportions() reads its matches from
    assert found
    cores = proportion_cores(text)
    for a, b in found:
        assert any(a <= c < b for c in cores), (text[a:b], cores)
    assert proportion_cores("Response rates were 80.7% and 29.4% in the first-line setting.") == []


@pytest.mark.parametrize("text, flagged", [
    ("CR/CRi was 80.7% with BESPONSA vs 29.4% with SC: roughly four in five patients, against fewer than "
     "one in three.", []),
    ("CR/CRi was 80.7% with BESPONSA vs 29.4% with SC: nine out of ten patients, against fewer than "
     "one in three.", ["nine out of ten"]),
    ("CR/CRi was 80.7% with BESPONSA vs 29.4% with SC. That is roughly four in five patients, against fewer "
     "than one in ten.", ["fewer than one in ten"]),
    ("Nearly two-thirds of all BESPONSA patients went on to transplant: 48.2% vs 21.6%.", ["Nearly two-thirds"]),
    ("Nearly half of all BESPONSA patients went on to transplant: 48.2% vs 21.6%.", []),
])
def test_a_proportion_in_words_no_rate_supports_is_a005(lint_doc, text, flagged):
    findings = [f for f in lint_doc("# Remission\n\n" + text + "\n") if f.rule == "A005"]
    assert [f.found for f in findings] == flagged
    assert all(f.line == 3 for f in findings)


def test_a_proportion_with_no_rate_in_its_paragraph_is_not_checked(lint_doc):
    text = "# Remission\n\nCR/CRi was 80.7% with BESPONSA.\n\nNine in ten nurses prefer the device.\n"
    assert _at(lint_doc(text), "A005") == []


@pytest.mark.parametrize("text, value, low, high", [
    ("| Median OS (95% CI) | 7.7 months (6.0-9.2) |", "7.7", "6.0", "9.2"),
    ("| 2-year OS (95% CI) | 22.8% (16.7-29.6) |", "22.8", "16.7", "29.6"),
])
def test_a_value_with_its_unit_and_a_bare_interval_under_a_ci_header(text, value, low, high):
    (c,) = extract_claims(text)
    assert (c.value.text, c.interval.low.text, c.interval.high.text) == (value, low, high)


def test_a_value_with_its_unit_and_a_bare_pair_without_a_ci_header_has_no_interval():
    (c,) = extract_claims("The median was 43 months (20-78).")
    assert (c.kind, c.value.text, c.interval) == ("duration", "43", None)


def test_a_difference_of_two_rates_set_against_each_other_is_checked_whatever_their_arms(lint_doc):
    # no arm named: the context gives both rates one arm, yet "34.0% vs 15.3%" is a pair
    text = "# Remission\n\nCR/CRh: 34.0% vs 15.3%, a difference of 8.6 percentage points.\n"
    (found,) = _at(lint_doc(text), "A004")
    assert found == (3, "stated difference 8.6 percentage points, but 34.0% − 15.3% = 18.7 percentage points")
    ok = "# Remission\n\nCR/CRh: 34.0% vs 15.3%, a difference of 18.6 percentage points.\n"
    assert _at(lint_doc(ok), "A004") == []


# ------------------------------------------------------------------ A002 in more layouts (issue 11)
@pytest.mark.parametrize("text, line_value", [
    # two rates, then their two intervals in the same order, joined by "and"
    ("Projected two-year survival was 20.6% and 14.2% (95% CIs 15.8 to 26.0 and 15.3 to 21.6).", "14.2"),
    # the interval named by its level, a few words after its estimate
    ("Overall, the hazard ratio for death was 0.64, with a 95% confidence interval from 0.69 to 0.83.", "0.64"),
    ("Two-year survival reached 20.6% in the gilteritinib group; the 95% CI was 21.8 to 26.0.", "20.6"),
    # a bare pair in brackets right after a named ratio
    ("Survival favoured gilteritinib (HR 0.64 [0.69, 0.83]).", "0.64"),
    ("Survival favoured gilteritinib: hazard ratio 0.64 (0.69-0.83).", "0.64"),
])
def test_an_interval_that_misses_its_estimate_is_a002_in_other_layouts(lint_doc, text, line_value):
    found = _at(lint_doc("# Survival\n\n" + text + "\n"), "A002")
    assert len(found) == 1 and found[0][0] == 3 and line_value in found[0][1], found
    assert "does not contain its estimate" in found[0][1]


@pytest.mark.parametrize("text", [
    "Projected two-year survival was 20.6% and 14.2% (95% CIs 15.8 to 26.0 and 8.3 to 21.6).",
    "Overall, the hazard ratio for death was 0.64, with a 95% confidence interval from 0.49 to 0.83.",
    "Survival favoured gilteritinib (HR 0.64 [0.49, 0.83]).",
    # whose interval is it? two rates before it, or words naming a difference: never guessed
    "Two-year survival was 20.6% vs 14.2%, with a 95% CI of 0.9 to 12.0.",
    "Survival was longer with gilteritinib (20.6% at two years), a difference with a 95% CI of 0.9 to 12.0.",
    "Two-year survival was 20.6% with gilteritinib and 14.2% with chemotherapy; the 95% CI was 0.9 to 12.0.",
    # three rates, two intervals: which two they are of is a guess
    "Survival at one and two years was 37.1%, 20.6% and 14.2% (95% CIs 15.8 to 26.0 and 8.3 to 13.6).",
])
def test_an_interval_that_holds_its_estimate_or_has_no_single_owner_is_not_a002(lint_doc, text):
    assert _at(lint_doc("# Survival\n\n" + text + "\n"), "A002") == []


# ------------------------------------------------------------------ A001: n/N, then its percentage
@pytest.mark.parametrize("text, flagged", [
    ("Deaths were frequent in both arms (chemotherapy: 97/124, 87.2%).", True),
    ("Deaths were frequent in both arms (chemotherapy: 97/124, 78.2%).", False),
    ("Two-year survivors (49/247; 29.8%) were followed up.", True),
    ("Two-year survivors (49/247; 19.8%) were followed up.", False),
    ("| Outcome | Gilteritinib | Chemotherapy |\n|---|---|---|\n| Alive at 2 years | 49/247, 19.8% | 14/124, 12.3% |", True),
    ("| Outcome | Gilteritinib | Chemotherapy |\n|---|---|---|\n| Alive at 2 years | 49/247, 19.8% | 14/124, 11.3% |", False),
    # the percentage is not the n/N's: it goes on to other words
    ("Of the responders, 49/247, 29.8% of whom relapsed, were followed up.", False),
])
def test_an_n_over_n_then_its_percentage_after_a_comma_must_agree(lint_doc, text, flagged):
    found = _at(lint_doc("# Outcomes\n\n" + text + "\n"), "A001")
    assert bool(found) == flagged, found
    if flagged:
        assert found[0][0] >= 3 and "does not round to the stated" in found[0][1]


def test_references_in_brackets_after_a_ratio_are_no_interval(lint_doc):
    text = "# Survival\n\nSurvival favoured gilteritinib (hazard ratio 0.64 [12, 14]).\n"
    assert _at(lint_doc(text), "A002") == []


@pytest.mark.parametrize("text, flagged", [
    ("Deaths were frequent in both arms (chemotherapy: 97 of 124, 87.2%).", True),
    ("Deaths were frequent in both arms (chemotherapy: 97 of 124, 78.2%).", False),
    ("Deaths were frequent in both arms (chemotherapy: 87.2%; 97 of 124).", True),
    ("Deaths were frequent in both arms (chemotherapy: 78.2%; 97 of 124).", False),
    ("Of 124 patients given chemotherapy, 97 of 124, 87.2% of whom had relapsed, died.", False),
])
def test_n_of_n_then_its_percentage_after_a_comma_must_agree(lint_doc, text, flagged):
    found = _at(lint_doc("# Outcomes\n\n" + text + "\n"), "A001")
    assert bool(found) == flagged, found
    if flagged:
        assert found[0] == (3, "97/124 is 78.23%, which does not round to the stated 87.2%")


@pytest.mark.parametrize("text, bounds", [
    ("hazard ratio 0.64 [0.49, 0.83]", (0.49, 0.83)),
    ("OR 1.8 (1.2-2.7)", (1.2, 2.7)),
    ("HR 0.64 [12, 14]", None),
])
def test_a_bracketed_pair_after_a_named_ratio_is_its_interval(text, bounds):
    (c,) = [c for c in extract_claims(text) if c.kind == "ratio"]
    got = (c.interval.low.value, c.interval.high.value) if c.interval else None
    assert got == bounds


def test_reversed_bounds_of_a_bracketed_pair_after_a_ratio_are_a003(lint_doc):
    found = _at(lint_doc("# Survival\n\nSurvival favoured gilteritinib (HR 0.64 [0.83, 0.49]).\n"), "A003")
    assert len(found) == 1 and found[0][0] == 3


# ------------------------------------------------------------------ A004: the rates of its own sentence or row
@pytest.mark.parametrize("text, line", [
    # the difference before the two rates it compares, with no rates before it
    ("# Remission\n\nResponse with BESPONSA beat standard care by 40.1 percentage points (80.7% vs 29.4%).\n", 3),
    # two rates whose arms the context cannot tell, set side by side with "compared with"
    ("# Remission\n\nRemission rate: 80.7% compared with 29.4%; absolute gain of 41.3 percentage points.\n", 3),
    # the two rates of the sentence in other clauses, arms in other words
    ("# Remission\n\nOne arm reached 80.7%, the other only 29.4%, a gap of 61.3 percentage points.\n", 3),
    # in a table row: the difference in its own column
    ("# Remission\n\n| Endpoint | Arm A | Arm B | Gap |\n|---|---|---|---|\n"
     "| Remission | 80.7% | 29.4% | 31.3 percentage points |\n", 5),
])
def test_a_difference_is_judged_against_the_two_rates_of_its_own_sentence_or_row(lint_doc, text, line):
    found = _at(lint_doc(text), "A004")
    assert [f[0] for f in found] == [line]
    assert "80.7% − 29.4% = 51.3 percentage points" in found[0][1]


@pytest.mark.parametrize("text", [
    "# Remission\n\nResponse with BESPONSA beat standard care by 51.3 percentage points (80.7% vs 29.4%).\n",
    "# Remission\n\nRemission rate: 80.7% compared with 29.4%; absolute gain of 51.3 percentage points.\n",
    # a difference the library publishes one decimal off the two written rates' difference (rounding)
    "# Remission\n\nOne arm reached 80.7%, the other only 29.4%, a gap of 51.2 percentage points.\n",
    # its own sentence holds the pair; the previous sentence's rates are another comparison
    "# Remission\n\nMRD negativity: 78.4% vs 28.1%. Remission was 80.7% vs 29.4%, 51.3 percentage points apart.\n",
])
def test_a_right_difference_of_its_own_sentence_is_clean(lint_doc, text):
    assert _at(lint_doc(text), "A004") == []


# ------------------------------------------------------------------ A005: the figures of its own clause first
@pytest.mark.parametrize("text, line, ratio", [
    ("# Safety\n\nNausea was more than twice as frequent on EXAMPLIMAB (31.0% vs 19.2%).\n", 3, "1.61"),
    ("# Safety\n\n- Rash: 12.0% vs 9.5%\n- Patients on EXAMPLIMAB had rash about three times as often "
     "(12.0% vs 9.5%)\n", 4, "1.26"),
    ("# Outcomes\n\nTime to progression was nearly four times as long (5.1 vs 2.6 months).\n", 3, "1.96"),
    # its own clause has the pair; the other clause of the sentence has a pair that would fit
    ("# Outcomes\n\nORR 60.0% vs 20.0%; DFS at one year was twice as high (44.0% vs 30.0%).\n", 3, "1.47"),
])
def test_ratio_wording_is_judged_against_the_pair_of_its_own_clause(lint_doc, text, line, ratio):
    found = _at(lint_doc(text), "A005")
    assert [f[0] for f in found] == [line]
    assert f"a ratio of {ratio}" in found[0][1]


@pytest.mark.parametrize("text", [
    # the previous sentence's pair does not fit; its own pair does
    "# Outcomes\n\nORR was 60.0% vs 55.0%. DFS at one year was more than twice as high (44.0% vs 20.0%).\n",
    "# Outcomes\n\nTime to progression was nearly four times as long (7.6 vs 2.0 months).\n",
    "# Outcomes\n\nAbout three times as many patients responded (31.0% vs 11.0%).\n",
    # written figures stand for ± ½ their last digit: 2.8 / 0.7 may be just under 4
    "# Outcomes\n\nMedian DFS was nearly four times as long (2.8 vs 0.7 months).\n",
    # three rates in its sentence: which two it compares is a guess
    "# Outcomes\n\nORR was 60.0%, 41.0% and 20.0%, more than twice as high in the first arm.\n",
])
def test_ratio_wording_its_own_figures_support_is_clean(lint_doc, text):
    assert _at(lint_doc(text), "A005") == []


# ------------------------------------------------------------------ A002: an interval in the bracket of a rate's own n/N
@pytest.mark.parametrize("text", [
    "# Remission\n\nResponders 80.7% (88/109; 95% CI 72.1-87.7) vs 29.4% (32/109; 95% CI 21.0-38.8)\n",
    "Remission\n\nArm A ....... 80.7% (88/109; 95% CI 72.1-87.7) versus 29.4% (32/109; 95% CI 21.0-38.8)\n",
    "# Remission\n\n- Remitted: 29.4% (32/109; 95% CI, 21.0-38.8) with standard care\n",
])
def test_intervals_after_each_rates_own_n_over_n_holding_their_rates_are_clean(lint_doc, text):
    assert _at(lint_doc(text), "A002") == []


@pytest.mark.parametrize("text, line, estimate", [
    ("# Remission\n\nResponders 80.7% (88/109; 95% CI 72.1-87.7) vs 19.4% (21/109; 95% CI 21.0-38.8)\n", 3, "19.4"),
    ("# Remission\n\nResponders 90.7% (99/109; 95% CI 72.1-87.7) vs 29.4% (32/109; 95% CI 21.0-38.8)\n", 3, "90.7"),
    ("Remission\n\nArm B ......... 29.4% (32/109; 95% CI 31.0-38.8)\n", 3, "29.4"),
])
def test_an_interval_after_a_rates_own_n_over_n_that_misses_the_rate_is_a002(lint_doc, text, line, estimate):
    found = _at(lint_doc(text), "A002")
    assert [f[0] for f in found] == [line]
    assert f"does not contain its estimate {estimate}" in found[0][1]


# ------------------------------------------------------------------ A002: an interval in a table cell of its own
_ROW_LAYOUT = ("# Results\n\n| | Arm A | Arm B |\n|---|---|---|\n| Remission, % | 80.7 | {b} |\n"
               "| (95% CI) | (72.1–87.7) | (21.0–38.8) |\n")
_COLUMN_LAYOUT = ("# Results\n\n| Outcome | Hazard ratio | 97.5% CI | P value |\n|---|---|---|---|\n"
                  "| Death | {b} | 0.57 to 0.99 | 0.01 |\n")
_HTML_LAYOUT = ("<html><body><table><tr><th></th><th>Arm A</th><th>Arm B</th></tr>\n"
                "<tr><td>Remitted</td><td>80.7%</td><td>{b}%</td></tr>\n"
                "<tr><td>95% CI</td><td>72.1-87.7</td><td>21.0-38.8</td></tr></table></body></html>\n")


@pytest.mark.parametrize("layout, fmt, wrong, right, line", [
    (_ROW_LAYOUT, "markdown", "41.9", "29.4", 5),
    (_COLUMN_LAYOUT, "markdown", "0.45", "0.75", 5),
    (_HTML_LAYOUT, "html", "39.4", "29.4", 2),
])
def test_an_interval_in_a_cell_of_its_own_is_checked_against_the_estimate_cell(linter, layout, fmt, wrong, right, line):
    from claimcheck.documents import read_bytes

    def run(b):
        doc = read_bytes("draft." + ("md" if fmt == "markdown" else "html"), layout.format(b=b).encode())
        return _at(linter.lint_document(doc), "A002")
    found = run(wrong)
    assert [f[0] for f in found] == [line]
    assert f"does not contain its estimate {wrong}" in found[0][1]
    assert run(right) == []


def test_counts_under_or_before_an_interval_cell_are_no_estimate(linter):
    from claimcheck.documents import read_bytes
    text = ("# T\n\n| Arm | N | 95% CI |\n|---|---|---|\n| A | 109 | 72.1-87.7 |\n\n"
            "| | Arm A | Arm B |\n|---|---|---|\n| Responders, n | 88 | 32 |\n| 95% CI | 72.1-87.7 | 21.0-38.8 |\n")
    assert _at(linter.lint_document(read_bytes("t.md", text.encode())), "A002") == []


# ------------------------------------------------------------------ A004: a difference written in "points"
@pytest.mark.parametrize("text, line", [
    ("# Remission\n\nRemission: 80.7% in one arm against 29.4% in the other, a 41.3-point gap.\n", 3),
    ("# Remission\n\nRemission was 31.3 points higher in arm A (80.7% vs 29.4%).\n", 3),
])
def test_a_difference_in_points_the_rates_of_its_clause_do_not_give_is_a004(lint_doc, text, line):
    found = _at(lint_doc(text), "A004")
    assert [f[0] for f in found] == [line]
    assert "80.7% − 29.4% = 51.3 percentage points" in found[0][1]


@pytest.mark.parametrize("text", [
    "# Remission\n\nRemission: 80.7% in one arm against 29.4% in the other, a 51.3-point gap.\n",
    # a score, and rates of another clause
    "# Outcomes\n\nWell-being was 9 points higher on the symptom scale (80.7% vs 29.4% improved).\n",
    "# Outcomes\n\nFatigue improved by 6 points; remission was 80.7% vs 29.4%.\n",
    "# Outcomes\n\nA 4-point gain in function was seen.\n",
])
def test_points_that_fit_or_are_no_difference_of_the_rates_are_clean(lint_doc, text):
    assert _at(lint_doc(text), "A004") == []
