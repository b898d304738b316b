"""Image alt text is content: an infographic may carry every claim in ``<img alt="…">`` (or a
Markdown ``![alt](src)``, a Word or PowerPoint picture's alt text). Each reader reads it as a
paragraph of the document at the image's own line and column, so findings point at it; an empty
or decorative alt adds nothing, a logo's alt finds nothing, and a sentence of the alt that the
visible text repeats word for word is read once (at the visible text), not twice. Pages written
for this test."""

from __future__ import annotations

import io
import textwrap

import pytest

from claimcheck.documents import read_document
from claimcheck.documents.html import parse_html
from claimcheck.documents.markdown import parse_markdown

#: the claims of an infographic, with three defects: a median that is not the library's (7.9 for
#: 7.7), an n/N whose percentage is wrong (69/88 is 78.4%, not 74.4%), and no statement that the
#: survival endpoint was not met
WRONG = ("INO-VATE ALL: a randomised phase 3 trial of BESPONSA versus standard chemotherapy in 326 adults "
         "with relapsed or refractory B-cell precursor ALL. Median overall survival was 7.9 months with "
         "BESPONSA versus 6.2 months with chemotherapy (HR 0.75; 97.5% CI 0.57-0.99). MRD negativity in "
         "responders: 69/88 (74.4%) with BESPONSA. Hepatotoxicity, including VOD, was reported.")
RIGHT = ("INO-VATE ALL: a randomised phase 3 trial of BESPONSA versus standard chemotherapy in 326 adults "
         "with relapsed or refractory B-cell precursor ALL. Median overall survival was 7.7 months with "
         "BESPONSA versus 6.2 months with chemotherapy (HR 0.75; 97.5% CI 0.57-0.99); the overall survival "
         "primary endpoint was not met (the difference was not statistically significant). MRD negativity "
         "in responders: 69/88 (78.4%) with BESPONSA. Hepatotoxicity, including VOD, was reported.")
CODES = {"V001", "A001", "F001"}


def _html(body: str) -> str:
    return f"<!doctype html>\n<html><body>\n<h1>BESPONSA at a glance</h1>\n{body}\n</body></html>\n"


def _at(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of ``needle`` in ``text``."""
    i = text.index(needle)
    return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1


def _found(lint_piece, full_linter, text: str, name: str):
    return [(f.rule, f.line, f.column) for f in lint_piece(text, name, linter=full_linter, rules=CODES)]


@pytest.mark.parametrize("layout", [
    '<img src="infographic.png" alt="{alt}">',
    '<figure>\n  <img class="hero" src="infographic.png"\n       alt="{alt}"\n       width="800">\n</figure>',
    "<p><img src='infographic.png' alt='{alt}' /></p>",
    '<map name="m"><area shape="rect" coords="0,0,10,10" href="#os" alt="{alt}"></map>',
])
def test_claims_only_in_alt_text_are_checked_where_they_stand(lint_piece, full_linter, layout):
    page = _html(layout.format(alt=WRONG) + '\n<img src="logo.png" alt="Company logo">')
    found = _found(lint_piece, full_linter, page, "infographic.html")
    assert ("V001", *_at(page, "7.9 months")) in found           # the median the library does not hold
    assert ("A001", *_at(page, "69/88 (74.4%)")) in found        # n/N and its percentage disagree
    assert ("F001", *_at(page, "7.9 months")) in found           # no not-met statement


def test_correct_alt_text_stays_clean(lint_piece, full_linter):
    page = _html(f'<img src="infographic.png" alt="{RIGHT}">\n<img src="logo.png" alt="Company logo">\n'
                 '<img src="spacer.gif" alt="">\n<img src="divider.png" alt="  ">')
    assert _found(lint_piece, full_linter, page, "infographic.html") == []


def test_entities_in_alt_text_are_decoded_in_place_as_in_text():
    value = "P&lt;0.001 &amp; HR&nbsp;0.75 &#8805;1 year, &lt;5%"
    src = _html(f'<img src="x.png" alt="{value}">')
    doc = parse_html("x.html", src)
    at = src.index(value)
    as_text = parse_html("y.html", f"<p>{value}</p>").text[3:3 + len(value)]
    assert doc.text[at:at + len(value)] == as_text
    assert " ".join(as_text.split()) == "P< 0.001 & HR 0.75 ≥1 year, <5%"
    assert len(doc.text) == len(src)


@pytest.mark.parametrize("tag", [
    '<img src="x.png" alt="Median overall survival 7.9 months" role="presentation">',
    '<img src="x.png" alt="Median overall survival 7.9 months" aria-hidden="true">',
    '<input type="text" alt="Median overall survival 7.9 months">',
    '<img src="x.png" alt="*** ---">',
    '<img src="x.png" title="alt=Median overall survival 7.9 months">',
])
def test_decorative_or_absent_alt_text_is_not_read(tag):
    doc = parse_html("x.html", _html(tag))
    assert "7.9" not in doc.text and "***" not in doc.text


def test_alt_text_is_a_paragraph_of_its_own_between_text():
    doc = parse_html("x.html", _html('<p>Results at a glance <img src="x.png" alt="CR/CRi in 80.7% of patients."> '
                                     'and more.</p>'))
    assert "glance\n\n" in doc.text and "patients.\n\n" in doc.text


@pytest.mark.parametrize("html, read", [
    ('<p>CR/CRi was 80.7% <img src="up.png" alt="higher"> than with chemotherapy.</p>',
     "CR/CRi was 80.7% higher than with chemotherapy."),
    ('<p>Median OS <b>7.7</b> <img src="i.png" alt="(months)" /> with BESPONSA.</p>',
     "Median OS 7.7 (months) with BESPONSA."),
])
def test_a_short_alt_between_words_is_read_in_its_sentence(html, read):
    doc = parse_html("x.html", _html(html))
    assert read in " ".join(doc.text.split())


def test_a_short_alt_alone_is_a_paragraph():
    doc = parse_html("x.html", _html('<p>Results.</p><img src="x.png" alt="Up arrow"><p>More.</p>'))
    assert [line.strip() for line in doc.text.splitlines() if "Up arrow" in line] == ["Up arrow"]


def test_alt_text_in_a_table_cell_is_the_cell_text():
    doc = parse_html("x.html", _html('<table><tr><th>Endpoint</th><th>Met</th></tr>'
                                     '<tr><td>CR/CRi</td><td><img src="tick.png" alt="Yes"></td></tr></table>'))
    assert [c for _, c in doc.tables[0][1]] == ["CR/CRi", "Yes"]


# ------------------------------------------------------------------ repeated in the visible text
def test_alt_text_repeating_the_caption_gives_each_finding_once(lint_piece, full_linter):
    caption = ("Median overall survival was 7.9 months with BESPONSA versus 6.2 months with chemotherapy "
               "(HR 0.75; 97.5% CI 0.57-0.99).")
    page = _html(f'<figure><img src="os.png" alt="{caption} MRD negativity in responders: 69/88 (74.4%) with BESPONSA.">'
                 f"\n<figcaption>{caption}</figcaption></figure>")
    found = _found(lint_piece, full_linter, page, "infographic.html")
    v001 = [f for f in found if f[0] == "V001"]
    # the median: once, at the caption (the alt's sentence that repeats it is not read again)
    caption_at = _at(page, "<figcaption>")[0]
    assert [f for f in v001 if f[1:] == (caption_at, page.splitlines()[caption_at - 1].index("7.9") + 1)]
    assert sum(1 for f in found if f[0] in ("V001", "F001") and f[1] != caption_at and
               page.splitlines()[f[1] - 1][f[2] - 1:].startswith("7.9")) == 0
    # the alt's own sentence (not in the visible text) is read: its defect is found at the image
    assert ("A001", *_at(page, "69/88 (74.4%)")) in found


def test_alt_text_paraphrasing_the_text_is_read_too():
    """Said in other words, the alt is a second place carrying the claim: it is read (both places
    must be right); only a word-for-word repeat is dropped."""
    src = _html('<p>Median overall survival was 7.7 months with BESPONSA.</p>\n'
                '<img src="os.png" alt="BESPONSA: median OS 7.7 months.">\n'
                '<img src="os2.png" alt="Median overall survival was 7.7 months with BESPONSA.">')
    doc = parse_html("x.html", src)
    assert "BESPONSA: median OS 7.7 months." in doc.text
    assert doc.text.count("Median overall survival was 7.7 months with BESPONSA.") == 1


def test_a_repeat_is_of_whole_words_only():
    src = _html('<p>Median overall survival was 17.7 months in the extension.</p>\n'
                '<img src="os.png" alt="Median overall survival was 7.7 months">')
    assert "was 7.7 months" in parse_html("x.html", src).text


# ------------------------------------------------------------------ Markdown
@pytest.mark.parametrize("layout", [
    "![{alt}](infographic.png)",
    "Our results at a glance:\n\n![{alt}](infographic.png \"Infographic\")",
    "![{alt}][fig]\n\n[fig]: infographic.png",
    '<img src="infographic.png" alt="{alt}">',
    'See the figure. <img src="infographic.png" alt="{alt}"> More below.',
])
def test_markdown_image_alt_text_is_checked(lint_piece, full_linter, layout):
    text = "# BESPONSA at a glance\n\n" + layout.format(alt=WRONG) + "\n\n![Company logo](logo.png)\n"
    found = _found(lint_piece, full_linter, text, "piece.md")
    assert ("V001", *_at(text, "7.9 months")) in found
    assert ("A001", *_at(text, "69/88 (74.4%)")) in found
    assert ("F001", *_at(text, "7.9 months")) in found


def test_markdown_alt_text_markup_is_read_as_text():
    src = "![MRD negativity: **69/88** (78.4%) &amp; more](x.png)\n"
    doc = parse_markdown("x.md", src)
    assert " ".join(doc.text.split()) == "MRD negativity: 69/88 (78.4%) & more"
    assert len(doc.text) == len(src)


def test_markdown_correct_alt_text_stays_clean(lint_piece, full_linter):
    text = f"# BESPONSA at a glance\n\n![{RIGHT}](infographic.png)\n\n![Company logo](logo.png)\n"
    assert _found(lint_piece, full_linter, text, "piece.md") == []


# ------------------------------------------------------------------ Word and PowerPoint
def _png() -> io.BytesIO:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, format="PNG")
    out.seek(0)
    return out


def test_word_picture_alt_text_is_read_after_its_paragraph(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("BESPONSA at a glance")
    run = document.add_paragraph().add_run()
    run.add_picture(_png())
    document.add_paragraph("BESPONSA at a glance")
    pics = document.element.body.xpath(".//wp:docPr")
    pics[0].set("descr", "MRD negativity in responders: 69/88 (74.4%) with BESPONSA.")
    run2 = document.paragraphs[2].add_run()
    run2.add_picture(_png())
    document.element.body.xpath(".//wp:docPr")[1].set("descr", "BESPONSA at a glance")  # repeats the text
    path = tmp_path / "a.docx"
    document.save(path)
    doc = read_document(path)
    at = doc.text.index("69/88")
    assert doc.locate(at).where == "paragraph 2, image 1 alt text"
    assert doc.text.count("BESPONSA at a glance") == 2      # the repeating alt is not read again


def test_powerpoint_picture_alt_text_is_read_in_its_place(tmp_path):
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Remission"
    pic = slide.shapes.add_picture(_png(), Inches(1), Inches(2))
    pic._element.nvPicPr.cNvPr.set("descr", "CR/CRi: 80.7% with BESPONSA versus 29.4% with chemotherapy.")
    logo = slide.shapes.add_picture(_png(), Inches(1), Inches(5))
    logo._element.nvPicPr.cNvPr.set("descr", "Company logo")
    ext = ('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
           '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>')
    from lxml import etree
    deco = slide.shapes.add_picture(_png(), Inches(3), Inches(5))
    deco._element.nvPicPr.cNvPr.set("descr", "Background pattern 12% grey")
    deco._element.nvPicPr.cNvPr.append(etree.fromstring(ext))
    path = tmp_path / "a.pptx"
    deck.save(path)
    doc = read_document(path)
    at = doc.text.index("80.7%")
    assert doc.locate(at).where.startswith("slide 1, ") and doc.locate(at).where.endswith(", alt text")
    assert "Company logo" in doc.text and "12% grey" not in doc.text
