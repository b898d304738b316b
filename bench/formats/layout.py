"""Turn pandoc's plain DOCX of a draft into a two-column leave-behind layout, as a designer would.

    python bench/formats/layout.py IN.docx OUT.docx --job-code PP-INO-USA-0421 --header "..."

What the layout sets (the features that make a laid-out PDF hard to read back):

* A5 pages, two columns with a 6 mm gutter;
* body text 9 pt, justified, automatic hyphenation (``w:autoHyphenation``; LibreOffice hyphenates
  with the installed en-US patterns), headings 11/10 pt, footnotes 7 pt;
* the first table without any rule (cells wrap in the narrow column), every other table ruled on
  all sides;
* a running header (product line) and a running footer with the job code and a PAGE field;
* pandoc already wrote citation superscripts as superscript runs and Markdown footnotes as real
  Word footnotes.

Only python-docx is needed (a dependency of claimcheck).
"""

from __future__ import annotations

import argparse

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

BODY_STYLES = {"Normal", "Body Text", "First Paragraph", "Compact", "Block Text", "Table"}


def _styles(document) -> None:
    for style in document.styles:
        if style.type != 1:  # paragraph styles only
            continue
        name = style.name or ""
        font = style.font
        if name.startswith("Heading 1") or name == "Title":
            font.size = Pt(11)
        elif name.startswith("Heading"):
            font.size = Pt(10)
        elif name in ("Footnote Text",):
            font.size = Pt(7)
        elif name in BODY_STYLES:
            font.size = Pt(9)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            style.paragraph_format.space_after = Pt(3)
    # hyphenation needs a language: US English everywhere
    rpr_default = document.styles.element.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        if rpr is not None:
            inner = rpr.find(qn("w:rPr"))
            if inner is not None:
                lang = inner.find(qn("w:lang"))
                lang = lang if lang is not None else OxmlElement("w:lang")
                lang.set(qn("w:val"), "en-US")
                if lang.getparent() is None:
                    inner.append(lang)


def _justify_body(document) -> None:
    for p in document.paragraphs:
        if not (p.style.name or "").startswith("Heading"):
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for run in p.runs:
                if run.font.size is None:
                    run.font.size = Pt(9)


def _hyphenation(document) -> None:
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        settings.insert(0, OxmlElement("w:autoHyphenation"))


COLUMN_TWIPS = 3345  # one text column: (148 mm - 2 x 12 mm margins - 6 mm gutter) / 2


def _fit(table) -> None:
    """The table as wide as the text column, its columns sharing it (pandoc leaves widths open)."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:type="dxa" w:w="{COLUMN_TWIPS}"/>'))
    cols = tbl.tblGrid.findall(qn("w:gridCol"))
    for col in cols:
        col.set(qn("w:w"), str(COLUMN_TWIPS // max(1, len(cols))))
    for row in table.rows:
        for cell in row.cells:
            tc_pr = cell._tc.get_or_add_tcPr()
            for old in tc_pr.findall(qn("w:tcW")):
                tc_pr.remove(old)
            tc_pr.insert(0, parse_xml(
                f'<w:tcW {nsdecls("w")} w:type="dxa" w:w="{COLUMN_TWIPS // max(1, len(cols))}"/>'))


def _borders(table, ruled: bool) -> None:
    _fit(table)
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblBorders"))
    if old is not None:
        tbl_pr.remove(old)
    kind = "single" if ruled else "nil"
    edges = "".join(
        f'<w:{edge} w:val="{kind}" w:sz="4" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))
    for row in table.rows:
        for cell in row.cells:
            tc_pr = cell._tc.get_or_add_tcPr()
            old = tc_pr.find(qn("w:tcBorders"))
            if old is not None:
                tc_pr.remove(old)
            for p in cell.paragraphs:
                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                for run in p.runs:
                    run.font.size = Pt(8)


def _page(document, header: str, job_code: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)
    section.left_margin = section.right_margin = Mm(12)
    section.top_margin, section.bottom_margin = Mm(16), Mm(16)
    section.header_distance = section.footer_distance = Mm(7)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "340")  # twentieths of a point: 6 mm
    hp = section.header.paragraphs[0]
    hp.text = header
    hp.runs[0].font.size = Pt(7)
    fp = section.footer.paragraphs[0]
    fp.text = f"{job_code}    Page "
    fp.runs[0].font.size = Pt(7)
    fp._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
        f"<w:t>1</w:t></w:r></w:fldSimple>"
    ))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--job-code", required=True)
    parser.add_argument("--header", required=True)
    args = parser.parse_args()
    document = docx.Document(args.source)
    _styles(document)
    _justify_body(document)
    _hyphenation(document)
    for k, table in enumerate(document.tables):
        _borders(table, ruled=k > 0)
    _page(document, args.header, args.job_code)
    document.save(args.target)


if __name__ == "__main__":
    main()
