"""A "respectively" list whose endpoint is a phrase that two endpoints' synonyms share: the shipped
libraries read "alive at least two years" both as overall survival at 2 years (BESPONSA) and as the
long-term survivors (XOSPATA). That one place is one item of the list, not two: the second value
does not take the other reading (a false V001 against the 2-year OS rate). Texts written for this
test; facts of the shipped XOSPATA library."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

XOS = "---\nmarket: US\nproduct: xospata\n---\n# XOSPATA (gilteritinib) in relapsed or refractory FLT3m+ AML\n\n"


def _found(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(XOS + text, encoding="utf-8")
    return [(f.rule, f.reference_id) for f in linter.lint_document(read_document(path))
            if f.rule in ("V001", "V002", "U001")]


CLEAN = [
    "49/247 gilteritinib patients and 14/124 chemotherapy patients were alive at least two years after "
    "randomization (19.8% and 11.3%, respectively).\n",
    "At the longer follow-up, patients alive at least two years made up 19.8% and 11.3% of the gilteritinib "
    "and chemotherapy arms, respectively.\n",
    "- Still alive at 2 years or more: 19.8% and 11.3% (gilteritinib and salvage chemotherapy, respectively)\n",
    "<p>Of those randomised, 19.8% and 11.3% were alive at least two years with gilteritinib and with "
    "chemotherapy, respectively.</p>\n",
]
WRONG = [
    "49/247 gilteritinib patients and 14/124 chemotherapy patients were alive at least two years after "
    "randomization (19.8% and 13.1%, respectively).\n",
    "At the longer follow-up, patients alive at least two years made up 21.8% and 11.3% of the gilteritinib "
    "and chemotherapy arms, respectively.\n",
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_one_place_named_by_two_endpoints_is_one_item(full_linter, tmp_path, k):
    text = CLEAN[k]
    assert _found(full_linter, tmp_path, text, "html" if text.startswith("<") else "md") == []


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_a_wrong_value_is_judged_against_its_own_endpoint(full_linter, tmp_path, k):
    found = _found(full_linter, tmp_path, WRONG[k])
    assert [rule for rule, _ in found] == ["V001"]
    assert found[0][1] == "admiral.long-term-survivors"
