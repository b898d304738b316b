"""An unwritten "respectively" (helper v2): values joined by "and", then as many arms joined by "and"
right after them ("median OS was 7.7 months and 6.2 months for inotuzumab and standard therapy")
pair in order, as with "respectively": correct text is clean, a swapped or wrong value is caught
once, on the arm it belongs to."""

from __future__ import annotations

import pytest


def _value(lint_piece, sentence: str):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n", "p.md",
                      rules=("V001", "V002"))


RIGHT = [
    "Median overall survival was 7.7 months and 6.2 months for inotuzumab and standard therapy.",
    "Median overall survival was 7.7 months and 6.2 months with BESPONSA and chemotherapy.",
    "Median overall survival: 7.7 and 6.2 months for BESPONSA and chemotherapy.",
    "CR/CRi rates were 80.7% and 29.4% for BESPONSA and chemotherapy.",
    "HSCT rates were 48.2% and 21.6% in patients receiving BESPONSA and standard chemotherapy.",
    "Median overall survival was 7.7 and 6.2 months with inotuzumab and chemotherapy, respectively.",
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_arms_after_the_values_pair_in_order(lint_piece, sentence):
    assert _value(lint_piece, sentence) == []


def test_a_wrong_comparator_value_is_one_v001_on_the_comparator(lint_piece):
    found = _value(lint_piece,
                   "Median overall survival was 7.7 months and 6.7 months for inotuzumab and standard therapy.")
    assert [f.rule for f in found] == ["V001"] and "6.2" in found[0].message


def test_swapped_values_are_caught(lint_piece):
    found = _value(lint_piece,
                   "Median overall survival was 6.2 months and 7.7 months for inotuzumab and standard therapy.")
    assert found and all(f.rule == "V002" for f in found)
