"""A difference written in a bracket opened by a sign or a word of difference, right after the pair it
compares ("7.7 vs 6.2 months (+1.5 months)", "48.2% vs 21.6% (\u0394 26.6 pp)", "(difference: +26.6%)"), is
that pair's difference (claims._bracketed_differences): A004 judges it against the pair; it is never a
figure of its own matched against the claims library (no U001/V001 on it). A wrong one is an A004 at
its line; a right one gives no finding. Durations in their unit ("months", "mo"), rates in points, in
percentage points or in "%"; Markdown, plain text with dotted leaders, HTML, a table cell. Left alone:
a tolerance ("(\u00b13 days)", "(+/-2 days)"), a relative change of the pair in "%", a signed figure
that follows no pair.

Library figures used: BESPONSA median OS 7.7 vs 6.2 months, HSCT 48.2% vs 21.6%, CR/CRi 80.7% vs
29.4%; XOSPATA median OS 9.3 vs 5.6 months, median EFS 2.8 vs 0.7 months, 1-year survival 37.1% vs
16.7%.
"""

from __future__ import annotations

import pytest

US_B = "# BESPONSA in relapsed or refractory ALL\n\n"
EU_X = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"
TXT_X = "XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML\n\n"

#: (head, market, body with {d}, file extension, right difference, wrong difference)
SHAPES = [
    (US_B, None, "Median overall survival: 7.7 vs 6.2 months (+{d} months)", "md", "1.5", "2.5"),
    (US_B, None, "- Median OS with BESPONSA 7.7 months versus 6.2 months with chemotherapy (+{d} mo)\n", "md",
     "1.5", "0.5"),
    (US_B, None, "Overall survival (median) was 7.7 months vs 6.2 months (\u0394 {d} months).", "md", "1.5", "1.9"),
    (US_B, None, "Median OS reached 7.7 vs 6.2 months (difference: +{d} months) in the trial.", "md", "1.5", "2.1"),
    (US_B, None, "Median OS: 6.2 months on chemotherapy vs 7.7 months on BESPONSA (\u2212{d} months)", "md",
     "1.5", "1.0"),
    (US_B, None, "| Endpoint | Result |\n|---|---|\n| Median OS | 7.7 vs 6.2 months [+{d} months] |\n", "md",
     "1.5", "3.5"),
    (EU_X, "EU", "Median event-free survival 2.8 vs 0.7 months (delta = +{d} months; HR 0.79)", "md", "2.1", "1.2"),
    (TXT_X, "EU", "SURVIVAL\n  Median OS ............. 9.3 vs 5.6 months (+{d} months)\n", "txt", "3.7", "4.7"),
    (TXT_X, "EU", "  Median EFS ............ 2.8 vs 0.7 mo  (\u2212{d} mo)\n", "txt", "2.1", "2.8"),
    (US_B, None, "<html><body><h1>BESPONSA</h1><p>Median OS 7.7 vs 6.2 months (+{d} months).</p></body></html>",
     "html", "1.5", "1.7"),
    # rates: the difference in pp, in points, in "%", with a sign or a word of difference
    (US_B, None, "Proceeded to HSCT: 48.2% vs 21.6% (+{d} pp)", "md", "26.6", "36.6"),
    (US_B, None, "HSCT rate 48.2% versus 21.6% (\u0394 {d} points)", "md", "26.6", "22.6"),
    (US_B, None, "Remission (CR/CRi): 80.7% vs 29.4% (difference: +{d} points)", "md", "51.3", "53.1"),
    (US_B, None, "Remission (CR/CRi): 80.7% vs 29.4% (+{d}%)", "md", "51.3", "41.3"),
    (US_B, None, "<html><body><p>Transplant rate 48.2% vs 21.6% (\u2212{d} points) in favour of BESPONSA.</p>"
                 "</body></html>", "html", "26.6", "16.6"),
    (EU_X, "EU", "Alive at 1 year: 37.1% with XOSPATA vs 16.7% with chemotherapy [\u0394 {d}%]", "md", "20.4",
     "24.0"),
    (TXT_X, "EU", "  1-year survival ...... 37.1% vs 16.7%  (+{d} percentage points)\n", "txt", "20.4", "14.0"),
]


def _line_of(text: str, needle: str, market: str | None) -> int:
    if market:  # lint_piece declares the market in a front matter of three lines
        text = f"---\nmarket: {market}\n---\n" + text
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _on_difference(findings, value: str) -> list:
    """The findings of rules that would read the difference as a figure of its own (or misjudge it)."""
    return [f for f in findings if f.rule == "A004" or (f.rule in ("U001", "V001") and (f.found or "").startswith(value))
            or (f.rule == "U001" and f.message.startswith(value))]


@pytest.mark.parametrize("head, market, body, ext, right, wrong", SHAPES)
def test_a_signed_difference_after_its_pair_is_checked_by_arithmetic(lint_piece, head, market, body, ext, right,
                                                                    wrong):
    rules = ("A004", "U001", "V001")
    clean = lint_piece(head + body.format(d=right) + "\n", f"piece.{ext}", rules=rules, market=market)
    assert _on_difference(clean, right) == [], (body, [(f.rule, f.message) for f in clean])
    text = head + body.format(d=wrong) + "\n"
    found = lint_piece(text, f"piece.{ext}", rules=rules, market=market)
    a004 = [f for f in found if f.rule == "A004"]
    assert len(a004) == 1, (body, [(f.rule, f.message) for f in found])
    assert wrong in a004[0].found and right in a004[0].message
    assert a004[0].line == _line_of(text, wrong, market)
    # the difference is never read as an arm's own figure
    assert [f for f in _on_difference(found, wrong) if f.rule == "U001"] == []


def test_the_probe_shape_in_a_dotted_leader_wallchart(lint_piece):
    # a plain-text chart: the difference after the pair on a dotted-leader row, its interval rows below
    chart = ("XOSPATA 40 mg tablets - reference chart\n\n"
             " Efficacy (phase 3, relapsed/refractory FLT3m AML)\n"
             " Median survival ........ 9.3 vs 5.6 months ({d})\n"
             "                          HR 0.64 (95% CI 0.49-0.83)\n"
             " Alive at one year ...... 37.1% vs 16.7% (20.4-point difference)\n")
    clean = lint_piece(chart.format(d="+3.7 months"), "chart.txt", rules=("A004", "U001", "V001"), market="EU")
    assert clean == []
    wrong = lint_piece(chart.format(d="+4.7 months"), "chart.txt", rules=("A004", "U001", "V001"), market="EU")
    assert [(f.rule, f.line) for f in wrong] == [("A004", 7)]  # three lines of front matter, then the chart
    assert "9.3 − 5.6 = 3.7 months" in wrong[0].message


@pytest.mark.parametrize("body", [
    # a relative change of the pair in "%" is no difference of it
    "Remission (CR/CRi): 80.7% vs 29.4% (+174%)",
    # a visit window, a tolerance: no pair set against each other
    "Assessments on day 8 and day 15 (+/-2 days) of each cycle.",
    "Dose on days 1, 8 and 15 (\u00b11 day).",
])
def test_what_is_no_difference_of_a_pair_is_left_alone(lint_piece, body):
    assert lint_piece(US_B + body + "\n", rules="A004") == []


@pytest.mark.parametrize("text", [
    "Median OS was 7.7 months (+1.5 months in the extension)",
    "Median OS was 7.7 months (95% CI 6.0-9.2) (+2 weeks)",
    "Median OS 7.7 months; follow-up 29.6 months (+1.5 months)",
])
def test_a_signed_figure_that_follows_no_pair_is_not_a_pair_difference(text):
    from claimcheck.claims import extract_claims

    assert [c for c in extract_claims(text) if str(c.kind) == "difference"] == []


@pytest.mark.parametrize("text, kind", [
    ("Median OS 7.7 vs 6.2 months (+1.5 months)", "difference"),
    ("Median OS 7.7 months vs 6.2 months (\u0394 1.5 mo)", "difference"),
    ("Median OS 7.7 vs 6.2 months (change: \u22121.5 months)", "difference"),
    ("HSCT 48.2% vs 21.6% (+26.6%)", "pp-difference"),
    ("HSCT 48.2% vs 21.6% (difference, 26.6%)", "pp-difference"),
    ("CR/CRi 80.7% vs 29.4% (+174%)", "percentage"),   # the relative change (80.7 / 29.4 - 1)
    ("CR/CRi 80.7% vs 29.4% (+95%)", "percentage"),    # above both rates: no difference of them
])
def test_extraction_reads_the_bracketed_figure_as_the_pairs_difference(text, kind):
    from claimcheck.claims import extract_claims

    assert str(extract_claims(text)[-1].kind) == kind
