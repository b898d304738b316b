"""A baseline characteristic named with its measure first ("bone marrow blasts <50%", "BM blasts
≥50%") is that characteristic: a changed share is V001, in bullets, a pipe table and a sentence.
Texts written for this test; facts of the shipped BESPONSA library (INO-VATE ALL at entry:
<50% marrow blasts 32.3% BESPONSA vs 29.6% chemotherapy; ≥50% 66.5% vs 69.8%)."""

from __future__ import annotations

import pytest


HEAD = "# BESPONSA, INO-VATE ALL: patients at entry\n\nBESPONSA (n=164) or standard chemotherapy (n=162).\n\n"
LAYOUTS = {
    "bullets": "- Bone marrow blasts <50%: {lo_b} vs {lo_c}\n- BM blasts ≥50%: {hi_b} vs {hi_c}\n",
    "table": ("| At baseline | BESPONSA | Chemotherapy |\n|---|---|---|\n"
              "| Bone marrow blasts <50%, % | {lo_b} | {lo_c} |\n| BM blasts ≥50%, % | {hi_b} | {hi_c} |\n"),
    "sentence": ("BM blasts <50% were recorded in {lo_b} of BESPONSA and {lo_c} of chemotherapy patients, "
                 "respectively.\n"),
}
RIGHT = {"lo_b": "32.3%", "lo_c": "29.6%", "hi_b": "66.5%", "hi_c": "69.8%"}


def _found(lint_piece, text):
    return [(f.rule, f.reference_id) for f in lint_piece(HEAD + text, rules=("V001", "V002", "U001"))]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_blast_levels_as_published_pass(lint_piece, layout):
    assert _found(lint_piece, LAYOUTS[layout].format(**RIGHT)) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_changed_blast_share_is_a_mismatch(lint_piece, layout):
    got = _found(lint_piece, LAYOUTS[layout].format(**dict(RIGHT, lo_c="26.9%")))
    assert got == [("V001", "ino-vate-all.baseline-bm-blasts-lt-50")]
