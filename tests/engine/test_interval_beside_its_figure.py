"""A confidence interval written right beside its figure, however the two are separated, is the figure's own
and is compared bound by bound with the interval the claims library holds for the matched entry (V001 at
its line when a bound differs): a middle dot or bullet ("78.4% (69/88) · 95% CI 68.4–86.5"), a dash,
a semicolon, a colon or a comma, with or without the rate's own n/N, in Markdown and HTML table cells, a
Markdown cell broken with "<br>", plain-text rows with dotted leaders and prose; a duration
("7.7 months · 95% CI ...") and a named ratio ("hazard ratio 0.64 • 95% CI ...") too; an interval after a
few words naming the group and a comma ("22.8% in the BESPONSA arm, 95% CI 16.7 to 29.6"). Before, only an
interval in brackets or after a rate's own n/N with nothing but a ";" or "," between was read, so an
edited bound in the other layouts went unreported.

Never the interval of a comparison: one written after the second of two figures set against each other
("80.7% vs 29.4%, 95% CI ...") is not given to the second figure, nor an interval in the next table cell.
Texts written for this test, with the facts of the shipped claims library."""

from __future__ import annotations

import pytest

US = "---\nmarket: US\n---\n"
INO = US + "# BESPONSA (inotuzumab ozogamicin)\n\nINO-VATE ALL compared BESPONSA with standard chemotherapy.\n\n"
GIL = US + "# XOSPATA (gilteritinib)\n\nADMIRAL compared XOSPATA with salvage chemotherapy.\n\n"
INO_HTML = ("<html><body><h1>BESPONSA (inotuzumab ozogamicin)</h1><p>INO-VATE ALL compared BESPONSA with "
            "standard chemotherapy.</p>\n")
VALUE_RULES = {"V001", "V002", "A001", "A002"}

# (file extension, head, template, the right bounds {lo}/{hi} as the library holds them, a changed bound):
# each template writes {lo}-{hi} beside one figure, the other figures with their right intervals
LAYOUTS = {
    "markdown cells, middle dot after n/N": (
        "md", INO,
        "| Outcome (patients with CR/CRi) | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
        "| MRD-negative | 78.4% (69/88) · 95% CI {lo}–{hi} | 28.1% (9/32) · 95% CI 13.7–46.7 |\n",
        ("68.4", "86.5"), ("70.4", None)),
    "markdown cells, bullet, no n/N": (
        "md", INO,
        "| Survival at 2 years | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
        "| Overall survival rate | 22.8% • 95% CI {lo}-{hi} | 10.0% • 95% CI 5.7-15.5 |\n",
        ("16.7", "29.6"), (None, "31.6")),
    "markdown cells, second arm, dash": (
        "md", INO,
        "| Outcome (patients with CR/CRi) | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
        "| MRD-negative | 78.4% (69/88) — 95% CI 68.4 to 86.5 | 28.1% (9/32) — 95% CI {lo} to {hi} |\n",
        ("13.7", "46.7"), ("15.7", None)),
    "markdown cell broken with <br>": (
        "md", INO,
        "| Outcome (patients with CR/CRi) | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
        "| MRD-negative | 78.4% (69/88)<br>95% CI {lo}–{hi} | 28.1% (9/32)<br>95% CI 13.7–46.7 |\n",
        ("68.4", "86.5"), (None, "88.5")),
    "html cells, middle dot": (
        "html", INO_HTML,
        "<table><tr><th>Outcome</th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>\n"
        "<tr><td>Overall survival at 2 years</td><td>22.8% &middot; 95% CI {lo}&ndash;{hi}</td>"
        "<td>10.0% &middot; 95% CI 5.7&ndash;15.5</td></tr></table>\n",
        ("16.7", "29.6"), ("14.7", None)),
    "html cells, semicolon and colon": (
        "html", INO_HTML,
        "<table><tr><th>Outcome</th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>\n"
        "<tr><td>Median overall survival</td><td>7.7 months; 95% CI: 6.0-9.2</td>"
        "<td>6.2 months; 95% CI: {lo}-{hi}</td></tr></table>\n",
        ("4.7", "8.3"), (None, "9.3")),
    "dotted leaders, middle dot": (
        "txt", INO,
        "Median overall survival\n"
        "  BESPONSA .................. 7.7 months · 95% CI {lo}–{hi}\n"
        "  Standard chemotherapy ..... 6.2 months · 95% CI 4.7–8.3\n",
        ("6.0", "9.2"), ("6.5", None)),
    "dotted leaders, n/N then colon": (
        "txt", INO,
        "MRD negativity among patients with CR/CRi\n"
        "  BESPONSA .................. 78.4% (69/88); 95% CI: {lo}-{hi}\n"
        "  Standard chemotherapy ..... 28.1% (9/32); 95% CI: 13.7-46.7\n",
        ("68.4", "86.5"), (None, "84.5")),
    "prose, comma after the rate": (
        "md", INO,
        "At 2 years, overall survival was 22.8%, 95% CI {lo} to {hi}, with BESPONSA; with standard "
        "chemotherapy it was 10.0% (95% CI 5.7 to 15.5).\n",
        ("16.7", "29.6"), ("18.7", None)),
    "prose, comma after words naming the arm": (
        "md", INO,
        "Two-year overall survival was 10.0% in the standard chemotherapy arm, 95% CI {lo}-{hi}, and 22.8% "
        "in the BESPONSA arm (95% CI 16.7-29.6).\n",
        ("5.7", "15.5"), (None, "17.5")),
    "prose, square-bracketed bounds after a dash": (
        "md", GIL,
        "Projected 2-year survival: XOSPATA 20.6% – 95% CI [{lo}, {hi}]; salvage chemotherapy 14.2% – "
        "95% CI [8.3, 21.6].\n",
        ("15.8", "26.0"), ("17.8", None)),
    "named ratio, bullet": (
        "md", GIL,
        "| Outcome | XOSPATA vs salvage chemotherapy |\n|---|---|\n"
        "| Overall survival | hazard ratio 0.64 • 95% CI {lo}–{hi} |\n",
        ("0.49", "0.83"), (None, "0.93")),
}


def _found(lint_piece, layout: str, lo: str, hi: str) -> list:
    ext, head, template, _, _ = LAYOUTS[layout]
    return lint_piece(head + template.format(lo=lo, hi=hi), f"piece.{ext}", rules=VALUE_RULES)


def _line_of(layout: str) -> int:
    """The line (1-based, in the file as written) of the template's interval."""
    ext, head, template, _, _ = LAYOUTS[layout]
    return (head + template).split("{lo}")[0].count("\n") + 1


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_library_interval_beside_its_figure_is_clean(lint_piece, layout):
    lo, hi = LAYOUTS[layout][3]
    assert _found(lint_piece, layout, lo, hi) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_changed_bound_beside_its_figure_is_v001_at_its_line(lint_piece, layout):
    (lo, hi), (wrong_lo, wrong_hi) = LAYOUTS[layout][3], LAYOUTS[layout][4]
    found = _found(lint_piece, layout, wrong_lo or lo, wrong_hi or hi)
    assert [f.rule for f in found] == ["V001"], found
    assert found[0].line == _line_of(layout)
    assert (wrong_lo or wrong_hi) in found[0].message


def test_an_interval_after_two_figures_set_against_each_other_is_not_the_second_ones(lint_doc):
    # "vs" sets the second rate against the first: the interval after it may be the comparison's
    for sep in (" · ", ", ", "; "):
        text = (INO + "Two-year overall survival: 22.8% vs 10.0%" + sep + "95% CI 7.1-18.5 for the "
                "difference.\n")
        assert lint_doc(text, rules=VALUE_RULES) == [], sep


def test_an_interval_in_the_next_cell_is_not_the_figures(lint_doc):
    # a cell boundary is no separator: the interval column may be a comparison's
    text = (INO + "| Outcome | BESPONSA | Standard chemotherapy | 95% CI of the difference |\n|---|---|---|---|\n"
            "| Overall survival at 2 years | 22.8% | 10.0% | 95% CI 5.1-20.5 |\n")
    assert lint_doc(text, rules=VALUE_RULES) == []


def test_a_markdown_cell_broken_before_an_interval_of_another_row_is_not_read_across_it(lint_doc):
    # the figure's cell closes on its own line: the next line's interval is not the figure's
    text = (INO + "| Outcome | BESPONSA |\n|---|---|\n| Overall survival at 2 years | 22.8% |\n"
            "95% CI 18.7-29.6 in a sensitivity analysis of the same arm.\n")
    assert lint_doc(text, rules=VALUE_RULES) == []


def test_extraction_gives_the_interval_to_its_figure():
    from claimcheck.claims import extract_claims

    claims = extract_claims("Rate 41.2% (33/80) · 95% CI 30.3–52.8; median 5.1 months — 95% CI 3.9 to 6.6.")
    assert [(c.kind, str(c.interval.low), str(c.interval.high)) for c in claims if c.interval] == [
        ("percentage", "30.3", "52.8"), ("duration", "3.9", "6.6")]
