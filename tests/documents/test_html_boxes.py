"""A box's edge ends a section of the text (a form feed, as a page break does).

A boxed warning drawn as a bordered container (``<div class="…box…">``, ``<aside>``,
``<blockquote>``, ``<section>``, a bordered block, a one-cell table) must hold its required
elements itself: the text after the box (the rest of the safety information, which names the same
risks) is not part of it. Before, the box's edge was only a paragraph break, so the boxed-warning
block ran on past it and found a deleted element in the text below.
"""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document
from claimcheck.documents.html import parse_html

TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED "
         "RISK OF POST-HSCT NON-RELAPSE MORTALITY")
LIVER = "<p>Severe liver injury, among it VOD with fatal or life-threatening outcomes, has been seen with BESPONSA.</p>"
RISK = "<p>The VOD risk was greater in patients who went on to HSCT after BESPONSA.</p>"
FACTORS = ("<p>Liver disease, a previous transplant, older age, later salvage lines and more treatment cycles also "
           "raised the VOD risk.</p>")
STOP = "<p>Stop BESPONSA permanently if VOD develops.</p>"
NRM = "<p>Non-relapse mortality after HSCT was higher among patients given BESPONSA.</p>"
AFTER = ("<p>Safety details: VOD developed in 23% of patients who had a transplant after treatment, and "
         "post-HSCT non-relapse mortality was 39% with BESPONSA versus 23% with chemotherapy.</p>")

BOXES = [
    ('<div class="safety-box">', "</div>"),
    ("<aside>", "</aside>"),
    ("<blockquote>", "</blockquote>"),
    ('<div style="border: 1px solid #000; padding: 8px">', "</div>"),
    ("<table><tr><td>", "</td></tr></table>"),
]


def _page(open_tag: str, close_tag: str, body: str, title: str = TITLE) -> str:
    return (
        "<html><body>\n<h1>BESPONSA for relapsed or refractory B-cell precursor ALL</h1>\n"
        "<p>BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
        "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.</p>\n"
        f"<h2>Important Safety Information</h2>\n{open_tag}\n<p><strong>{title}</strong></p>\n{body}\n{close_tag}\n"
        f"{AFTER}\n<p>See the full Prescribing Information, including Boxed Warning.</p>\n</body></html>\n"
    )


@pytest.mark.parametrize("open_tag,close_tag", BOXES)
def test_the_box_end_is_a_section_break(open_tag, close_tag):
    page = _page(open_tag, close_tag, LIVER + "\n" + NRM)
    doc = parse_html("box.html", page)
    assert len(doc.text) == len(page)
    inside, after = doc.text.index("Non-relapse mortality"), doc.text.index("Safety details")
    assert doc.text.count("\f") == 1 and inside < doc.text.index("\f") < after
    at = doc.text.index("\f")
    line = doc.text[doc.text.rfind("\n", 0, at) + 1 : doc.text.find("\n", at)]
    assert not line.strip()  # on a line of its own, no text beside it


def test_plain_blocks_and_data_tables_are_not_boxes():
    page = ('<div class="content"><p>One.</p></div><section-like></section-like>'
            "<table><tr><td>Rash</td><td>12%</td></tr></table><p>Two.</p>"
            '<div style="border: none"><p>Three.</p></div>')
    assert "\f" not in parse_html("plain.html", page).text


@pytest.mark.parametrize("open_tag,close_tag", BOXES)
def test_an_element_deleted_from_the_box_is_missing_even_if_the_text_below_names_it(
        full_linter, tmp_path, open_tag, close_tag):
    complete = tmp_path / "complete.html"
    complete.write_text(_page(open_tag, close_tag, "\n".join([LIVER, RISK, FACTORS, STOP, NRM])), encoding="utf-8")
    assert not [f for f in full_linter.lint_document(read_document(complete)) if f.rule == "B001"]
    # NRM deleted from the box (title and sentence); the safety details below still give NRM figures
    weakened = tmp_path / "weakened.html"
    title = TITLE.split(", AND")[0]
    weakened.write_text(_page(open_tag, close_tag, "\n".join([LIVER, RISK, FACTORS, STOP]), title), encoding="utf-8")
    findings = [f for f in full_linter.lint_document(read_document(weakened)) if f.rule == "B001"]
    assert len(findings) == 1 and "non-relapse" in findings[0].message.lower(), findings


def test_a_box_written_as_html_blocks_in_markdown():
    # CommonMark makes "<div …>" and "</div>" two HTML blocks when blank lines surround them;
    # the box still ends at its closing tag, and an HTML table inside Markdown keeps its grid
    from claimcheck.documents.markdown import parse_markdown

    text = ("# Safety\n\n<aside class=\"isi\">\n\n**" + TITLE + "**\n\nLiver injury including VOD.\n\n"
            "</aside>\n\nSafety details follow.\n\n<table>\n<tr>\n<td>Rash</td>\n<td>12%</td>\n<td></td>\n"
            "</tr>\n</table>\n")
    doc = parse_markdown("box.md", text)
    assert len(doc.text) == len(text)
    assert doc.text.index("Liver injury") < doc.text.index("\f") < doc.text.index("Safety details")
    row = doc.text[doc.text.index("Rash") : doc.text.index("\n", doc.text.index("Rash"))]
    assert [c.strip() for c in row.split("|")] == ["Rash", "12%", ""]
    assert doc.locate(doc.text.index("12%")).line == text[: text.index("12%")].count("\n") + 1
