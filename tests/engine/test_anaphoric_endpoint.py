"""An endpoint named by an anaphoric subject: "Two-year OS was 22.8% … At three years it was 20.3%
…". A pronoun or "the rate(s)" opening the next sentence names the endpoint of the sentence just
before it, as its own words would, so a figure there is checked (V001) or, where no entry holds it,
unsupported (U001), not left as a guess from the preceding text. Texts written for this test; facts
of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
RULES = {"V001", "U001"}


def _findings(lint_doc, body):
    return sorted({f.rule for f in lint_doc(HEAD + body + "\n", name="d.md", rules=RULES)})


LEAD = "Two-year overall survival was 22.8% with BESPONSA and 10.0% with chemotherapy."


@pytest.mark.parametrize("follow", [
    "At three years it was {a}% versus {b}%.",
    "By year three, the rates were {a}% and {b}%.",
    "At 3 years, the corresponding figures were {a}% vs {b}%.",
    "After three years this fell to {a}% with BESPONSA (chemotherapy: {b}%).",
])
def test_a_figure_the_library_lacks_is_unsupported(lint_doc, follow):
    assert _findings(lint_doc, LEAD + " " + follow.format(a="20.3", b="6.3")) == ["U001"]


@pytest.mark.parametrize("body, wrong", [
    ("Median overall survival was 7.7 months with BESPONSA. It was {x} months with chemotherapy.", "6.9"),
    ("Median OS with BESPONSA was 7.7 months. With chemotherapy, it was {x} months.", "5.2"),
])
def test_a_changed_figure_is_a_mismatch(lint_doc, body, wrong):
    assert _findings(lint_doc, body.format(x="6.2")) == []
    assert _findings(lint_doc, body.format(x=wrong)) == ["V001"]


@pytest.mark.parametrize("body", [
    # a new paragraph: the pronoun is no longer read as the endpoint just named
    LEAD + "\n\nIt was 20.3% in another study.",
    # another sentence in between
    LEAD + " Follow-up continued for survivors. It was 20.3% at the last visit.",
    # the sentence names its own endpoint
    LEAD + " In the same analysis, CR/CRi was 80.7% versus 29.4%.",
])
def test_no_anaphora_no_guess(lint_doc, body):
    assert "V001" not in _findings(lint_doc, body)


@pytest.mark.parametrize("follow", [
    "That is a difference of 51.3 percentage points.",
    "That is a difference of 51.3% in favour of BESPONSA.",
    "This was an absolute gain of 51.3 percentage points.",
    "It is a relative improvement of 174%.",
])
def test_a_predicate_naming_another_measure_is_no_anaphora(lint_doc, follow):
    body = "CR/CRi was achieved by 80.7% of patients on BESPONSA vs 29.4% on chemotherapy. " + follow
    assert "V001" not in _findings(lint_doc, body)
