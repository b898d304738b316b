"""A dot-leader row whose list of values runs past the line wraps onto continuation lines set with a
hanging indent, and the wrap may cut an endpoint's name in two ("... neutropenia 49%, febrile" /
"                     neutropenia 26%"). Before, the line after a leader row always started a
sentence: the continuation line was cut from its row and joined to the next row's label, so the
wrapped name was no longer one phrase of its figure's sentence and the figure was read as the next
row's endpoint (26% as the 2% of infusion-related reactions: a false V001), or as no endpoint at all
(a wrong figure there passed silently). A continuation line is now its row's (sentences._row_end):
indented deeper than the row, no row, item or heading of its own, and aligned with the row's first
value, or going on in lower case, a figure or a bracket, or after a line that ends mid-clause. A
short leader row under such a row still finds its aligned full row past the continuation lines.

Texts written for this test; facts of the shipped claims libraries (BESPONSA label: febrile
neutropenia 26%, thrombocytopenia 51%, neutropenia 49%, infusion-related reactions 2%; ADMIRAL grade
>=3 febrile neutropenia 45.9%, anaemia 40.7%, thrombocytopenia 22.8%)."""

from __future__ import annotations

import pytest

from claimcheck.sentences import is_leader_row, sentence_spans

HEAD = "Market: US\n\nBESPONSA (inotuzumab ozogamicin) in adults: label safety figures.\n\n"
XOS = "XOSPATA (gilteritinib) in the ADMIRAL trial (XOSPATA vs salvage chemotherapy).\n\n"
LAYOUTS = {
    "wrap aligned with the values": ("card.txt", HEAD,
        "Blood counts ......... neutropenia 49%, thrombocytopenia 51%, febrile\n"
        "                       neutropenia {v}%\n"
        "Infusion reactions ... 2% (4/164)\n"),
    "short leader row under the wrap": ("card.txt", HEAD,
        "Cytopenias ......... neutropenia 49%, thrombocytopenia 51%, febrile\n"
        "                     neutropenia {v}%\n"
        "Infusion reactions . 2% (4/164)\n"),
    "short leader row of one figure under the wrap": ("card.txt", HEAD,
        "Cytopenias ......... thrombocytopenia 51%, neutropenia 49% and febrile\n"
        "                     neutropenia {v}%\n"
        "Infusion reactions . 2%\n"),
    "shallow hanging indent": ("card.txt", HEAD,
        "  Cytopenias ...................... thrombocytopenia 51%, neutropenia 49% and febrile\n"
        "      neutropenia {v}%\n"
        "  Infusion-related reactions ...... 2%\n"),
    "two continuation lines": ("card.txt", HEAD,
        "Haematologic ....... thrombocytopenia in 51%,\n"
        "                     neutropenia in 49% and febrile\n"
        "                     neutropenia in {v}% of adults\n"
        "IRRs ............... 2%\n"),
    "bulleted leader rows": ("card.txt", HEAD,
        "  - Cytopenias ........... neutropenia 49%, thrombocytopenia 51%, febrile\n"
        "                           neutropenia {v}%\n"
        "  - Infusion reactions ... 2%\n"),
    "Markdown bullet": ("card.md", HEAD,
        "- Myelosuppression: thrombocytopenia 51%, neutropenia 49%, febrile\n"
        "  neutropenia {v}%\n"
        "- Infusion-related reactions: 2% (4/164)\n"),
}
RULES = {"V001", "V002", "V003", "U001"}


def _found(lint_piece, name, text):
    return sorted((f.rule, f.message.split(" is ")[0]) for f in lint_piece(text, name=name, rules=RULES))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_wrapped_endpoint_keeps_its_figure(lint_piece, layout):
    name, head, rows = LAYOUTS[layout]
    assert _found(lint_piece, name, head + rows.format(v="26")) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_wrong_figure_on_the_continuation_line_is_its_endpoints_mismatch(lint_piece, layout):
    name, head, rows = LAYOUTS[layout]
    got = _found(lint_piece, name, head + rows.format(v="62"))
    assert [rule for rule, _ in got] == ["V001"], got
    assert "febrile neutropenia" in got[0][1] and "infusion" not in got[0][1], got


@pytest.mark.parametrize("value, expected", [("45.9", []), ("54.9", ["V001"])])
def test_another_product_s_wrapped_row(lint_piece, value, expected):
    rows = ("Grade >=3 AEs ....... anaemia 40.7%, thrombocytopenia 22.8%, febrile\n"
            f"                      neutropenia {value}%\n"
            "CR/CRh .............. 34.0% vs 15.3%\n")
    got = _found(lint_piece, "card.txt", XOS + rows)
    assert [rule for rule, _ in got] == expected, got
    assert all("febrile neutropenia" in message for _, message in got)


def _sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize("rows, joined, alone", [
    # aligned with the first value, a wrapped phrase
    ("Toxicity ...... grade 3 rash 12%, grade 4\n                hepatitis 3%\nNausea ........ 30%\n",
     "Toxicity ...... grade 3 rash 12%, grade 4\n                hepatitis 3%", "Nausea ........ 30%"),
    # a figure's bracket on the next line, deeper than the row but not aligned
    ("Response .... 44.1%\n    (95% CI 38-50) in all treated\nRelapse ..... 12%\n",
     "Response .... 44.1%\n    (95% CI 38-50) in all treated", "Relapse ..... 12%"),
    # the row ends with a connective: a capitalised word on the next line still goes on
    ("Onset ....... within 21 days of\n     Cycle 1 in most adults\nDuration .... 9 days\n",
     "Onset ....... within 21 days of\n     Cycle 1 in most adults", "Duration .... 9 days"),
])
def test_a_continuation_line_is_one_sentence_with_its_row(rows, joined, alone):
    got = _sentences(rows)
    assert joined in got and alone in got, got


@pytest.mark.parametrize("rows, first, own", [
    # a footnote's mark under the row: a note, not the row's
    ("Median OS ........ 7.7 months\n   (a) Post hoc analysis.\n",
     "Median OS ........ 7.7 months", "(a) Post hoc analysis."),
    # not indented: a new line of prose
    ("Median OS ........ 7.7 months\nsee the full analysis below\n",
     "Median OS ........ 7.7 months", "see the full analysis below"),
    # indented, capitalised, out of line with the values, after a row that ends complete
    ("Median OS ........ 7.7 months\n   Source: data on file\n",
     "Median OS ........ 7.7 months", "Source: data on file"),
    # an indented sub-row with a leader of its own
    ("Any grade ........ 51%\n   grade 3 ......... 41%\n",
     "Any grade ........ 51%", "grade 3 ......... 41%"),
    # a bullet under the row
    ("Median OS ........ 7.7 months\n   - a note on censoring\n",
     "Median OS ........ 7.7 months", "- a note on censoring"),
])
def test_lines_that_are_not_continuations_stay_apart(rows, first, own):
    got = _sentences(rows)
    assert first in got and own in got, got


def test_a_short_leader_row_finds_its_full_row_past_the_continuation():
    text = ("Cytopenias ......... neutropenia 49%, febrile\n"
            "                     neutropenia 26%\n"
            "Infusion reactions . 2%\n")
    assert is_leader_row(text, text.index("Infusion"))
    assert _sentences(text)[-1] == "Infusion reactions . 2%"
