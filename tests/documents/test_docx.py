"""Word reader: real .docx files built with python-docx; text, where and line exact."""

from __future__ import annotations

import docx
import pytest

from claimcheck.documents import read_document
from claimcheck.documents.base import Location


@pytest.fixture(scope="module")
def brochure(tmp_path_factory, docx_footnotes):
    add_footnotes, add_footnote_reference = docx_footnotes
    d = docx.Document()
    d.add_heading("Efficacy in R/R ALL", level=1)                       # paragraph 1
    p = d.add_paragraph("BESPONSA achieved CR/CRi in 80.7% of patients")  # paragraph 2
    p.add_run("1,a").font.superscript = True
    p.add_run(" versus 29.4% with SC.")
    add_footnote_reference(p, 1)
    d.add_paragraph("")                                                  # paragraph 3 (empty)
    p = d.add_paragraph("Dose 0.8 mg/m")                                 # paragraph 4
    p.add_run("2").font.superscript = True
    p.add_run(" on day 1.")
    t = d.add_table(rows=3, cols=3)
    rows = [
        ("AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"),
        ("Thrombocytopenia", "62 (45)", "73 (61)"),
        ("Neutropenia", "67 (48)", "53 (44)"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    p = d.add_paragraph("Median OS was 7.7 months")                      # paragraph 5
    p.add_run().add_break()
    p.add_run("versus 6.7 months with SC.")
    add_footnotes(d, ["Results from the first 218 randomized patients.", "The primary endpoint of OS was not met."])
    path = tmp_path_factory.mktemp("docx") / "brochure.docx"
    d.save(str(path))
    return read_document(path)


def test_body_paragraphs_are_numbered_and_located(brochure):
    doc = brochure
    assert doc.format == "docx"
    offset = doc.text.index("29.4%")
    assert doc.locate(offset) == Location(line=2, column=54, where="paragraph 2")
    assert doc.locate(doc.text.index("Dose")) == Location(line=4, column=1, where="paragraph 4")
    assert doc.line_text(offset) == "BESPONSA achieved CR/CRi in 80.7% of patients versus 29.4% with SC."


def test_citation_superscript_dropped_exponent_kept(brochure):
    assert "patients versus 29.4%" in brochure.text
    assert "1,a" not in brochure.text
    assert "Dose 0.8 mg/m2 on day 1." in brochure.text


def test_line_break_inside_a_paragraph_keeps_the_paragraph(brochure):
    doc = brochure
    assert "Median OS was 7.7 months\nversus 6.7 months with SC." in doc.text
    assert doc.locate(doc.text.index("versus 6.7")) == Location(line=5, column=26, where="paragraph 5")


def test_table_cells_are_located_and_listed(brochure):
    doc = brochure
    assert "Thrombocytopenia | 62 (45) | 73 (61)" in doc.text
    offset = doc.text.index("62 (45)")
    assert doc.locate(offset) == Location(line=4, column=1, where="table 1, row 2, cell 2")
    assert doc.locate(offset + 4) == Location(line=4, column=5, where="table 1, row 2, cell 2")
    assert len(doc.tables) == 1
    assert [[cell for _, cell in row] for row in doc.tables[0]] == [
        ["AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"],
        ["Thrombocytopenia", "62 (45)", "73 (61)"],
        ["Neutropenia", "67 (48)", "53 (44)"],
    ]
    for row in doc.tables[0]:
        for start, cell in row:
            assert doc.text.startswith(cell, start)
    assert doc.tables[0][1][1][0] == offset


def test_footnotes_are_read_from_the_footnotes_part(brochure):
    doc = brochure
    assert doc.text.endswith(
        "Results from the first 218 randomized patients.\n\nThe primary endpoint of OS was not met."
    )
    assert doc.locate(doc.text.index("218")) == Location(line=1, column=24, where="footnote 1")
    assert doc.locate(doc.text.index("primary endpoint")) == Location(line=2, column=5, where="footnote 2")


def test_headings_are_recorded(brochure):
    assert brochure.metadata["headings"] == [(0, 1, "Efficacy in R/R ALL")]


def test_blocks_are_separated_by_blank_lines(brochure):
    assert brochure.text.startswith("Efficacy in R/R ALL\n\nBESPONSA achieved")


def test_merged_cells_repeat_the_covering_cell(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    a = t.cell(0, 1).merge(t.cell(0, 2))
    a.text = "Grade ≥ 3, n (%)"
    t.cell(0, 0).text = "AE"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Nausea"
    t.cell(1, 1).text = "44 (32)"
    t.cell(1, 2).text = "56 (47)"
    t.cell(2, 1).text = "4 (3)"
    t.cell(2, 2).text = "6 (5)"
    path = tmp_path / "merged.docx"
    d.save(str(path))
    doc = read_document(path)
    grid = [[cell for _, cell in row] for row in doc.tables[0]]
    assert grid == [
        ["AE", "Grade ≥ 3, n (%)", "Grade ≥ 3, n (%)"],
        ["Nausea", "44 (32)", "56 (47)"],
        ["Nausea", "4 (3)", "6 (5)"],
    ]
    assert doc.tables[0][0][1] == doc.tables[0][0][2]
    assert doc.tables[0][1][0] == doc.tables[0][2][0]
    assert doc.text.count("Nausea") == 1
    assert doc.text.count("Grade ≥ 3") == 1


def test_docx_sniffed_by_content_whatever_the_extension(tmp_path):
    d = docx.Document()
    d.add_paragraph("CR/CRi 80.7% versus 29.4%.")
    path = tmp_path / "draft.md"
    d.save(str(path))
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.text == "CR/CRi 80.7% versus 29.4%."


def test_tracked_changes_and_content_controls(tmp_path):
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph("SC CR/CRi was ")
    p._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="MLR"><w:r><w:delText>29.3%</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="MLR"><w:r><w:t>29.4%</w:t></w:r></w:ins>'))
    p.add_run(" in INO-VATE ALL.")
    d.element.body.insert(1, parse_xml(
        f'<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Boxed warning: hepatotoxicity.</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'
    ))
    path = tmp_path / "tracked.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.text == "SC CR/CRi was 29.4% in INO-VATE ALL.\n\nBoxed warning: hepatotoxicity."
    assert doc.locate(doc.text.index("hepatotoxicity")) == Location(line=2, column=16, where="paragraph 2")
