"""Scripts and transcripts: a line led by a label and a colon ("VO:", "SUPER:", "CAPTION:",
"Moderator:", "DR LEE:") right under another such line is a sentence of its own even where the line
above ends without punctuation. An on-screen line of figures ("CAPTION: Went on to transplant:
79/164 (48.2%) vs 35/162 (21.6%)") used to run on into the next voice-over line, whose arm
("in BESPONSA patients"), population and time point ("two-year", "post-transplant") then reached
its figures: the comparator's transplant rate was read as the product's (a false V002), an hazard
ratio of the primary analysis as the 2-year follow-up's. A line that ends in the middle of a
clause (a comma, a connective) still runs on into the next."""

from __future__ import annotations

import pytest

from claimcheck.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("SUPER: Median DFS 7.7 vs 6.2 months, ITT\nVO: At two years, 40% of treated patients were alive.",
     ["SUPER: Median DFS 7.7 vs 6.2 months, ITT", "VO: At two years, 40% of treated patients were alive."]),
    ("**Interviewer:** So the response rate was 62% vs 31%\n**Dr Chen:** In the per-protocol set, yes",
     ["**Interviewer:** So the response rate was 62% vs 31%", "**Dr Chen:** In the per-protocol set, yes"]),
    ("CAPTION: Remission 45 of 90 (50%) vs 20 of 88 (23%)\nHOST: Among transplanted patients the rate was higher",
     ["CAPTION: Remission 45 of 90 (50%) vs 20 of 88 (23%)", "HOST: Among transplanted patients the rate was higher"]),
    ("From: Medical Affairs\nTo: Formulary committee\nSubject: Two-year data",
     ["From: Medical Affairs", "To: Formulary committee", "Subject: Two-year data"]),
])
def test_labelled_lines_are_turns(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", [
    # the line above ends in the middle of a clause: a wrapped line, not a new turn
    "VO: Among the patients who responded,\nMRD negativity: reached in most of them.",
    "VO: The rate was 62% with the new agent and\nChemotherapy: 31% in the control arm.",
    "NOTE: Data are from the primary analysis of\nTrial 301: 371 adults randomised 2:1.",
])
def test_wrapped_or_unlabelled_lines_stay_joined(text):
    assert len(_sentences(text)) == 1


US_SCRIPT = """---
market: US
---
# BESPONSA podcast cut-down

HOST: INO-VATE ALL compared BESPONSA with standard chemotherapy.
CAPTION: Went on to transplant: 79/164 (48.2%) vs 35/162 (21.6%)
HOST: In a pooled analysis, two-year survival after transplant was 51% in BESPONSA patients who proceeded to HSCT.
CAPTION: Pooled post hoc analysis; exploratory, interpret with caution.
"""

WEBINAR = """Market: US

Webinar transcript (auto-captions, lightly edited)

Moderator: The hazard ratio for death was 0.64 in ADMIRAL
Panelist: At the 2-year follow-up median OS was unchanged at 9.3 months with XOSPATA
"""


def test_caption_figures_keep_their_own_arms(full_linter, lint_doc):
    found = lint_doc(US_SCRIPT, "podcast.md", linter=full_linter, market="US", rules={"V001", "V002"})
    assert found == []


def _claims(linter, text, name):
    from claimcheck.documents.base import Document

    analysis = linter.analyse(Document(path=name, text=text, format="markdown"))
    return {c.text: c for c in analysis.claims}


def test_next_turn_lends_no_arm_or_time_point(full_linter):
    claims = _claims(full_linter, US_SCRIPT, "podcast.md")
    low = next(c for t, c in claims.items() if "(21.6%)" in t)
    assert low.arm != "besponsa" and low.timepoint is None
    webinar = _claims(full_linter, WEBINAR, "webinar.txt")
    hr = next(c for t, c in webinar.items() if "0.64" in t)
    assert hr.timepoint is None
