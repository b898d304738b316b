"""An endpoint that labels one value of a sentence is no candidate for another value labelled by
an endpoint of its own (issue 11 class 2): a wrong figure for one adverse event is never confirmed
by the figure of the event named before it."""

from __future__ import annotations

from claimcheck.documents.base import Document


def _percentages(linter, text):
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    return [c for c in analysis.claims if c.kind == "percentage"]


def test_each_labelled_value_keeps_only_its_own_endpoint(linter):
    # thrombocytopenia's all-cause figure is 45% in the shipped library; nausea's is not
    text = "With BESPONSA, the most frequent events were thrombocytopenia (45%) and nausea (45%).\n"
    first, second = _percentages(linter, text)
    assert first.endpoint == "thrombocytopenia" and second.endpoint == "nausea"
    assert "thrombocytopenia" not in second.endpoint_candidates
    assert second.match is None or second.match.entry is None or second.match.entry.endpoint != "thrombocytopenia"


def test_a_value_whose_endpoint_follows_it_keeps_the_other_candidates(linter):
    text = "Liver VOD occurred in 14% of BESPONSA patients, and in 23% of those who went on to transplant.\n"
    second = _percentages(linter, text)[1]
    assert "vod" in second.endpoint_candidates or second.endpoint == "vod"
