"""A change on a scale said of the product ("Quality-of-life scores improved by 12 points on
EXAMPLIMAB", "a 10-point improvement in fatigue", a table row "Change in QoL score, points") is a
claim (claims.py: the "points" pattern, a cell unit "points"); no entry holds it -> U001, whatever
the layout, a Markdown task-list bullet ("- [ ]", "* [x]") included. Points that define a scale or a
threshold ("a 7-point scale", "a 10-point change was prespecified as clinically meaningful") and
points between two rates (percentage points, judged by the arithmetic checks) stay silent."""

from __future__ import annotations

import pytest

HEAD = "# Results\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n"


def _lint(lint_piece, body: str, name: str = "p.md"):
    return lint_piece(HEAD + body + "\n", name, rules=("V001", "V002", "U001"))


INVENTED = [
    "- [ ] Quality-of-life scores improved by 12 points on BESPONSA.",
    "* [x] With BESPONSA, global health status improved by 8.5 points from baseline.",
    "- [ ] Patients treated with BESPONSA reported a 10-point improvement in fatigue.",
    "With BESPONSA, CR/CRi was 80.7% and quality-of-life scores improved by 12 points.",
    "1. BESPONSA improved QoL by 15 points versus standard chemotherapy.",
]


@pytest.mark.parametrize("body", INVENTED)
def test_an_invented_change_in_points_is_unsupported(lint_piece, body):
    found = _lint(lint_piece, body)
    assert [f.rule for f in found] == ["U001"], found
    assert "points" in found[0].message


def test_a_table_row_in_points(lint_piece):
    body = ("| Outcome | BESPONSA (n=164) | Standard chemotherapy (n=162) |\n|---|---|---|\n"
            "| CR/CRi | 80.7% | 29.4% |\n| Change in QoL score, points | 12 | 3 |")
    found = _lint(lint_piece, body)
    assert [(f.rule, f.snippet) for f in found] == [("U001", "12")]


def test_an_html_checklist(lint_piece):
    body = ("<p>In the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:</p>"
            "<ul><li>[ ] Quality-of-life scores improved by 12 points on BESPONSA.</li></ul>")
    assert [f.rule for f in lint_piece(body, "p.html", rules=("V001", "V002", "U001"))] == ["U001"]


CLEAN = [
    "Quality of life was assessed with a 7-point scale and a 100-point questionnaire.",
    "A 10-point change was prespecified as clinically meaningful for BESPONSA.",
    "- [x] CR/CRi with BESPONSA vs standard chemotherapy: 80.7% vs 29.4%, a difference of 51.3 points.",
    "CR/CRi was 51.3 points higher with BESPONSA (80.7% vs 29.4%).",
    "- [ ] Check the boxed warning wording before release.",
]


@pytest.mark.parametrize("body", CLEAN)
def test_definitions_and_differences_of_rates_stay_clean(lint_piece, body):
    assert _lint(lint_piece, body) == []
