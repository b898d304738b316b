"""Numbers beside runs of blanks (an HTML entity decoded in place keeps its source width), a CI
followed by more inside its brackets, and ">" list items in plain text (issue 11, phase 3)."""

from claimcheck.claims import extract_claims, normalise_numbers
from claimcheck.sentences import sentence_spans


def _one(text, kind):
    found = [c for c in extract_claims(text) if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_percent_sign_after_a_wide_blank():
    text = "Molecular response in 62.5      % of those treated."
    c = _one(text, "percentage")
    assert c.value.value == 62.5
    assert text[c.start:c.end] == "62.5      %"


def test_month_unit_after_a_wide_blank():
    c = _one("Median time to progression 11.2       months.", "duration")
    assert c.value.value == 11.2 and c.unit == "months"


def test_interval_bound_after_a_decoded_dash_keeps_its_width():
    text = "Risk of progression fell (HR 0.81; 95% CI 0.66\u2013      0.98)."
    c = _one(text, "ratio")
    assert c.interval is not None
    assert (c.interval.low.value, c.interval.high.value, c.interval.level) == (0.66, 0.98, 95.0)
    assert text[c.interval.end - 5:c.interval.end] == " 0.98"  # offsets are the original text's


def test_p_value_after_a_decoded_sign():
    c = _one("The difference held (P<      0.01).", "p-value")
    assert c.value.value == 0.01 and c.comparator == "<"


def test_single_spaces_leave_the_text_uncopied():
    text = "A rate of 33.3% with HR 0.6."
    assert normalise_numbers(text) == (text, None)


def test_interval_followed_by_a_p_value_in_the_same_brackets():
    c = _one("Death was less likely: HR 0.68 (95% CI, 0.51-0.90; P = 0.007).", "ratio")
    assert c.interval is not None and (c.interval.low.value, c.interval.high.value) == (0.51, 0.90)


def test_a_bullet_dash_on_the_next_line_is_not_a_range():
    text = "Outcomes:\n- Relapse-free at one year: 55.5%\n- 23.1% needed a transfusion\n"
    values = sorted(c.value.value for c in extract_claims(text) if c.kind == "percentage")
    assert values == [23.1, 55.5]


def _sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_quote_marks_used_as_bullets_make_one_item_each():
    text = ("Key results\n\n"
            "  > Progression-free survival: 8.1 vs 4.0 months\n"
            "  > Response rate 41% vs 19%\n"
            "  > 12 patients stopped for toxicity\n"
            "Dosing follows.")
    got = _sentences(text)
    assert "> Progression-free survival: 8.1 vs 4.0 months" in got
    assert "> Response rate 41% vs 19%" in got
    assert "> 12 patients stopped for toxicity" in got
    assert "Dosing follows." in got


def test_a_wrapped_e_mail_quote_stays_joined():
    text = "Dear team,\n\n> Our reading of the data is that the\n> benefit held in older adults.\n\nBest"
    assert "> Our reading of the data is that the\n> benefit held in older adults." in _sentences(text)


def test_a_range_wrapped_before_to_is_still_a_range():
    text = "Response rates with older regimens range from 25%\nto 40% in this setting."
    assert [c for c in extract_claims(text) if c.kind == "percentage"] == []
