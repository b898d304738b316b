"""A007 for arm sizes that do not add up to their total in two layouts missed on probe 17: a bracket
that names the population between the total and the arms ("(N=371 adults with FLT3-mutated AML;
247 XOSPATA, 124 salvage chemotherapy)"), and a plain-text leaflet laid out in two columns with a
"|" between them, where the total and its bracketed sizes are on consecutive lines of one column.
Sizes that add up, and subgroups, stay clean."""

from __future__ import annotations

import pytest

HEAD = "# XOSPATA in relapsed or refractory AML\n\n"

POPULATION = [
    "In ADMIRAL (N={t} adults with FLT3-mutated R/R AML; {a} XOSPATA, {b} salvage chemotherapy), CR/CRh was 34.0% vs 15.3%.",
    "The trial (N = {t} patients in first relapse or refractory: {a} to gilteritinib and {b} to chemotherapy) met its endpoint.",
]


@pytest.mark.parametrize("form", POPULATION)
@pytest.mark.parametrize("ext", ["md", "html"])
def test_population_between_total_and_arms(lint_piece, form, ext):
    def run(t, a, b):
        body = form.format(t=t, a=a, b=b)
        body = HEAD + body if ext == "md" else f"<html><body><p>{body}</p></body></html>"
        return lint_piece(body + "\n", f"p.{ext}", rules="A007")
    assert run(371, 247, 124) == []
    wrong = run(381, 247, 124)
    assert len(wrong) == 1 and "371" in wrong[0].message and "381" in wrong[0].message


def test_population_subgroups_stay_clean(lint_piece):
    text = HEAD + "In ADMIRAL (N=371 adults with R/R AML; median age 62 years, 40 with prior HSCT), OS was longer.\n"
    assert lint_piece(text, "p.md", rules="A007") == []


def _columns(rows):
    return "\n".join(f" {left:<33}|  {right}".rstrip() for left, right in rows) + "\n"


LEAFLET = _columns([
    ("RESULTS · ADMIRAL", "SAFETY (XOSPATA, n=246)"),
    ("{t} patients randomised 2:1", "Differentiation"),
    (" ({a} XOSPATA / {b} chemo)", " syndrome 3%"),
    ("CR/CRh: 34.0% vs 15.3%", "PRES 1% (4/246)"),
    ("Median OS: 9.3 vs 5.6 months", "QT prolongation 9%"),
])


def test_sizes_in_a_bar_column_layout(lint_piece):
    assert lint_piece(HEAD + LEAFLET.format(t=371, a=247, b=124), "p.txt", rules="A007") == []
    wrong = lint_piece(HEAD + LEAFLET.format(t=371, a=257, b=124), "p.txt", rules="A007")
    assert len(wrong) == 1 and "381" in wrong[0].message


def test_bar_column_other_side_is_not_a_part(lint_piece):
    text = HEAD + _columns([
        ("ENROLMENT", "NOTES"),
        ("371 patients randomised 2:1", "(as of data cut-off)"),
        (" (247 XOSPATA / 124 chemo)", "(9 sites / 14 countries)"),
        ("CR/CRh: 34.0% vs 15.3%", "see reference 1"),
    ])
    assert lint_piece(text, "p.txt", rules="A007") == []
