"""A boxed warning whose title quotes the labeling's ("WARNING: <RISK>, INCLUDING <RISK> …, AND
INCREASED RISK OF …") must name there each risk that title names: a quoted title that dropped or
softened one is a misquoted box even where the text under it states the risk. A short title in
the piece's own words is judged by the box's text, as before. Texts written for this test, in
several layouts (Markdown, HTML, plain text with the title wrapped over lines)."""

from __future__ import annotations

import pytest

INDICATION = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell "
              "precursor acute lymphoblastic leukemia (ALL) in adults and pediatric patients 1 year and older.")
BODY_TEXT = ("Liver injury, among it VOD that proved fatal or life-threatening, followed BESPONSA. "
             "That risk was greater in patients who had HSCT after BESPONSA. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD. "
             "Death not caused by relapse after HSCT was more frequent with BESPONSA than with chemotherapy.")
FULL = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK "
        "OF POST-HSCT NON-RELAPSE MORTALITY")
NO_LIVER = "WARNING: HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY"
SOFT_LIVER = ("WARNING: ABNORMAL LIVER ENZYMES, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED "
              "RISK OF POST-HSCT NON-RELAPSE MORTALITY")
NO_VOD = "WARNING: HEPATOTOXICITY, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY"


def b001(lint_piece, linter, text, name):
    return lint_piece(text, name, linter=linter, rules="B001", lint_file=True)


def markdown(title):
    return (f"---\nmarket: US\n---\n# Second salvage with BESPONSA\n\n{INDICATION}\n\n"
            f"## Safety\n\n**{title}**\n\n{BODY_TEXT}\n\n**Myelosuppression:** check counts before each dose.\n")


def html(title):
    return (f"<html><body><p>Market: US</p><h1>BESPONSA</h1><p>{INDICATION}</p>"
            f"<h2>{title}</h2><p>{BODY_TEXT}</p><h2>Other risks</h2><p>Infusion reactions can occur.</p>"
            "</body></html>\n")


def plain(title):
    # the title wrapped over three lines, as a PDF's text breaks it, one line with a lower-case "and"
    words = title.split()
    third = len(words) // 3
    lines = [" ".join(words[:third]), " ".join(words[third:2 * third]).replace("AND", "and"),
             " ".join(words[2 * third:])]
    return ("Market: US\nBESPONSA (inotuzumab ozogamicin)\n\n" + INDICATION + "\n\n" + "\n".join(lines)
            + "\n" + BODY_TEXT.replace(". ", ".\n") + "\n\nMyelosuppression: check counts before each dose.\n")


LAYOUTS = {"md": (markdown, "piece.md"), "html": (html, "piece.html"), "txt": (plain, "piece.txt")}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("title, missing", [(NO_LIVER, ["hepatotoxicity"]), (SOFT_LIVER, ["hepatotoxicity"]),
                                            (NO_VOD, ["hepatic-vod"])])
def test_a_quoted_title_that_drops_a_risk_is_reported_at_the_title(lint_piece, linter_for, layout, title, missing):
    make, name = LAYOUTS[layout]
    (f,) = b001(lint_piece, linter_for("US"), make(title), name)
    assert f.extra["missing"] == missing
    assert "title" in f.message
    text = make(title)
    title_line = next(n for n, line in enumerate(text.splitlines(), 1) if "WARNING:" in line)
    assert f.line == title_line


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_full_quoted_title_raises_nothing(lint_piece, linter_for, layout):
    make, name = LAYOUTS[layout]
    assert b001(lint_piece, linter_for("US"), make(FULL), name) == []


@pytest.mark.parametrize("title", ["WARNING: LIVER TOXICITY AND MORTALITY AFTER TRANSPLANT",
                                   "WARNING: HEPATOTOXICITY",
                                   "WARNING:"])
def test_a_title_in_the_pieces_own_words_is_judged_by_the_box_text(lint_piece, linter_for, title):
    # the box's text states every element: a short title does not make it incomplete
    assert b001(lint_piece, linter_for("US"), markdown(title), "piece.md") == []


def test_a_quoted_title_missing_a_risk_the_text_lacks_too_names_it_once(lint_piece, linter_for):
    # the VOD's name gone from the text: the action on VOD goes with it ("… who develop it")
    text = markdown(NO_VOD).replace("among it VOD that proved", "which proved").replace("develop VOD", "develop it")
    (f,) = b001(lint_piece, linter_for("US"), text, "piece.md")
    assert f.extra["missing"] == ["hepatic-vod", "vod-discontinue"]
    assert "lacks" in f.message
    assert f.message.split(" Basis:")[0].count("hepatic veno-occlusive disease (VOD") == 1, f.message


# the box's extent: a labelled paragraph naming a risk after a box of plain sentences opens the
# warnings that follow the box; it does not complete the box
PROSE_BOX = ("Liver injury, at times fatal or life-threatening, followed BESPONSA.\n"
             "This risk was increased in patients transplanted afterwards. Liver disease, ongoing or past, a previous transplant, increasing age, later salvage lines and more cycles were further risk factors. If it develops, stop BESPONSA for good.\n"
             "Death not caused by relapse after HSCT was more frequent with BESPONSA.\n")


@pytest.mark.parametrize("heading", ["BOXED WARNING", "Boxed Warning"])
def test_a_labelled_risk_after_a_box_of_sentences_is_not_part_of_the_box(lint_piece, linter_for, heading):
    text = (f"Market: US\nBESPONSA fact card\n\n{INDICATION}\n\n{heading}\n{PROSE_BOX}\n"
            "Hepatic VOD: seen in 14% of adults given BESPONSA; check liver tests before each dose.\n\n"
            "Myelosuppression: check counts before each dose.\n")
    (f,) = b001(lint_piece, linter_for("US"), text, "card.txt")
    # the box never names the VOD: nor can it say to stop the treatment when VOD occurs
    assert f.extra["missing"] == ["hepatic-vod", "vod-discontinue"]


def test_a_box_written_as_labelled_paragraphs_keeps_them(lint_piece, linter_for):
    text = (f"Market: US\nBESPONSA fact card\n\n{INDICATION}\n\nBOXED WARNING\n\n"
            "Hepatotoxicity: liver injury, VOD among it, was fatal or life-threatening in some patients.\n\n"
            "VOD after HSCT: its risk was higher in patients who had a transplant following BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n\n"
            "Post-HSCT mortality: death not caused by relapse after HSCT was more frequent with BESPONSA.\n\n"
            "Myelosuppression: check counts before each dose.\n")
    assert b001(lint_piece, linter_for("US"), text, "card.txt") == []
