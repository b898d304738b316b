"""A "respectively" sentence with several values per endpoint: two endpoints listed (an
abbreviation in brackets after each), then their values for two groups, the groups joined by
"vs." — an abbreviation that never ends a sentence. Each value takes its endpoint from the order
the separators show; before, the sentence was cut at "vs." and the first group's second endpoint
was given to every value after it (a false V001 on a correct figure)."""

from __future__ import annotations

from claimcheck.documents.base import Document
from claimcheck.sentences import sentence_spans


def _durations(linter, text):
    analysis = linter.analyse(Document(path="d.md", text=text, format="markdown"))
    return [c for c in analysis.claims if c.kind == "duration"]


def test_vs_with_a_full_stop_does_not_end_the_sentence():
    text = "Response lasted 4.1 months in one arm vs. 3.0 months in the other. A new sentence starts here."
    assert len(sentence_spans(text)) == 2
    text = "Data are shown e.g. Grade 3 events and i.e. Those reported, as in Smith et al. Blood 2020."
    assert len(sentence_spans(text)) == 1


def test_endpoints_cycle_inside_each_group(linter):
    text = ("Among early responders, median progression-free survival (PFS) and overall survival (OS) "
            "were 6.5 and 12.2 months in the lower-dose group, vs. 6.1 and 9.2 months in the higher-dose "
            "group, respectively.\n")
    assert [c.endpoint for c in _durations(linter, text)] == ["pfs", "os", "pfs", "os"]


def test_one_group_per_endpoint(linter):
    text = ("With BESPONSA and with standard chemotherapy, median progression-free survival and overall "
            "survival were 5.0 months vs 1.8 months and 7.7 months vs 6.2 months, respectively.\n")
    assert [c.endpoint for c in _durations(linter, text)] == ["pfs", "pfs", "os", "os"]
