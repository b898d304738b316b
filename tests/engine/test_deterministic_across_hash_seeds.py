"""A run's findings do not depend on Python's string-hash seed (the order of a set of strings
changes from process to process). Relative wording with two pairs of figures in its sentence, a
pair of rates and a pair of durations, was judged by whichever kind a set gave first: "more than
doubled long-term survival: 2-year OS 22.8% vs 10.0%, median OS 7.7 vs 6.2 months" was A005/A008
in some runs and clean in others. It is judged by the pair nearest the wording, in every run. Texts
written for this test; facts of the shipped claims library (INO-VATE ALL)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIECE = ("---\nmarket: US\n---\n# BESPONSA (inotuzumab ozogamicin)\n\n"
         "In INO-VATE ALL, BESPONSA {wording} long-term survival: 2-year OS was 22.8% versus 10.0%, with "
         "median OS of 7.7 versus 6.2 months.\n")


def _run(path: Path, seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "CLAIMCHECK_NO_CACHE": "1"}
    out = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--format", "concise", "--exit-zero",
                          "--reference", str(ROOT / "reference"), "--rules", str(ROOT / "rules"),
                          "--select", "A", str(path)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    return out.stdout


@pytest.mark.parametrize("wording, expected", [("more than doubled", False), ("tripled", True)])
def test_relative_wording_with_two_pairs_is_judged_the_same_in_every_run(tmp_path, wording, expected):
    path = tmp_path / "piece.md"
    path.write_text(PIECE.format(wording=wording), encoding="utf-8")
    outputs = {_run(path, seed) for seed in (0, 1, 2, 3)}
    assert len(outputs) == 1, outputs
    # the nearest pair is the rates: 22.8 / 10.0 = 2.28 supports "more than doubled", not "tripled"
    assert ("A005" in outputs.pop()) is expected
