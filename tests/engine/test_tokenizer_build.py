"""The tokenizer is built in one go (pipeline.create_tokenizer) with spaCy's own affix expressions."""

from __future__ import annotations

import spacy.util
from spacy.lang.en import English

from claimcheck import pipeline


def test_affix_sources_are_the_expressions_spacy_builds():
    d = English.Defaults
    prefix, suffix, infix = pipeline.affix_sources(d.prefixes, d.suffixes, d.infixes)
    assert prefix == spacy.util.compile_prefix_regex(d.prefixes).pattern
    assert suffix == spacy.util.compile_suffix_regex(d.suffixes).pattern
    assert infix == spacy.util.compile_infix_regex(d.infixes).pattern


def test_tokens_match_a_blank_english_tokenizer_adjusted_after_the_fact():
    """The pipeline's tokenizer equals spacy.blank('en')'s with our suffix rule and special cases
    added afterwards (the slow way it was built before)."""
    import spacy

    old = spacy.blank("en")
    suffixes = list(old.Defaults.suffixes) + [pipeline._CITATION_SUFFIX, pipeline._FOOTNOTE_SUFFIX]
    old.tokenizer.suffix_search = pipeline._tail_search(spacy.util.compile_suffix_regex(suffixes).search)
    library_tokens = ("CR/CRi", "R/R", "VOD/SOS")  # a claims library's lexicon.tokens
    for special in pipeline.SPECIAL_CASES + library_tokens:
        old.tokenizer.add_special_case(special, [{"ORTH": special}])
    new = pipeline.build_pipeline({}, tokens=library_tokens).tokenizer.tokenizer  # inside the wrapper
    text = ("CR/CRi rate was 80.7% (n/N = 88/109)1,2 vs 29.4%* in patients1,a; mg/m² and mg/m2, "
            "VOD/SOS in 14%. R/R ALL: HR 0.77 (97.5% CI, 0.58–1.03); don't can't U.S. e.g. 10-15%.\n"
            "See https://example.com/pi.pdf (Table 3)\u2020 and the MRD-negativity rate\u2021.")
    assert [t.text for t in new(text)] == [t.text for t in old.tokenizer(text)]
