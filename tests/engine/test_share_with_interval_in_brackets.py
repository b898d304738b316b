"""A share whose interval sits inside its own brackets: "88 of 109 patients (80.7%; 95% CI,
72.1-87.7)", "32/109 (29.4%, 95% CI 21.0-38.8)", "88 (80.7%; 95% CI 72.1 to 87.7)". Before, the
brackets were not read as the share's (the n of N then stood alone), so neither n/N against the
percentage (A001), the count against the library (V001), nor the interval (A002, V001) was
checked. Texts written for this test, with the facts of the shipped claims library (INO-VATE ALL,
first 218 randomised: CR/CRi 88/109, 80.7%, 95% CI 72.1-87.7 vs 32/109, 29.4%, 95% CI 21.0-38.8)."""

from __future__ import annotations

import pytest

US = "---\nmarket: US\n---\n"
HEAD = US + "# BESPONSA (inotuzumab ozogamicin)\n\nINO-VATE ALL compared BESPONSA with standard chemotherapy.\n\n"
RULES = {"A001", "A002", "V001", "V002", "U001"}

LAYOUTS = {
    "wrapped prose": (
        "In the first 218 randomized patients, {n} of 109 patients ({pct}%; 95% CI, 72.1-87.7) treated with\n"
        "BESPONSA achieved CR/CRi, compared with 32 of 109 (29.4%; 95% CI, {lo}-{hi}) treated with standard\n"
        "chemotherapy.\n"),
    "slash form": (
        "CR/CRi (first 218 randomized): BESPONSA {n}/109 ({pct}%, 95% CI 72.1-87.7); standard chemotherapy "
        "32/109 (29.4%, 95% CI {lo}-{hi}).\n"),
    "bullets": (
        "CR/CRi in the first 218 randomized patients:\n\n"
        "- BESPONSA: {n} of 109 ({pct}%; 95% CI 72.1 to 87.7)\n"
        "- Standard chemotherapy: 32 of 109 (29.4%; 95% CI {lo} to {hi})\n"),
    "n (%)": (
        "Of the first 218 randomized patients, CR/CRi was reached by {n} ({pct}%; 95% CI, 72.1-87.7) of 109 "
        "with BESPONSA and by 32 (29.4%; 95% CI, {lo}-{hi}) of 109 with standard chemotherapy.\n"),
}
CORRECT = dict(n=88, pct="80.7", lo="21.0", hi="38.8")


def _found(full_linter, lint_piece, layout, **change):
    text = HEAD + LAYOUTS[layout].format(**{**CORRECT, **change})
    return sorted({f.rule for f in lint_piece(text, linter=full_linter, rules=RULES)})


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_correct_shares_with_intervals_stay_clean(full_linter, lint_piece, layout):
    assert _found(full_linter, lint_piece, layout) == []


@pytest.mark.parametrize("layout", ["wrapped prose", "slash form", "bullets"])
def test_a_count_that_no_longer_gives_the_share(full_linter, lint_piece, layout):
    found = _found(full_linter, lint_piece, layout, n=91)
    assert "A001" in found and "V001" in found


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_interval_that_excludes_its_estimate(full_linter, lint_piece, layout):
    found = _found(full_linter, lint_piece, layout, lo="33.9", hi="51.7")
    assert "A002" in found and "V001" in found


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_interval_edited_but_still_around_its_estimate(full_linter, lint_piece, layout):
    assert _found(full_linter, lint_piece, layout, lo="21.0", hi="36.8") == ["V001"]
