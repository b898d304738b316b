"""PDF reader: real PDFs built with fpdf2, read back with pdfplumber; text and locations exact."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document
from claimcheck.documents.base import Location

BODY = "BESPONSA achieved CR/CRi in 80.7% of patients"


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory, pdf_builder):
    tmp_path = tmp_path_factory.mktemp("pdf")
    b = pdf_builder()
    b.page()
    b.text(72, 72, "Efficacy in R/R ALL")
    end = b.text(72, 96, BODY)
    b.superscript(end, 96, "1,a")
    end = b.text(72, 108, "Dose 0.8 mg/m")
    b.superscript(end, 108, "2")
    b.text(72, 120, "with a risk of hepatic veno-")
    b.text(72, 132, "occlusive disease in MRD-")
    b.text(72, 144, "negative patients; the conjugate is inter-")
    b.text(72, 156, "nalized once bound, and internalized CD22 recycles.")
    b.page()
    b.text(72, 72, "Safety overview")
    b.text(72, 84, "Hepatotoxicity was reported.")
    b.text(72, 96, "Median OS was 14.1 months with BESPONSA.")
    return read_document(b.save(tmp_path / "two-pages.pdf"))


def test_number_on_page_two_line_three_is_located_there(two_pages):
    doc = two_pages
    offset = doc.text.index("14.1 months")
    assert doc.locate(offset) == Location(line=3, column=15, page=2)
    assert doc.line_text(offset) == "Median OS was 14.1 months with BESPONSA."


def test_first_page_lines_and_columns(two_pages):
    doc = two_pages
    assert doc.locate(doc.text.index("Efficacy")) == Location(line=1, column=1, page=1)
    assert doc.locate(doc.text.index("80.7%")) == Location(line=2, column=29, page=1)
    assert doc.metadata["pages"] == 2


def test_superscript_citation_marker_is_dropped(two_pages):
    doc = two_pages
    assert BODY in doc.text
    assert "1,a" not in doc.text
    assert "patients1" not in doc.text
    assert doc.line_text(doc.text.index("80.7%")) == BODY


def test_superscript_exponent_is_kept_glued(two_pages):
    assert "Dose 0.8 mg/m2" in two_pages.text


def test_real_hyphen_at_line_end_is_kept_and_joined(two_pages):
    doc = two_pages
    assert "hepatic veno-occlusive" in doc.text
    assert "veno-\n" not in doc.text
    assert "in MRD-negative\npatients;" in doc.text
    # the rest of the continuation line keeps its own line and column
    assert doc.locate(doc.text.index("disease in")) == Location(line=5, column=11, page=1)


def test_soft_hyphenation_is_joined_without_hyphen(two_pages):
    doc = two_pages
    assert "the conjugate is internalized once bound" not in doc.text  # words stay on their lines
    assert "is internalized\n" in doc.text
    assert "inter-nalized" not in doc.text
    assert doc.locate(doc.text.index("once bound")) == Location(line=7, column=9, page=1)


def test_footnote_label_opening_a_line_is_dropped(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "CR/CRi was 80.7% with BESPONSA.")
    b.superscript(72, 96, "a")
    b.text(76, 96, "The primary endpoint of OS was not met.")
    doc = read_document(b.save(tmp_path / "label.pdf"))
    assert doc.text.endswith("\nThe primary endpoint of OS was not met.")


@pytest.mark.skipif(not __import__("pathlib").Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file(),
                    reason="needs a Unicode TrueType font to write ligature glyphs")
def test_ligatures_and_replacement_characters(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "The di\ufffderence was signi\ufb01cant and e\ufb00ective.", font="DejaVu")
    b.text(72, 84, "An unknown x\ufffdq stays as it is.", font="DejaVu")
    doc = read_document(b.save(tmp_path / "ligatures.pdf"))
    assert doc.text.startswith("The difference was significant and effective.\n")
    assert "x\ufffdq" in doc.text


def test_two_columns_are_read_one_after_the_other(tmp_path, pdf_builder):
    left = ["Left column starts here with", "several words on every line", "of the left column text."]
    right = ["Right column text begins with", "other words that belong to", "the right column of the page."]
    b = pdf_builder().page()
    b.text(72, 60, "A title across both columns", size=14)
    for i, (a, c) in enumerate(zip(left, right)):
        b.text(72, 100 + 12 * i, a)
        b.text(320, 100 + 12 * i, c)
    doc = read_document(b.save(tmp_path / "columns.pdf"))
    # each column's lines in order (joined by a newline, or by a space where the line was full)
    flat = " ".join(doc.text.split())
    assert " ".join(left) in flat
    assert " ".join(right) in flat
    assert doc.text.index(left[-1]) < doc.text.index(right[0])
    assert doc.locate(doc.text.index("other words")) == Location(line=6, column=1, page=1)


def test_unruled_table_keeps_its_rows(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "AE, n (%)")
    b.text(250, 72, "BESPONSA (n = 139)")
    b.text(400, 72, "SC (n = 120)")
    for k, (name, a, c) in enumerate([("Thrombocytopenia", "62 (45)", "73 (61)"), ("Neutropenia", "67 (48)", "53 (44)")]):
        b.text(72, 90 + 14 * k, name)
        b.text(250, 90 + 14 * k, a)
        b.text(400, 90 + 14 * k, c)
    doc = read_document(b.save(tmp_path / "unruled.pdf"))
    assert doc.text == (
        "AE, n (%) | BESPONSA (n = 139) | SC (n = 120)\n\n"
        "Thrombocytopenia | 62 (45) | 73 (61)\n\n"
        "Neutropenia | 67 (48) | 53 (44)"
    )
    # the cell is located in the visual line it was printed on
    assert doc.locate(doc.text.index("73 (61)")) == Location(line=2, column=26, page=1)
    assert doc.locate(doc.text.index("53 (44)")) == Location(line=3, column=21, page=1)
    # rows aligned in columns are listed cell by cell, like a ruled table
    assert [[cell for _, cell in row] for row in doc.tables[0]] == [
        ["AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"],  # the header, set apart by a white band
        ["Thrombocytopenia", "62 (45)", "73 (61)"], ["Neutropenia", "67 (48)", "53 (44)"]]
    assert doc.locate(doc.text.index("SC (n = 120)")) == Location(line=1, column=30, page=1)
    for row in doc.tables[0]:
        for start, cell in row:
            assert doc.text.startswith(cell, start)


def test_ruled_table_fills_document_tables(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "Most common adverse events")
    b.ruled_table(72, 90, [
        ("AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"),
        ("Thrombocytopenia", "62 (45)", "73 (61)"),
        ("Neutropenia", "67 (48)", "53 (44)"),
    ], widths=(160, 120, 120))
    doc = read_document(b.save(tmp_path / "ruled.pdf"))
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert [[cell for _, cell in row] for row in table] == [
        ["AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"],
        ["Thrombocytopenia", "62 (45)", "73 (61)"],
        ["Neutropenia", "67 (48)", "53 (44)"],
    ]
    for row in table:
        for offset, cell in row:
            assert doc.text.startswith(cell, offset)
    offset = table[1][2][0]
    assert doc.locate(offset) == Location(line=3, column=30, page=1)
    assert "Thrombocytopenia | 62 (45) | 73 (61)" in doc.text


def test_text_drawn_twice_for_fake_bold_is_read_once(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "Boxed warning: hepatotoxicity")
    b.text(72.4, 72, "Boxed warning: hepatotoxicity")
    b.text(72, 90, "Small print all ll ill at 6 pt", size=6)
    doc = read_document(b.save(tmp_path / "bold.pdf"))
    assert doc.text == "Boxed warning: hepatotoxicity\n\nSmall print all ll ill at 6 pt"
