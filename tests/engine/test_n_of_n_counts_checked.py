"""n of N in words for a known event ("fatal post-HSCT VOD in 8 of 18", "8 of those 18 events were
fatal", "8 out of 18") is read as a share and compared with the entry's n and N, also where the library
gives the event as a count with its denominator: the denominator names the entry, a wrong count is a
mismatch (V001). A place in a sequence ("day 8 of 28", "2 of 4 cycles") is no share. Texts written for
this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"


def _found(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(BES + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


WRONG = [
    ("Among patients who proceeded to HSCT, VOD occurred in 18 of 79, with fatal post-HSCT VOD in 8 of 18.\n", "md"),
    ("VOD/SOS occurred in 18 of 79 BESPONSA patients (22.8%) who proceeded to HSCT; 8 of those 18 events were fatal.\n", "md"),
    ("SPEAKER: Of the 79 who went on to transplant, VOD occurred in 18, and it was fatal in 8 out of 18.\n", "txt"),
    ("- Post-HSCT VOD: 18 of 79 (22.8%)\n- Fatal VOD: 8 of 18\n", "md"),
    ("<p>Post-HSCT VOD occurred in 18 of 79 patients and was fatal in 8 of 18.</p>\n", "html"),
]
CLEAN = [
    ("Among patients who proceeded to HSCT, VOD occurred in 18 of 79, with fatal post-HSCT VOD in 5 of 18.\n", "md"),
    ("VOD/SOS occurred in 18 of 79 BESPONSA patients (22.8%) who proceeded to HSCT; 5 of those 18 events were fatal.\n", "md"),
    ("SPEAKER: Of the 79 who went on to transplant, VOD occurred in 18, and it was fatal in 5 out of 18.\n", "txt"),
    ("- Post-HSCT VOD: 18 of 79 (22.8%)\n- Fatal: 5 of 18\n", "md"),
    ("Post-HSCT VOD was fatal in 5 of 18; in one patient it began on day 8 of 28.\n", "md"),
    # n of N and its percentage, one figure given twice: the rate keeps the endpoint its n/N names
    ("VOD/SOS after HSCT occurred in 18 of the 79 BESPONSA patients who were transplanted (22.8%), and "
     "post-HSCT non-relapse mortality was 39% vs 23%.\n", "txt"),
    ("Infusions 2 of 15 and 3 of 15 were delayed; fatal post-HSCT VOD occurred in 5 of 18.\n", "md"),
]


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_wrong_n_of_n_is_a_mismatch(linter, tmp_path, k):
    text, ext = WRONG[k]
    assert _found(linter, tmp_path, text, ext) == ["V001"]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_n_of_n_as_published_is_clean(linter, tmp_path, k):
    text, ext = CLEAN[k]
    assert _found(linter, tmp_path, text, ext) == []
