"""A table whose COLUMN HEADER names the statistic ("Odds ratio", "OR (95% CI)", "Hazard ratio", "HR",
"Relative risk", "Risk ratio") holds that ratio in every cell under it: a bare "8.61" there is a ratio
claim of that kind, its interval taken from a "95% CI" / "97.5% CI" column of the same row (or its own
"x (a-b)" cell), and it is matched against the library like "OR 8.61 (95% CI 1.52-48.86)" in prose.
Before, only a header saying "HR" gave cells a kind, and a table of odds ratios was dropped whole, so a
changed odds ratio went unseen (probe 17: a risk-factor table in an HTML case vignette). A "P value"
column holds p-values. A row of column names one blank line under another table's rows starts a table
of its own (the Markdown reader blanks the separator row), so its header is not read as a data row
of the table above (issue 11)."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims


def _ratios(text):
    out = []
    for c in extract_claims(text):
        iv = (c.interval.low.value, c.interval.high.value, c.interval.level) if c.interval else None
        out.append((c.kind, c.ratio_kind, c.value.value if c.value else None, iv))
    return out


# ---------------------------------------------------------------- extraction, no claims library

@pytest.mark.parametrize("header, kind", [
    ("Odds ratio", "odds-ratio"), ("OR", "odds-ratio"), ("Adjusted OR", "odds-ratio"),
    ("Hazard ratio", "hazard-ratio"), ("HR", "hazard-ratio"),
    ("Relative risk", "relative-risk"), ("Risk ratio", "relative-risk"), ("RR", "relative-risk"),
])
def test_a_ratio_header_gives_its_kind_and_the_ci_column_its_interval(header, kind):
    text = (f"| Predictor | {header} | 95% CI |\n|---|---|---|\n"
            "| Smoking (current vs never) | 2.37 | 1.41-3.98 |\n"
            "| Body-mass index >30 | 1.12 | 0.88-1.43 |\n")
    assert _ratios(text) == [("ratio", kind, 2.37, (1.41, 3.98, 95.0)), ("ratio", kind, 1.12, (0.88, 1.43, 95.0))]


def test_a_ratio_with_its_interval_in_its_own_cell_under_a_header_that_names_the_level():
    text = ("| Subgroup | Relative risk (97.5% CI) |\n|---|---|\n"
            "| Women | 0.81 (0.66–0.99) |\n| Men | 0.93 (0.74–1.17) |\n")
    assert _ratios(text) == [("ratio", "relative-risk", 0.81, (0.66, 0.99, 97.5)),
                             ("ratio", "relative-risk", 0.93, (0.74, 1.17, 97.5))]


def test_plain_text_aligned_table_of_odds_ratios():
    from claimcheck.documents.text import read_text  # the .txt reader writes the cell boundaries
    text = ("Predictors of grade 3 rash (multivariable model)\n\n"
            "  Predictor               Odds ratio    97.5% CI\n"
            "  ----------------------------------------------\n"
            "  Prior rash              3.40          1.25-9.27\n"
            "  Age 70 years or older   0.72          0.31-1.66\n")
    doc = read_text("t.txt", text.encode())
    assert _ratios(doc.text) == [("ratio", "odds-ratio", 3.4, (1.25, 9.27, 97.5)),
                                 ("ratio", "odds-ratio", 0.72, (0.31, 1.66, 97.5))]


def test_html_table_of_hazard_ratios_with_a_p_value_column(tmp_path):
    from claimcheck.documents import read_document
    path = tmp_path / "t.html"
    path.write_text("<html><body><p>Outcomes.</p><table><thead><tr><th>Endpoint</th><th>Hazard ratio</th>"
                    "<th>95% CI</th><th>P value</th></tr></thead><tbody>"
                    "<tr><td>Death from any cause</td><td>0.58</td><td>0.44&ndash;0.77</td><td>&lt;0.001</td></tr>"
                    "<tr><td>Relapse</td><td>0.91</td><td>0.70&ndash;1.18</td><td>0.47</td></tr>"
                    "</tbody></table></body></html>", encoding="utf-8")
    got = [(c.kind, c.text, c.ratio_kind, c.comparator) for c in extract_claims(read_document(path).text)]
    assert got == [("ratio", "0.58", "hazard-ratio", None), ("p-value", "<0.001", None, "<"),
                   ("ratio", "0.91", "hazard-ratio", None), ("p-value", "0.47", None, "=")]


def test_a_p_value_column_holds_p_values_only():
    text = ("| Endpoint | Drug X | Placebo | p-value |\n|---|---|---|---|\n"
            "| Response rate, % | 41.5 | 20.2 | 0.003 |\n"
            "| Events, n | 12 | 30 | 4 |\n")  # "4" under "p-value" is no p-value
    got = [(c.kind, c.text) for c in extract_claims(text) if c.kind == "p-value"]
    assert got == [("p-value", "0.003")]


def test_header_naming_two_ratios_or_the_word_or_gives_no_ratio():
    two = "| Factor | HR or OR |\n|---|---|\n| Prior rash | 1.8 |\n"
    assert [c for c in extract_claims(two) if c.kind == "ratio"] == []
    word = "| Event | grade 3 or 4 |\n|---|---|\n| Rash | 1.8 |\n"
    assert [c for c in extract_claims(word) if c.kind == "ratio"] == []


def test_a_table_one_blank_line_under_another_has_its_own_header():
    text = ("| Outcome | Drug X | Placebo |\n|---|---|---|\n| Response rate, % | 41.5 | 20.2 |\n\n"
            "| Factor | Odds ratio | 95% CI |\n|---|---|---|\n| Prior rash | 3.40 | 1.25-9.27 |\n\n"
            "| Endpoint | Hazard ratio | 97.5% CI | P value |\n|---|---|---|---|\n| Death | 0.58 | 0.44-0.77 | 0.002 |\n")
    got = [(c.kind, c.text, c.ratio_kind) for c in extract_claims(text)]
    assert got == [("percentage", "41.5", None), ("percentage", "20.2", None),
                   ("ratio", "3.40", "odds-ratio"), ("ratio", "0.58", "hazard-ratio"), ("p-value", "0.002", None)]


# ---------------------------------------------------------------- matched against the claims library

VOD_MD = ("BESPONSA (inotuzumab ozogamicin): VOD after follow-up HSCT, multivariate analysis of risk factors "
          "(exploratory, not powered; interpret with caution).\n\n"
          "| Factor | {h} | 95% CI |\n|---|---|---|\n"
          "| Prior HSCT (yes vs no) | {a} | 1.17–31.00 |\n"
          "| Age ≥55 years | 4.08 | 0.82–20.37 |\n")

VOD_TXT = ("BESPONSA (inotuzumab ozogamicin): VOD after follow-up HSCT, multivariate analysis of risk factors "
           "(exploratory, not powered; interpret with caution).\n\n"
           "  Risk factor                       {h}      95% CI\n"
           "  -------------------------------------------------------\n"
           "  Dual-alkylator conditioning       {a}         1.52-48.86\n"
           "  Prior HSCT (yes vs no)            6.02         1.17-31.00\n")

VOD_HTML = ("<html><body><p>BESPONSA (inotuzumab ozogamicin): VOD after follow-up HSCT, multivariate analysis "
            "(exploratory, not powered; interpret with caution).</p><table><caption>Risk factors for VOD after HSCT"
            "</caption><thead><tr><th>Factor</th><th>{h}</th><th>95% CI</th></tr></thead><tbody>"
            "<tr><td>Age ≥55 years</td><td>{a}</td><td>0.82–20.37</td></tr>"
            "<tr><td>Prior HSCT (yes vs no)</td><td>6.02</td><td>1.17–31.00</td></tr></tbody></table></body></html>")

OS_MD = ("XOSPATA (gilteritinib) in ADMIRAL.\n\n"
         "| Endpoint | HR | 95% CI |\n|---|---|---|\n| Overall survival | {a} | 0.49–0.83 |\n"
         "| Event-free survival | 0.79 | 0.58–1.09 |\n")

CASES = [
    (VOD_MD, "piece.md", "Odds ratio", "6.02", "9.02"),
    (VOD_MD, "piece.md", "OR", "6.02", "6.20"),
    (VOD_TXT, "piece.txt", "Odds ratio", "8.61", "6.81"),
    (VOD_HTML, "piece.html", "Odds ratio", "4.08", "4.80"),
    (OS_MD, "piece.md", None, "0.64", "0.46"),
]


def _rules(lint_piece, template, name, header, value):
    text = template.format(h=header, a=value) if header else template.format(a=value)
    return sorted({f.rule for f in lint_piece(text, name, rules=("V001", "V002", "A002", "U001"))})


@pytest.mark.parametrize("template, name, header, right, wrong", CASES)
def test_correct_ratio_column_is_clean(lint_piece, template, name, header, right, wrong):
    assert _rules(lint_piece, template, name, header, right) == []


@pytest.mark.parametrize("template, name, header, right, wrong", CASES)
def test_changed_ratio_in_a_ratio_column_is_found(lint_piece, template, name, header, right, wrong):
    got = _rules(lint_piece, template, name, header, wrong)
    assert "V001" in got or "A002" in got


def test_a_percentage_header_that_abbreviates_a_rate_rr_is_no_ratio():
    text = "| Subgroup | RR, % | 95% CI |\n|---|---|---|\n| Women | 41.2 | 33.0-49.8 |\n"
    assert _ratios(text) == [("percentage", None, 41.2, (33.0, 49.8, 95.0))]


def test_a_ratio_header_that_also_names_its_p_value_holds_ratios():
    text = "| Endpoint | HR; P value |\n|---|---|\n| Death | 0.58 |\n"
    assert _ratios(text) == [("ratio", "hazard-ratio", 0.58, None)]


def test_a_ratio_column_wins_over_the_unit_of_the_row_label():
    text = ("| Outcome | Drug X | Placebo | HR |\n|---|---|---|---|\n"
            "| Median time to relapse, months | 10.4 | 3.9 | 0.52 |\n")
    assert [(k, rk, v) for k, rk, v, _ in _ratios(text)] == [("duration", None, 10.4), ("duration", None, 3.9),
                                                            ("ratio", "hazard-ratio", 0.52)]
