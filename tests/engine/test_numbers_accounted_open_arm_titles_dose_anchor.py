"""Every number about the product is accounted for (consistent, V001 or U001): three classes of
figures that were listed as "unsupported" or "unconfirmable" with no finding at all.

1. A figure in a clause of its own that names no arm, after a compared pair in a sentence naming the
   product ("80.7% with the product versus 29.4% with chemotherapy, with a median overall survival of
   9.9 months"): context.py takes the arm of the pair's last value as the nearest guess ("ambiguous"),
   the matcher reads the arm as open, and U001 skipped the figure as the comparator's. An invented
   figure of this kind is U001 and its message says the arm is not stated; one any arm's entry holds
   stays clean (checks/unsupported._open_arm).
2. A results table whose outcome is named in its title (a caption, a bold or plain line, a lead-in
   above it) or in the first cell of a plain-text header, that says its rows are subgroups ("CR/CRi
   across baseline subgroups"), and whose row labels are baseline characteristics: a row for a
   subgroup the library holds no entry of that outcome for ("Age 55 years or older") was read as the
   baseline share (age >=55) and left unsupported with no finding. It is the outcome in that subgroup
   -> U001 (checks/unsupported._baseline_row_subgroup, _table_title; a plain-text row is "label | a |
   b", with no bar at its start).
3. A median time from the last dose to an event the library holds only as a rate ("the median time
   from the last dose to transplant was 5 weeks"): the word "dose" made the figure a definition
   (data/outcomes.yaml defining); a dose, infusion or cycle that only says where a time starts
   (time_from_treatment) no longer does -> U001.

Controls stay clean: held figures in the same layouts, dosing durations and schedules, comparator
figures the library holds, background figures about other therapies, a table of the patients'
characteristics. Texts written for these tests (figures of the shipped claims libraries; wrong ones
on purpose).
"""

from __future__ import annotations

import pytest

RULES = {"V001", "V002", "U001"}

BES = "# BESPONSA in relapsed or refractory B-cell precursor ALL\n\n"
XOS = "# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"


def _of(found, figure: str) -> list[str]:
    return [f.rule for f in found if f.found and figure in f.found]


# ---------------------------------------------------------------- 1. an arm left open by its clause
OPEN_ARM = [
    (BES + "CR/CRi was reached by 80.7% with BESPONSA versus 29.4% with chemotherapy (P<0.001), "
           "with a median overall survival of 9.9 months.\n", "9.9 months"),
    (BES + "Remission rates were 80.7% for BESPONSA and 29.4% for standard chemotherapy; and 2-year "
           "survival was 31.5%.\n", "31.5%"),
    (BES + "With BESPONSA, 80.7% reached CR/CRi compared with 29.4% on SC, and 55.0% went on to HSCT.\n",
     "55.0%"),
    (BES + "With BESPONSA, 80.7% reached CR/CRi compared with 29.4% on SC, and the median time to "
           "remission was 3.1 weeks.\n", "3.1 weeks"),
    (XOS + "Median OS was 9.3 months with XOSPATA versus 5.6 months with salvage chemotherapy, with a "
           "CR/CRh rate of 41.0%.\n", "41.0%"),
    (XOS + "CR/CRh was reached by 34.0% with XOSPATA vs 15.3% with salvage chemotherapy, and median "
           "overall survival reached 12.1 months.\n", "12.1 months"),
]


@pytest.mark.parametrize("market", ["US", "EU"])
@pytest.mark.parametrize("text,figure", OPEN_ARM)
def test_an_invented_figure_in_a_clause_naming_no_arm_is_unsupported(lint_piece, text, figure, market):
    found = lint_piece(text, "open.md", rules=RULES, market=market)
    assert _of(found, figure) == ["U001"]
    (finding,) = [f for f in found if figure in (f.found or "")]
    assert "arm not stated" in finding.message


@pytest.mark.parametrize("text", [
    # the comparator's held figure, the product's held figure, each arm's own figure named
    BES + "CR/CRi was reached by 80.7% with BESPONSA versus 29.4% with chemotherapy, with a median "
          "overall survival of 7.7 months.\n",
    BES + "With BESPONSA, 80.7% reached CR/CRi compared with 29.4% on SC, and 48.2% went on to HSCT.\n",
    BES + "CR/CRi was reached by 80.7% with BESPONSA versus 29.4% with chemotherapy, and median overall "
          "survival was 7.7 versus 6.2 months.\n",
    BES + "CR/CRi: 80.7% with BESPONSA vs 29.4% with chemotherapy, with a median overall survival of "
          "6.2 months in the chemotherapy arm.\n",
    XOS + "Median OS was 9.3 months with XOSPATA versus 5.6 months with salvage chemotherapy, with a "
          "CR/CRh rate of 34.0%.\n",
    XOS + "CR/CRh was reached by 34.0% with XOSPATA vs 15.3% with salvage chemotherapy, and median "
          "overall survival reached 5.6 months.\n",
    # dosing and background figures
    BES + "CR/CRi was reached by 80.7% with BESPONSA versus 29.4% with chemotherapy, and for patients "
          "not proceeding to transplant treatment may continue for a minimum of 6 months.\n",
    BES + "CR/CRi was reached by 80.7% with BESPONSA versus 29.4% with chemotherapy. With older salvage "
          "regimens, CR rates of 31% to 44% have been reported.\n",
])
def test_held_figures_dosing_and_background_in_such_clauses_stay_clean(lint_piece, text):
    assert [f.rule for f in lint_piece(text, "open.md", rules="U001", market="US")] == []


# ---------------------------------------------------------------- 2. subgroup rows under an outcome title
PLAIN_HEADER = """BESPONSA in relapsed or refractory B-cell precursor ALL

CR/CRi across baseline subgroups*   BESPONSA   Chemo
First salvage                       {s1}      28.8%
Age 55 years or older               {age}      {age_sc}

*INO-VATE ALL, first 218 randomized. Subgroup analyses were exploratory; interpret with caution.
"""

PLAIN_TITLE = """BESPONSA in relapsed or refractory B-cell precursor ALL

CR/CRi by baseline subgroup (INO-VATE ALL)

Subgroup                   BESPONSA   SC
First salvage              {s1}      28.8%
Age 55 years or older      {age}      {age_sc}

Subgroup analyses were exploratory; interpret with caution.
"""

PLAIN_TITLE_TIGHT = """BESPONSA in relapsed or refractory B-cell precursor ALL

Remission (CR/CRi) in baseline subgroups
                           BESPONSA   SC
First salvage              {s1}      28.8%
Age 55 years or older      {age}      {age_sc}

Subgroup analyses were exploratory; interpret with caution.
"""

PIPE_BOLD_TITLE = """# BESPONSA in relapsed or refractory B-cell precursor ALL

**CR/CRi by baseline subgroup**

| Subgroup | BESPONSA | SC |
|---|---|---|
| First salvage | {s1} | 28.8% |
| Age 55 years or older | {age} | {age_sc} |

Subgroup analyses were exploratory; interpret with caution.
"""

PIPE_LEAD_IN = """# BESPONSA in relapsed or refractory B-cell precursor ALL

CR/CRi across baseline subgroups:

| | BESPONSA | SC |
|---|---|---|
| First salvage | {s1} | 28.8% |
| Age 55 years or older | {age} | {age_sc} |

Subgroup analyses were exploratory; interpret with caution.
"""

HTML_CAPTION = """<html><body><h1>BESPONSA in relapsed or refractory B-cell precursor ALL</h1>
<table><caption>CR/CRi across baseline subgroups</caption>
<tr><th>Subgroup</th><th>BESPONSA</th><th>SC</th></tr>
<tr><td>First salvage</td><td>{s1}</td><td>28.8%</td></tr>
<tr><td>Age 55 years or older</td><td>{age}</td><td>{age_sc}</td></tr>
</table>
<p>Subgroup analyses were exploratory; interpret with caution.</p>
</body></html>
"""

SUBGROUP_LAYOUTS = [("h.txt", PLAIN_HEADER), ("t.txt", PLAIN_TITLE), ("tt.txt", PLAIN_TITLE_TIGHT),
                    ("b.md", PIPE_BOLD_TITLE), ("l.md", PIPE_LEAD_IN), ("c.html", HTML_CAPTION)]


@pytest.mark.parametrize("name,layout", SUBGROUP_LAYOUTS)
def test_a_row_of_an_unheld_subgroup_is_the_outcome_in_it(lint_piece, name, layout):
    text = layout.format(s1="87.7%", age="74.5%", age_sc="22.0%")
    found = lint_piece(text, name, rules=RULES, market="EU")
    assert _of(found, "74.5%") == ["U001"]
    assert _of(found, "22.0%") == ["U001"]
    assert all("CR/CRi" in f.message for f in found)
    assert [f for f in found if "87.7%" in (f.found or "") or "28.8%" in (f.found or "")] == []


@pytest.mark.parametrize("name,layout", SUBGROUP_LAYOUTS)
def test_the_held_subgroup_row_is_judged_and_clean_when_right(lint_piece, name, layout):
    wrong = layout.format(s1="83.7%", age="74.5%", age_sc="22.0%")
    assert _of(lint_piece(wrong, name, rules=RULES, market="US"), "83.7%") == ["V001"]


PLAIN_CHARACTERISTICS = """BESPONSA in relapsed or refractory B-cell precursor ALL

CR/CRi was reached by 80.7% with BESPONSA versus 29.4% with standard chemotherapy.

Patient characteristics at study entry

Characteristic              BESPONSA   SC
First salvage               {s1}      64.2%
Age 55 years or older       36.6%      36.4%
"""

PIPE_CHARACTERISTICS_OF_SUBGROUPS = """# BESPONSA in relapsed or refractory B-cell precursor ALL

**Characteristics of the patients in the CR/CRi subgroup analyses**

| Subgroup | BESPONSA | SC |
|---|---|---|
| First salvage | {s1} | 64.2% |
| Age 55 years or older | 36.6% | 36.4% |
"""


@pytest.mark.parametrize("name,layout", [("pc.txt", PLAIN_CHARACTERISTICS),
                                         ("pc.md", PIPE_CHARACTERISTICS_OF_SUBGROUPS)])
def test_a_table_of_characteristics_keeps_its_baseline_shares(lint_piece, name, layout):
    assert lint_piece(layout.format(s1="67.7%"), name, rules=RULES, market="US") == []


# ---------------------------------------------------------------- 3. a time counted from the last dose
DOSE_ANCHOR = [
    BES + "More patients proceeded to transplant. This applied to 43.3% (71/164) of BESPONSA patients and "
          "11.1% (18/162) of SC patients. The median time from the last BESPONSA dose to transplant was "
          "5 weeks.\n",
    BES + "43.3% of BESPONSA patients and 11.1% of SC patients proceeded directly to HSCT; transplant "
          "followed a median of 5 weeks after the final dose.\n",
    BES + "Direct HSCT: 43.3% with BESPONSA vs 11.1% with SC. Median time from last infusion to HSCT: "
          "5 weeks.\n",
    BES + "43.3% (71/164) of BESPONSA patients went straight to transplant, versus 11.1% (18/162) with SC; "
          "the median interval from the last dose of BESPONSA to HSCT was 5 weeks (range 2-12).\n",
    BES + "- Proceeded directly to HSCT: 43.3% BESPONSA vs 11.1% SC\n"
          "- Median time from last dose to HSCT: 5 weeks\n",
    BES + "43.3% of BESPONSA patients proceeded to transplant directly. Patients received HSCT a median of "
          "5 weeks after their last BESPONSA dose.\n",
]


@pytest.mark.parametrize("market", ["US", "EU"])
@pytest.mark.parametrize("text", DOSE_ANCHOR)
def test_a_median_time_from_the_last_dose_to_an_event_held_as_a_rate_is_unsupported(lint_piece, text, market):
    found = lint_piece(text, "hsct.md", rules=RULES, market=market)
    assert _of(found, "5 weeks") == ["U001"]
    assert [f.rule for f in found if "43.3%" in (f.found or "") or "11.1%" in (f.found or "")] == []


@pytest.mark.parametrize("text", [
    BES + "BESPONSA is given in cycles of 21 to 28 days. For patients proceeding to HSCT, the recommended "
          "duration of treatment is 2 cycles; a third cycle may be considered for patients who do not "
          "achieve MRD negativity within 2 cycles.\n",
    BES + "With BESPONSA, 43.3% proceeded directly to HSCT versus 11.1% with SC. The last dose should be "
          "given at least 2 weeks before the conditioning regimen for transplant begins.\n",
    BES + "With BESPONSA, 43.3% proceeded directly to HSCT versus 11.1% with SC; the dose was given over "
          "1 hour, on days 1, 8 and 15 of a 21-day cycle before transplant.\n",
])
def test_dosing_durations_and_schedules_stay_clean(lint_piece, text):
    assert lint_piece(text, "dosing.md", rules="U001", market="US") == []
