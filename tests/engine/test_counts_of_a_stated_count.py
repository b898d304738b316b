"""A count whose total its sentence states before it, in words that refer back to the total ("Of the
18 patients with post-transplant VOD, 8 of these events were fatal", "... in 18 patients, of whom 8
died", "18 patients ...; 8 of them died", "... in 18 patients. Of these, 8 died"): the count is the n of that N, so it is compared with the n
the claims library gives that denominator (V001 where the library holds 5 of 18), in prose and
bullets. Correct counts, and counts whose total is another group (arm sizes, another endpoint's
denominator), stay clean. Texts written for this test; facts of the shipped BESPONSA library
(post-HSCT VOD 18/79, fatal in 5 of the 18)."""

from __future__ import annotations

import pytest

HEAD = ("# BESPONSA (inotuzumab ozogamicin)\n\nIn INO-VATE ALL, VOD/SOS was reported in 18 of 79 patients (22.8%) "
        "who proceeded to follow-up HSCT after BESPONSA.\n\n")

FORMS = [
    "Of the 18 patients with post-transplant VOD, {n} of these events were fatal.",
    "Of the 18 patients with post-HSCT VOD, {n} died.",
    "Post-HSCT VOD occurred in 18 BESPONSA-treated patients, of whom {n} died.",
    "- Post-transplant VOD: 18 patients, of whom {n} had a fatal outcome",
    "- 18 patients developed VOD after HSCT; {n} of them died",
    "Among these 18 post-HSCT VOD events, {n} were fatal.",
    "* VOD after HSCT: 18 patients, {n} of whom died",
    "Out of the 18 post-transplant VOD cases, {n} were fatal.",
    "Post-HSCT VOD was seen in 18 patients. Of these, {n} died.",
    "- Post-HSCT VOD occurred in 18 BESPONSA patients. Among them, {n} were fatal.",
]


def _v001(lint_piece, text: str, name: str = "p.md"):
    return [f for f in lint_piece(HEAD + text + "\n", name=name) if f.rule in ("V001", "V002")]


@pytest.mark.parametrize("form", FORMS)
def test_a_count_of_a_stated_total_is_compared_with_the_library_n(lint_piece, form):
    found = _v001(lint_piece, form.format(n="8"))
    assert len(found) == 1 and found[0].rule == "V001", [f.message for f in found]
    assert "5/18" in found[0].message and "8/18" in found[0].message


@pytest.mark.parametrize("form", FORMS)
def test_the_published_count_is_clean(lint_piece, form):
    assert _v001(lint_piece, form.format(n="5")) == []


def test_in_a_plain_text_file_too(lint_piece):
    found = _v001(lint_piece, "Of the 18 patients with post-HSCT VOD, 8 of these events were fatal.", name="p.txt")
    assert [f.rule for f in found] == ["V001"]


@pytest.mark.parametrize("text", [
    "Of the 164 patients treated with BESPONSA, 79 proceeded to HSCT.",
    "Of the 326 patients randomized, 164 were in the BESPONSA arm.",
    "Of the 326 patients randomised, 79 BESPONSA patients proceeded to HSCT.",
    "Of the 326 patients randomized, 164 received BESPONSA and 162 standard chemotherapy.",
    "Of the 164 patients treated with BESPONSA, 18 developed VOD after HSCT.",
    "Of the 88 responders, 69 were MRD-negative.",
    "Of the 18 patients with post-HSCT VOD, 5 died within 100 days.",
    "VOD occurred in 18 of 79 patients after HSCT, of whom 5 died.",
    "Of 326 patients, 164 received BESPONSA. Of these, 79 proceeded to HSCT.",
    "A total of 164 patients received BESPONSA. Of these, 79 proceeded to HSCT.",
    "A total of 164 patients received BESPONSA. Of these, 18 had VOD after HSCT.",
])
def test_other_totals_and_arm_sizes_stay_clean(lint_piece, text):
    assert [f for f in lint_piece(HEAD + text + "\n") if f.severity in ("error", "warning")] == []
