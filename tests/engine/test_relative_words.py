"""Relative wording in words (helper v2): "fourfold", "two-fold", "Five times as many", "triples", "more than double
the" at a sentence's
start, checked against the two figures of its sentence, else the claims library's two arms; a
dosing frequency ("three times a week", "twice daily") is not relative wording."""

from __future__ import annotations

import pytest


def _a005(lint_piece, sentence: str):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md", rules="A005")


WRONG = [
    "BESPONSA produced a fourfold higher CR/CRi rate than chemotherapy.",
    "BESPONSA produced a threefold higher HSCT rate than chemotherapy (48.2% vs 21.6%).",
    "Five times as many BESPONSA patients proceeded to HSCT as chemotherapy patients (48.2% vs 21.6%).",
    "The CR/CRi rate with BESPONSA was more than four times that with chemotherapy.",
    "Nearly six times as many patients on BESPONSA went directly to HSCT (43.3% vs 11.1%).",
    "CR/CRi with BESPONSA was four times the rate with chemotherapy (80.7% vs 29.4%).",
    "BESPONSA nearly triples the HSCT rate (48.2% vs 21.6%).",
    "With BESPONSA, 48.2% proceeded to HSCT, triple the 21.6% seen with chemotherapy.",
]

RIGHT = [
    "BESPONSA produced a two-fold higher CR/CRi rate than chemotherapy.",
    "A twofold higher proportion of BESPONSA patients proceeded to HSCT (48.2% vs 21.6%).",
    "Twice as many BESPONSA patients proceeded to HSCT as chemotherapy patients (48.2% vs 21.6%).",
    "Nearly three times as many patients achieved CR/CRi with BESPONSA as with chemotherapy (80.7% vs 29.4%).",
    "Nearly four times as many patients on BESPONSA went directly to HSCT (43.3% vs 11.1%).",
    "BESPONSA is given three times a week in cycle 1; the CR/CRi rate was 80.7% vs 29.4% with chemotherapy.",
    "BESPONSA is dosed three times per cycle (days 1, 8 and 15), and CR/CRi was 80.7% vs 29.4%.",
    "Take the tablet twice daily. The CR/CRi rate was 80.7% vs 29.4%.",
    "BESPONSA more than doubles the HSCT rate (48.2% vs 21.6%).",
    "The CR/CRi rate with BESPONSA was more than double the rate with chemotherapy (80.7% vs 29.4%).",
    "In an open-label, not double-blind, study, CR/CRi was 80.7% vs 29.4% with chemotherapy.",
    "A triple combination is not used; CR/CRi was 80.7% vs 29.4% with chemotherapy.",
    "Doses are given four times in the first cycle. The CR/CRi rate was 80.7% vs 29.4% with chemotherapy.",
]


@pytest.mark.parametrize("sentence", WRONG)
def test_relative_wording_in_words_is_checked(lint_piece, sentence):
    assert _a005(lint_piece, sentence), sentence


@pytest.mark.parametrize("sentence", RIGHT)
def test_supported_wording_and_dosing_frequency_stay_clean(lint_piece, sentence):
    assert _a005(lint_piece, sentence) == []
