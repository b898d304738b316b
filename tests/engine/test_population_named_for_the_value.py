"""A changed figure whose entry the text names by its population is a mismatch (V001) against that
entry, not an unsupported claim (U001):

- the population named for this very value, next to it ("65% of those treated in first salvage"),
  outweighs another population the sentence names further away ("Among responders, …") or one a
  "respectively" list carried over from a later clause;
- the endpoint's only entry, whose population is the one the text around carries (a heading
  "Safety in children" over "hematoma 9%"), is the entry meant.

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL (INO-VATE ALL).\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, body, head=BES):
    doc = Document(path="d.md", text=head + body + "\n", format="markdown")
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


@pytest.mark.parametrize("template", [
    "Among BESPONSA responders, MRD negativity was reached by {v}% of those treated in first salvage "
    "and by 48% of those in second salvage (post hoc analysis).",
    "In a post hoc analysis of responders, MRD negativity was achieved by {v}% of patients in first salvage "
    "versus 48% in second salvage.",
    "Post hoc: among responders, {v}% of those in first salvage became MRD-negative, compared with 48% "
    "of those in second salvage.",
])
@pytest.mark.parametrize("wrong", ["65", "71", "58"])
def test_the_population_next_to_the_value_names_the_entry(linter, template, wrong):
    assert _findings(linter, template.format(v="68")) == []
    got = _findings(linter, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "68%" in got[0][2]


@pytest.mark.parametrize("template,right,wrong", [
    ("For context, CR/CRi rates in the first 218 patients were {v}% and 29.4%, respectively, and "
     "MRD-negativity rates among those responders were 78.4% and 28.1%.", "80.7", "82.2"),
    ("For context, CR/CRi rates in the first 218 patients were {v}% and 29.4%, respectively, and "
     "MRD-negativity rates among those responders were 78.4% and 28.1%.", "80,7", "82,2"),
])
def test_a_respectively_list_does_not_carry_a_later_population_back(linter, template, right, wrong):
    assert _findings(linter, template.format(v=right)) == []
    got = _findings(linter, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got


PED = ("BESPONSA (inotuzumab ozogamicin) in pediatric patients\n\n"
       "SAFETY IN CHILDREN (single-arm study, 53 pediatric patients 1 year and older)\n")


@pytest.mark.parametrize("template", [
    "- Hemorrhage 42%, including hematoma {v}%, epistaxis 11% and mouth hemorrhage 11%",
    "- Hematoma: {v}%",
    "Hematoma was reported in {v}% of children.",
])
def test_the_only_entry_of_the_population_the_heading_carries(linter, template):
    assert _findings(linter, template.format(v="15"), head=PED) == []
    got = _findings(linter, template.format(v="9"), head=PED)
    assert [g[0] for g in got] == ["V001"], got
    assert "15%" in got[0][2]
