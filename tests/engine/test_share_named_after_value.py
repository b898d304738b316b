"""A share whose own clause names, after it, what it is the share of ("48.2% is the share of that arm
who went on to HSCT", "48.2%: the proportion of them who proceeded to transplant") takes that outcome,
also where the library names it only inside a population ("who went on to HSCT"), not the endpoint of
the clause or sentence before. Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"


def _found(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(BES + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


CLEAN = [
    ("With BESPONSA, CR/CRi was 80.7%, and 48.2% is the share of that arm who went on to HSCT.\n", "md"),
    ("Remission (CR/CRi) came in 80.7% of BESPONSA patients; 48.2% is the share of them who went on to HSCT.\n", "md"),
    ("- CR/CRi with BESPONSA: 80.7%\n- 48.2%: the share of that arm who went on to HSCT\n", "md"),
    ("CR/CRi with BESPONSA was 80.7%; 48.2% is the proportion who proceeded to transplant.\n", "md"),
    ("- CR/CRi: 80.7% vs 29.4%\n- 48.2% were patients of the BESPONSA arm who went on to transplant\n", "md"),
    ("<p>CR/CRi with BESPONSA was 80.7%, and 48.2% is the share of that arm who went on to HSCT.</p>\n", "html"),
    ("SPEAKER: CR/CRi with BESPONSA was 80.7 percent, and 48.2 percent represents the patients who went on to HSCT.\n", "txt"),
    # stays as it was: the outcome named after a verb, and a population that says whom a rate counts
    ("CR/CRi with BESPONSA was 80.7%, and 48.2% went on to HSCT.\n", "md"),
    ("Of the 79 BESPONSA patients who went on to HSCT, 18 (22.8%) developed VOD.\n", "md"),
    ("CR/CRi with BESPONSA was 80.7%; 22.8% of patients who went on to HSCT developed VOD.\n", "md"),
]
WRONG = [
    ("CR/CRi with BESPONSA was 80.7%, and 58.2% is the share of that arm who went on to HSCT.\n", "md"),
    ("- CR/CRi with BESPONSA: 80.7%\n- 58.2%: the share of that arm who went on to HSCT\n", "md"),
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_share_named_after_value_is_clean(linter, tmp_path, k):
    text, ext = CLEAN[k]
    assert _found(linter, tmp_path, text, ext) == []


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_share_named_after_value_is_checked_against_its_outcome(linter, tmp_path, k):
    text, ext = WRONG[k]
    assert _found(linter, tmp_path, text, ext) in (["V001"], ["U001"])
