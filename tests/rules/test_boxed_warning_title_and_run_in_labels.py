"""B001: a box whose capital title joins its risks with a word in lower case ("… (VOD) and INCREASED
RISK OF …") is still one title, so the text under it must state each risk the title names; and a
box written as a list under a heading-like bold title ends at the first plain paragraph after the
list, a bold run-in label of the warnings that follow ("**Increased risk of post-HSCT NRM:** …"),
which the Markdown reader renders with its marks as spaces. A held-out email whose box lost its
mortality bullet was clean: the title's words after "and" and the warnings below stood in for it."""

from __future__ import annotations

import pytest

TITLE = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD) (ALSO KNOWN AS SINUSOIDAL "
         "OBSTRUCTION SYNDROME), {join} INCREASED RISK OF POST-HEMATOPOIETIC STEM CELL TRANSPLANT (HSCT) "
         "NON-RELAPSE MORTALITY (NRM)**\n\n")
BULLET_1 = "- Hepatotoxicity, including fatal and life-threatening VOD, occurred in patients who received BESPONSA.\n"
BULLET_VOD_HSCT = "- Patients who went on to HSCT after BESPONSA had a greater risk of VOD. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.\n"
BULLET_2 = "- A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.\n"
AFTER = ("\n**Hepatotoxicity, including VOD:** VOD occurred in 23/164 adult patients (14%). Monitor for signs of VOD.\n\n"
         "**Increased risk of post-HSCT NRM:** The post-HSCT NRM rate was higher with BESPONSA. Monitor closely "
         "after HSCT.\n")
HEAD = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
        "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n## Important safety information\n\n")


@pytest.mark.parametrize("join", ["and", "AND", "and an"])
def test_complete_box_is_clean(lint_piece, full_linter, join):
    text = HEAD + TITLE.format(join=join) + BULLET_1 + BULLET_VOD_HSCT + BULLET_2 + AFTER
    assert lint_piece(text, "email.md", rules="B001", market="US", linter=full_linter) == []


@pytest.mark.parametrize("join", ["and", "AND", "and an"])
def test_lost_mortality_bullet_is_reported(lint_piece, full_linter, join):
    text = HEAD + TITLE.format(join=join) + BULLET_1 + BULLET_VOD_HSCT + AFTER
    found = lint_piece(text, "email.md", rules="B001", market="US", linter=full_linter)
    assert [f.rule for f in found] == ["B001"]
    assert "non-relapse mortality" in found[0].message
