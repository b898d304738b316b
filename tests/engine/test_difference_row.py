"""A "Difference (95% CI)" row under a table's rows of rates is the difference between the arms:
read as percentage points and checked (A004 against the rates above, V001 against the library),
in Markdown, HTML and plain-text tables; correct rows stay clean (issue 11)."""

from __future__ import annotations

import pytest


HEAD = "Market: EU\n\nBESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"

TABLES = [
    ("md", "| CR/CRi | BESPONSA | Chemotherapy |\n|---|---|---|\n| Rate, % | 80.7 | 29.4 |\n"
           "| Difference (95% CI) | {d} | |\n"),
    ("md", "| CR/CRi | BESPONSA | Chemotherapy |\n|---|---|---|\n| Patients in CR/CRi, % | 80.7% | 29.4% |\n"
           "| Difference | {d} | |\n"),
    ("html", "<table><tr><th>CR/CRi</th><th>BESPONSA</th><th>Chemotherapy</th></tr>"
             "<tr><td>Rate, %</td><td>80.7</td><td>29.4</td></tr>"
             "<tr><td>Treatment difference (95% CI)</td><td>{d}</td><td></td></tr></table>\n"),
]


def _rules(lint_piece, ext, body):
    if ext == "html":
        body = "<html><body><p>" + HEAD.replace("\n\n", "</p><p>") + "</p>" + body + "</body></html>"
    else:
        body = HEAD + body
    return sorted({f.rule for f in lint_piece(body, f"piece.{ext}", rules=("A004", "V001", "V002", "U001"))})


@pytest.mark.parametrize("ext, table", TABLES)
def test_difference_row(lint_piece, ext, table):
    assert _rules(lint_piece, ext, table.format(d="51.3")) == []
    assert _rules(lint_piece, ext, table.format(d="51.3 (41.9–60.2)")) == []
    assert _rules(lint_piece, ext, table.format(d="41.3 (31.9–50.2)")) == ["A004", "V001"]
    assert _rules(lint_piece, ext, table.format(d="41.3")) == ["A004", "V001"]
