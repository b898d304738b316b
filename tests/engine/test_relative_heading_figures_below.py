"""A005 for ratio wording in a heading or a bold lead-in whose figures are below it, in the table row
or the sentence that follows ("**Three times as many patients alive at one year**" over a row "37.1% vs
16.7%": 2.2, not 3). Wording the figures support ("more than twice") stays clean, and so does wording
whose next figures are more than two."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _a005(linter, tmp_path, text: str, ext: str = "md", head: str = HEAD):
    path = tmp_path / f"p.{ext}"
    path.write_text(head + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "A005"]


FORMS = [
    "**{w} patients alive at one year**\n\n| | BESPONSA | Chemotherapy |\n|---|---|---|\n| 1-year OS | 37.1% | 16.7% |",
    "## {w} patients alive at one year\n\nOne-year survival was 37.1% with BESPONSA vs 16.7% with chemotherapy.",
    "**{w} patients alive at one year.** One-year survival was 37.1% with BESPONSA vs 16.7% with chemotherapy.",
    "### {w} patients alive at one year\n\n| Outcome | BESPONSA | Chemotherapy |\n|---|---|---|\n"
    "| 1-year OS | 37.1% | 16.7% |\n| 2-year OS | 22.8% | 10.0% |",
    "**{w} patients alive at 1 year:**\n\n- BESPONSA 37.1% vs chemotherapy 16.7%",
    "{w} patients alive at one year\n\nOne-year OS ........ 37.1% ........ 16.7%",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wording", ["Three times as many", "Nearly four times as many", "3-fold more"])
def test_wording_the_figures_below_do_not_support_is_caught(linter, tmp_path, form, wording):
    assert len(_a005(linter, tmp_path, form.format(w=wording))) == 1


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wording", ["More than twice as many", "Over twice as many", "About twice as many"])
def test_wording_the_figures_below_support_is_clean(linter, tmp_path, form, wording):
    assert _a005(linter, tmp_path, form.format(w=wording)) == []


def test_html_heading(linter, tmp_path):
    page = ("<html><body><h1>BESPONSA</h1><p>In the phase 3 INO-VATE ALL study of BESPONSA:</p>"
            "<h2>{w} patients alive at one year</h2>"
            "<table><tr><th></th><th>BESPONSA</th><th>Chemotherapy</th></tr>"
            "<tr><td>1-year OS</td><td>37.1%</td><td>16.7%</td></tr></table></body></html>")
    assert len(_a005(linter, tmp_path, page.format(w="Three times as many"), ext="html", head="")) == 1
    assert _a005(linter, tmp_path, page.format(w="More than twice as many"), ext="html", head="") == []


@pytest.mark.parametrize("text", [
    # more than two rates below: which pair it speaks of is a guess
    "**Three times as many patients alive**\n\nAt one year 37.1% vs 16.7%, at two years 22.8% vs 10.0%.",
])
def test_not_judged(linter, tmp_path, text):
    assert _a005(linter, tmp_path, text) == []
