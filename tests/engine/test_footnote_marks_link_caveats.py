"""A result marked with a footnote mark is covered by the caveat footnote that opens with the same
mark, wherever the footnote stands (end of the piece, end of the section), in every form writers set
marks: "(a)", "[a]", "a)", asterisks ("*", "**"), typographic symbols, Markdown footnotes ("[^1]"),
superscript letters and digits ("ᵃ", "¹", and HTML "<sup>a</sup>", "<sup>1</sup>", "<sup>*</sup>").

A mark links to its own footnote only: a result whose mark points to a reference citation, or to
no footnote at all, still needs its caveat (F002: post hoc / subgroup; F007: pooled / exploratory),
and deleting the caveat footnote is still flagged."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_bytes

# ------------------------------------------------------------------ pieces

_MD_HEAD = (
    "# Transplant update\n\n## Indication\n\n"
    "BESPONSA is indicated as monotherapy for adults with relapsed or refractory CD22-positive B cell "
    "precursor ALL.\n\n## Remission by subgroup\n\n"
    "Across the randomised patients, remission was more frequent with BESPONSA.\n\n")
_TXT_HEAD = (
    "TRANSPLANT UPDATE\n\nINDICATION\n"
    "BESPONSA is indicated as monotherapy for adults with relapsed or refractory CD22-positive B cell "
    "precursor ALL.\n\nREMISSION BY SUBGROUP\n"
    "Across the randomised patients, remission was more frequent with BESPONSA.\n\n")
_SAFETY = ("VOD/SOS was reported in 14% of BESPONSA-treated patients. Monitor closely for signs and "
           "symptoms of VOD/SOS. Myelosuppression and infusion-related reactions have been reported.")
_MD_TAIL = "\n\n## Safety\n\n" + _SAFETY + "\n\n{notes}\n"
_TXT_TAIL = "\n\nSAFETY\n" + _SAFETY + "\n\n{notes}\n"
_HTML_HEAD = (
    "<html><body><h1>Transplant update</h1><h2>Indication</h2><p>BESPONSA is indicated as monotherapy "
    "for adults with relapsed or refractory CD22-positive B cell precursor ALL.</p>\n"
    "<h2>Remission by subgroup</h2>\n<p>Across the randomised patients, remission was more frequent "
    "with BESPONSA.</p>\n<p>")
_HTML_TAIL = "</p>\n<h2>Safety</h2>\n<p>" + _SAFETY + "</p>\n{notes}\n</body></html>"

#: a subgroup result (F002) and a pooled post hoc result (F002 and F007), each with a mark {m}
_SUBGROUP = ("In patients whose first remission lasted less than 12 months, CR/CRi was 77.5% with "
             "BESPONSA and 23.9% with SC{m}.")
_POOLED = ("A pooled analysis of INO-VATE ALL and Study 1010 (101 BESPONSA-treated patients who "
           "underwent HSCT) reported a 2-year post-transplant OS of 51% in the BESPONSA group{m}.")
_SUBGROUP_NOTE = "Exploratory subgroup analyses; the study was not powered for comparisons within subgroups."
_POOLED_NOTE = "Post hoc analysis; exploratory and descriptive, not powered for comparison."
_CITATION = "Kebriaei P, et al. Bone Marrow Transplant 2018;53:449-456."

_LAYOUTS = {
    "markdown": ("piece.md", _MD_HEAD, _MD_TAIL),
    "text": ("piece.txt", _TXT_HEAD, _TXT_TAIL),
    "html": ("piece.html", _HTML_HEAD, _HTML_TAIL),
}


def _findings(full_linter, layout: str, result: str, mark: str, notes: str) -> list[str]:
    name, head, tail = _LAYOUTS[layout]
    text = head + result.format(m=mark) + tail.format(notes=notes)
    doc = read_bytes(name, text.encode("utf-8"))
    doc.metadata["market"] = "EU"
    return sorted({f.rule for f in full_linter.lint_document(doc) if f.rule in ("F002", "F007")})


#: (layout, the mark on the result, the footnote with {note} for the caveat)
COVERED = [
    ("text", "(a)", "(a) {note}"),
    ("text", " (a)", "(a) {note}"),
    ("text", "[a]", "[a] {note}"),
    ("text", "(a)", "a) {note}"),
    ("text", "*", "* {note}"),
    ("text", "**", "* " + _CITATION + "\n** {note}"),
    ("text", "[1]", "[1] {note}"),
    ("text", "(1)", "(1) {note}"),
    # the caveat in the footnote's second sentence
    ("text", "(a)", "(a) Subgroup analyses. They were not powered for comparison; interpret with caution."),
    # several footnotes one per line, the caveat under its own mark after a citation
    ("text", "(b)", "(a) " + _CITATION + "\n(b) {note}"),
    ("text", "\u2021", "\u2020 " + _CITATION + "\n\u2021 {note}"),
    ("markdown", "(a)", "(a) {note}"),
    ("markdown", "[a]", "[a] {note}"),
    ("markdown", "*", "*{note}"),
    ("markdown", "**", "\\*\\* {note}"),
    ("markdown", "[^1]", "[^1]: {note}"),
    ("markdown", "[^ph]", "[^ph]: {note}"),
    ("markdown", "\u00b9", "\u00b9 {note}"),
    ("markdown", "\u1d43", "\u1d43 {note}"),
    ("markdown", "<sup>a</sup>", "<sup>a</sup> {note}"),
    ("markdown", "<sup>1</sup>", "<sup>1</sup> {note}"),
    ("markdown", "<sup>*</sup>", "<sup>*</sup> {note}"),
    ("html", "<sup>a</sup>", '<p class="footnotes"><sup>a</sup>{note}</p>'),
    ("html", "<sup>1</sup>", '<p class="footnotes"><sup>1</sup>{note}</p>'),
    ("html", "<sup>*</sup>", '<p class="footnotes"><sup>*</sup>{note}<br>\n<sup>\u2020</sup>Data on file.</p>'),
    ("html", "<sup>2</sup>", "<p><sup>1</sup>" + _CITATION + "<br>\n<sup>2</sup>{note}</p>"),
    ("html", "(a)", "<p>(a) {note}</p>"),
]

#: (layout, mark, footnotes that do not cover it: the mark points to another footnote than the
#: caveat, or to none; the same footnotes with the caveat under the result's own mark)
UNCOVERED = [
    ("text", "(a)", "(a) " + _CITATION + "\n(b) {note}", "(b) " + _CITATION + "\n(a) {note}"),
    ("text", "(a)", "(b) {note}", "(a) {note}"),
    ("text", "*", "* Data on file.\n** {note}", "** Data on file.\n* {note}"),
    ("text", "\u2020", "\u2020 " + _CITATION + "\n\u2021 {note}", "\u2021 " + _CITATION + "\n\u2020 {note}"),
    ("text", "(a)", "(a) " + _CITATION, "(a) " + _CITATION + " {note}"),
    ("markdown", "[^1]", "[^1]: " + _CITATION + "\n\n[^2]: {note}", "[^2]: " + _CITATION + "\n\n[^1]: {note}"),
    ("markdown", "*", "*Data on file.*\n\n\\*\\* {note}", "*Data on file.*\n\n\\* {note}"),
    ("html", "<sup>1</sup>", "<p><sup>1</sup>" + _CITATION + "<br>\n<sup>2</sup>{note}</p>",
     "<p><sup>2</sup>" + _CITATION + "<br>\n<sup>1</sup>{note}</p>"),
    ("html", "<sup>a</sup>", "<p><sup>a</sup>Data on file.<br>\n<sup>b</sup>{note}</p>",
     "<p><sup>b</sup>Data on file.<br>\n<sup>a</sup>{note}</p>"),
    ("html", "<sup>*</sup>", '<p class="footnotes"><sup>\u2020</sup>{note}</p>',
     '<p class="footnotes"><sup>*</sup>{note}</p>'),
]


@pytest.mark.parametrize("layout,mark,notes", COVERED)
def test_a_marked_subgroup_result_is_covered_by_its_caveat_footnote(full_linter, layout, mark, notes):
    assert _findings(full_linter, layout, _SUBGROUP, mark, notes.format(note=_SUBGROUP_NOTE)) == []


@pytest.mark.parametrize("layout,mark,notes", [c for c in COVERED if c[0] != "text"])
def test_a_marked_pooled_result_is_covered_by_its_caveat_footnote(full_linter, layout, mark, notes):
    assert _findings(full_linter, layout, _POOLED, mark, notes.format(note=_POOLED_NOTE)) == []


@pytest.mark.parametrize("layout,mark,elsewhere,own", UNCOVERED)
def test_a_mark_links_to_its_own_footnote_only(full_linter, layout, mark, elsewhere, own):
    assert _findings(full_linter, layout, _SUBGROUP, mark, elsewhere.format(note=_SUBGROUP_NOTE)) == ["F002"]
    assert _findings(full_linter, layout, _SUBGROUP, mark, own.format(note=_SUBGROUP_NOTE)) == []


@pytest.mark.parametrize("layout", ["markdown", "html"])
def test_a_pooled_result_whose_mark_points_elsewhere_needs_its_caveat(full_linter, layout):
    notes = {"markdown": "[^{a}]: " + _CITATION + "\n\n[^{b}]: {note}",
             "html": "<p><sup>{a}</sup>" + _CITATION + "<br>\n<sup>{b}</sup>{note}</p>"}[layout]
    mark = {"markdown": "[^1]", "html": "<sup>1</sup>"}[layout]
    assert _findings(full_linter, layout, _POOLED, mark, notes.format(a=1, b=2, note=_POOLED_NOTE)) == ["F007"]
    assert _findings(full_linter, layout, _POOLED, mark, notes.format(a=2, b=1, note=_POOLED_NOTE)) == []


@pytest.mark.parametrize("layout,mark,notes", [COVERED[0], COVERED[14], COVERED[22]])
def test_deleting_the_caveat_footnote_is_flagged(full_linter, layout, mark, notes):
    assert _findings(full_linter, layout, _SUBGROUP, mark, notes.format(note=_SUBGROUP_NOTE)) == []
    assert _findings(full_linter, layout, _SUBGROUP, mark, "") == ["F002"]


def test_emphasis_is_no_mark(full_linter):
    # "*77.5%*" in italics, and a footnote "* ..." elsewhere: the result carries no mark; a mark
    # after the emphasis is one
    result = "In patients whose first remission lasted less than 12 months, CR/CRi was *77.5%* with BESPONSA{m}."
    notes = "* " + _SUBGROUP_NOTE
    assert _findings(full_linter, "text", result, "", notes) == ["F002"]
    assert _findings(full_linter, "text", result, "*", notes) == []


def test_a_lettered_footnote_after_a_citation_line_is_its_own_sentence():
    from claimcheck.sentences import sentence_spans

    text = "Notes\n(a) Kebriaei P, et al. Blood 2018.\n(b) Post hoc analyses.\n\u2021 Exploratory.\n"
    starts = [text[s:e][:3] for s, e in sentence_spans(text)]
    assert "(b)" in starts and "\u2021 E" in starts
    # a line that goes on a sentence with a bracketed letter is no footnote
    assert len(sentence_spans("Patients who\n(a) relapsed or (b) were refractory were enrolled.")) == 1


def test_a_footnote_line_after_a_notes_label_or_a_table_row_is_its_own_sentence():
    from claimcheck.sentences import sentence_spans

    for text in ("FOOTNOTES\n\u2020 Exploratory; interpret with caution.\n",
                 "Notes to the table\n\u00a7Not powered for comparison.\n",
                 "| Overall survival | 7.7 | 6.2 |\n\u2021 The primary endpoint was not met.\n"):
        starts = [text[s:e].lstrip()[:1] for s, e in sentence_spans(text)]
        assert starts[-1] in "\u2020\u00a7\u2021", text
    # a mark glued to the word before it at the end of a line opens no footnote
    assert len(sentence_spans("Median overall survival\u2020\nwas 7.7 months with the product.")) == 1
