"""A subgroup named by a heading or lead-in line narrows the analysis population its row names:
"Subgroup: first remission of 12 months or longer" over "- CR/CRi, remission-analysis population:
86.8% vs 39.5%" is the subgroup's figure (86.8%), not the whole remission-analysis population's
(80.7%) written wrong. A wrong figure under such a heading is still flagged. Texts written for this
test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

HEAD = ("BESPONSA (inotuzumab ozogamicin) vs standard chemotherapy in INO-VATE ALL.\n\n"
        "The remission analysis counted the first 218 patients randomized; overall survival counted all 326.\n\n")
RULES = {"V001", "V002", "U001"}


def _findings(lint_doc, body):
    return sorted((f.rule, f.line) for f in lint_doc(HEAD + body + "\n", "d.txt", rules=RULES))


@pytest.mark.parametrize("body", [
    "### Subgroup: Salvage 1\n\nCR/CRi in the first 218 randomized: 87.7% (95% CI, 77.9-94.2) vs 28.8%.\n",
    "Subgroup: DoR >=12 months\nCR/CRi in the first 218 randomized: 86.8% vs 39.5%.\n",
    "  Subgroup: high tumor burden(c)\n    CR/CRi in the first 218 randomized: 77.9% versus 24.4%.\n",
])
def test_heading_subgroup_narrows_the_rows_population(lint_doc, body):
    assert _findings(lint_doc, body) == []


@pytest.mark.parametrize("body", [
    "### Subgroup: Salvage 1\n\nCR/CRi in the first 218 randomized: 84.7% (95% CI, 77.9-94.2) vs 28.8%.\n",
    "Subgroup: DoR >=12 months\nCR/CRi in the first 218 randomized: 83.8% vs 39.5%.\n",
])
def test_a_wrong_figure_under_the_subgroup_heading_is_still_flagged(lint_doc, body):
    assert [r for r, _ in _findings(lint_doc, body)] in (["V001"], ["U001"])


def test_without_the_heading_the_rows_population_decides(lint_doc):
    body = "Remission\nCR/CRi in the first 218 randomized: 86.8% vs 39.5%.\n"
    assert _findings(lint_doc, body) != []
