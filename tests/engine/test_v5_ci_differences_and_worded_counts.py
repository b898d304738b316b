"""Three misses on drafts by others:

- a hazard ratio with its interval ("The hazard ratio was 0.665, 95% CI 0.518 to 0.835") in a line that
  names no endpoint: where exactly one entry holds that estimate and one bound, its interval is checked
  there (both bounds);
- a difference of two durations in words ("9.3 months versus 5.6 months, a gain of 4.7 months") is A004's,
  not an unsupported figure;
- "n of N <several words> (p%)", with n in words at the start of a (quoted) sentence ("Seventy-nine of 146
  BESPONSA patients went on to HSCT (48.2%)"): A001."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

XOS = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\nIn the phase 3 ADMIRAL trial of XOSPATA:\n\n"
BES = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _lint(linter, tmp_path, head: str, text: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(head + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.severity in ("error", "warning")
            and f.rule[0] in "VUA"]


CI_FORMS = [
    ("[01:08] GUEST: The hazard ratio was 0.665, 95% CI {lo} to {hi}.", "txt"),
    ("The hazard ratio was 0.665 (95% CI, {lo} to {hi}).", "md"),
    ("- HR 0.665 (95% CI {lo}\u2013{hi})", "md"),
    ("| Comparison | HR (95% CI) |\n|---|---|\n| XOSPATA vs chemotherapy | HR 0.665 ({lo} to {hi}) |", "md"),
]


@pytest.mark.parametrize("form, ext", CI_FORMS)
@pytest.mark.parametrize("lo, hi", [("0.518", "0.835"), ("0.581", "0.853")])
def test_an_interval_of_a_known_estimate_is_checked_without_an_endpoint(linter, tmp_path, form, ext, lo, hi):
    found = _lint(linter, tmp_path, XOS, form.format(lo=lo, hi=hi), ext)
    assert [f.rule for f in found] == ["V001"] and "0.518-0.853" in found[0].message


@pytest.mark.parametrize("form, ext", CI_FORMS)
def test_the_right_interval_is_clean(linter, tmp_path, form, ext):
    assert _lint(linter, tmp_path, XOS, form.format(lo="0.518", hi="0.853"), ext) == []


def test_an_estimate_with_no_bound_in_common_says_nothing(linter, tmp_path):
    assert _lint(linter, tmp_path, XOS, "HR 0.665, 95% CI 0.418 to 0.735.") == []


DIFF_FORMS = [
    ("Median OS was 9.3 months versus 5.6 months, a gain of {d} months.", "md"),
    ("- Median overall survival: 9.3 vs 5.6 months (an improvement in median survival of {d} months)", "md"),
    ("| Endpoint | XOSPATA | Chemotherapy | Note |\n|---|---|---|---|\n| Median OS | 9.3 months | 5.6 months | "
     "an extension of {d} months |", "md"),
    ("[05:40] GUEST: XOSPATA patients lived a median of 9.3 months against 5.6 months on chemotherapy, an extension "
     "of almost {d} months.", "txt"),
]


@pytest.mark.parametrize("form, ext", DIFF_FORMS)
def test_a_wrong_difference_of_durations_is_a004(linter, tmp_path, form, ext):
    found = _lint(linter, tmp_path, XOS, form.format(d="4.7"), ext)
    assert [f.rule for f in found] == ["A004"] and "3.7" in found[0].message


@pytest.mark.parametrize("form, ext", DIFF_FORMS)
def test_the_right_difference_of_durations_is_clean(linter, tmp_path, form, ext):
    assert _lint(linter, tmp_path, XOS, form.format(d="3.7"), ext) == []


COUNT_FORMS = [
    ("\"{w} of {N} BESPONSA patients went on to HSCT (48.2%), against 35 of 162 with chemotherapy (21.6%).\"", "md"),
    ("She put it plainly: \"{w} of {N} BESPONSA patients went on to HSCT (48.2%).\"", "md"),
    ("- {w} of {N} BESPONSA patients proceeded to stem cell transplant (48.2%)", "md"),
    ("[04:02] GUEST: {w} of {N} patients on BESPONSA went on to transplant (48.2%).", "txt"),
]


@pytest.mark.parametrize("form, ext", COUNT_FORMS)
@pytest.mark.parametrize("w", ["Seventy-nine", "79"])
def test_n_of_n_words_before_the_percentage_is_checked(linter, tmp_path, form, ext, w):
    found = _lint(linter, tmp_path, BES, form.format(w=w, N="146"), ext)
    assert "A001" in [f.rule for f in found]


@pytest.mark.parametrize("form, ext", COUNT_FORMS)
@pytest.mark.parametrize("w", ["Seventy-nine", "79"])
def test_right_n_of_n_with_words_is_clean(linter, tmp_path, form, ext, w):
    assert _lint(linter, tmp_path, BES, form.format(w=w, N="164"), ext) == []
