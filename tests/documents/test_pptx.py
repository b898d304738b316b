"""PowerPoint reader: real decks built with python-pptx; text, slide and shape exact."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from claimcheck.documents import read_document
from claimcheck.documents.base import Location
from claimcheck.engine import Linter
from claimcheck.errors import InputError


def _textbox(slide, left, top, text, name=None):
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(4), Inches(1))
    if name:
        box.name = name
    box.text_frame.text = text
    return box


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    prs = Presentation()
    # slide 1: title + bullets; the bullet carries a citation superscript
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Efficacy in R/R ALL"
    body = s.placeholders[1].text_frame
    body.text = "BESPONSA achieved CR/CRi in 80.7% of patients"
    run = body.paragraphs[0].add_run()
    run.text = "1,a"
    run.font._rPr.set("baseline", "30000")
    tail = body.paragraphs[0].add_run()
    tail.text = " versus 29.4% with SC"
    p = body.add_paragraph()
    p.text = "Dose 0.8 mg/m"
    sup = p.add_run()
    sup.text = "2"
    sup.font._rPr.set("baseline", "30000")
    s.notes_slide.notes_text_frame.text = "Say: median OS was 7.7 months versus 6.7 months."
    # slide 2: a group of two boxes (right one first in z-order) and a table
    s = prs.slides.add_slide(prs.slide_layouts[6])
    group = s.shapes.add_group_shape()
    _textbox(group, 5, 1, "Median OS 7.7 months", name="Right box")
    _textbox(group, 0.5, 1, "First 218 randomized patients", name="Left box")
    group.name = "Results group"
    table = s.shapes.add_table(3, 3, Inches(0.5), Inches(3), Inches(8), Inches(1.5))
    table.name = "AE table"
    rows = [("AE, n (%)", "BESPONSA (n = 139)", "SC (n = 120)"),
            ("Thrombocytopenia", "62 (45)", "73 (61)"),
            ("Neutropenia", "67 (48)", "53 (44)")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.table.cell(r, c).text = value
    # slide 3: the closing slide with the safety statement
    s = prs.slides.add_slide(prs.slide_layouts[6])
    _textbox(s, 0.5, 6, "Please see full Prescribing Information, including BOXED WARNING.", name="ISI")
    path = tmp_path_factory.mktemp("pptx") / "deck.pptx"
    prs.save(str(path))
    return path


def test_slide_text_in_order_with_citations_dropped(deck):
    doc = read_document(deck)
    assert doc.format == "pptx"
    assert doc.text.startswith("Efficacy in R/R ALL\n\nBESPONSA achieved CR/CRi in 80.7% of patients versus 29.4% with SC")
    assert "1,a" not in doc.text
    assert "Dose 0.8 mg/m2" in doc.text
    assert doc.metadata["headings"] == [(0, 1, "Efficacy in R/R ALL")]
    assert doc.metadata["slides"] == 3


def test_locations_name_slide_shape_and_paragraph(deck):
    doc = read_document(deck)
    offset = doc.text.index("29.4%")
    loc = doc.locate(offset)
    assert loc.line == 1 and loc.column == 54
    assert loc.where.startswith("slide 1, ") and loc.where.endswith(", paragraph 1")
    assert doc.locate(doc.text.index("Dose")).where.endswith(", paragraph 2")


def test_speaker_notes_follow_their_slide(deck):
    doc = read_document(deck)
    offset = doc.text.index("median OS was 7.7")
    assert doc.locate(offset) == Location(line=1, column=6, where="slide 1, notes, paragraph 1")
    assert offset < doc.text.index("First 218")


def test_grouped_shapes_in_reading_order(deck):
    doc = read_document(deck)
    left, right = doc.text.index("First 218"), doc.text.index("Median OS 7.7")
    assert left < right  # left to right, whatever the z-order
    assert doc.locate(right) == Location(line=2, column=1, where='slide 2, "Right box", paragraph 1')


def test_table_cells_are_located_and_listed(deck):
    doc = read_document(deck)
    assert "Thrombocytopenia | 62 (45) | 73 (61)" in doc.text
    offset = doc.text.index("73 (61)")
    assert doc.locate(offset) == Location(line=2, column=1, where='slide 2, "AE table", row 2, cell 3')
    assert [[c for _, c in row] for row in doc.tables[0]][1] == ["Thrombocytopenia", "62 (45)", "73 (61)"]
    for row in doc.tables[0]:
        for start, cell in row:
            assert doc.text.startswith(cell, start)


def test_deck_is_one_document_closing_slide_counts(deck, full_linter):
    """The US fair-balance pointer sits on the closing slide and satisfies the deck."""
    result = full_linter.lint_file(str(deck))
    assert result.error is None
    pointer = [f for f in result.findings if f.rule == "F003"]
    assert pointer == []
    located = [f for f in result.findings if f.where]
    assert all(f.where.startswith("slide ") for f in located)
    # the same deck without its closing slide lacks the pointer
    prs = Presentation(str(deck))
    slides = prs.slides._sldIdLst
    slides.remove(slides[-1])
    without = deck.parent / "without-closing.pptx"
    prs.save(str(without))
    assert [f.rule for f in full_linter.lint_file(str(without)).findings if f.rule == "F003"] == ["F003"]


def test_wrong_value_on_a_slide_is_reported_at_slide_and_shape(tmp_path, reference):
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    _textbox(s, 0.5, 0.5, "Key results", name="Title box")
    s = prs.slides.add_slide(prs.slide_layouts[6])
    _textbox(s, 0.5, 2, "SC achieved CR/CRi in 29.3% of patients in INO-VATE ALL.", name="Claim box")
    path = tmp_path / "wrong.pptx"
    prs.save(str(path))
    findings = [f for f in Linter(reference).lint_file(str(path)).findings if f.rule == "V001"]
    assert findings and findings[0].line == 2 and findings[0].column == 23
    assert findings[0].where == 'slide 2, "Claim box", paragraph 1'


# ------------------------------------------------------------------ bad decks
def refused(path, *fragments: str) -> None:
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    for fragment in fragments:
        assert fragment in message, message


def _word_bytes() -> bytes:
    d = docx.Document()
    d.add_paragraph("CR/CRi 80.7%")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _deck_entries(deck) -> dict[str, bytes]:
    with zipfile.ZipFile(deck) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_pptx_that_is_really_a_docx(tmp_path):
    path = tmp_path / "deck.pptx"
    path.write_bytes(_word_bytes())
    refused(path, "named .pptx but it is a Word document", "rename it .docx")


def test_a_docx_that_is_really_a_pptx(tmp_path, deck):
    path = tmp_path / "letter.docx"
    path.write_bytes(deck.read_bytes())
    refused(path, "named .docx but it is a PowerPoint deck", "rename it .pptx")


def test_a_deck_named_md_is_read_as_a_deck(tmp_path, deck):
    path = tmp_path / "slides.md"
    path.write_bytes(deck.read_bytes())
    assert read_document(path).format == "pptx"


def test_corrupt_deck(tmp_path, deck):
    data = deck.read_bytes()
    path = tmp_path / "cut.pptx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "corrupt")
    entries = _deck_entries(deck)
    entries["ppt/slides/slide1.xml"] = b"<p:sld><unclosed"
    path.write_bytes(_zip(entries))
    refused(path, "corrupt PowerPoint deck")


def test_text_named_pptx(tmp_path):
    path = tmp_path / "notes.pptx"
    path.write_text("CR/CRi 80.7%")
    refused(path, "not a PowerPoint deck")


def test_zip_without_presentation_part(tmp_path):
    path = tmp_path / "archive.pptx"
    path.write_bytes(_zip({"readme.txt": b"hello"}))
    refused(path, "without ppt/presentation.xml")


def test_encrypted_deck(tmp_path):
    path = tmp_path / "locked.pptx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)  # Office encryption is an OLE container
    refused(path, "encrypted or legacy (.ppt) PowerPoint")


def test_zip_bomb_deck(tmp_path, deck):
    entries = _deck_entries(deck)
    entries["ppt/media/filler.bin"] = b"\0" * (8 * 1024 * 1024)
    path = tmp_path / "bomb.pptx"
    path.write_bytes(_zip(entries))
    refused(path, "PowerPoint package entry ppt/media/filler.bin", "100:1 limit", "zip bomb")


def test_template_is_not_a_pptx(tmp_path, deck):
    entries = _deck_entries(deck)
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"presentation.main+xml", b"template.main+xml")
    path = tmp_path / "master.potx"
    path.write_bytes(_zip(entries))
    refused(path, "not a .pptx PowerPoint deck")


def test_bad_deck_exits_2_and_others_are_linted(tmp_path, deck):
    import subprocess
    import sys

    (tmp_path / "bad.pptx").write_bytes(_word_bytes())
    (tmp_path / "good.pptx").write_bytes(deck.read_bytes())
    (tmp_path / "draft.md").write_text("SC achieved CR/CRi in 29.3% of patients in INO-VATE ALL.\n")
    run = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--format", "concise", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert f"{tmp_path / 'bad.pptx'}: named .pptx but it is a Word document" in run.stderr
    assert "draft.md:1:" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
