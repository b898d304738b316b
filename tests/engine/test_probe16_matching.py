"""Readings that outside writers' correct drafts (probe 16) showed wrong, each tested here in other
words, numbers, orders and formats than the probe's:

- a bracketed reference after a full stop ("… doubled.[4]" then a new line) ends the sentence
  (sentences._SENTENCE_BREAK): the next line's fold wording is checked against its own pair, and a
  list of odds ratios on the next line is a list of its own (each ratio its factor's);
- an endpoint named after a preposition of time ("after a subsequent transplant", "following HSCT",
  "before HSCT") times another outcome: it is the sentence's endpoint only where the sentence names
  no other (context._timed_endpoints);
- a value with its n/N read as a mismatch is the one entry, of an endpoint its sentence names,
  whose arm has that n/N and value (matching.Matcher._by_own_counts);
- a "respectively" list of endpoints with one arm named: every value is that arm's, none the
  comparator's (context._attach_who, ``endpoint_paired``);
- O016 ``heading_exceptions``: a speed word in a heading over the measured time is no speed claim
  without data; one over no time, or in a sentence, still is.
"""

from __future__ import annotations

from claimcheck.documents import read_document
from claimcheck.sentences import sentence_spans


def _lint(linter, tmp_path, text, name="piece.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if not f.suppressed]


def _at(findings, rules):
    return sorted((f.rule, f.line) for f in findings if f.rule in rules)


_VALUE = {"V001", "V002", "U001", "A001", "A005", "A008"}


# ---------------------------------------------------------------- a bracketed reference ends a sentence

def test_bracketed_reference_after_a_full_stop_ends_the_sentence():
    text = "Rates rose with chemotherapy.[2]\nIn the next trial they fell.[3,4] Later ones held.[5-7]\nEnd"
    got = [text[a:b] for a, b in sentence_spans(text)]
    # (the marker belongs to no sentence, as after "not met.2,3 The")
    assert got == ["Rates rose with chemotherapy.", "In the next trial they fell.", "Later ones held.", "End"]


def test_fold_wording_is_checked_against_the_pair_of_its_own_sentence(full_linter, tmp_path):
    text = ("Market: US\n\n# Transplant\n\n"
            "With BESPONSA transplant rates more than doubled (48.2% vs 21.6%).[4]\n"
            "Straight-to-transplant rates rose almost fourfold: 43.3% vs 11.1%.[4]\n")
    assert _at(_lint(full_linter, tmp_path, text), {"A005", "A008"}) == []


def test_fold_wording_beyond_its_own_pair_is_still_flagged(full_linter, tmp_path):
    text = ("Market: US\n\n# Transplant\n\n"
            "With BESPONSA transplant rates more than doubled (48.2% vs 21.6%).[4]\n"
            "Straight-to-transplant rates rose almost sixfold: 43.3% vs 11.1%.[4]\n")
    assert ("A005", 6) in _at(_lint(full_linter, tmp_path, text), {"A005"})


def test_odds_ratios_after_a_referenced_sentence_each_match_their_own_factor(full_linter, tmp_path):
    text = ("Market: US\n\n# Risk factors\n\n"
            "Non-relapse mortality after HSCT was 39% with BESPONSA versus 23% with chemotherapy.[5]\n"
            "In an exploratory multivariate model of VOD after transplant, prior HSCT (OR 6.02; 95% CI 1.17-31.00), "
            "bilirubin at or above ULN before conditioning (OR 7.08; 95% CI 1.56-32.06) and bilirubin at or above "
            "the ULN before HSCT (OR 15.31; 95% CI 1.95-120.21) raised the odds.[6]\n")
    assert _at(_lint(full_linter, tmp_path, text), {"V001", "V002"}) == []


def test_odds_ratio_of_a_factor_the_library_lacks_is_no_mismatch_of_another_factor(full_linter, tmp_path):
    text = ("Market: US\n\n# Risk factors\n\n"
            "Exploratory risk factors for VOD after transplant were female sex (OR 2.40) and dual-alkylator "
            "conditioning (OR 8.61).\n")
    assert _at(_lint(full_linter, tmp_path, text), {"V001", "V002"}) == []


# ---------------------------------------------------------------- an endpoint that times another outcome

def test_transplant_named_as_the_time_of_the_event_is_not_the_transplant_rate(full_linter, tmp_path):
    text = ("Market: US\n\n# Liver\n\n"
            "Sinusoidal obstruction syndrome affected 23 of 164 patients (14%) overall and, after a subsequent "
            "transplant, 18 of 79 (22.8%).\n\n"
            "- VOD: 14% (23/164); following HSCT, 23% (18/79)\n\n"
            "Hepatic VOD affected 23 of 164 adults (14%) and, after follow-up transplantation, 18 of 79 (22.8%).\n")
    assert _at(_lint(full_linter, tmp_path, text), _VALUE) == []


def test_a_changed_count_after_the_time_word_is_still_flagged(full_linter, tmp_path):
    text = ("Market: US\n\n# Liver\n\n"
            "VOD occurred in 23/164 adults (14%) and, following HSCT, in 18/79 (25.8%).\n")
    assert _at(_lint(full_linter, tmp_path, text), _VALUE)


def test_n_over_n_with_its_percentage_matches_the_entry_holding_them(full_linter, tmp_path):
    # "once transplanted" is read as the transplant rate's word; the figures are the post-HSCT VOD rate's
    text = ("Market: US\n\n# Liver\n\n"
            "VOD occurred in 23/164 adults (14%) and, once transplanted, in 18/79 (22.8%).\n")
    assert _at(_lint(full_linter, tmp_path, text), {"V001", "V002"}) == []


# ---------------------------------------------------------------- "respectively" over endpoints

def test_respectively_list_of_endpoints_is_one_arms_values(full_linter, tmp_path):
    text = ("Market: US\n\n# Myelosuppression\n\n"
            "Among 164 patients treated with BESPONSA, febrile neutropenia, thrombocytopenia and neutropenia "
            "occurred in 26% (43/164), 51% (83/164) and 49% (81/164), respectively.\n\n"
            "In the BESPONSA safety population (N=164), neutropenia, febrile neutropenia and thrombocytopenia were "
            "seen in 49% (81/164), 26% (43/164) and 51% (83/164) of patients, respectively.\n")
    assert _at(_lint(full_linter, tmp_path, text), {"V001", "V002"}) == []


def test_respectively_list_of_endpoints_still_checks_each_value(full_linter, tmp_path):
    text = ("Market: US\n\n# Myelosuppression\n\n"
            "Among 164 patients treated with BESPONSA, febrile neutropenia, thrombocytopenia and neutropenia "
            "occurred in 26% (43/164), 51% (83/164) and 59% (81/164), respectively.\n")
    assert ("V001", 5) in _at(_lint(full_linter, tmp_path, text), {"V001"})


# ---------------------------------------------------------------- O016 in a heading

def test_speed_heading_over_the_measured_time_is_no_finding(full_linter, tmp_path):
    text = ("Market: US\n\n# Deck\n\n## How fast remissions arrived (post hoc)\n"
            "- Of 92 patients in remission, 50% first reached it in course 1 and 35% in course 2\n"
            "- Most of the rest within three cycles\n")
    assert _at(_lint(full_linter, tmp_path, text), {"O016"}) == []


def test_speed_heading_without_a_time_is_still_flagged(full_linter, tmp_path):
    text = ("Market: US\n\n# Deck\n\n## Remissions come rapidly\n"
            "- Most patients respond to treatment\n\n"
            "## Dosing\n- See the full Prescribing Information for dosing\n")
    assert _at(_lint(full_linter, tmp_path, text), {"O016"}) == [("O016", 5)]


def test_speed_in_a_sentence_is_still_flagged_under_a_timed_section(full_linter, tmp_path):
    text = ("Market: US\n\n# Deck\n\n## Response\n"
            "It works quickly.\n- 50% first responded in cycle 1\n")
    assert _at(_lint(full_linter, tmp_path, text), {"O016"}) == [("O016", 6)]
