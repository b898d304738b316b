"""Bare numbers in table cells take their kind from the row label or the column header (issue 11)."""

from claimcheck.checks.packs.text import Scope, TextIndex
from claimcheck.claims import extract_claims


def _cells(text):
    return [(c.kind, c.text, c.value.value if c.value else None, c.unit, c.n) for c in extract_claims(text)]


def test_row_label_gives_months_to_bare_cells():
    text = ("| Outcome | Drug X | Placebo |\n"
            "|---|---|---|\n"
            "| Median time to relapse, months | 10.4 | 3.9 |\n")
    assert _cells(text) == [("duration", "10.4", 10.4, "months", None), ("duration", "3.9", 3.9, "months", None)]
    c = extract_claims(text)[0]
    assert text[c.start:c.end] == "10.4"


def test_count_and_bracketed_percentage_under_an_n_percent_label():
    text = ("| | Drug X (n=60) | Placebo (n=58) |\n"
            "|---|---|---|\n"
            "| Overall response, n (%) | 27 (45.0) | 9 (15.5) |\n")
    got = [g for g in _cells(text) if g[0] == "percentage"]
    assert got == [("percentage", "27 (45.0)", 45.0, "%", 27), ("percentage", "9 (15.5)", 15.5, "%", 9)]


def test_column_header_gives_the_unit_when_the_label_does_not():
    text = ("Event | Rate (%)\n"
            "Rash | 12.5\n"
            "Nausea | 8\n")
    assert [(k, v) for k, _, v, *_ in _cells(text)] == [("percentage", 12.5), ("percentage", 8)]


def test_hazard_ratio_row():
    text = "| Endpoint | Value |\n|---|---|\n| Hazard ratio for progression | 0.62 |\n"
    (c,) = extract_claims(text)
    assert c.kind == "ratio" and c.ratio_kind == "hazard-ratio" and c.value.value == 0.62


def test_cells_of_unknown_meaning_and_the_header_row_are_left_alone():
    text = ("| Visit | Week | Sites |\n"
            "|---|---|---|\n"
            "| Screening | 2 | 14 |\n"
            "| 12 | 7.5 | 3 |\n")
    assert extract_claims(text) == []


def test_a_cell_already_read_is_not_read_twice():
    text = "| Endpoint | Arm A |\n|---|---|\n| Responders, % | 40.2% (95% CI, 31.0-49.9) |\n"
    got = extract_claims(text)
    assert len(got) == 1 and got[0].interval is not None


def test_a_disclaimer_just_under_a_table_covers_all_its_rows():
    text = ("Post hoc results\n\n"
            "| Group | A | B |\n"
            "| Median survival, months | 11.1 | 8.2 |\n"
            "| Median duration of response, months | 6.3 | 4.4 |\n"
            "| Median time on treatment, months | 4.0 | 3.1 |\n"
            "| Median follow-up, months | 20.7 | 19.9 |\n"
            "These analyses were exploratory and not powered.\n")
    index = TextIndex(text)
    ok = [index.sentence_index(text.index("These analyses"))]
    first_row = index.sentence_index(text.index("11.1"))
    assert index.table_of(first_row)[1] >= index.sentence_index(text.index("20.7"))
    assert Scope("sentences", 3).satisfied(index, first_row, ok)
    far = "Post hoc results\n\nMedian survival was 11.1 months. " + "Another sentence. " * 5 + text.split("\n")[-2]
    far_index = TextIndex(far)
    assert not Scope("sentences", 3).satisfied(far_index, far_index.sentence_index(far.index("11.1")),
                                                [far_index.sentence_index(far.index("These analyses"))])


def test_a_bare_cell_takes_the_unit_of_the_other_cells_of_its_row():
    text = ("                     Drug X | Placebo\n"
            "Time to relapse .... 10.4 | 3.9 months (HR 0.58)\n")
    got = [(c.kind, c.text, c.unit) for c in extract_claims(text) if c.kind == "duration"]
    assert got == [("duration", "10.4", "months"), ("duration", "3.9 months", "months")]


def test_a_plain_text_table_without_a_header_row():
    text = ("Responders ........ 51.0% | 22.5%\n"
            "Time on drug ...... 5.1 | 2.0 months\n")
    got = [(c.kind, c.value.value) for c in extract_claims(text)]
    assert got == [("percentage", 51.0), ("percentage", 22.5), ("duration", 5.1), ("duration", 2.0)]


def test_a_row_mixing_units_gives_a_bare_cell_none():
    text = "| | A | B | C |\n|---|---|---|---|\n| Outcome | 4.4 | 12% | 6.1 months |\n"
    assert "4.4" not in [c.text for c in extract_claims(text)]


def test_a_header_naming_arm_sizes_is_still_a_header():
    text = ("Event, n (%) | Drug X (n = 80) | Placebo (n = 78)\n"
            "Headache | 12 (15) | 7 (9)\n")
    got = [(c.kind, c.value.value, c.n) for c in extract_claims(text) if c.kind == "percentage"]
    assert got == [("percentage", 15.0, 12), ("percentage", 9.0, 7)]


def test_a_ci_row_gives_each_estimate_above_it_its_interval():
    text = ("| | Drug X | Placebo |\n"
            "|---|---|---|\n"
            "| Disease control, % | 61.5 | 38.0 |\n"
            "| 95% CI | 52.3\u201370.1 | 29.4\u201347.2 |\n")
    got = [c for c in extract_claims(text) if c.kind == "percentage"]
    assert [(c.value.value, c.interval.low.value, c.interval.high.value, c.interval.level) for c in got] == [
        (61.5, 52.3, 70.1, 95.0), (38.0, 29.4, 47.2, 95.0)]
    assert text[got[0].interval.start:got[0].interval.end] == "52.3\u201370.1"


def test_a_ci_row_under_a_row_without_estimates_changes_nothing():
    text = "| | A | B |\n|---|---|---|\n| Sites | Europe | Asia |\n| 95% CI | 1.0-2.0 | 3.0-4.0 |\n"
    assert extract_claims(text) == []


def _intervals(text):
    return [(c.value.value, (c.interval.low.value, c.interval.high.value, c.interval.level) if c.interval else None)
            for c in extract_claims(text) if c.value is not None]


def test_a_ci_column_gives_the_estimate_on_its_left_its_interval():
    text = ("| Outcome | Drug X, % | 95% CI | Placebo, % | 95% CI |\n"
            "|---|---|---|---|---|\n"
            "| Objective response | 41.6 | 33.2-50.3 | 12.4 | 7.0-19.9 |\n")
    assert _intervals(text) == [(41.6, (33.2, 50.3, 95.0)), (12.4, (7.0, 19.9, 95.0))]


def test_a_ci_column_of_a_hazard_ratio_and_of_durations():
    text = ("| Endpoint | Drug X | Placebo | HR | CI |\n"
            "|---|---|---|---|---|\n"
            "| Median TTP, months | 9.1 | 4.4 | 0.58 | 0.41 to 0.82 |\n")
    got = _intervals(text)
    assert got[-1] == (0.58, (0.41, 0.82, None)) and got[0] == (9.1, None) and got[1] == (4.4, None)


def test_a_range_column_is_not_a_ci_column_and_two_figures_on_the_left_take_nothing():
    text = ("| Outcome | Drug X | Range | Placebo, n (%) | 95% CI |\n"
            "|---|---|---|---|---|\n"
            "| Response, % | 41.6 | 30.2-50.3 | 12.4% vs 10.1% | 7.0-19.9 |\n")
    got = _intervals(text)
    assert len(got) == 3 and all(iv is None for _, iv in got)
