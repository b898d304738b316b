"""Presenter notes in Markdown comments are read aloud: they are part of the piece and are linted.

In a Marp deck (front matter ``marp: true``) every comment on lines of its own is a speaker note,
except directives: claimcheck's own ``<!-- claimcheck: … -->``, a ``key: value`` directive (Marp's
``<!-- _class: lead -->``, ``<!-- paginate: false -->``, a market declaration) and a word or two
("fit", "Page 3"). In any other Markdown a comment is read only where it says it is a presenter's
note or script ("Speaker notes: …", "Say: …", "Voice-over: …"). A comment after text on its line (a
fixture's ``<!-- expect: … -->``) and every other comment stay blanked. Offsets are kept: a finding in
a note is at the note's line. Texts written for this test."""

from __future__ import annotations

from claimcheck.documents.markdown import parse_markdown

MARP = "---\nmarp: true\ntheme: default\n---\n\n"


def _text(src: str) -> str:
    return parse_markdown("deck.md", src).text


def test_a_marp_note_is_read_in_place():
    src = MARP + "# Results\n\n- Rate: 45.0% vs 20.0%\n\n<!-- Tell the room the gap was 25 points. -->\n"
    doc = parse_markdown("deck.md", src)
    at = doc.text.index("Tell the room the gap was 25 points.")
    assert at == src.index("Tell the room")
    assert "<!--" not in doc.text and "-->" not in doc.text
    assert doc.comments and doc.comments[0][1].startswith("<!-- Tell")


def test_a_note_is_a_block_of_its_own():
    src = MARP + "- Rate: 45.0% vs 20.0%\n<!-- Say it slowly, the gap is 25 points -->\n"
    text = _text(src)
    assert "\n\n" in text[text.index("20.0%"):text.index("Say it")]


def test_directives_are_not_read():
    src = (MARP + "<!-- _class: lead -->\n\n<!-- paginate: false -->\n\n<!-- fit -->\n\n<!-- Page 3 -->\n\n"
           '<!-- claimcheck: ignore[V001] reason="approved wording, MLR-9" -->\n\nText.\n')
    text = _text(src)
    for word in ("lead", "paginate", "fit", "Page", "claimcheck", "MLR"):
        assert word not in text


def test_outside_a_deck_only_a_labelled_note_is_read():
    src = ("# Webinar script\n\n<!-- Speaker notes: mention the 12-month rate. -->\n\n"
           "<!-- TODO check the 14% figure with medical -->\n\n<!-- Page 2 -->\n\nBody.\n")
    text = _text(src)
    assert "mention the 12-month rate" in text
    assert "TODO" not in text and "Page" not in text


def test_a_comment_after_text_on_its_line_stays_blank():
    src = MARP + "A rate of 45.0% in the trial. <!-- expect: V001 and the reason is long enough -->\n"
    assert "expect" not in _text(src)


def test_a_wrong_difference_in_a_note_is_reported_at_its_line(lint_piece):
    src = (MARP + "# BESPONSA (inotuzumab ozogamicin)\n\n"
           "- CR/CRi (first 218 randomized): 80.7% (88/109) vs 29.4% (32/109); P<0.001\n\n"
           "<!-- Say: about four in five patients on BESPONSA reached CR/CRi, against fewer than one in "
           "three with chemotherapy, a difference of 41.3 percentage points. -->\n")
    found = [f for f in lint_piece(src, name="deck.md") if f.rule in ("A004", "V001")]
    assert {f.rule for f in found} >= {"A004"} and all(f.line == 10 for f in found), [(f.rule, f.line) for f in found]


def test_the_right_difference_in_a_note_is_clean(lint_piece):
    src = (MARP + "# BESPONSA (inotuzumab ozogamicin)\n\n"
           "- CR/CRi (first 218 randomized): 80.7% (88/109) vs 29.4% (32/109); P<0.001\n\n"
           "<!-- Say: about four in five patients on BESPONSA reached CR/CRi, against fewer than one in "
           "three with chemotherapy, a difference of 51.3 percentage points. -->\n")
    assert [f for f in lint_piece(src, name="deck.md") if f.rule in ("A004", "V001")] == []


def test_a_note_does_not_stand_in_for_the_slides_disclaimer(lint_piece, full_linter):
    src = (MARP + "# Post hoc: survival by MRD status (BESPONSA responders)\n\n"
           "- Median OS: 14.1 months if MRD-negative vs 7.2 months if MRD-positive\n\n"
           "<!-- Keep the caveat on screen; these are exploratory post hoc data, not powered, interpret "
           "with caution. -->\n")
    assert "F002" in {f.rule for f in lint_piece(src, name="deck.md", linter=full_linter)}


def test_an_instruction_not_to_claim_a_benefit_claims_nothing(lint_piece, full_linter):
    src = (MARP + "# BESPONSA (inotuzumab ozogamicin): overall survival\n\n"
           "- Median OS 7.7 vs 6.2 months; the OS primary endpoint was not met\n\n"
           "<!-- Never present these curves as evidence of a survival advantage. -->\n\n"
           "<!-- Say: BESPONSA gives your patients a survival benefit. -->\n")
    found = [f.line for f in lint_piece(src, name="deck.md", linter=full_linter) if f.rule == "O010"]
    assert found == [12], found
