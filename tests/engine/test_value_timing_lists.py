"""Response-timing figures (the share of responders who first reached a state after cycle 1, after
cycle 2, within two cycles): each value is judged against the entry of its own time point, in
sentences where values and time points alternate ("X% after cycle 1 and a further Y% after cycle
2": each value takes the time point after it), in bullets and table rows whose label is the cycle
under a heading that names the outcome, and never confirmed by a figure of the same outcome at no
time point (context.py _alternating_timepoints; matching.py timed / the time-point filter). Texts
written for this test; facts of the shipped BESPONSA library (post hoc, of the 92 BESPONSA patients
with MRD-negative CR/CRi: 45.7% first MRD-negative in cycle 1, 41.3% in cycle 2, 87.0% within two
cycles)."""

from __future__ import annotations

import pytest

RULES = {"V001", "V002", "U001"}
HEAD = "# BESPONSA: MRD negativity, cycle by cycle\n\nPost hoc analysis of INO-VATE ALL; exploratory.\n\n"

LAYOUTS = {
    "one-sentence-value-first": ("md", HEAD + (
        "Of the 92 BESPONSA patients who became MRD-negative, {c1} did so after cycle 1 and another "
        "{c2} after cycle 2.\n"), {"c1": 5, "c2": 5}),
    "one-sentence-cycle-first": ("md", HEAD + (
        "Among BESPONSA patients reaching MRD negativity, it came after cycle 1 in {c1}, after cycle 2 "
        "in {c2} and within two cycles in {w2}.\n"), {"c1": 5, "c2": 5, "w2": 5}),
    "bullets-under-heading": ("md", HEAD + (
        "## When MRD negativity was first reached (BESPONSA)\n\n"
        "- Cycle 1: {c1}\n- Cycle 2: {c2}\n- Within 2 cycles: {w2}\n"), {"c1": 7, "c2": 8, "w2": 9}),
    # the total after the per-cycle values, its time point after it: the nearest time point before
    # it ("after cycle 2" / "one cycle") is not its own
    "total-after-the-cycles": ("md", HEAD + (
        "Conversion was quick: {c1} of the 92 MRD-negative BESPONSA patients converted after one cycle, "
        "so that {w2} had converted by the end of cycle 2.\n"), {"c1": 5, "w2": 5}),
    "total-a-few-words-before-its-time-point": ("md", HEAD + (
        "Of the 92 BESPONSA patients who reached MRD negativity, {w2} got there within the first 2 cycles.\n"),
        {"w2": 5}),
    "table-rows": ("md", HEAD + (
        "MRD negativity by cycle (BESPONSA)\n\n"
        "| First MRD-negative | BESPONSA |\n|---|---|\n"
        "| Cycle 1 | {c1} |\n| Cycle 2 | {c2} |\n"), {"c1": 9, "c2": 10}),
}
RIGHT = {"c1": "45.7%", "c2": "41.3%", "w2": "87.0%"}
ENTRY = {"c1": "jabbour-2020-mrd.mrd-negativity.cycle-1", "c2": "jabbour-2020-mrd.mrd-negativity.cycle-2",
         "w2": "jabbour-2020-mrd.mrd-negativity.within-2-cycles"}
#: near misses (a slip of the last digit, transposed digits)
CHANGED = {"c1": "45.9%", "c2": "43.1%", "w2": "78.0%"}


def _findings(lint_piece, ext: str, text: str) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(text, f"piece.{ext}", rules=RULES))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_timing_figures_as_published_pass(lint_piece, layout):
    ext, template, _ = LAYOUTS[layout]
    assert _findings(lint_piece, ext, template.format(**RIGHT)) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_changed_timing_figure_is_a_mismatch(lint_piece, layout):
    ext, template, lines = LAYOUTS[layout]
    for key in lines:
        values = dict(RIGHT, **{key: CHANGED[key]})
        got = [(f.rule, f.line, f.reference_id)
               for f in lint_piece(template.format(**values), f"piece.{ext}", rules=RULES)]
        assert got == [("V001", lines[key], ENTRY[key])], (key, got)


def test_a_time_point_is_not_confirmed_by_another_analysis_figure(lint_piece):
    # 48% is the library's MRD-negativity rate of another subgroup (no time point): "48.2% after
    # cycle 1" is a wrong cycle-1 figure, not that subgroup's rate written more precisely
    text = HEAD + ("Of the 92 BESPONSA patients who became MRD-negative, 48.2% did so after cycle 1 and "
                   "another 41.3% after cycle 2.\n")
    got = [(f.rule, f.line, f.reference_id) for f in lint_piece(text, rules=RULES | {"V003"})]
    assert got == [("V001", 5, "jabbour-2020-mrd.mrd-negativity.cycle-1")]
