"""Subgroup populations (regression guards, wordings written for this test; facts of the shipped
BESPONSA library, CR/CRi in first salvage 87.7% vs 28.8%): a subgroup said as a lead-in, a heading
line over bullets, a table corner or with "respectively" sets the population of the values (a wrong
one is V001 against the subgroup entry, right ones clean); a subgroup the library holds no entry of
is U001, not a mismatch of the overall entry."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"


def _found(linter, tmp_path, text):
    path = tmp_path / "piece.md"
    path.write_text(BES + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


CLEAN = [
    "In patients in first salvage, CR/CRi rates were 87.7% and 28.8%, respectively.\n",
    "In salvage 1, CR/CRi rates were 87.7% and 28.8% for BESPONSA and SC, respectively.\n",
    "In first salvage, the CR/CRi rates were 87.7% and 28.8%.\n",
    "Among patients treated in first salvage: CR/CRi 87.7% vs 28.8%.\n",
    "For those in salvage 1, CR/CRi reached 87.7% with BESPONSA versus 28.8% with chemotherapy.\n",
    "Among patients treated in first salvage:\n\n- CR/CRi: 87.7% vs 28.8%\n",
    "| First salvage | BESPONSA | SC |\n|---|---|---|\n| CR/CRi | 87.7% | 28.8% |\n",
]
WRONG = [
    "In patients in first salvage, CR/CRi rates were 80.7% and 28.8%, respectively.\n",
    "In salvage 1, CR/CRi rates were 87.7% and 38.8% for BESPONSA and SC, respectively.\n",
    "In first salvage, the CR/CRi rates were 80.7% and 28.8%.\n",
    "For those in salvage 1, CR/CRi reached 80.7% with BESPONSA versus 28.8% with chemotherapy.\n",
    "Among patients treated in first salvage:\n\n- CR/CRi: 80.7% vs 28.8%\n",
]
UNREPORTED = [
    "In post-transplant patients, CR/CRi was 65.0% with BESPONSA.\n",
    "In patients with a cytogenetic abnormality t(4;11), CR/CRi was 55.0% with BESPONSA.\n",
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_subgroup_values_in_their_subgroup_are_clean(linter, tmp_path, k):
    assert _found(linter, tmp_path, CLEAN[k]) == []


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_wrong_subgroup_value_is_a_mismatch_of_the_subgroup_entry(linter, tmp_path, k):
    assert _found(linter, tmp_path, WRONG[k]) == ["V001"]


@pytest.mark.parametrize("k", range(len(UNREPORTED)))
def test_unreported_subgroup_is_unsupported(linter, tmp_path, k):
    assert "V001" not in _found(linter, tmp_path, UNREPORTED[k]) and "U001" in _found(linter, tmp_path, UNREPORTED[k])
