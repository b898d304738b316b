"""A population named by its size or in UK spelling is named: "all 326 randomised patients" is the
trial's whole randomised population, and a library phrase spelled "-ize" matches the "-ise" form
(and back). Before, "across all randomised patients" and "in the final analysis of all 326
randomized patients" named nothing, so the whole population's remission figures (73.8% vs 30.9%, an
outside writer's value story) were judged against the endpoint's default entry (the first 218
patients: 80.7% vs 29.4%): two false V001. The final analysis's own words name its entry too. A wrong
figure of the named population stays V001. Texts written for this test."""

from __future__ import annotations

import re

import pytest

from claimcheck.phrases import phrase_source

PRE = ("BESPONSA is indicated for relapsed or refractory CD22-positive B-cell precursor ALL in adults.\n\n")


def _values(lint_piece, sentence: str):
    return sorted(f"{f.rule}:{f.found}" for f in lint_piece(PRE + sentence + "\n", "p.md", rules={"V001", "U001"}))


@pytest.mark.parametrize("phrase, text, hit", [
    ("all randomized patients", "Across all randomised patients, ...", True),
    ("all randomised patients", "across ALL RANDOMIZED PATIENTS", True),
    ("hospitalization", "hospitalisation rates", True),
    ("characterizing", "characterising the response", True),
    ("organisation", "organization", True),
    ("rise", "rize", False),        # no -ise verb: three letters of stem before the "i"
    ("size", "sise", False),
    ("analysis", "analyzis", False),
])
def test_ize_and_ise_spell_one_word(phrase, text, hit):
    assert bool(re.search(phrase_source(phrase), text, re.I)) is hit


@pytest.mark.parametrize("sentence", [
    "In the final analysis of all 326 randomized patients, CR/CRi was reached by 73.8% of BESPONSA patients "
    "compared with 30.9% of SC patients.",
    "Across all randomised patients, 73.8% reached CR/CRi with BESPONSA and 30.9% with chemotherapy.",
    "Final analysis: CR/CRi 73.8% (BESPONSA) vs 30.9% (standard chemotherapy).",
])
def test_the_whole_population_named_by_size_spelling_or_analysis(lint_piece, sentence):
    assert _values(lint_piece, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Across all randomised patients, 75.8% reached CR/CRi with BESPONSA and 30.9% with chemotherapy.",
    "In the final analysis of all 326 randomized patients, CR/CRi was reached by 73.8% of BESPONSA patients "
    "compared with 32.9% of SC patients.",
])
def test_a_wrong_figure_of_the_named_population_is_v001(lint_piece, sentence):
    assert [v.split(":")[0] for v in _values(lint_piece, sentence)] == ["V001"]
