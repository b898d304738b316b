"""Two sentences that are not indication statements though they hold a cue, the product and a
disease word (I001, I002, I004, I005), in texts written for this test:

1. a lead-in: a sentence that ends with a colon and introduces the statement that follows it
   ("… listed for acute leukaemia, restricted to its licensed use, which reads:", "The approved
   indication of XOSPATA in leukemia is as follows:") is not a statement of its own when the
   next sentence is one; the statement after it is read, and a slot dropped there is reported
   at its own line. A sentence ending with a colon that no statement follows is still read;
2. a disease word inside a proper name ("the Leukemia Program", "Leukaemia Care", "the Acute
   Leukemia Service", "the Leukemia & Lymphoma Society") names an organisation, not the disease
   slot: it neither makes a sentence a statement nor broadens one. The same word as the disease
   ("approved for Acute Leukemia", "approved for acute leukemia") still does.
"""

from __future__ import annotations

import pytest
from rulepack_helpers import read

CODE = {("besponsa", "US"): "I001", ("besponsa", "EU"): "I002", ("xospata", "US"): "I004",
        ("xospata", "EU"): "I005"}

STATEMENT = {
    ("besponsa", "US"): "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell "
                        "precursor acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.",
    ("besponsa", "EU"): "BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
                        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with "
                        "Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should "
                        "have failed treatment with at least 1 tyrosine kinase inhibitor (TKI).",
    ("xospata", "US"): "XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory "
                       "acute myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.",
    ("xospata", "EU"): "XOSPATA is indicated as monotherapy for the treatment of adult patients who have relapsed "
                       "or refractory acute myeloid leukaemia (AML) with a FLT3 mutation.",
}
#: a slot each statement can lose: (words removed, words the finding names)
DROP = {"besponsa": ("CD22-positive ", "CD22-positive"), "xospata": ("relapsed or refractory ", "relapsed or refractory")}
RESULT = {"besponsa": "CR/CRi was 80.7% with BESPONSA.", "xospata": "Median OS was 9.3 months with XOSPATA."}
CASES = sorted(STATEMENT)


@pytest.fixture
def hits(linter_for, tmp_path):
    """The findings of the rule for the product and market, the text read from a file of that
    name as the CLI reads it (the HTML and Markdown readers)."""
    def run(product, market, text, name):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code = CODE[(product, market)]
        return [f for f in linter_for(market).lint_document(read(path)) if f.rule == code]
    return run


def line_of(text, words):
    return next(n for n, ln in enumerate(text.split("\n"), 1) if words in ln)


# ------------------------------------------------------------------ 1. a lead-in with a colon

LEAD_INS = [
    "At the haematology unit's request, {P} was listed for acute leukaemia, restricted to its licensed use, which reads:",
    "For leukemia, the approved indication of {P} is worded as follows:",
    "The {P} label gives its labeled use in leukemia as:",
]
#: (file name, layout with {lead} and {statement})
LAYOUTS = {
    "markdown-quote": ("minutes.md", "# Formulary minutes\n\n{lead}\n\n> {statement}\n\n{result}\n"),
    "plain-indented": ("minutes.txt", "FORMULARY MINUTES\n\n{lead}\n\n    {statement}\n\n{result}\n"),
    "html": ("minutes.html", "<html><body><h1>Formulary minutes</h1><p>{lead}</p><blockquote><p>{statement}"
                             "</p></blockquote><p>{result}</p></body></html>"),
}


def lead_in_piece(case, lead, layout, drop=False):
    product, _ = case
    name, body = LAYOUTS[layout]
    statement = STATEMENT[case]
    if drop:
        statement = statement.replace(DROP[product][0], "", 1)
    text = body.format(lead=lead.format(P=product.upper()), statement=statement, result=RESULT[product])
    return name, text


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_lead_in_over_the_statement_is_no_statement(hits, case, lead, layout):
    product, market = case
    name, text = lead_in_piece(case, lead, layout)
    assert hits(product, market, text, name) == []


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize("layout", ["markdown-quote", "plain-indented"])
def test_a_slot_dropped_after_a_lead_in_is_reported_at_the_statement(hits, case, lead, layout):
    product, market = case
    name, text = lead_in_piece(case, lead, layout, drop=True)
    (f,) = hits(product, market, text, name)
    assert DROP[product][1] in f.message and "missing" in f.message
    assert f.line == line_of(text, " is indicated ")


@pytest.mark.parametrize("product", ["besponsa", "xospata"])
def test_a_sentence_ending_with_a_colon_that_no_statement_follows_is_still_read(hits, product):
    text = (f"# Formulary minutes\n\n{STATEMENT[(product, 'US')]}\n\n"
            f"The committee noted that {product.upper()} is approved for acute leukemia in children:\n\n"
            f"{RESULT[product]}\n")
    found = hits(product, "US", text, "minutes.md")
    assert [f.line for f in found] == [line_of(text, "committee noted")]


# ------------------------------------------------------------------ 2. a disease word in a name

NAMES = [
    "The Leukemia Program asked that {P} be kept to its approved use.",
    "Leukaemia Care, a patient charity, has summarised the licensed use of {P} for families.",
    "Referrals for {P} go through the Acute Leukemia Service, which prescribes it only for its approved use.",
    "The Leukemia & Lymphoma Society lists {P} with its labeled use.",
]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("sentence", NAMES)
@pytest.mark.parametrize("name", ["piece.md", "piece.txt"])
def test_a_disease_word_in_a_name_is_not_the_disease(hits, case, sentence, name):
    product, market = case
    text = f"{STATEMENT[case]}\n\n{sentence.format(P=product.upper())}\n\n{RESULT[product]}\n"
    assert hits(product, market, text, name) == []


def test_a_disease_word_in_a_name_inside_the_statement_does_not_broaden_it(hits):
    text = (STATEMENT[("besponsa", "US")][:-1] + ", as prescribed through the Adult Leukemia Program.\n\n"
            + RESULT["besponsa"] + "\n")
    assert hits("besponsa", "US", text, "piece.txt") == []


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("disease", ["Acute Leukemia", "acute leukemia", "Leukaemia"])
def test_the_same_word_as_the_disease_still_broadens(hits, case, disease):
    product, market = case
    sentence = f"{product.upper()} is approved for {disease}."
    text = f"{STATEMENT[case]}\n\n{sentence}\n\n{RESULT[product]}\n"
    (f,) = hits(product, market, text, "piece.md")
    assert f.line == line_of(text, sentence) and disease in f.message


@pytest.mark.parametrize("name", ["the Leukemia Program", "the Pediatric Leukemia Service"])
def test_a_name_does_not_hide_a_slot_dropped_from_the_statement(hits, name):
    statement = STATEMENT[("besponsa", "US")].replace(" 1 year and older", "")
    text = f"Requested by {name}.\n\n{statement}\n\n{RESULT['besponsa']}\n"
    (f,) = hits("besponsa", "US", text, "piece.md")
    assert '"1 year and older" missing' in f.message and f.line == line_of(text, "is indicated")
