"""B001/B002: a plain-text box whose title is underlined by a rule ("WARNING: …" then "=====",
"-----" or "_____"), its text under the rule and often a closing rule after it: the rule under the
title does not end the box, so the text under it is read as the box's text. Texts written for this
test."""

from __future__ import annotations

import pytest

BES_TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED\n"
             "RISK OF POST-HSCT NON-RELAPSE MORTALITY\n")
BES_BODY = [
    "Hepatotoxicity, including fatal or life-threatening VOD, has occurred with BESPONSA.",
    "Patients who proceeded to HSCT after BESPONSA had a greater risk of VOD.",
    "Other risk factors were prior or ongoing liver disease, prior HSCT, older age, later salvage and more cycles.",
    "Permanently discontinue BESPONSA if VOD occurs.",
    "Non-relapse mortality after HSCT was higher with BESPONSA, including a higher Day 100 mortality.",
]
XOS_TITLE = "WARNING: DIFFERENTIATION SYNDROME\n"
XOS_BODY = [
    "Differentiation syndrome, which may be fatal or life-threatening, occurred in patients given XOSPATA.",
    "If it is suspected, start corticosteroids and hemodynamic monitoring until the symptoms resolve.",
]


def _piece(title: str, body: list[str], rule: str, close: bool, tail: str) -> str:
    bar = rule * 60
    return (title + bar + "\n" + "\n".join(body) + "\n" + (bar + "\n" if close else "") + "\n"
            + "FORMULARY NOTE - for US prescribers\n\n" + tail + "\n")


BES_TAIL = "In INO-VATE ALL, CR/CRi was 80.7% with BESPONSA vs 29.4% with standard chemotherapy."
XOS_TAIL = "In ADMIRAL, median OS was 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy."


@pytest.mark.parametrize("close", [True, False])
@pytest.mark.parametrize("rule", ["=", "-", "_"])
def test_a_complete_box_under_an_underlined_title_is_clean(lint_piece, full_linter, rule, close):
    assert lint_piece(_piece(BES_TITLE, BES_BODY, rule, close, BES_TAIL), "insert.txt", linter=full_linter,
                      market="US", rules="B001") == []
    assert lint_piece(_piece(XOS_TITLE, XOS_BODY, rule, close, XOS_TAIL), "insert.txt", linter=full_linter,
                      market="US", rules="B002") == []


@pytest.mark.parametrize("rule", ["=", "-"])
def test_an_element_missing_under_an_underlined_title_is_reported(lint_piece, full_linter, rule):
    found = lint_piece(_piece(BES_TITLE, BES_BODY[:3] + BES_BODY[4:], rule, True, BES_TAIL), "insert.txt",
                       linter=full_linter, market="US", rules="B001")
    assert [f.rule for f in found] == ["B001"]
    assert "discontinued" in found[0].message and "risk of VOD was greater" not in found[0].message
