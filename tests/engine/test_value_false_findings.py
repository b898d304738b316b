"""False value findings on correct material (helper a14): shapes of a correct sentence that were
read wrongly, each checked in several layouts, with a defect of the same shape still caught.

1. a list of n/N in a bracket after a list of percentages pairs with them in order;
2. "respectively" sentences with two compared pairs take each pair's arms in its own order;
3. a count with a percentage that names its own outcome is not the previous sentence's endpoint;
4. a table whose rows are the arms is read row by row;
5. "survival at 2 years" / "2-year survival" is a landmark, not a median of that duration;
6. a "respectively" list that names two endpoints gives each pair its own endpoint (and arms).
"""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

#: the value, arithmetic and unsupported-claim rules: the ones a misread figure raises
VALUE_RULES = {"V001", "V002", "A001", "U001"}


def _findings(lint_piece, name: str, text: str):
    return lint_piece(text, name, rules=VALUE_RULES)


def _at(findings, text: str, needle: str) -> set[str]:
    """The rules raised at the line of ``needle``."""
    line = text[:text.index(needle)].count("\n") + 1
    return {f.rule for f in findings if f.line == line}


def _doc(name: str, sentence: str) -> tuple[str, str]:
    """One sentence set in a Markdown, an HTML and a plain-text piece."""
    if name.endswith(".html"):
        return name, (f"<html><body><h1>Results</h1>\n<p>In the phase 3 INO-VATE ALL study:</p>\n"
                      f"<p>{sentence}</p>\n</body></html>\n")
    if name.endswith(".md"):
        return name, f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n"
    return name, f"RESULTS\n\nIn the phase 3 INO-VATE ALL study:\n\n{sentence}\n"


# ---------------------------------------------------------------- 1. crosswise n/N
N_OF_N = [
    "Remission (CR/CRi) came in 80.7% vs 29.4% of patients (88/109 vs 32/109) on BESPONSA and on chemotherapy.",
    "On BESPONSA 48.2% of patients reached HSCT, against 21.6% on standard chemotherapy (79/164 and 35/162).",
    "Among responders, MRD negativity was 78.4% with BESPONSA versus 28.1% with chemotherapy [69/88 versus 9/32].",
    "CR/CRi rate: 80.7% and 29.4%, BESPONSA and chemotherapy respectively (88/109, 32/109).",
]


@pytest.mark.parametrize("layout", ["p.md", "p.html", "p.txt"])
@pytest.mark.parametrize("sentence", N_OF_N)
def test_a_list_of_fractions_pairs_with_the_percentages_in_order(lint_piece, layout, sentence):
    name, text = _doc(layout, sentence)
    assert _findings(lint_piece, name, text) == []


@pytest.mark.parametrize("layout", ["p.md", "p.txt"])
def test_fractions_given_crosswise_or_wrong_are_still_found(lint_piece, layout):
    good = N_OF_N[0]
    name, text = _doc(layout, good.replace("(88/109 vs 32/109)", "(32/109 vs 88/109)"))
    found = _at(_findings(lint_piece, name, text), text, "32/109 vs")
    assert "A001" in found and "V001" in found
    name, text = _doc(layout, good.replace("(88/109 vs 32/109)", "(88/109 vs 35/109)"))
    found = _at(_findings(lint_piece, name, text), text, "35/109")
    assert "A001" in found  # 35/109 is 32.1%, not the 29.4% it is written with


# ---------------------------------------------------------------- 2. "respectively" with compared pairs
TWO_PAIRS = [
    # a compared pair, then a listed pair the word "respectively" closes
    "BESPONSA brought CR/CRi to 80.7% of patients compared with 29.4% on chemotherapy, "
    "and MRD negativity to 78.4% and 28.1%, respectively.",
    # arms named once before, both pairs listed
    "With BESPONSA and with chemotherapy, the CR/CRi rates were 80.7% and 29.4% and the MRD-negativity "
    "rates 78.4% and 28.1%, respectively.",
    # one arm's two endpoints, compared with the other arm's two endpoints
    "The CR/CRi and MRD-negativity rates with BESPONSA were 80.7% and 78.4%, compared with 29.4% and "
    "28.1% with chemotherapy, respectively.",
]


@pytest.mark.parametrize("layout", ["p.md", "p.html", "p.txt"])
@pytest.mark.parametrize("sentence", TWO_PAIRS)
def test_each_pair_keeps_the_arm_order_the_sentence_gives(lint_piece, layout, sentence):
    name, text = _doc(layout, sentence)
    assert _findings(lint_piece, name, text) == []


@pytest.mark.parametrize("sentence,swap", [
    (TWO_PAIRS[0], ("80.7% of patients compared with 29.4%", "29.4% of patients compared with 80.7%")),
    (TWO_PAIRS[2], ("80.7% and 78.4%, compared with 29.4%", "29.4% and 78.4%, compared with 80.7%")),
])
def test_a_swapped_pair_in_such_a_sentence_is_still_found(lint_piece, sentence, swap):
    name, text = _doc("p.md", sentence.replace(*swap))
    assert "V002" in _at(_findings(lint_piece, name, text), text, "29.4%")


# ---------------------------------------------------------------- 6. a "respectively" list of two endpoints
TWO_ENDPOINTS = [
    "In the cumulative-dose analysis, grade ≥3 adverse events were seen in 59.6% and 79.7% of the lower- "
    "and higher-dose groups, and discontinuation due to adverse events in 14.9% and 19.2%, respectively.",
    "In the cumulative-dose analysis, lower and higher cumulative doses came with grade ≥3 adverse events "
    "in 59.6% and 79.7% and treatment discontinuation in 14.9% and 19.2%, respectively.",
    "In the cumulative-dose analysis, grade 3 or higher adverse events (59.6% vs 79.7%) and discontinuation "
    "due to adverse events (14.9% vs 19.2%) were each less frequent in the ≤3.3 mg/m² group than in the "
    ">3.3 mg/m² group, respectively.",
]


@pytest.mark.parametrize("layout", ["p.md", "p.html", "p.txt"])
@pytest.mark.parametrize("sentence", TWO_ENDPOINTS)
def test_each_value_of_a_two_endpoint_list_takes_its_own_endpoint_and_arm(lint_piece, layout, sentence):
    name, text = _doc(layout, sentence)
    assert _findings(lint_piece, name, text) == []


def test_the_second_pair_of_such_a_list_is_still_checked(lint_piece):
    name, text = _doc("p.md", TWO_ENDPOINTS[0].replace("14.9% and 19.2%", "19.2% and 14.9%"))
    assert "V002" in _at(_findings(lint_piece, name, text), text, "19.2% and")
    name, text = _doc("p.md", TWO_ENDPOINTS[1].replace("14.9% and 19.2%", "14.9% and 21.2%"))
    assert _at(_findings(lint_piece, name, text), text, "21.2%") & {"V001", "U001"}


# ---------------------------------------------------------------- 3. a count that states its own outcome
OWN_OUTCOME = [
    # the outcome after the value, the transplant rate in the sentence before
    "BESPONSA patients went on to HSCT in 48.2% of cases (79/164). Of those 79, 31 (39%) died of causes "
    "other than relapse.",
    # ... in the next paragraph
    "Of the 164 patients given BESPONSA, 79 (48.2%) proceeded to HSCT.\n\nAmong the transplanted "
    "patients, 31 (39%) had a non-relapse death.",
    # ... compared with the other arm, which is named only after its own value
    "Transplant followed for 79 BESPONSA patients (48.2%). After it, 31 (39%) died without relapse, "
    "compared with 8 (23%) of the 35 chemotherapy patients who underwent HSCT.",
]


@pytest.mark.parametrize("layout", ["p.md", "p.html", "p.txt"])
@pytest.mark.parametrize("sentence", OWN_OUTCOME)
def test_an_outcome_named_with_the_value_wins_over_the_one_before(lint_piece, layout, sentence):
    name, text = _doc(layout, sentence)
    assert _findings(lint_piece, name, text) == []


def test_a_wrong_figure_of_that_outcome_is_still_found(lint_piece):
    name, text = _doc("p.md", OWN_OUTCOME[0].replace("31 (39%)", "31 (33%)"))
    assert {"V001", "U001"} & _at(_findings(lint_piece, name, text), text, "31 (33%)")
    name, text = _doc("p.md", OWN_OUTCOME[2].replace("8 (23%)", "8 (39%)").replace("31 (39%)", "31 (23%)"))
    assert {"V002", "V001"} & _at(_findings(lint_piece, name, text), text, "31 (23%)")


# ---------------------------------------------------------------- 4. tables whose rows are the arms
def _arm_rows(layout: str, header: list[str], rows: list[list[str]]) -> tuple[str, str]:
    lead = "ADMIRAL phase 3 trial, by treatment arm:"
    if layout == "md":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "t.md", f"# Results\n\n{lead}\n\n" + "\n".join(lines) + "\n"
    if layout == "html":
        cells = "".join(f"<th>{h}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
        return "t.html", f"<html><body><p>{lead}</p>\n<table><tr>{cells}</tr>\n{body}</table></body></html>\n"
    width = [max(len(x) for x in col) + 4 for col in zip(header, *rows)]
    lines = ["".join(c.ljust(w) for c, w in zip(r, width)).rstrip() for r in [header, *rows]]
    return "t.txt", f"RESULTS\n\n{lead}\n\n" + "\n".join(lines) + "\n"


ARM_ROW_TABLES = [
    # a bare number under a header that gives its unit, beside percentages in the same row
    (["Treatment", "Median OS, months", "OS at 12 months", "CR/CRh rate", "EFS, months"],
     [["Gilteritinib", "9.3", "37.1%", "34.0%", "2.8"], ["Chemotherapy", "5.6", "16.7%", "15.3%", "0.7"]]),
    # a column whose header the library does not name, after one it does
    (["Arm", "Median OS", "1-year survival", "CR/CRh", "CR"],
     [["XOSPATA (n=247)", "9.3 months", "37.1%", "34.0%", "21.1%"],
      ["Salvage chemotherapy (n=124)", "5.6 months", "16.7%", "15.3%", "10.5%"]]),
]


@pytest.mark.parametrize("layout", ["md", "html", "txt"])
@pytest.mark.parametrize("table", ARM_ROW_TABLES)
def test_a_table_with_one_row_per_arm_is_read_by_column(lint_piece, layout, table):
    name, text = _arm_rows(layout, *table)
    assert _findings(lint_piece, name, text) == []


@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_wrong_cell_of_such_a_table_is_still_found(lint_piece, layout):
    header, rows = ARM_ROW_TABLES[0]
    name, text = _arm_rows(layout, header, [["Gilteritinib", "9.8", "37.1%", "34.0%", "2.8"], rows[1]])
    assert "V001" in _at(_findings(lint_piece, name, text), text, "9.8")
    name, text = _arm_rows(layout, header, [["Gilteritinib", "5.6", "37.1%", "34.0%", "2.8"],
                                            ["Chemotherapy", "9.3", "16.7%", "15.3%", "0.7"]])
    found = _findings(lint_piece, name, text)
    assert (_at(found, text, "5.6") | _at(found, text, "9.3")) & {"V001", "V002"}


# ---------------------------------------------------------------- 5. a landmark time is no median
def _xos(name: str, sentence: str) -> tuple[str, str]:
    lead = "In the phase 3 ADMIRAL trial of XOSPATA against salvage chemotherapy:"
    if name.endswith(".html"):
        return name, f"<html><body><p>{lead}</p>\n<p>{sentence}</p></body></html>\n"
    return name, f"# Survival\n\n{lead}\n\n{sentence}\n"


LANDMARKS = [
    "Survival at 12 months was 37.1% with XOSPATA and 16.7% with salvage chemotherapy.",
    "The 12-month survival rate reached 37.1% versus 16.7%.",
    "The proportion alive at 12 months was 37.1% (XOSPATA) and 16.7% (salvage chemotherapy).",
    "Twelve-month overall survival: 37.1% with XOSPATA, against 16.7% with chemotherapy.",
    "Median overall survival was 9.3 months, and 12-month survival 37.1% compared with 16.7% for chemotherapy.",
    "By 2 years, 20.6% of XOSPATA patients and 14.2% of chemotherapy patients were estimated to be alive.",
]


@pytest.mark.parametrize("layout", ["p.md", "p.html"])
@pytest.mark.parametrize("sentence", LANDMARKS)
def test_the_time_a_rate_is_read_at_is_not_a_median(lint_piece, layout, sentence):
    name, text = _xos(layout, sentence)
    assert _findings(lint_piece, name, text) == []


def test_a_median_beside_a_landmark_is_still_checked(lint_piece, linter, tmp_path):
    for sentence in ("Median overall survival was 9.3 months; survival at 12 months was 37.1%.",
                     "XOSPATA gave a 9.3-month median survival and a 37.1% 12-month survival rate.",
                     "Median time to response: 2 months (at 12 months, 37.1% were alive)."):
        path = tmp_path / "m.md"
        path.write_text(_xos("m.md", sentence)[1], encoding="utf-8")
        durations = [c.text for c in linter.analyse(read_document(path)).claims if c.kind == "duration"]
        assert durations[0].startswith(("9.3", "2 months")) and len(durations) == 1, durations
    name, text = _xos("p.md", "Median overall survival was 9.9 months; survival at 12 months was 37.1%.")
    assert _at(_findings(lint_piece, name, text), text, "9.9 months") & {"V001", "U001"}
    name, text = _xos("p.md", LANDMARKS[0].replace("37.1%", "33.1%"))
    assert _at(_findings(lint_piece, name, text), text, "33.1%") & {"V001", "U001"}
