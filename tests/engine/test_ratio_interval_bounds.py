"""A ratio's confidence-interval bound that differs from the library's interval is V001, whatever
separates the bounds (a dash, "to", a comma, a semicolon), in square or round brackets, after the
estimate with "with a … CI of", or under a header that gives the level ("HR (95% CI)"); the
message says which bound. Texts written for this test; facts of the shipped XOSPATA library
(ADMIRAL: OS HR 0.64, 95% CI 0.49-0.83; EFS HR 0.79, 95% CI 0.58-1.09)."""

from __future__ import annotations

import pytest


HEAD = "# XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML\n\nADMIRAL: XOSPATA vs salvage chemotherapy.\n\n"

LINES = {
    "semicolon-square": ("md", "Survival: hazard ratio = {hr} [95% CI {lo}; {hi}] for XOSPATA.\n"),
    "semicolon-round": ("md", "Overall survival favoured XOSPATA, HR {hr} (95% CI: {lo}; {hi}).\n"),
    "comma-bullet": ("md", "- **Overall survival:** HR {hr} (95% CI, {lo}, {hi})\n"),
    "with-a-ci-of": ("txt", "For overall survival the hazard ratio was {hr}, with a 95% CI of {lo} to {hi}.\n"),
    "header-level": ("md", "Overall survival, HR (95% CI): {hr} ({lo}; {hi})\n"),
    "html-efs": ("html", "<p>Event-free survival: HR {ehr} [95% CI {elo}; {ehi}]</p>\n"),
}
OS = {"hr": "0.64", "lo": "0.49", "hi": "0.83", "ehr": "0.79", "elo": "0.58", "ehi": "1.09"}


def _v001(lint_piece, ext, line):
    text = HEAD + line if ext != "html" else f"<html><body><h1>XOSPATA</h1><p>ADMIRAL: XOSPATA vs salvage chemotherapy.</p>\n{line}</body></html>\n"
    return lint_piece(text, f"piece.{ext}", rules=("V001", "V002", "U001"))


@pytest.mark.parametrize("layout", sorted(LINES))
def test_interval_as_published_passes(lint_piece, layout):
    ext, line = LINES[layout]
    assert _v001(lint_piece, ext, line.format(**OS)) == []


@pytest.mark.parametrize("layout", sorted(LINES))
@pytest.mark.parametrize("bound", ["low", "high"])
def test_a_changed_bound_is_a_mismatch_naming_the_bound(lint_piece, layout, bound):
    ext, line = LINES[layout]
    efs = "efs" in layout
    key = ("e" if efs else "") + ("lo" if bound == "low" else "hi")
    wrong = {"lo": "0.45", "hi": "0.88", "elo": "0.53", "ehi": "1.05"}[key]
    found = _v001(lint_piece, ext, line.format(**dict(OS, **{key: wrong})))
    assert [f.rule for f in found] == ["V001"]
    assert f"the {'lower' if bound == 'low' else 'upper'} bound differs ({wrong} where the reference has {OS[key]})" \
        in found[0].message
