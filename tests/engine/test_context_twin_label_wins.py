"""A row whose own label names a state both as what was measured and, after it, whom it was counted
in ("MRD-negative among patients in remission: 78.4% vs 28.1%") measures that state: the outcome a
section heading, a list's lead-in or the row before names ("Remission", "CR/CRi") is not carried
into it (context.py _read_twins, _twin_measured_in). Texts written for this test, in several layouts;
facts of the shipped BESPONSA library (CR/CRi 80.7% vs 29.4%; MRD negativity among CR/CRi 78.4%
vs 28.1%)."""

from __future__ import annotations

import pytest


RULES = {"V001", "V002", "U001"}

LAYOUTS = {
    "bullets-under-heading": ("md", (
        "# BESPONSA in relapsed or refractory B-cell precursor ALL\n\n"
        "## Remission and depth of response\n\n"
        "BESPONSA was tested against standard chemotherapy in INO-VATE ALL.\n\n"
        "- **CR/CRi, first 218 randomized:** 80.7% vs 29.4%\n"
        "- **{label}:** {a} vs {b}\n"), 8),
    "plain-lines": ("txt", (
        "BESPONSA for relapsed or refractory B-cell precursor ALL\n\n"
        "Remission with BESPONSA compared with standard chemotherapy\n\n"
        "Remission (CR/CRi): 80.7% vs 29.4%\n"
        "{label}: {a} vs {b}\n"), 6),
    "table-under-lead-in": ("md", (
        "BESPONSA (inotuzumab ozogamicin), INO-VATE ALL.\n\n"
        "Remission rates, BESPONSA vs chemotherapy:\n\n"
        "| Result | BESPONSA | Chemotherapy |\n|---|---|---|\n"
        "| CR/CRi | 80.7% | 29.4% |\n"
        "| {label} | {a} | {b} |\n"), 8),
    "html-list": ("html", (
        "<html><body><h1>BESPONSA in R/R B-cell precursor ALL</h1>\n"
        "<h2>Remission results</h2>\n"
        "<p>INO-VATE ALL compared BESPONSA with standard chemotherapy.</p>\n<ul>\n"
        "<li><b>Complete remission (CR/CRi):</b> 80.7% vs 29.4%</li>\n"
        "<li><b>{label}:</b> {a} vs {b}</li>\n</ul></body></html>\n"), 6),
}

LABELS = ["MRD-negative among responders", "MRD-negative, % of patients in remission",
          "MRD-negative in those with CR/CRi", "MRD-negative rate in CR/CRi responders",
          "MRD negativity in patients with a CR/CRi"]


def _findings(lint_piece, ext: str, text: str) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(text, f"piece.{ext}", rules=RULES))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("label", LABELS)
def test_the_rows_own_label_is_its_outcome(lint_piece, layout, label):
    ext, template, line = LAYOUTS[layout]
    right = template.format(label=label, a="78.4%", b="28.1%")
    assert _findings(lint_piece, ext, right) == []
    changed = template.format(label=label, a="78.4%", b="21.8%")
    assert _findings(lint_piece, ext, changed) == [("V001", line)]


def test_a_bare_subgroup_row_under_an_outcome_heading_is_still_the_population(lint_piece):
    # nothing after the state names whom it was counted in: the row is the subgroup's remission rate
    text = ("BESPONSA (inotuzumab ozogamicin), INO-VATE ALL.\n\n"
            "Remission (CR/CRi) by subgroup, BESPONSA vs chemotherapy:\n\n"
            "- Salvage 1: 87.7% vs 28.8%\n"
            "- Salvage 1: 87.7% vs 38.8%\n")
    assert _findings(lint_piece, "md", text) == [("V001", 6)]
