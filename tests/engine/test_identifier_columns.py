"""Numbers in table columns that hold identifiers or pointers are not results.

A claims key, a substantiation grid or a send schedule numbers its rows and points to its sources:
"| # | Claim as it appears | Ref | Location in reference |", "| No. | Claim | Reference(s) | Section |",
"| # | Send time | Push text | Opens |". The "2" under "Ref" is reference 2, the "12" under "Page" a page,
the "1" under "#" a row number. Before, a bare number in such a cell took the unit of its row (its
label "Median overall survival, months", or the percentage a claim in the row's text carries) and
became a claim: "2" read as 2% (V001 against 29.4%, or U001), "4" as 4 months (V001 against 6.2 months).

A claim in a cell that is a sentence (a push text, "Median overall survival in the trial was 9.3
months") lends its unit to no bare number of another column ("412" opens was read as 412 months):
only a value cell ("9.3 months", "7.7 months (range, 0.3 to 12)") does (claims._sibling_unit).

A column whose header cell, whole, names identifiers or pointers (data/columns.yaml: "Ref", "Refs",
"Reference(s)", "Citation", "Source", "Page", "Location in reference", "Section", "Figure", "Table",
"Slide", "Step", "Item", "Claim #", "Claim no.", and in the first column "#", "No.", "Nr.") gives no
claim and no part of its row's label (claims._table_cells, claims.identifier_columns); the "n (%)"
check (A006) reads no count there. Result columns with a look-alike header stay read: "No. of
patients (%)", "n (%)", "Number with CR/CRi, n/N (%)", "Events", "Median OS (months)", arm names,
"HR (95% CI)": a wrong value there is still V001 / A001.

The plain-text reader took a header line with a column name abbreviated with a full stop ("Claim no.
Claim    Citation") for prose (a sentence's end, then a capital): the table lost its header, so its
columns were unnamed; such a name is no sentence's end (documents/plaintables.py).

Texts written for these tests; facts of the shipped BESPONSA and XOSPATA libraries."""

from __future__ import annotations

import pytest

from claimcheck.claims import identifier_columns
from claimcheck.documents import read_document

VALUE_RULES = {"V001", "U001", "A001", "A004", "A006"}

# ----------------------------------------------------------------------------- claims keys

MD_KEY_REF_LAST = """# BESPONSA (inotuzumab ozogamicin) email: annotated claims key

| # | Claim copy (as it appears) | Ref | Location in reference |
|---|---|---|---|
| 1 | 80.7% of patients achieved CR/CRi with BESPONSA vs 29.4% with standard chemotherapy | 2 | Table 2, p. 745 |
| 2 | Standard chemotherapy CR/CRi rate | 2 | Table 2 |
| 3 | Overall survival was not significantly improved | 3 | Figure 2 |
| 4 | Median overall survival, months | 4 | Results, p. 747 |
| 5 | 48% of BESPONSA patients proceeded to HSCT | 2 | Page 6 |
"""

MD_KEY_REF_FIRST = """# XOSPATA (gilteritinib) detail aid: substantiation

| Ref. | Claim | Page |
|---|---|---|
| 3 | Median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy | 12 |
| 4 | CR/CRh rate with XOSPATA, % | 7 |
| 2 | Median overall survival, months | 5 |
"""

HTML_KEY = """<html><body>
<h1>BESPONSA (inotuzumab ozogamicin) banner: references</h1>
<table>
<tr><th>No.</th><th>Claim</th><th>Reference(s)</th><th>Section</th></tr>
<tr><td>1</td><td>CR/CRi rate with standard chemotherapy, %</td><td>2</td><td>3</td></tr>
<tr><td>2</td><td>Median overall survival, months</td><td>4</td><td>5</td></tr>
<tr><td>3</td><td>Overall survival with BESPONSA, %</td><td>3</td><td>7</td></tr>
</table>
</body></html>
"""

PLAIN_KEY = """BESPONSA (inotuzumab ozogamicin) leave-behind: claims key

Claim no.    Claim                                        Citation    Slide
1            CR/CRi rate, %                               2           4
2            Median overall survival, months              3           6
3            Proceeded to HSCT, %                         2           9
"""

EU_KEY = """# BESPONSA (Inotuzumab Ozogamicin): Referenzen

| Nr. | Aussage | Quelle | Abbildung |
|---|---|---|---|
| 1 | CR/CRi-Rate unter Standardchemotherapie, % | 2 | 3 |
| 2 | Medianes Gesamtüberleben (overall survival), months | 4 | 2 |
| 3 | CR/CRi rate with BESPONSA: 80,7 % | 2 | 1 |
"""

HTML_FIGURE_TABLE = """<html><body>
<h1>XOSPATA (gilteritinib): slide notes</h1>
<table>
<tr><th>Claim #</th><th>Statement</th><th>Figure/Table</th><th>Pages</th></tr>
<tr><td>1</td><td>Median overall survival, months</td><td>2</td><td>14</td></tr>
<tr><td>2</td><td>CR/CRh rate, %</td><td>3</td><td>9</td></tr>
</table>
</body></html>
"""


@pytest.mark.parametrize("text, name, market", [
    (MD_KEY_REF_LAST, "key.md", None),
    (MD_KEY_REF_FIRST, "key.md", None),
    (HTML_KEY, "key.html", None),
    (PLAIN_KEY, "key.txt", None),
    (EU_KEY, "key.md", "EU"),
    (HTML_FIGURE_TABLE, "key.html", "EU"),
], ids=["md-ref-last", "md-ref-first", "html-no-refs-section", "plain-claim-no", "eu-quelle", "html-figure-table"])
def test_identifier_cells_are_no_claims(lint_piece, text, name, market):
    assert lint_piece(text, name, rules=VALUE_RULES, market=market) == []


def test_only_the_claim_copy_is_read(linter, tmp_path):
    path = tmp_path / "key.md"
    path.write_text(MD_KEY_REF_LAST, encoding="utf-8")
    claims = linter.analyse(read_document(path)).claims
    assert sorted(c.text for c in claims) == ["29.4%", "48%", "80.7%"]


def test_plain_header_with_abbreviated_names_is_read(linter, tmp_path):
    path = tmp_path / "key.txt"
    path.write_text(PLAIN_KEY, encoding="utf-8")
    doc = read_document(path)
    header = next(line for line in doc.text.splitlines() if line.startswith("Claim no."))
    assert header.count("|") == 3
    assert linter.analyse(doc).claims == []


def test_a_wrong_figure_in_the_claim_copy_is_still_found(lint_piece):
    found = lint_piece(MD_KEY_REF_LAST.replace("29.4% with", "29.3% with"), "key.md", rules=VALUE_RULES)
    assert [(f.rule, f.line) for f in found] == [("V001", 5)]
    assert "29.3%" in found[0].message


# ----------------------------------------------------------------------------- a send schedule

PUSH = """# XOSPATA (gilteritinib) patient app: push schedule

| # | Send time | Push text |
|---|---|---|
| 1 | 09:00 | Remember your dose today |
| 2 | 12:30 | Median overall survival in the trial was {os} months with XOSPATA |
| 3 | 18:00 | Ask your care team about side effects |
"""


def test_row_numbers_of_a_schedule(lint_piece, linter, tmp_path):
    assert lint_piece(PUSH.format(os="9.3"), "push.md", rules=VALUE_RULES) == []
    found = lint_piece(PUSH.format(os="9.8"), "push.md", rules=VALUE_RULES)
    assert [(f.rule, f.line) for f in found] == [("V001", 6)]
    path = tmp_path / "p.md"
    path.write_text(PUSH.format(os="9.3"), encoding="utf-8")
    assert [c.text for c in linter.analyse(read_document(path)).claims] == ["9.3 months"]


PUSH_OPENS_MD = """# XOSPATA (gilteritinib) patient app: push schedule

| # | Send time | Push text | Opens |
|---|---|---|---|
| 1 | 09:00 | Median overall survival in the trial was 9.3 months | 412 |
| 2 | 12:30 | 1-year survival was 37.1% with XOSPATA | 377 |
| 3 | 18:00 | Remember your dose today | 5 |
"""

PUSH_OPENS_HTML = """<html><body>
<h1>XOSPATA (gilteritinib) patient app: push schedule</h1>
<table>
<tr><th>#</th><th>Send time</th><th>Push text</th><th>Opens</th></tr>
<tr><td>1</td><td>09:00</td><td>Median overall survival in the trial was 9.3 months</td><td>412</td></tr>
<tr><td>2</td><td>12:30</td><td>In the trial, 37.1% of patients on XOSPATA were alive at 1 year</td><td>377</td></tr>
</table>
</body></html>
"""

PUSH_OPENS_TXT = """XOSPATA (gilteritinib) patient app: push schedule

No.   Send time   Push text                                               Opens
1     09:00       Median overall survival in the trial was 9.3 months    412
2     12:30       1-year survival was 37.1% with XOSPATA                  377
"""


@pytest.mark.parametrize("text, name", [(PUSH_OPENS_MD, "p.md"), (PUSH_OPENS_HTML, "p.html"), (PUSH_OPENS_TXT, "p.txt")],
                         ids=["md", "html", "plain"])
def test_a_sentence_cell_lends_no_unit_to_other_columns(lint_piece, linter, tmp_path, text, name):
    # "412" opens beside a push text stating 9.3 months was read as 412 months (V001)
    assert lint_piece(text, name, rules=VALUE_RULES) == []
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert sorted(c.text for c in linter.analyse(read_document(path)).claims) == ["37.1%", "9.3 months"]


SIBLING_CONTROL = """# XOSPATA (gilteritinib): the ADMIRAL trial

| Outcome | XOSPATA | Salvage chemotherapy |
|---|---|---|
| Median overall survival | 9.3 months | {sc} |
"""


def test_a_value_cell_still_lends_its_unit(lint_piece):
    assert lint_piece(SIBLING_CONTROL.format(sc="5.6"), "s.md", rules=VALUE_RULES) == []
    found = lint_piece(SIBLING_CONTROL.format(sc="5.9"), "s.md", rules=VALUE_RULES)
    assert [(f.rule, f.line) for f in found] == [("V001", 5)]


# ----------------------------------------------------------------------------- a numbered results table

NUMBERED_RESULTS = """# BESPONSA (inotuzumab ozogamicin): key results

| # | Outcome | BESPONSA | Standard chemotherapy | Ref |
|---|---|---|---|---|
| 1 | CR/CRi rate, % | 80.7 | {sc} | 2 |
| 2 | Median overall survival, months | 7.7 | 6.2 | 3 |
"""


def test_numbered_rows_keep_their_results(lint_piece):
    assert lint_piece(NUMBERED_RESULTS.format(sc="29.4"), "r.md", rules=VALUE_RULES) == []
    found = lint_piece(NUMBERED_RESULTS.format(sc="29.1"), "r.md", rules=VALUE_RULES)
    assert [(f.rule, f.line) for f in found] == [("V001", 5)]


# ----------------------------------------------------------------------------- controls: result columns

CONTROL_MD = """# BESPONSA (inotuzumab ozogamicin): remission

| Outcome | No. of patients (%) | Ref |
|---|---|---|
| CR/CRi with BESPONSA | 88 ({be}) | 2 |
| CR/CRi with standard chemotherapy | 32 ({sc}) | 2 |
"""

CONTROL_N_PCT = """# BESPONSA (inotuzumab ozogamicin): CR/CRi, first 218 randomized patients

| Outcome | BESPONSA, n (%) | Standard chemotherapy, n (%) | Source |
|---|---|---|---|
| CR/CRi | 88 ({be}) | 32 (29.4) | Table 2 |
"""

CONTROL_FRACTION = """# BESPONSA (inotuzumab ozogamicin)

| Arm | Number with CR/CRi, n/N (%) | Reference |
|---|---|---|
| BESPONSA | {n}/109 (80.7) | 2 |
| Standard chemotherapy | 32/109 (29.4) | 2 |
"""

CONTROL_HTML = """<html><body>
<h1>XOSPATA (gilteritinib): the ADMIRAL trial</h1>
<table>
<tr><th>Arm</th><th>Events</th><th>Median OS (months)</th><th>HR (95% CI)</th><th>Page</th></tr>
<tr><td>XOSPATA</td><td>171</td><td>{os}</td><td>0.64 (0.49-0.83)</td><td>4</td></tr>
<tr><td>Salvage chemotherapy</td><td>90</td><td>5.6</td><td></td><td>4</td></tr>
</table>
</body></html>
"""


def test_no_of_patients_column_stays_a_claim(lint_piece):
    assert lint_piece(CONTROL_MD.format(be="80.7", sc="29.4"), "c.md", rules=VALUE_RULES) == []
    found = lint_piece(CONTROL_MD.format(be="80.7", sc="29.1"), "c.md", rules=VALUE_RULES)
    assert [f.rule for f in found] == ["V001"] and found[0].line == 6


def test_n_percent_column_stays_a_claim(lint_piece):
    assert lint_piece(CONTROL_N_PCT.format(be="80.7"), "c.md", rules=VALUE_RULES) == []
    found = lint_piece(CONTROL_N_PCT.format(be="81.7"), "c.md", rules=VALUE_RULES)
    assert "V001" in {f.rule for f in found}


def test_number_with_column_stays_checked(lint_piece):
    assert lint_piece(CONTROL_FRACTION.format(n="88"), "c.md", rules=VALUE_RULES) == []
    found = lint_piece(CONTROL_FRACTION.format(n="86"), "c.md", rules=VALUE_RULES)
    assert "A001" in {f.rule for f in found}


def test_result_columns_beside_a_page_column(lint_piece):
    assert lint_piece(CONTROL_HTML.format(os="9.3"), "c.html", rules=VALUE_RULES) == []
    found = lint_piece(CONTROL_HTML.format(os="9.6"), "c.html", rules=VALUE_RULES)
    assert [f.rule for f in found] == ["V001"] and "9.6" in found[0].message


# ----------------------------------------------------------------------------- the header names

@pytest.mark.parametrize("header", [
    "Ref", "Ref.", "Refs", "Reference(s)", "References", "Citation", "Source", "Page", "Pages",
    "Location", "Location in reference", "Section", "Figure", "Table", "Slide", "Step", "Item",
    "Claim #", "Claim no.", "Reference no.", "Figure/Table", "Page & section", "Quelle", "Réf.",
])
def test_identifier_header_anywhere(header):
    assert identifier_columns(["Outcome", header]) == {1}


@pytest.mark.parametrize("header", ["#", "No.", "Nr.", "N°"])
def test_row_number_header_first_only(header):
    assert identifier_columns([header, "Claim"]) == {0}
    assert identifier_columns(["Arm", header, "%"]) == set()   # "| Arm | No. | % |": a count


@pytest.mark.parametrize("header", [
    "No. of patients", "No. of patients (%)", "n (%)", "Number with CR/CRi", "n", "N", "%", "Events",
    "Median (months)", "HR (95% CI)", "Claim", "Claim copy (as it appears)", "Opens", "Push text",
    "BESPONSA", "Source population, n", "Reference arm", "Table 2 population, n (%)",
])
def test_result_headers_are_not_identifiers(header):
    assert identifier_columns(["Outcome", header]) == set()
    assert identifier_columns([header]) == set()


LEADER_CONTROL = """Market: EU
BESPONSA (inotuzumab ozogamicin) - detail aid

EFFICACY
  CR/CRi .......................... 80.7% BESPONSA | 29.4% chemotherapy (p<0.001)
  Median overall survival ......... {a} | {b} months (HR 0.75; not statistically significant - the OS endpoint was not met)
"""


def test_a_value_with_its_bracketed_caveat_still_lends_its_unit(lint_piece):
    # "6.2 | 7.7 months (HR 0.75; ... not met)": the bracket is the value's, the cell no sentence
    assert lint_piece(LEADER_CONTROL.format(a="7.7", b="6.2"), "d.txt", rules=VALUE_RULES | {"V002"}) == []
    found = lint_piece(LEADER_CONTROL.format(a="6.2", b="7.7"), "d.txt", rules=VALUE_RULES | {"V002"})
    assert [f.line for f in found] == [6] and found[0].rule in {"V001", "V002"}
