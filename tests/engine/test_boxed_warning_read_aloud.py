"""A boxed warning read aloud in a script: the title is a segment heading underlined by a rule of
dashes, and the box is spoken over several paragraphs, each led by the same speaker or channel label
("VO:", "NARRATOR:"). The rule is no list item (it used to make the box end after its first
paragraph) and a label that leads paragraphs all through the script is a speaker, not the start of
another part: the whole box is read, so a complete box raises no B001 (found by an outside writer's
on-hold message script). Controls: an element dropped from the spoken box is still reported; a
label that leads one line only is no speaker. Texts written for this test."""

from __future__ import annotations

import pytest

RULE = "-" * 60

HEAD = f"""BESPONSA SUPPORT LINE -- RECORDED MESSAGE
Market: US

{RULE}
PART 1 -- WHAT IT IS FOR
{RULE}
{{label}}  BESPONSA is indicated for the treatment of relapsed or refractory
     CD22-positive B-cell precursor acute lymphoblastic leukemia in adult
     and pediatric patients one year of age and older.

{RULE}
PART 2 -- BOXED WARNING
{RULE}
{{label}}  BESPONSA has a Boxed Warning for hepatotoxicity, including hepatic
     veno-occlusive disease, also called sinusoidal obstruction syndrome,
     and for a higher risk of non-relapse mortality after transplant.

"""

BODY = [
    """{label}  Fatal and life-threatening veno-occlusive disease has occurred with
     BESPONSA. The risk was greater in patients who went on to transplant.
     Other risk factors include ongoing or prior liver disease, prior
     transplant, increased age, later salvage lines, and a greater number of
     treatment cycles. Stop BESPONSA permanently if veno-occlusive disease
     occurs.
""",
    """{label}  Patients who received BESPONSA had a higher rate of non-relapse
     mortality after transplant, with a higher day one hundred
     post-transplant mortality rate.
""",
]

TAIL = f"""
{RULE}
PART 3 -- MORE INFORMATION
{RULE}
{{label}}  Please see the full Prescribing Information, including the Boxed
     Warning, available from your representative.
"""


def _script(label: str, body: list[str]) -> str:
    return (HEAD + "\n".join(body) + TAIL).format(label=label)


@pytest.mark.parametrize("label", ["VO:", "NARRATOR:", "ANNCR:"])
def test_a_box_spoken_over_several_paragraphs_is_whole(lint_piece, full_linter, label):
    assert lint_piece(_script(label, BODY), "script.txt", rules="B001", linter=full_linter) == []


def test_an_element_dropped_from_the_spoken_box_is_reported(lint_piece, full_linter):
    body = [BODY[0].replace("""
     Other risk factors include ongoing or prior liver disease, prior
     transplant, increased age, later salvage lines, and a greater number of
     treatment cycles.""", ""), BODY[1]]
    assert "Other risk factors" not in body[0]
    found = lint_piece(_script("VO:", body), "script.txt", rules="B001", linter=full_linter)
    assert [f.rule for f in found] == ["B001"]
    assert "risk factors" in found[0].message


def test_a_label_that_leads_one_line_is_no_speaker():
    from claimcheck.checks.packs.text import TextIndex

    index = TextIndex(_script("VO:", BODY) + "\nMyelosuppression: monitor blood counts.\n")
    assert index._turn_label("VO") and index._turn_label("**VO**")
    assert not index._turn_label("Myelosuppression")
