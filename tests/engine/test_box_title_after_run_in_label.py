"""The boxed warning's title in capitals after a run-in label on the same line ("**Boxed Warning
(reproduced in full in the ISI panel).** WARNING: HEPATOTOXICITY, … AND INCREASED RISK OF
POST-HSCT NON-RELAPSE MORTALITY (NRM)." then the body): the title is a title, so the text under it
must state each element. An element dropped from the body was hidden by the title naming it (found
in an outside writer's annotated claims key). Controls: the complete box stays clean in each
layout; a title on its own line is judged as before. Texts written for this test."""

from __future__ import annotations

import pytest

#: the title as typed, wrapped at two places (its first line short, under a long label, or long)
TITLES = [("WARNING: HEPATOTOXICITY, INCLUDING\nHEPATIC VENO-OCCLUSIVE DISEASE (VOD) (ALSO KNOWN AS SINUSOIDAL "
           "OBSTRUCTION SYNDROME), AND\nINCREASED RISK OF POST-HEMATOPOIETIC STEM CELL TRANSPLANT (HSCT) "
           "NON-RELAPSE MORTALITY (NRM)."),
          ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD) (ALSO KNOWN AS SINUSOIDAL\n"
           "OBSTRUCTION SYNDROME), AND INCREASED RISK OF POST-HEMATOPOIETIC STEM CELL TRANSPLANT (HSCT)\n"
           "NON-RELAPSE MORTALITY (NRM).")]
BODY = ("Hepatotoxicity, including fatal and life-threatening VOD, occurred in patients who received\n"
        "BESPONSA, with greater risk in patients who underwent HSCT afterward. Other risk factors were\n"
        "ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, and a greater\n"
        "number of treatment cycles. Permanently discontinue if VOD occurs.")
NRM = " A higher post-HSCT NRM rate occurred with BESPONSA, with a higher Day 100 post-HSCT mortality rate."
HEAD = ("# Claims key\n\nBESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell "
        "precursor acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year of age and older.\n\n"
        "Please see full Prescribing Information, including BOXED WARNING.\n\n")
LABELS = ["**Boxed Warning (reproduced in full in the ISI panel).** ", "Boxed Warning: ", "BOXED WARNING \u2014 ",
          "- **Boxed warning.** "]


def _b001(lint_piece, full_linter, label: str, title: str, body: str):
    text = HEAD + label + title + "\n" + body + "\n"
    return [f for f in lint_piece(text, "key.md", rules="B001", linter=full_linter, market="US")]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("label", LABELS)
def test_the_complete_box_is_clean(lint_piece, full_linter, label, title):
    assert _b001(lint_piece, full_linter, label, title, BODY + NRM) == []


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("label", LABELS)
def test_an_element_only_the_title_names_is_reported(lint_piece, full_linter, label, title):
    found = _b001(lint_piece, full_linter, label, title, BODY)
    assert [f.rule for f in found] == ["B001"]
    assert "non-relapse mortality" in found[0].message
