"""F002: an exploratory disclaimer is recognised by its concept (descriptive, hypothesis-generating,
no formal comparison made …) and its reach by the structure of the piece: a list of subgroup
figures is one unit with its lead-in (a disclaimer right after the list covers every item), and a
heading that names the analysis ("Post hoc findings …") makes its passage one unit (a disclaimer
under the same heading covers it, however many sentences away). Texts written for this test."""

from __future__ import annotations

import textwrap

import pytest

from rulepack_helpers import EU_INDICATION

IND = EU_INDICATION


@pytest.fixture
def linter(full_linter):
    return full_linter


def f002(lint_piece, body, name="piece.md"):
    text = textwrap.dedent(body).lstrip() + f"\n{IND}\n"
    return [f.line for f in lint_piece(text, name, market="EU", rules="F002", lint_file=True)]


@pytest.mark.parametrize("bullet", ["-", "*", "1."])
def test_a_disclaimer_right_after_a_list_of_subgroup_figures_covers_every_item(lint_piece, bullet):
    items = ["in first salvage, 87.7% with BESPONSA", "with 90% or more CD22-positive blasts, 84.6% with BESPONSA",
             "aged 55 or over, 80.0% with BESPONSA", "in second salvage, 70.6% with BESPONSA"]
    listed = "\n".join(f"{bullet if bullet != '1.' else f'{k + 1}.'} {it}" for k, it in enumerate(items))
    assert f002(lint_piece, f"""\
# CR/CRi by baseline subgroup

CR/CRi rates in the subgroups of INO-VATE ALL:

{listed}

Subgroup figures are hypothesis-generating only.
""") == []


def test_a_disclaimer_far_after_a_list_does_not_cover_it(lint_piece):
    assert f002(lint_piece, """\
# CR/CRi by baseline characteristic

CR/CRi rates in the subgroups of INO-VATE ALL:

- in first salvage, 87.7% with BESPONSA
- in second salvage, 70.6% with BESPONSA

Responses were assessed by investigators. Remissions were durable. Most patients were adults.
Transplant followed for many. Subgroup figures are hypothesis-generating only.
""") == [8]


def test_a_heading_naming_the_analysis_makes_its_section_one_unit(lint_piece):
    assert f002(lint_piece, """\
# BESPONSA in relapsed ALL

## Post hoc view by salvage line

In a post hoc subgroup analysis, CR/CRi was reached by 87.7% of BESPONSA patients in first salvage.
Chemotherapy gave lower rates in that line.
Later lines also responded.
Response was investigator-assessed.
Many responders went on to transplant.
All of the above is exploratory; interpret it with caution.
""") == []


def test_a_disclaimer_under_another_heading_does_not_cover_it(lint_piece):
    assert f002(lint_piece, """\
# BESPONSA in relapsed ALL

## Post hoc view by salvage line

In a post hoc subgroup analysis, CR/CRi was reached by 87.7% of BESPONSA patients in first salvage.
Chemotherapy gave lower rates in that line.
Later lines also responded.
Response was investigator-assessed.

## Methods

Many responders went on to transplant.
The analysis above is exploratory; interpret it with caution.
""") == [8]


@pytest.mark.parametrize("disclaimer", [
    "These figures are descriptive; no formal comparison was made.",
    "No formal statistical testing was performed on these subgroups.",
    "The subgroups were not formally compared.",
])
def test_a_reworded_disclaimer_is_recognised(lint_piece, disclaimer):
    assert f002(lint_piece, f"""\
# Subgroups

In a subgroup analysis, 87.7% of BESPONSA patients in first salvage reached CR/CRi. {disclaimer}
""") == []


def test_through_a_list_a_disclaimer_naming_another_endpoint_covers_only_that(lint_piece):
    found = f002(lint_piece, """\
# Outcomes by salvage line

- In a post hoc analysis, 87.7% of BESPONSA patients in first salvage reached CR/CRi.
- Among them, most reached it after one cycle.
- Median overall survival in first salvage was 8.5 months.
- Median overall survival in second salvage was 6.6 months.

The overall survival comparisons are descriptive.
""")
    assert found == [6]
