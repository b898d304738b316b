"""The indication split over numbered paragraphs (a formulary or committee paper's "2.1 … / 2.2
…", an SmPC-style "4.1.1 / 4.1.2", "(a) / (b)", "i. / ii.") is one statement, and a paragraph's
number is no part of its text: the "2" of "2.2 Adult patients with Ph+ …" is not a count of
therapies before the condition's words (I002 read it as "2 … TKIs", a narrowed condition). A
count the paragraph itself states after its number ("4.1.2 Adults … should have failed at least
2 TKIs") still narrows it, and a condition dropped from the next paragraph is still missing.
The other product's indication under the same numbering stays clean. Texts written for this
test; :func:`count_before` is tested on wording of no product."""

from __future__ import annotations

import pytest

from claimcheck.checks.packs.indication import count_before

EU_TAIL = ("\u25bc This medicinal product is subject to additional monitoring. Please refer to the Summary of "
           "Product Characteristics (SmPC) before prescribing.")
STATEMENT = ("BESPONSA is licensed as monotherapy to treat adults with relapsed or refractory CD22-positive "
             "B-cell precursor acute lymphoblastic leukaemia (ALL).")
CONDITION = ("Adults with Philadelphia chromosome-positive (Ph+) relapsed/refractory disease must have failed "
             "at least one tyrosine kinase inhibitor (TKI).")


@pytest.fixture
def linter(full_linter):
    return full_linter


LABELS = [("2.1", "2.2"), ("4.1.1", "4.1.2"), ("7.3", "7.4"), ("5.2.", "5.3."), ("(a)", "(b)"), ("i.", "ii."),
          ("c)", "d)"), ("3.", "4.")]


def piece(first, second, statement=STATEMENT, condition=CONDITION, name="paper.txt"):
    if name.endswith(".md"):
        return (f"---\nmarket: EU\n---\n# Formulary application\n\n## 6. Licensed use\n\n{first} {statement}  \n"
                f"{second} {condition}\n\n{EU_TAIL}\n")
    return (f"Market: EU\n\nFORMULARY APPLICATION\n\n6. LICENSED USE\n{first} {statement}\n{second} {condition}\n"
            f"\n{EU_TAIL}\n")


def i002(lint_piece, text, name):
    return lint_piece(text, name, rules="I002", lint_file=True)


@pytest.mark.parametrize("name", ["paper.txt", "paper.md"])
@pytest.mark.parametrize("first, second", LABELS)
def test_an_indication_over_numbered_paragraphs_is_one_clean_statement(lint_piece, first, second, name):
    assert i002(lint_piece, piece(first, second, name=name), name) == []


@pytest.mark.parametrize("first, second", [("4.1.1", "4.1.2"), ("(a)", "(b)"), ("2.1", "2.2")])
def test_a_count_stated_after_the_number_still_narrows(lint_piece, first, second):
    condition = CONDITION.replace("at least one", "at least 2").replace("(TKI)", "(TKIs)")
    (f,) = i002(lint_piece, piece(first, second, condition=condition), "paper.txt")
    assert "ph-positive-tki" in f.extra["narrowed"] and '"at least 2"' in f.message, f.message


@pytest.mark.parametrize("first, second", [("4.1.1", "4.1.2"), ("(a)", "(b)")])
def test_a_condition_dropped_from_the_next_paragraph_is_missing(lint_piece, first, second):
    (f,) = i002(lint_piece, piece(first, second, condition="The SmPC sets out dosing and monitoring."),
                "paper.txt")
    assert "ph-positive-tki" in f.extra["missing"], f.message


@pytest.mark.parametrize("first, second", LABELS)
def test_the_other_products_indication_under_the_same_numbers_is_clean(lint_piece, first, second):
    text = piece(first, second, statement=(
        "XOSPATA is indicated as monotherapy for the treatment of adult patients who have relapsed or "
        "refractory acute myeloid leukaemia (AML)"), condition="with a FLT3 mutation.")
    text = text.replace("(AML)\n", "(AML)\n").replace(f"\n{second} with a FLT3", " with a FLT3")
    assert lint_piece(text, "paper.txt", rules="I005", lint_file=True) == []


@pytest.mark.parametrize("text, expected", [
    ("3.2 Adults having failed ", None),
    ("10.4.1 Patients failing ", None),
    ("7.4. Adults with ", None),
    ("(c) Adults failing ", None),
    ("iv. Adults failing ", None),
    ("3.2 Adults should have failed at least 3 prior ", (3, "at least 3 prior")),
    ("Adults should have failed at least\n2 prior ", (2, "2 prior")),
    ("Adults should have failed two prior ", (2, "two prior")),
])
def test_count_before_skips_a_paragraph_number(text, expected):
    assert count_before(text, len(text)) == expected
