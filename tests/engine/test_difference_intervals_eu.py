"""A002 for an interval around a difference in percentage points, and for a rate's interval written
with EU decimal commas ("difference 51,3 percentage points (95 % CI 39,9–62,7)", "29,4 % (95 % CI
33,9–51,7)"), in US and EU material; and a difference written with a decimal comma is read whole
("51,3 percentage points" is 51.3, never 3: no false A004)."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

US = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"
EU = "---\nmarket: EU\n---\n\n" + US


def _found(linter, tmp_path, text: str, head: str, rule: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(head + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == rule]


DIFFERENCES = [
    "CR/CRi was 80,7 % vs 29,4 %, a difference of 51,3 percentage points (95 % CI {lo}–{hi}).",
    "CR/CRi 80,7 % vs 29,4 %; difference 51,3 percentage points (95 % CI: {lo} to {hi}).",
    "CR/CRi: 80,7 % versus 29,4 % (difference 51,3 percentage points [95 % CI {lo}–{hi}]).",
    "Transplant rates were 48,2 % and 21,6 %, an absolute difference of 26,6 percentage points "
    "(95 % CI {lo2}–{hi2}).",
]


@pytest.mark.parametrize("head", [US, EU], ids=["us", "eu"])
@pytest.mark.parametrize("form", DIFFERENCES)
def test_an_interval_that_excludes_its_difference_is_caught(full_linter, tmp_path, head, form):
    text = form.format(lo="52,9", hi="62,7", lo2="27,6", hi2="36,6")
    assert len(_found(full_linter, tmp_path, text, head, "A002")) == 1
    assert _found(full_linter, tmp_path, text, head, "A004") == []


@pytest.mark.parametrize("head", [US, EU], ids=["us", "eu"])
@pytest.mark.parametrize("form", DIFFERENCES)
def test_an_interval_around_its_difference_is_clean(full_linter, tmp_path, head, form):
    text = form.format(lo="39,9", hi="62,7", lo2="16,6", hi2="36,6")
    assert _found(full_linter, tmp_path, text, head, "A002") == []
    assert _found(full_linter, tmp_path, text, head, "A004") == []


@pytest.mark.parametrize("text, bad", [
    ("CR/CRi, a difference of 51.3 percentage points (95% CI, 39.9 to 62.7), favoured BESPONSA.", False),
    ("CR/CRi, a difference of 51.3 percentage points (95% CI, 53.9 to 62.7), favoured BESPONSA.", True),
    ("The difference in CR/CRi was 51.3 percentage points [95% CI 39.9-62.7].", False),
    ("The difference in CR/CRi was 51.3 percentage points [95% CI 52.9-62.7].", True),
])
def test_us_differences(full_linter, tmp_path, text, bad):
    assert bool(_found(full_linter, tmp_path, text, US, "A002")) is bad


@pytest.mark.parametrize("head", [US, EU], ids=["us", "eu"])
@pytest.mark.parametrize("form", [
    "CR/CRi was 29,4 % with chemotherapy (95 % CI {lo}–{hi}).",
    "CR/CRi was 29,4 % with chemotherapy (95 % CI {lo} to {hi}).",
    "CR/CRi was 29,4 % with chemotherapy [95 % CI {lo}–{hi}].",
    "With chemotherapy, 29,4 % reached CR/CRi (95 % CI: {lo}–{hi}).",
])
def test_a_rate_with_an_eu_interval(full_linter, tmp_path, head, form):
    assert len(_found(full_linter, tmp_path, form.format(lo="33,9", hi="51,7"), head, "A002")) == 1
    assert _found(full_linter, tmp_path, form.format(lo="21,0", hi="38,8"), head, "A002") == []
