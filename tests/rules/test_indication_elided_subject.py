"""An indication statement with its subject left unsaid (I001, I002, I004, I005), in texts
written for this test.

A sidebar, a card or a panel names the product in its heading or title and states the use in a
sentence that opens with the cue ("**Indicated** for the treatment of …", "Approved for …",
"Licensed for …"): that sentence is the product's indication statement (before, none was found
and the rule said the piece had no statement). It is compared as any statement is: a slot left
out is reported at its line. A sentence that opens so but names another medicine (a trade-marked
name, a non-proprietary name, a competitor of the claims library), or stands under a heading
that names another medicine, is not the product's statement.
"""

from __future__ import annotations

import pytest
from rulepack_helpers import read

CODE = {("besponsa", "US"): "I001", ("besponsa", "EU"): "I002", ("xospata", "US"): "I004",
        ("xospata", "EU"): "I005"}

#: the statements without their subject, each opening with a cue
ELIDED = {
    ("besponsa", "US"): "for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
                        "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.",
    ("besponsa", "EU"): "as monotherapy for the treatment of adults with relapsed or refractory CD22-positive B cell "
                        "precursor acute lymphoblastic leukaemia (ALL). Adult patients with Philadelphia "
                        "chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have failed "
                        "treatment with at least 1 tyrosine kinase inhibitor (TKI).",
    ("xospata", "US"): "for the treatment of adult patients who have relapsed or refractory acute myeloid leukemia "
                       "(AML) with a FLT3 mutation as detected by an FDA-approved test.",
    ("xospata", "EU"): "as monotherapy for the treatment of adult patients who have relapsed or refractory acute "
                       "myeloid leukaemia (AML) with a FLT3 mutation.",
}
DROP = {"besponsa": ("CD22-positive ", "CD22-positive"), "xospata": ("relapsed or refractory ", "relapsed or refractory")}
RESULT = {"besponsa": "CR/CRi was 80.7% with BESPONSA.", "xospata": "Median OS was 9.3 months with XOSPATA."}
CUES = {"US": ["**Indicated** {s}", "Approved {s}", "*FDA-approved* {s}"],
        "EU": ["**Indicated** {s}", "Licensed {s}", "Authorised {s}"]}
#: (file name, layout: the product named in the heading over the sentence or in the piece's title)
LAYOUTS = {
    "markdown-section": ("sidebar.md", "# Practice update\n\n### Spotlight on {P}\n\n{cue}\n\n{result}\n"),
    "plain-title": ("card.txt", "{P} (prescriber card)\n\n{cue}\n\n{result}\n"),
    "html-heading": ("panel.html", "<html><body><h2>{P} at a glance</h2><p>{cue}</p><p>{result}</p></body></html>"),
}
CASES = sorted(ELIDED)


@pytest.fixture
def hits(linter_for, tmp_path):
    """The findings of the rule for the product and market, the file read as the CLI reads it."""
    def run(case, text, name):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return [f for f in linter_for(case[1]).lint_document(read(path)) if f.rule == CODE[case]]
    return run


def piece(case, cue, layout, drop=False):
    product, market = case
    statement = ELIDED[case]
    if drop:
        statement = statement.replace(DROP[product][0], "", 1)
    cue = cue.format(s=statement)
    name, body = LAYOUTS[layout]
    if name.endswith(".html"):
        cue = cue.replace("**Indicated**", "<strong>Indicated</strong>").replace("*FDA-approved*", "<em>FDA-approved</em>")
    return name, body.format(P=product.upper(), cue=cue, result=RESULT[product])


def line_of(text, words):
    return next(n for n, ln in enumerate(text.split("\n"), 1) if words in ln)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("cue", [0, 1, 2])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_statement_without_its_subject_under_the_products_name_is_found(hits, case, cue, layout):
    name, text = piece(case, CUES[case[1]][cue], layout)
    assert hits(case, text, name) == []


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("cue", [0, 1])
@pytest.mark.parametrize("layout", ["markdown-section", "plain-title"])
def test_a_slot_left_out_of_it_is_reported_at_its_line(hits, case, cue, layout):
    name, text = piece(case, CUES[case[1]][cue], layout, drop=True)
    (f,) = hits(case, text, name)
    assert DROP[case[0]][1] in f.message and "missing" in f.message
    assert f.line == line_of(text, "for the treatment")


#: sentences opening with a cue about another medicine (each broadens the product's indication)
OTHER_MEDICINE = {
    "besponsa": ["Approved for acute leukemia in children of any age, OTHERBRAND\u00ae is an alternative.",
                 "Indicated for newly diagnosed ALL, examplizumab is given with chemotherapy.",
                 "Approved for all leukemias, the examplicabtagene product needs a specialist centre."],
    "xospata": ["Approved for newly diagnosed AML, midostaurin is combined with chemotherapy.",
                "Indicated for children with leukaemia, OTHERBRAND\u2122 is an alternative.",
                "Approved for acute leukemia in any line, examplitinib is an oral option."],
}
FULL = {
    ("besponsa", "US"): "BESPONSA is indicated " + ELIDED[("besponsa", "US")],
    ("besponsa", "EU"): "BESPONSA is indicated " + ELIDED[("besponsa", "EU")],
    ("xospata", "US"): "XOSPATA is indicated " + ELIDED[("xospata", "US")],
    ("xospata", "EU"): "XOSPATA is indicated " + ELIDED[("xospata", "EU")],
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_cue_about_another_medicine_is_not_the_products_statement(hits, case, k):
    product = case[0]
    other = OTHER_MEDICINE[product][k]
    text = (f"# {product.upper()} in practice\n\n{FULL[case]}\n\n## Other options\n\n{other}\n\n"
            f"{RESULT[product]}\n")
    assert hits(case, text, "piece.md") == []


@pytest.mark.parametrize("case", CASES)
def test_a_cue_under_a_heading_naming_another_medicine_is_not_the_products_statement(hits, case):
    product = case[0]
    text = (f"# {product.upper()} in practice\n\n{FULL[case]}\n\n## About OTHERBRAND\u00ae\n\n"
            f"Indicated for acute leukemia in patients of any age.\n\n{RESULT[product]}\n")
    assert hits(case, text, "piece.md") == []


@pytest.mark.parametrize("case", CASES)
def test_the_same_cue_naming_the_product_itself_still_broadens(hits, case):
    product = case[0]
    sentence = f"Approved for acute leukemia in patients of any age, {product.upper()} is an option."
    text = f"# {product.upper()} in practice\n\n{FULL[case]}\n\n## Other options\n\n{sentence}\n\n{RESULT[product]}\n"
    (f,) = hits(case, text, "piece.md")
    assert f.line == line_of(text, sentence)
