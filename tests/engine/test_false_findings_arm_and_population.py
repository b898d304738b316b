"""False findings kept away: a proportion in words that names its own population ("about two in three
in second salvage") is not judged against the whole population's rates of the sentence before; an
interval written in one arm's column of a dot-leader table is its own column's, never the other
arm's."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _found(linter, tmp_path, text: str, rule: str, ext: str = "md"):
    path = tmp_path / f"p.{ext}"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == rule]


@pytest.mark.parametrize("text", [
    "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy. About two in three patients in second salvage "
    "responded.",
    "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy. Nearly nine in ten patients in first salvage "
    "responded.",
    "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy. In first salvage, about nine in ten (88%) "
    "achieved CR/CRi with BESPONSA.",
    "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy; about two in three (66%) in second salvage.",
])
def test_a_proportion_of_its_own_population(full_linter, tmp_path, text):
    assert _found(full_linter, tmp_path, text, "A005") == []


def test_a_proportion_of_the_rates_before_is_still_judged(full_linter, tmp_path):
    text = "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy. About nine in ten patients responded."
    assert len(_found(full_linter, tmp_path, text, "A005")) == 1


@pytest.mark.parametrize("ext", ["md", "txt"])
@pytest.mark.parametrize("text", [
    "CR/CRi ........ 80.7% (72.1–87.7) ........ 29.4% (21.0–38.8)",
    "CR/CRi ........ 80.7% (72.1–87.7) ........ 29.4%",
    "CR/CRi ........ 29.4% ........ 80.7% (72.1–87.7)",
    "CR/CRi (95% CI) ........ 80,7 % (72,1–87,7) ........ 29,4 % (21,0–38,8)",
    "CR/CRi ........ 80.7% (95% CI, 72.1–87.7) ........ 29.4% (95% CI, 21.0–38.8)",
    "Outcome ............ BESPONSA ............ Chemotherapy\nCR/CRi (95% CI) ..... 80.7% (72.1–87.7) ..... 29.4%",
    "Remission (CR/CRi), 95% CI\nBESPONSA ........ 80.7% (72.1–87.7)\nChemotherapy ........ 29.4%",
])
def test_an_interval_in_its_own_column(full_linter, tmp_path, text, ext):
    assert _found(full_linter, tmp_path, text, "A002", ext) == []


@pytest.mark.parametrize("ext", ["md", "txt"])
@pytest.mark.parametrize("text, estimate", [
    ("CR/CRi (95% CI) ........ 80.7% (88.1–95.7) ........ 29.4% (21.0–38.8)", "80.7"),
    ("CR/CRi ........ 80.7% (95% CI 88.1–95.7) ........ 29.4% (95% CI 21.0–38.8)", "80.7"),
    ("CR/CRi (95% CI) ........ 80.7% (72.1–87.7) ........ 29.4% (33.9–51.7)", "29.4"),
])
def test_an_interval_that_excludes_its_own_column_is_caught(full_linter, tmp_path, ext, text, estimate):
    found = _found(full_linter, tmp_path, text, "A002", ext)
    assert len(found) == 1 and f"estimate {estimate}" in found[0].message
