"""Numbers about the product that were silently dropped or read against the wrong endpoint:

- "VOD was reported up to 56 days after the last dose": how late an event was seen after a landmark
  is a reported figure (a duration of the event's timing), not a threshold that defines a group; a
  changed figure is a mismatch (V001) against the entry whose own words the sentence names, though
  the sentence's endpoint is the event (its rate) rather than its timing.
- "non-relapse mortality after transplant (39% vs 23%)" is non-relapse mortality, not the post-transplant
  mortality its tail names; "grade ≥3 events in 59.6% vs 79.7%" is the rate of grade ≥3 adverse events.

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL.\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, body, fmt="markdown", path="d.md"):
    doc = Document(path=path, text=BES + body + "\n", format=fmt)
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


@pytest.mark.parametrize("template", [
    "VOD was reported up to {v} days after the last dose without an intervening HSCT.",
    "Hepatic VOD has been reported up to {v} days after the last dose.",
    "VOD/SOS occurred up to {v} days following the last dose of BESPONSA.",
    "- VOD reported up to {v} days after the final dose, without an intervening HSCT",
    "Cases of VOD were seen up to {v} days after the last dose.",
])
@pytest.mark.parametrize("wrong", ["65", "58", "90"])
def test_a_changed_event_timing_after_the_last_dose_is_a_mismatch(linter, template, wrong):
    assert _findings(linter, template.format(v="56")) == []
    got = _findings(linter, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "56 days" in got[0][2]


@pytest.mark.parametrize("fmt,path,body", [
    ("text", "d.txt", "  VOD reported up to {v} days after the last dose, without an intervening HSCT"),
    ("html", "d.html", "<p>VOD was also reported up to {v} days after the last dose without an intervening HSCT.</p>"),
])
def test_event_timing_in_txt_and_html(linter, fmt, path, body):
    from claimcheck.documents import read_bytes

    def run(v):
        doc = read_bytes(path, (BES + body.format(v=v) + "\n").encode())
        return [f.rule for f in linter.lint_document(doc) if f.rule in RULES]

    assert run("56") == []
    assert run("65") == ["V001"]


@pytest.mark.parametrize("body", [
    "Patients aged up to 55 years were enrolled in the trial.",
    "Treatment may continue for up to 6 months in responders.",
    "Monitor liver tests for up to 30 days after the last dose.",
    "Contraception is advised for up to 8 months after the last dose.",
])
def test_thresholds_and_instructions_stay_clean(linter, body):
    assert _findings(linter, body) == []


@pytest.mark.parametrize("template", [
    "The key risks include higher non-relapse mortality after transplant ({v}% vs 23%).",
    "Non-relapse mortality after HSCT was {v}% with BESPONSA vs 23% with chemotherapy.",
    "NRM after transplant: {v}% vs 23%.",
])
def test_non_relapse_mortality_after_transplant_is_its_own_endpoint(linter, template):
    assert _findings(linter, template.format(v="39")) == []
    got = _findings(linter, template.format(v="34"))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "39%" in got[0][2]


@pytest.mark.parametrize("template", [
    "In the cumulative dose analysis, grade ≥3 events occurred in {v}% vs 79.7% (≤3.3 vs >3.3 mg/m²).",
    "- **Adverse events (dose analysis):** grade 3 or higher events in {v}% vs 79.7% (≤3.3 vs >3.3 mg/m²)",
])
def test_grade_3_events_wording(linter, template):
    assert _findings(linter, template.format(v="59.6")) == []
    got = _findings(linter, template.format(v="59.1"))
    assert [g[:2] for g in got] == [("V001", 3)], got
