"""Builders of real PDF and DOCX files (fpdf2, python-docx) with known content at known places.

Nothing here mocks a parser: each builder writes a file that the reader under test opens with
pdfplumber or python-docx, exactly as it would open a user's file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class PdfBuilder:
    """Text placed at exact baselines (points, origin top-left), one call per source line."""

    def __init__(self, width: float = 595, height: float = 842):
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format=(width, height))
        self.pdf.set_auto_page_break(False)
        self.unicode = DEJAVU.is_file()
        if self.unicode:
            self.pdf.add_font("DejaVu", fname=str(DEJAVU))

    def page(self) -> "PdfBuilder":
        self.pdf.add_page()
        return self

    def text(self, x: float, y: float, text: str, size: float = 10, font: str = "Helvetica") -> float:
        """Write ``text`` with its baseline at ``y``; return the x where it ends."""
        self.pdf.set_font(font, size=size)
        self.pdf.text(x, y, text)
        return x + self.pdf.get_string_width(text)

    def superscript(self, x: float, y: float, text: str, size: float = 6) -> float:
        """A citation marker as typeset: smaller, baseline raised by 40% of the body size."""
        return self.text(x, y - 4, text, size=size)

    def ruled_table(self, x: float, y: float, rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        self.pdf.set_xy(x, y)
        self.pdf.set_font("Helvetica", size=9)
        with self.pdf.table(col_widths=widths, width=sum(widths), align="LEFT") as table:
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(value)

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path


@pytest.fixture(scope="session")
def pdf_builder():
    return PdfBuilder


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W_NS}">
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  {{notes}}
</w:footnotes>"""


def add_footnotes(document, notes: list[str]) -> None:
    """Give a python-docx Document a real footnotes part (python-docx cannot write one)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from xml.sax.saxutils import escape

    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for i, text in enumerate(notes, 1)
    )
    blob = FOOTNOTES_XML.replace("{notes}", body).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def add_footnote_reference(paragraph, note_id: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    run.font.superscript = True
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run._r.append(ref)


@pytest.fixture(scope="session")
def docx_footnotes():
    return add_footnotes, add_footnote_reference
