"""A figure with its endpoint and arm known that is near (not equal to) the endpoint's default entry is
V001, saying how sure the match is: "9.8 months median overall survival" is the median (no time point
"8 months ... survival" read from the decimals, nor "N months median ..." as a landmark), so the
headline entry is the one meant. Correct text stays clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\nIn the phase 3 ADMIRAL trial of XOSPATA:\n\n"


def _lint(linter, tmp_path, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return linter.lint_document(read_document(path))


FORMS = [
    "**{v} months** median overall survival with XOSPATA",
    "- **{v} months** median OS with XOSPATA (vs 5.6 months with chemotherapy)",
    "Patients on XOSPATA lived a median of {v} months (median overall survival).",
    "XOSPATA: {v} months median overall survival.",
]


@pytest.mark.parametrize("form", FORMS)
def test_a_near_median_is_a_mismatch_with_its_certainty(linter, tmp_path, form):
    found = [f for f in _lint(linter, tmp_path, form.format(v="9.8")) if f.rule in ("V001", "U001")]
    assert [f.rule for f in found] == ["V001"], form
    assert "9.3" in found[0].message and "matched by" in found[0].message


@pytest.mark.parametrize("form", FORMS)
def test_the_right_median_is_clean(linter, tmp_path, form):
    assert [f for f in _lint(linter, tmp_path, form.format(v="9.3")) if f.severity in ("error", "warning")
            and f.rule.startswith(("V", "U", "A"))] == []


def test_a_landmark_rate_still_reads_its_time_point(linter, tmp_path):
    assert [f.rule for f in _lint(linter, tmp_path, "The 12-month survival rate was 39.1% with XOSPATA.")
            if f.rule == "V001"] == ["V001"]
    assert [f for f in _lint(linter, tmp_path, "The 12-month survival rate was 37.1% with XOSPATA.")
            if f.rule in ("V001", "U001")] == []
