"""A figure of a named subgroup changed to a wrong value -- often another subgroup's figure of the same
endpoint -- is a value mismatch (V001) against the entry of the population the text names, never
unsupported (U001) nor confirmed by the other subgroup's equal figure; a figure that names a narrower
subgroup the library holds is still accepted. The population is named in ways the matcher did not see:

- a column header over dot-leader rows with one leader before the first cell only
  ("Median PFS ......   8.6 months     5.4 months" under "MRD-negative   MRD-positive");
- the state inside an endpoint's longer name, in a sentence stating only durations ("... 14.1 months
  with an MRD-negative best response", "responders who became MRD-negative" wrapped over two lines);
- a box's or table's title line naming the endpoint and its population over "PRODUCT ..... 78.4%"
  (only a near miss of that entry is a mismatch: the endpoint is the context's).

And "MRD-negative rate in CR/CRi" is the MRD-negativity rate (of patients in CR/CRi), not a CR/CRi
rate of an MRD-negative subgroup: a correct figure so labelled is not unsupported. Texts written for
this test; facts of the shipped BESPONSA library (MRD-negative median OS 14.1, PFS 8.6; first
salvage 15.6; MRD-negative with HSCT 19.2; MRD-positive 7.2 and 5.4; MRD negativity in CR/CRi 78.4%
vs 28.1%)."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
RULES = {"V001", "V002", "U001"}


#: the lines before the body: the front matter declaring the market (3) and HEAD (2)
OFFSET = 5


def _findings(lint_piece, body, name):
    return sorted((f.rule, f.line - OFFSET) for f in lint_piece(HEAD + body + "\n", name, rules=RULES, market="US"))


# (body with the right figure, the figure written wrong, the line of the wrong figure in the piece)
LEADER_COLUMNS = (
    "Survival by MRD status (post hoc; patients in CR/CRi)\n"
    "                         MRD-negative      MRD-positive\n"
    "  Median OS ...........  {os} months       7.2 months\n"
    "  Median PFS ..........  {pfs} months        5.4 months\n"
)


@pytest.mark.parametrize("name", ["piece.txt", "piece.md"])
@pytest.mark.parametrize("os_, pfs, line", [
    ("15.6", "8.6", 3),    # the first-salvage subgroup's median OS, in the MRD-negative column
    ("19.2", "8.6", 3),    # the MRD-negative-with-transplant subgroup's
    ("14.1", "9.6", 4),    # a plain slip
    ("14.1", "6.8", 4),
])
def test_leader_row_with_column_gaps_takes_its_column_population(lint_piece, name, os_, pfs, line):
    assert _findings(lint_piece, LEADER_COLUMNS.format(os="14.1", pfs="8.6"), name) == []
    assert _findings(lint_piece, LEADER_COLUMNS.format(os=os_, pfs=pfs), name) == [("V001", line)]


@pytest.mark.parametrize("template", [
    "In a post hoc look at responders, median OS was {v} months with an MRD-negative best response\n"
    "against 7.2 months if MRD-positive; these exploratory data were not powered.",
    "Post hoc (exploratory): BESPONSA responders who\nbecame MRD-negative lived a median of {v} months "
    "(median OS), compared with 7.2 months in those who stayed MRD-positive.",
    "Exploratory post hoc data: responders who became MRD-negative had a median overall survival of {v} "
    "months, vs 7.2 months for patients who remained MRD-positive.",
])
@pytest.mark.parametrize("wrong", ["15.6", "19.2", "12.1"])
def test_state_in_an_endpoint_name_names_the_subgroup(lint_piece, template, wrong):
    assert _findings(lint_piece, template.format(v="14.1"), "piece.txt") == []
    assert _findings(lint_piece, template.format(v=wrong), "piece.txt") == [("V001", 1 + template.count("\n", 0, template.index("{v}")))]


@pytest.mark.parametrize("body", [
    # a narrower subgroup the library holds, named: its own figure is right
    "Post hoc (exploratory): MRD-negative patients who went on to HSCT had a median OS of 19.2 months.",
    "Post hoc (exploratory): median OS was 15.6 months in MRD-negative patients in first salvage.",
    # the state's rate itself, where the sentence states it: not a population
    "Among patients in CR/CRi, 78.4% became MRD-negative with BESPONSA vs 28.1% with chemotherapy.",
])
def test_narrower_subgroup_and_the_state_rate_still_accepted(lint_piece, body):
    assert _findings(lint_piece, body, "piece.txt") == []


BOX = (
    " +------------------------------------------------------+\n"
    " |  MRD negativity in patients achieving CR/CRi          |\n"
    " |     BESPONSA .......................... {v}%          |\n"
    " |     Chemotherapy ...................... 28.1%          |\n"
    " +------------------------------------------------------+\n"
)


@pytest.mark.parametrize("wrong", ["87.4", "78.6", "74.8"])
def test_title_line_over_leader_rows_names_the_population(lint_piece, wrong):
    assert _findings(lint_piece, BOX.format(v="78.4"), "piece.txt") == []
    assert _findings(lint_piece, BOX.format(v=wrong), "piece.txt") == [("V001", 3)]


def test_title_line_figure_far_from_the_entry_stays_unsupported(lint_piece):
    # the endpoint is the context's: a figure far from the entry is as likely another figure
    assert _findings(lint_piece, BOX.format(v="55.0"), "piece.txt") == [("U001", 3)]


@pytest.mark.parametrize("body, name", [
    ("| Endpoint | BESPONSA | Chemotherapy |\n|---|---|---|\n| MRD-negative rate in CR/CRi | 78.4% | 28.1% |",
     "piece.md"),
    ("MRD-negative rate in CR/CRi\n   BESPONSA ................ 78.4%\n   Chemotherapy ............ 28.1%", "piece.txt"),
    ("In the first 218 patients, the MRD-negative rate in CR/CRi was 78.4% with BESPONSA.", "piece.txt"),
    ("The MRD-negative rates among patients in CR/CRi were 78.4% with BESPONSA and 28.1% with chemotherapy, "
     "respectively.", "piece.txt"),
])
def test_state_rate_in_an_outcome_is_the_state_rate(lint_piece, body, name):
    assert _findings(lint_piece, body, name) == []


def test_state_rate_in_an_outcome_written_wrong_is_a_mismatch(lint_piece):
    body = "| Endpoint | BESPONSA | Chemotherapy |\n|---|---|---|\n| MRD-negative rate in CR/CRi | 74.8% | 28.1% |"
    assert _findings(lint_piece, body, "piece.md") == [("V001", 3)]
