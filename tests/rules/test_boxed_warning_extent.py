"""Where a boxed warning ends in text without a frame for it (issue 11): the box is its title and
the body after it, not the safety text that follows. An element stated only after the box (in the
Important Safety Information, a data paragraph, a Markdown quote's next paragraph) does not
complete the box; a correct box that runs over blank lines, subheadings about its elements, or a
bullet broken mid-sentence (as PDF text breaks one) stays complete.

Texts written fresh for these tests (not the benchmark's sentences)."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

from claimcheck.checks.packs.text import TextIndex
from claimcheck.documents.markdown import parse_markdown

BODY = ("With BESPONSA, 80.7% of adults reached CR/CRi in the first 218 randomized patients of "
        "INO-VATE ALL, against 29.4% with standard chemotherapy.")

TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED "
         "RISK OF POST-HSCT NON-RELAPSE MORTALITY")


def b001(linter, text, name="piece.txt"):
    document = parse_markdown(name, text) if name.endswith(".md") else doc(text, name)
    return [f for f in linter.lint_document(document) if f.rule == "B001"]


# a complete box in each of the shapes real pieces use: none of them may be reported
COMPLETE = {
    "paragraphs-over-blank-lines": (
        f"{TITLE}\n\n"
        "Liver damage, including VOD that proved fatal or life-threatening, was seen with BESPONSA.\n\n"
        "The risk of VOD was greater in patients who underwent HSCT after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n\n"
        "After a later stem cell transplant, non-relapse mortality was higher among BESPONSA patients.\n"),
    "loose-bullets": (
        f"{TITLE}\n\n"
        "- Hepatotoxicity, with fatal and life-threatening VOD among the cases, followed BESPONSA.\n\n"
        "- Patients going on to transplant were at greater risk of VOD. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.\n\n"
        "- Non-relapse mortality after HSCT was higher in the BESPONSA arm.\n"),
    "bullet-broken-mid-sentence": (
        f"{TITLE}\n"
        "• Hepatotoxicity, including fatal and life-threatening VOD, was reported with BESPONSA. The\n\n"
        "risk of VOD rose in patients transplanted afterwards\n\n"
        "• Liver disease, a prior HSCT, older age, later salvage lines and more cycles were other risk\n\n"
        "factors. Stop BESPONSA for good if VOD occurs\n\n"
        "• Post-HSCT non-relapse mortality was higher in patients given BESPONSA\n"),
    "subheadings-about-its-elements": (
        f"{TITLE}\n\n"
        "Hepatotoxicity and VOD\n"
        "Fatal or life-threatening VOD has been reported in patients treated with BESPONSA.\n"
        "Patients who went on to a stem cell transplant after BESPONSA had a higher VOD risk. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.\n\n"
        "Post-HSCT non-relapse mortality\n"
        "More patients died without relapse after HSCT when they had received BESPONSA.\n"),
    "labelled-paragraphs-about-its-elements": (
        f"{TITLE}\n\n"
        "Hepatotoxicity: liver toxicity including VOD, sometimes fatal, occurred with BESPONSA.\n\n"
        "VOD after transplant: its risk was increased in patients who had HSCT following BESPONSA. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.\n\n"
        "Non-relapse mortality: it was higher after HSCT in patients who received BESPONSA.\n"),
}


@pytest.mark.parametrize("name", sorted(COMPLETE))
def test_a_complete_box_over_blank_lines_stays_complete(name, linter_for):
    text = f"{BODY}\n\nSAFETY\n\n{COMPLETE[name]}\nMyelosuppression: monitor blood counts before each dose.\n"
    assert b001(linter_for("US"), text) == []


# the box (title included) lacks an element that only the text after it states: it is reported
NO_VOD = "WARNING: HEPATOTOXICITY AND HIGHER NON-RELAPSE MORTALITY AFTER HSCT"
NO_NRM = "WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VOD"
AFTER_THE_BOX = {
    "data-paragraph-after-bullets": (
        f"{NO_VOD}\n"
        "- Hepatotoxicity, including fatal and life-threatening liver injury, followed BESPONSA.\n"
        "- This risk was higher in patients who had a transplant after BESPONSA. Other risk factors included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles.\n"
        "- Non-relapse mortality after HSCT was higher with BESPONSA.\n\n"
        "Across the adult trial, VOD was seen in 14% of patients given BESPONSA.\n",
        # a box that never names the VOD cannot say to stop treatment when it occurs either
        {"hepatic-vod", "vod-discontinue"}),
    "new-part-under-a-capitals-heading": (
        f"{NO_NRM}\n"
        "Hepatotoxicity, including fatal and life-threatening VOD, has followed BESPONSA.\n"
        "VOD risk was greater in patients who underwent HSCT after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n\n"
        "WHAT THE TRIAL RECORDED\n"
        "Post-HSCT non-relapse mortality: 39% with BESPONSA and 23% with chemotherapy.\n",
        {"post-hsct-nrm"}),
    "labelled-safety-paragraph": (
        f"{NO_NRM}\n\n"
        "Hepatotoxicity, including VOD, has followed BESPONSA; some cases were fatal. The risk was "
        "higher in patients given a transplant afterwards. Liver disease, a prior transplant, older age, "
        "later salvage lines and more cycles also raised that risk. If VOD occurs, stop BESPONSA permanently.\n\n"
        "Other risks: post-HSCT non-relapse mortality was higher, and fatal VOD was reported.\n",
        {"post-hsct-nrm"}),
}


@pytest.mark.parametrize("name", sorted(AFTER_THE_BOX))
def test_an_element_stated_only_after_the_box_does_not_complete_it(name, linter_for):
    box, missing = AFTER_THE_BOX[name]
    (f,) = b001(linter_for("US"), f"{BODY}\n\n{box}")
    assert set(f.extra["missing"]) == missing
    # in the box (its title, line 3, or the body sentence where the element should stand), not
    # at the text after it
    line = f"{BODY}\n\n{box}".splitlines()[f.line - 1]
    assert f.line >= 3 and "lacks" in f.message, (f.line, f.message)
    assert line.strip() and line in box and "VOD was seen in 14%" not in line and "Other risks" not in line \
        and "WHAT THE TRIAL" not in line and "39% with" not in line, (f.line, line)


def test_a_markdown_quote_used_as_the_box_ends_with_the_quote(linter_for):
    box = (f"> **{NO_VOD}**\n"
           "> Hepatotoxicity, fatal or life-threatening in some patients, occurred with BESPONSA.\n"
           "> The risk rose in patients who had HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk.\n"
           "> Non-relapse mortality after HSCT was higher with BESPONSA.\n\n"
           "In the adult study, VOD developed in 23 of 164 patients.\n")
    (f,) = b001(linter_for("US"), f"{BODY}\n\n{box}", "page.md")
    # at the sentence the VOD belongs in (the hepatotoxicity sentence), inside the quote
    assert f.extra["missing"] == ["hepatic-vod", "vod-discontinue"] and f.line == 4
    whole = box.replace("occurred with BESPONSA.", "including VOD, occurred with BESPONSA.").replace(
        "at higher risk.", "at higher risk. Permanently discontinue BESPONSA if VOD occurs.")
    assert b001(linter_for("US"), f"{BODY}\n\n{whole}", "page.md") == []


def test_markdown_reader_reports_each_top_level_quote():
    text = "Intro.\n\n> one\n> two\n\nAfter.\n\n> three\n"
    document = parse_markdown("q.md", text)
    assert [document.text[s:e].strip() for s, e in document.metadata["containers"]] == ["one\n  two", "three"]


def test_box_end_offsets():
    text = "WARNING: THING\n- a thing happened.\n\nData: 14% had it.\n"
    index = TextIndex(text)
    assert index.box_end(0, len(text)) == text.index("Data")
    # a container the anchor lies in ends the box, whatever follows
    index = TextIndex(text, containers=[(0, 20)])
    assert index.box_end(0, len(text)) == 20


# ------------------------------------------------------------------ the box itself, not a summary

SUMMARY = ("Post 2/2 - Boxed Warning: liver toxicity incl. fatal or life-threatening VOD; more deaths "
           "without relapse after HSCT. Full PI at the link.")


def test_a_summary_mention_does_not_stand_in_for_an_incomplete_box(linter_for):
    box = ("WARNING: HEPATOTOXICITY AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY\n"
           "Hepatotoxicity has occurred with BESPONSA.\n"
           "This risk was greater in patients who went on to HSCT after BESPONSA. Liver disease, prior HSCT, older age, later salvage and more cycles were other risk factors.\n"
           "Non-relapse mortality after HSCT was higher with BESPONSA.\n")
    (f,) = b001(linter_for("US"), f"{SUMMARY}\n\n{BODY}\n\n{box}")
    # (a box that never names the VOD cannot say to stop treatment when it occurs either)
    assert set(f.extra["missing"]) == {"hepatic-vod", "fatal-or-life-threatening", "vod-discontinue"}
    # the box's own hepatotoxicity sentence (line 6, under the title at line 5), the one to mend
    assert f.line == 6


def test_a_summary_mention_beside_a_complete_box_is_no_finding(linter_for):
    box = ("WARNING – HEPATOTOXICITY AND POST-TRANSPLANT NON-RELAPSE MORTALITY\n"
           "Hepatotoxicity, including VOD that was fatal in some patients, has occurred with BESPONSA.\n"
           "Patients proceeding to a transplant after BESPONSA were at increased risk of VOD. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.\n"
           "Non-relapse mortality after HSCT was higher with BESPONSA.\n")
    assert b001(linter_for("US"), f"{SUMMARY}\n\n{BODY}\n\n{box}") == []


def test_a_pointer_naming_the_boxed_warning_is_not_a_title(linter_for):
    # the box is headed "Boxed Warning"; "including BOXED WARNING: <link>" only points to it
    text = (f"{BODY}\n\nBoxed Warning\n\n"
            "Hepatotoxicity, including VOD, sometimes fatal, has occurred with BESPONSA. Those who "
            "later underwent HSCT faced a heightened VOD risk, as did those with liver disease, a prior HSCT, older "
            "age, later salvage lines or more cycles. Stop BESPONSA for good if VOD occurs. Patients "
            "transplanted afterwards had higher non-relapse mortality.\n\n"
            "Read the full Prescribing Information, including BOXED WARNING: example.org/pi\n")
    assert b001(linter_for("US"), text) == []
