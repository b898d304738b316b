"""A wrong figure whose endpoint and arm (or population) the text makes clear is a value mismatch
(V001), not a figure no entry backs (U001) nor nothing at all:

* the other value of a pair whose sentence names a time point in another clause ("median survival
  7.7 vs 6.9 months, and 2-year survival 22.8% vs 10.0%"): the time point, which did not stop the
  partner agreeing with the median entry, does not stop the wrong value being that entry's;
* a duration after a design term and the group it is of ("median follow-up of survivors of 33.5
  months", "median follow-up among patients still alive was 35 months");
* the time from a transplant to the onset of an event, in the wordings of that entry, also where the
  sentence names another population in another clause, or says "time to onset" after the event;
* n of N deaths where the count of people follows the n ("193 of 247 patients ... had died") and the
  library gives the deaths with their denominator;
* a number of cycles in words ("up to seven cycles") in a dosing statement; a maximum before
  transplant ("no more than two cycles before stem cell transplantation": "no more than" is a bound,
  not a denial of the entry's words) is that entry's, not the arm's overall maximum.

Correct figures in the same wordings stay clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

BES = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"
XOS = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\nIn the phase 3 ADMIRAL trial of XOSPATA:\n\n"


def _value_findings(linter, tmp_path, head: str, text: str, market: str = "US"):
    path = tmp_path / "p.md"
    path.write_text(head + text + "\n", encoding="utf-8")
    linter.market = market
    try:
        return [f for f in linter.lint_document(read_document(path)) if f.rule[0] in "VUA"]
    finally:
        linter.market = None


CASES = [
    # (head, market, wrong text, expected reference value in the message, the same text made right)
    (BES, "US", "Median overall survival was 7.7 months vs 6.9 months, and 2-year survival was 22.8% vs 10.0%.",
     "6.2", "Median overall survival was 7.7 months vs 6.2 months, and 2-year survival was 22.8% vs 10.0%."),
    (BES, "EU", "At the final analysis median OS was 7.7 vs 5.8 months; the 2-year rates were 22.8% and 10.0%, respectively.",
     "6.2", "At the final analysis median OS was 7.7 vs 6.2 months; the 2-year rates were 22.8% and 10.0%, respectively."),
    (XOS, "US", "With a median follow-up of survivors of 33.5 months, the hazard ratio for death was 0.665.",
     "37.1", "With a median follow-up of survivors of 37.1 months, the hazard ratio for death was 0.665."),
    (XOS, "EU", "Median follow-up among patients still alive was 35 months, and median OS was 9.3 vs 5.6 months.",
     "37.1", "Median follow-up among patients still alive was 37 months, and median OS was 9.3 vs 5.6 months."),
    (BES, "US", "VOD was reported up to 56 days after the last dose without an intervening transplant; the median "
     "time from transplant to VOD onset was 21 days.",
     "15", "VOD was reported up to 56 days after the last dose without an intervening transplant; the median "
     "time from transplant to VOD onset was 15 days."),
    (BES, "US", "The median time from HSCT to VOD onset was 12 days, and VOD occurred up to 56 days after the "
     "last dose in patients who did not proceed to HSCT.",
     "15", "The median time from HSCT to VOD onset was 15 days, and VOD occurred up to 56 days after the "
     "last dose in patients who did not proceed to HSCT."),
    (BES, "EU", "VOD/SOS may occur up to 56 days after the final dose; following HSCT, the median time to onset "
     "was 19 days.",
     "15", "VOD/SOS may occur up to 56 days after the final dose; following HSCT, the median time to onset "
     "was 15 days."),
    (XOS, "US", "By the data cut-off, 98 out of the 124 patients on chemotherapy had died, as had 203 of 247 "
     "patients on XOSPATA.",
     "97/124", "By the data cut-off, 97 out of the 124 patients on chemotherapy had died, as had 203 of 247 "
     "patients on XOSPATA."),
    (XOS, "EU", "Deaths at two years: 213 of 247 patients with gilteritinib and 97 of 124 with salvage chemotherapy.",
     "203/247", "Deaths at two years: 203 of 247 patients with gilteritinib and 97 of 124 with salvage chemotherapy."),
    (BES, "EU", "Patients who will not undergo transplantation may be given a maximum of seven treatment cycles.",
     "6 cycles", "Patients who will not undergo transplantation may be given a maximum of six treatment cycles."),
    (BES, "US", "To limit the risk of VOD, BESPONSA should be given for no more than three cycles before "
     "haematopoietic stem cell transplantation.",
     "2 cycles", "To limit the risk of VOD, BESPONSA should be given for no more than two cycles before "
     "haematopoietic stem cell transplantation."),
    (BES, "US", "For patients going on to HSCT the recommended duration is three cycles.",
     "2 cycles", "For patients going on to HSCT the recommended duration is two cycles."),
]


@pytest.mark.parametrize("head, market, wrong, expected, right", CASES)
def test_the_wrong_figure_is_a_value_mismatch(linter, tmp_path, head, market, wrong, expected, right):
    found = _value_findings(linter, tmp_path, head, wrong, market)
    assert [f.rule for f in found] == ["V001"], [f.message for f in found]
    assert expected in found[0].message


@pytest.mark.parametrize("head, market, wrong, expected, right", CASES)
def test_the_right_figure_is_clean(linter, tmp_path, head, market, wrong, expected, right):
    assert _value_findings(linter, tmp_path, head, right, market) == []


@pytest.mark.parametrize("text", [
    # a number of cycles in another clause than the words of the entry it would be judged by
    "Patients without CR/CRi within three cycles should stop treatment, and two cycles is usual if you are "
    "heading to transplant.",
    # cycles patients had, not a dosing statement
    "About 95 per cent of patients completed two cycles.",
    # a list of n of N after two rates, paired as listed
    "CR/CRi rates were 80.7% and 29.4% (88 of 109 and 32 of 109 patients).",
])
def test_left_alone(linter, tmp_path, text):
    assert _value_findings(linter, tmp_path, BES, text) == []
