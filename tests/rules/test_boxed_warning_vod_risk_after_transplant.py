"""The BESPONSA US boxed warning states that the risk of VOD was greater in patients who
underwent HSCT after treatment (B001 element ``vod-risk-after-hsct``, rules/us.yaml). Its
sentence names the VOD, or refers back to the risk just named ("The risk was greater …"), with
the transplant and the increase; a box without it is incomplete, one that states it in other
words is not, and the post-HSCT mortality sentence does not state it.

Texts written fresh for these tests."""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

BODY = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
        "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED "
         "RISK OF POST-HSCT NON-RELAPSE MORTALITY\n")
HEPATOTOXICITY = "- Hepatotoxicity, including fatal and life-threatening VOD, has occurred with BESPONSA.\n"
NRM = "- Non-relapse mortality after HSCT was higher in patients who had received BESPONSA.\n"
# the box's other VOD risk factors and its action on VOD, stated in these boxes after the VOD risk
OTHERS = ("- VOD was likelier in patients with liver disease (current or past), an earlier HSCT, older age, "
          "a later salvage line or more cycles.\n")
STOP = "- Do not restart BESPONSA in a patient who has had VOD.\n"


def b001(linter, text):
    return [f for f in linter.lint_document(doc(text, "piece.txt")) if f.rule == "B001"]


@pytest.mark.parametrize("sentence", [
    "- The risk of VOD was greater in patients who underwent HSCT after BESPONSA treatment. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.\n",
    "- The risk was greater in patients who had HSCT after treatment. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.\n",
    "- Patients who went on to a stem cell transplant after BESPONSA were at higher risk of VOD. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.\n",
    "- VOD risk increased when HSCT followed BESPONSA.\n" + OTHERS + STOP,
    "- This risk was higher in patients proceeding to transplant after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.\n",
])
def test_the_vod_risk_after_transplant_stated_in_other_words(linter_for, sentence):
    assert b001(linter_for("US"), BODY + TITLE + HEPATOTOXICITY + sentence + NRM) == []


def test_a_box_without_it_is_incomplete_and_says_what_is_missing(linter_for):
    found = b001(linter_for("US"), BODY + TITLE + HEPATOTOXICITY + OTHERS + STOP + NRM)
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].extra["missing"] == ["vod-risk-after-hsct"]
    assert "greater in patients who underwent HSCT" in found[0].message
    # reported where it should stand: right after the sentence of the element before it (line 4)
    assert found[0].line == 5


def test_the_mortality_sentence_does_not_state_it(linter_for):
    nrm = "- The risk of non-relapse mortality was greater in patients who underwent HSCT after BESPONSA.\n"
    found = b001(linter_for("US"), BODY + TITLE + HEPATOTOXICITY + OTHERS + STOP + nrm)
    assert [f.extra["missing"] for f in found] == [["vod-risk-after-hsct"]]


def test_the_other_risk_factors_bullet_does_not_state_it(linter_for):
    """'prior HSCT' among the other risk factors is a transplant before the treatment."""
    others = ("- Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, "
              "later salvage lines and a greater number of treatment cycles.\n")
    found = b001(linter_for("US"), BODY + TITLE + HEPATOTOXICITY + others + STOP + NRM)
    assert [f.extra["missing"] for f in found] == [["vod-risk-after-hsct"]]
