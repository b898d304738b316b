"""A hazard, odds or risk ratio that only its table COLUMN HEADER names ("HR", "Hazard ratio", "OR",
"HR [95% CI]"), written in its cell with its interval however a table writes one: "2.10 (1.30-3.40)"
under "HR", "0.58 (95% CI 0.44-0.77)" or "0.58 [95% CI: 0.44, 0.77]" under "Hazard ratio", "0.81;
0.66-0.99" under "RR (97.5% CI)"; in Markdown, HTML and plain text, a column of dot-leader rows under
a header line that names the ratio over it included. Such a cell is that ratio with its interval (the
level the cell's, else the header's, else unsaid), matched against the library by the row's endpoint,
so a changed estimate or a changed bound is a V001 on its line. Before, a bare "0.58" under "HR" was
a ratio but a cell that also held its interval was no claim at all unless the header named the level
("HR (95% CI)"), and a plain-text column under "HR" was never read, so such edits went unseen.

Negatives: the other figures of such tables stay what they were: a p-value row or column, counts,
months under the arms' columns; two figures after a comma with no interval named are no interval;
prose that names a ratio makes no column. Texts written for this test; facts of the shipped claims
libraries (ADMIRAL OS HR 0.64, 95% CI 0.49-0.83; INO-VATE ALL OS HR 0.75, 97.5% CI 0.57-0.99)."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims


def _claims(text: str):
    out = []
    for c in extract_claims(text):
        iv = (c.interval.low.value, c.interval.high.value, c.interval.level) if c.interval else None
        out.append((c.kind, c.ratio_kind, c.text, iv))
    return out


def _read(tmp_path, name: str, text: str) -> str:
    from claimcheck.documents import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path).text


# ---------------------------------------------------------------- extraction, no claims library

@pytest.mark.parametrize("header, cell, want", [
    ("HR", "2.10 (1.30–3.40)", ("hazard-ratio", "2.10 (1.30–3.40)", (1.3, 3.4, None))),
    ("Odds ratio", "1.85 (95% CI 1.10-3.11)", ("odds-ratio", "1.85 (95% CI 1.10-3.11)", (1.1, 3.11, 95.0))),
    ("Hazard ratio", "0.58 [95% CI: 0.44, 0.77]", ("hazard-ratio", "0.58 [95% CI: 0.44, 0.77]", (0.44, 0.77, 95.0))),
    ("RR (97.5% CI)", "0.81; 0.66–0.99", ("relative-risk", "0.81; 0.66–0.99", (0.66, 0.99, 97.5))),
    ("HR (CI)", "1.42 (1.05 to 1.92)", ("hazard-ratio", "1.42 (1.05 to 1.92)", (1.05, 1.92, None))),
    ("Adjusted OR", "3.2 (CI 1.4-7.3)ᵃ", ("odds-ratio", "3.2 (CI 1.4-7.3)", (1.4, 7.3, None))),
    ("HR vs placebo", "0.70 (0.52–0.94); p=0.02", ("hazard-ratio", "0.70 (0.52–0.94)", (0.52, 0.94, None))),
])
def test_a_ratio_column_cell_holds_the_ratio_and_its_interval(header, cell, want):
    text = (f"| Outcome | Drug A | Drug B | {header} |\n|---|---|---|---|\n"
            f"| Median time to relapse, months | 10.4 | 3.9 | {cell} |\n")
    got = [(rk, t, iv) for k, rk, t, iv in _claims(text) if k == "ratio"]
    assert got == [want]
    # the arms' figures stay durations
    assert [(k, t) for k, _, t, _ in _claims(text)][:2] == [("duration", "10.4"), ("duration", "3.9")]


def test_two_figures_after_a_comma_with_no_interval_named_are_no_interval():
    text = "| Endpoint | Hazard ratio |\n|---|---|\n| Relapse | 0.58, 0.44-0.77 |\n"
    assert _claims(text) == [("ratio", "hazard-ratio", "0.58", None)]


def test_a_row_of_p_values_under_a_ratio_column_holds_p_values():
    text = ("| Endpoint | Drug A | Drug B | HR |\n|---|---|---|---|\n"
            "| Median survival, months | 8.1 | 6.0 | 0.71 (0.55–0.92) |\n"
            "| Two-sided P | | | 0.009 |\n"
            "| Deaths, n | 120 | 75 | |\n")
    assert [(k, t) for k, _, t, _ in _claims(text)] == [
        ("duration", "8.1"), ("duration", "6.0"), ("ratio", "0.71 (0.55–0.92)"), ("p-value", "0.009")]


def test_a_p_value_column_beside_the_ratio_column_keeps_its_p_values():
    text = ("| Endpoint | HR | P |\n|---|---|---|\n| Relapse | 0.71 (0.55–0.92) | 0.009 |\n"
            "| Death | 0.88 [0.70, 1.11] | 0.28 |\n")
    assert [(k, t, iv) for k, _, t, iv in _claims(text)] == [
        ("ratio", "0.71 (0.55–0.92)", (0.55, 0.92, None)), ("p-value", "0.009", None),
        ("ratio", "0.88 [0.70, 1.11]", (0.7, 1.11, None)), ("p-value", "0.28", None)]


def test_html_ratio_column(tmp_path):
    html = ("<html><body><p>Outcomes.</p><table><thead><tr><th>Endpoint</th><th>Drug A</th><th>Drug B</th>"
            "<th>Hazard ratio</th></tr></thead><tbody>"
            "<tr><td>Median survival, months</td><td>8.1</td><td>6.0</td><td>0.71 (95% CI, 0.55&ndash;0.92)</td></tr>"
            "</tbody></table></body></html>")
    got = [(k, rk, iv) for k, rk, _, iv in _claims(_read(tmp_path, "t.html", html))]
    assert got == [("duration", None, None), ("duration", None, None), ("ratio", "hazard-ratio", (0.55, 0.92, 95.0))]


def test_plain_text_dot_leader_rows_under_a_header_naming_the_ratio(tmp_path):
    txt = ("Survival by arm\n\n"
           "Endpoint                     Drug A      Drug B      Hazard ratio\n"
           "Median survival, months .... 8.1         6.0         0.71 (0.55-0.92)\n"
           "Deaths, n .................. 120         75\n"
           "1-year survival, % ......... 38.2        21.5        0.80\n")
    got = [(k, rk, t, iv) for k, rk, t, iv in _claims(_read(tmp_path, "t.txt", txt))]
    # (the leader rows are a table under the header naming the columns, documents/plaintables.py: the
    # arms' figures are read too; "75" of the short "Deaths, n" row stands under Drug B, no ratio)
    assert [g for g in got if g[0] == "ratio"] == [("ratio", "hazard-ratio", "0.71 (0.55-0.92)", (0.55, 0.92, None)),
                                                   ("ratio", "hazard-ratio", "0.80", None)]
    assert [(k, t) for k, _, t, _ in got if k != "ratio"] == [
        ("duration", "8.1"), ("duration", "6.0"), ("percentage", "38.2"), ("percentage", "21.5")]


def test_plain_text_column_of_ratios_beside_a_p_value_column(tmp_path):
    txt = ("Endpoint            Drug A    Drug B    OR      P value\n"
           "Response ........   41        20        2.9     0.004\n")
    got = [(k, rk, t) for k, rk, t, _ in _claims(_read(tmp_path, "t.txt", txt)) if k == "ratio"]
    assert got == [("ratio", "odds-ratio", "2.9")]


def test_prose_naming_a_ratio_makes_no_column(tmp_path):
    txt = ("The HR was not estimated for this subgroup.\n"
           "Patients     treated in the second year ... 12 of 40 relapsed.\n")
    assert [k for k, *_ in _claims(_read(tmp_path, "t.txt", txt)) if k == "ratio"] == []


# ---------------------------------------------------------------- matched against the claims library

XOS_INTRO = "XOSPATA (gilteritinib) versus salvage chemotherapy in ADMIRAL.\n\n"
BES_INTRO = "BESPONSA (inotuzumab ozogamicin) versus standard chemotherapy in INO-VATE ALL.\n\n"


def _md(intro, header, cell, arms=("9.3", "5.6")):
    return (intro + f"| Outcome | Product arm | Comparator arm | {header} |\n|:--|--:|--:|:--|\n"
            f"| Median overall survival, months | {arms[0]} | {arms[1]} | {cell} |\n")


def _html(intro, header, cell, arms=("9.3", "5.6")):
    return (f"<html><body><p>{intro.strip()}</p>\n<table>\n<tr><th>Outcome</th><th>Product arm</th>"
            f"<th>Comparator arm</th><th>{header}</th></tr>\n"
            f"<tr><td>Median overall survival, months</td><td>{arms[0]}</td><td>{arms[1]}</td><td>{cell}</td></tr>\n"
            "</table></body></html>\n")


def _txt(intro, header, cell, arms=("9.3", "5.6")):
    return (intro + f"{'':32}{'Product':<12}{'Comparator':<13}{header}\n"
            f"{'Median overall survival ':.<31} {arms[0]:<12}{arms[1]:<13}{cell}\n")


#: (layout, file name, intro, header, cell template, (estimate, low, high) right, arms)
X = ("0.64", "0.49", "0.83")
B = ("0.75", "0.57", "0.99")
CASES = [
    pytest.param(_md, "p.md", XOS_INTRO, "HR", "{v} ({lo}–{hi})", X, ("9.3", "5.6"), id="md-HR-bare-bounds"),
    pytest.param(_md, "p.md", BES_INTRO, "Hazard ratio", "{v} (97.5% CI {lo}-{hi})", B, ("7.7", "6.2"), id="md-level-in-cell"),
    pytest.param(_md, "p.md", XOS_INTRO, "HR (95% CI)", "{v}; {lo}–{hi}", X, ("9.3", "5.6"), id="md-semicolon"),
    pytest.param(_html, "p.html", XOS_INTRO, "Hazard ratio", "{v} [95% CI: {lo}, {hi}]", X, ("9.3", "5.6"), id="html-level-in-cell"),
    pytest.param(_html, "p.html", BES_INTRO, "HR", "{v} ({lo} to {hi})", B, ("7.7", "6.2"), id="html-HR-bare-bounds"),
    pytest.param(_txt, "p.txt", XOS_INTRO, "HR", "{v} ({lo}-{hi})", X, ("9.3", "5.6"), id="txt-leader-HR"),
    pytest.param(_txt, "p.txt", BES_INTRO, "Hazard ratio", "{v} (97.5% CI, {lo}-{hi})", B, ("7.7", "6.2"), id="txt-leader-level-in-cell"),
    pytest.param(_txt, "p.txt", XOS_INTRO, "HR", "{v}", X, ("9.3", "5.6"), id="txt-leader-bare-estimate"),
]
RULES = ("V001", "V002", "A002", "U001")


def _found(lint_piece, layout, name, intro, header, cell, arms, v, lo, hi):
    text = layout(intro, header, cell.format(v=v, lo=lo, hi=hi), arms)
    line = next(i for i, ln in enumerate(text.splitlines(), start=1) if "Median overall survival" in ln)
    return line, sorted({(f.rule, f.line) for f in lint_piece(text, name, rules=RULES)})


@pytest.mark.parametrize("layout, name, intro, header, cell, right, arms", CASES)
def test_the_right_ratio_in_its_column_is_clean(lint_piece, layout, name, intro, header, cell, right, arms):
    _, found = _found(lint_piece, layout, name, intro, header, cell, arms, *right)
    assert found == []


@pytest.mark.parametrize("layout, name, intro, header, cell, right, arms", CASES)
def test_a_changed_estimate_in_a_ratio_column_is_a_mismatch(lint_piece, layout, name, intro, header, cell, right,
                                                             arms):
    v, lo, hi = right
    wrong = f"{float(v) + 0.09:.2f}"  # still inside the interval: a V001, not only an A002
    line, found = _found(lint_piece, layout, name, intro, header, cell, arms, wrong, lo, hi)
    assert ("V001", line) in found


@pytest.mark.parametrize("layout, name, intro, header, cell, right, arms",
                         [c for c in CASES if "{hi}" in c.values[4]])
def test_a_changed_bound_in_a_ratio_column_is_a_mismatch(lint_piece, layout, name, intro, header, cell, right, arms):
    v, lo, hi = right
    line, found = _found(lint_piece, layout, name, intro, header, cell, arms, v, lo, f"{float(hi) - 0.05:.2f}")
    assert ("V001", line) in found
