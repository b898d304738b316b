"""Concepts (concepts.py): word forms, negation scope, and the pack's concepts: section."""

from __future__ import annotations

import re
import textwrap

import pytest
from rulepack_helpers import doc

from claimcheck.concepts import negated, synonym_term, word_forms
from claimcheck.checks.packs.text import TextIndex
from claimcheck.phrases import compile_terms
from claimcheck.errors import ConfigError
from claimcheck.rulepacks import load_rulepacks


@pytest.mark.parametrize("word,forms", [
    ("occur", {"occurs", "occurred", "occurring"}),
    ("apply", {"applies", "applied", "applying"}),
    ("die", {"dies", "died", "dying"}),
    ("review", {"reviews", "reviewed", "reviewing"}),
    ("tap", {"taps", "tapped", "tapping"}),
    ("relapse", {"relapses", "relapsed", "relapsing"}),
])
def test_word_forms(word, forms):
    assert forms <= set(word_forms(word))


@pytest.mark.parametrize("word", ["the", "of", "additional", "deaths", "monitoring", "full", "ALL"])
def test_function_words_adjectives_and_inflected_words_stay_as_written(word):
    assert word_forms(word) == [word]


def hits(synonym: str, text: str) -> list[str]:
    index = TextIndex(text)
    pat = compile_terms([synonym_term(synonym)])
    return [text[a:b] for a, b, _ in pat.finditer(index)]


@pytest.mark.parametrize("synonym,text,found", [
    ("occur", "VOD has occurred with BESPONSA.", ["occurred"]),
    ("hepatotox*", "Hepatotoxic effects; hepatotoxicity was seen.", ["Hepatotoxic", "hepatotoxicity"]),
    ("stem cell transplant*", "after a stem-cell\ntransplantation", ["stem-cell\ntransplantation"]),
    ("die", "Two patients died; none was dying.", ["died", "dying"]),
    ("apply", "Additional monitoring applies.", ["applies"]),
    ("VOD", "VOD and vod", ["VOD"]),                       # capitals: as written
    ("occur", "preoccurred reoccurs", []),                  # whole words only
])
def test_synonym_matches_word_forms_on_word_boundaries(synonym, text, found):
    assert hits(synonym, text) == found


NEGATED = [
    ("BESPONSA is not a cure.", "cure"),
    ("There is no evidence that BESPONSA is safe in infants.", "safe"),
    ("BESPONSA has not been shown to be safe.", "safe"),
    ("It induces remission rather than a cure.", "cure"),
    ("No hepatotoxicity was seen.", "hepatotoxicity"),
    ("BESPONSA does not cure ALL.", "cure"),
    # a coordination stays in the negation's scope
    ("Hepatotoxicity occurred; it was not fatal or life-threatening.", "life-threatening"),
    ("The events were neither serious nor fatal.", "fatal"),
    # "no" opening the subject denies the predicate
    ("Hepatotoxicity occurred; no case was fatal or life-threatening.", "fatal"),
    ("Hepatotoxicity occurred; no case was fatal or life-threatening.", "life-threatening"),
    ("In the trial, no patient was cured.", "cured"),
    ("No patients were considered cured.", "cured"),
    ("No events have been fatal.", "fatal"),
    # a verb's negation before a word of evidence that governs what follows
    ("The rate is not evidence of a tolerability advantage.", "advantage"),
    ("These counts do not provide proof that the drug is safe.", "safe"),
    ("It was not a basis for calling the regimen a cure.", "cure"),
]
AFFIRMED = [
    ("BESPONSA is not only effective but also safe.", "safe"),          # "not only"
    ("Without doubt BESPONSA is a cure.", "cure"),                       # "without doubt"
    ("Patients who did not respond to chemotherapy were cured.", "cured"),   # three content words
    ("No relapse means BESPONSA is a cure.", "cure"),                    # "no" governs "relapse"
    ("OS was not met; BESPONSA is safe.", "safe"),                       # another clause
    ("It was not expected, but hepatotoxicity occurred.", "hepatotoxicity"),
    # "no" governing an object or complement: the predicate after it is affirmed
    ("Patients with no transplant were cured.", "cured"),
    ("Those who had no relapse were cured.", "cured"),
    ("No relapse, no transplant: patients were cured.", "cured"),             # a colon ends the clause
    ("VOD with no other cause was fatal in some patients.", "fatal"),
    ("It is not data-driven guesswork; the regimen is a cure.", "cure"),   # another clause
    ("This is not study-level noise, patients were cured.", "cured"),      # "study" governs nothing
]


@pytest.mark.parametrize("text,word", NEGATED)
def test_negation_scope_covers(text, word):
    low = text.lower()
    assert negated(low, 0, low.rindex(word))


@pytest.mark.parametrize("text,word", AFFIRMED)
def test_negation_scope_stops(text, word):
    low = text.lower()
    assert not negated(low, 0, low.rindex(word))


PACK = """\
schema_version: 1
pack: test
markets: [US]
concepts:
  liver:
    label: liver harm
    synonyms: [hepatotox*, liver injury]
  happen: [occur, {regex: 'take\\s{1,3}place'}]
rules:
  - code: F901
    name: test-liver
    type: required-content
    category: fair-balance
    summary: s
    why: w
    basis: b
    bad: x
    good: y
    fix: z
    when: {product_named: false}
    elements:
      - id: liver
        label: liver harm happens
        concepts: [liver, [happen]]
"""


def test_a_pack_defines_concepts_and_elements_name_them(tmp_path, reference):
    from claimcheck.engine import Linter

    path = tmp_path / "pack.yaml"
    path.write_text(PACK)
    packs = load_rulepacks([path], reference)
    linter = Linter(reference, market="US", rulepacks=packs)

    def f901(text):
        return [f.rule for f in linter.lint_document(doc(text)) if f.rule == "F901"]

    assert f901("Liver injury occurred in 3 patients.") == []
    assert f901("Hepatotoxicity may take place.") == []
    assert f901("Liver injury did not occur.") == ["F901"]           # the occurrence is negated
    assert f901("Liver injury was assessed.") == ["F901"]            # no "happen" concept


def test_an_unknown_concept_is_an_error_with_its_line(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(PACK.replace("concepts: [liver, [happen]]", "concepts: [liver, [hapen]]"))
    with pytest.raises(ConfigError) as info:
        load_rulepacks([path])
    assert "unknown concept 'hapen'" in str(info.value) and "happen" in str(info.value)
    assert info.value.line == PACK.splitlines().index("        concepts: [liver, [happen]]") + 1


def test_a_concept_regex_is_checked_like_every_pack_regex(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(PACK.replace("take\\s{1,3}place", "(a+)+b"))
    with pytest.raises(ConfigError) as info:
        load_rulepacks([path])
    assert "nested quantifiers" in str(info.value)
