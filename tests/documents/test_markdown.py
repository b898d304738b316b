"""Markdown reader: markdown-it-py decides what is prose; offsets stay those of the file."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.documents import read_document
from claimcheck.documents.base import Location
from claimcheck.documents.markdown import parse_markdown
from claimcheck.errors import InputError

DRAFT = """\
---
market: eu
job_code: PP-INO-EU-0001
---
# Efficacy of BESPONSA

BESPONSA achieved CR/CRi in **80.7%** of patients<sup>1,a</sup> versus 29.4% with SC.
<!-- claimcheck: ignore[V001] reason="approved wording, MLR-1234" -->

- MRD negativity: 78.4% versus 28.1%
1. HSCT rate: 48% versus 22%

```python
value = 99.9  # not a claim
```

    indented code 42.5%

See the `99%` placeholder and [the NEJM paper](https://doi.org/10.1056/NEJMoa1509277 "NEJM").

| AE, n (%) | BESPONSA (n = 139) | SC (n = 120) |
|---|:---:|---:|
| Thrombocytopenia | 62 (45) | 73 (61) |
| Nausea | *44 (32)* | 56 (47) |

Safety
------

[nejm]: https://www.nejm.org/doi/10.1056/NEJMoa1509277
Dose 0.8 mg/m<sup>2</sup> &amp; more.
"""


def src_location(text: str, offset: int) -> Location:
    line = text.count("\n", 0, offset) + 1
    return Location(line=line, column=offset - (text.rfind("\n", 0, offset) + 1) + 1)


@pytest.fixture(scope="module")
def doc():
    return parse_markdown("draft.md", DRAFT)


def test_length_and_locations_are_those_of_the_file(doc):
    assert len(doc.text) == len(DRAFT)
    for needle in ("80.7%", "29.4%", "78.4%", "48%", "62 (45)", "56 (47)", "Safety", "0.8 mg/m"):
        offset = DRAFT.index(needle)
        assert doc.text[offset : offset + len(needle)] == needle
        assert doc.locate(offset) == src_location(DRAFT, offset)
    assert doc.locate(DRAFT.index("29.4%")) == Location(line=7, column=72)


def test_front_matter_is_data_not_prose(doc):
    assert doc.metadata["front_matter"] == {"market": "eu", "job_code": "PP-INO-EU-0001"}
    assert doc.metadata["market"] == "EU"
    assert "PP-INO" not in doc.text
    assert doc.text[: DRAFT.index("# Efficacy")].strip() == ""


def test_code_is_not_linted(doc):
    for code in ("99.9", "not a claim", "42.5%", "99%"):
        assert code not in doc.text


def test_comment_is_collected_and_blanked(doc):
    raw = '<!-- claimcheck: ignore[V001] reason="approved wording, MLR-1234" -->'
    assert doc.comments == [(DRAFT.index(raw), raw)]
    assert "claimcheck" not in doc.text


def test_markup_is_blanked_prose_kept(doc):
    assert "**" not in doc.text
    assert "https://" not in doc.text  # link destination and reference definition
    assert "the NEJM paper" in doc.text  # link text
    assert "1,a" not in doc.text  # citation superscript
    assert "patients" in doc.text
    assert "mg/m2" in doc.text  # exponent glued
    assert "&amp;" not in doc.text and "&     more" in doc.text  # decoded, padded to length
    # list markers become the "-" bullet the sentence splitter breaks at (never a number "1.")
    assert doc.line_text(DRAFT.index("MRD negativity")).strip() == "- MRD negativity: 78.4% versus 28.1%"
    assert doc.line_text(DRAFT.index("HSCT rate")).strip() == "-  HSCT rate: 48% versus 22%"


def test_headings_give_context(doc):
    assert doc.metadata["headings"] == [
        (DRAFT.index("Efficacy"), 1, "Efficacy of BESPONSA"),
        (DRAFT.index("Safety"), 2, "Safety"),
    ]
    assert "#" not in doc.text and "------" not in doc.text


def test_tables_are_read_cell_by_cell(doc):
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert [[cell for _, cell in row] for row in table] == [
        ["AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"],
        ["Thrombocytopenia", "62 (45)", "73 (61)"],
        ["Nausea", "44 (32)", "56 (47)"],
    ]
    for row in table:
        for offset, cell in row:
            assert doc.text.startswith(cell, offset)
            assert doc.locate(offset) == src_location(DRAFT, offset)
    assert table[0][1][0] == DRAFT.index("BESPONSA (n = 139)")


def test_blocks_are_separated_by_blank_lines_lists_and_tables_are_not(doc):
    # a heading is set off from the text before it by a blank line (the "#" became a newline)
    start = DRAFT.index("# Efficacy")
    assert doc.text[start - 1 : start + 1] == "\n\n"
    # a list and a table are one block each (an inline suppression covers the whole of them)
    items = doc.text[DRAFT.index("- MRD") : DRAFT.index("22%")]
    assert "\n\n" not in items and items.count("\n") == 1
    rows = doc.text[DRAFT.index("| Thrombocytopenia") : DRAFT.index("56 (47)")]
    assert re.search(r"\n[ \t]*\n", rows) is None


def test_malformed_front_matter_is_an_input_error_at_its_line():
    text = "---\nmarket: EU\ntitle: [unclosed\n---\nBody.\n"
    with pytest.raises(InputError) as err:
        parse_markdown("bad.md", text)
    assert err.value.path == "bad.md"
    assert err.value.line == 4
    assert str(err.value).startswith("bad.md:4: invalid YAML front matter")
    assert "\n" not in str(err.value)


def test_front_matter_must_be_a_mapping():
    with pytest.raises(InputError, match="mapping"):
        parse_markdown("list.md", "---\n- a\n- b\n---\nBody.\n")


def test_read_document_dispatches_markdown(tmp_path):
    path = tmp_path / "draft.markdown"
    path.write_text("---\nmarket: us\n---\nCR/CRi 80.7%.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "markdown"
    assert doc.metadata["market"] == "US"
    assert doc.locate(doc.text.index("80.7")) == Location(line=4, column=8)


def test_a_long_document_keeps_every_table_and_offset():
    block = DRAFT.split("---\n", 2)[2]
    text = block * 100
    doc = parse_markdown("big.md", text)
    assert len(doc.text) == len(text)
    assert len(doc.tables) == text.count("| AE, n (%)")


MARKDOWN_PIECES = st.sampled_from([
    "BESPONSA ", "80.7% ", "(n = 139) ", "*", "**", "_", "`", "```", "    ", "\n", "\n\n", "# ", "## ",
    "- ", "1. ", "> ", "| ", "|---|", "[", "](", ")", "http://x.y/1 ", "<!-- c -->", "<sup>", "</sup>",
    "<p>", "</p>", "<br>", "&amp;", "&nbsp;", "&#8804;", "\\", "---", "===", "\t", "<", ">", "é",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=40).map("".join))
def test_any_markdown_keeps_offsets_and_locations(text):
    doc = parse_markdown("fuzz.md", text)
    assert len(doc.text) == len(text)
    for offset in range(0, len(text) + 1):
        assert doc.locate(offset) == src_location(text, offset)
    for offset, raw in doc.comments:
        assert text.startswith(raw, offset)
    for table in doc.tables:
        for row in table:
            for offset, cell in row:
                assert doc.text.startswith(cell, offset)


def test_html_table_inside_markdown():
    text = "Intro.\n\n<table><tr><th>Arm</th><th>BESPONSA (n = 139)</th></tr><tr><td>Nausea</td><td>44 (32)</td></tr></table>\n"
    doc = parse_markdown("t.md", text)
    assert [[cell for _, cell in row] for row in doc.tables[0]] == [["Arm", "BESPONSA (n = 139)"], ["Nausea", "44 (32)"]]
    for offset in range(len(text) + 1):
        assert doc.locate(offset) == src_location(text, offset)
    assert "<t" not in doc.text


def test_plain_text_is_kept_as_is(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("# not a heading\r\n<!-- kept --> 80.7%\r\n".encode("utf-8"))
    doc = read_document(path)
    assert doc.format == "text"
    assert doc.text == "# not a heading\n<!-- kept --> 80.7%\n"
    assert doc.locate(doc.text.index("80.7")) == Location(line=2, column=15)


def test_a_quote_that_interrupts_a_paragraph_is_a_block_of_its_own():
    # CommonMark: a ">" line ends the paragraph above it; the reader keeps that boundary (a blank
    # line) so the quote's first line does not run on from the text before it
    text = ("Key results from ADMIRAL in FLT3-mutated AML\n"
            "> Median overall survival 9.3 vs 5.6 months\n"
            "> and a CR/CRh rate of 34.0% vs 15.3%\n\nAfter the quote.\n")
    doc = parse_markdown("quote.md", text)
    head = doc.text.index("AML") + 3
    assert doc.text[head : doc.text.index("Median")].count("\n") == 2
    # the quote's own lines stay one paragraph, as Markdown renders them
    assert doc.text[doc.text.index("months") : doc.text.index("and a CR")].count("\n") == 1
    at = text.index("Median")
    assert doc.locate(doc.text.index("Median")) == Location(line=2, column=at - text.index("\n") )
    # a quote after a blank line gets no extra break
    plain = parse_markdown("q2.md", "Intro.\n\n> Quote line\n")
    assert plain.text == "Intro.\n\n  Quote line\n"
