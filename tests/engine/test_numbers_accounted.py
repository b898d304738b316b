"""Issue 11 item 3: every number about the product is accounted for (consistent, V001, V002 or U001).

Classes of this file (sentences and rows written for it; facts from the shipped claims libraries):

1. an endpoint written only as its bare abbreviation ("CR" for XOSPATA's complete-remission rate,
   next to "CR/CRh") is read: its figures are judged against that entry, a wrong one is V001, a
   pair written the other way round is V002;
2. plain-text dot-leader rows ("Label ........ value"): each row is one sentence, its values go
   with its own label, never with the row above or below; rows under a lead-in take its endpoint
   (only where their own label names nothing else);
3. a difference in percentage points right after a comparison is that comparison's entry's;
4. baseline characteristics (a share "were in first salvage", its siblings in a list) are judged;
5. a ratio named several words before its value is extracted;
6. a rate at a time point that pins one entry is that entry's, its population named too;
7. a safety row whose grade is given by the heading is judged against the graded entry;
8. a share followed by the outcome it reached ("35% … reached CR/CRh (84/247)") is that outcome's;
9. n/N where the library holds the rate only agrees when it rounds to it.
"""

from __future__ import annotations

import pytest

from claimcheck.sentences import sentence_spans

RULES = {"V001", "V002", "U001"}

XOS = "XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.\n\n"
BES = "Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.\n\n"


def _findings(lint_piece, body: str, name: str = "piece.txt"):
    return lint_piece(body + "\n", name, rules=RULES)


# ---------------------------------------------------------------- 1. bare "CR"
@pytest.mark.parametrize("body, rule, expected, found", [
    (XOS + "Remission in ADMIRAL, XOSPATA vs salvage chemotherapy:\n\n"
           "* CR/CRh: 34.0% vs 15.3%\n* CR: 21.1% vs 12.5%", "V001", "10.5%", "12.5%"),
    (XOS + "Remission in ADMIRAL, XOSPATA vs salvage chemotherapy:\n\n"
           "* CR/CRh: 34.0% vs 15.3%\n* CR: 10.5% vs 21.1%", "V002", "21.1%", "10.5%"),
])
def test_bare_cr_row_is_the_cr_rate(lint_piece, body, rule, expected, found):
    findings = _findings(lint_piece, body)
    assert findings and findings[0].rule == rule and findings[0].line == 6, findings
    assert findings[0].expected == expected and findings[0].found == found


def test_bare_cr_rows_as_published_raise_nothing(lint_piece):
    body = XOS + ("In ADMIRAL, 21.1% of patients given XOSPATA reached CR, against 10.5% with salvage "
                  "chemotherapy; CR/CRh was 34.0% vs 15.3%.")
    assert _findings(lint_piece, body) == []


# ---------------------------------------------------------------- 2. dot-leader rows
LEADER_TABLE = XOS + """ADMIRAL in short (XOSPATA vs salvage chemotherapy)
   Alive at one year .................. 37.1% vs 16.7%
   CR/CRh rate ........................ 34.0% vs 15.3%
   Complete remission ................. 21.1% vs 10.5%
   Median EFS, months ................. 2.8 vs 0.7
"""


def test_each_leader_row_is_one_sentence(tmp_path):
    text = LEADER_TABLE
    rows = [line.strip() for line in text.splitlines() if "...." in line]
    spans = [text[a:b] for a, b in sentence_spans(text)]
    for row in rows:
        assert row in spans, (row, spans)


def test_leader_row_value_goes_with_its_own_label(lint_piece):
    body = LEADER_TABLE.replace("21.1% vs 10.5%", "21.1% vs 14.5%")
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line, f.expected, f.found) for f in findings] == [("V001", 6, "10.5%", "14.5%")], findings


def test_leader_rows_as_published_raise_nothing(lint_piece):
    assert _findings(lint_piece, LEADER_TABLE) == []


def test_leader_rows_under_a_lead_in_naming_the_outcome_in_a_population(lint_piece):
    # the lead-in names the outcome only inside "patients who went on to transplant": the rows' figures
    # are that rate, a wrong one is V001 (not U001 of the endpoint of an earlier paragraph)
    body = BES + ("Complete remission (CR/CRi) in the first 218 randomized patients was 80.7% vs 29.4%.\n\n"
                  "Patients who went on to transplant (all randomized):\n"
                  "   BESPONSA ........................ 48.2%\n"
                  "   Standard chemotherapy ........... 21.6%\n")
    assert _findings(lint_piece, body) == []
    findings = _findings(lint_piece, body.replace("48.2%", "44.2%"))
    assert [(f.rule, f.line, f.expected) for f in findings] == [("V001", 6, "48.2%")], findings


# ---------------------------------------------------------------- 3. a difference after its comparison
DIFF = XOS + ("In ADMIRAL, CR/CRh was reached by 34.0% with XOSPATA and 15.3% with salvage chemotherapy.\n"
              "Difference between the arms, 18.6 percentage points.\n")


def test_difference_after_its_comparison_is_that_entrys(lint_piece):
    assert _findings(lint_piece, DIFF) == []
    findings = _findings(lint_piece, DIFF.replace("18.6 percentage", "17.9 percentage"))
    v001 = [f for f in findings if f.rule == "V001"]
    assert [(f.line, f.expected, f.found) for f in v001] == [(4, "18.6 percentage points", "17.9 percentage points")]
    assert "comparison just before it" in v001[0].message
    assert not [f for f in findings if f.rule == "U001"]


def test_a_row_with_a_label_of_its_own_does_not_take_the_lead_ins_endpoint(lint_piece):
    # "treatment delays" is an outcome the library does not hold: the row is unsupported (U001), not a
    # wrong CR/CRh figure (V001)
    body = XOS + ("CR/CRh by group (XOSPATA vs salvage chemotherapy):\n\n"
                  "* all randomized: 34.0% vs 15.3%\n"
                  "* treatment delays beyond a week: 27.2%\n")
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line) for f in findings] == [("U001", 6)], findings


# ---------------------------------------------------------------- 4. baseline characteristics
@pytest.mark.parametrize("body, expected, found", [
    # the characteristic's words read also as a population ("first salvage"): one reading, the
    # characteristic; its siblings in the list (a prior transplant) are no subgroup of it
    (BES + "At enrolment the median age was 47 years, 66.9% of the trial were in first salvage and 18.4% "
           "had a prior transplant.", ("66.0%", "67.7%"), "66.9%"),
    (BES + "Who was randomized (BESPONSA vs standard chemotherapy):\n\n- median age, years: 47 vs 47\n"
           "- first salvage: 67.7% vs 46.2%", ("64.2%",), "46.2%"),
])
def test_a_changed_baseline_characteristic_is_a_mismatch(lint_piece, body, expected, found):
    # (no arm named for the whole trial's share: the arm's value or the total's, the nearer one)
    findings = _findings(lint_piece, body)
    line = body.count("\n") + 1
    assert [(f.rule, f.line, f.found) for f in findings] == [("V001", line, found)], findings
    assert findings[0].expected in expected and "[matched by:" in findings[0].message


def test_baseline_characteristics_as_published_raise_nothing(lint_piece):
    body = BES + ("At enrolment the median age was 47 years, 66.0% of the trial were in first salvage and 18.4% "
                  "had a prior transplant.\n\nWho was randomized (BESPONSA vs standard chemotherapy):\n\n"
                  "- median age, years: 47 vs 47\n- first salvage: 67.7% vs 64.2%")
    assert _findings(lint_piece, body) == []


# ---------------------------------------------------------------- 5. a ratio named words before its value
@pytest.mark.parametrize("body, expected, found", [
    (XOS + "In ADMIRAL the hazard ratio for overall survival was 0.71 for XOSPATA against salvage chemotherapy.",
     "0.64", "0.71"),
    (BES + "Across all patients given BESPONSA or chemotherapy, the hazard ratio for overall survival was 0.69.",
     "0.75", "0.69"),
])
def test_a_ratio_named_before_a_run_of_words_is_read(lint_piece, body, expected, found):
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line, f.expected, f.found) for f in findings] == [("V001", 3, expected, found)], findings


# ---------------------------------------------------------------- 6. a rate at a time point, its population named too
def test_a_cycle_specific_rate_with_its_population_named_is_a_mismatch(lint_piece):
    # the time point pins the one entry that has it; the responders named are that entry's patients
    # (those who became MRD-negative), not another population
    body = BES + "Of the BESPONSA responders who became MRD-negative, 52.7% had done so by the end of cycle 1."
    findings = _findings(lint_piece, body)
    assert [(f.rule, f.line, f.expected, f.found) for f in findings] == [("V001", 3, "45.7%", "52.7%")], findings
    assert _findings(lint_piece, body.replace("52.7%", "45.7%")) == []


# ---------------------------------------------------------------- 7. a safety table whose grade is in its heading
AE_TABLE = BES + """## Treatment-emergent adverse events of grade 3 or higher (safety population)

| Adverse event | BESPONSA (n=139) | Standard chemotherapy (n=120) |
|---|---|---|
| Febrile neutropenia | 14% | 40% |
| Thrombocytopenia | 20% | 47% |
"""


def test_a_graded_safety_row_is_judged_against_the_graded_entry(lint_piece):
    # the library holds thrombocytopenia of any grade and of grade >=3 for the same patients: the
    # heading's "grade 3 or higher" names which one the row gives
    assert _findings(lint_piece, AE_TABLE, "ae.md") == []
    findings = _findings(lint_piece, AE_TABLE.replace("| 20% |", "| 31% |"), "ae.md")
    assert [(f.rule, f.line, f.expected, f.found) for f in findings] == [("V001", 8, "20%", "31%")], findings
    assert "own qualifier" in findings[0].message



# ---------------------------------------------------------------- 9. n/N where the library holds the rate only
def test_a_fraction_is_judged_by_its_rate_where_the_library_holds_no_counts(lint_piece):
    # ADMIRAL's CR/CRh is held as 34.0% and 15.3%, without n/N: 84/247 is 34.0%, 19/124 is 15.3% (it was
    # reported "34.0 in the reference, the text says 84/247": a false V001)
    body = XOS + "In ADMIRAL, CR/CRh was reached by 84/247 patients on XOSPATA and 19/124 on salvage chemotherapy."
    assert _findings(lint_piece, body) == []


# ---------------------------------------------------------------- 8. a share followed by the outcome it reached
def test_a_share_that_reached_an_outcome_named_after_it_is_that_outcomes(lint_piece):
    # the outcome's name is followed by the share's own n/N: it still names the share before it
    body = XOS + ("Results in ADMIRAL, all randomized patients:\n\n"
                  "- 35.2% of patients on XOSPATA reached CR/CRh (84/247)\n"
                  "- 15.3% with salvage chemotherapy (19/124)\n")
    findings = [f for f in _findings(lint_piece, body) if f.rule == "V001"]
    assert [(f.line, f.expected, f.found) for f in findings] == [(5, "34.0%", "35.2%")], findings
    assert _findings(lint_piece, body.replace("35.2%", "34.0%")) == []
