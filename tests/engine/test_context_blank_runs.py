"""A run of blanks inside a line (an HTML entity keeps its source width, laid-out text pads its
words) does not break a library term: "Aged &lt;55 years" is read "Aged    <55 years" and must still
name the baseline characteristic; so must "ECOG&nbsp;PS 0"."""

from __future__ import annotations

from claimcheck.documents import read_document
from claimcheck.pipeline import WrapMap


def _claims(linter, path):
    return linter.analyse(read_document(str(path))).claims


def test_an_html_entity_inside_a_term_does_not_break_it(linter, tmp_path):
    page = tmp_path / "baseline.html"
    page.write_text(
        "<html><body><h2>Who took part</h2><table>\n"
        "<tr><th>Characteristic</th><th>BESPONSA</th><th>Standard chemotherapy</th></tr>\n"
        "<tr><td>ECOG&nbsp;PS 0</td><td>101 (61.6%)</td><td>99 (61.1%)</td></tr>\n"
        "</table></body></html>\n", encoding="utf-8")
    got = {c.text: c.endpoint for c in _claims(linter, page) if c.kind == "percentage"}
    assert got == {"101 (61.6%)": "baseline-ecog-0", "99 (61.1%)": "baseline-ecog-0"}


def test_padded_words_in_plain_text_still_name_their_endpoint(linter, tmp_path):
    draft = tmp_path / "note.txt"
    draft.write_text("Grade 3 or higher    adverse events occurred in 79.7% of patients on BESPONSA.\n",
                     encoding="utf-8")
    (claim,) = [c for c in _claims(linter, draft) if c.kind == "percentage"]
    assert claim.endpoint == "any-ae-grade3"


def test_blank_runs_are_joined_and_map_back():
    text = "first  remission\tlasting   <12 months\n\n    indented line  \nnext"
    joined, wraps = WrapMap.join_wraps(text)
    assert joined == "first remission\tlasting <12 months\n\n    indented line next"
    at = joined.index("<12")
    assert text[wraps.to_orig(at):wraps.to_orig(at) + 3] == "<12"
    assert wraps.to_norm(text.index("next")) == joined.index("next")
