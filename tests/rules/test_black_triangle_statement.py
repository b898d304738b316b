"""F015: a piece that marks the product with the black triangle ("XOSPATA▼", "▼ XOSPATA") or names
the black triangle owes the additional-monitoring statement the symbol stands for, whatever the
product; F004 asks the statement of the products it lists in every EU piece and, where both would
report, reports alone (``implied_by``). A piece with neither symbol nor statement, for a product
F004 does not list, is asked nothing. Texts written for this test; XOSPATA and BESPONSA facts of
the shipped library."""

from __future__ import annotations

import pytest

XOS_CLAIM = "Median overall survival in ADMIRAL reached 9.3 months on XOSPATA against 5.6 months on salvage chemotherapy."
INO_CLAIM = "CR/CRi was reached by 80.7% with BESPONSA against 29.4% with standard chemotherapy."
SMPC = "Consult the Summary of Product Characteristics (SmPC) before prescribing."
STATEMENT = "\u25bc This medicine is being monitored additionally, so new safety information can be found quickly."


@pytest.fixture
def linter(full_linter):
    return full_linter


def markdown(title, body):
    return f"# {title}\n\n{XOS_CLAIM if 'XOSPATA' in title else INO_CLAIM}\n\n{body}\n\n{SMPC}\n"


def html(title, body):
    claim = XOS_CLAIM if "XOSPATA" in title else INO_CLAIM
    return f"<html><body><h1>{title}</h1>\n<p>{claim}</p>\n<p>{body}</p>\n<p>{SMPC}</p></body></html>"


def plain(title, body):
    claim = XOS_CLAIM if "XOSPATA" in title else INO_CLAIM
    return f"{title.upper()}\n\n{claim}\n\n{body}\n\n{SMPC}\n"


LAYOUTS = [(markdown, "piece.md"), (html, "piece.html"), (plain, "piece.txt")]
MARKED = ["XOSPATA\u25bc in relapsed or refractory FLT3-mutated AML",
          "\u25bc XOSPATA (gilteritinib) at two years"]


@pytest.mark.parametrize("title", MARKED)
@pytest.mark.parametrize("layout,name", LAYOUTS)
def test_a_product_marked_with_the_triangle_needs_the_statement(lint_piece, layout, name, title):
    found = lint_piece(layout(title, "Dosing is once daily."), name, market="EU", rules={"F004", "F015"})
    assert [f.rule for f in found] == ["F015"] and found[0].line == 1


def test_the_html_entity_for_the_triangle_marks_the_product(lint_piece):
    text = html("XOSPATA&#9660; in relapsed or refractory AML", "Dosing is once daily.")
    assert [f.rule for f in lint_piece(text, "piece.html", market="EU", rules={"F004", "F015"})] == ["F015"]


@pytest.mark.parametrize("title", MARKED)
@pytest.mark.parametrize("layout,name", LAYOUTS)
def test_the_statement_in_any_wording_satisfies_it(lint_piece, layout, name, title):
    assert lint_piece(layout(title, STATEMENT), name, market="EU", rules={"F004", "F015"}) == []


@pytest.mark.parametrize("layout,name", LAYOUTS)
def test_no_triangle_and_no_statement_asks_nothing_of_an_unlisted_product(lint_piece, layout, name):
    text = layout("XOSPATA in relapsed or refractory AML", "Dosing is once daily.")
    assert lint_piece(text, name, market="EU", rules={"F004", "F015"}) == []


@pytest.mark.parametrize("title", ["BESPONSA\u25bc in relapsed ALL", "BESPONSA in relapsed ALL"])
def test_a_listed_product_is_reported_by_f004_alone(lint_piece, title):
    found = lint_piece(markdown(title, "Premedicate before each dose."), "piece.md", market="EU", rules={"F004", "F015"})
    assert [f.rule for f in found] == ["F004"]


def test_a_us_piece_is_not_asked(lint_piece):
    text = markdown("XOSPATA\u25bc in relapsed or refractory AML", "Dosing is once daily.")
    assert lint_piece(text, "piece.md", market="US", rules={"F004", "F015"}) == []
