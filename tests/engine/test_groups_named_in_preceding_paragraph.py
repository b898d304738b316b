"""Groups named in the paragraph before their values, in a question or a set-up ("How did patients who
received ≤X compare with those who received >X?", "compared a dose of ≤X with >X", "a lower-dose
group and a higher-dose group"), give a later "A% and B%" its groups in order, as a "vs" list did: the
values are the groups' rates (checked against the groups' entry), not product-wide rates with no entry.
Texts written for this test; facts of the shipped BESPONSA library (its cumulative-dose analysis)."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA (inotuzumab ozogamicin) in relapsed or refractory B-cell ALL\n\nINO-VATE ALL: BESPONSA versus investigator's choice of standard chemotherapy.\n\n"
Q = "**How did patients who received ≤3.3 mg/m² compare with those who received >3.3 mg/m²?**\n\n"


def _found(linter, tmp_path, text, ext="md"):
    path = tmp_path / f"piece.{ext}"
    path.write_text(BES + text, encoding="utf-8")
    return sorted(f.rule for f in linter.lint_document(read_document(path)) if f.rule in ("V001", "V002", "U001"))


CLEAN = [
    (Q + "Among 338 patients (161 vs 177), HSCT rates were similar: 42.2% and 42.4%.\n", "md"),
    ("Q: How did patients who received ≤3.3 mg/m² compare with those who received >3.3 mg/m²?\n\n"
     "A: Among 338 patients (161 vs 177), HSCT rates were similar: 42.2% and 42.4%.\n", "txt"),
    ("An analysis compared a total cumulative dose of ≤3.3 mg/m² with >3.3 mg/m².\n\n"
     "In the 338 patients, transplant rates were 42.2% and 42.4%, respectively.\n", "md"),
    ("Patients were split into a lower-dose group and a higher-dose group.\n\n- HSCT rates: 42.2% and 42.4%\n", "md"),
    ("<h3>How did patients who received ≤3.3 mg/m² compare with those who received >3.3 mg/m²?</h3>"
     "<p>Among 338 patients, HSCT rates were similar: 42.2% and 42.4%.</p>\n", "html"),
]
WRONG = [
    (Q + "Among 338 patients (161 vs 177), HSCT rates were similar: 52.2% and 42.4%.\n", "md"),
    ("Patients were split into a lower-dose group and a higher-dose group.\n\nHSCT rates were 42.2% and 47.4%.\n", "md"),
]


@pytest.mark.parametrize("k", range(len(CLEAN)))
def test_groups_named_before_give_values_in_order(linter, tmp_path, k):
    text, ext = CLEAN[k]
    assert _found(linter, tmp_path, text, ext) == []


@pytest.mark.parametrize("k", range(len(WRONG)))
def test_groups_named_before_values_are_checked(linter, tmp_path, k):
    text, ext = WRONG[k]
    assert _found(linter, tmp_path, text, ext) == ["V001"]
