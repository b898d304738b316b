"""A005's ratio wording is judged as the larger figure over the smaller ("more than twice as many
EXAMPLIMAB patients ... (48.2% vs 21.6%)" is 48.2 / 21.6), the smaller over the larger for "half",
whatever arm the context gave each figure and whichever arm the phrase names first: never 21.6 / 48.2
for "more than twice"."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"


def _a005(linter, tmp_path, text: str):
    path = tmp_path / "p.md"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "A005"]


SUPPORTED = [
    "Compared with chemotherapy, more than twice as many BESPONSA patients went on to transplant (48.2% vs 21.6%).",
    "Versus standard chemotherapy, more than twice as many BESPONSA patients went on to transplant (48.2% vs "
    "21.6%), and CR/CRi was 80.7% vs 29.4%.",
    "More than twice as many BESPONSA patients as chemotherapy patients went on to transplant (48.2% vs 21.6%).",
    "In the chemotherapy arm, 21.6% proceeded to HSCT; more than twice as many BESPONSA patients did (48.2%).",
    "Half as many chemotherapy patients as BESPONSA patients proceeded to HSCT (21.6% vs 48.2%).",
    "Transplant was reached by 48.2% of BESPONSA patients, more than double the 21.6% with chemotherapy.",
    "Against chemotherapy, BESPONSA more than doubled the transplant rate (48.2% vs 21.6%).",
    "Almost three times as many BESPONSA patients achieved CR/CRi compared with chemotherapy (80.7% vs 29.4%).",
]


@pytest.mark.parametrize("text", SUPPORTED)
def test_supported_ratio_wording_is_clean(linter, tmp_path, text):
    assert _a005(linter, tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "Compared with chemotherapy, more than three times as many BESPONSA patients went on to transplant (48.2% vs 21.6%).",
    "More than four times as many BESPONSA patients as chemotherapy patients went on to transplant (48.2% vs 21.6%).",
    "Against chemotherapy, BESPONSA more than tripled the transplant rate (48.2% vs 21.6%).",
    "Nearly five times as many patients achieved CR/CRi with BESPONSA compared with chemotherapy (80.7% vs 29.4%).",
])
def test_wording_the_ratio_does_not_support_is_caught(linter, tmp_path, text):
    assert len(_a005(linter, tmp_path, text)) == 1
