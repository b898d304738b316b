"""A002 for a confidence interval that excludes its own estimate in plain-text notations (footnote
markers, line wraps, a semicolon between bare bounds in square brackets: "hazard ratio 0.77 [0.80;
0.99]"); A005 for "n in d" proportions written with digits ("nearly 3 out of 4", "about 2 in 3") set
against the percentage they paraphrase in the same or the next sentence; A001 for an n/N whose
percentage it does not give inside an HTML table cell."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _rule(lint_piece, text, rule, ext="txt"):
    return lint_piece(HEAD + text + "\n", f"p.{ext}", rules=rule)


CI_FORMS = [
    "Overall survival: HR {e} (95% CI, {lo} to {hi})*",
    "Overall survival was longer with BESPONSA (HR={e}; 95% CI {lo}-{hi}).",
    "The hazard ratio {e} [{lo}; {hi}] favoured BESPONSA.",
    "The hazard ratio was {e} [95% CI: {lo}; {hi}].\u00b9",
    "* Overall survival hazard ratio {e} (95% CI, {lo}\nto {hi}); stratified log-rank.",
    "\u2020 HR {e} ({lo}, {hi}) for overall survival.",
]


@pytest.mark.parametrize("form", CI_FORMS)
def test_ratio_interval_that_excludes_its_estimate(lint_piece, form):
    assert len(_rule(lint_piece, form.format(e="0.77", lo="0.80", hi="0.99"), "A002")) == 1, form
    assert _rule(lint_piece, form.format(e="0.77", lo="0.60", hi="0.99"), "A002") == [], form


DURATION_FORMS = [
    "Median OS was {e} mo (95% CI {lo}\u2013{hi}) with BESPONSA.\u00b9",
    "\u2020 Median OS {e} months (95% CI {lo}-{hi}) vs 6.2 months.",
    "Median overall survival {e} mo (95% confidence interval {lo} to {hi}).",
]


@pytest.mark.parametrize("form", DURATION_FORMS)
def test_duration_interval_that_excludes_its_estimate(lint_piece, form):
    assert len(_rule(lint_piece, form.format(e="7.7", lo="8.0", hi="9.2"), "A002")) == 1, form
    assert _rule(lint_piece, form.format(e="7.7", lo="6.0", hi="9.2"), "A002") == [], form


def test_square_bracket_citations_are_no_interval(lint_piece):
    assert _rule(lint_piece, "The hazard ratio was 0.77 [12; 13] in the final analysis.", "A002") == []
    assert _rule(lint_piece, "Median OS was 7.7 months [3; 4].", "A002") == []


WRONG_PROPORTIONS = [
    "With chemotherapy, 29.4% of patients achieved CR/CRi. In other words, nearly 3 out of 4 patients.",
    "With BESPONSA, 80.7% of patients achieved CR/CRi: about 2 in 3 patients.",
    "Around 1 in 10 patients on chemotherapy achieved CR/CRi (29.4%).",
    "Nearly three in four patients on chemotherapy (29.4%) achieved CR/CRi.",
    "CR/CRi was achieved by 80.7% of BESPONSA patients \u2014 roughly 1 in 3.",
]


@pytest.mark.parametrize("text", WRONG_PROPORTIONS)
def test_proportion_that_misstates_its_rate(lint_piece, text):
    assert len(_rule(lint_piece, text, "A005")) == 1, text


@pytest.mark.parametrize("text", [
    "About 3 in 4 patients on BESPONSA (80.7%) achieved CR/CRi.",
    "With BESPONSA, 80.7% of patients achieved CR/CRi: about 4 in 5 patients.",
    "With chemotherapy, 29.4% of patients achieved CR/CRi, or nearly 1 in 3.",
    "With chemotherapy, 29.4% of patients achieved CR/CRi. That is nearly 3 in 10 patients.",
    # digits that are no proportion
    "Grade 3 in 4 patients and grade 4 in 2 patients (2.5%).",
    "Patients received 2 out of 4 planned cycles; 80.7% achieved CR/CRi.",
    "Doses 2-3 in 6 patients were delayed; 29.4% had CR/CRi with chemotherapy.",
])
def test_proportion_that_fits_or_is_none_is_clean(lint_piece, text):
    assert _rule(lint_piece, text, "A005") == [], text


HTML = ("<html><body><h1>BESPONSA in relapsed or refractory ALL</h1>\n"
        "<p>In the phase 3 INO-VATE ALL study of BESPONSA:</p>\n<table>\n"
        "<thead><tr><th>Endpoint</th><th>BESPONSA</th><th>Chemotherapy</th></tr></thead>\n<tbody>\n{row}\n"
        "</tbody></table></body></html>\n")
CELLS = [
    "<tr><td>CR/CRi</td><td>{n}/109 (80.7%)</td><td>32/109 (29.4%)</td></tr>",
    "<tr><td>CR/CRi, n/N (%)</td><td><strong>{n}/109</strong> (80.7%)</td><td>32/109 (29.4%)</td></tr>",
    "<tr><td>CR/CRi</td><td>{n}/109<br>(80.7%)</td><td>32/109<br/>(29.4%)</td></tr>",
    "<tr><th scope=\"row\">CR/CRi, n/N (%)</th><td>{n}/109 (80.7)</td><td>32/109 (29.4)</td></tr>",
    "<tr><td>CR/CRi</td>\n  <td>\n    {n}/109&nbsp;(80.7%)\n  </td>\n  <td>32/109 (29.4%)</td></tr>",
]


@pytest.mark.parametrize("cell", CELLS)
def test_fraction_and_percent_in_an_html_cell(lint_piece, cell):
    wrong = lint_piece(HTML.format(row=cell.format(n=80)), "p.html", rules="A001")
    assert len(wrong) == 1 and "80/109" in wrong[0].message
    assert lint_piece(HTML.format(row=cell.format(n=88)), "p.html", rules="A001") == []
