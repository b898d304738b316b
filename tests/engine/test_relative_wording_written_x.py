"""Relative wording written with an "x" ("Nearly 3x the MRD negativity", "more than 2x as many
patients alive at 1 year") is relative wording as "three times" is: A005 when the two figures it
speaks of (its own sentence, or the table row or sentence under it as a heading or lead-in) do not
give the factor; clean when they do. Texts written for this test; facts of the shipped libraries
(MRD negativity among responders 78.4% vs 28.1%: 2.79; ADMIRAL 1-year OS 37.1% vs 16.7%: 2.22)."""

from __future__ import annotations

import pytest

BES = "# BESPONSA (inotuzumab ozogamicin)\n\n"
XOS = "# XOSPATA (gilteritinib)\n\n"
LAYOUTS = {
    "heading-over-pipe-row": (BES, "### {w} the MRD negativity\n\n| | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"
                              "| MRD negativity among responders | 78.4% | 28.1% |\n", "piece.md", 3),
    "bold-lead-in-over-bullet": (BES, "**{w} the MRD negativity**\n- BESPONSA 78.4% vs standard chemotherapy 28.1% "
                                 "(MRD negativity among responders)\n", "piece.md", 3),
    "prose": (BES, "Among responders, BESPONSA gave {w} the MRD negativity of standard chemotherapy (78.4% vs 28.1%).\n",
              "piece.md", 3),
    "html-heading-over-row": ("", "<html><body><h1>BESPONSA (inotuzumab ozogamicin)</h1>\n<h3>{w} the MRD negativity</h3>\n"
                              "<table><tr><th></th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>\n"
                              "<tr><td>MRD negativity among responders</td><td>78.4%</td><td>28.1%</td></tr></table>"
                              "</body></html>\n", "piece.html", 2),
    # a table's caption: the reader blanks "<table><caption>" before its words (a wide opening of blanks)
    "html-caption-over-row": ("", "<html><body><h1>BESPONSA (inotuzumab ozogamicin)</h1>\n<table><caption>{w} the MRD "
                              "negativity</caption>\n<tr><th></th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>\n"
                              "<tr><td>MRD negativity among responders</td><td>78.4%</td><td>28.1%</td></tr></table>"
                              "</body></html>\n", "piece.html", 2),
}


@pytest.mark.parametrize("wording,found", [("Three times as many patients", True), ("More than twice as many patients", False)])
def test_caption_in_words_over_a_row(lint_piece, wording, found):
    text = ("<html><body><h1>XOSPATA (gilteritinib)</h1>\n<table class=\"results\"><caption>" + wording + " alive at "
            "1 year</caption>\n<tr><th></th><th>XOSPATA</th><th>Salvage chemotherapy</th></tr>\n"
            "<tr><td>1-year survival</td><td>37.1%</td><td>16.7%</td></tr></table></body></html>\n")
    assert _a005(lint_piece, text, "piece.html") == ([2] if found else [])


def _a005(lint_piece, text, name):
    return [f.line for f in lint_piece(text, name=name, rules="A005")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("wording", ["Nearly 3x", "Almost 3x", "More than 2x", "2.8x"])
def test_wording_the_figures_support_is_clean(lint_piece, layout, wording):
    head, body, name, _ = LAYOUTS[layout]
    assert _a005(lint_piece, head + body.format(w=wording), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("wording", ["Nearly 5x", "4x", "More than 3x"])
def test_wording_the_figures_do_not_support_is_found(lint_piece, layout, wording):
    head, body, name, line = LAYOUTS[layout]
    assert _a005(lint_piece, head + body.format(w=wording), name) == [line]


@pytest.mark.parametrize("text", [
    XOS + "More than 2x as many patients were alive at 1 year with XOSPATA (37.1% vs 16.7%).\n",
    XOS + "Take the tablet once daily; do not use 2x the dose.\n",
    XOS + "Images were magnified 3x the original size.\n",
])
def test_other_uses_stay_clean(lint_piece, text):
    assert _a005(lint_piece, text, "piece.md") == []


def test_unsupported_factor_in_prose_is_found(lint_piece):
    text = XOS + "Three in a row: 3x as many patients were alive at 1 year with XOSPATA (37.1% vs 16.7%).\n"
    assert _a005(lint_piece, text, "piece.md") == [3]
