"""A rule pack's regex reads over a wrapped line however deep its indentation (I001, I002, I004,
I005 and every pack regex), in texts written for this test.

A pack's author bounds the gap between two words to a few blanks (``\\s{1,6}``, ``\\s{1,3}``,
``[\\s-]{1,3}``); a plain-text table whose value column wraps under a hanging indent ("… in" + a
line break + thirty spaces + "adult and pediatric patients 1 year" + a break + thirty spaces +
"and older.") puts a line break and its indentation between the words. That is the same gap:
before, the age concept did not match across it and a correct statement was reported truncated.
A slot really left out of such a row is still reported; two breaks (a blank line) are no wrap.
"""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

from claimcheck.linear import LinearPattern, to_re2, to_re2_wrapped

CODE = {("besponsa", "US"): "I001", ("besponsa", "EU"): "I002", ("xospata", "US"): "I004",
        ("xospata", "EU"): "I005"}

#: the statements in words, split where a column wraps them
WORDS = {
    ("besponsa", "US"): ["BESPONSA is indicated for the", "treatment of relapsed or refractory",
                         "CD22-positive B-cell precursor acute", "lymphoblastic leukemia (ALL) in",
                         "adult and pediatric patients 1 year", "and older."],
    ("besponsa", "EU"): ["BESPONSA is authorised as monotherapy for the", "treatment of adults with relapsed or",
                         "refractory CD22-positive B cell precursor", "acute lymphoblastic leukaemia (ALL). Adult",
                         "patients with Philadelphia chromosome-positive", "(Ph+) relapsed or refractory B cell",
                         "precursor ALL should have failed treatment", "with at least 1 tyrosine kinase",
                         "inhibitor (TKI)."],
    ("xospata", "US"): ["The FDA approved XOSPATA for the", "treatment of adult patients who have",
                        "relapsed or refractory acute myeloid", "leukemia (AML) with a FLT3 mutation as",
                        "detected by an FDA-approved test."],
    ("xospata", "EU"): ["The European Commission authorised XOSPATA", "as monotherapy for the",
                        "treatment of adult patients who have", "relapsed or refractory acute myeloid",
                        "leukaemia (AML) with a FLT3 mutation."],
}
RESULT = {"besponsa": "CR/CRi ........................ 80.7% with BESPONSA",
          "xospata": "Median OS ...................... 9.3 months with XOSPATA"}
#: a slot to leave out of each row: (words removed, words the finding names)
DROP = {("besponsa", "US"): (" 1 year\nand older", "1 year and older"),
        ("besponsa", "EU"): ("CD22-positive ", "CD22-positive"),
        ("xospata", "US"): ("relapsed or refractory ", "relapsed or refractory"),
        ("xospata", "EU"): ("relapsed or refractory ", "relapsed or refractory")}
#: the indentation of the continuation lines
INDENT = {"dotted": " " * 33, "deep": " " * 48, "tabbed": "\t" * 7}


def row(case, layout, drop=False):
    """The statement as the value of a dotted-leader row, its lines under a hanging indent."""
    text = "\n".join(WORDS[case])
    if drop:
        text = text.replace(DROP[case][0], "", 1)
    first, *rest = text.split("\n")
    body = "  Approved indication ......... " + first + "".join("\n" + INDENT[layout] + ln for ln in rest)
    return (f"SECTION A. FORMULARY REQUEST\n\n{body}\n  Setting ...................... Outpatient\n\n"
            f"SECTION B. EVIDENCE\n  {RESULT[case[0]]}\n")


def hits(linter_for, case, text):
    product, market = case
    return [f for f in linter_for(market).lint_document(doc(text, "submission.txt")) if f.rule == CODE[case]]


@pytest.mark.parametrize("case", sorted(WORDS))
@pytest.mark.parametrize("layout", sorted(INDENT))
def test_a_statement_wrapped_under_a_hanging_indent_is_read_whole(linter_for, case, layout):
    assert hits(linter_for, case, row(case, layout)) == []


@pytest.mark.parametrize("case", sorted(WORDS))
@pytest.mark.parametrize("layout", sorted(INDENT))
def test_a_slot_left_out_of_the_wrapped_row_is_reported(linter_for, case, layout):
    (f,) = hits(linter_for, case, row(case, layout, drop=True))
    assert DROP[case][1] in f.message and "missing" in f.message


@pytest.mark.parametrize("source, text, found, plain", [
    (r"\b1\s{1,6}year\s{1,6}and\s{1,6}older", "1 year\n" + " " * 40 + "and older", True, False),
    (r"\b1\s{1,6}year\s{1,6}and\s{1,6}older", "1 year  \n\t\t\tand older", True, True),
    (r"\bat\s{1,3}least\s{0,2}1", "at least\n" + " " * 30 + "1", True, False),
    (r"\badverse[\s-]{1,3}reactions?", "adverse\n" + " " * 20 + "reactions", True, False),
    (r"\bapproved(?:\s{1,3}\w{1,20}){1,3}?\s{1,3}for", "approved\n" + " " * 12 + "XYZ\n" + " " * 12 + "for",
     True, False),
    # a blank line between the words is a new paragraph, not a wrap
    (r"\b1\s{1,6}year\s{1,6}and\s{1,6}older", "1 year\n" + " " * 10 + "\n" + " " * 10 + "and older", False, False),
    # a bound on other characters than blanks is kept
    (r"\bat[ \t]{1,3}least", "at\n" + " " * 10 + "least", False, False),
])
def test_a_bounded_gap_of_blanks_also_reads_over_one_wrapped_line(source, text, found, plain):
    assert bool(LinearPattern(to_re2_wrapped(source)).search(text)) is found
    # to_re2 keeps Python's meaning (the bound as written)
    assert bool(LinearPattern(to_re2(source)).search(text)) is plain
