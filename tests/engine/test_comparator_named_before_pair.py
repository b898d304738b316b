"""The only arm named before a compared pair of values, as the comparator of a subject the sentence
leaves implicit ("lower than with chemotherapy, 19.34 versus 42.44", "Compared with salvage
chemotherapy, CR/CRh was 34.0% vs 15.3%"), is the second value's; the first value is the other
arm's. Before, the arm was given to the value next to it (a false V001/V002 on a correct piece).
Texts written for this test; facts of the shipped XOSPATA and BESPONSA libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _found(linter, tmp_path, product, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(f"---\nmarket: US\nproduct: {product}\n---\n# Efficacy\n\n{text}", encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


CLEAN = [
    ("xospata", "The exposure-adjusted adverse-event rate was lower than with chemotherapy, 19.34 versus "
                "42.44 events per patient-year.\n", "md"),
    ("xospata", "Compared with salvage chemotherapy, CR/CRh was 34.0% vs 15.3%.\n", "md"),
    ("xospata", "- Versus salvage chemotherapy, CR/CRh was higher (34.0% vs 15.3%)\n", "md"),
    ("xospata", "<p>Relative to the chemotherapy arm, the CR/CRh rate was 34.0% versus 15.3%.</p>\n", "html"),
    ("besponsa", "CR/CRi was more than twice as frequent as with standard chemotherapy: 80.7% vs 29.4%.\n", "md"),
    # stays as it was: both arms named, or the arm after the pair
    ("xospata", "CR/CRh was 34.0% with gilteritinib vs 15.3% with salvage chemotherapy.\n", "md"),
    ("besponsa", "Compared with standard chemotherapy, BESPONSA gave CR/CRi in 80.7% vs 29.4%.\n", "md"),
]
WRONG = [
    ("xospata", "The exposure-adjusted adverse-event rate was lower than with chemotherapy, 42.44 versus "
                "19.34 events per patient-year.\n", "md", "V002"),
    ("xospata", "Compared with salvage chemotherapy, CR/CRh was 15.3% vs 34.0%.\n", "md", "V002"),
    ("xospata", "Compared with salvage chemotherapy, CR/CRh was 31.0% vs 15.3%.\n", "md", "V001"),
    ("besponsa", "CR/CRi was more than twice as frequent as with standard chemotherapy: 80.7% vs 24.9%.\n",
     "md", "V001"),
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_comparator_before_the_pair_is_the_second_values(full_linter, tmp_path, k):
    product, text, ext = CLEAN[k]
    assert _found(full_linter, tmp_path, product, text, ext) == []


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_a_swapped_or_wrong_value_is_still_reported(full_linter, tmp_path, k):
    product, text, ext, rule = WRONG[k]
    assert rule in _found(full_linter, tmp_path, product, text, ext)
