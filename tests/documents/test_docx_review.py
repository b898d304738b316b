"""Word files as they are during review: tracked changes, comments, text boxes, headers, footers."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml

from claimcheck.documents import read_document
from claimcheck.documents.base import Location
from claimcheck.engine import Linter

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (
    W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
)


def deleted(text: str, i: int = 1) -> str:
    return f'<w:del {W} w:id="{i}" w:author="MLR"><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def inserted(text: str, i: int = 2) -> str:
    return f'<w:ins {W} w:id="{i}" w:author="MLR"><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'


def text_box_run(text: str) -> str:
    """A text box as Word writes it: DrawingML, with a VML fallback repeating the same text."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f"<w:r {NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
        f"<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )


@pytest.fixture(scope="module")
def review_draft(tmp_path_factory):
    d = docx.Document()
    p = d.add_paragraph("SC achieved CR/CRi in ")                          # paragraph 1
    p._p.append(parse_xml(deleted("29.3%", 1)))
    p._p.append(parse_xml(inserted("29.4%", 2)))
    p.add_run(" of patients in INO-VATE ALL.")
    p = d.add_paragraph("BESPONSA is indicated for adults with relapsed or refractory")  # paragraph 2
    # the reviser deleted this paragraph's mark: accepted, paragraphs 2 and 3 are one sentence
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {W}><w:del w:id="3" w:author="MLR"/></w:rPr>'))
    d.add_paragraph("B-cell precursor ALL.")                               # paragraph 3
    p = d.add_paragraph("Median OS was 7.7 months versus 6.7 months.")    # paragraph 4
    run = p.add_run(" The OS endpoint was not met.")
    d.add_comment(run, text="Reviewer: 80.7% in 12% of patients? check against the label", author="MLR")
    p = d.add_paragraph("Key results")                                      # paragraph 5
    p._p.append(parse_xml(text_box_run("CR/CRi 80.7% with BESPONSA versus 29.4% with SC.")))
    section = d.sections[0]
    section.header.paragraphs[0].text = "PP-INO-USA-0421 For US healthcare professionals only"
    section.footer.paragraphs[0].text = "Please see full Prescribing Information, including BOXED WARNING."
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Cover page header"
    path = tmp_path_factory.mktemp("review") / "review.docx"
    d.save(str(path))
    return path


def test_tracked_changes_read_as_accepted_by_default(review_draft):
    doc = read_document(review_draft)
    assert "SC achieved CR/CRi in 29.4% of patients in INO-VATE ALL." in doc.text
    assert "29.3%" not in doc.text
    # the deleted paragraph mark joins the indication into one paragraph (one sentence)
    assert "relapsed or refractory B-cell precursor ALL." in doc.text
    assert doc.locate(doc.text.index("B-cell")) == Location(line=3, column=1, where="paragraph 3")
    assert doc.metadata["tracked_changes"] == {"read_as": "accepted", "insertions": 1, "deletions": 2, "moves": 0}
    assert doc.metadata["notices"] == [
        f"{review_draft}: 3 tracked changes (1 insertion, 2 deletions) linted as if every change were "
        "accepted (--tracked-changes original lints the text before them)"
    ]


def test_tracked_changes_original_reads_the_text_before_them(review_draft):
    doc = read_document(review_draft, tracked_changes="original")
    assert "SC achieved CR/CRi in 29.3% of patients in INO-VATE ALL." in doc.text
    assert "29.4% of patients" not in doc.text
    assert doc.locate(doc.text.index("29.3%")) == Location(line=1, column=23, where="paragraph 1")
    assert "relapsed or refractory\n\nB-cell precursor ALL." in doc.text
    assert "linted as the original text" in doc.metadata["notices"][0]


def test_comments_are_never_content(review_draft):
    doc = read_document(review_draft)
    assert "Reviewer" not in doc.text and "12%" not in doc.text
    assert "Median OS was 7.7 months versus 6.7 months. The OS endpoint was not met." in doc.text


def test_text_box_is_read_once_and_located(review_draft):
    doc = read_document(review_draft)
    assert doc.text.count("CR/CRi 80.7% with BESPONSA") == 1  # the VML fallback is not read again
    offset = doc.text.index("80.7%")
    assert doc.locate(offset) == Location(line=5, column=8, where="text box 1, paragraph 1")
    assert doc.text.index("Key results") < offset < doc.text.index("PP-INO-USA-0421")


def test_headers_and_footers_are_read_and_located(review_draft):
    doc = read_document(review_draft)
    assert doc.locate(doc.text.index("For US healthcare")) == Location(
        line=1, column=17, where="header 1, paragraph 1")
    assert doc.locate(doc.text.index("Cover page")) == Location(line=1, column=1, where="header 2, paragraph 1")
    assert doc.locate(doc.text.index("BOXED WARNING")) == Location(line=1, column=52, where="footer 1, paragraph 1")


def test_a_running_header_is_read_once(tmp_path):
    d = docx.Document()
    d.add_paragraph("CR/CRi 80.7% with BESPONSA.")
    d.sections[0].header.paragraphs[0].text = "PP-INO-USA-0421"
    d.add_section()  # the second section's header is linked to the first: the same part
    d.add_paragraph("OS was not met.")
    path = tmp_path / "sections.docx"
    d.save(str(path))
    assert read_document(path).text.count("PP-INO-USA-0421") == 1


def test_findings_follow_the_reading_and_the_report_says_so(review_draft, reference):
    accepted = Linter(reference).lint_file(str(review_draft))
    assert not any(f.rule == "V001" and f.line == 1 for f in accepted.findings)
    assert "linted as if every change were accepted" in accepted.notice
    original = Linter(reference, tracked_changes="original").lint_file(str(review_draft))
    wrong = [f for f in original.findings if f.rule == "V001" and f.line == 1]
    assert wrong and wrong[0].where == "paragraph 1" and "29.4" in wrong[0].message
    # the text box claim is checked and located in its box
    assert not any(f.where and f.where.startswith("text box") and f.severity == "error" for f in accepted.findings)


def test_cli_option_and_notice(review_draft, tmp_path):
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "claimcheck", "lint", "--format", "json", "--tracked-changes", "original",
         str(review_draft)],
        capture_output=True, text=True, timeout=300,
    )
    import json

    report = json.loads(run.stdout)
    assert report["inputs"]["options"]["tracked_changes"] == "original"
    assert "linted as the original text" in report["files"][0]["notice"]
    assert any(f["rule"] == "V001" and f["line"] == 1 for f in report["findings"])
    assert "tracked changes" in run.stderr
