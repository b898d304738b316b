"""A table row whose own label names an outcome the claims library does not know ("Median inpatient
days per cycle", "Sepsis" under grade >=3 events): its figures are that outcome's, not the outcome
of the row or text above, and no entry backs them -- U001 on the product's column (checks/
unsupported.py: ``_unknown_row``). The unit of "n (%)" cells may be given by the caption line right
above the table (claims.py: ``_caption_unit``), as plain-text tables often write it. Rows the
library knows, rows of patient counts and generic rows ("Any grade", "Total") stay clean."""

from __future__ import annotations

import pytest

HEAD = "# Results\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n"


def _lint(lint_piece, body: str, name: str = "p.md"):
    return lint_piece(HEAD + body + "\n", name, rules=("V001", "V002", "U001"))


# ---- an outcome row, arms in the columns
PIPE = ("| Outcome | BESPONSA (n=164) | Standard chemotherapy (n=162) |\n|---|---|---|\n"
        "| CR/CRi | 80.7% | 29.4% |\n| {label} | {a} | {b} |")
HTML = ("<table><tr><th></th><th>BESPONSA (n=164)</th><th>Standard chemotherapy (n=162)</th></tr>"
        "<tr><td>CR/CRi</td><td>80.7%</td><td>29.4%</td></tr>"
        "<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr></table>")
PLAIN = ("                                            BESPONSA      Standard chemotherapy\n"
         "  CR/CRi, %                                 80.7          29.4\n"
         "  {label:<42}{a:<14}{b}")

ROWS = [
    ("Median inpatient days per cycle", "3", "12"),
    ("Hospitalisation rate (%)", "22", "41"),
    ("Time to platelet recovery, median days", "9", "17"),
    ("Transfusion-free weeks, median", "6", "2"),
]


@pytest.mark.parametrize("label,a,b", ROWS)
@pytest.mark.parametrize("layout,name", [(PIPE, "p.md"), (HTML, "p.html"), (PLAIN, "p.txt")])
def test_an_invented_outcome_row_is_unsupported(lint_piece, layout, name, label, a, b):
    body = layout.format(label=label, a=a, b=b)
    if name == "p.html":
        found = lint_piece(f"<p>In the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:</p>{body}",
                           name, rules=("V001", "V002", "U001"))
    else:
        found = _lint(lint_piece, body, name)
    assert [f.rule for f in found] == ["U001"], found
    assert found[0].snippet.startswith(a)
    assert "no term of the library" in found[0].message   # how the reading was made


CLEAN_ROWS = [
    ("Patients, N", "164", "162"),
    ("Overall survival, median months", "7.7", "6.2"),
    ("Any grade", "80.7%", "29.4%"),
    ("Cycles received, median", "3", "1"),
]


@pytest.mark.parametrize("label,a,b", CLEAN_ROWS)
@pytest.mark.parametrize("layout,name", [(PIPE, "p.md"), (PLAIN, "p.txt")])
def test_known_and_generic_rows_stay_clean(lint_piece, layout, name, label, a, b):
    assert _lint(lint_piece, layout.format(label=label, a=a, b=b), name) == []


# ---- an adverse-event table, "n (%)" cells, the unit in the caption
AE_PLAIN = ("Grade \u22653 adverse events, n (%)\n\n"
            "  Event                  BESPONSA (n=139)   SC (n=120)\n"
            "  Thrombocytopenia       28 (20)            56 (47)\n"
            "  {label:<23}{a:<19}{b}\n")
AE_PIPE = ("Table 2. Grade \u22653 adverse events, n (%)\n\n"
           "| Event | BESPONSA (n=139) | SC (n=120) |\n|---|---|---|\n"
           "| Thrombocytopenia | 28 (20) | 56 (47) |\n| {label} | {a} | {b} |\n")


@pytest.mark.parametrize("layout,name", [(AE_PLAIN, "p.txt"), (AE_PIPE, "p.md")])
@pytest.mark.parametrize("label,a,b", [("Sepsis", "14 (10)", "22 (18)"), ("Pneumonia", "11 (8)", "9 (8)"),
                                       ("Acute kidney injury", "6 (4)", "3 (3)")])
def test_an_invented_adverse_event_row_is_unsupported(lint_piece, layout, name, label, a, b):
    found = _lint(lint_piece, layout.format(label=label, a=a, b=b), name)
    assert [f.rule for f in found] == ["U001"], found
    assert label in found[0].message


@pytest.mark.parametrize("layout,name", [(AE_PLAIN, "p.txt"), (AE_PIPE, "p.md")])
def test_the_library_s_own_event_row_stays_clean(lint_piece, layout, name):
    body = layout.format(label="Neutropenia", a="47 (34)", b="43 (36)")
    assert [f for f in _lint(lint_piece, body, name) if f.rule == "U001"] == []


def test_a_caption_in_prose_far_above_gives_no_unit(lint_piece):
    body = ("Grade \u22653 adverse events, n (%), were reported as below.\n\nSome more text follows here.\n\n"
            "| Event | BESPONSA | SC |\n|---|---|---|\n| Sepsis | 14 (10) | 22 (18) |\n")
    assert _lint(lint_piece, body) == []


BASELINE = ("# Baseline characteristics\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n"
            "| Characteristic | BESPONSA (n=164) | Standard chemotherapy (n=162) |\n|---|---|---|\n"
            "| Male, n (%) | 91 (55) | 102 (63) |\n| Extramedullary disease, n (%) | 11 (7) | 14 (9) |\n"
            "| Time since diagnosis, median months | 14 | 12 |\n")


def test_a_baseline_table_describes_patients_and_stays_clean(lint_piece):
    assert lint_piece(BASELINE, "p.md", rules=("U001",)) == []


def test_a_subgroup_row_is_who_not_what(lint_piece):
    body = PIPE.format(label="Women", a="84%", b="31%")
    assert [f for f in _lint(lint_piece, body) if "table row whose label" in f.message] == []


# ---- a row of an endpoint the library holds for another product only
XOS_HEAD = "# Results\n\nIn the phase 3 ADMIRAL study of XOSPATA vs salvage chemotherapy:\n\n"
XOS_PIPE = ("| Endpoint | XOSPATA | Salvage chemotherapy |\n|---|---|---|\n"
            "| CR/CRh | 34.0% | 15.3% |\n| CR | 21.1% | 10.5% |\n| {label} | {a} | {b} |")
XOS_HTML = ("<table><tr><th>Endpoint</th><th>XOSPATA</th><th>Salvage chemotherapy</th></tr>"
            "<tr><td>CR/CRh</td><td>34.0%</td><td>15.3%</td></tr>"
            "<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr></table>")


@pytest.mark.parametrize("label", ["MRD negativity", "MRD-negative CR/CRi", "Rate of proceeding to HSCT"])
@pytest.mark.parametrize("layout,name", [(XOS_PIPE, "p.md"), (XOS_HTML, "p.html")])
def test_a_row_of_an_endpoint_held_only_for_another_product_is_unsupported(lint_piece, layout, name, label):
    found = lint_piece(XOS_HEAD + layout.format(label=label, a="14.0%", b="4.0%") + "\n", name,
                       rules=("V001", "V002", "U001"))
    assert any(f.rule == "U001" and "14.0%" in f.message for f in found), [f.message for f in found]


def test_the_same_row_for_the_product_that_holds_it_stays_clean(lint_piece):
    body = PIPE.format(label="MRD negativity, responders", a="78.4%", b="28.1%")
    assert _lint(lint_piece, body) == []
