"""A006 for an "n (%)" table whose header cells give no N ("EXAMPLIMAB, n (%)") where the sentence that
introduces the table gives each arm's N ("safety population (XOSPATA n=246; chemotherapy n=109):"): by
the column's name, else in order where the lead-in gives as many Ns as there are such columns. A lead-in
with one total only leaves the cells unjudged; correct cells stay clean (probe 17)."""

from __future__ import annotations

import pytest

HEAD = "# XOSPATA in relapsed or refractory AML\n\n"

LEADS = [
    "Grade 3 or higher adverse reactions in the safety population (XOSPATA n=246; chemotherapy n=109):",
    "Adverse reactions, safety set (chemotherapy n = 109, XOSPATA n = 246) are shown below.",
    "Grade ≥3 events in the treated patients (N = 246 and N = 109):",
]
MD = ("{lead}\n\n| Adverse reaction | XOSPATA, n (%) | Chemotherapy, n (%) |\n|---|---|---|\n"
      "| Anaemia | {a} | 37 (34) |\n| Fatigue | 30 (12) | 6 (6) |\n")
HTML = ("<html><body><p>{lead}</p><table><tr><th>Adverse reaction</th><th>XOSPATA n (%)</th>"
        "<th>Chemotherapy n (%)</th></tr><tr><td>Anaemia</td><td>{a}</td><td>37 (34)</td></tr>"
        "<tr><td>Fatigue</td><td>30 (12)</td><td>6 (6)</td></tr></table></body></html>")


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("ext, form", [("md", MD), ("html", HTML)])
def test_counts_against_lead_in_ns(lint_piece, lead, ext, form):
    body = lambda a: (HEAD if ext == "md" else "") + form.format(lead=lead, a=a)
    assert lint_piece(body("47 (19)"), f"p.{ext}", rules="A006") == []
    wrong = lint_piece(body("47 (29)"), f"p.{ext}", rules="A006")
    assert len(wrong) == 1 and "246" in wrong[0].message


def test_a_single_total_judges_nothing(lint_piece):
    text = HEAD + MD.format(lead="Adverse reactions in the 355 treated patients (N=355):", a="47 (29)")
    assert lint_piece(text, "p.md", rules="A006") == []
