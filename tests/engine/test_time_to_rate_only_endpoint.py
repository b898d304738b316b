"""A time to (or a duration of) an endpoint the claims library holds only as a rate ("median time to
transplant 11 weeks" where the library holds the transplant rate and no time to it) is a claim no
entry backs: U001 when said of the product or of no arm of its own, even where its clause holds no
generic outcome word (checks/unsupported.py: ``_time_held``). A duration that bounds a group
("transplant within 12 weeks") or the comparator's own figure stays silent."""

from __future__ import annotations

import pytest

RATES = "Significantly more patients proceeded to HSCT with BESPONSA than with standard chemotherapy (48.2% vs 21.6%)."


def _lint(lint_piece, body: str, name: str = "p.md", market: str | None = None):
    head = "# Results\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n"
    return lint_piece(head + body + "\n", name, rules=("V001", "V002", "U001"), market=market)


INVENTED = [
    # a footnote after the rates
    RATES + "\n\n\u2020ITT population, 79/164 vs 35/162; median time to transplant 11 weeks.",
    # a sentence after the rates
    RATES + " The median time to transplant was 9.5 weeks.",
    # a bullet list
    "- HSCT rate: 48.2% vs 21.6%\n- Median time to HSCT with BESPONSA: 10 weeks",
    # abbreviated unit
    "HSCT: 48.2% vs 21.6%; median time to transplant 11 wk.",
    "- Median time to HSCT (BESPONSA): 9 wks",
    # prose with days
    RATES + " Patients on BESPONSA went on to transplant after a median of 64 days.",
]


@pytest.mark.parametrize("body", INVENTED)
def test_an_invented_time_to_transplant_is_unsupported(lint_piece, body):
    found = _lint(lint_piece, body)
    assert [f.rule for f in found] == ["U001"], found
    assert "only as a rate" in found[0].message or "no entry" in found[0].message


def test_eu_decimal_comma(lint_piece):
    body = RATES.replace("48.2", "48,2").replace("21.6", "21,6") + "\n\nThe median time to transplant was 7,4 weeks."
    found = _lint(lint_piece, body, market="EU")
    assert [f.rule for f in found] == ["U001"] and "7.4 weeks" in found[0].message
    assert "arm from the preceding text" in found[0].message  # how sure the reading is


def test_html_paragraphs(lint_piece):
    body = (f"<p>In the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:</p><p>{RATES}</p>"
            "<p>The median time to transplant was 11 weeks.</p>")
    assert [f.rule for f in lint_piece(body, "p.html", rules=("V001", "V002", "U001"))] == ["U001"]


CLEAN = [
    RATES,
    RATES + " Transplant was to take place within 12 weeks of remission.",
    RATES + " Transplant eligibility was assessed every 4 weeks in patients in remission.",
    RATES + " Patients proceeded to HSCT at least 2 weeks after the last dose.",
    "- HSCT rate: 48.2% vs 21.6%\n- Patients proceeded to HSCT after 2 or 3 cycles of treatment",
    # a patient case's story: durations that measure no outcome of the trial
    "Case 1: a transplant-eligible patient with a long first remission. She presents with 2 weeks of night "
    "sweats and fever after BESPONSA.",
    "The patient achieved an MRD-negative CR on BESPONSA but relapsed after a remission lasting only 6 months.",
]


@pytest.mark.parametrize("body", CLEAN)
def test_correct_text_stays_clean(lint_piece, body):
    found = _lint(lint_piece, body)
    assert not [f for f in found if f.rule == "U001" and "only as a rate" in f.message], found


def test_the_comparators_own_figure_is_not_the_products(lint_piece):
    body = RATES + " With standard chemotherapy, the median time to transplant was 14 weeks."
    assert _lint(lint_piece, body) == []


# ---- durations in weeks or days said of the product's patients are claims in general
DURATIONS = [
    "- Median time to response with BESPONSA was 3.1 weeks.",
    "Median duration of hospitalisation was 9 days with BESPONSA.",
    "Patients on BESPONSA spent a median of 9 days in hospital.",
    "| Outcome | BESPONSA |\n|---|---|\n| Time to first response, median | 3.1 weeks |",
    "The median time to neutrophil recovery was 12 days on BESPONSA.",
]


@pytest.mark.parametrize("body", DURATIONS)
def test_an_invented_duration_in_weeks_or_days_is_unsupported(lint_piece, body):
    assert [f.rule for f in _lint(lint_piece, body)] == ["U001"]


DEFINING = [
    "BESPONSA is given on days 1, 8 and 15 of a 21- to 28-day cycle.",
    "Patients aged 18 years or older were enrolled; the data cut-off was 8 March 2016.",
    "Patients were followed for 4 weeks after the last dose of BESPONSA.",
    "Responses were assessed every 4 weeks during BESPONSA treatment.",
]


@pytest.mark.parametrize("body", DEFINING)
def test_a_duration_that_only_defines_stays_silent(lint_piece, body):
    assert _lint(lint_piece, body) == []
