"""A changed figure whose sentence names its entry -- the endpoint and the entry's population (a post
hoc MRD-negative subgroup) or the entry's own words (median follow-up of survivors) -- is a mismatch
against that entry (V001, the message saying how it was matched), not an unsupported claim, however
far the figure is from the entry's value. Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

BES = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
XOS = "XOSPATA (gilteritinib) in the ADMIRAL trial.\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(lint_doc, head, body):
    return [(f.rule, f.line, f.message) for f in lint_doc(head + body + "\n", "d.md", rules=RULES)]


@pytest.mark.parametrize("template", [
    "In a post hoc analysis, median OS in MRD-negative patients was {v} months.",
    "Post hoc: patients who achieved MRD negativity had a median OS of {v} months.",
    "In the MRD-negative subgroup, median overall survival with BESPONSA was {v} months (post hoc analysis).",
    "- **Median OS, MRD-negative (post hoc):** {v} months",
    "Among MRD-negative responders, median OS reached {v} months in an exploratory analysis.",
])
@pytest.mark.parametrize("wrong", ["15.1", "16.2", "19.9"])
def test_a_changed_mrd_negative_median_is_a_mismatch(lint_doc, template, wrong):
    assert _findings(lint_doc, BES, template.format(v="14.1")) == []
    got = _findings(lint_doc, BES, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "14.1 months" in got[0][2] and "matched by" in got[0][2]


@pytest.mark.parametrize("template", [
    "Median follow-up of surviving patients was {v} months.",
    "The median follow-up for survivors was {v} months.",
    "Survivors were followed for a median of {v} months.",
    "- **Median follow-up (survivors):** {v} months",
    "At the 2-year follow-up, median follow-up of survivors was {v} months.",
    "In the 2-year update, survivors had been followed for a median of {v} months.",
])
@pytest.mark.parametrize("wrong", ["35.0", "39.4", "44.2"])
def test_a_changed_follow_up_of_survivors_is_a_mismatch_against_its_entry(lint_doc, template, wrong):
    assert _findings(lint_doc, XOS, template.format(v="37.1")) == []
    got = _findings(lint_doc, XOS, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "37.1 months" in got[0][2] and "own words named" in got[0][2]


@pytest.mark.parametrize("body", [
    "Median follow-up was 17.8 months in the primary analysis.",
    "After a median follow-up of 17.8 months, median OS was 9.3 months with XOSPATA.",
])
def test_the_primary_follow_up_stays_clean(lint_doc, body):
    assert _findings(lint_doc, XOS, body) == []
