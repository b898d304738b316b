"""An n/N and its percentage in sibling cells of one table row ("| 23/164 | 14% |") are checked
against each other (A001), in Markdown, HTML and plain-text tables; correct rows stay clean (issue 11)."""

from __future__ import annotations

import pytest


HEAD = "Market: EU\n\nBESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"

TABLES = [
    ("md", "| Arm | Proceeded to HSCT, n/N | % |\n|---|---|---|\n"
           "| BESPONSA | 79/164 | {a} |\n| Standard chemotherapy | 35/162 | {b} |\n"),
    ("md", "| Outcome | BESPONSA n/N | BESPONSA % | Chemotherapy n/N | Chemotherapy % |\n|---|---|---|---|---|\n"
           "| Proceeded to HSCT | 79/164 | {a} | 35/162 | {b} |\n"),
    ("html", "<table><tr><th>Arm</th><th>Patients transplanted, n/N</th><th>Rate</th></tr>"
             "<tr><td>BESPONSA</td><td>79/164</td><td>{a}</td></tr>"
             "<tr><td>Chemotherapy</td><td>35/162</td><td>{b}</td></tr></table>\n"),
    ("txt", "Arm                      Transplanted, n/N     Rate\n"
            "BESPONSA                 79/164                {a}\n"
            "Standard chemotherapy    35/162                {b}\n"),
]


def _a001(lint_piece, ext, body):
    if ext == "html":
        body = "<html><body><p>" + HEAD.replace("\n\n", "</p><p>") + "</p>" + body + "</body></html>"
    else:
        body = HEAD + body
    return [(f.rule, f.found) for f in lint_piece(body, f"piece.{ext}", rules="A001")]


@pytest.mark.parametrize("ext, table", TABLES)
def test_sibling_cells(lint_piece, ext, table):
    assert _a001(lint_piece, ext, table.format(a="48.2%", b="21.6%")) == []
    assert _a001(lint_piece, ext, table.format(a="48%", b="22%")) == []
    assert _a001(lint_piece, ext, table.format(a="40.2%", b="21.6%")) == [("A001", "40.2%")]
    assert _a001(lint_piece, ext, table.format(a="48.2%", b="25.6%")) == [("A001", "25.6%")]


def test_a_percentage_with_more_in_its_cell_is_not_paired(lint_piece):
    table = ("| Arm | n/N | Rate |\n|---|---|---|\n"
             "| BESPONSA | 79/164 | 40.2% (95% CI 32.1-48.0) |\n")
    assert _a001(lint_piece, "md", table) == []
