"""B001: a label line naming the box over its title ("BOXED WARNING (summarized from the US
Prescribing Information)" then "WARNING: HEPATOTOXICITY …"): the title is the "WARNING:" line, so
the text under the title starts after it, and a risk the title names but the text never states is
missing, as without the label. Texts written for this test."""

from __future__ import annotations

import pytest

TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND\n"
         "INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY (NRM)\n")
BODY = [
    "- Hepatotoxicity, including fatal and life-threatening VOD, occurred in patients treated with BESPONSA.",
    "- VOD risk was greater in patients who went on to HSCT after BESPONSA.",
    "- Other risk factors include prior liver disease, prior HSCT, older age and later salvage lines.",
    "- Permanently discontinue BESPONSA if VOD occurs.",
    "- A higher post-HSCT non-relapse mortality rate occurred with BESPONSA, with higher Day 100 mortality.",
]
LABELS = [
    "BOXED WARNING (summarized from the US Prescribing Information)",
    "Boxed Warning, as in the full Prescribing Information",
    "Boxed warning - excerpt from the label",
]


def _piece(label: str, body: list[str]) -> str:
    return ("Market: US\n\nJournal club: BESPONSA in relapsed or refractory ALL\n\n" + label + "\n" + TITLE
            + "\n".join(body) + "\n\nIn INO-VATE ALL, CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy.\n")


@pytest.mark.parametrize("ext", ["txt", "md"])
@pytest.mark.parametrize("label", LABELS)
def test_a_complete_box_under_a_label_is_clean(lint_piece, full_linter, label, ext):
    assert lint_piece(_piece(label, BODY), f"piece.{ext}", linter=full_linter, rules="B001") == []


@pytest.mark.parametrize("ext", ["txt", "md"])
@pytest.mark.parametrize("label", LABELS)
def test_a_risk_only_the_title_names_is_missing_under_a_label(lint_piece, full_linter, label, ext):
    findings = lint_piece(_piece(label, BODY[:-1]), f"piece.{ext}", linter=full_linter, rules="B001")
    assert [f.rule for f in findings] == ["B001"]
    assert "non-relapse mortality" in findings[0].message and "its title names it" in findings[0].message
